"""An editor orders the home page's slots in Chromium (drag, buttons, a story searched for) and from a story; readers see it.

Saves screenshots into test-artifacts/ and prints the editor's actions.
"""

import pytest
from django.utils import timezone

from articles.front_pages import arranging
from articles.front_pages.arranging import Placement
from articles.models import FrontPage, FrontPageSlot

from .admin_forms import change_url
from .browser import ARTIFACTS, admin_page, drag
from .factories import make_article, make_image, make_section, make_staff_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def slot_row(page, headline):
    return page.locator("#front-slots tbody tr", has=page.locator(".select2-selection__rendered", has_text=headline))


def stored_order():
    return list(FrontPageSlot.objects.on_page(None).order_by("position").values_list("article__headline", flat=True))


def test_an_editor_orders_the_home_page_and_readers_see_it(playwright_api, live_server, settings):  # noqa: F811
    settings.NEWSROOM_SITE_URL = live_server.url
    settings.NEWSROOM_FRONT_PAGE_SLOTS = 5
    editor = make_staff_user("jonas", role="Editor", first_name="Jonas", last_name="Berg")
    city = make_section(name="City", slug="city")
    now = timezone.now()
    headlines = [
        "Tram line extension approved", "School meals to be free from autumn", "Harbour cranes come down",
        "Dockworkers vote on new contract", "Library opens on Sundays", "Night buses return",
    ]
    stories = {
        headline: make_article(
            headline=headline, section=city, published_at=now - timezone.timedelta(hours=n + 1),
            dek=f"What {headline.lower()} means for the city.", lead_image=make_image(caption=headline) if n < 3 else None,
        )
        for n, headline in enumerate(headlines)
    }
    scheduled = make_article(headline="Budget vote tonight", section=city, published_at=now + timezone.timedelta(hours=4))
    trams, meals, cranes, library = (stories[h] for h in (*headlines[:3], headlines[4]))
    arranging.arrange(
        FrontPage.objects.of(None), [Placement(trams), Placement(meals), Placement(cranes), Placement(scheduled)],
        user=editor,
    )

    actions = 0
    with admin_page(playwright_api, live_server, editor) as page:
        page.goto(live_server.url + "/admin/")
        page.locator("#tray-front_page").screenshot(path=str(ARTIFACTS / "front-page-desk-tray.png"))
        page.get_by_role("link", name="Arrange the home page and section pages").click()
        actions += 1
        page.wait_for_selector("#front-slots.is-enhanced")
        assert "Scheduled for" in slot_row(page, "Budget vote tonight").inner_text()
        page.screenshot(path=str(ARTIFACTS / "front-pages-before-1400.png"), full_page=True)

        # The cranes story is dragged to the top; the tram story goes down one with the keyboard.
        drag(page, slot_row(page, "Harbour cranes come down").locator(".front-slot-handle"),
             slot_row(page, "Tram line extension approved"))
        actions += 1
        assert slot_row(page, "Harbour cranes come down").locator(".front-slot-name").inner_text() == "Lead"
        slot_row(page, "Tram line extension approved").get_by_role("button", name="Move this story down").focus()
        page.keyboard.press("Enter")
        actions += 2
        # The empty slot at the end gets the dockworkers' story, searched for by a word of its headline.
        page.locator("#front-slots tbody tr").last.locator(".select2-selection").click()
        # (typed into the open list's search field once it is there: keys sent before it takes the
        # focus are lost)
        page.locator(".select2-container--open .select2-search__field").press_sequentially("Dockworkers")
        page.wait_for_selector(".select2-results__option--highlighted:has-text('Dockworkers vote')")
        page.keyboard.press("Enter")
        actions += 3
        names = page.eval_on_selector_all(
            "#front-slots tbody tr", "rows => rows.map(r => [r.querySelector('.front-slot-name').textContent,"
            " r.querySelector('.select2-selection__rendered').textContent.replace('×', '').trim()])",
        )
        assert names[:5] == [
            ["Lead", "Harbour cranes come down"], ["Top story 1", "School meals to be free from autumn"],
            ["Top story 2", "Tram line extension approved"], ["Top story 3", "Budget vote tonight"],
            ["Top story 4", "Dockworkers vote on new contract"],
        ]
        page.locator("#front-slots").screenshot(path=str(ARTIFACTS / "front-pages-ordered-1400.png"))
        with page.expect_navigation():
            page.get_by_role("button", name="Save the home page").click()
        actions += 1
        assert "The home page is saved" in page.locator(".messagelist .success").inner_text()
        page.screenshot(path=str(ARTIFACTS / "front-pages-saved-1400.png"), full_page=True)
        print(f"\nEditor orders the home page (drag, key, search a story, save): {actions} actions")
        violations = page.evaluate("window.__violations")

        # Readers: the cranes lead, the scheduled story waits for its time, the rest follows newest first, once each.
        page.goto(live_server.url + "/")
        cards = page.locator(".card-headline").all_inner_texts()
        assert page.locator(".card-lead .card-headline").inner_text() == "Harbour cranes come down"
        assert cards[:4] == [
            "Harbour cranes come down", "School meals to be free from autumn", "Tram line extension approved",
            "Dockworkers vote on new contract",
        ]
        assert cards[4:] == ["Library opens on Sundays", "Night buses return"]
        assert "Budget vote tonight" not in cards
        page.screenshot(path=str(ARTIFACTS / "front-page-home-1400.png"), full_page=True)

        # From a story: the library story is put on the home page as the lead.
        page.goto(live_server.url + change_url(library))
        page.locator(".front-pages-link").click()
        page.get_by_label("As").select_option(label="The lead")
        with page.expect_navigation():
            page.get_by_role("button", name="Put on the front page").click()
        assert page.locator(".messagelist .success").inner_text().startswith("Placed on the home page as the lead")
        assert "no longer fits on the home page" in page.locator(".messagelist .warning").inner_text()
        page.screenshot(path=str(ARTIFACTS / "front-pages-story-1400.png"), full_page=True)
        violations += page.evaluate("window.__violations")
        page.goto(live_server.url + "/")
        lead = page.locator(".card-lead .card-headline").inner_text()
        violations += page.evaluate("window.__violations")
        problems = page.problems

    assert lead == "Library opens on Sundays"
    assert violations == [] and problems == []
    assert stored_order() == [
        "Library opens on Sundays", "Harbour cranes come down", "School meals to be free from autumn",
        "Tram line extension approved", "Budget vote tonight",
    ]
