"""The story body's document editor in Debian's Chromium: writing, subheads, quotes, and the actions they take.

Each test counts what a user does (each click, key chord, typed field or paste is one action) and
prints the count (run pytest with -s to read it). Screenshots at 1280 px go to test-artifacts/.
Skips, saying why, without /usr/bin/chromium.
"""

import pytest
from django.urls import reverse
from reversion.models import Version

from articles.models import Article, Block, Mention, Quote
from people.models import Person

from .admin_forms import change_url
from .browser import ARTIFACTS, admin_page
from .factories import make_article, make_person, make_section
from .story_editor import Actions, open_editor, save

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PARAGRAPHS = [
    "The harbor bridge reopened to traffic on Monday, three months after a barge struck one of its piers.",
    "Engineers replaced two damaged girders and reinforced the pier with a steel collar.",
    "“We tested every bolt twice. The bridge is safer today than before the accident,” said the chief engineer.",
    "Commuters had faced detours of up to forty minutes while the crossing was closed.",
    "The city plans a public hearing next month on who should pay for the repairs.",
]
QUOTED = "We tested every bolt twice. The bridge is safer today than before the accident,"


def test_the_short_story_written_attributed_previewed_and_published(playwright_api, live_server, editor):  # noqa: F811
    section = make_section(name="City", slug="city")
    make_section(name="Sports", slug="sports")
    Person.objects.create(name="Dana Reyes", slug="dana-reyes", user=editor)  # the writer: the byline
    with admin_page(playwright_api, live_server, editor) as page:
        open_editor(page, live_server.url + reverse("admin:articles_article_add"))
        actions = Actions(page)
        actions.fill(page.locator("#id_headline"), "Harbor bridge reopens after repairs")
        actions.select(page.locator("#id_section"), str(section.pk))
        actions.click(page.locator(".story-editor-text"))
        actions.paste("\n\n".join(PARAGRAPHS))
        actions.drag_over(QUOTED)
        actions.click(page.get_by_role("button", name="❝ Quote"))
        actions.type("Marta Quill")
        actions.press("Enter")  # "New person: Marta Quill", the only choice
        actions.type("Chief engineer")
        actions.press("Enter")
        page.screenshot(path=str(ARTIFACTS / "story-editor-new-story-1280.png"), full_page=True)
        # Preview: the reader's page from the form as it stands, in a dialog over the form; nothing saved.
        actions.click(page.locator(".submit-row input[name='_preview']"))
        preview = page.frame_locator("iframe.story-preview-frame")
        preview.locator("article.story h1").wait_for()
        page.wait_for_function("() => !document.querySelector('.story-preview-dialog').dataset.loading")
        preview_title = preview.locator("article.story h1").inner_text()
        preview_body = preview.locator(".story-body").inner_text()
        preview_banner = preview.locator(".preview-banner").inner_text()
        page.screenshot(path=str(ARTIFACTS / "story-editor-preview-1280.png"))
        # Publish, from the preview's own bar: the one save.
        with page.expect_navigation():
            actions.click(page.locator(".story-preview-dialog input[name='_publish']"))
        saves = 1
        published = page.locator(".messagelist .success").count()
        message = page.locator(".messagelist").inner_text()
        errors = page.locator(".errornote, .errorlist").all_inner_texts()
        page.screenshot(path=str(ARTIFACTS / "story-editor-published-1280.png"))
        violations, problems = page.evaluate("window.__violations"), page.problems

    print(f"\nshort story: {actions.count} actions, {saves} save, no popup window")
    assert published == 1, errors
    assert "is published" in message
    assert violations == [] and problems == []
    assert actions.count <= 12
    assert preview_title == "Harbor bridge reopens after repairs"
    assert "nothing saved" in preview_banner
    assert all(text.split(",")[0] in preview_body for text in PARAGRAPHS)
    article = Article.objects.get(headline="Harbor bridge reopens after repairs")
    assert article.status == Article.Status.PUBLISHED and article.is_public and article.section == section
    assert list(article.blocks.values_list("kind", "text")) == [("paragraph", text) for text in PARAGRAPHS]
    quote = article.quotes.get()
    assert quote.text == QUOTED.rstrip(",") or quote.text == QUOTED
    assert quote.speaker.name == "Marta Quill" and quote.block.text == PARAGRAPHS[2]
    assert Mention.objects.get(article=article, person=quote.speaker).role == "Chief engineer"
    assert [byline.person.name for byline in article.bylines.all()] == ["Dana Reyes"]
    # The preview wrote nothing that stayed: one story, one speaker, one version, made by the publishing save.
    assert Article.objects.count() == 1 and Person.objects.filter(name="Marta Quill").count() == 1
    assert Version.objects.get_for_object(article).count() == 1


def test_a_quote_marked_on_an_existing_paragraph_with_an_existing_speaker(playwright_api, live_server, editor):  # noqa: F811
    article = make_article(headline="Council votes on the budget", status="draft", published_at=None)
    speaker = make_person(name="Lena Okafor")
    for position, text in enumerate(PARAGRAPHS, start=1):
        Block.objects.create(article=article, kind="paragraph", position=position, text=text)
    with admin_page(playwright_api, live_server, editor) as page:
        open_editor(page, live_server.url + change_url(article))
        actions = Actions(page)
        actions.drag_over(QUOTED)
        actions.press("Control+Alt+q")
        actions.type("Okafor")
        page.wait_for_selector(".story-speaker-options li:has-text('Lena Okafor')")
        actions.press("Enter")
        marked = actions.count
        page.locator(".story-editor").screenshot(path=str(ARTIFACTS / "story-editor-quote-marked-1280.png"))
        saved, errors = save(actions, page)
        page.wait_for_selector(".story-editor[data-ready='true']")
        page.locator(".story-editor").screenshot(path=str(ARTIFACTS / "story-editor-quote-saved-1280.png"))
        violations, problems = page.evaluate("window.__violations"), page.problems

    print(f"\nquote on an existing paragraph, existing speaker: {marked} actions, no save before it")
    assert saved == 1, errors
    assert violations == [] and problems == []
    quote = Quote.objects.get(article=article)
    assert (quote.text, quote.speaker, quote.block.text) == (QUOTED.rstrip(","), speaker, PARAGRAPHS[2]) or (
        quote.text, quote.speaker, quote.block.text) == (QUOTED, speaker, PARAGRAPHS[2])
    assert list(article.blocks.values_list("text", flat=True)) == PARAGRAPHS


