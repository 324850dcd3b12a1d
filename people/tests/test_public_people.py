"""A person is public only once a public story quotes, mentions, bylines them or credits their photo."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.filters import person_choices
from articles.models import Article, Block, Mention, Quote
from articles.tests.factories import make_article, make_image, make_organization, make_person
from people.models import Organization, Person

pytestmark = pytest.mark.django_db


def unpublished_stories():
    """A draft, a story scheduled for tomorrow and one under embargo until tomorrow."""
    tomorrow = timezone.now() + timedelta(days=1)
    return [
        make_article(status=Article.Status.DRAFT),
        make_article(published_at=tomorrow),
        make_article(embargo_until=tomorrow),
    ]


@pytest.fixture
def hidden_source():
    """Quoted, mentioned, bylined and credited, but only in stories readers may not see yet."""
    person = make_person(name="Anonymous Source")
    for story in unpublished_stories():
        Quote.objects.create(article=story, position=1, text="Off the record", speaker=person)
        Mention.objects.create(article=story, person=person, role="Defendant")
        story.bylines.create(person=person, position=1)
        Block.objects.create(article=story, kind=Block.Kind.IMAGE, position=1, image=make_image(photographer=person))
    return person


def test_a_person_in_unpublished_stories_only_has_no_page_list_entry_or_sitemap_line(client, hidden_source):
    assert client.get(hidden_source.get_absolute_url()).status_code == 404
    assert "Anonymous Source" not in client.get("/people/").content.decode()
    assert hidden_source.get_absolute_url() not in client.get("/sitemap.xml").content.decode()
    assert hidden_source.slug not in dict(person_choices(hidden_source.slug))
    assert not Person.objects.public().filter(pk=hidden_source.pk).exists()


@pytest.mark.parametrize("how", ["quoted", "mentioned", "bylined", "credited"])
def test_each_way_of_appearing_in_a_public_story_makes_a_person_public(client, hidden_source, how):
    story = make_article(headline="Now it runs")
    if how == "quoted":
        Quote.objects.create(article=story, position=1, text="On the record", speaker=hidden_source)
    elif how == "mentioned":
        Mention.objects.create(article=story, person=hidden_source)
    elif how == "bylined":
        story.bylines.create(person=hidden_source, position=1)
    else:
        Block.objects.create(article=story, kind=Block.Kind.IMAGE, position=1, image=make_image(photographer=hidden_source))
    assert client.get(hidden_source.get_absolute_url()).status_code == 200
    assert "Anonymous Source" in client.get("/people/").content.decode()
    assert hidden_source.get_absolute_url() in client.get("/sitemap.xml").content.decode()
    # What only the unpublished stories say stays unsaid.
    html = client.get(hidden_source.get_absolute_url()).content.decode()
    assert "Off the record" not in html and "Defendant" not in html


def test_the_person_filter_offers_only_public_people(client, hidden_source):
    html = client.get("/", {"person": hidden_source.slug}).content.decode()
    assert f'value="{hidden_source.slug}"' not in html
    Quote.objects.create(article=make_article(), position=1, text="Said", speaker=hidden_source)
    html = client.get("/", {"person": hidden_source.slug}).content.decode()
    assert f'value="{hidden_source.slug}"' in html


def test_an_organisation_credited_only_on_unpublished_photos_has_no_page(client):
    agency = make_organization(name="Quiet Wire")
    for story in unpublished_stories():
        Block.objects.create(article=story, kind=Block.Kind.IMAGE, position=1, image=make_image(agency=agency))
    assert client.get(agency.get_absolute_url()).status_code == 404
    assert agency.get_absolute_url() not in client.get("/sitemap.xml").content.decode()
    make_article(lead_image=make_image(agency=agency))
    assert client.get(agency.get_absolute_url()).status_code == 200
    assert list(Organization.objects.public()) == [agency]
