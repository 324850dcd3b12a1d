import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.filters import ArticleFilter
from articles.models import Article, Mention, Quote

from .factories import make_article, make_person, make_section

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.now() - timezone.timedelta(days=days)


def headlines(html):
    return re.findall(r'<h2 class="card-headline"><a href="[^"]+">([^<]+)</a></h2>', html)


def test_home_lists_newest_first(client):
    make_article(headline="Older story", published_at=days_ago(3))
    make_article(headline="Newest story", published_at=days_ago(1))
    make_article(headline="Middle story", published_at=days_ago(2))
    assert headlines(client.get("/").content.decode()) == ["Newest story", "Middle story", "Older story"]


def test_filter_by_date_range(client):
    make_article(headline="Last month", published_at=days_ago(30))
    make_article(headline="Last week", published_at=days_ago(7))
    make_article(headline="Today", published_at=days_ago(0))
    after = days_ago(10).date().isoformat()
    before = days_ago(3).date().isoformat()
    html = client.get("/", {"published_after": after, "published_before": before}).content.decode()
    assert headlines(html) == ["Last week"]
    assert "1 story matches these filters." in html


def test_filter_by_section_includes_its_subsections(client):
    world = make_section(name="World", slug="world")
    europe = make_section(name="Europe", slug="europe", parent=world)
    sport = make_section(name="Sport", slug="sport")
    make_article(headline="World story", section=world)
    make_article(headline="Europe story", section=europe)
    make_article(headline="Sport story", section=sport)
    assert set(headlines(client.get("/", {"section": "world"}).content.decode())) == {"World story", "Europe story"}
    assert headlines(client.get("/", {"section": "world/europe"}).content.decode()) == ["Europe story"]


def test_filter_by_person_quoted_or_mentioned(client):
    person = make_person(name="Filter Person")
    quoted = make_article(headline="Quotes them")
    mentioned = make_article(headline="Mentions them")
    both = make_article(headline="Does both")
    make_article(headline="Ignores them")
    Quote.objects.create(article=quoted, position=1, text="Words", speaker=person)
    Mention.objects.create(article=mentioned, person=person)
    Quote.objects.create(article=both, position=1, text="More words", speaker=person)
    Mention.objects.create(article=both, person=person)
    found = headlines(client.get("/", {"person": person.slug}).content.decode())
    assert sorted(found) == ["Does both", "Mentions them", "Quotes them"]


def test_person_choices_only_offer_people_in_public_stories():
    public_person = make_person(name="Public Person")
    hidden_person = make_person(name="Hidden Person")
    Mention.objects.create(article=make_article(), person=public_person)
    Mention.objects.create(article=make_article(status=Article.Status.DRAFT), person=hidden_person)
    choices = dict(ArticleFilter().filters["person"].extra["choices"])
    assert choices == {public_person.slug: "Public Person"}


def test_filter_form_is_a_plain_get_form(client):
    make_section(name="Culture", slug="culture")
    html = client.get("/").content.decode()
    form = re.search(r'<form class="filter-form" method="get" action="/">(.*?)</form>', html, re.S).group(1)
    for name in ["published_after", "published_before", "section", "person"]:
        assert f'name="{name}"' in form
    assert 'type="date"' in form and '<option value="culture">Culture</option>' in form
    assert '<button type="submit">' in form and "<script" not in html


def test_page_links_keep_the_filters(client):
    section = make_section(name="Busy", slug="busy")
    for n in range(25):
        make_article(headline=f"Busy story {n}", section=section, published_at=days_ago(1 + n / 100))
    html = client.get("/", {"section": "busy", "published_after": days_ago(30).date().isoformat()}).content.decode()
    next_link = re.search(r'<a class="pagination-link" rel="next" href="([^"]+)"', html).group(1)
    assert "section=busy" in next_link and "published_after=" in next_link and "page=2" in next_link
    page_two = client.get("/" + next_link.replace("&amp;", "&")).content.decode()
    assert len(headlines(page_two)) == 5 and "Page 2 of 2" in page_two


def test_section_page_filters_by_date_without_a_section_field(client):
    section = make_section(name="Local", slug="local")
    make_article(headline="Old local", section=section, published_at=days_ago(40))
    make_article(headline="New local", section=section, published_at=days_ago(1))
    html = client.get(section.get_absolute_url(), {"published_after": days_ago(10).date().isoformat()}).content.decode()
    assert headlines(html) == ["New local"]
    assert 'name="section"' not in html.split('class="filter-form"')[1].split("</form>")[0]


def test_malformed_date_shows_the_form_error_not_a_crash(client):
    make_article(headline="Any story")
    response = client.get("/", {"published_after": "2025-13-45"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="field-error"' in html and "<details class=\"filters\" open>" in html


@pytest.mark.parametrize("params", [{}, {"section": "world", "person": "someone", "published_after": "2020-01-01"}])
def test_listing_query_count_is_constant_in_page_size(client, params):
    world = make_section(name="World", slug="world")
    someone = make_person(name="Someone", slug="someone")

    def add_stories(count):
        for _ in range(count):
            article = make_article(section=world)
            article.bylines.create(person=make_person(), position=1)
            Mention.objects.create(article=article, person=someone)

    add_stories(2)
    client.get("/", params)
    with CaptureQueriesContext(connection) as few:
        client.get("/", params)
    add_stories(30)
    with CaptureQueriesContext(connection) as many:
        html = client.get("/", params).content.decode()
    assert len(headlines(html)) == 20
    # Seven, and one more on the unfiltered page: which stories editors placed on it.
    assert len(few.captured_queries) == len(many.captured_queries) <= (7 if params else 8)
