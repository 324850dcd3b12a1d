import pickle
import threading
import time

import pytest
from django.core.cache import cache
from django.test import Client, RequestFactory
from django.utils import timezone
from django.utils.http import http_date

from articles.models import Article
from newsroom.pagecache import generation, http, keys, middleware, stores
from newsroom.pagecache.generation import Generation

from .caches import empty
from .factories import make_article

pytestmark = pytest.mark.django_db

def test_second_request_is_served_from_the_cache_without_queries(client, page_cache, django_assert_num_queries):
    article = make_article(headline="Harbor reopens after the storm")
    first = client.get(article.get_absolute_url())
    assert first.status_code == 200
    with django_assert_num_queries(0):
        second = client.get(article.get_absolute_url())
    assert second.status_code == 200
    assert second.content == first.content
    assert "Harbor reopens after the storm" in second.content.decode()


def test_cached_pages_carry_validators_and_cdn_headers(client, page_cache):
    article = make_article()
    for response in (client.get(article.get_absolute_url()), client.get(article.get_absolute_url())):
        assert response["ETag"].startswith('"')
        assert response["Last-Modified"]
        control = response["Cache-Control"]
        assert "public" in control and "max-age=0" in control
        assert "s-maxage=60" in control or "s-maxage=59" in control
        assert "stale-while-revalidate=30" in control
        assert int(response["Content-Length"]) == len(response.content)


def test_conditional_get_answers_304(client, page_cache, django_assert_num_queries):
    article = make_article()
    url = article.get_absolute_url()
    etag = client.get(url)["ETag"]
    with django_assert_num_queries(0):
        by_etag = client.get(url, headers={"If-None-Match": etag})
        by_date = client.get(url, headers={"If-Modified-Since": http_date()})
    assert by_etag.status_code == 304 and by_etag.content == b"" and by_etag["ETag"] == etag
    assert by_date.status_code == 304
    assert client.get(url, headers={"If-None-Match": '"something-else"'}).status_code == 200


def test_first_request_with_a_matching_etag_gets_304_too(client, page_cache):
    article = make_article()
    url = article.get_absolute_url()
    etag = client.get(url)["ETag"]
    empty(page_cache)
    assert client.get(url, headers={"If-None-Match": etag}).status_code == 304


def test_head_is_answered_from_the_cache(client, page_cache, django_assert_num_queries):
    article = make_article()
    client.get(article.get_absolute_url())
    with django_assert_num_queries(0):
        response = client.head(article.get_absolute_url())
    assert response.status_code == 200 and response.content == b""


def test_signed_in_staff_are_never_served_or_stored(editor_client, page_cache):
    article = make_article(headline="Council passes the budget")
    url = article.get_absolute_url()
    staff_page = editor_client.get(url)
    assert staff_page.status_code == 200
    assert "s-maxage" not in staff_page.get("Cache-Control", "")
    assert cache.get(keys.page_key(_request(url)).key) is None

    reader = Client()
    reader.get(url)
    assert cache.get(keys.page_key(_request(url)).key) is not None
    assert "s-maxage" not in editor_client.get(url).get("Cache-Control", "")


def test_admin_and_preview_paths_and_posts_are_not_public_requests(rf):
    assert http.is_public_request(rf.get("/"))
    assert http.is_public_request(rf.head("/world/"))
    assert not http.is_public_request(rf.get("/admin/"))
    assert not http.is_public_request(rf.get("/preview/12/"))
    assert not http.is_public_request(rf.post("/search/"))
    with_session = rf.get("/")
    with_session.COOKIES["sessionid"] = "abc"
    assert not http.is_public_request(with_session)


def test_admin_pages_are_never_cached(client, page_cache):
    client.get("/admin/login/")
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "s-maxage" not in response.get("Cache-Control", "")


def test_drafts_and_missing_pages_are_not_cached(client, page_cache):
    draft = make_article(status="draft", published_at=None)
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert cache.get(keys.page_key(_request(draft.get_absolute_url())).key) is None


def _request(url):
    return RequestFactory().get(url)


@pytest.mark.django_db(transaction=True)
def test_unpublished_story_leaves_the_cache_at_once(client, page_cache):
    article = make_article()
    url = article.get_absolute_url()
    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200
    article.status = article.Status.UNPUBLISHED
    article.save()
    assert client.get(url).status_code == 404


def test_cache_seconds_zero_turns_the_cache_off(client, settings):
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0
    article = make_article()
    client.get(article.get_absolute_url())
    response = client.get(article.get_absolute_url())
    assert "s-maxage" not in response.get("Cache-Control", "")
    assert "ETag" not in response
    assert generation.read_generation() is None


def test_pages_live_no_longer_than_the_next_scheduled_story(client, page_cache):
    make_article(headline="Already out")
    make_article(headline="Comes out soon", published_at=timezone.now() + timezone.timedelta(seconds=40))
    response = client.get("/")
    assert "Already out" in response.content.decode()
    control = dict(part.strip().split("=") for part in response["Cache-Control"].split(",") if "=" in part)
    assert 0 < int(control["s-maxage"]) <= 40


def test_scheduled_story_appears_on_time_without_any_write(client, page_cache, monkeypatch):
    soon = timezone.now() + timezone.timedelta(seconds=90)
    make_article(headline="Already out")
    make_article(headline="Comes out at noon", published_at=soon)
    assert "Comes out at noon" not in client.get("/").content.decode()
    assert "Comes out at noon" not in client.get("/").content.decode()

    later = soon + timezone.timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    monkeypatch.setattr(middleware.time, "time", lambda: later.timestamp())
    assert "Comes out at noon" in client.get("/").content.decode()


