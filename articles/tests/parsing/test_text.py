"""Text normalisation and sentence bounds."""

import pytest

from articles.parsing import parse_article
from articles.parsing.text import has_terminal_punctuation, normalize_line, normalize_text, sentence_bounds

from .stories import body_of, speakers_of


def test_normalize_text_drops_bom_and_unifies_line_endings():
    assert normalize_text("\ufeffOne\r\nTwo\rThree\n") == "One\nTwo\nThree\n"


def test_normalize_text_composes_unicode():
    assert normalize_text("Jose\u0301") == "José"


def test_normalize_line_collapses_tabs_and_non_breaking_spaces():
    assert normalize_line("\t The\u00a0council  voted\u200b \t") == "The council voted"


def test_parse_keeps_typography():
    text = "“It’s done — finally,” said Ana Lima.\n"
    assert body_of(text) == [{"type": "paragraph", "text": "“It’s done — finally,” said Ana Lima."}]


def test_parse_reads_crlf_bom_tabs_and_nbsp():
    text = "\ufeffCity budget passes\r\n\r\n\tThe council\u00a0voted  5-2.\r\n"
    article = parse_article(text)
    assert article.headline == "City budget passes"
    assert article.to_dict()["body"] == [{"type": "paragraph", "text": "The council voted 5-2."}]


@pytest.mark.parametrize("text, expected", [
    ("It was over.", True),
    ("Was it over?", True),
    ("Wow!", True),
    ("And then…", True),
    ("“It was over.”", True),
    ("He called it ‘over.’", True),
    ("What happened next", False),
    ("Here’s what we know:", False),
    ("会議は火曜日に終わった。", True),
    ("「会議は終わった。」", True),
    ("会議は終わったのか？", True),
    ("市議会の予算", False),
])
def test_has_terminal_punctuation(text, expected):
    assert has_terminal_punctuation(text) is expected


@pytest.mark.parametrize("sentence", [
    "Senate President Ana Lima spoke shortly after 3 a.m. She said the deal was “fair.”",
    "Ana Lima runs the largest chipmaker in the U.S. She said demand was “soft.”",
])
def test_a_sentence_may_start_right_after_a_dotted_abbreviation(sentence):
    assert speakers_of(sentence)[0][1] == "Ana Lima"


def test_titles_and_times_before_a_day_do_not_end_a_sentence():
    assert sentence_bounds("Gov. Ana Lima spoke at 3 p.m. Monday. She left.") == ((0, 38), (38, 47))
