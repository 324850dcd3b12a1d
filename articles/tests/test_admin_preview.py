"""Preview from the story form: the reader's page for what the form holds, and nothing saved.

The preview writes the story as a save would, renders the article template, and rolls it all
back: these tests compare every row of every table before and after, on whichever database the
suite runs (SQLite by default, PostgreSQL with DATABASE_URL), and check that nothing a commit sets
off (page-cache generation, notifications and their mail, background tasks) happens.
"""

import json

import pytest
from django.apps import apps
from django.core import mail
from django.urls import reverse

from articles.body_document import document_for
from articles.models import Article, Block, Notification, Quote
from newsroom.pagecache.generation import read_generation, start_new_generation

from .admin_forms import change_url, read_form
from .factories import make_article, make_person, make_section, make_staff_user

ADD_URL = reverse("admin:articles_article_add")
NEW_PARAGRAPH = "Ferries will run every twenty minutes until the bridge reopens."
QUOTED = "We owe the city a safer crossing"


def preview_url(article=None):
    if article is None:
        return reverse("admin:articles_article_preview_new")
    return reverse("admin:articles_article_preview", args=[article.pk])


def problems_on(html):
    """The errors a preview lists, for an assertion's message."""
    start = html.find('<ul class="errorlist nonfield">')
    return html[start:html.find("</ul>", start)] if start != -1 else ""


def every_row():
    """Every row of every table the project's models reach, in a comparable form."""
    rows = {}
    for model in apps.get_models(include_auto_created=True):
        rows[model._meta.label] = sorted(map(repr, model._base_manager.values_list()))
    return rows


@pytest.fixture
def story(db, contributor):
    article = make_article(
        headline="Harbor bridge closes", status="draft", published_at=None, created_by=contributor,
    )
    Block.objects.create(article=article, kind="paragraph", position=1, text="The bridge closed on Monday.")
    Block.objects.create(article=article, kind="subhead", position=2, text="What changed")
    return article


def form_with_document(client, article=None, *, headline=None, paragraphs=(), quote_speaker=None):
    """The story form as the editor's script posts it: its body as one document, with paragraphs and a quote added."""
    data = read_form(client.get(change_url(article) if article else ADD_URL).content.decode())
    data.pop("_save")
    data = {key: value for key, value in data.items() if not key.startswith(("blocks-", "quotes-"))}
    document = document_for(article) if article else {"type": "doc", "content": []}
    for text in paragraphs:
        document["content"].append({"type": "paragraph", "content": [{"type": "text", "text": text}]})
    if quote_speaker:
        document["content"].append({"type": "paragraph", "content": [
            {"type": "text", "text": "“"},
            {"type": "text", "text": QUOTED, "marks": [{"type": "quote", "attrs": {
                "quoteId": None, "speakerId": None, "speakerName": quote_speaker, "speakerRole": "Harbor master",
            }}]},
            {"type": "text", "text": ",” she said."},
        ]})
    data["body_document"] = json.dumps(document)
    if headline is not None:
        data["headline"] = headline
    return data


def test_a_change_is_previewed_as_readers_will_see_it_and_nothing_is_kept(
    client, contributor, story, django_capture_on_commit_callbacks,
):
    make_staff_user("desk", role="Editor")
    client.force_login(contributor)
    data = form_with_document(
        client, story, headline="Harbor bridge closes for repairs", paragraphs=[NEW_PARAGRAPH],
        quote_speaker="Ines Okoro",
    )
    data["status"] = "review"  # a change of status sets off notifications on a save
    before = every_row()

    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(preview_url(story), {**data, "_preview": "Preview"})

    html = response.content.decode()
    assert response.status_code == 200, problems_on(html)
    assert not problems_on(html), problems_on(html)
    # The readers' article page, with the form's unsaved headline, body, quote and speaker.
    assert '<article class="story wrap">' in html and "Preview of the story form as it stands" in html
    assert "Harbor bridge closes for repairs" in html and NEW_PARAGRAPH in html
    assert html.index("The bridge closed on Monday.") < html.index("What changed") < html.index(NEW_PARAGRAPH)
    assert QUOTED in html and "Ines Okoro" in html
    # Never cached, never indexed, framed by the admin only.
    assert "no-cache" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow" and '<meta name="robots" content="noindex, nofollow">' in html
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]
    # Nothing persisted: no row anywhere (story, blocks, quote, new person, mention, version, log entry,
    # notification), and nothing left to run on commit (tested with real commits below too).
    assert every_row() == before
    assert callbacks == []
    story.refresh_from_db()
    assert story.headline == "Harbor bridge closes" and story.status == "draft"


