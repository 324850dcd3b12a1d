"""What the browser tests share: Debian's Chromium, the way to skip without it, a signed-in page."""

from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings

CHROMIUM = Path("/usr/bin/chromium")
# Screenshots the tests take, for people to look at.
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
# Without the background-networking flags Chromium keeps trying hosts this closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]
# Collects Content-Security-Policy violations in window.__violations for the test to read.
WATCH_CSP_SCRIPT = (
    "window.__violations = [];"
    "document.addEventListener('securitypolicyviolation',"
    " e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));"
)


def playwright_or_skip():
    """Playwright's sync API, or a skip that says why when Chromium or Playwright is missing."""
    if not CHROMIUM.exists():
        print(f"SKIPPED: {CHROMIUM} is missing; run `make e2e` (or apt-get install chromium) for browser tests")
        pytest.skip(f"{CHROMIUM} is not installed")
    return pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")


def launch_chromium(playwright):
    return playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)


def signed_in_session_key(user):
    """A saved session for user, so a browser can carry its cookie instead of typing a password."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    session[SESSION_KEY], session[BACKEND_SESSION_KEY] = str(user.pk), "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return session.session_key


@contextmanager
def admin_page(playwright_api, live_server, user):
    """A page in Chromium, signed in as user, that collects policy violations and script errors.

    Tests read the database before and after, not inside: while Playwright runs, Django's
    context-local connections would open a second connection that nothing closes.
    """
    session_key = signed_in_session_key(user)
    ARTIFACTS.mkdir(exist_ok=True)
    with playwright_api.sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        context = browser.new_context(viewport={"width": 1400, "height": 900}, device_scale_factor=1)
        context.add_cookies([{"name": "sessionid", "value": session_key, "url": live_server.url}])
        page = context.new_page()
        page.add_init_script(WATCH_CSP_SCRIPT)
        page.problems = []
        page.on("pageerror", lambda error: page.problems.append(str(error)))
        page.on("console", lambda msg: "Content Security Policy" in msg.text and page.problems.append(msg.text))
        try:
            yield page
        finally:
            browser.close()


def drag(page, handle, target):
    """Drag handle onto target with the mouse."""
    # In steps, as a hand moves: the browser starts a drag only once the pointer travels.
    handle.scroll_into_view_if_needed()
    start = handle.bounding_box()
    page.mouse.move(start["x"] + 3, start["y"] + 3)
    page.mouse.down()
    page.mouse.move(start["x"] + 3, start["y"] - 20, steps=5)
    target.scroll_into_view_if_needed()
    end = target.bounding_box()
    page.mouse.move(end["x"] + end["width"] / 2, end["y"] + 3, steps=5)
    page.mouse.up()
