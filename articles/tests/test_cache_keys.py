"""A page's cache key: its address plus only the parameters the page reads, in their one form."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from newsroom.pagecache import keys, middleware

from .factories import make_article

pytestmark = pytest.mark.django_db

TRACKING = "utm_source=newsletter&utm_medium=email&utm_campaign=x1&fbclid=abc&gclid=def&mc_cid=1&mc_eid=2&_ga=3&ref=hn"


def get_counting(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


def key_of(url):
    return keys.page_key(RequestFactory().get(url))


def test_tracking_parameters_share_the_plain_page(client, page_cache):
    article = make_article(headline="Ferry timetable changes")
    url = article.get_absolute_url()
    plain = client.get(url)
    for query in (TRACKING, "utm_source=a-different-one", "utm_content=" + "z" * 300):
        response, queries = get_counting(client, f"{url}?{query}")
        assert response.status_code == 200 and queries == 0 and response["X-Cache"] == "hit"
        assert response.content == plain.content
    assert key_of(f"{url}?{TRACKING}").key == key_of(url).key


def test_a_page_never_carries_a_readers_tracking_parameters(client, page_cache):
    for number in range(25):
        make_article(headline=f"Story number {number}")
    first = client.get("/?page=2&utm_source=only-this-reader")
    assert first.status_code == 200 and "only-this-reader" not in first.content.decode()
    response, queries = get_counting(client, "/?page=2")
    assert queries == 0 and response.content == first.content


def test_parameters_a_page_reads_are_keyed_sorted(client, page_cache):
    for number in range(25):
        make_article(headline=f"Story number {number}")
    assert key_of("/?page=2&published_after=2020-01-01").key == key_of("/?published_after=2020-01-01&page=2").key
    assert key_of("/?page=2").key != key_of("/").key != key_of("/?page=3").key
    client.get("/?published_after=2020-01-01&page=2")
    response, queries = get_counting(client, "/?page=2&utm_source=x&published_after=2020-01-01")
    assert queries == 0 and "Story number" in response.content.decode()


@pytest.mark.parametrize("url", [
    "/?page=02", "/?page=2&page=3", "/?published_after=yesterday", "/?person=" + "a" * 200,
    "/search/?q=harbour++fees", "/search/?q=%20harbour", "/no_such.page/?utm_source=x",
])
def test_a_value_not_in_its_one_form_is_rendered_and_never_stored(client, page_cache, url):
    make_article(headline="Harbour fees frozen")
    assert key_of(url) is None
    first = client.get(url)
    assert "X-Cache" not in first
    response, queries = get_counting(client, url)
    assert response.status_code == first.status_code and queries > 0


def test_the_filter_forms_empty_fields_are_kept(client, page_cache):
    make_article(headline="Harbour fees frozen")
    url = "/?published_after=&published_before=&section=&person="
    client.get(url)
    response, queries = get_counting(client, url + "&utm_source=x")
    assert queries == 0 and "Harbour fees frozen" in response.content.decode()


def test_searches_are_kept_as_the_search_box_sends_them(client, page_cache):
    make_article(headline="Harbour fees frozen")
    first = client.get("/search/?q=harbour+fees")
    assert "Harbour fees frozen" in first.content.decode()
    response, queries = get_counting(client, "/search/?utm_source=x&q=harbour+fees")
    assert queries == 0 and response.content == first.content


def test_pages_with_parameters_stored_are_bounded(client, page_cache, settings):
    settings.NEWSROOM_PAGE_CACHE_VARIANTS = 2
    # The budget is counted per period of NEWSROOM_PAGE_CACHE_SECONDS: one long enough that
    # these requests cannot straddle two periods, which would give the last one a fresh budget.
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 10**8
    make_article(headline="Harbour fees frozen")
    for word in ("harbour", "fees", "frozen"):
        client.get(f"/search/?q={word}")
    assert get_counting(client, "/search/?q=harbour")[1] == 0
    assert get_counting(client, "/search/?q=fees")[1] == 0
    assert get_counting(client, "/search/?q=frozen")[1] > 0
    # Pages without parameters are never counted against the budget.
    client.get("/")
    assert get_counting(client, "/")[1] == 0


def test_the_budget_is_counted_per_period(page_cache, settings):
    settings.NEWSROOM_PAGE_CACHE_VARIANTS = 2
    period = settings.NEWSROOM_PAGE_CACHE_SECONDS
    start = 1_000_000 * period
    late_in_period = start + period - 1
    assert [middleware.within_variant_budget(page_cache, now) for now in (start, start + 1, late_in_period)] == [
        True, True, False,
    ]
    # The next period starts afresh, so at most twice the budget is ever stored at once.
    assert [middleware.within_variant_budget(page_cache, start + period) for _ in range(3)] == [True, True, False]
