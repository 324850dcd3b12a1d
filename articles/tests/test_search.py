import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import search
from articles.models import Article, Block

from .factories import add_blocks, make_article

pytestmark = pytest.mark.django_db

on_postgres = pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL full-text search")


def result_headlines(html):
    return re.findall(r'<h2 class="card-headline"><a href="[^"]+">([^<]+)</a></h2>', html)


def paragraph(article, text, position=1):
    return Block.objects.create(article=article, kind=Block.Kind.PARAGRAPH, position=position, text=text)


def test_search_finds_headline_dek_and_body(client):
    make_article(headline="Harbour cranes return")
    make_article(headline="Council vote", dek="The harbour budget passed.")
    body = make_article(headline="Weather")
    paragraph(body, "Storms closed the harbour for two days.")
    make_article(headline="Unrelated story")
    html = client.get("/search/", {"q": "harbour"}).content.decode()
    assert sorted(result_headlines(html)) == ["Council vote", "Harbour cranes return", "Weather"]
    assert "3 results for “harbour”." in html


def test_search_never_shows_unpublished_stories(client):
    for status in (Article.Status.DRAFT, Article.Status.IN_REVIEW, Article.Status.UNPUBLISHED):
        paragraph(make_article(headline=f"Secret {status} lighthouse", status=status), "lighthouse keeper")
    html = client.get("/search/", {"q": "lighthouse"}).content.decode()
    assert result_headlines(html) == [] and "No stories match" in html


def test_results_show_the_matching_passage_marked_and_escaped(client):
    article = make_article(headline="Budget day")
    paragraph(article, "The opening paragraph says nothing of note.", 1)
    paragraph(article, "The mayor said the <b>tramway</b> extension will open in May.", 2)
    html = client.get("/search/", {"q": "tramway"}).content.decode()
    passage = re.search(r'<p class="passage">(.*?)</p>', html, re.S).group(1)
    assert "<mark>tramway</mark>" in passage
    assert "&lt;b&gt;" in passage and "<b>" not in passage
    assert "opening paragraph" not in passage


def test_long_paragraph_passage_is_a_window_around_the_match():
    words = [f"word{n}" for n in range(200)]
    words[150] = "needle"
    passage = search.highlight_text(" ".join(words), ["needle"])
    assert "<mark>needle</mark>" in passage
    assert passage.startswith("… ") and passage.endswith(" …")
    assert len(passage.split()) < 60


def test_every_word_must_match_on_any_database(client):
    make_article(headline="Bridge repairs begin")
    make_article(headline="Bridge closed", dek="Repairs start in spring.")
    make_article(headline="Bridge opens")
    html = client.get("/search/", {"q": "bridge repairs"}).content.decode()
    assert sorted(result_headlines(html)) == ["Bridge closed", "Bridge repairs begin"]


def test_query_count_is_constant_in_the_number_of_results(client):
    def add(count):
        for _ in range(count):
            article = make_article(headline="Ferry timetable")
            add_blocks(article, 3)
            paragraph(article, "The ferry timetable changes on Monday.", 10)

    add(2)
    client.get("/search/", {"q": "ferry"})
    with CaptureQueriesContext(connection) as few:
        client.get("/search/", {"q": "ferry"})
    add(30)
    with CaptureQueriesContext(connection) as many:
        html = client.get("/search/", {"q": "ferry"}).content.decode()
    assert len(result_headlines(html)) == 20 and html.count("<mark>") >= 20
    assert len(few.captured_queries) == len(many.captured_queries) <= 6


def test_query_is_cleaned_and_bounded():
    assert search.clean_query("  tram\x00way \n\t  plans ") == "tram way plans"
    assert len(search.clean_query("x" * 10_000)) == search.MAX_QUERY_LENGTH
    assert search.clean_query("\ue000mark\ue001") == "mark"


@on_postgres
def test_search_vector_follows_every_write(client):
    article = make_article(headline="Quiet headline")
    Block.objects.bulk_create([
        Block(article=article, kind=Block.Kind.PARAGRAPH, position=1, text="Zeppelins over the estuary."),
    ])
    assert result_headlines(client.get("/search/", {"q": "zeppelin"}).content.decode()) == ["Quiet headline"]
    Block.objects.filter(article=article).update(text="Balloons over the estuary.")
    assert result_headlines(client.get("/search/", {"q": "zeppelin"}).content.decode()) == []
    Article.objects.filter(pk=article.pk).update(headline="Zeppelin headline")
    assert result_headlines(client.get("/search/", {"q": "zeppelin"}).content.decode()) == ["Zeppelin headline"]
    Block.objects.filter(article=article).delete()
    assert result_headlines(client.get("/search/", {"q": "balloon"}).content.decode()) == []


@on_postgres
def test_postgres_ranks_headline_matches_first_and_stems_words(client):
    body = make_article(headline="Council meeting")
    paragraph(body, "Later the council discussed the marathon route.")
    make_article(headline="Marathon route announced", published_at=body.published_at.replace(year=2001))
    html = client.get("/search/", {"q": "marathons"}).content.decode()
    assert result_headlines(html) == ["Marathon route announced", "Council meeting"]
    assert "<mark>marathon</mark>" in html


@on_postgres
def test_postgres_search_uses_the_gin_index():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'articles_article' AND indexname = %s",
            ["articles_article_search_gin"],
        )
        (definition,) = cursor.fetchone()
    assert "USING gin (search_vector)" in definition
