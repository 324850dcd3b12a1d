import pytest
from django.core.cache import cache
from django.test import Client, RequestFactory
from django.utils import timezone
from django.utils.http import http_date

from articles import caching

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
    cache.clear()
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
    assert cache.get(caching.page_key(_request(url))) is None

    reader = Client()
    reader.get(url)
    assert cache.get(caching.page_key(_request(url))) is not None
    assert "s-maxage" not in editor_client.get(url).get("Cache-Control", "")


def test_admin_and_preview_paths_and_posts_are_not_public_requests(rf):
    assert caching.is_public_request(rf.get("/"))
    assert caching.is_public_request(rf.head("/world/"))
    assert not caching.is_public_request(rf.get("/admin/"))
    assert not caching.is_public_request(rf.get("/preview/12/"))
    assert not caching.is_public_request(rf.post("/search/"))
    with_session = rf.get("/")
    with_session.COOKIES["sessionid"] = "abc"
    assert not caching.is_public_request(with_session)


def test_admin_pages_are_never_cached(client, page_cache):
    client.get("/admin/login/")
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "s-maxage" not in response.get("Cache-Control", "")


def test_drafts_and_missing_pages_are_not_cached(client, page_cache):
    draft = make_article(status="draft", published_at=None)
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert cache.get(caching.page_key(_request(draft.get_absolute_url()))) is None


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
    assert cache.get(caching.GENERATION_KEY) is None


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
    monkeypatch.setattr(caching.time, "time", lambda: later.timestamp())
    assert "Comes out at noon" in client.get("/").content.decode()


def test_embargo_lift_limits_the_generation(page_cache):
    lift = timezone.now() + timezone.timedelta(minutes=5)
    make_article(embargo_until=lift)
    make_article(published_at=timezone.now() + timezone.timedelta(minutes=20))
    assert caching.next_scheduled_change() == lift
    token, deadline, _position = caching.new_generation()
    assert deadline == lift.timestamp() and len(token) == 16


def test_responses_that_set_cookies_are_not_stored(rf, page_cache):
    from django.http import HttpResponse

    request = rf.get("/")
    response = HttpResponse("hello")
    assert caching.is_storable(request, response)
    response.set_cookie("csrftoken", "x")
    assert not caching.is_storable(request, response)
    private = HttpResponse("hello", headers={"Cache-Control": "private"})
    assert not caching.is_storable(request, private)
    by_language = HttpResponse("hello", headers={"Vary": "Accept-Language"})
    assert not caching.is_storable(request, by_language)


def test_a_new_release_never_serves_pages_of_the_old_templates(monkeypatch):
    request = _request("/world/")
    monkeypatch.setattr(caching, "_release", ["release-one"])
    first = caching.page_key(request)
    monkeypatch.setattr(caching, "_release", ["release-two"])
    assert caching.page_key(request) != first
    monkeypatch.setattr(caching, "_release", [])
    monkeypatch.setenv("NEWSROOM_RELEASE", "abc123")
    assert caching.code_release() == "abc123"


def test_the_release_fingerprint_follows_the_templates(monkeypatch, settings, tmp_path):
    folder = tmp_path / "templates"
    folder.mkdir()
    page = folder / "page.html"
    page.write_text("one", encoding="utf-8")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [folder]}]
    monkeypatch.delenv("NEWSROOM_RELEASE", raising=False)
    monkeypatch.setattr(caching, "_release", [])
    before = caching.code_release()
    page.write_text("two, longer", encoding="utf-8")
    monkeypatch.setattr(caching, "_release", [])
    assert caching.code_release() != before


def test_a_hit_never_changes_the_page_kept_for_the_next_reader(client, page_cache):
    from articles import caching

    from .factories import make_article

    article = make_article()
    url = article.get_absolute_url()
    assert client.get(url)["X-Cache"] == "miss"
    first = client.get(url)
    second = client.get(url, HTTP_IF_NONE_MATCH='"other"')
    assert first["X-Cache"] == second["X-Cache"] == "hit"
    first.headers["Cache-Control"] = "private"
    kept = next(entry for key, entry in caching._local_pages.items() if entry[0] == caching.page_cache().get(caching.GENERATION_KEY)[0])
    assert "Cache-Control" not in kept[2].headers
    assert client.get(url)["Cache-Control"].startswith("public")


def test_a_worker_serves_its_remembered_page_only_while_the_generation_holds(client, page_cache):
    from articles import caching

    from .factories import make_article

    article = make_article(headline="Before the edit")
    url = article.get_absolute_url()
    client.get(url)
    assert "Before the edit" in client.get(url).content.decode()
    # Another process's write replaces the shared generation; this worker's memory must not win.
    caching.start_new_generation()
    article.headline = "After the edit"
    article.save()
    response = client.get(url)
    assert response["X-Cache"] == "miss" and "After the edit" in response.content.decode()
