"""Who is editing: the heartbeat, the names others see, and a closed tab's editor gone within a minute."""

import time
from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.urls import reverse
from django.utils import timezone

from articles import presence
from articles.models import EditingPresence

from .browser import ARTIFACTS, WATCH_CSP_SCRIPT, launch_chromium, playwright_or_skip, signed_in_session_key
from .factories import make_article, make_staff_user


@pytest.mark.django_db
def test_others_are_named_since_they_opened_and_drop_out_after_the_timeout(settings, desk_editor, contributor):
    settings.NEWSROOM_PRESENCE_TIMEOUT_SECONDS = 30
    story = make_article(status="draft", published_at=None, created_by=contributor)
    opened = timezone.now()
    presence.record_presence(story, contributor, now=opened)
    presence.record_presence(story, contributor, now=opened + timedelta(seconds=20))
    later = opened + timedelta(seconds=25)
    assert named(presence.others_editing(story, desk_editor, now=later)) == [("contributor", opened)]
    assert presence.others_editing(story, contributor, now=later) == []
    assert presence.others_editing(story, desk_editor, now=opened + timedelta(seconds=51)) == []
    # Back after a silence: editing since their return, not since the first time.
    back = opened + timedelta(minutes=5)
    presence.record_presence(story, contributor, now=back)
    assert named(presence.others_editing(story, desk_editor, now=back)) == [("contributor", back)]


def named(others):
    return [(other.name, other.since) for other in others]


@pytest.mark.django_db
def test_opening_the_form_and_the_heartbeat_name_the_other_editor(client, desk_editor, contributor):
    story = make_article(status="draft", published_at=None, created_by=contributor)
    client.force_login(contributor)
    assert client.get(reverse("admin:articles_article_change", args=[story.pk])).status_code == 200
    client.force_login(desk_editor)
    response = client.post(reverse("desk:heartbeat", args=[story.pk]))
    data = response.json()
    assert data["others"][0].startswith("contributor is editing since ")
    assert data["interval"] == django_settings.NEWSROOM_PRESENCE_HEARTBEAT_SECONDS
    client.post(reverse("desk:leave", args=[story.pk]))
    assert list(EditingPresence.objects.values_list("user__username", flat=True)) == ["contributor"]


@pytest.mark.django_db
def test_the_heartbeat_checks_the_story_is_one_the_user_may_open(client, contributor):
    theirs = make_article(status="draft", published_at=None, created_by=make_staff_user("other", role="Contributor"))
    client.force_login(contributor)
    assert client.post(reverse("desk:heartbeat", args=[theirs.pk])).status_code == 404
    assert client.get(reverse("desk:heartbeat", args=[theirs.pk])).status_code == 405
    assert not EditingPresence.objects.exists()


