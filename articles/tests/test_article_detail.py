import json
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from .factories import add_blocks, make_rich_article

pytestmark = pytest.mark.django_db

GOLD = json.loads((Path(settings.BASE_DIR) / "docs" / "spec" / "seed.expected.json").read_text(encoding="utf-8"))
WIDGET_TEXT = ["Join the Conversation", "Looking for comments?", "Find comments in their new home"]


def page_text(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_seed_story_page_shows_everything_it_holds_in_order(client, seed):
    html = page_text(client, seed.get_absolute_url())
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
