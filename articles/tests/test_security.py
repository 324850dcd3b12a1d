"""Editor text renders inert on public pages; security headers, CSP the site and admin satisfy; sign-in throttling."""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Block, Note, Quote

from .browser import WATCH_CSP_SCRIPT, launch_chromium, playwright_or_skip, signed_in_session_key
from .factories import make_article, make_image, make_organization, make_person, make_section

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("{}")</script>'
JS_URL = "javascript:alert(document.cookie)"


@pytest.fixture
def hostile_story():
    """Every text field an editor types, each carrying markup that would run if not escaped."""
    section = make_section(name=SCRIPT.format("section"), slug="city")
    speaker = make_person(name=SCRIPT.format("speaker"), title=SCRIPT.format("title"), bio=SCRIPT.format("bio"))
    agency = make_organization(name=SCRIPT.format("agency"), url=JS_URL)
    image = make_image(
        caption=SCRIPT.format("caption"), alt_text='"><script>alert("alt")</script>',
        credit_line=SCRIPT.format("credit"), agency=agency,
    )
    story = make_article(
        headline=SCRIPT.format("headline"), dek=SCRIPT.format("dek"), label=SCRIPT.format("label"),
        dateline=SCRIPT.format("dateline"), section=section, lead_image=image,
        seo_title="</title><script>alert('seo')</script>", seo_description='"><script>alert("desc")</script>',
        published_at=timezone.now() - timezone.timedelta(hours=1),
    )
    quote = Quote.objects.create(article=story, position=1, text=SCRIPT.format("quote"), speaker=speaker,
                                 context=SCRIPT.format("context"))
    Block.objects.bulk_create([
        Block(article=story, kind="paragraph", position=1, text=SCRIPT.format("paragraph") + " <img src=x onerror=alert(1)>"),
        Block(article=story, kind="subhead", position=2, text=SCRIPT.format("subhead")),
        Block(article=story, kind="image", position=3, image=make_image(caption="ok"), caption=SCRIPT.format("block caption")),
        Block(article=story, kind="quote", position=4, quote=quote),
        # Saved around the form's URL validation, as an import or the shell could.
        Block(article=story, kind="related", position=5, link_title=SCRIPT.format("related"), link_url=JS_URL),
        Block(article=story, kind="related", position=6, link_title="Data link", link_url="data:text/html,<script>alert(1)</script>"),
    ])
    Note.objects.create(article=story, kind="correction", text=SCRIPT.format("note"))
    story.bylines.create(person=speaker, position=1)
    return story


