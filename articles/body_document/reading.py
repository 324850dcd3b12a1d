"""Document → plan: a posted document checked against the story and the user, box by box."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError

from ..blocks import BLOCK_KINDS
from ..models import Block, Quote
from .building import placed_quote_ids
from .schema import (
    ATOM_KINDS, FIELD_ATTRS, MAX_BLOCKS, MAX_SPEAKER_NAME, MAX_SPEAKER_ROLE, MAX_TEXT, QUOTE_KEY, TEXT_KINDS,
)


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
