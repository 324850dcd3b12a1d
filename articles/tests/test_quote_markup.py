"""Quotes in a paragraph as readers see them: the words as written, the speaker's name linked where it stands."""

import re
from types import SimpleNamespace

from markupsafe import escape

from articles.article_page import ParagraphQuote
from articles.markup import paragraph_html
from people.models import Person


def paragraph(text, *quotes):
    """A paragraph as the article page loader leaves it: quotes are (pk, words, speaker name or None)."""
    speakers = {}
    rows = []
    for pk, words, name in quotes:
        person = None
        if name:
            number = len(speakers) + 1
            person = speakers.setdefault(name, Person(pk=number, name=name, slug=f"person-{number}"))
        rows.append(ParagraphQuote(pk, 1, words, person.pk if person else None, person))
    return SimpleNamespace(text=text, paragraph_quotes=rows)


def links(html):
    return re.findall(r'<a class="(speaker|quote-source)" href="([^"]*)"[^>]*>(.*?)</a>', html, re.S)


def test_full_name_is_linked_at_its_first_occurrence_and_nothing_is_appended():
    html = paragraph_html(paragraph(
        "“We hold the line,” said Ana Lima, and Ana Lima repeated it.", (7, "We hold the line", "Ana Lima"),
    ))
    assert html.startswith('<span class="quote-anchor" id="quote-7"></span>“We hold the line,” said ')
    assert links(html) == [("speaker", "/people/person-1/", "Ana Lima")]
    assert html.endswith("</a>, and Ana Lima repeated it.")
    assert "—" not in html and "quote-by" not in html


def test_family_name_is_linked_when_the_paragraph_gives_only_that():
    html = paragraph_html(paragraph("“Not yet,” Lima told reporters.", (1, "Not yet", "Ana Lima")))
    assert '“Not yet,” <a class="speaker" href="/people/person-1/">Lima</a> told reporters.' in html


def test_a_name_inside_the_quoted_words_is_not_the_attribution():
    html = paragraph_html(paragraph("“Lima is wrong,” he said.", (1, "Lima is wrong", "Ana Lima")))
    assert [kind for kind, *_ in links(html)] == ["quote-source"]


def test_a_pronoun_gets_an_accessible_marker_after_the_quote():
    html = paragraph_html(paragraph("“It works,” she said. Later, tests began.", (3, "It works", "Ana Lima")))
    marker = re.search(r'“It works,”(<a class="quote-source"[^>]*>)(.*?)</a> she said\.', html, re.S)
    assert marker, html
    assert 'href="/people/person-1/"' in marker.group(1) and 'aria-label="Quote from Ana Lima"' in marker.group(1)
    assert '<span class="visually-hidden">Quote from Ana Lima</span>' in marker.group(2)
    assert 'aria-hidden="true"' in marker.group(2) and "style=" not in html


def test_two_speakers_each_get_their_own_link_and_a_repeated_speaker_one():
    html = paragraph_html(paragraph(
        "“Go,” said Ana Lima. “Stop,” said Ben Ode. “Go on,” Lima added.",
        (1, "Go", "Ana Lima"), (2, "Stop", "Ben Ode"), (3, "Go on", "Ana Lima"),
    ))
    assert [(kind, text) for kind, _, text in links(html)] == [("speaker", "Ana Lima"), ("speaker", "Ben Ode")]
    assert html.count('class="quote-anchor"') == 3


def test_quote_whose_words_are_not_found_gets_its_marker_at_the_end():
    html = paragraph_html(paragraph("He said yes.", (1, "something else", "Ana Lima")))
    assert re.search(r'He said yes\.<a class="quote-source"', html)


def test_paragraph_without_speakers_is_its_escaped_text():
    block = paragraph("A & B <i>", (1, "A", None))
    assert paragraph_html(block) == '<span class="quote-anchor" id="quote-1"></span>A &amp; B &lt;i&gt;'
    assert paragraph_html(paragraph("<b>plain</b>")) == "&lt;b&gt;plain&lt;/b&gt;"


def test_hostile_text_names_and_quotes_stay_escaped():
    name = 'Eve <img src=x onerror="alert(1)">'
    text = f'“<script>alert(1)</script>,” said {name}. “Again”"> she said.'
    html = str(paragraph_html(paragraph(
        text, (1, "<script>alert(1)</script>", name), (2, 'Again"> ', "Mal \" onclick=\"x")),
    ))
    assert "<script>" not in html and "<img" not in html and 'onerror="' not in html and 'onclick="' not in html
    assert f'<a class="speaker" href="/people/person-1/">{escape(name)}</a>' in html
    assert 'aria-label="Quote from Mal &#34; onclick=&#34;x"' in html
    # Unwrapped, the words read exactly as written.
    words = re.sub(r'<a class="quote-source".*?</a>', "", html, flags=re.S)
    words = re.sub(r"<span class=\"quote-anchor\"[^>]*></span>|</?a[^>]*>", "", words)
    assert words == escape(text)
