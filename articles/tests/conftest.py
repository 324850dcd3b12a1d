"""Fixtures the article tests share."""

import pytest

from .browser import playwright_or_skip


@pytest.fixture
def playwright_api(monkeypatch):
    """Playwright's sync API, or a skip saying why (no Chromium, no Playwright)."""
    sync_api = playwright_or_skip()
    # Playwright runs an event loop in this thread; the server thread does the database work.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    return sync_api
