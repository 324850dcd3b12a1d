import re

import pytest

from articles.parsing.widgets import FURNITURE_PATTERNS
from articles.parsing.linepatterns import _FOLDS_TO_ASCII, FOLDED_CLUES, LinePatterns, any_of, holds_any, needed_words

from .stories import SAMPLES

# Shapes the reading of first characters and needed words must get right.
SHAPES = (
    r"(the )?story continues\W*",                     # an optional word first
    r"\d+ (min|hour)s? ago",                          # a figure first
    r"(?=.*\bcomment(s|ing)?\b)(?=.*\b(click|tap)\b).{0,80}",  # a lookahead: needs "comment"
    r"(?=.*(@\w{2,})).*",                             # needs "@"
    r"\W*",                                           # matches the empty line
    r"(copyright|©).{0,20}",                          # a mark outside ASCII
    r"(?-i:[A-Z])[a-z]+ said",                        # case kept inside
    r"skip (ad|advertisement)\W*",
)
LINES = [
    "", "Story continues below", "the story continues…", "5 mins ago", "12 hours ago", "٣ hours ago",
    "Click the buttons to comment", "Tap here to see comments", "Comments: click", "Reach me at @jli",
    "jo@li", "© Ledger 2024", "Copyright Ledger", "Jo said", "jo said", "Skip ad", "SKIP AD »",
    "Skip advertisement", "Smith spoke.", "… and more", "“Yes,” Ana Lima said.",
    "Get our newsletter every day", "Sign up: the inbox edition", "Join the discussion below",
]


def variants(line):
    # Characters outside ASCII that stand for an ASCII letter when case is ignored.
    return [line, line.upper(), line.lower(), line.replace("s", "ſ"), line.replace("i", "ı"),
            line.replace("k", "\u212a"), "\u0130" + line[1:], line.replace("i", "\u0130"), line.replace("S", "ſ"),
            line[:1] + "\u0131" + line[2:], line[:1] + "“" + line[1:], line[:2], line[:1]]


def sample_lines():
    return {line for path in SAMPLES for line in path.read_text(encoding="utf-8").splitlines()}


@pytest.mark.parametrize("patterns", [FURNITURE_PATTERNS, SHAPES], ids=["furniture", "shapes"])
@pytest.mark.parametrize("flags", [re.IGNORECASE, 0], ids=["ignorecase", "case"])
def test_answers_as_trying_every_pattern_does(patterns, flags):
    each = [re.compile(pattern, flags) for pattern in patterns]
    together = LinePatterns(patterns, flags)
    lines = [variant for line in [*LINES, *sample_lines()] for variant in variants(line)]
    expected = [any(pattern.fullmatch(line) for pattern in each) for line in lines]
    assert [together.fullmatch_any(line) for line in lines] == expected
    assert sum(expected) > 10  # the lines hold matches, not only misses


def test_every_character_that_stands_for_an_ascii_letter_is_known():
    outside = "".join(chr(code) for code in range(0x80, 0x110000) if not 0xD800 <= code < 0xE000)
    assert sorted(re.findall("[a-z]", outside, re.IGNORECASE)) == sorted(_FOLDS_TO_ASCII)


NOTICE_LIKE = (
    r"\bcookies?\b.{0,80}\b(use|accept)",                  # a word, then a choice of words
    r"(©|\bcopyright\b)\s?\d{4}|\ball rights reserved\b",  # a mark outside ASCII in one branch
    r"\b(this|our) (web)?site\b",
)


@pytest.mark.parametrize("pattern", NOTICE_LIKE)
def test_needed_words_are_in_every_match_found_by_a_search(pattern):
    compiled, words = re.compile(pattern, re.IGNORECASE), needed_words(pattern, re.IGNORECASE)
    texts = [variant for line in [*LINES, "We use cookies. Accept?", "COPYRIGHT 2031", "Visit our website",
                                  "Our ſite", "İ use cookies", *sample_lines()] for variant in variants(line)]
    found = [text for text in texts if compiled.search(text)]
    assert found  # the texts hold matches
    for text in found:
        lowered = text.lower()
        assert words is None or holds_any(lowered, words) or holds_any(lowered, FOLDED_CLUES), text


def test_holds_any_tells_whether_one_of_the_strings_is_in_the_text():
    assert holds_any("send a tip to the newsroom", ("tip", "mail"))
    assert not holds_any("the council voted", ("tip", "mail"))
    assert not holds_any("anything", ())


WORDS = ("erro", "error", "errore", "©", "(c)", " app", "p.iva", "co", "cookie", "a+b", "[x]", "é")


@pytest.mark.parametrize("text", [
    "", "an err", "an erro", "errors", "© 2025", "(c) 2025", "(c 2025", "the app", "theapp", "p.iva 123",
    "pxiva", "c o", "cookies", "a+b", "aab", "[x]", "x", "café", "cafe", "the council voted",
])
def test_any_of_finds_what_a_test_per_string_finds(text):
    assert bool(any_of(WORDS).search(text)) == holds_any(text, WORDS)


def test_every_page_widget_pattern_is_tried_only_where_it_could_match():
    # A pattern that may open on any character and needs no word is tried on every line of a
    # paste; the widgets' patterns each open on characters of their own or need a word.
    from articles.parsing.widgets import FOREIGN_FURNITURE_PATTERNS

    for pattern in (*FURNITURE_PATTERNS, *FOREIGN_FURNITURE_PATTERNS):
        if any(char.isalpha() and not char.isascii() for char in pattern):
            continue  # (words in another script are not read off a pattern: a Chinese page's particulars)
        patterns = LinePatterns([pattern], re.IGNORECASE)
        assert not patterns._anywhere, pattern
        # a pattern asked of the lines holding one of its words: no word so short that most lines hold it
        if patterns._needing:
            assert min(map(len, needed_words(pattern, re.IGNORECASE))) >= 3, pattern
