"""Pages run a fixed number of queries, whatever the size of the story or of the page.

The page cache is off in these tests (conftest), so every request renders.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Mention, Quote

from .factories import make_article, make_person, make_rich_article, make_section

pytestmark = pytest.mark.django_db

ARTICLE_PAGE_BUDGET = 8


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries), response.content.decode()


def test_article_page_stays_within_budget_whatever_its_size(client):
    article = make_rich_article(blocks=200, quotes=50, images=20, related=20)
    client.get(article.get_absolute_url())
    used, html = count_queries(client, article.get_absolute_url())
    assert "Paragraph 199." in html and "Photo 19." in html and "Related 19" in html
    assert used <= ARTICLE_PAGE_BUDGET, f"{used} queries"

    small = make_rich_article(blocks=2, quotes=1, images=1, related=1, section=article.section)
    small_used, _ = count_queries(client, small.get_absolute_url())
    assert small_used == used


def listing_queries(client, url, make_story, *, first=3, more=30):
    """Queries for a listing with a few stories, then with more than a page of them."""
    for _ in range(first):
        make_story()
    client.get(url)
    few, _ = count_queries(client, url)
    for _ in range(more):
        make_story()
    many, html = count_queries(client, url)
    return few, many, html


def test_home_page_is_constant_in_page_size(client):
    section = make_section()
    writer = make_person()

    def story():
        article = make_rich_article(blocks=3, quotes=1, images=1, related=1, section=section)
        article.bylines.create(person=writer, position=1)
        return article

    few, many, html = listing_queries(client, "/", story)
    assert few == many, (few, many)
    assert writer.name in html or "Story number" in html


def test_section_page_is_constant_in_page_size(client):
    parent = make_section()
    child = make_section(parent=parent)
    few, many, _ = listing_queries(
        client, parent.get_absolute_url(), lambda: make_rich_article(blocks=2, quotes=1, images=1, related=0, section=child),
    )
    assert few == many, (few, many)


def test_person_page_is_constant_in_page_size(client):
    person = make_person(name="Quoted Often")
    section = make_section()

    def story():
        article = make_article(section=section)
        Quote.objects.create(article=article, position=1, text="Something worth quoting", speaker=person)
        Mention.objects.create(article=article, person=person, position=1)
        return article

    few, many, html = listing_queries(client, person.get_absolute_url(), story)
    assert few == many, (few, many)
    assert "Something worth quoting" in html


def test_search_page_is_constant_in_page_size(client):
    section = make_section()
    few, many, html = listing_queries(
        client, "/search/?q=lighthouse",
        lambda: make_article(section=section, headline="The lighthouse keeper retires"),
    )
    assert few == many, (few, many)
    assert "lighthouse keeper" in html.lower()