@pytest.mark.django_db
def test_taking_over_tells_the_other_editor_who_still_cannot_overwrite_unseen(contributor, photo_editor):
    from django.contrib.admin.models import LogEntry
    from django.test import Client

    from .admin_forms import change_url, read_form

    story = make_article(headline="Council votes on budget", status="draft", published_at=None, created_by=contributor)
    editor = make_staff_user("jonas", role="Editor", first_name="Jonas", last_name="Berg")
    writer_tab, editor_tab = Client(), Client()
    writer_tab.force_login(contributor)
    editor_tab.force_login(editor)
    writer_form = read_form(writer_tab.get(change_url(story)).content.decode())
    editor_form = read_form(editor_tab.get(change_url(story)).content.decode())

    heard = editor_tab.post(reverse("desk:heartbeat", args=[story.pk])).json()
    assert heard["others"][0].startswith("contributor is editing since ")
    assert (heard["can_take_over"], heard["taken_over"]) == (True, None)
    taken = editor_tab.post(reverse("desk:take-over", args=[story.pk])).json()
    assert taken["others"][0].startswith("contributor still has the story open; you took it over at ")
    assert taken["can_take_over"] is False
    entry = LogEntry.objects.get(object_id=str(story.pk))
    assert (entry.user, entry.get_change_message()) == (editor, "Took over editing from contributor.")

    told = writer_tab.post(reverse("desk:heartbeat", args=[story.pk])).json()
    assert told["taken_over"].startswith("Jonas Berg took over this story at ")
    assert told["others"] == []  # the take-over's line names them
    assert told["can_take_over"] is True  # and may take it back

    # The stale-save check stays the last line of defence: the editor saves, the writer's older form is refused.
    editor_form["headline"] = "Council passes budget"
    assert editor_tab.post(change_url(story), editor_form).status_code == 302
    writer_form["headline"] = "Council delays budget"
    refused = writer_tab.post(change_url(story), writer_form)
    assert refused.status_code == 200 and "Your changes have not been saved" in refused.content.decode()
    story.refresh_from_db()
    assert story.headline == "Council passes budget"

    # Opening the story again ends the notice.
    writer_tab.get(change_url(story))
    assert writer_tab.post(reverse("desk:heartbeat", args=[story.pk])).json()["taken_over"] is None

    # Someone who may only read the story is told who is editing, and cannot take it over.
    reader = Client()
    reader.force_login(photo_editor)
    assert reader.post(reverse("desk:heartbeat", args=[story.pk])).json()["can_take_over"] is False
    assert reader.post(reverse("desk:take-over", args=[story.pk])).status_code == 403


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_two_editors_see_each_other_and_a_closed_tab_goes_away(live_server, settings):
    playwright_api = playwright_or_skip()
    settings.NEWSROOM_PRESENCE_HEARTBEAT_SECONDS = 1
    settings.NEWSROOM_PRESENCE_TIMEOUT_SECONDS = 4
    first = make_staff_user("jonas", role="Editor", first_name="Jonas", last_name="Berg")
    second = make_staff_user("amira", role="Editor", first_name="Amira", last_name="Haddad")
    story = make_article(headline="Tram line extension approved", status="review", published_at=None)
    url = live_server.url + reverse("admin:articles_article_change", args=[story.pk])
    sessions = {user: signed_in_session_key(user) for user in (first, second)}
    ARTIFACTS.mkdir(exist_ok=True)
    with playwright_api.sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            pages = {}
            for user in (first, second):
                context = browser.new_context(viewport={"width": 1300, "height": 800})
                context.add_cookies([{"name": "sessionid", "value": sessions[user], "url": live_server.url}])
                page = context.new_page()
                page.add_init_script(WATCH_CSP_SCRIPT)
                page.goto(url)
                pages[user] = page
            started = time.monotonic()
            pages[first].locator(".presence-banner", has_text="Amira Haddad is editing since").wait_for(timeout=10_000)
            pages[second].locator(".presence-banner", has_text="Jonas Berg is editing since").wait_for(timeout=10_000)
            print(f"\nBoth editors named within {time.monotonic() - started:.1f} s")
            pages[first].screenshot(path=str(ARTIFACTS / "presence-banner.png"))
            # The first takes over: the second is told on their next heartbeat.
            pages[first].get_by_role("button", name="Take over").click()
            pages[first].locator(".presence-banner", has_text="you took it over at").wait_for(timeout=10_000)
            assert pages[first].get_by_role("button", name="Take over").is_hidden()
            started = time.monotonic()
            pages[second].locator(".presence-banner.is-taken-over", has_text="Jonas Berg took over this story at").wait_for(
                timeout=10_000,
            )
            print(f"The other editor told of the take-over within {time.monotonic() - started:.1f} s")
            pages[second].screenshot(path=str(ARTIFACTS / "presence-taken-over.png"))
            # The second editor closes the tab (unloading sends goodbye); then they are dropped.
            pages[second].context.close()
            started = time.monotonic()
            pages[first].locator(".presence-banner").wait_for(state="hidden", timeout=60_000)
            print(f"Banner gone {time.monotonic() - started:.1f} s after the tab closed")
            assert pages[first].evaluate("window.__violations") == []
        finally:
            browser.close()