def test_write_a_paragraph_make_a_subhead_and_mark_a_quote_with_the_keyboard_only(playwright_api, live_server, editor):  # noqa: F811
    article = make_article(headline="Storm closes schools", status="draft", published_at=None)
    Block.objects.create(article=article, kind="paragraph", position=1, text="Schools closed on Tuesday.")
    with admin_page(playwright_api, live_server, editor) as page:
        open_editor(page, live_server.url + change_url(article))
        actions = Actions(page)
        tabs = 0
        while not page.evaluate("document.activeElement.classList.contains('story-editor-text')"):
            actions.press("Tab")
            tabs += 1
            assert tabs < 150, "the editor is not reachable with Tab"
        page.wait_for_timeout(200)  # the editor takes the focus event before the next key
        actions.press("Control+End")
        page.wait_for_function("() => window.storyEditor.state.selection.from === window.storyEditor.state.doc.content.size - 1")
        actions.press("Enter")
        actions.type("What comes next")
        actions.press("Control+Alt+2")
        actions.press("Enter")
        actions.type("Classes resume on Thursday, the district said.")
        actions.press("Enter")
        actions.type("It is the safest choice for our children")
        actions.press("Shift+Home")
        # The editor reads a keyboard selection when the browser reports it, a moment after the key.
        page.wait_for_function("() => !window.storyEditor.state.selection.empty")
        actions.press("Control+Alt+q")
        page.wait_for_selector(".story-speaker-name:focus")
        actions.type("Rosa Imbert")
        actions.press("Enter")
        actions.type("District superintendent")
        actions.press("Enter")
        # The cursor goes back to the text (Tiptap focuses it on the next frame).
        page.wait_for_function("() => document.activeElement.classList.contains('story-editor-text')", timeout=5000)
        focused_editor = page.evaluate("document.activeElement.classList.contains('story-editor-text')")
        page.locator(".story-editor").screenshot(path=str(ARTIFACTS / "story-editor-keyboard-1280.png"))
        with page.expect_navigation():
            actions.press("Control+s")  # save and continue editing
        errors = page.locator(".errornote, .errorlist").all_inner_texts()
        violations, problems = page.evaluate("window.__violations"), page.problems

    print(f"\nkeyboard only: {actions.count} actions ({tabs} of them Tab), no mouse")
    assert errors == [] and violations == [] and problems == []
    assert focused_editor
    assert list(article.blocks.values_list("kind", "text")) == [
        ("paragraph", "Schools closed on Tuesday."), ("subhead", "What comes next"),
        ("paragraph", "Classes resume on Thursday, the district said."),
        ("paragraph", "It is the safest choice for our children"),
    ]
    quote = article.quotes.get()
    assert (quote.text, quote.speaker.name) == ("It is the safest choice for our children", "Rosa Imbert")
    assert Mention.objects.get(article=article, person=quote.speaker).role == "District superintendent"


def test_the_seed_story_in_the_editor_at_1280(playwright_api, live_server, editor, seed):  # noqa: F811
    with admin_page(playwright_api, live_server, editor) as page:
        open_editor(page, live_server.url + change_url(seed))
        page.screenshot(path=str(ARTIFACTS / "story-editor-seed-1280.png"))
        page.screenshot(path=str(ARTIFACTS / "story-editor-seed-full-1280.png"), full_page=True)
        atoms = page.locator(".story-atom").count()
        marks = page.locator(".story-quote").count()
        hidden = page.locator("#blocks-group").is_hidden()
        violations, problems = page.evaluate("window.__violations"), page.problems
    assert violations == [] and problems == []
    assert hidden
    assert atoms == seed.blocks.exclude(kind__in=["paragraph", "subhead"]).count()
    assert marks >= 1


def test_a_photo_box_moved_with_the_keyboard_and_a_paragraph_deleted(playwright_api, live_server, editor):  # noqa: F811
    from .factories import make_image

    article = make_article(headline="Ferry returns", status="draft", published_at=None)
    first = Block.objects.create(article=article, kind="paragraph", position=1, text="The ferry returned.")
    photo = Block.objects.create(article=article, kind="image", position=2, image=make_image(caption="The ferry"))
    Block.objects.create(article=article, kind="paragraph", position=3, text="Passengers cheered.")
    with admin_page(playwright_api, live_server, editor) as page:
        open_editor(page, live_server.url + change_url(article))
        actions = Actions(page)
        actions.click(page.locator(f".story-atom[data-block-id='{photo.pk}']"))
        actions.press("Alt+ArrowUp")
        actions.drag_over("Passengers cheered.")
        actions.press("Backspace")
        actions.press("Backspace")
        saved, errors = save(actions, page)
        violations, problems = page.evaluate("window.__violations"), page.problems
    print(f"\nmove a photo up and delete a paragraph: {actions.count} actions")
    assert saved == 1, errors
    assert violations == [] and problems == []
    assert list(article.blocks.values_list("pk", flat=True)) == [photo.pk, first.pk]