def test_the_same_post_saved_does_change_the_rows(client, contributor, story, django_capture_on_commit_callbacks):
    """The control for the test above: saving the same form writes what the preview did not."""
    client.force_login(contributor)
    make_staff_user("desk", role="Editor")  # told of a story submitted for review, by mail sent on commit
    data = form_with_document(client, story, paragraphs=[NEW_PARAGRAPH], quote_speaker="Ines Okoro")
    data["status"] = "review"
    before = every_row()
    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(change_url(story), {**data, "_continue": "Save"})
    assert response.status_code == 302
    assert every_row() != before and callbacks != []
    assert Quote.objects.get(article=story).speaker.name == "Ines Okoro"


def test_a_new_story_is_previewed_with_its_writer_as_byline_and_nothing_is_kept(editor_client, editor):
    make_person(name="Dana Reyes", user=editor)
    section = make_section(name="City", slug="city")
    data = form_with_document(editor_client, headline="Ferry fares fall", paragraphs=[NEW_PARAGRAPH])
    data["section"], data["slug"] = str(section.pk), "ferry-fares-fall"  # the slug as the admin's script fills it
    before = every_row()

    response = editor_client.post(preview_url(), {**data, "_preview": "Preview"})

    html = response.content.decode()
    assert not problems_on(html), problems_on(html)
    assert "Ferry fares fall" in html and NEW_PARAGRAPH in html and "Dana Reyes" in html
    assert "Status: Draft. No publish time yet: shown as if published now." in html
    assert every_row() == before
    assert not Article.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_nothing_a_commit_sets_off_happens_after_a_preview(client, settings):
    """With real commits (no test transaction around it): no notification, mail, task or new cache generation."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    writer = make_staff_user("writer", role="Contributor")
    make_staff_user("desk", role="Editor")
    story = make_article(headline="Tide tables", status="draft", published_at=None, created_by=writer)
    client.force_login(writer)
    data = form_with_document(client, story, paragraphs=[NEW_PARAGRAPH], quote_speaker="Ines Okoro")
    data["status"] = "review"
    start_new_generation()
    before, generation = every_row(), read_generation()

    response = client.post(preview_url(story), {**data, "_preview": "Preview"})
    again = client.post(preview_url(story), {**data, "_preview": "Preview"})
    # The article page's statements, prepared on PostgreSQL inside the rolled-back transaction, still run.
    saved_preview = client.get(reverse("articles:preview", args=[story.pk]))

    assert NEW_PARAGRAPH in response.content.decode(), problems_on(response.content.decode())
    assert NEW_PARAGRAPH in again.content.decode() and saved_preview.status_code == 200
    assert NEW_PARAGRAPH not in saved_preview.content.decode()
    assert every_row() == before
    assert read_generation() == generation
    assert mail.outbox == [] and not Notification.objects.exists()
    from django_tasks import default_task_backend

    assert default_task_backend.results == []
    # The control: the same form saved commits, and all of it follows.
    client.post(change_url(story), {**data, "_continue": "Save"})
    assert Notification.objects.exists() and read_generation() != generation
    assert default_task_backend.results != []


def test_a_contributor_previews_only_what_they_may_edit(client, contributor, story):
    other = make_article(headline="Someone else's draft", status="draft", published_at=None)
    published = make_article(headline="Out already", created_by=contributor)
    client.force_login(contributor)
    data = form_with_document(client, story)
    assert client.post(preview_url(other), data).status_code == 404  # not theirs: as if it did not exist
    assert client.post(preview_url(published), data).status_code == 403  # theirs, but published
    client.force_login(make_staff_user("no-role"))
    assert client.post(preview_url(story), data).status_code == 403
    assert client.post(preview_url(), data).status_code == 403


def test_a_contributor_cannot_preview_a_status_they_may_not_set(client, contributor, story):
    client.force_login(contributor)
    data = form_with_document(client, story)
    data["status"] = "published"
    response = client.post(preview_url(story), data)
    html = response.content.decode()
    assert response.status_code == 200 and "cannot be previewed yet" in html
    assert "<strong>Status:</strong> Select a valid choice." in html


def test_invalid_input_gets_the_form_errors_never_a_server_error(editor_client, story):
    data = form_with_document(editor_client, story)
    cases = {
        "no headline": ({"headline": ""}, "<strong>Headline:</strong> This field is required."),
        "a document that is not one": ({"body_document": "{not json"}, "<strong>Body document:</strong> The body could not be read"),
        "a block of another story": ({"body_document": json.dumps({"type": "doc", "content": [
            {"type": "paragraph", "attrs": {"blockId": 999999}, "content": [{"type": "text", "text": "Hi"}]},
        ]})}, "Body:"),
        "a section that does not exist": ({"section": "999999"}, "<strong>Section:</strong> Select a valid choice."),
        "an opened version that is not the latest": (
            {"loaded_version": str(story.version - 1)}, "saved this story at",
        ),
    }
    for name, (changes, expected) in cases.items():
        response = editor_client.post(preview_url(story), {**data, **changes})
        html = response.content.decode()
        assert response.status_code == 200, name
        assert "cannot be previewed yet" in html and expected in html, (name, problems_on(html))
        assert "no-cache" in response["Cache-Control"], name
    story.refresh_from_db()
    assert story.blocks.count() == 2


def test_opening_the_preview_address_leads_back_to_the_form(editor_client, story):
    assert editor_client.get(preview_url(story)).url == change_url(story)
    assert editor_client.get(preview_url()).url == ADD_URL


def test_the_form_offers_preview_into_a_new_tab_without_scripts(editor_client, story):
    html = editor_client.get(change_url(story)).content.decode()
    assert (
        f'name="_preview" class="story-preview-button" formaction="{preview_url(story)}" formtarget="_blank"'
        in html
    )
    assert f'formaction="{preview_url()}"' in editor_client.get(ADD_URL).content.decode()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_without_scripts_preview_opens_a_new_tab_and_saves_nothing(live_server, editor):
    """The card form, as a browser without JavaScript has it: Preview is a plain button with a target."""
    from .browser import WATCH_CSP_SCRIPT, launch_chromium, playwright_or_skip, signed_in_session_key
    from .browser import ARTIFACTS

    playwright_api = playwright_or_skip()
    story = make_article(headline="Harbor bridge closes", status="draft", published_at=None)
    Block.objects.create(article=story, kind="paragraph", position=1, text="The bridge closed on Monday.")
    session_key = signed_in_session_key(editor)
    before = every_row()
    with playwright_api.sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
        context.add_cookies([{"name": "sessionid", "value": session_key, "url": live_server.url}])
        page = context.new_page()
        page.add_init_script(WATCH_CSP_SCRIPT)
        page.goto(live_server.url + change_url(story))
        page.fill("#id_headline", "Harbor bridge closes for a month")
        page.fill("textarea[name='blocks-0-text']", "The bridge closed on Monday for a month of repairs.")
        with context.expect_page() as opened:
            page.click(".submit-row input[name='_preview']")
        tab = opened.value
        tab.wait_for_load_state()
        title, body = tab.locator("article.story h1").inner_text(), tab.locator(".story-body").inner_text()
        tab.screenshot(path=str(ARTIFACTS / "story-preview-new-tab-no-scripts-1280.png"))
        form_still_there = page.input_value("#id_headline")
        browser.close()
    assert title == "Harbor bridge closes for a month"
    assert "for a month of repairs" in body
    assert form_still_there == "Harbor bridge closes for a month"
    # Opening the form records who is editing (articles/presence.py); the preview wrote nothing else.
    after = every_row()
    assert after.pop("articles.EditingPresence") and not before.pop("articles.EditingPresence")
    assert after == before
