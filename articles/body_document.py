"""The story body as one editor document, to and from the same Block, Quote and Mention rows.

The admin's document editor (static/articles/admin/story-editor.js, on django-prose-editor's
Tiptap/ProseMirror build) edits the body as a ProseMirror document in JSON:

- ``paragraph`` and ``heading`` (a subhead) nodes hold text and carry ``blockId``, the Block
  they came from (none for a new one);
- ``storyBlock`` atoms stand for the blocks the editor does not write as text (photos, related
  stories, pull quotes): each carries its Block's id (none for one inserted in the editor), its
  ``kind`` and the fields its kind declares (``articles.blocks``), under the names of
  ``FIELD_ATTRS``: a photo's ``imageId`` and story ``caption``; a related story's ``linkStoryId``,
  ``linkUrl`` and ``linkTitle``; a pull quote's ``quoteId``, or the ``quoteKey`` of a quote marked
  in the same document and not saved yet;
- a ``quote`` mark on words of a paragraph is a Quote of those exact words, carrying ``quoteId``
  (an existing quote) and its speaker: ``speakerId`` (an existing person) or ``speakerName`` and
  ``speakerRole`` (a new person, created on save with a Mention in this story). ``needsCheck``
  shows that the importer was unsure of the speaker (``Quote.objects.marking_needing_check()``);
  ``confirmed`` is the editor vouching for them, which ``Quote.confirm()`` records on save, as
  choosing another speaker does.

``document_for(article)`` builds the document from the rows; ``read_document(data, ...)`` checks
a posted one (kinds from ``articles.blocks`` and each kind's ``validate``, every id against what
this story holds and the user may choose, as ``articles.admin.scoping`` rules, text limits) and
returns a ``BodyPlan`` or raises ``ValidationError``; ``write_body(plan)`` writes it in a constant
number of queries. The caller saves the story and completes it (``publishing.complete_story``), so the history, the
stale-save check and the numbering are those of every other save.
"""

import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction

from people.models import Person

from .blocks import BLOCK_KINDS
from .models import Article, Block, Image, Mention, Quote

TEXT_KINDS = {"paragraph": "paragraph", "heading": "subhead"}
# The kinds the document carries as boxes rather than as text: photos, related stories, pull quotes.
ATOM_KINDS = tuple(name for name, kind in BLOCK_KINDS.items() if "text" not in kind.fields)
# The document's name for each Block field an atom's kind declares (BlockKind.fields).
FIELD_ATTRS = {
    "image": "imageId", "caption": "caption", "quote": "quoteId",
    "link_title": "linkTitle", "link_article": "linkStoryId", "link_url": "linkUrl",
}
# Every attribute of an atom, as the editor's schema declares them: a kind leaves the others at these.
ATOM_ATTRS = {
    "blockId": None, "kind": "", "label": "", "preview": "", "quoteKey": None,
    **{attr: None if attr.endswith("Id") else "" for attr in FIELD_ATTRS.values()},
}
MAX_BLOCKS = 2000
MAX_TEXT = {"paragraph": 10_000, "subhead": 300, "caption": 2_000}
MAX_SPEAKER_NAME = Person._meta.get_field("name").max_length
MAX_SPEAKER_ROLE = Mention._meta.get_field("role").max_length
QUOTE_KEY = re.compile(r"[A-Za-z0-9_-]{1,40}")


# Rows → document.


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


# Document → plan.


@dataclass
class PlannedQuote:
    text: str
    quote_id: int | None = None
    speaker_id: int | None = None
    new_speaker: tuple[str, str] | None = None  # (name, role)
    confirmed: bool = False  # the editor vouches for the speaker of this existing quote
    key: str | None = None  # how a pull quote in the same document names this quote before it has an id


@dataclass
class PlannedBlock:
    kind: str
    text: str = ""
    block_id: int | None = None
    quotes: list[PlannedQuote] = field(default_factory=list)
    values: dict = field(default_factory=dict)  # an atom's fields, by Block attname (image_id, caption, ...)
    quote_key: str | None = None  # a pull quote of a quote marked in this document and not saved yet


@dataclass
class BodyPlan:
    article: object
    blocks: list[PlannedBlock]
    existing_blocks: dict  # id → Block of the story, as read
    existing_quotes: dict  # id → Quote of the story, as read
    deleted_quote_ids: set
    quote_keys: dict = field(default_factory=dict)  # quoteKey → PlannedQuote


