"""The desk in Chromium: each role's desk, an editor sending a story back with a note, the writer reading it.

Saves a screenshot of the desk for each role into test-artifacts/ and prints the editor's actions.
"""


import pytest
from django.core import mail
from django.utils import timezone

from articles import publishing
from articles.front_pages import arranging
from articles.front_pages.arranging import Placement
from articles.models import Article, FrontPage, Quote, ReviewNote

from .browser import ARTIFACTS, WATCH_CSP_SCRIPT, launch_chromium, playwright_or_skip, signed_in_session_key
from .factories import make_article, make_image, make_person, make_section, make_staff_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

Status = Article.Status


def open_desk(browser, live_server, session_key):
    context = browser.new_context(viewport={"width": 1400, "height": 900}, device_scale_factor=1)
    context.add_cookies([{"name": "sessionid", "value": session_key, "url": live_server.url}])
    page = context.new_page()
    page.add_init_script(WATCH_CSP_SCRIPT)
    page.goto(live_server.url + "/admin/")
    return context, page


def wider_than_their_tray(page):
    """The trays whose table runs out of them (the admin's dashboard keeps cells on one line)."""
    return page.evaluate(
        "() => [...document.querySelectorAll('.desk-tray')].filter(t => t.scrollWidth > t.clientWidth + 1).map(t => t.id)"
    )


def test_each_role_runs_its_day_from_the_desk(live_server, settings):
    playwright_api = playwright_or_skip()
    settings.NEWSROOM_SITE_URL = live_server.url
    from articles.roles import CONTRIBUTOR, EDITOR, PHOTO_EDITOR

    writer = make_staff_user("amira", role=CONTRIBUTOR, first_name="Amira", last_name="Haddad")
    editor = make_staff_user("jonas", role=EDITOR, first_name="Jonas", last_name="Berg")
    photo_editor = make_staff_user("lena", role=PHOTO_EDITOR, first_name="Lena", last_name="Ortiz")
    section = make_section(name="City")
    now = timezone.now()
    filed = make_article(headline="Tram line extension approved", status=Status.DRAFT, published_at=None,
                         created_by=writer, section=section)
    publishing.submit_for_review(filed, user=writer)
    second = make_article(headline="School meals to be free from autumn", status=Status.DRAFT, published_at=None,
                          created_by=writer, section=section)
    publishing.submit_for_review(second, user=writer)
    harbour = make_article(headline="Notes on the harbour redevelopment", status=Status.DRAFT, published_at=None,
                           created_by=writer, section=section)
    speaker = make_person(name="Port Authority spokesperson")
    for position, confidence in enumerate((0.35, 0.5), start=1):
        Quote.objects.create(article=harbour, position=position, text=f"We will decide in spring ({position})",
                             speaker=speaker, confidence=confidence)
    hearing = make_article(headline="Budget hearing: what to watch", published_at=now + timezone.timedelta(hours=5),
                           created_by=writer, section=section)
    make_article(headline="Museum acquires disputed painting", published_at=now - timezone.timedelta(hours=1),
                 embargo_until=now + timezone.timedelta(hours=8), section=section)
    cleanup = make_article(headline="River cleanup draws 400 volunteers", created_by=writer, section=section)
    arranging.arrange(FrontPage.objects.of(None), [Placement(cleanup), Placement(hearing, now + timezone.timedelta(hours=12))],
                      user=editor)
    make_image(with_file=False, caption="Mayor at the tram depot")
    mail.outbox.clear()
    # Sessions made before the browser starts: Django refuses database calls while Playwright's loop runs.
    sessions = {user: signed_in_session_key(user) for user in (writer, editor, photo_editor)}

    ARTIFACTS.mkdir(exist_ok=True)
    with playwright_api.sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            context, page = open_desk(browser, live_server, sessions[editor])
            assert page.locator("#in_review-title .desk-count").inner_text() == "2"
            assert page.locator("#quotes_to_check-title .desk-count").inner_text() == "1"
            assert "River cleanup" in page.locator("#tray-front_page tbody tr").first.locator("td").first.inner_text()
            assert "Scheduled for" in page.locator("#tray-front_page").inner_text()
            page.screenshot(path=str(ARTIFACTS / "desk-editor.png"), full_page=True)
            assert wider_than_their_tray(page) == []
            page.set_viewport_size({"width": 390, "height": 900})  # a phone
            assert wider_than_their_tray(page) == []
            assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
            page.screenshot(path=str(ARTIFACTS / "desk-editor-390.png"), full_page=True)
            page.set_viewport_size({"width": 1400, "height": 900})
            row = page.locator(f"#in_review-{filed.pk}")
            actions = 0
            row.locator("summary").click()
            actions += 1
            row.locator("textarea").fill("Add the cost and who pays for it.")
            actions += 1
            row.get_by_role("button", name="Send back with this note").click()
            actions += 1
            page.wait_for_selector(".messagelist .success")
            assert page.locator("#in_review-title .desk-count").inner_text() == "1"
            print(f"\nEditor sends a story back with a note from the desk: {actions} actions")
            assert page.evaluate("window.__violations") == []
            context.close()

            context, page = open_desk(browser, live_server, sessions[writer])
            note = page.locator(f"#sent_back-{filed.pk} .desk-note")
            assert "Add the cost and who pays for it." in note.inner_text()
            assert "2 quotes to check" in page.locator(f"#quotes_to_check-{harbour.pk}").inner_text()
            assert page.locator("#tray-front_page").count() == 0
            assert page.locator(".desk-badge").inner_text() == "1"
            page.screenshot(path=str(ARTIFACTS / "desk-contributor.png"), full_page=True)
            assert page.evaluate("window.__violations") == []
            context.close()

            context, page = open_desk(browser, live_server, sessions[photo_editor])
            assert "Mayor at the tram depot" in page.locator("#tray-awaiting_photos").inner_text()
            assert "River cleanup draws 400 volunteers" in page.locator("#tray-front_page").inner_text()
            assert page.locator("#tray-quotes_to_check").count() == 0
            page.screenshot(path=str(ARTIFACTS / "desk-photo-editor.png"), full_page=True)
            assert page.evaluate("window.__violations") == []
            context.close()
        finally:
            browser.close()

    assert ReviewNote.objects.get(article=filed).written_by == editor
    assert [(m.to, m.subject) for m in mail.outbox] == [([writer.email], "Sent back: Tram line extension approved")]
