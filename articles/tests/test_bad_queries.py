"""Whatever a reader or a bot puts in the query string, the answer is a page, a 400 or a 404."""

import re

import pytest
from django.db import connection
from django.template import loader
from django.test.utils import CaptureQueriesContext

from .factories import make_article, make_person, make_section

pytestmark = pytest.mark.django_db

HUGE = "x" * 10_240

BAD_QUERIES = [
    {"page": "abc"}, {"page": "99999"}, {"page": "-1"}, {"page": "0"}, {"page": "1.5"}, {"page": "9" * 5000},
    {"page": HUGE}, {"published_after": "2025-13-45"}, {"published_before": "yesterday"},
    {"published_after": "99999-01-01"}, {"published_after": "0000-00-00"}, {"section": "no/such/section"},
    {"section": HUGE}, {"person": "nobody"}, {"person": "\x00"}, {"published_after": "2025-01-01\x00"},
    {"q": HUGE}, {"q": "\x00"}, {"q": "' OR 1=1 --"}, {"q": "!!! & | <-> :*"}, {"q": "\ue000"},
    {"quotes": "abc", "stories": "99999", "by": HUGE, "photos": "-3"},
]


@pytest.fixture
def pages(db):
    section = make_section(name="World", slug="world")
    article = make_article(section=section)
    person = make_person(name="Some Body")
    article.bylines.create(person=person, position=1)  # a person page exists for people of public stories
    return ["/", "/search/", section.get_absolute_url(), person.get_absolute_url(), "/people/", "/feeds/rss/",
            article.get_absolute_url()]


@pytest.mark.parametrize("params", BAD_QUERIES, ids=lambda p: ",".join(f"{k}={v[:12]!r}" for k, v in p.items()))
def test_bad_query_strings_never_cause_a_server_error(client, pages, params):
    client.raise_request_exception = False
    for url in pages:
        response = client.get(url, params)
        assert response.status_code in (200, 400, 404), (url, params, response.status_code)


def test_page_out_of_range_on_a_listing_is_404(client, pages):
    assert client.get("/", {"page": "99999"}).status_code == 404
    assert client.get("/", {"page": "abc"}).status_code == 404


def test_person_page_shows_the_nearest_page_of_a_long_list(client, pages):
    response = client.get(pages[3], {"quotes": "abc", "stories": "99999"})
    assert response.status_code == 200 and "Some Body" in response.content.decode()


def test_huge_search_query_is_cut_short(client, pages):
    response = client.get("/search/", {"q": "harbour " * 2000})
    assert response.status_code == 200
    value = re.search(r'<input id="search-q" type="search" name="q" value="([^"]*)"', response.content.decode()).group(1)
    assert value.startswith("harbour harbour") and len(value) <= 200


def test_our_404_page(client, db):
    response = client.get("/no/such/page/at/all/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "We can’t find that page" in html and 'role="search"' in html and '<main id="main"' in html


def test_our_500_page_needs_no_database_or_context():
    with CaptureQueriesContext(connection) as queries:
        html = loader.get_template("500.html").render()
    assert len(queries) == 0
    assert "Something went wrong" in html and "/static/css/site.css" in html


def test_server_error_answers_with_our_500_page(client, settings, db):
    settings.ROOT_URLCONF = "articles.tests.failing_urls"
    client.raise_request_exception = False
    response = client.get("/boom/")
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()
