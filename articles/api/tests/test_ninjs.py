"""Stories and photos as IPTC ninjs 3.x, validated against IPTC's published JSON Schema."""

import json
from pathlib import Path

import pytest
from django.conf import settings
from jsonschema import Draft202012Validator

from articles.models import Article, Block, Byline, Image, Mention, Quote
from articles.tests.factories import make_article, make_image, make_organization, make_person, make_section

pytestmark = pytest.mark.django_db

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "ninjs_schema" / "ninjs-schema_3.1.json"


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_PATH.read_text())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def assert_valid(validator, item):
    errors = sorted(validator.iter_errors(item), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def test_every_published_story_and_photo_of_the_seed_site_validates(client, seed, validator):
    stories = list(Article.objects.published())
    assert stories
    for story in stories:
        for url in (f"/api/v1/stories/{story.pk}/ninjs/", f"/api/v1/stories/{story.pk}/?format=ninjs"):
            response = client.get(url)
            assert response.status_code == 200
            assert_valid(validator, response.json())
    photos = list(Image.objects.public())
    assert photos
    for photo in photos:
        assert_valid(validator, client.get(f"/api/v1/photos/{photo.pk}/ninjs/").json())


def test_a_schema_violation_is_caught(validator):
    """The validator is not a formality: a ninjs item without a uri, or with an unknown field, fails."""
    assert list(validator.iter_errors({"type": "text"}))
    assert list(validator.iter_errors({"uri": "http://example.com/1", "creditline": "x"}))


def test_story_maps_people_byline_subjects_quotes_and_photos(client, validator):
    world = make_section(name="World", slug="world")
    europe = make_section(name="Europe", slug="europe", parent=world)
    writer, speaker, named = make_person(name="Wanda Writer"), make_person(name="Sam Speaker"), make_person(name="Nia Named")
    photo = make_image(photographer=make_person(name="Pia Photo"), agency=make_organization(name="Wire Agency"), credit_line="")
    story = make_article(section=europe, headline="Talks resume", dek="A summary.", dateline="GENEVA", lead_image=photo)
    Byline.objects.create(article=story, person=writer)
    paragraph = Block.objects.create(article=story, kind="paragraph", text="“We are ready,” said Sam Speaker.", position=1)
    Quote.objects.create(article=story, block=paragraph, text="We are ready,", speaker=speaker)
    Mention.objects.create(article=story, person=named, role="Foreign Minister")
    story.tags.add("Diplomacy")

    item = client.get(f"/api/v1/stories/{story.pk}/ninjs/").json()
    assert_valid(validator, item)

    assert item["type"] == "text" and item["headlines"][0]["value"] == "Talks resume"
    assert item["by"] == "Wanda Writer" and item["located"] == "GENEVA"
    people = {(p["name"], p["rel"]) for p in item["people"]}
    assert {("Wanda Writer", "author"), ("Sam Speaker", "quoted"), ("Nia Named", "mentioned as Foreign Minister")} <= people
    subjects = {(s["name"], s["rel"]) for s in item["subjects"]}
    assert subjects == {("World", "section"), ("Europe", "section"), ("Diplomacy", "tag")}
    body = item["bodies"][0]["value"]
    assert 'id="quote-' in body and "http://" in body and 'href="/' not in body
    (lead,) = item["associations"]
    assert lead["rel"] == "lead" and lead["type"] == "picture"
    assert lead["copyrightHolder"] == "Wire Agency" and lead["by"] == "Pia Photo, Wire Agency"
    assert ("Pia Photo", "photographer") in {(p["name"], p["rel"]) for p in lead["people"]}
    assert lead["renditions"] and all(r["href"].startswith("http") and r["width"] for r in lead["renditions"])


def test_ninjs_of_a_hidden_photo_is_a_404(client):
    hidden = make_image()
    make_article(lead_image=hidden, status=Article.Status.DRAFT, published_at=None)
    assert client.get(f"/api/v1/photos/{hidden.pk}/ninjs/").status_code == 404
    assert client.get(f"/api/v1/photos/{hidden.pk}/?format=ninjs").status_code == 404


def test_related_stories_are_associations_only_once_public(client, validator):
    public = make_article(headline="Public neighbour")
    draft = make_article(headline="Draft headline", status=Article.Status.DRAFT, published_at=None)
    story = make_article()
    Block.objects.create(article=story, kind="related", link_article=public, position=1)
    Block.objects.create(article=story, kind="related", link_article=draft, position=2)
    Block.objects.create(article=story, kind="related", link_title="Elsewhere", link_url="https://example.org/a", position=3)

    response = client.get(f"/api/v1/stories/{story.pk}/ninjs/")
    item = response.json()
    assert_valid(validator, item)

    site = settings.NEWSROOM_SITE_URL
    related = [(a["uri"], a["headlines"][0]["value"]) for a in item["associations"] if a["rel"] == "related"]
    assert related == [(f"{site}/api/v1/stories/{public.pk}/", "Public neighbour"), ("https://example.org/a", "Elsewhere")]
    assert "Draft headline" not in response.content.decode()