def integer_or_none(value):
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (int, str)) or not str(value).isdigit():
        raise ValueError(value)
    return int(value)


class DocumentReader:
    """Checks a posted document against the story and the user, gathering every problem found."""

    def __init__(self, article, *, speakers, choices=None, may_add_people=True):
        self.article = article
        self.speakers = speakers  # the people the user may choose as speakers (a QuerySet)
        # Block field name → the rows the user may choose there (a QuerySet); a field not given offers none.
        self.choices = choices or {}
        self.may_add_people = may_add_people
        self.errors = []
        if article.pk:
            # Unordered: the models' default ordering would join the story for nothing.
            self.blocks = {block.pk: block for block in Block.objects.filter(article_id=article.pk).order_by()}
            self.quotes = {quote.pk: quote for quote in Quote.objects.filter(article_id=article.pk).order_by()}
        else:
            self.blocks, self.quotes = {}, {}
        self.used_blocks, self.used_quotes, self.speaker_ids = set(), set(), set()
        self.chosen = []  # (block number, Block field name, id) of rows newly chosen in atoms
        self.atoms = []  # (block number, PlannedBlock)
        self.keys = {}  # quoteKey → PlannedQuote

    def refuse(self, message):
        if message not in self.errors:
            self.errors.append(message)

    def read(self, data):
        if not isinstance(data, dict) or data.get("type") != "doc" or not isinstance(data.get("content", []), list):
            raise ValidationError("The body could not be read: it is not an editor document.")
        nodes = data.get("content", [])
        if len(nodes) > MAX_BLOCKS:
            raise ValidationError(f"The body has {len(nodes)} blocks; a story holds at most {MAX_BLOCKS}.")
        planned = [block for number, node in enumerate(nodes, start=1) if (block := self.read_node(node, number))]
        self.check_speakers()
        self.check_choices()
        deleted = placed_quote_ids(self.blocks.values(), self.quotes.values()) - self.used_quotes
        self.check_atoms(deleted)
        if self.errors:
            raise ValidationError(self.errors)
        return BodyPlan(self.article, planned, self.blocks, self.quotes, deleted, self.keys)

    def read_id(self, attrs, name, number):
        try:
            return integer_or_none(attrs.get(name))
        except ValueError:
            self.refuse(f"Block {number}: “{name}” is not a number.")
            return None

    def read_node(self, node, number):
        if not isinstance(node, dict):
            self.refuse(f"Block {number} could not be read.")
            return None
        node_type, attrs = node.get("type"), node.get("attrs") or {}
        if not isinstance(attrs, dict):
            attrs = {}
        if node_type == "storyBlock":
            return self.read_atom(attrs, number)
        kind = TEXT_KINDS.get(node_type)
        if kind is None or kind not in BLOCK_KINDS:
            self.refuse(f"Block {number} is of an unknown kind “{node_type}”.")
            return None
        block_id = self.read_id(attrs, "blockId", number)
        if block_id is not None and block_id not in self.blocks:
            self.refuse(f"Block {number} names a block ({block_id}) that is not part of this story.")
            return None
        if block_id in self.used_blocks or (block_id and self.blocks[block_id].kind in ATOM_KINDS):
            block_id = None  # a paragraph split in two: the second half is a new block
        text, quotes = self.read_text(node.get("content") or [], number)
        if not text.strip():
            return None  # an empty line in the editor is no block
        if len(text) > MAX_TEXT[kind]:
            self.refuse(f"Block {number} has {len(text)} characters; a {kind} holds at most {MAX_TEXT[kind]}.")
        if block_id is not None:
            self.used_blocks.add(block_id)
        return PlannedBlock(kind, text.strip(), block_id, quotes if kind == "paragraph" else [])

    def read_atom(self, attrs, number):
        """A box: an existing block of the story (moved, perhaps edited), or one inserted in the editor."""
        block_id = self.read_id(attrs, "blockId", number)
        block = None
        if block_id is not None:
            block = self.blocks.get(block_id)
            if block is None:
                self.refuse(f"Block {number} names a block ({block_id}) that is not part of this story.")
                return None
            if block.kind not in ATOM_KINDS or block_id in self.used_blocks or attrs.get("kind") not in (
                None, "", block.kind,
            ):
                self.refuse(f"Block {number} repeats or misplaces block {block_id}.")
                return None
            self.used_blocks.add(block_id)
            kind = block.kind
        else:
            kind = attrs.get("kind")
            if not isinstance(kind, str) or kind not in ATOM_KINDS or kind not in BLOCK_KINDS:
                self.refuse(f"Block {number} is of an unknown kind “{kind}”.")
                return None
        planned = PlannedBlock(kind, block_id=block_id, values=self.read_values(kind, attrs, number, block))
        key = attrs.get("quoteKey")
        if "quote_id" in planned.values and planned.values["quote_id"] is None and key is not None:
            if isinstance(key, str) and QUOTE_KEY.fullmatch(key):
                planned.quote_key = key
            else:
                self.refuse(f"Block {number}: the pull quote names its quote in a way that cannot be read.")
        self.atoms.append((number, planned))
        return planned

    def read_values(self, kind, attrs, number, block):
        """The Block fields the kind declares, read from the atom's attributes (by attname)."""
        values = {}
        for name in BLOCK_KINDS[kind].fields:
            model_field = Block._meta.get_field(name)
            attname, attr = model_field.attname, FIELD_ATTRS[name]
            if attr not in attrs and block is not None:
                values[attname] = getattr(block, attname)  # a box that does not say keeps what its block holds
                continue
            if model_field.is_relation:
                row_id = values[attname] = self.read_id(attrs, attr, number)
                if row_id is None or (block is not None and getattr(block, attname) == row_id):
                    continue  # what the block already held is not chosen again
                if name == "quote":
                    if row_id not in self.quotes:
                        self.refuse(f"Block {number} features a quote ({row_id}) that is not part of this story.")
                else:
                    self.chosen.append((number, name, row_id))
                continue
            value = attrs.get(attr)
            if value is not None and not isinstance(value, str):
                self.refuse(f"Block {number}: “{attr}” is not text.")
                value = ""
            value = (value or "").strip()
            limit = MAX_TEXT.get(name) or model_field.max_length
            if limit and len(value) > limit:
                self.refuse(f"Block {number}: the {model_field.verbose_name} has {len(value)} characters; "
                            f"it holds at most {limit}.")
            elif value:
                try:
                    model_field.run_validators(value)
                except ValidationError as error:
                    for message in error.messages:
                        self.refuse(f"Block {number}: {model_field.verbose_name}: {message}")
            values[attname] = value
        return values

    def check_choices(self):
        """Photos and stories newly chosen in atoms: each must be one the user may choose there."""
        wanted = {}
        for _, name, row_id in self.chosen:
            wanted.setdefault(name, set()).add(row_id)
        allowed = {
            name: set(self.choices[name].filter(pk__in=ids).values_list("pk", flat=True)) if name in self.choices
            else set()
            for name, ids in wanted.items()
        }
        for number, name, row_id in self.chosen:
            if row_id not in allowed[name]:
                what = Block._meta.get_field(name).verbose_name
                self.refuse(f"Block {number}: you may not choose this {what} ({row_id}).")

    def check_atoms(self, deleted):
        """Each atom as its kind's declaration validates a block, and each pull quote's quote still marked."""
        for number, planned in self.atoms:
            if planned.values.get("quote_id") in deleted:
                self.refuse("A pull quote features a quote whose mark was removed: remove the pull quote too, "
                            "or mark the words again.")
            kind = BLOCK_KINDS[planned.kind]
            errors = kind.validate(Block(article_id=self.article.pk, kind=planned.kind, **planned.values))
            if planned.quote_key is not None:
                if planned.quote_key in self.keys:
                    errors.pop("quote", None)
                else:
                    self.refuse(f"Block {number}: the pull quote's words are no longer marked as a quote: "
                                "mark them again, or remove the pull quote.")
                    continue
            for message in errors.values():
                self.refuse(f"Block {number} ({kind.label.lower()}): {message}")

    def read_text(self, content, number):
        """The paragraph's text and its quotes: each run of words under one quote mark is one quote."""
        pieces, quotes, run, run_key = [], [], [], None
        if not isinstance(content, list):
            content = []
        for child in content + [None]:
            mark = None
            if child is not None:
                if not isinstance(child, dict) or child.get("type") != "text" or not isinstance(child.get("text"), str):
                    self.refuse(f"Block {number} holds something other than text.")
                    continue
                marks = child.get("marks") or []
                unknown = [m for m in marks if not isinstance(m, dict) or m.get("type") != "quote"]
                if unknown:
                    self.refuse(f"Block {number} carries a mark the body does not keep.")
                mark = next((m for m in marks if m not in unknown), None)
            key = repr(sorted((mark.get("attrs") or {}).items())) if mark else None
            if run and key != run_key:
                quotes.append(self.read_quote(run, number))
                run = []
            if mark is not None:
                run.append((child["text"], mark.get("attrs") or {}))
                run_key = key
            if child is not None:
                pieces.append(child["text"])
        return "".join(pieces), [quote for quote in quotes if quote is not None]

    def read_quote(self, run, number):
        text = "".join(piece for piece, _ in run).strip()
        attrs = run[0][1]
        if not text:
            return None
        quote_id = self.read_id(attrs, "quoteId", number)
        if quote_id is not None and quote_id not in self.quotes:
            self.refuse(f"Block {number} marks a quote ({quote_id}) that is not part of this story.")
            return None
        if quote_id in self.used_quotes:
            quote_id = None  # the same mark copied elsewhere: a second quote
        if quote_id is not None:
            self.used_quotes.add(quote_id)
        speaker_id = self.read_id(attrs, "speakerId", number)
        name = " ".join(str(attrs.get("speakerName") or "").split())
        role = " ".join(str(attrs.get("speakerRole") or "").split())
        quote = PlannedQuote(text, quote_id=quote_id, speaker_id=speaker_id)
        # Only the editor's word counts: whether a quote needs a check is the server's to say, not the page's.
        quote.confirmed = quote_id is not None and attrs.get("confirmed") is True
        key = attrs.get("quoteKey")
        if isinstance(key, str) and QUOTE_KEY.fullmatch(key):
            quote.key = key
            self.keys.setdefault(key, quote)
        if speaker_id is not None:
            self.speaker_ids.add(speaker_id)
        elif name:
            if len(name) > MAX_SPEAKER_NAME or len(role) > MAX_SPEAKER_ROLE:
                self.refuse(f"Block {number}: a speaker's name or role is too long.")
            quote.new_speaker = (name, role)
            if not self.may_add_people:
                self.refuse(f"Block {number}: you may not add people; choose a speaker already in the CMS.")
        return quote  # without either, words quoted without a named speaker, as Quote.speaker allows

    def check_speakers(self):
        if not self.speaker_ids:
            return
        allowed = set(self.speakers.filter(pk__in=self.speaker_ids).values_list("pk", flat=True))
        for speaker_id in sorted(self.speaker_ids - allowed):
            self.refuse(f"A quote names a speaker ({speaker_id}) you may not choose.")


