"""The story form's buttons: Save draft, Preview, Publish (editors) or Submit for review (contributors).

Publish and Submit for review save the form with that status in one action, through the same
validation, stale-save check, history and log as any save (articles/publishing.py). The section
is a plain select starting at the writer's last section.
"""

import pytest
from django.contrib.admin.models import LogEntry
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from reversion.models import Version

from articles.models import Article, Block, Notification, Section

from .admin_forms import change_url, read_form
from .factories import make_article, make_section, make_staff_user

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:articles_article_add")
Status = Article.Status


def form_of(client, url, button):
    data = read_form(client.get(url).content.decode())
    data.pop("_save")
    data[button] = "pressed"
    return data


def submit_inputs(html):
    """The names of the form's submit inputs, in page order."""
    import re

    row = html[html.index('<div class="submit-row">'):]
    row = row[:row.index("</div>")]
    return re.findall(r'<input type="submit" value="[^"]*" name="(_\w+)"', row)


@pytest.fixture
def draft(contributor):
    story = make_article(headline="Ferry strike ends", status="draft", published_at=None, created_by=contributor)
    Block.objects.create(article=story, kind="paragraph", position=1, text="The ferries sail again.")
    return story


def test_an_editor_publishes_a_draft_in_one_action_and_stays_on_the_form(client, desk_editor, draft):
    client.force_login(desk_editor)
    versions = Version.objects.get_for_object(draft).count()
    data = form_of(client, change_url(draft), "_publish")
    data["headline"] = "Ferry strike ends after a week"

    response = client.post(change_url(draft), data, follow=True)

    draft.refresh_from_db()
    assert response.redirect_chain == [(change_url(draft), 302)]
    assert draft.status == Status.PUBLISHED and draft.is_public and draft.published_at is not None
    assert draft.headline == "Ferry strike ends after a week"
    html = response.content.decode()
    assert (
        f"“Ferry strike ends after a week” is published. <a href=\"{draft.get_absolute_url()}\">View it on the site</a>."
        in html
    )
    # One save: one version, whose line names the status, and the status change in the actions log.
    assert Version.objects.get_for_object(draft).count() == versions + 2  # the baseline, then this save
    assert "the status" in Version.objects.get_for_object(draft).first().revision.get_comment()
    assert "Published." in LogEntry.objects.filter(object_id=str(draft.pk)).values_list("change_message", flat=True)


def test_a_new_story_is_published_from_the_add_form(editor_client):
    section = make_section(name="City", slug="city")
    data = form_of(editor_client, ADD_URL, "_publish")
    data.update({"headline": "Market reopens", "slug": "market-reopens", "section": str(section.pk)})
    response = editor_client.post(ADD_URL, data)
    story = Article.objects.get(slug="market-reopens")
    assert response.status_code == 302 and response.url == change_url(story)
    assert story.status == Status.PUBLISHED and story.is_public


def test_a_future_publish_time_makes_publish_schedule(client, desk_editor, draft):
    client.force_login(desk_editor)
    data = form_of(client, change_url(draft), "_publish")
    data["published_at_0"], data["published_at_1"] = "2099-01-02", "09:30:00"
    response = client.post(change_url(draft), data, follow=True)
    draft.refresh_from_db()
    assert draft.is_scheduled
    assert "“Ferry strike ends” is scheduled for 2099-01-02 09:30" in response.content.decode()


def test_a_contributor_submits_for_review_and_the_desk_is_told(client, contributor, desk_editor, draft):
    client.force_login(contributor)
    response = client.post(change_url(draft), form_of(client, change_url(draft), "_submit"), follow=True)
    draft.refresh_from_db()
    assert draft.status == Status.IN_REVIEW and draft.submitted_at is not None
    assert "“Ferry strike ends” is submitted for review." in response.content.decode()
    assert Notification.objects.filter(recipient=desk_editor, article=draft).exists()


