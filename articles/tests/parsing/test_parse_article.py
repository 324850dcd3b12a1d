"""Whole stories: the seed and the samples against their gold parses, and hostile inputs."""

import json
import time
from pathlib import Path

import pytest

from articles.parsing import parse_article
from articles.parsing.contract import ParseError
from articles.parsing.scoring import missed_targets, score_article

from .stories import ROOT, SAMPLES, SPEC


@pytest.mark.parametrize("text", [
    "“a” " * 3000,                                      # thousands of quotes in one paragraph
    ", ".join(["Ana Lima", "Tom Reed"] * 1500) + " said it was “fine.”",  # a huge list of names
    '"x" said Ana Lima. ' * 2000,                        # straight quotes, one long paragraph
    "." * 30000,                                         # one long run of full stops
    "“Yes,” Ana Lima said.\n\n" * 2000,                  # thousands of short paragraphs
])
def test_pathological_input_parses_in_bounded_time(text):
    # Shapes that make any scan over all quotes, names or sentences per item blow up.
    started = time.process_time()
    parse_article(text)
    assert time.process_time() - started < 5


@pytest.mark.parametrize("text", [
    "a | b | c\n" * 50, "Related\n" * 50, "1\nComments\n" * 50, "@x\n\n* * *",
    "Ferries\n\n\"", "Ferries\n\n“",  # one short line over nothing but a quotation mark
])
def test_furniture_only_oddities_raise_parse_error_not_something_else(text):
    with pytest.raises(ParseError):
        parse_article(text)


def test_seed_article_matches_the_gold_parse():
    gold = json.loads((SPEC / "seed.expected.json").read_text(encoding="utf-8"))
    parsed = parse_article((ROOT / "fixtures" / "seed-article.txt").read_text(encoding="utf-8")).to_dict()
    assert parsed["headline"] == gold["headline"]
    assert parsed["body"] == gold["body"]
    # The gold leaves out the optional confidence, which scorers ignore.
    assert [{"text": q["text"], "speaker": q["speaker"]} for q in parsed["quotes"]] == gold["quotes"]
    assert all(0 <= q["confidence"] <= 1 for q in parsed["quotes"])
    assert [p["name"] for p in parsed["people"]] == [p["name"] for p in gold["people"]]
    assert parsed["comment_count"] == gold["comment_count"]


def test_there_are_enough_sample_stories():
    assert len(SAMPLES) >= 6
    for path in SAMPLES:
        assert path.with_suffix("").with_suffix(".expected.json").exists() or \
            Path(str(path)[:-4] + ".expected.json").exists()


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_sample_meets_targets(path):
    gold = json.loads(Path(str(path)[:-4] + ".expected.json").read_text(encoding="utf-8"))
    scores = score_article(parse_article(path.read_text(encoding="utf-8")).to_dict(), gold)
    assert missed_targets(scores) == [], scores