def read_document(data, *, article, speakers, choices=None, may_add_people=True):
    """A checked BodyPlan for the posted document, or ValidationError listing every problem.

    speakers: the people the user may choose as speakers; choices: for each Block field an atom
    may point with (``image``, ``link_article``), the rows the user may choose there.
    """
    reader = DocumentReader(article, speakers=speakers, choices=choices, may_add_people=may_add_people)
    return reader.read(data)


# Plan → rows.


def cleared(block, kind, text):
    """block turned into a text block of kind: the fields other kinds use are emptied, as the card form does."""
    block.kind, block.text = kind, text
    block.image, block.caption, block.quote = None, "", None
    block.link_title, block.link_article, block.link_url = "", None, ""
    return block


TEXT_BLOCK_FIELDS = ["kind", "text", "image", "caption", "quote", "link_title", "link_article", "link_url", "position"]
ATOM_BLOCK_FIELDS = ["position", "image", "caption", "quote", "link_title", "link_article", "link_url"]


@transaction.atomic
def write_body(plan):
    """Write the planned body over the story's blocks and quotes; people new to the CMS are created."""
    article = plan.article
    kept = {block.block_id for block in plan.blocks if block.block_id is not None}
    text_updates, atom_updates, new_blocks, keyed = [], [], [], []
    for position, planned in enumerate(plan.blocks, start=1):
        if planned.block_id is None:
            block = Block(article=article, position=position)
            if planned.kind in ATOM_KINDS:
                block.kind = planned.kind
                for attname, value in planned.values.items():
                    setattr(block, attname, value)
            else:
                cleared(block, planned.kind, planned.text)
            new_blocks.append(block)
        else:
            block = plan.existing_blocks[planned.block_id]
            if planned.kind in ATOM_KINDS:
                if block.position != position or any(
                    getattr(block, attname) != value for attname, value in planned.values.items()
                ):
                    block.position = position
                    for attname, value in planned.values.items():
                        setattr(block, attname, value)
                    atom_updates.append(block)
            elif (block.kind, block.text, block.position) != (planned.kind, planned.text, position) or any(
                getattr(block, name) for name in ("image_id", "quote_id", "link_article_id", "caption", "link_title",
                                                  "link_url")
            ):
                block.position = position
                text_updates.append(cleared(block, planned.kind, planned.text))
        planned.row = block
        if planned.quote_key is not None:
            keyed.append(planned)
    gone = set(plan.existing_blocks) - kept
    if gone:  # before the quotes: a pull quote block going too holds its quote (on_delete=RESTRICT)
        Block.objects.filter(pk__in=gone).delete()
    if atom_updates:  # also before: a pull quote may have moved off a quote being deleted
        Block.objects.bulk_update(atom_updates, ATOM_BLOCK_FIELDS)
    if plan.deleted_quote_ids:
        Quote.objects.filter(pk__in=plan.deleted_quote_ids).delete()
    if text_updates:
        Block.objects.bulk_update(text_updates, TEXT_BLOCK_FIELDS)
    if new_blocks:
        Block.objects.bulk_create(new_blocks)
    write_quotes(plan)
    if keyed:  # pull quotes of quotes marked in this document: their quotes have ids now
        for planned in keyed:
            planned.row.quote_id = plan.quote_keys[planned.quote_key].row.pk
        Block.objects.bulk_update([planned.row for planned in keyed], ["quote"])


