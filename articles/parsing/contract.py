"""The article contract: the parse result as dataclasses and its JSON form, both ways.

``to_dict`` and ``from_dict`` are the one serialiser of the JSON form specified in
``docs/spec/article-json.md`` (checked against ``docs/spec/article.schema.json``); the
dataclasses' own ``to_dict`` methods call them. Block indexes, offsets and source lines are
not part of the JSON form: ``from_dict`` recovers them as well as the text allows.
"""

from dataclasses import dataclass, field


class ParseError(ValueError):
    """The text holds no story blocks at all."""


@dataclass
class Block:
    """One body block: ``text`` is a paragraph's or subhead's text, a caption or a related title."""

    kind: str
    text: str
    credit: str | None = None
    photographer: str | None = None
    agency: str | None = None
    line: int = 0

    def to_dict(self):
        """The block in the JSON form of the article contract."""
        return block_to_dict(self)


@dataclass
class ParsedQuote:
    """A quotation; ``start`` is the offset of its opening mark in ``body[block_index].text``.

    ``confidence`` (0..1) says how sure the parser is of ``speaker``; None when unknown.
    """

    text: str
    speaker: str | None
    block_index: int
    start: int
    confidence: float | None = None

    def to_dict(self):
        """The quote in the JSON form of the article contract."""
        return quote_to_dict(self)


@dataclass
class ParsedPerson:
    """A person named in the story, with the role the story gives them."""

    name: str
    role: str | None
    block_index: int

    def to_dict(self):
        """The person in the JSON form of the article contract."""
        return {"name": self.name, "role": self.role}


@dataclass
class ParsedArticle:
    """The parse of one story."""

    headline: str | None
    body: list[Block] = field(default_factory=list)
    quotes: list[ParsedQuote] = field(default_factory=list)
    people: list[ParsedPerson] = field(default_factory=list)
    comment_count: int | None = None
    # Reporters named on a "By …" line; not part of the JSON contract, which drops the line.
    bylines: list[str] = field(default_factory=list)
    # The standfirst, set between the headline and the byline: the story's summary (its dek),
    # not a block of its body; not part of the JSON contract either.
    dek: str | None = None
    # (line number, line) of the lines of the text that no part of the parse holds (page
    # chrome, as the parser read it), for an editor to look over; not part of the JSON contract.
    left_out: list[tuple[int, str]] = field(default_factory=list)

    def to_dict(self):
        """The article in the JSON form of the article contract (five keys, in order)."""
        return to_dict(self)


def to_dict(article):
    """The JSON form of a ParsedArticle: headline, body, quotes, people, comment_count, in order."""
    return {
        "headline": article.headline,
        "body": [block_to_dict(block) for block in article.body],
        "quotes": [quote_to_dict(quote) for quote in article.quotes],
        "people": [person.to_dict() for person in article.people],
        "comment_count": article.comment_count,
    }


def block_to_dict(block):
    """One body block in the JSON form: related blocks carry a title, images a caption and credit."""
    if block.kind == "related":
        return {"type": "related", "title": block.text}
    if block.kind == "image":
        return {
            "type": "image",
            "caption": block.text,
            "credit": block.credit,
            "photographer": block.photographer,
            "agency": block.agency,
        }
    return {"type": block.kind, "text": block.text}


def quote_to_dict(quote):
    """One quote in the JSON form; ``confidence`` only when it is known (the schema has no null for it)."""
    data = {"text": quote.text, "speaker": quote.speaker}
    if quote.confidence is not None:
        data["confidence"] = quote.confidence
    return data


def from_dict(data):
    """Build a ParsedArticle from its JSON form; block indexes and offsets are best-effort."""
    body = []
    for item in data.get("body", []):
        kind = item["type"]
        if kind == "related":
            body.append(Block("related", item["title"]))
        elif kind == "image":
            body.append(Block("image", item["caption"], item.get("credit"), item.get("photographer"),
                              item.get("agency")))
        else:
            body.append(Block(kind, item["text"]))
    quotes, cursor = [], (0, 0)
    for item in data.get("quotes", []):
        # Look for the opening words after the previous quote; a quote that runs over two
        # paragraphs only matches its first part, hence the shorter fall-backs.
        words = item["text"].split(" ")
        for needle in (" ".join(words[:6]), " ".join(words[:2]), words[0]):
            found = _locate(body, needle, cursor, kinds=("paragraph",))
            if found:
                break
        block_index, offset = found or cursor
        # ``start`` is the offset of the opening quotation mark, just before the words.
        start = max(0, offset - 1)
        cursor = (block_index, offset + 1) if found else cursor
        quotes.append(ParsedQuote(item["text"], item.get("speaker"), block_index, start, item.get("confidence")))
    people = []
    for item in data.get("people", []):
        block_index, _ = _locate(body, item["name"].split()[-1], (0, 0)) or (0, 0)
        people.append(ParsedPerson(item["name"], item.get("role"), block_index))
    return ParsedArticle(data.get("headline"), body, quotes, people, data.get("comment_count"))


def _locate(body, needle, cursor, *, kinds=("paragraph", "image")):
    """(block index, offset) of the first occurrence of needle at or after cursor, else None."""
    block_index, offset = cursor
    for index in range(block_index, len(body)):
        block = body[index]
        if block.kind in kinds:
            haystack = f"{block.text} {block.credit or ''}"
            found = haystack.find(needle, offset if index == block_index else 0)
            if found >= 0:
                return index, found
    return None
