"""Parsing is linear: twice the text costs about twice the work, whatever its shape.

Work is counted in steps, not seconds: every line of the parser package that runs (a loop
iteration, a comprehension's item) is one step, counted with a trace function. A scan over all
earlier names, quotes or sentences for each new one shows up as a ratio of 2.5 to 3 at these
sizes. Wall time for full-size inputs is measured by ``bench/parse_bench.py``.
"""

import sys

import pytest

import articles.parsing
from articles.parsing import parse_article

from ..benchscripts import load_bench_script
from .stories import ROOT

PACKAGE = str(ROOT / "articles" / "parsing")


# bench/parse_bench.py, whose generated worst-case texts this test shares
BENCH = load_bench_script("parse_bench")
# The shapes that made the parser quadratic; the others only make it slow by a constant.
SHAPES = ["one-paragraph", "surname-mentions", "cr-only-lines", "quoted-paragraphs", "quotes-one-paragraph",
          "pronouns", "titles", "name-list", "many-people", "interview-leads", "namesakes", "title-holders",
          "family-name-first", "run-on-verbs", "run-on-quotes", "blank-lines"]


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


@pytest.mark.parametrize("shape", SHAPES)
def test_twice_the_text_is_about_twice_the_work(shape):
    single = count_steps(BENCH.make_text(shape, 4000))
    double = count_steps(BENCH.make_text(shape, 8000))
    assert single > 1000  # the counter sees the parser at work
    assert 1.8 < double / single < 2.2, (single, double)
