"""The API's docs page in a real browser: Swagger UI draws the schema under the site's CSP."""


import pytest

from articles.tests.browser import ARTIFACTS, WATCH_CSP_SCRIPT, launch_chromium, playwright_or_skip

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_swagger_ui_lists_the_resources_without_a_csp_violation(live_server, settings, seed, monkeypatch):
    sync_api = playwright_or_skip()
    settings.ROOT_URLCONF = "articles.tests.live_urls"
    ARTIFACTS.mkdir(exist_ok=True)
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        problems = []
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.add_init_script(WATCH_CSP_SCRIPT)
        page.goto(f"{live_server.url}/api/v1/docs/")
        page.wait_for_selector("text=/api/v1/stories/{id}/ninjs/", timeout=20000)
        actions = 1  # opening the page
        page.click("text=/api/v1/stories/")  # unfold the story list's operation
        actions += 1
        page.wait_for_selector("text=published_since", timeout=10000)
        violations = page.evaluate("window.__violations")
        page.screenshot(path=str(ARTIFACTS / "api-docs-desktop.png"), full_page=False)
        browser.close()
    print(f"API docs: the stories operation and its filters in {actions} actions")
    assert violations == [] and problems == []
