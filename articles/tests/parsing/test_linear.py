"""Parsing is linear: twice the text costs about twice the work, whatever its shape.

Work is counted in steps, not seconds: every line of the parser package that runs (a loop
iteration, a comprehension's item) is one step, counted with a trace function. A scan over all
earlier names, quotes or sentences for each new one shows up as a ratio near 3 or 4 at these
sizes. Wall time for full-size inputs is measured by ``bench/parse_bench.py``.
"""

import sys

import pytest

import articles.parsing
from articles.parsing import parse_article

from .stories import ROOT

PACKAGE = str(ROOT / "articles" / "parsing")

# Made-up shapes that made the parser quadratic, one unit each, repeated to a size.
SHAPES = {
    "one paragraph of short sentences": "Smith spoke. ",
    "a line per sentence, carriage returns only": "Smith spoke.\r",
    "quoted paragraphs": "“Yes,” Ana Lima said.\n\n",
    "quotes in one paragraph": "“Yes,” Ana Lima said. ",
    "pronouns": "Ana Lima arrived. She said “fine.” He left. Tom Reed agreed.\n\n",
    "titles": "Mayor Ana Lima spoke. “No,” the mayor said.\n\n",
    "a list of names": "Ana Lima, Tom Reed, ",
    "many people": "Mayor Jo {name} said “no.”\n\n",
}


def repeat(unit, count):
    """``unit`` repeated, with a distinct made-up surname wherever it says {name}."""
    if "{name}" not in unit:
        return unit * count
    surnames = ("".join(letters).capitalize() for letters in _syllables())
    return "".join(unit.format(name=next(surnames)) for _ in range(count))


def _syllables():
    for a in "bdfgklmnprstvz":
        for b in "aeiou":
            for c in "bdfgklmnprstvz":
                for d in "aeiou":
                    yield a, b, c, d


def clear_caches():
    """Empty the parser's memo caches, so each count starts from nothing."""
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith(articles.parsing.__name__):
            for value in vars(module).values():
                if hasattr(value, "cache_clear"):
                    value.cache_clear()


def count_steps(text):
    """Lines of the parser package run while parsing text."""
    clear_caches()
    steps = 0

    def count(frame, event, arg):
        nonlocal steps
        if event == "line":
            steps += 1
        return count

    sys.settrace(lambda frame, event, arg: count if frame.f_code.co_filename.startswith(PACKAGE) else None)
    try:
        parse_article(text)
    finally:
        sys.settrace(None)
    return steps


@pytest.mark.parametrize("unit", SHAPES.values(), ids=SHAPES.keys())
def test_twice_the_text_is_about_twice_the_work(unit):
    count = 4000 // len(unit)
    single, double = count_steps(repeat(unit, count)), count_steps(repeat(unit, 2 * count))
    assert single > 1000  # the counter sees the parser at work
    assert 1.8 < double / single < 2.2, (single, double)
