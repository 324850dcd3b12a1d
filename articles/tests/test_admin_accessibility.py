"""axe-core in Debian's Chromium on the admin's working pages: no serious or critical violations.

axe-core comes from the axe-playwright-python package (its axe.min.js, nothing downloaded at test
time). The violations found, of any impact, are printed (pytest -s); serious and critical ones fail.
Skips, saying why, without /usr/bin/chromium or the package.
"""

import re

import pytest
from django.urls import reverse

from articles.models import Article, Block, Quote
from people.models import Person

from .admin_forms import change_url
from .browser import ARTIFACTS, admin_page
from .factories import make_article, make_person, make_section

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FAILING_IMPACTS = {"serious", "critical"}


@pytest.fixture
def axe():
    module = pytest.importorskip("axe_playwright_python.sync_playwright", reason="axe-playwright-python is not installed")
    return module.Axe()


def violations_on(axe, page, name):
    """Run axe-core on the page as it stands; print every violation; return those that fail.

    The page's own policy violations and script errors are read first: axe-core itself, evaluated
    into the page, trips the Content-Security-Policy (it is not part of the page).
    """
    problems = [*page.problems, *page.evaluate("window.__violations")]
    assert problems == [], f"{name}: {problems}"
    results = axe.run(page).response["violations"]
    page.problems.clear()
    page.evaluate("window.__violations = []")
    print(f"\n{name}: {len(results)} axe-core violation(s)")
    for violation in results:
        targets = [" ".join(node["target"]) for node in violation["nodes"]][:5]
        print(f"  {violation['impact']}: {violation['id']} ({violation['help']}) on {targets}")
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:5]) for v in results if v["impact"] in FAILING_IMPACTS]


@pytest.fixture
def story(db):
    article = make_article(headline="Harbor bridge reopens", status="draft", published_at=None)
    speaker = make_person(name="Marta Quill")
    first = Block.objects.create(article=article, kind="paragraph", position=1, text="“It is safe,” said Quill.")
    Block.objects.create(article=article, kind="subhead", position=2, text="What changed")
    Block.objects.create(article=article, kind="paragraph", position=3, text="Traffic moved again by noon.")
    Quote.objects.create(article=article, position=1, text="It is safe", speaker=speaker, block=first)
    return article


def test_the_story_form_with_the_editor_and_its_preview_have_no_serious_violations(playwright_api, live_server, editor, story, axe):  # noqa: F811
    make_section(name="City", slug="city")
    found = {}
    with admin_page(playwright_api, live_server, editor) as page:
        page.set_viewport_size({"width": 1280, "height": 900})
        for name, url in [
            ("add form", reverse("admin:articles_article_add")),
            ("change form", change_url(story)),
        ]:
            page.goto(live_server.url + url)
            page.wait_for_selector(".story-editor[data-ready='true']")
            found[name] = violations_on(axe, page, name)
        page.locator(".submit-row input[name='_preview']").click()
        page.frame_locator("iframe.story-preview-frame").locator("article.story h1").wait_for()
        found["preview dialog"] = violations_on(axe, page, "change form with the preview dialog open")
        page.screenshot(path=str(ARTIFACTS / "story-preview-dialog-1280.png"))
    assert found == {"add form": [], "change form": [], "preview dialog": []}


def test_the_desk_the_stories_index_and_the_story_list_have_no_serious_violations(playwright_api, live_server, editor, story, axe):  # noqa: F811
    found = {}
    with admin_page(playwright_api, live_server, editor) as page:
        page.set_viewport_size({"width": 1280, "height": 900})
        for name, url in [
            ("desk", reverse("desk:index")),  # the admin's index: /admin/ opens the desk
            ("stories' index", reverse("admin:app_list", args=["articles"])),
            ("story list", reverse("admin:articles_article_changelist")),
        ]:
            page.goto(live_server.url + url)
            found[name] = violations_on(axe, page, name)
    assert found == {"desk": [], "stories' index": [], "story list": []}


def open_paste_page(page, live_server):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + reverse("admin:articles_article_paste"))


def check_text(page, text):
    """Paste text on the Paste a story page and open its check page."""
    page.get_by_label("Story text").fill(text)
    page.get_by_role("button", name="Check").click()
    page.wait_for_selector(".paste-summary")


def test_paste_a_story_and_its_check_page_with_the_left_out_lines_open_have_no_serious_violations(playwright_api, live_server, editor, axe):  # noqa: F811
    make_section(name="City", slug="city")
    page_text = ("Home\nNews\nSport\nFerries go back to winter hours\nBy Ana Ruiz\nShare\n\n"
                 "The first boat leaves the north pier at six, an hour later than in summer, the port said.\n\n"
                 "What changes for passengers.\n\n"
                 "Advertisement\n\nTickets bought for the summer timetable stay valid until the end of the month.\n\n"
                 "Most read\nCouncil passes budget after long night\nBridge closes for repairs in May\n")
    found = {}
    with admin_page(playwright_api, live_server, editor) as page:
        open_paste_page(page, live_server)
        found["paste"] = violations_on(axe, page, "paste a story")
        check_text(page, page_text)
        lines = page.get_by_role("list", name="Lines left out of the story")
        assert not lines.is_visible()
        page.get_by_text("Show the lines").click()
        assert lines.is_visible() and lines.locator("li label").all_inner_texts()[-2:] == [
            "Council passes budget after long night", "Bridge closes for repairs in May"]
        page.get_by_label("Bridge closes for repairs in May").check()
        # a block the parser kept that the editor leaves out: struck through on the page
        page.get_by_label("Leave out paragraph 3").check()
        struck = page.locator(".paste-block", has_text="Tickets bought").locator("p").first
        assert struck.evaluate("p => getComputedStyle(p).textDecorationLine") == "line-through"
        # a heading the parser read as a paragraph, made a subhead: set in bold at once
        heading = page.locator(".paste-block", has_text="What changes").locator("p").first
        assert heading.evaluate("p => getComputedStyle(p).fontWeight") == "400"
        page.get_by_label("Make subhead of paragraph 2").check()
        assert heading.evaluate("p => getComputedStyle(p).fontWeight") == "700"
        found["check"] = violations_on(axe, page, "the check page, the lines left out shown")
        page.screenshot(path=str(ARTIFACTS / "paste-review-left-out-1280.png"), full_page=True)
        # the ticked line belongs to the form above though it stands outside it, and so does the
        # button under the lines
        page.get_by_role("button", name="Save as draft with the lines ticked").click()
        page.wait_for_url("**/change/")
    assert found == {"paste": [], "check": []}
    draft = Article.objects.get(headline="Ferries go back to winter hours")
    assert [(block.kind, block.text[:20]) for block in draft.blocks.order_by("position")] == [
        ("paragraph", "The first boat leave"), ("subhead", "What changes for pas"),
        ("subhead", "Bridge closes for re")]