def test_embargo_lift_limits_the_generation(page_cache):
    lift = timezone.now() + timezone.timedelta(minutes=5)
    make_article(embargo_until=lift)
    make_article(published_at=timezone.now() + timezone.timedelta(minutes=20))
    assert Article.objects.next_public_change() == lift
    token, deadline, _position = generation.new_generation()
    assert deadline == lift.timestamp() and len(token) == 16


def test_responses_that_set_cookies_are_not_stored(rf, page_cache):
    from django.http import HttpResponse

    request = rf.get("/")
    response = HttpResponse("hello")
    assert http.is_storable(request, response)
    response.set_cookie("csrftoken", "x")
    assert not http.is_storable(request, response)
    private = HttpResponse("hello", headers={"Cache-Control": "private"})
    assert not http.is_storable(request, private)
    by_language = HttpResponse("hello", headers={"Vary": "Accept-Language"})
    assert not http.is_storable(request, by_language)


def test_a_new_release_never_serves_pages_of_the_old_templates(monkeypatch):
    request = _request("/world/")
    monkeypatch.setattr(keys, "_release", ["release-one"])
    first = keys.page_key(request)
    monkeypatch.setattr(keys, "_release", ["release-two"])
    assert keys.page_key(request) != first
    monkeypatch.setattr(keys, "_release", [])
    monkeypatch.setenv("NEWSROOM_RELEASE", "abc123")
    assert keys.code_release() == "abc123"


def test_the_release_fingerprint_follows_the_templates(monkeypatch, settings, tmp_path):
    folder = tmp_path / "templates"
    folder.mkdir()
    page = folder / "page.html"
    page.write_text("one", encoding="utf-8")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [folder]}]
    monkeypatch.delenv("NEWSROOM_RELEASE", raising=False)
    monkeypatch.setattr(keys, "_release", [])
    before = keys.code_release()
    page.write_text("two, longer", encoding="utf-8")
    monkeypatch.setattr(keys, "_release", [])
    assert keys.code_release() != before


def test_a_hit_never_changes_the_page_kept_for_the_next_reader(client, page_cache):
    article = make_article()
    url = article.get_absolute_url()
    assert client.get(url)["X-Cache"] == "miss"
    first = client.get(url)
    second = client.get(url, HTTP_IF_NONE_MATCH='"other"')
    assert first["X-Cache"] == second["X-Cache"] == "hit"
    body = first.content
    first.headers["Cache-Control"] = "private"
    first.set_cookie("only-for-this-reader", "1")
    first.write(b"<p>only for this reader</p>")
    kept = next(page for page in middleware._local_pages.values() if page.token == generation.read_generation().token)
    assert "Cache-Control" not in pickle.loads(kept.response_pickle)
    third = client.get(url)
    assert third["Cache-Control"].startswith("public")
    assert "only-for-this-reader" not in third.cookies and third.content == body


def test_a_worker_serves_its_remembered_page_only_while_the_generation_holds(client, page_cache):
    article = make_article(headline="Before the edit")
    url = article.get_absolute_url()
    client.get(url)
    assert "Before the edit" in client.get(url).content.decode()
    # Another process's write replaces the shared generation; this worker's memory must not win.
    generation.start_new_generation()
    article.headline = "After the edit"
    article.save()
    response = client.get(url)
    assert response["X-Cache"] == "miss" and "After the edit" in response.content.decode()


def test_the_record_lapses_at_its_deadline(page_cache):
    record = generation.store_generation(Generation("a" * 16, time.time() + 0.3, None))
    assert generation.read_generation() == record
    time.sleep(0.4)
    assert generation.read_generation() is None


def test_the_redis_record_is_the_one_the_cache_api_reads_and_writes(redis_cache):
    # Processes of the previous release read and write it through django-redis during a rolling restart.
    record = generation.start_new_generation()
    assert redis_cache.get(stores.GENERATION_KEY) == record
    older = ("b" * 16, None, None)
    redis_cache.set(stores.GENERATION_KEY, older, None)
    assert generation.read_generation() == older


def test_a_redis_connection_closed_between_requests_is_opened_again(redis_cache):
    generation.start_new_generation()
    store = stores.generation_store()
    store.read()
    connection = store.connection
    connection.send_command("CLIENT", "ID")
    kept_id = connection.read_response()
    redis_cache.client.get_client().client_kill_filter(_id=kept_id)
    record = generation.start_new_generation()
    assert generation.read_generation() == record


def test_threads_read_redis_on_connections_of_their_own(redis_cache):
    record = generation.start_new_generation()
    seen, connections = [], []

    def reader():
        for _ in range(200):
            seen.append(generation.read_generation())
        store = stores.generation_store()
        connections.append(store.connection)
        store.close()

    threads = [threading.Thread(target=reader) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == [record] * 800
    assert len({id(connection) for connection in connections}) == 4


def test_records_are_stored_as_plain_tuples(client, page_cache):
    # Processes of the previous release read the generation record during a rolling restart:
    # a pickled class would tie them to this release's module names.
    article = make_article()
    client.get(article.get_absolute_url())
    record = page_cache.get(stores.GENERATION_KEY)
    page = page_cache.get(keys.page_key(_request(article.get_absolute_url())).key)
    assert type(record) is tuple and record == tuple(generation.read_generation())
    assert type(page) is tuple and page[0] == record[0]
