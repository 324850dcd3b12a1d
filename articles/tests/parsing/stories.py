"""Where the sample stories are, and short ways to read a parse in a test."""

from pathlib import Path

from articles.parsing import parse_article
from articles.parsing.text import normalize_line, normalize_text

ROOT = Path(__file__).resolve().parents[3]
SPEC = ROOT / "docs" / "spec"
SAMPLES = sorted((ROOT / "fixtures" / "samples").glob("*.txt"))


def lines_of(text):
    return [normalize_line(line) for line in normalize_text(text).split("\n")]


def body_of(text):
    return [block.to_dict() for block in parse_article(text).body]


def speakers_of(text):
    return [(quote.text, quote.speaker) for quote in parse_article(text).quotes]


def people_of(text):
    return [(person.name, person.role) for person in parse_article(text).people]


def speaker_of(text, words):
    """The speaker of the one quote holding ``words``."""
    found = [speaker for quote, speaker in speakers_of(text) if words in quote]
    assert len(found) == 1, speakers_of(text)
    return found[0]