def test_a_line_used_as_headline_on_the_check_page_reads_the_text_again_with_no_serious_violations(playwright_api, live_server, editor, axe):  # noqa: F811
    make_section(name="City", slug="city")
    menu = "\n".join(["Home", "News", "Sport", "Business", "Opinion", "Weather", "Travel", "Jobs", "Contact us",
                      "Sign in", "Video", "Podcasts"])
    page_text = (f"{menu}\n"
                 "Bridge Shuts For Repairs Until MayThe north bridge closes on Monday for repairs that take until May.\n"
                 "Is The Island Ferry Safe Enough?Engineers say the old boats need new engines before the storms.\n"
                 "Ferry fares rise for the first time in a decade\n\n"
                 "Ferry fares across the bay will rise by a dollar from March, the first rise in a decade, the port said.\n\n"
                 "Riders with a monthly pass will pay the old fare until the end of the year, officials said.\n")
    found = {}
    with admin_page(playwright_api, live_server, editor) as page:
        open_paste_page(page, live_server)
        check_text(page, page_text)
        headline = page.get_by_label("Headline")
        assert headline.input_value() != "Ferry fares rise for the first time in a decade"
        # (each button is named for its line: "Use as headline: Ferry fares rise …")
        page.get_by_role("button", name=re.compile(r"^Use as headline\W+Ferry fares rise")).click()
        page.wait_for_selector(".paste-summary")
        assert headline.input_value() == "Ferry fares rise for the first time in a decade"
        body = page.locator(".paste-blocks").inner_text()
        assert "Ferry fares across the bay" in body and "Bridge Shuts" not in body
        found["check"] = violations_on(axe, page, "the check page, read again under the headline named")
        page.screenshot(path=str(ARTIFACTS / "paste-review-use-headline-1280.png"), full_page=True)
        page.get_by_role("button", name="Save as draft", exact=True).click()
        page.wait_for_url("**/change/")
    assert found == {"check": []}
    draft = Article.objects.get(headline="Ferry fares rise for the first time in a decade")
    assert [block.text[:20] for block in draft.blocks.order_by("position")] == [
        "Ferry fares across t", "Riders with a monthl"]


def test_a_name_ticked_not_a_person_on_the_check_page_is_struck_through_and_no_one_is_added(playwright_api, live_server, editor, axe):  # noqa: F811
    make_section(name="City", slug="city")
    page_text = ("Harbor club opens its season\n\n"
                 "Mr Al Roe, the club's chair, opened the season on the pier on Saturday.\n\n"
                 "Beside him stood Captain Gull, the club's mascot, in a new coat.\n\n"
                 "“The new boats arrive in May,” he said.\n")
    found = {}
    with admin_page(playwright_api, live_server, editor) as page:
        open_paste_page(page, live_server)
        check_text(page, page_text)
        name = page.locator(".paste-people li", has_text="Gull").locator(".paste-person-name")
        assert name.evaluate("n => getComputedStyle(n).textDecorationLine") == "none"
        page.get_by_label("Not a person: Gull").check()
        assert name.evaluate("n => getComputedStyle(n).textDecorationLine") == "line-through"
        found["check"] = violations_on(axe, page, "the check page, a name ticked as no one")
        # Read again: the quote shows the speaker saving would give it, the tick still on.
        page.locator(".paste-read-again-row").get_by_role("button", name="Show what my ticks change").click()
        page.wait_for_selector(".paste-read-again")
        row = page.locator(".paste-table tr", has_text="The new boats arrive in May")
        found["after"] = " ".join(row.locator(".paste-after").inner_text().split())
        assert page.get_by_label("Not a person: Gull").is_checked()
        found["read again"] = violations_on(axe, page, "the check page read again with a name ticked as no one")
        page.locator(".paste-side").screenshot(path=str(ARTIFACTS / "paste-review-not-a-person-1280.png"))
        page.get_by_role("button", name="Save as draft", exact=True).click()
        page.wait_for_url("**/change/")
    assert found == {"check": [], "after": "On saving: Al Roe confidence 0.40", "read again": []}
    draft = Article.objects.get(headline="Harbor club opens its season")
    assert [quote.speaker.name for quote in draft.quotes.all()] == ["Al Roe"]
    assert not Person.objects.filter(name="Gull").exists()