def test_a_contributor_cannot_publish_with_a_crafted_post(client, contributor, draft):
    client.force_login(contributor)
    data = form_of(client, change_url(draft), "_publish")
    data["headline"] = "Changed, but not saved"
    version = draft.version
    response = client.post(change_url(draft), data)
    assert response.status_code == 200
    assert "Only editors publish stories: submit this one for review instead." in response.content.decode()
    draft.refresh_from_db()
    assert (draft.status, draft.headline, draft.version) == (Status.DRAFT, "Ferry strike ends", version)


def test_publish_is_refused_on_a_stale_form_and_on_invalid_input(client, desk_editor, draft):
    client.force_login(desk_editor)
    stale = form_of(client, change_url(draft), "_publish")
    Article.objects.get(pk=draft.pk).save()  # someone else saves meanwhile
    response = client.post(change_url(draft), stale)
    assert response.status_code == 200 and "after you opened it" in response.content.decode()
    fresh = form_of(client, change_url(draft), "_publish")
    fresh["headline"] = ""
    response = client.post(change_url(draft), fresh)
    assert response.status_code == 200 and response.context["adminform"].form.errors["headline"]
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_each_role_and_state_gets_its_buttons_save_first(client, contributor, desk_editor, draft):
    client.force_login(desk_editor)
    assert submit_inputs(client.get(change_url(draft)).content.decode()) == ["_continue", "_preview", "_publish", "_save"]
    assert 'value="Save draft" name="_continue"' in client.get(ADD_URL).content.decode()
    published = make_article(headline="Out already")
    html = client.get(change_url(published)).content.decode()
    assert submit_inputs(html) == ["_continue", "_preview", "_save"] and 'value="Save" name="_continue"' in html
    client.force_login(contributor)
    html = client.get(change_url(draft)).content.decode()
    assert submit_inputs(html) == ["_continue", "_preview", "_submit", "_save"]
    assert 'value="Submit for review" name="_submit" class="default' in html
    Article.objects.filter(pk=draft.pk).update(status=Status.IN_REVIEW)
    assert submit_inputs(client.get(change_url(draft)).content.decode()) == ["_continue", "_preview", "_save"]


def test_the_section_is_a_plain_select_starting_at_the_writers_last_section(client, contributor):
    world = make_section(name="World", slug="world")
    europe = Section.objects.create(name="Europe", slug="europe", parent=world)
    Section.objects.create(name="Balkans", slug="balkans", parent=europe)
    client.force_login(contributor)
    form = client.get(ADD_URL).context["adminform"].form
    assert form["section"].value() is None  # a first story: the writer chooses
    html = str(form["section"])
    assert 'class="admin-autocomplete' not in html and ">World › Europe › Balkans</option>" in html
    make_article(section=europe, created_by=contributor, status="draft", published_at=None)
    assert client.get(ADD_URL).context["adminform"].form["section"].value() == europe.pk


def test_the_section_choices_cost_the_same_queries_however_many_sections(editor_client):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert editor_client.get(ADD_URL).status_code == 200
        return len(captured)

    world = make_section(name="World", slug="world")
    few = queries()
    for n in range(8):
        region = Section.objects.create(name=f"Region {n}", slug=f"region-{n}", parent=world)
        Section.objects.create(name=f"Country {n}", slug=f"country-{n}", parent=region)
    assert queries() == few


def test_the_date_and_the_time_inputs_have_names_of_their_own(editor_client, draft):
    html = editor_client.get(change_url(draft)).content.decode()
    assert 'aria-label="Publish time: date"' in html and 'aria-label="Publish time: time"' in html
    assert 'aria-label="Embargo until: date"' in html


def test_only_editors_see_the_publish_button_on_a_new_story(client):
    client.force_login(make_staff_user("writer", role="Contributor"))
    assert "_submit" in submit_inputs(client.get(ADD_URL).content.decode())
    assert "_publish" not in submit_inputs(client.get(ADD_URL).content.decode())
