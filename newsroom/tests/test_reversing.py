"""Reversed URLs remembered per process answer exactly as django.urls.reverse() would."""

import pytest
from django.urls import clear_script_prefix, reverse, set_script_prefix, set_urlconf

from newsroom.reversing import cached_reverse, url


@pytest.fixture
def script_prefix():
    yield set_script_prefix
    clear_script_prefix()
    set_script_prefix("/")


def test_the_same_answers_as_reverse():
    assert cached_reverse("people:detail", kwargs={"slug": "ada-lovelace"}) == reverse(
        "people:detail", kwargs={"slug": "ada-lovelace"}
    )
    assert url("articles:section", section_path="world/europe") == reverse(
        "articles:section", kwargs={"section_path": "world/europe"}
    )
    assert url("articles:home") == "/"


def test_a_site_mounted_under_a_prefix_gets_its_own_answers(script_prefix):
    before = url("people:detail", slug="ada-lovelace")
    script_prefix("/news/")
    assert url("people:detail", slug="ada-lovelace") == "/news" + before
    script_prefix("/")
    assert url("people:detail", slug="ada-lovelace") == before


def test_a_request_urlconf_gets_its_own_answers():
    # A per-request URLconf (as middleware may set) must not be answered from the default's entries.
    assert url("articles:home") == "/"
    set_urlconf("newsroom.tests.edition_urls")
    try:
        assert url("articles:home") == "/edition/"
    finally:
        set_urlconf(None)
    assert url("articles:home") == "/"