def write_quotes(plan):
    article = plan.article
    names = {quote.new_speaker[0] for block in plan.blocks for quote in block.quotes if quote.new_speaker}
    new_people = find_or_create_speakers(names)
    roles = {}
    updates, new_quotes, number = [], [], 0
    for planned_block in plan.blocks:
        for planned in planned_block.quotes:
            number += 1
            speaker_id = planned.speaker_id
            if planned.new_speaker:
                person = new_people[planned.new_speaker[0]]
                speaker_id = person.pk
                roles.setdefault(person.pk, (planned.new_speaker[1], planned_block.row))
            else:
                roles.setdefault(speaker_id, ("", planned_block.row))
            if planned.quote_id is None:
                planned.row = Quote(
                    article=article, block=planned_block.row, position=number, text=planned.text,
                    speaker_id=speaker_id,
                )
                new_quotes.append(planned.row)
                continue
            quote = planned.row = plan.existing_quotes[planned.quote_id]
            before = (quote.text, quote.block_id, quote.speaker_id, quote.position, quote.confidence)
            if planned.confirmed or speaker_id != quote.speaker_id:
                quote.confirm()  # as the quote's card does when "confirmed" is ticked or another speaker chosen
            quote.text, quote.block, quote.speaker_id, quote.position = (
                planned.text, planned_block.row, speaker_id, number,
            )
            if (quote.text, quote.block_id, quote.speaker_id, quote.position, quote.confidence) != before:
                updates.append(quote)
    if updates:
        Quote.objects.bulk_update(updates, ["text", "block", "speaker", "position", "confidence"])
    if new_quotes:
        Quote.objects.bulk_create(new_quotes)
    add_mentions(article, roles)


def find_or_create_speakers(names):
    """name → Person for the new speakers typed in the editor; a person already in the CMS is reused."""
    if not names:
        return {}
    # Imported here: the importer's people matching is the one rule for "the same person".
    from .importing import find_or_create_people
    from people.querysets import normalise_name

    found = find_or_create_people(names)
    return {name: found[normalise_name(name)] for name in names}


def add_mentions(article, roles):
    """A Mention in this story for each speaker it does not mention yet, with the role typed for them."""
    roles.pop(None, None)
    if not roles:
        return
    mentioned = set(Mention.objects.filter(article=article, person_id__in=roles).values_list("person_id", flat=True))
    Mention.objects.bulk_create([
        Mention(article=article, person_id=person_id, role=role, block=block, position=10_000 + number)
        for number, (person_id, (role, block)) in enumerate(roles.items()) if person_id not in mentioned
    ])
