"""The body editor's JSON views: stories and photos to insert, addresses read, photos uploaded with their credit."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage

from articles.admin.editor_api import editor_settings
from articles.models import Image
from people.models import Organization, Person

from .factories import make_article, make_image, make_organization, make_person

pytestmark = pytest.mark.django_db

STORIES = reverse("admin:articles_article_editor_stories")
LINK = reverse("admin:articles_article_editor_link")
PHOTOS = reverse("admin:articles_article_editor_photos")


def png_upload(name="harbor.png", size=(120, 80)):
    """A real PNG made by Pillow, with a text chunk the upload must drop."""
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Comment", "taken at 51.5N 0.1W")
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (20, 90, 160)).save(buffer, format="PNG", pnginfo=info)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def headlines(response):
    assert response.status_code == 200
    return [story["headline"] for story in response.json()["results"]]


def test_stories_are_found_by_the_words_of_their_headline(editor_client):
    bridge = make_article(headline="Harbor bridge reopens after repairs")
    make_article(headline="Council passes the budget")
    draft = make_article(headline="Harbor ferry draft", status="draft", published_at=None)
    assert headlines(editor_client.get(STORIES, {"q": "bridge harbor"})) == [bridge.headline]
    found = editor_client.get(STORIES, {"q": "harbor"}).json()["results"]
    by_id = {story["id"]: story for story in found}
    assert by_id[bridge.pk]["public"] is True and by_id[bridge.pk]["url"] == bridge.get_absolute_url()
    assert by_id[draft.pk]["public"] is False and by_id[draft.pk]["url"] == ""
    assert headlines(editor_client.get(STORIES, {"q": "harbor", "exclude": bridge.pk})) == [draft.headline]


def test_a_contributor_finds_their_own_stories_and_public_ones_only(client, contributor):
    mine = make_article(headline="Harbor notes", status="draft", published_at=None, created_by=contributor)
    public = make_article(headline="Harbor bridge reopens")
    make_article(headline="Harbor secret draft", status="draft", published_at=None)
    client.force_login(contributor)
    assert sorted(headlines(client.get(STORIES, {"q": "harbor"}))) == sorted([mine.headline, public.headline])


def test_searches_take_the_same_queries_whatever_they_find(editor_client, django_assert_num_queries):
    make_article(headline="Harbor one")
    make_image(caption="Harbor at dusk")
    editor_client.get(STORIES, {"q": "harbor"})  # the session and permissions are read once
    with django_assert_num_queries(3) as few:
        editor_client.get(STORIES, {"q": "harbor"})
    for n in range(8):
        make_article(headline=f"Harbor story {n}")
        make_image(caption=f"Harbor photo {n}", photographer=make_person(), agency=make_organization())
    with django_assert_num_queries(len(few)):
        assert len(headlines(editor_client.get(STORIES, {"q": "harbor"}))) == 9
    with django_assert_num_queries(len(few)):
        assert len(editor_client.get(PHOTOS, {"q": "harbor"}).json()["results"]) == 9


def test_only_staff_who_write_stories_may_ask(client, photo_editor, django_user_model):
    assert client.get(STORIES).status_code == 302  # to the admin's sign-in
    client.force_login(photo_editor)  # reads stories, writes none
    assert client.get(STORIES).status_code == 403
    assert client.post(PHOTOS, {"alt_text": "x", "file": png_upload()}).status_code == 403


def link(client, url, **params):
    return client.get(LINK, {"url": url, **params})


def test_an_address_of_one_of_our_stories_is_that_story(editor_client):
    story = make_article(headline="Harbor bridge reopens")
    draft = make_article(headline="Ferry plans", status="draft", published_at=None)
    for url in (f"http://testserver{story.get_absolute_url()}", story.get_absolute_url(),
                f"http://127.0.0.1:8000{story.get_absolute_url()}"):
        assert link(editor_client, url).json()["story"]["id"] == story.pk
    preview = f"http://testserver{reverse('articles:preview', args=[draft.pk])}"
    assert link(editor_client, preview).json()["story"]["id"] == draft.pk
    admin_form = f"http://testserver{reverse('admin:articles_article_change', args=[draft.pk])}"
    assert link(editor_client, admin_form).json()["story"]["id"] == draft.pk
    own = link(editor_client, story.get_absolute_url(), exclude=story.pk)
    assert own.status_code == 400 and "cannot be related to itself" in own.json()["error"]


def test_an_outside_address_is_kept_as_a_web_address(editor_client):
    assert link(editor_client, "https://example.org/news/bridges?x=1").json() == {
        "url": "https://example.org/news/bridges?x=1",
    }
    assert link(editor_client, "example.org/bridges").json() == {"url": "https://example.org/bridges"}
    section = link(editor_client, "http://127.0.0.1:8000/world/")  # ours (NEWSROOM_SITE_URL), but not a story
    assert section.json() == {"url": "http://127.0.0.1:8000/world/"}
    assert link(editor_client, "/world/").json() == {"url": "http://127.0.0.1:8000/world/"}
    for bad in ("javascript:alert(1)", "https://", "ftp://example.org/file", ""):
        response = link(editor_client, bad)
        assert response.status_code == 400 and response.json()["error"], bad


def test_a_contributor_cannot_reach_someone_else_s_draft_by_its_address(client, contributor):
    draft = make_article(headline="Secret draft", status="draft", published_at=None)
    client.force_login(contributor)
    response = link(client, f"http://testserver{reverse('articles:preview', args=[draft.pk])}")
    assert response.status_code == 400 and "No story you may link to" in response.json()["error"]
    assert "Secret draft" not in response.content.decode()


def test_photos_are_found_by_caption_and_credit(editor_client):
    agency = make_organization(name="Harbor Press")
    by_credit = make_image(caption="Cranes at work", agency=agency, credit_line="")
    by_caption = make_image(caption="The harbor at dawn")
    make_image(caption="A council meeting")
    found = editor_client.get(PHOTOS, {"q": "harbor"}).json()["results"]
    assert {photo["id"] for photo in found} == {by_credit.pk, by_caption.pk}
    photo = next(photo for photo in found if photo["id"] == by_credit.pk)
    assert photo["agency"] == {"id": agency.pk, "name": "Harbor Press"} and photo["credit"] == "Harbor Press"
    assert photo["preview"] == by_credit.file.url and photo["size"] == "64 × 48"


def upload(client, **fields):
    data = {"caption": "The reopened bridge.", "alt_text": "Cars cross a steel bridge.", "file": png_upload()}
    data.update(fields)
    return client.post(PHOTOS, {key: value for key, value in data.items() if value is not None})


def test_a_photo_uploaded_with_its_caption_alt_text_and_credit(editor_client):
    response = upload(editor_client, photographer_name="Ines  Moreau", agency_name="Coastal Press")
    assert response.status_code == 201, response.json()
    photo = response.json()["photo"]
    image = Image.objects.get(pk=photo["id"])
    assert (image.caption, image.alt_text, image.width, image.height) == (
        "The reopened bridge.", "Cars cross a steel bridge.", 120, 80)
    assert (image.photographer.name, image.agency.name, image.credit) == (
        "Ines Moreau", "Coastal Press", "Ines Moreau, Coastal Press")
    assert image.file.name.endswith(".png")
    with PILImage.open(image.file.path) as stored:
        assert "Comment" not in stored.info  # the upload checks cleaned it, as on the photo form
    assert photo["credit"] == "Ines Moreau, Coastal Press" and photo["preview"] == image.file.url
    # The same names again are the same people and agency, never duplicates.
    again = upload(editor_client, photographer_name="ines moreau", agency_name="coastal press").json()["photo"]
    assert again["photographer"]["id"] == image.photographer_id and again["agency"]["id"] == image.agency_id
    assert Person.objects.filter(name__iexact="Ines Moreau").count() == 1
    assert Organization.objects.filter(name__iexact="Coastal Press").count() == 1


def test_a_photo_s_history_and_log_record_the_upload(editor_client, editor):
    from django.contrib.admin.models import LogEntry
    from reversion.models import Version

    image = Image.objects.get(pk=upload(editor_client).json()["photo"]["id"])
    assert Version.objects.get_for_object(image).get().revision.user == editor
    assert LogEntry.objects.get(object_id=str(image.pk)).user == editor


@pytest.mark.parametrize("fields, message", [
    ({"file": SimpleUploadedFile("photo.png", b"<html><script>alert(1)</script>", content_type="image/png")},
     "Upload a valid image"),
    ({"file": None}, "Choose the photo's file"),
    ({"alt_text": ""}, "Describe the photo"),
    ({"alt_text": "x" * 301}, "at most 300 characters"),
])
def test_a_bad_upload_is_refused_with_a_clear_error(editor_client, fields, message):
    response = upload(editor_client, **fields)
    assert response.status_code == 400
    assert message in response.json()["error"], response.json()
    assert not Image.objects.exists()


def test_too_many_pixels_are_refused_before_decoding(editor_client, settings):
    settings.NEWSROOM_MAX_IMAGE_PIXELS = 5_000
    response = upload(editor_client)
    assert response.status_code == 400 and "too many pixels" in response.json()["error"]


def test_only_those_who_may_add_photos_upload(client, contributor):
    client.force_login(contributor)
    response = upload(client)
    assert response.status_code == 403 and "choose one from the library" in response.json()["error"]
    assert not Image.objects.exists()
    assert editor_settings(contributor)["mayUpload"] is False


def test_a_credit_naming_someone_new_needs_the_right_to_add_people(client, desk_editor):
    from django.contrib.auth.models import Permission

    desk_editor.user_permissions.remove(*Permission.objects.filter(codename="add_organization"))
    for group in desk_editor.groups.all():
        group.permissions.remove(*Permission.objects.filter(codename="add_organization"))
    client.force_login(desk_editor)
    response = upload(client, agency_name="Unknown Wire")
    assert response.status_code == 400
    assert "Unknown Wire is not in the CMS, and you may not add organisations" in response.json()["error"]
    known = make_organization(name="Known Wire")
    response = upload(client, agency_name="known wire")
    assert response.status_code == 201 and response.json()["photo"]["agency"]["id"] == known.pk


def test_a_chosen_photographer_must_be_one_the_user_may_see(editor_client):
    response = upload(editor_client, photographer="999999")
    assert response.status_code == 400 and "photographer" in response.json()["errors"]


def test_an_existing_photo_s_alt_text_and_credit_are_changed_by_whoever_may_change_photos(editor_client, client,
                                                                                             contributor):
    image = make_image(caption="Library photo", alt_text="")
    photographer = make_person(name="Ana Sousa")
    url = reverse("admin:articles_article_editor_photo", args=[image.pk])
    response = editor_client.post(url, {"alt_text": "A ferry in fog.", "photographer": photographer.pk})
    assert response.status_code == 200, response.json()
    image.refresh_from_db()
    assert (image.alt_text, image.photographer, image.caption) == ("A ferry in fog.", photographer, "Library photo")
    assert editor_client.post(url, {"alt_text": ""}).json()["error"].startswith("Describe the photo")
    client.force_login(contributor)
    assert client.post(url, {"alt_text": "Changed"}).status_code == 403
    image.refresh_from_db()
    assert image.alt_text == "A ferry in fog."


def test_the_change_form_tells_the_editor_where_to_ask(editor_client):
    import json

    from .admin_forms import read_form

    story = make_article(headline="Harbor", status="draft", published_at=None)
    html = editor_client.get(reverse("admin:articles_article_change", args=[story.pk])).content.decode()
    settings = json.loads(read_form_attribute(html, "data-editor"))
    assert settings["photos"] == PHOTOS and settings["stories"] == STORIES and settings["mayUpload"] is True
    assert "<script>" not in html
    assert read_form(html)["body_document"] == ""


def read_form_attribute(html, name):
    from html import unescape

    start = html.index(f'{name}="') + len(name) + 2
    return unescape(html[start:html.index('"', start)])
