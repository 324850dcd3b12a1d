"""The read API's stories: what a client sees, what it never sees, filters and pages."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article, Block, Byline, Mention, Note, Quote
from articles.tests.factories import make_article, make_image, make_person, make_section

pytestmark = pytest.mark.django_db


def story_url(story):
    return f"/api/v1/stories/{story.pk}/"


def ids(response):
    assert response.status_code == 200, response.content
    return [item["id"] for item in response.json()["results"]]


def test_seed_story_detail_gives_the_whole_structure(client, seed):
    data = client.get(story_url(seed)).json()

    assert data["headline"] == seed.headline
    assert data["dateline"] == seed.dateline
    assert [s["path"] for s in data["section_path"]] == ["world", "world/europe"]
    assert data["canonical_url"].endswith(seed.get_absolute_url())
    assert [b["position"] for b in data["body"]] == sorted(b["position"] for b in data["body"])
    kinds = {b["kind"] for b in data["body"]}
    assert {"paragraph", "subhead", "related"} <= kinds
    paragraph = next(b for b in data["body"] if b["kind"] == "paragraph")
    assert set(paragraph) == {"kind", "position", "text"}
    assert {t["slug"] for t in data["tags"]} == set(seed.tags.slugs())

    saved_quotes = list(seed.quotes.order_by("position", "id"))
    assert [q["text"] for q in data["quotes"]] == [q.text for q in saved_quotes]
    body = {b["position"]: b for b in data["body"]}
    placed = [q for q in data["quotes"] if q["start"] is not None]
    assert placed
    for quote in placed:
        text = body[quote["paragraph"]]["text"]
        assert text[quote["start"]:quote["end"]] == quote["text"]
    assert any(q["speaker_id"] is not None and q["speaker"]["id"] == q["speaker_id"] for q in data["quotes"])

    saved_mentions = list(seed.mentions.select_related("person").order_by("position", "id"))
    assert [(m["person"]["slug"], m["role"]) for m in data["mentions"]] == [(m.person.slug, m.role) for m in saved_mentions]

    lead = data["photos"][0]
    assert lead["id"] == seed.lead_image_id
    assert lead["alt_text"] and lead["credit"] == seed.lead_image.credit
    assert lead["renditions"] and all(r["url"].startswith("http") for r in lead["renditions"])


def test_story_detail_shows_notes_bylines_and_kind_fields(client):
    writer = make_person(name="Ana Writer")
    photo = make_image(photographer=make_person(name="Pat Shooter"))
    story = make_article(dek="Short summary.", label="Analysis", lead_image=photo)
    Byline.objects.create(article=story, person=writer)
    Block.objects.create(article=story, kind="image", image=photo, position=1, caption="Own caption")
    Note.objects.create(article=story, kind="correction", text="An earlier version misspelt a name.")

    data = client.get(story_url(story)).json()

    assert [p["name"] for p in data["byline"]] == ["Ana Writer"]
    assert data["label"] == "Analysis" and data["dek"] == "Short summary."
    assert data["notes"][0]["kind"] == "correction"
    image_block = data["body"][0]
    assert set(image_block) == {"kind", "position", "photo", "caption"}
    assert image_block["caption"] == "Own caption"
    assert image_block["photo"]["photographer"]["name"] == "Pat Shooter"
    assert [p["id"] for p in data["photos"]] == [photo.pk]  # the lead, shown again in the body: once


@pytest.mark.parametrize("state", ["draft", "scheduled", "embargoed", "unpublished"])
def test_a_story_readers_cannot_see_is_a_404(client, state):
    now = timezone.now()
    values = {
        "draft": {"status": Article.Status.DRAFT, "published_at": None},
        "scheduled": {"published_at": now + timedelta(hours=3)},
        "embargoed": {"embargo_until": now + timedelta(hours=3)},
        "unpublished": {"status": Article.Status.UNPUBLISHED},
    }[state]
    hidden = make_article(headline="Secret headline", **values)

    for url in (story_url(hidden), f"{story_url(hidden)}ninjs/", f"{story_url(hidden)}?format=ninjs"):
        response = client.get(url)
        assert response.status_code == 404
        assert response["Content-Type"] == "application/json"
        assert "Secret" not in response.content.decode()
    assert hidden.pk not in ids(client.get("/api/v1/stories/"))


def test_related_items_never_tell_of_a_story_readers_cannot_see(client):
    draft = make_article(headline="Draft headline", status=Article.Status.DRAFT, published_at=None)
    public = make_article(headline="Public neighbour")
    story = make_article()
    Block.objects.create(article=story, kind="related", link_article=draft, position=1)
    Block.objects.create(article=story, kind="related", link_article=public, position=2)

    response = client.get(story_url(story))
    data = response.json()

    assert "Draft headline" not in response.content.decode()
    assert [r["story"] for r in data["related"]] == [public.pk]
    assert data["body"][0] == {"kind": "related", "position": 1, "title": "", "story": None, "url": ""}


def test_people_only_in_a_draft_stay_unknown(client):
    known, secret = make_person(name="Known Speaker"), make_person(name="Secret Source")
    public = make_article()
    Quote.objects.create(article=public, text="On the record.", speaker=known)
    draft = make_article(status=Article.Status.DRAFT, published_at=None)
    Quote.objects.create(article=draft, text="Off the record.", speaker=secret)
    Quote.objects.create(article=draft, text="Draft words of a known person.", speaker=known)

    listed = {p["slug"] for p in client.get("/api/v1/people/").json()["results"]}
    assert known.slug in listed and secret.slug not in listed
    assert client.get(f"/api/v1/people/{secret.pk}/").status_code == 404
    person = client.get(f"/api/v1/people/{known.pk}/").json()
    assert [q["text"] for q in person["quotes"]] == ["On the record."]


def test_photos_only_of_public_stories(client):
    shown, hidden = make_image(caption="Shown photo"), make_image(caption="Hidden photo")
    make_article(lead_image=shown)
    make_article(lead_image=hidden, status=Article.Status.DRAFT, published_at=None)

    assert ids(client.get("/api/v1/photos/")) == [shown.pk]
    assert client.get(f"/api/v1/photos/{hidden.pk}/").status_code == 404
    photo = client.get(f"/api/v1/photos/{shown.pk}/").json()
    assert photo["caption"] == "Shown photo" and photo["credit"] == shown.credit
    assert {r["mime_type"] for r in photo["renditions"]} == {"image/webp", "image/jpeg"}


def test_lists_filter_by_section_with_subsections(client):
    world = make_section(name="World", slug="world")
    europe = make_section(name="Europe", slug="europe", parent=world)
    sport = make_section(name="Sport", slug="sport")
    in_world, in_europe, in_sport = (make_article(section=s) for s in (world, europe, sport))

    assert set(ids(client.get("/api/v1/stories/?section=world"))) == {in_world.pk, in_europe.pk}
    assert ids(client.get("/api/v1/stories/?section=world/europe")) == [in_europe.pk]
    assert ids(client.get("/api/v1/stories/?section=nowhere")) == []
    assert in_sport.pk in ids(client.get("/api/v1/stories/"))


def test_lists_filter_by_person_quoted_mentioned_or_in_the_byline(client):
    person = make_person(name="Filter Person")
    quoted, mentioned, bylined, other = (make_article() for _ in range(4))
    Quote.objects.create(article=quoted, text="Words.", speaker=person)
    Mention.objects.create(article=mentioned, person=person, role="Mayor")
    Byline.objects.create(article=bylined, person=person)

    found = ids(client.get(f"/api/v1/stories/?person={person.slug}"))
    assert sorted(found) == sorted([quoted.pk, mentioned.pk, bylined.pk])
    assert other.pk not in found


def test_lists_filter_by_tag_times_and_search(client):
    now = timezone.now()
    old = make_article(headline="Harbour closes", published_at=now - timedelta(days=10))
    new = make_article(headline="Bridge opens", published_at=now - timedelta(hours=1))
    updated = make_article(headline="Tunnel delayed", published_at=now - timedelta(days=9), updated_at=now - timedelta(hours=2))
    new.tags.add("transport")

    assert ids(client.get("/api/v1/stories/?tag=transport")) == [new.pk]
    since = (now - timedelta(days=1)).isoformat()
    assert ids(client.get("/api/v1/stories/", {"published_since": since})) == [new.pk]
    assert sorted(ids(client.get("/api/v1/stories/", {"updated_since": since}))) == sorted([new.pk, updated.pk])
    assert ids(client.get("/api/v1/stories/?q=harbour")) == [old.pk]
    assert client.get("/api/v1/stories/?published_since=not-a-date").status_code == 400


def test_cursor_pages_do_not_shift_when_a_story_is_published(client):
    section = make_section()
    stories = [make_article(section=section) for _ in range(5)]
    first = client.get("/api/v1/stories/?page_size=2").json()
    make_article(section=section, published_at=timezone.now())  # newer than every page
    second = client.get(first["next"]).json()
    third = client.get(second["next"]).json()

    newest_first = [s.pk for s in sorted(stories, key=lambda s: s.published_at, reverse=True)]
    seen = [r["id"] for page in (first, second, third) for r in page["results"]]
    assert seen == newest_first
    assert third["next"] is None


def test_unknown_format_and_list_ninjs_are_json_404s(client):
    make_article()
    for url in ("/api/v1/stories/?format=xml", "/api/v1/stories/?format=ninjs", "/api/v1/no-such-thing/"):
        response = client.get(url)
        assert response.status_code == 404
        assert "detail" in response.json()


def test_every_field_a_block_kind_declares_has_a_name_in_the_api():
    from articles.api.serializers import BLOCK_FIELD_VALUES, BlockSerializer
    from articles.blocks import BLOCK_KINDS

    declared = {name for kind in BLOCK_KINDS.values() for name in kind.fields}
    assert declared <= set(BLOCK_FIELD_VALUES)
    api_names = {name for value in BLOCK_FIELD_VALUES.values() for name in value(Block(kind="paragraph"))}
    assert api_names <= set(BlockSerializer().fields)
