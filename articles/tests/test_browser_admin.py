"""The story desk in a real browser (Debian's Chromium via Playwright) at a working width of 1280 px.

Counts the editor's actions (each click, typed field or file choice is one) and prints them;
saves screenshots into test-artifacts/. Skips, saying why, when /usr/bin/chromium is missing.
"""

import json
from pathlib import Path

import pytest
from django.conf import settings

from articles.models import Article, Byline, Section
from people.models import Person

from .browser import ARTIFACTS, WATCH_CSP_SCRIPT, launch_chromium, playwright_or_skip, signed_in_session_key
from .factories import MOJIBAKE_STORY, mis_decoded

pytestmark = pytest.mark.browser

WIDTH = 1280
SEED_TEXT = (Path(settings.BASE_DIR) / "fixtures" / "seed-article.txt").read_text(encoding="utf-8")
GOLD = json.loads((Path(settings.BASE_DIR) / "docs" / "spec" / "seed.expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def browser():
    sync_api = playwright_or_skip()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_api.sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            yield browser
            browser.close()


@pytest.fixture
def desk(browser, live_server, settings, seed, editor):
    """A signed-in editor's page at 1280 px, watching for script errors and CSP violations."""
    settings.ROOT_URLCONF = "articles.tests.live_urls"
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": WIDTH, "height": 900}, device_scale_factor=1)
    host = live_server.url.split("//")[1].split(":")[0]
    context.add_cookies([{
        "name": settings.SESSION_COOKIE_NAME, "value": signed_in_session_key(editor), "domain": host, "path": "/",
    }])
    context.add_init_script(WATCH_CSP_SCRIPT)
    page = context.new_page()
    page.problems = []
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    yield live_server.url, page
    context.close()


class Actions:
    """The editor's actions, counted as they are made."""

    def __init__(self, page):
        self.page, self.log = page, []

    def click(self, locator, what):
        locator.click()
        self.log.append(f"click {what}")

    def fill(self, locator, text, what):
        locator.fill(text)
        self.log.append(f"type/paste {what}")

    def report(self, flow):
        print(f"\n{flow}: {len(self.log)} actions: " + "; ".join(self.log))
        return len(self.log)


def page_width(page):
    return page.evaluate("document.documentElement.scrollWidth")


def test_paste_the_seed_story_check_and_save_as_draft(desk, seed):
    site, page = desk
    people = Person.objects.count()
    page.goto(site + "/admin/articles/article/")
    actions = Actions(page)
    actions.click(page.get_by_role("link", name="Paste a story"), "Paste a story (story list)")
    actions.fill(page.get_by_label("Story text"), SEED_TEXT, "the story's text")
    page.screenshot(path=str(ARTIFACTS / "paste-form-1280.png"))
    actions.click(page.get_by_role("button", name="Check"), "Check")
    page.wait_for_selector(".paste-summary")
    summary = page.locator(".paste-summary").inner_text()
    assert "31 blocks" in summary and "11 quotes" in summary and "14 people" in summary
    assert "14 already in the newsroom, 0 new" in summary and "(42) left out" in summary
    assert page.locator(".paste-block").count() == 31
    assert page_width(page) <= WIDTH
    assert page.evaluate("window.__violations") == [] and page.problems == []
    page.screenshot(path=str(ARTIFACTS / "paste-review-1280.png"), full_page=True)
    actions.click(page.get_by_role("button", name="Save as draft"), "Save as draft")
    page.wait_for_url("**/change/")
    count = actions.report("Paste the seed story, check, save as draft")
    assert count <= 4
    assert "was saved as a draft" in page.locator(".messagelist").inner_text()
    assert page.evaluate("window.__violations") == [] and page.problems == []
    page.screenshot(path=str(ARTIFACTS / "paste-saved-change-form-1280.png"))

    draft = Article.objects.exclude(pk=seed.pk).get()
    assert draft.status == Article.Status.DRAFT and draft.section == Section.objects.order_by("path").first()
    assert draft.blocks.count() == len(GOLD["body"]) == 31
    quotes = list(draft.quotes.select_related("speaker").order_by("position"))
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        (q["text"], q["speaker"]) for q in GOLD["quotes"]
    ] and len(quotes) == 11
    assert [m.person.name for m in draft.mentions.select_related("person").order_by("position")] == [
        p["name"] for p in GOLD["people"]
    ] and draft.mentions.count() == 14
    assert Person.objects.count() == people  # all 14 matched to the people the seed story already holds
    image = draft.blocks.get(kind="image").image
    assert image.caption and image.credit_line == "Yevhen Titov, Associated Press"
    assert draft.blocks.filter(kind="related").count() == 3


def test_a_pasted_pages_standfirst_arrives_in_the_summary_field(desk, seed):
    site, page = desk
    text = (Path(settings.BASE_DIR) / "fixtures" / "samples" / "paste-page-library.txt").read_text(encoding="utf-8")
    standfirst = "A rare 1790s atlas taken from the Millbrook library in the 1960s has come home."
    page.goto(site + "/admin/articles/article/paste/")
    actions = Actions(page)
    actions.fill(page.get_by_label("Story text"), text, "the whole page's text")
    actions.click(page.get_by_role("button", name="Check"), "Check")
    page.wait_for_selector(".paste-summary")
    assert page.get_by_label("Summary").input_value() == standfirst
    assert "set under the headline in the text" in page.locator(".paste-fields").inner_text()
    assert standfirst not in page.locator(".paste-block").all_inner_texts()
    assert page.evaluate("window.__violations") == [] and page.problems == []
    page.screenshot(path=str(ARTIFACTS / "paste-review-standfirst-1280.png"), full_page=True)
    actions.click(page.get_by_role("button", name="Save as draft"), "Save as draft")
    page.wait_for_url("**/change/")
    actions.report("Paste a whole page with a standfirst, check, save as draft")
    draft = Article.objects.get(headline="Library’s lost atlas returns after 60 years")
    assert draft.dek == standfirst and not draft.blocks.filter(text=standfirst).exists()
    page.screenshot(path=str(ARTIFACTS / "paste-standfirst-saved-1280.png"))


def test_a_pasted_box_of_key_points_arrives_in_the_summary_a_point_to_a_line(desk, seed):
    site, page = desk
    points = ["Harbor board backs an hourly ferry from May", "Fares stay at $4 for adults"]
    text = ("Ferries to run every hour from May\nStory Highlights\n" + "\n\n".join(points) + "\n\n"
            "The harbor board voted on Monday to run the island ferry every hour from May, its chair said.\n\n"
            "Fares will stay at $4 for adults, and a second boat will sail on weekends.\n")
    page.goto(site + "/admin/articles/article/paste/")
    page.get_by_label("Story text").fill(text)
    page.get_by_role("button", name="Check").click()
    page.wait_for_selector(".paste-summary")
    assert page.get_by_label("Summary").input_value().splitlines() == points
    assert not any("Highlights" in block for block in page.locator(".paste-block").all_inner_texts())
    assert page.evaluate("window.__violations") == [] and page.problems == []
    page.screenshot(path=str(ARTIFACTS / "paste-review-key-points-1280.png"), full_page=True)
    page.get_by_role("button", name="Save as draft").click()
    page.wait_for_url("**/change/")
    draft = Article.objects.get(headline="Ferries to run every hour from May")
    assert draft.dek.splitlines() == points
    assert draft.blocks.order_by("position").first().text.startswith("The harbor board voted")


def test_a_paste_mis_decoded_on_its_way_is_put_right_and_the_check_page_says_so(desk, seed):
    site, page = desk
    page.goto(site + "/admin/articles/article/paste/")
    page.get_by_label("Story text").fill(mis_decoded(MOJIBAKE_STORY))
    page.get_by_role("button", name="Check").click()
    page.wait_for_selector(".paste-summary")
    assert "some characters had been mis-decoded" in page.locator(".messagelist").inner_text()
    blocks = " ".join(page.locator(".paste-block").all_inner_texts())
    assert "by £1 from May" in blocks and "café" in blocks and "â€" not in blocks
    assert page.evaluate("window.__violations") == [] and page.problems == []
    page.screenshot(path=str(ARTIFACTS / "paste-review-repaired-1280.png"), full_page=True)


@pytest.mark.parametrize("screen", ["change-form", "story-list"])
def test_story_desk_fits_1280_pixels(desk, seed, screen):
    site, page = desk
    Byline.objects.create(article=seed, person=Person.objects.get(name="Yevhen Titov"), position=1)
    change_form, story_list = f"/admin/articles/article/{seed.pk}/change/", "/admin/articles/article/"
    page.goto(site + (change_form if screen == "change-form" else story_list))
    page.screenshot(path=str(ARTIFACTS / f"admin-{screen}-1280.png"), full_page=True)
    if screen == "change-form":
        title = page.locator("#content h1, #content h2").first.bounding_box()
        tools = page.locator(".object-tools").bounding_box()
        # Each table of parts shows all its columns (Delete included) without a sideways scroll.
        for group in ("quotes-group", "mentions-group"):
            assert page.locator(f"#{group} .tabular").evaluate("box => box.scrollWidth <= box.clientWidth"), group
        # History / View on site sit beside or below the title, never over it.
        assert tools["y"] >= title["y"] + title["height"] - 1 or tools["x"] >= title["x"] + title["width"]
    else:
        row = page.locator("#result_list tbody tr").first
        # Every column shows without scrolling the list's own box sideways.
        results = page.locator("#changelist-form .results")
        assert results.evaluate("box => box.scrollWidth <= box.clientWidth")
        edge = results.bounding_box()["x"] + results.bounding_box()["width"]
        for column, shown in [("headline", seed.headline[:20]), ("status_display", "Published"),
                              ("section", "Europe"), ("byline", "Yevhen Titov"), ("updated", "2025"),
                              ("preview_link", "View")]:
            cell = row.locator(f".field-{column}")
            box = cell.bounding_box()
            assert cell.is_visible() and box["x"] + box["width"] <= edge + 1, column
            assert shown in " ".join(cell.inner_text().split()), column
        headline = row.locator(".field-headline")
        assert seed.headline in headline.inner_text()
        assert headline.bounding_box()["width"] >= 220  # some 30 characters a line, not a word per line
    width = page_width(page)
    print(f"\n{screen}: document.documentElement.scrollWidth = {width} px at a {WIDTH} px viewport")
    assert width <= WIDTH
    assert page.evaluate("window.__violations") == [] and page.problems == []
