"""A reader's path through the site in a real browser: Debian's Chromium driven by Playwright.

Runs at a phone width and a desktop width and saves screenshots into test-artifacts/. Skips,
saying why, when /usr/bin/chromium is missing (`make e2e` installs it); never downloads a browser.
"""

import re

import pytest

from .browser import ARTIFACTS, launch_chromium, playwright_or_skip

pytestmark = pytest.mark.browser

VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}

@pytest.fixture(scope="module")
def browser():
    sync_api = playwright_or_skip()
    # Playwright's sync API keeps an event loop running in this thread, which Django takes
    # for async code; the tests' own database calls are ordinary synchronous ones.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_api.sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            yield browser
            browser.close()


@pytest.fixture
def reader_site(live_server, settings, seed):
    settings.ROOT_URLCONF = "articles.tests.live_urls"
    settings.NEWSROOM_SITE_URL = live_server.url
    ARTIFACTS.mkdir(exist_ok=True)
    return live_server.url


def open_page(browser, viewport):
    context = browser.new_context(viewport=VIEWPORTS[viewport], device_scale_factor=1)
    page = context.new_page()
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    return context, page, problems


def shot(page, name, viewport):
    page.screenshot(path=str(ARTIFACTS / f"{name}-{viewport}.png"), full_page=True)


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_reader_follows_a_story_to_a_speaker(browser, reader_site, seed, viewport):
    context, page, problems = open_page(browser, viewport)
    page.goto(reader_site + "/")
    shot(page, "home", viewport)
    page.get_by_role("link", name=seed.headline).first.click()
    page.wait_for_url(reader_site + seed.get_absolute_url())
    assert page.get_by_role("heading", level=1).inner_text() == seed.headline

    photo = page.locator(".story-body figure img").first
    photo.scroll_into_view_if_needed()
    photo.wait_for(state="visible")
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=photo.element_handle())
    assert photo.evaluate("img => img.currentSrc").endswith(".webp")
    box = photo.bounding_box()
    assert box["width"] <= VIEWPORTS[viewport]["width"] and abs(box["width"] / box["height"] - 1.5) < 0.02
    assert page.locator(".story-body figcaption").first.is_visible()

    quote = seed.quotes.exclude(speaker=None).select_related("speaker").first()
    assert page.get_by_text(quote.text[:30]).first.is_visible()
    related = page.locator(".related-inline")
    assert related.count() == seed.blocks.filter(kind="related").count()
    assert related.first.is_visible() and page.locator("#related-heading").is_visible()
    shot(page, "article", viewport)

    # The speaker's name where the paragraph gives it, or the marker after a quote whose paragraph names no one.
    speaker_link = page.locator(
        f'.story-body p:has(#quote-{quote.pk}) a[href="{quote.speaker.get_absolute_url()}"]'
    ).first
    speaker_link.scroll_into_view_if_needed()
    speaker_link.click()
    page.wait_for_url(reader_site + quote.speaker.get_absolute_url())
    assert page.get_by_role("heading", level=1).inner_text() == quote.speaker.name
    shot(page, "person", viewport)

    page.locator(f'a[href$="#quote-{quote.pk}"]').click()
    page.wait_for_url(re.compile(rf"#quote-{quote.pk}$"))
    highlighted = page.locator(f"p:has(#quote-{quote.pk})")
    assert highlighted.is_visible() and quote.text[:30] in highlighted.inner_text()
    assert highlighted.evaluate("p => getComputedStyle(p).backgroundColor") != "rgba(0, 0, 0, 0)"
    assert problems == [], problems
    context.close()


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_reader_searches_and_filters(browser, reader_site, seed, viewport):
    context, page, problems = open_page(browser, viewport)
    page.goto(reader_site + "/")
    page.locator("#site-search-q").fill("prisoner swap")
    page.locator("#site-search-q").press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=prisoner"))
    assert page.get_by_role("link", name=seed.headline).is_visible()
    assert page.locator(".passage mark").first.is_visible()
    shot(page, "search", viewport)

    page.goto(reader_site + "/")
    page.locator("details.filters summary").click()
    page.get_by_label("Section", exact=True).select_option("politics")
    page.get_by_role("button", name="Show stories").click()
    page.wait_for_url(re.compile(r"section=politics"))
    assert page.get_by_text("No stories match").is_visible()
    page.get_by_label("Section", exact=True).select_option(seed.section.path)
    page.get_by_role("button", name="Show stories").click()
    page.wait_for_url(re.compile(r"section=world%2Feurope"))
    assert page.get_by_text("1 story matches these filters.").is_visible()
    assert page.get_by_role("link", name=seed.headline).is_visible()
    shot(page, "filtered", viewport)
    assert problems == [], problems
    context.close()


def test_a_summary_of_key_points_shows_a_point_to_a_line(browser, reader_site, seed):
    points = ["Ceasefire holds for a second night", "Both sides free prisoners on Friday"]
    seed.dek = "\n".join(points)
    seed.save()
    context, page, problems = open_page(browser, "phone")
    page.goto(reader_site + seed.get_absolute_url())
    dek = page.locator(".story .dek")
    # (innerText keeps a line break only where the page's style shows one)
    assert dek.inner_text().split("\n") == points
    line_height = float(dek.evaluate("p => parseFloat(getComputedStyle(p).lineHeight)"))
    assert dek.bounding_box()["height"] >= 2 * line_height - 1
    shot(page, "article-key-points", "phone")
    assert problems == [], problems
    context.close()
