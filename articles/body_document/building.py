"""Rows → document: the story's blocks and quotes as the editor's document."""

from people.models import Person

from ..blocks import BLOCK_KINDS
from ..models import Article, Block, Image, Quote
from .schema import ATOM_ATTRS, FIELD_ATTRS


def place_quotes(text, quotes):
    """[(start, end, quote)] for the quotes whose exact words stand in text, in reading order, never overlapping."""
    placed = []
    for quote in quotes:
        words = quote.text.strip()
        start = text.find(words) if words else -1
        while start != -1 and any(start < end and start + len(words) > begin for begin, end, _ in placed):
            start = text.find(words, start + 1)
        if start != -1:
            placed.append((start, start + len(words), quote))
    return sorted(placed, key=lambda span: span[0])


def quote_mark(quote):
    speaker = quote.speaker
    return {"type": "quote", "attrs": {
        "quoteId": quote.pk, "quoteKey": None, "speakerId": quote.speaker_id,
        "speakerName": speaker.name if speaker else "", "speakerRole": "",
        # Read from the rows as Quote.objects.marking_needing_check() annotates them: the one test.
        "needsCheck": bool(getattr(quote, "needs_check", False)), "confirmed": False,
    }}


def text_content(text, spans):
    content, cursor = [], 0
    for start, end, quote in spans:
        if start > cursor:
            content.append({"type": "text", "text": text[cursor:start]})
        content.append({"type": "text", "text": text[start:end], "marks": [quote_mark(quote)]})
        cursor = end
    if cursor < len(text):
        content.append({"type": "text", "text": text[cursor:]})
    return content


def atom_label(block):
    """What the box reads in the editor: its kind and words; a related story's headline when it has no title."""
    kind = BLOCK_KINDS[block.kind]
    words = kind.summary(block)
    story = block.link_article if block.link_article_id else None
    if story is not None and not words:
        words = story.headline
    words = " ".join((words or block.link_url).split())
    label = f"{kind.label}: {words}" if words else kind.label
    return f"{label} (not public yet)" if story is not None and not story.is_public else label


def atom_node(block):
    """A photo, related story or pull quote as the document's box: its id, kind and the fields of its kind."""
    attrs = {**ATOM_ATTRS, "blockId": block.pk, "kind": block.kind, "label": atom_label(block)}
    for name in BLOCK_KINDS[block.kind].fields:
        attrs[FIELD_ATTRS[name]] = getattr(block, Block._meta.get_field(name).attname)
    if block.image_id and block.image is not None and block.image.file:
        attrs["preview"] = block.image.file.url
    return {"type": "storyBlock", "attrs": attrs}


def document_for(article, *, blocks=None, quotes=None):
    """The story's body as the editor's document.

    blocks and quotes may be rows already read (the admin's cards, quotes marked with
    ``marking_needing_check()``); the photos, pull quotes and speakers they name are then read
    in one query each.
    """
    if not article.pk:
        return {"type": "doc", "content": [{"type": "paragraph", "attrs": {"blockId": None}}]}
    if blocks is None:
        blocks = list(article.blocks.order_by("position", "id"))
    if quotes is None:
        quotes = list(article.quotes.filter(block__isnull=False).marking_needing_check())
    blocks = sorted(blocks, key=lambda block: (block.position, block.pk))
    attach_related(blocks, quotes)
    quotes_by_block = {}
    for quote in sorted(quotes, key=lambda quote: (quote.position, quote.pk)):
        if quote.block_id is not None:
            quotes_by_block.setdefault(quote.block_id, []).append(quote)
    content = []
    for block in blocks:
        if block.kind in ("paragraph", "subhead"):
            spans = place_quotes(block.text, quotes_by_block.get(block.pk, [])) if block.kind == "paragraph" else []
            node = {"type": "paragraph", "attrs": {"blockId": block.pk}}
            if block.kind == "subhead":
                node = {"type": "heading", "attrs": {"level": 2, "blockId": block.pk}}
            if block.text:
                node["content"] = text_content(block.text, spans)
            content.append(node)
        elif block.kind in BLOCK_KINDS:
            content.append(atom_node(block))
    if not content or content[-1]["type"] == "storyBlock":
        content.append({"type": "paragraph", "attrs": {"blockId": None}})
    return {"type": "doc", "content": content}


def attach_related(blocks, quotes):
    """Read the photos, pull quotes, related stories and speakers the rows name, one query each, onto the rows."""
    images = Image.objects.in_bulk({block.image_id for block in blocks if block.image_id})
    pulled = Quote.objects.in_bulk({block.quote_id for block in blocks if block.quote_id})
    stories = Article.objects.only("headline", "status", "published_at", "embargo_until").in_bulk(
        {block.link_article_id for block in blocks if block.link_article_id}
    )
    for block in blocks:
        if block.image_id:
            block.image = images.get(block.image_id)
        if block.quote_id:
            block.quote = pulled.get(block.quote_id)
        if block.link_article_id:
            block.link_article = stories.get(block.link_article_id)
    people = Person.objects.in_bulk({quote.speaker_id for quote in quotes if quote.speaker_id})
    for quote in quotes:
        if quote.speaker_id:
            quote.speaker = people.get(quote.speaker_id)


def placed_quote_ids(blocks, quotes):
    """The ids of the quotes the document shows as marks: the only ones a document may remove."""
    texts = {block.pk: block.text for block in blocks if block.kind == "paragraph"}
    by_block = {}
    for quote in quotes:
        if quote.block_id in texts:
            by_block.setdefault(quote.block_id, []).append(quote)
    return {span[2].pk for block_id, group in by_block.items() for span in place_quotes(texts[block_id], group)}
