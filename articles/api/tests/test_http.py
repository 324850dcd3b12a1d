"""The read API over HTTP: conditional requests, the page cache, throttling, errors, schema, docs, query counts."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from openapi_spec_validator import validate

from articles.api import views
from articles.models import Block, Byline, Quote
from articles.tests.factories import make_article, make_image, make_person, make_section

pytestmark = pytest.mark.django_db


def test_answers_carry_etag_and_last_modified_and_conditional_requests_get_304(client, seed):
    url = f"/api/v1/stories/{seed.pk}/"
    response = client.get(url)
    etag, last_modified = response["ETag"], response["Last-Modified"]
    assert etag.startswith('"') and last_modified

    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304
    assert client.get(url, HTTP_IF_NONE_MATCH='"something-else"').status_code == 200
    listing = client.get("/api/v1/stories/")
    assert client.get("/api/v1/stories/", HTTP_IF_NONE_MATCH=listing["ETag"]).status_code == 304


def test_the_accept_header_never_changes_an_answer(client, seed):
    url = f"/api/v1/stories/{seed.pk}/"
    plain = client.get(url)
    asked_for_html = client.get(url, HTTP_ACCEPT="text/html")
    assert asked_for_html.content == plain.content
    assert "Accept" not in plain.get("Vary", "")


@pytest.mark.django_db(transaction=True)
def test_api_answers_are_cached_and_dropped_on_a_content_write(client, settings, seed):
    # Committed for real: the page cache is dropped when a write's transaction commits.
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 300
    url = f"/api/v1/stories/{seed.pk}/"
    assert client.get(url)["X-Cache"] == "miss"
    cached = client.get(url)
    assert cached["X-Cache"] == "hit"
    assert client.get(url, HTTP_IF_NONE_MATCH=cached["ETag"]).status_code == 304

    seed.headline = "A headline changed by the desk"
    seed.save()

    fresh = client.get(url)
    assert fresh["X-Cache"] == "miss"
    assert fresh.json()["headline"] == "A headline changed by the desk"


def test_anonymous_clients_are_throttled_with_a_json_message(client, settings):
    settings.NEWSROOM_API_THROTTLE_RATE = "3/min"
    make_section()
    answers = [client.get("/api/v1/sections/") for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert "detail" in answers[-1].json() and answers[-1]["Retry-After"]


def test_an_internal_error_is_a_json_500_not_an_html_page(monkeypatch, seed):
    def broken(*args, **kwargs):
        raise RuntimeError("a database went away")

    monkeypatch.setattr(views, "public_story", broken)
    client = Client(raise_request_exception=False)
    response = client.get(f"/api/v1/stories/{seed.pk}/")
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"]
    assert "database went away" not in response.content.decode()


def test_openapi_schema_validates(client, seed):
    response = client.get("/api/v1/schema/?format=json")
    assert response.status_code == 200
    schema = response.json()
    validate(schema)
    paths = schema["paths"]
    for path in ("/api/v1/stories/", "/api/v1/stories/{id}/", "/api/v1/stories/{id}/ninjs/",
                 "/api/v1/people/{id}/", "/api/v1/photos/{id}/", "/api/v1/sections/"):
        assert path in paths
    parameters = {p["name"] for p in paths["/api/v1/stories/"]["get"]["parameters"]}
    assert {"section", "person", "tag", "published_since", "updated_since", "q", "cursor"} <= parameters


def test_docs_page_runs_under_the_site_csp(client):
    response = client.get("/api/v1/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "<style" not in html and " style=" not in html
    # Every script is a file of ours (no inline code), the set-up script included.
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S)
    assert scripts and all('src="/' in attrs and not body.strip() for attrs, body in scripts)
    set_up = re.search(r'<script src="(/api/v1/docs/\?script=[^"]*)"', html).group(1)
    assert "/api/v1/schema/" in client.get(set_up).content.decode()


def test_seed_story_detail_in_at_most_eight_queries(client, seed, django_assert_max_num_queries):
    client.get(f"/api/v1/stories/{seed.pk}/")  # renditions made once, as on the site
    with django_assert_max_num_queries(8):
        assert client.get(f"/api/v1/stories/{seed.pk}/").status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get(f"/api/v1/stories/{seed.pk}/ninjs/").status_code == 200


def rich_stories(count, section):
    for n in range(count):
        writer = make_person()
        story = make_article(section=section, lead_image=make_image(photographer=make_person()))
        Byline.objects.create(article=story, person=writer)
        Quote.objects.create(article=story, text=f"Quote {n}.", speaker=writer)
        Block.objects.create(article=story, kind="paragraph", text=f"Paragraph {n}.", position=1)
        story.tags.add(f"tag-{n}", "shared")


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", [
    "/api/v1/stories/", "/api/v1/stories/?section={section}", "/api/v1/stories/?tag=shared",
    "/api/v1/people/", "/api/v1/photos/", "/api/v1/sections/",
])
def test_list_pages_take_the_same_number_of_queries_for_more_stories(client, django_assert_num_queries, url):
    section = make_section()
    url = url.format(section=section.path)
    rich_stories(2, section)
    client.get(url)  # renditions made on first use
    few = count_queries(client, url)
    rich_stories(8, section)
    client.get(url)
    with django_assert_num_queries(few):
        assert client.get(url).status_code == 200


def test_a_note_added_later_is_not_hidden_by_if_modified_since(client):
    from datetime import timedelta

    from django.utils import timezone
    from django.utils.http import http_date

    from articles.models import Article, Note

    story = make_article(published_at=timezone.now() - timedelta(hours=2))
    url = f"/api/v1/stories/{story.pk}/"
    # The story as last saved an hour ago; the client read it then.
    an_hour_ago = timezone.now() - timedelta(hours=1)
    Article.objects.filter(pk=story.pk).update(modified_at=an_hour_ago)
    then = http_date((an_hour_ago + timedelta(seconds=1)).timestamp())
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=then).status_code == 304

    Note.objects.create(article=story, kind="correction", text="A name was misspelt.")
    response = client.get(url, HTTP_IF_MODIFIED_SINCE=then)
    assert response.status_code == 200
    assert response.json()["notes"][0]["text"] == "A name was misspelt."


def test_filtered_lists_are_cached_under_their_declared_parameters_only(client, settings):
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 300
    world = make_section(name="World", slug="world")
    story = make_article(section=world)
    first = client.get("/api/v1/stories/?section=world&utm_source=newsletter")
    assert first["X-Cache"] == "miss" and [r["id"] for r in first.json()["results"]] == [story.pk]
    again = client.get("/api/v1/stories/?section=world")
    assert again["X-Cache"] == "hit" and again.content == first.content
    # A value not in its one written form is answered but never stored.
    odd = client.get("/api/v1/stories/?section=World")
    assert odd.status_code == 200 and odd.get("X-Cache") != "hit"
    assert client.get("/api/v1/stories/?section=World").get("X-Cache") != "hit"