class ScriptFinder(HTMLParser):
    """Collects what a browser would run: script elements, event handler attributes and script URLs."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.scripts, self.handlers, self.script_urls, self.style_attributes = [], [], [], []
        self.in_script = None

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append((tag, name, value))
            if name in ("href", "src", "action", "formaction") and value and re.match(r"\s*(javascript|data|vbscript):", value, re.I):
                self.script_urls.append((tag, value))
            if name == "style":
                self.style_attributes.append((tag, value))
        if tag == "script":
            attrs = dict(attrs)
            self.in_script = attrs
            self.scripts.append({"src": attrs.get("src"), "type": attrs.get("type"), "text": ""})

    def handle_data(self, data):
        if self.in_script is not None:
            self.scripts[-1]["text"] += data

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = None


def scan(html):
    finder = ScriptFinder()
    finder.feed(html)
    return finder


def assert_inert(html):
    found = scan(html)
    # Only our own script files run; a JSON-LD data block is data, and must not contain its own end.
    runnable = [s for s in found.scripts if not s["src"] and s["type"] != "application/ld+json"]
    assert runnable == []
    assert all("</script" not in s["text"].lower() and "<" not in s["text"] for s in found.scripts)
    assert found.handlers == [] and found.script_urls == []
    assert 'alert("' not in html or "&lt;script&gt;alert(" in html or "\\u003Cscript" in html


def test_editor_text_is_escaped_on_the_article_page(client, hostile_story):
    response = client.get(hostile_story.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert_inert(html)
    for field in ("headline", "dek", "label", "dateline", "paragraph", "subhead", "caption", "credit",
                  "block caption", "quote", "context", "related", "note", "speaker"):
        assert f"&lt;script&gt;alert(&#34;{field}&#34;)&lt;/script&gt;" in html, field
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_script_urls_in_related_links_render_as_plain_text(client, hostile_story):
    html = client.get(hostile_story.get_absolute_url()).content.decode()
    assert "javascript:" not in html.lower().replace("&#34;", '"').split("<body", 1)[1] or 'href="javascript' not in html
    assert not scan(html).script_urls
    assert "&lt;script&gt;alert(&#34;related&#34;)&lt;/script&gt;" in html and "Data link" in html


@pytest.mark.parametrize("page", ["home", "section", "person", "organization", "search", "people"])
def test_editor_text_is_escaped_on_listing_and_people_pages(client, hostile_story, page):
    speaker = hostile_story.quotes.get().speaker
    agency = hostile_story.lead_image.agency
    url = {
        "home": reverse("articles:home"),
        "section": hostile_story.section.get_absolute_url(),
        "person": speaker.get_absolute_url(),
        "organization": agency.get_absolute_url(),
        "search": reverse("articles:search") + "?q=script",
        "people": reverse("people:list"),
    }[page]
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert_inert(html)
    assert "&lt;script&gt;alert(" in html


def test_feeds_escape_editor_text(client, hostile_story):
    body = client.get(reverse("articles:feed-rss")).content.decode()
    assert "<script>" not in body and "&lt;script&gt;" in body


def test_search_terms_are_escaped(client):
    html = client.get(reverse("articles:search") + "?q=" + '"><script>alert(1)</script>').content.decode()
    assert_inert(html)


# Headers


def test_public_pages_carry_the_security_headers(client):
    story = make_article()
    response = client.get(story.get_absolute_url())
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy and "style-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
    assert "unsafe-inline" not in policy and "nonce-" not in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_the_article_page_has_no_inline_script_or_style(client, seed):
    response = client.get(seed.get_absolute_url())
    found = scan(response.content.decode())
    assert [s for s in found.scripts if not s["src"] and s["type"] != "application/ld+json"] == []
    assert found.style_attributes == [] and "<style" not in response.content.decode()


@pytest.mark.parametrize("path", [
    "/admin/", "/admin/articles/article/", "/admin/articles/article/add/", "/admin/articles/image/add/",
    "/admin/people/person/add/",
])
def test_admin_pages_carry_the_policy_and_need_no_inline_script_or_style(editor_client, seed, path):
    response = editor_client.get(path)
    assert response.status_code == 200
    assert "script-src 'self'" in response["Content-Security-Policy"]
    html = response.content.decode()
    found = scan(html)
    assert [s for s in found.scripts if not s["src"]] == []
    assert found.handlers == [] and found.style_attributes == []


def test_the_story_change_form_needs_no_inline_script_or_style(editor_client, seed):
    html = editor_client.get(reverse("admin:articles_article_change", args=[seed.pk])).content.decode()
    found = scan(html)
    assert [s for s in found.scripts if not s["src"]] == []
    assert found.handlers == [] and found.style_attributes == []
    assert "admin/js/inlines.js" in html and "admin/js/autocomplete.js" in html


# Sign-in throttling


def test_admin_sign_in_is_throttled_after_repeated_failures(client, settings, editor):
    settings.AXES_ENABLED = True
    login = reverse("admin:login")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(login, {"username": "editor", "password": "wrong", "next": "/admin/"})
        assert response.status_code == 200 and "Please enter the correct username and password" in response.content.decode()
    locked = client.post(login, {"username": "editor", "password": "wrong", "next": "/admin/"})
    assert locked.status_code == 429 and "Sign-in paused" in locked.content.decode()
    # Even the right password is refused now.
    again = client.post(login, {"username": "editor", "password": "a-long-test-password", "next": "/admin/"})
    assert again.status_code == 429
    assert client.get("/admin/").status_code == 302


def test_a_successful_sign_in_resets_the_count(client, settings, editor):
    settings.AXES_ENABLED = True
    login = reverse("admin:login")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        client.post(login, {"username": "editor", "password": "wrong"})
    assert client.post(login, {"username": "editor", "password": "a-long-test-password", "next": "/admin/"}).status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        client.post(login, {"username": "editor", "password": "wrong"})
    assert client.post(login, {"username": "editor", "password": "a-long-test-password", "next": "/admin/"}).status_code == 302


def test_client_login_works_in_tests_and_throttling_is_off_by_default_there(client, editor):
    assert client.login(username="editor", password="a-long-test-password")
    assert client.get("/admin/").status_code == 200


# The admin in a real browser, under the policy


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_admin_works_in_a_browser_under_the_policy(live_server, django_user_model, monkeypatch):
    sync_api = playwright_or_skip()
    user = django_user_model.objects.create_superuser("browser-editor", "b@example.com", "a-long-test-password")
    story = make_article(headline="Browser check", status="draft", published_at=None)
    Block.objects.create(article=story, kind="paragraph", position=1, text="A paragraph.")
    session_key = signed_in_session_key(user)
    url = f"{live_server.url}{reverse('admin:articles_article_change', args=[story.pk])}"
    # Playwright runs an event loop in this thread; the server thread does the database work.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        context = browser.new_context()
        context.add_cookies([{"name": "sessionid", "value": session_key, "url": live_server.url}])
        page = context.new_page()
        page.add_init_script(WATCH_CSP_SCRIPT)
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(url)
        page.wait_for_load_state("networkidle")
        # The admin's scripts ran: inlines added their "add another" links, select2 built its widgets.
        add_links = page.locator(".add-row a").count()
        select2 = page.locator(".select2-container").count()
        violations = page.evaluate("window.__violations")
        browser.close()
    assert violations == [] and errors == []
    assert add_links >= 1 and select2 >= 1
