"""Bios and roles typed by Contributors and Photo editors are proposals until an Editor approves them."""

import pytest

from articles.tests.admin_forms import read_form
from articles.tests.factories import make_article, make_person
from articles.models import Mention
from people.models import Person

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/people/person/add/"


def change_url(person):
    return f"/admin/people/person/{person.pk}/change/"


def public_person(**fields):
    person = make_person(**fields)
    Mention.objects.create(article=make_article(), person=person)
    return person


def test_a_contributors_new_person_shows_no_bio_or_role_until_approved(client, contributor, desk_editor):
    client.force_login(contributor)
    data = read_form(client.get(ADD_URL).content.decode(), form_id="person_form")
    assert "bio" not in data and "title" not in data
    data.update({
        "name": "Dana Defendant", "slug": "dana-defendant",
        "proposed_title": "Convicted fraudster", "proposed_bio": "Ran a scam, a court found.",
        # A crafted post with the reviewed fields themselves is ignored.
        "title": "Typed straight in", "bio": "Typed straight in",
    })
    response = client.post(ADD_URL, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    person = Person.objects.get(slug="dana-defendant")
    assert person.title == "" and person.bio == ""
    assert person.proposed_by == contributor and person.proposed_at is not None
    Mention.objects.create(article=make_article(), person=person)
    html = client.get(person.get_absolute_url()).content.decode()
    assert "Convicted fraudster" not in html and "Ran a scam" not in html and "Typed straight in" not in html

    client.force_login(desk_editor)
    listing = client.get("/admin/people/person/", {"proposal": "waiting"}).content.decode()
    assert "Dana Defendant" in listing and "approve_proposals" in listing
    response = client.post("/admin/people/person/", {
        "action": "approve_proposals", "_selected_action": [str(person.pk)],
    })
    assert response.status_code == 302
    person.refresh_from_db()
    assert (person.title, person.bio, person.proposed_bio, person.proposed_by) == (
        "Convicted fraudster", "Ran a scam, a court found.", "", None,
    )
    html = client.get(person.get_absolute_url()).content.decode()
    assert "Convicted fraudster" in html and "Ran a scam, a court found." in html


def test_a_photo_editor_changes_a_bio_only_by_proposing(client, photo_editor):
    person = public_person(name="Pat Photographer", bio="Approved bio.")
    client.force_login(photo_editor)
    data = read_form(client.get(change_url(person)).content.decode(), form_id="person_form")
    data.update({"proposed_bio": "A proposed bio.", "bio": "Overwritten."})
    assert client.post(change_url(person), data).status_code == 302
    person.refresh_from_db()
    assert person.bio == "Approved bio." and person.proposed_bio == "A proposed bio."
    assert "A proposed bio." not in client.get(person.get_absolute_url()).content.decode()
    # The approval action is not theirs, offered or posted.
    assert "approve_proposals" not in client.get("/admin/people/person/").content.decode()
    client.post("/admin/people/person/", {"action": "approve_proposals", "_selected_action": [str(person.pk)]})
    person.refresh_from_db()
    assert person.bio == "Approved bio."


def test_an_editor_edits_the_bio_and_role_directly(client, desk_editor):
    person = public_person(name="Eddie Edited")
    client.force_login(desk_editor)
    data = read_form(client.get(change_url(person)).content.decode(), form_id="person_form")
    assert "proposed_bio" not in data
    data.update({"title": "Harbour Master", "bio": "Runs the harbour."})
    assert client.post(change_url(person), data).status_code == 302
    html = client.get(person.get_absolute_url()).content.decode()
    assert "Harbour Master" in html and "Runs the harbour." in html


def test_the_person_autocomplete_pages_people_in_name_order(client, desk_editor):
    for name in ("Zoe Adler", "Ana Berg", "Mia Cole"):
        make_person(name=name)
    client.force_login(desk_editor)
    response = client.get("/admin/autocomplete/", {
        "app_label": "articles", "model_name": "byline", "field_name": "person", "term": "",
    })
    assert response.status_code == 200, response.content.decode()[:500]
    names = [row["text"] for row in response.json()["results"]]
    assert names == sorted(names) and {"Zoe Adler", "Ana Berg", "Mia Cole"} <= set(names)
