import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from markupsafe import escape  # as the readers' pages (Jinja2) escape

from articles.models import Article, Block, Quote

from .factories import add_blocks, make_article, make_image, make_person, make_rich_article

pytestmark = pytest.mark.django_db

GOLD = json.loads((Path(settings.BASE_DIR) / "docs" / "spec" / "seed.expected.json").read_text(encoding="utf-8"))
WIDGET_TEXT = ["Join the Conversation", "Looking for comments?", "Find comments in their new home"]


def page_text(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def words_of(html):
    """The page as readers see its words: speaker links unwrapped, quote markers (an icon) left out."""
    html = re.sub(r'<a class="quote-source"[^>]*>.*?</a>', "", html, flags=re.S)
    return re.sub(r'<a class="speaker" href="[^"]*">(.*?)</a>', r"\1", html)


def test_seed_story_page_shows_everything_it_holds_in_order(client, seed):
    html = words_of(page_text(client, seed.get_absolute_url()))
    assert escape(seed.headline) in html
    positions = []
    for block in GOLD["body"]:
        text = block.get("text") or block.get("title") or block.get("caption")
        assert escape(text) in html, text
        positions.append(html.index(escape(text)))
    assert positions == sorted(positions), "blocks are out of order"
    assert "Yevhen Titov, Associated Press" in html
    assert "42 comments" in html
    for widget in WIDGET_TEXT:
        assert widget not in html


def test_seed_story_has_all_quotes_with_speakers(seed):
    quotes = list(seed.quotes.select_related("speaker").order_by("position"))
    assert [q.text for q in quotes] == [q["text"] for q in GOLD["quotes"]]
    assert [q.speaker.name if q.speaker else None for q in quotes] == [q["speaker"] for q in GOLD["quotes"]]
    assert all(q.block is not None and q.block.kind == "paragraph" for q in quotes)


def test_seed_story_records_people_mentions_and_credit(seed):
    mentions = list(seed.mentions.select_related("person").order_by("position"))
    assert [m.person.name for m in mentions] == [p["name"] for p in GOLD["people"]]
    assert mentions[0].role == GOLD["people"][0]["role"]
    image = seed.blocks.get(kind="image").image
    assert image.photographer.name == "Yevhen Titov" and image.agency.name == "Associated Press"
    assert image.file and image.width == 1200 and "placeholder" in image.alt_text.lower()
    assert seed.comment_count == 42 and seed.is_public


def test_article_page_uses_semantic_html(client, seed):
    html = page_text(client, seed.get_absolute_url())
    for tag in ["<article", "<h1>", '<h2 class="subhead">', "<figure", "<figcaption>", "<time datetime="]:
        assert tag in html


def test_article_query_count_does_not_grow_with_blocks(client, django_assert_num_queries):
    article = make_rich_article(blocks=10, quotes=3, images=2, related=2)
    client.get(article.get_absolute_url())  # warm the session and content types
    with CaptureQueriesContext(connection) as small:
        page_text(client, article.get_absolute_url())
    add_blocks(article, 90)
    with django_assert_num_queries(len(small.captured_queries)):
        html = page_text(client, article.get_absolute_url())
    assert "Paragraph 99 of the story." in html
    assert len(small.captured_queries) <= 8


def test_query_count_is_within_budget_for_a_big_story(client):
    big = make_rich_article(blocks=200, quotes=50, images=20, related=20)
    small = make_rich_article(blocks=2, quotes=1, images=1, related=1, section=big.section)
    client.get(big.get_absolute_url())
    with CaptureQueriesContext(connection) as small_queries:
        page_text(client, small.get_absolute_url())
    with CaptureQueriesContext(connection) as big_queries:
        html = page_text(client, big.get_absolute_url())
    assert "Paragraph 199." in html and "Photo 19." in html and "Related 19" in html
    assert len(big_queries.captured_queries) == len(small_queries.captured_queries) <= 8


def test_every_quote_has_an_anchor_and_its_speaker_a_link(client, seed):
    html = page_text(client, seed.get_absolute_url())
    for quote in seed.quotes.select_related("speaker"):
        assert f'id="quote-{quote.pk}"' in html
        if quote.speaker:
            assert f'href="{quote.speaker.get_absolute_url()}"' in html
    assert html.count('class="quote-anchor"') == seed.quotes.count()


def test_quote_anchor_sits_in_the_paragraph_that_holds_it(client):
    article = make_article()
    speaker = make_person(name="Ada Quoter")
    block = Block.objects.create(
        article=article, kind=Block.Kind.PARAGRAPH, position=1,
        text="“We will build it,” Quoter said. “<b>Soon</b>.”",
    )
    Block.objects.create(article=article, kind=Block.Kind.PARAGRAPH, position=2, text="Another paragraph.")
    first = Quote.objects.create(article=article, block=block, position=1, text="We will build it", speaker=speaker)
    second = Quote.objects.create(article=article, block=block, position=2, text="<b>Soon</b>.", speaker=speaker)
    html = page_text(client, article.get_absolute_url())
    paragraph = re.search(r"<p>(.*?)</p>\s*<p>Another paragraph", html, re.S).group(1)
    assert f'id="quote-{first.pk}"' in paragraph and f'id="quote-{second.pk}"' in paragraph
    assert escape(block.text) in words_of(paragraph) and "<b>Soon</b>" not in html
    # The family name the paragraph gives links to the speaker, once; nothing is appended.
    assert f'“We will build it,” <a class="speaker" href="{speaker.get_absolute_url()}">Quoter</a> said.' in paragraph
    assert paragraph.count("<a ") == 1 and "Ada Quoter" not in paragraph and "—" not in paragraph


def test_pull_quote_links_its_speaker(client):
    article = make_article()
    speaker = make_person(name="Pull Speaker")
    quote = Quote.objects.create(article=article, position=1, text="A line worth pulling out", speaker=speaker)
    Block.objects.create(article=article, kind=Block.Kind.QUOTE, position=1, quote=quote)
    html = page_text(client, article.get_absolute_url())
    pull = re.search(r'<figure class="pull-quote">(.*?)</figure>', html, re.S).group(1)
    assert "<blockquote><p>A line worth pulling out</p></blockquote>" in pull
    assert f'<a href="{speaker.get_absolute_url()}">Pull Speaker</a>' in pull


def test_related_links_resolve_in_place_and_gather_at_the_end(client):
    article = make_article()
    public = make_article(headline="A public related story", section=article.section)
    draft = make_article(headline="A draft related story", status=Article.Status.DRAFT, section=article.section)
    Block.objects.create(article=article, kind=Block.Kind.RELATED, position=1, link_article=public)
    Block.objects.create(article=article, kind=Block.Kind.RELATED, position=2, link_article=draft, link_title="Draft title")
    Block.objects.create(article=article, kind=Block.Kind.RELATED, position=3, link_title="Only a title")
    Block.objects.create(article=article, kind=Block.Kind.RELATED, position=4, link_title="Elsewhere", link_url="https://example.com/x")
    html = page_text(client, article.get_absolute_url())
    assert html.count(f'<a href="{public.get_absolute_url()}">A public related story</a>') == 2
    assert draft.get_absolute_url() not in html
    assert html.count('<span class="related-title">Draft title</span>') == 2
    assert html.count('<span class="related-title">Only a title</span>') == 2
    assert html.count('<a href="https://example.com/x">Elsewhere</a>') == 2
    box = html[html.index('id="related-heading"'):]
    assert box.index("A public related story") < box.index("Draft title") < box.index("Only a title") < box.index("Elsewhere")


def test_byline_times_notes_and_comments(client):
    writer = make_person(name="Rita Reporter")
    article = make_article(comment_count=1, updated_at=timezone.now())
    article.bylines.create(person=writer, position=1)
    article.notes.create(kind="correction", text="An earlier version misspelled a name.")
    html = page_text(client, article.get_absolute_url())
    assert f'By <a href="{writer.get_absolute_url()}">Rita Reporter</a>' in html
    assert f'<time datetime="{article.published_at.replace(microsecond=0).isoformat()}">' in html
    assert "Updated <time" in html
    assert "Correction, <time" in html and "An earlier version misspelled a name." in html
    assert "1 comment<" in html


def test_editor_text_is_escaped_everywhere(client):
    nasty = '<script>alert("x")</script>'
    article = make_article(headline=f"Headline {nasty}", dek=f"Dek {nasty}", dateline=nasty)
    image = make_image(caption=f"Caption {nasty}", alt_text=f'Alt " onerror="{nasty}', credit_line=nasty)
    Block.objects.create(article=article, kind=Block.Kind.PARAGRAPH, position=1, text=f"Body {nasty}")
    Block.objects.create(article=article, kind=Block.Kind.SUBHEAD, position=2, text=f"Subhead {nasty}")
    Block.objects.create(article=article, kind=Block.Kind.IMAGE, position=3, image=image)
    quote = Quote.objects.create(article=article, position=1, text=f"Quote {nasty}", speaker=make_person())
    Block.objects.create(article=article, kind=Block.Kind.QUOTE, position=4, quote=quote)
    Block.objects.create(article=article, kind=Block.Kind.RELATED, position=5, link_title=f"Related {nasty}")
    html = page_text(client, article.get_absolute_url())
    assert "<script>alert" not in html
    assert 'onerror="' not in html
    assert html.count(escape(nasty)) >= 8


def test_draft_story_is_not_found(client):
    article = make_article(status=Article.Status.DRAFT)
    assert client.get(article.get_absolute_url()).status_code == 404


def test_paragraph_markup_is_the_same_whichever_way_the_page_was_loaded(settings):
    from articles import article_page
    from articles.markup import paragraph_html

    article = make_article()
    speaker = make_person(name="Ada Quoter")
    block = Block.objects.create(article=article, kind=Block.Kind.PARAGRAPH, position=1, text="“Yes,” she said.")
    quote = Quote.objects.create(article=article, block=block, position=1, text="Yes", speaker=speaker)
    settings.NEWSROOM_PREPARED_QUERIES = False
    plain = paragraph_html(article_page.any_story(article.pk).page_blocks[0])
    settings.NEWSROOM_PREPARED_QUERIES = True
    loaded = article_page.public_story(article.section.path, article.slug).page_blocks[0]
    assert paragraph_html(loaded) == plain
    assert f'id="quote-{quote.pk}"' in plain
    # "she" names no one: a marker after the quote's closing mark links to the speaker.
    assert f'“Yes,”<a class="quote-source" href="{speaker.get_absolute_url()}" aria-label="Quote from Ada Quoter">' in plain
    assert '<span class="visually-hidden">Quote from Ada Quoter</span></a> she said.' in plain


def test_article_page_leaves_columns_it_never_shows_unloaded(seed):
    article = Article.objects.for_detail().get(pk=seed.pk)
    assert {"source_url", "source_key", "search_vector"} <= article.get_deferred_fields()
    assert {"usage_terms", "usage_expires"} <= article.lead_image.get_deferred_fields()
