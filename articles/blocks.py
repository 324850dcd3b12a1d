"""The kinds of body block, each declared once.

A story's body is an ordered list of ``Block`` rows, and a block's ``kind`` names one of the
declarations in ``BLOCK_KINDS``. Every place that treats kinds differently reads the
declaration instead of testing the kind itself:

- ``Block.Kind`` (the choices of ``Block.kind``) and ``Block.clean()`` (``validate``);
- the admin's body editor, which shows a block only its kind's ``fields`` and clears the
  others on save, and the labels of blocks in the admin's lists (``short_name``, ``summary``);
- the readers' body, which renders each block with its kind's ``macro`` from
  ``templates/jinja2/articles/includes/blocks.html`` (``articles.markup.render_blocks``);
- the history's diff (``history_line``);
- the article JSON contract (docs/spec/article-json.md): ``to_contract`` for the exporter,
  ``from_contract`` for the importer; a kind without them is not part of the contract;
- search, which quotes a passage from the kinds marked ``passage``.

Adding a kind is one declaration here, its macro, a parser rule when the importer should
recognise it, and tests (docs/block-kinds.md lists each step). This module imports no models,
so ``articles.models`` can build ``Block.Kind`` from it.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class BlockKind:
    name: str  # the value stored in Block.kind
    label: str  # what editors read in the kind menu
    fields: tuple[str, ...]  # Block fields the kind uses; the admin shows and keeps only these
    macro: str  # its macro in templates/jinja2/articles/includes/blocks.html
    summary: Callable[[Any], str]  # a block's words in the admin's lists of blocks
    history_line: Callable[[Any, Any], str]  # (block, history.StoryRows) → its line in the history's diff
    validate: Callable[[Any], dict]  # block → {field: message} for Block.clean()
    to_contract: Callable[[Any], Any] | None = None  # saved block → the contract's block (export)
    from_contract: Callable[[Any, Any], dict] | None = None  # (contract block, importing.BodyTargets) → field values
    short_name: str = ""  # the admin's name for the kind in lists of blocks; the label when empty
    passage: bool = False  # search may quote the block's text as a result's passage

    @property
    def list_name(self):
        return self.short_name or self.label


def contract_block(kind, text, **credit):
    """A body block of the article JSON contract: the parser's dataclass, which owns the JSON form."""
    # Imported here: the parser is needed only where stories are imported or exported.
    from .parsing import Block

    return Block(kind, text, **credit)


# Paragraphs and subheads: text.

def require_text(block):
    return {} if block.text.strip() else {"text": "A paragraph or subhead needs text."}


def text_to_contract(block):
    return contract_block(block.kind, block.text)


def text_from_contract(parsed, targets):
    return {"text": parsed.text}


PARAGRAPH = BlockKind(
    "paragraph", "Paragraph", fields=("text",), macro="paragraph", short_name="¶",
    summary=lambda block: block.text,
    history_line=lambda block, rows: block.text,
    validate=require_text, to_contract=text_to_contract, from_contract=text_from_contract, passage=True,
)
SUBHEAD = BlockKind(
    "subhead", "Subhead", fields=("text",), macro="subhead",
    summary=lambda block: block.text,
    history_line=lambda block, rows: f"## {block.text}",
    validate=require_text, to_contract=text_to_contract, from_contract=text_from_contract, passage=True,
)


# Pull quotes: one of the story's quotes, featured. The contract lists quotes, not pull quotes.

def pull_quote_line(block, rows):
    quote = rows.quotes.get(block.quote_id)
    return f"[Pull quote] {rows.quote_text(quote) if quote else '—'}"


QUOTE = BlockKind(
    "quote", "Pull quote", fields=("quote",), macro="pull_quote",
    summary=lambda block: block.quote.text if block.quote_id else "",
    history_line=pull_quote_line,
    validate=lambda block: {} if block.quote_id else {"quote": "Choose the quote to feature."},
)


# Images: a photo placed in the story, with a caption for this story or the photo's own.

def image_line(block, rows):
    image = rows.images.get(block.image_id)
    caption = block.caption or (image.caption if image else "")
    credit = f" ({image.credit})" if image and image.credit else ""
    return f"[Image #{block.image_id}] {caption}{credit}".rstrip()


def image_to_contract(block):
    image = block.image
    return contract_block(
        "image", block.display_caption, credit=image.credit,
        photographer=image.photographer.name if image.photographer_id else None,
        agency=image.agency.name if image.agency_id else None,
    )


IMAGE = BlockKind(
    "image", "Image", fields=("image", "caption"), macro="image",
    summary=lambda block: block.display_caption,
    history_line=image_line,
    validate=lambda block: {} if block.image_id else {"image": "Choose the image this block shows."},
    to_contract=image_to_contract,
    from_contract=lambda parsed, targets: {"image": targets.image_for(parsed)},
)


# Related links: a story in the CMS or a URL elsewhere, with a title.

def related_line(block, rows):
    story = rows.name(rows.stories, block.link_article_id, "story") if block.link_article_id else ""
    target = block.link_url or story
    return f"[Related] {block.link_title} → {target}".rstrip(" →")


def export_related_title(block):
    """The export is for the desk: a linked story's headline even before readers may see it."""
    return block.link_title or (block.link_article.headline if block.link_article_id else "")


def validate_related(block):
    errors = {}
    if not (block.link_title.strip() or block.link_article_id):
        errors["link_title"] = "A related link needs a title or a story."
    if block.link_article_id and block.link_url:
        errors["link_url"] = "Point at a story in the CMS or at a URL, not both."
    if block.link_article_id and block.link_article_id == block.article_id:
        errors["link_article"] = "A story cannot be related to itself."
    return errors


RELATED = BlockKind(
    "related", "Related story", fields=("link_title", "link_article", "link_url"), macro="related",
    summary=lambda block: block.link_title,
    history_line=related_line,
    validate=validate_related,
    to_contract=lambda block: contract_block("related", export_related_title(block)),
    from_contract=lambda parsed, targets: {
        "link_title": targets.related_title(parsed.text), "link_article": targets.story_titled(parsed.text),
    },
)


# In the order editors see them in the kind menu (the order of Block.Kind's choices).
BLOCK_KINDS = {kind.name: kind for kind in (PARAGRAPH, SUBHEAD, QUOTE, IMAGE, RELATED)}


def kind_choices():
    """``Block.Kind``'s members as the functional TextChoices API takes them: (NAME, (value, label))."""
    return [(kind.name.upper(), (kind.name, kind.label)) for kind in BLOCK_KINDS.values()]
