"""Photos, related stories and pull quotes inserted in the body document, and quotes to check, in Debian's Chromium.

Each test counts what a user does (each click, key chord, typed field or file chosen is one
action) and prints the count (pytest -s shows it). Screenshots at 1280 px go to test-artifacts/.
Skips, saying why, without /usr/bin/chromium.
"""

import json

import pytest
from PIL import Image as PILImage
from PIL import ImageDraw

from articles.body_document import document_for
from articles.importing import export_article
from articles.models import Block, Image, Mention, Quote
from people.models import Organization, Person

from .admin_forms import change_url
from .browser import ARTIFACTS, admin_page
from .factories import make_article, make_image, make_organization, make_person
from .story_editor import Actions, cursor_at_end_of, open_editor, save, settled

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PARAGRAPHS = [
    "The harbor bridge reopened to traffic on Monday, three months after a barge struck one of its piers.",
    "“We tested every bolt twice,” said Lena Okafor, the city's chief engineer.",
    "Commuters had faced detours of up to forty minutes while the crossing was closed.",
]
QUOTED = "We tested every bolt twice,"


def story_with_paragraphs(**fields):
    article = make_article(status="draft", published_at=None, **fields)
    for position, text in enumerate(PARAGRAPHS, start=1):
        Block.objects.create(article=article, kind="paragraph", position=position, text=text)
    return article


def png_file(tmp_path, name="harbor-bridge.png", size=(900, 600)):
    """A real photo-like PNG made with Pillow."""
    image = PILImage.new("RGB", size, (70, 120, 170))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, size[1] * 2 // 3, size[0], size[1]), fill=(60, 60, 70))
    for x in range(0, size[0], 60):
        draw.line((x, size[1] // 3, x + 30, size[1] * 2 // 3), fill=(200, 200, 210), width=6)
    path = tmp_path / name
    image.save(path, format="PNG")
    return path


def test_a_photo_uploaded_in_the_editor_with_caption_alt_text_and_credit(playwright_api, live_server, editor,  # noqa: F811
                                                                         tmp_path):
    article = story_with_paragraphs(headline="Harbor bridge reopens")
    not_a_photo = tmp_path / "notes.png"
    not_a_photo.write_text("<html><script>alert(1)</script></html>", encoding="utf-8")
    with admin_page(playwright_api, live_server, editor) as page:
        open_editor(page, live_server.url + change_url(article))
        actions = Actions(page)
        actions.count += 1
        cursor_at_end_of(page, PARAGRAPHS[0])
        actions.click(page.get_by_role("button", name="Photo", exact=True))
        panel = page.locator(".story-photo")
        # A file that is no photo: the server's upload checks refuse it, in the panel.
        actions.choose_file(panel.locator(".story-photo-file"), not_a_photo)
        actions.fill(panel.locator(".story-photo-alt"), "Cars cross the reopened bridge.")
        actions.click(panel.get_by_role("button", name="Insert photo"))
        page.wait_for_selector(".story-photo .story-panel-error:has-text('valid image')")
        refusal = panel.locator(".story-panel-error").inner_text()
        panel.screenshot(path=str(ARTIFACTS / "story-editor-photo-refused-1280.png"))
        tried = actions.count

        actions.count = 2  # the click in the text and Photo, as if the right file had been chosen first
        actions.choose_file(panel.locator(".story-photo-file"), png_file(tmp_path))
        actions.fill(panel.locator(".story-photo-caption"), "The bridge on Monday morning.")
        actions.fill(panel.locator(".story-photo-alt"), "Cars cross the reopened bridge.")
        actions.fill(panel.locator(".story-photo-photographer"), "Ines Moreau")
        actions.fill(panel.locator(".story-photo-agency"), "Coastal Press")
        page.locator(".story-editor").screenshot(path=str(ARTIFACTS / "story-editor-photo-panel-1280.png"))
        actions.click(panel.get_by_role("button", name="Insert photo"))
        page.wait_for_selector(".story-atom-image .story-atom-badge")
        inserted = actions.count
        page.screenshot(path=str(ARTIFACTS / "story-editor-photo-inserted-1280.png"))
        saved, errors = save(actions, page)
        violations, problems = settled(page)

    print(f"\nphoto uploaded with caption, alt text and credit: {inserted} actions, then 1 save "
          f"(a refused file first took {tried})")
    assert "Upload a valid image" in refusal
    assert saved == 1, errors
    assert violations == [] and problems == []
    blocks = list(article.blocks.order_by("position"))
    assert [block.kind for block in blocks] == ["paragraph", "image", "paragraph", "paragraph"]
    image = blocks[1].image
    assert (image.caption, image.alt_text, image.credit, image.width) == (
        "The bridge on Monday morning.", "Cars cross the reopened bridge.", "Ines Moreau, Coastal Press", 900)
    assert blocks[1].caption == ""  # the photo's own caption
    assert Image.objects.count() == 1  # the refused file left nothing behind
    assert Person.objects.filter(name="Ines Moreau").count() == 1
    assert Organization.objects.filter(name="Coastal Press").exists()


def test_a_photo_chosen_from_the_library_with_a_caption_for_this_story(playwright_api, live_server, editor):  # noqa: F811
    article = story_with_paragraphs(headline="Ferry returns")
    photo = make_image(caption="Divers inspect the pier.", alt_text="Two divers beside a pier.",
                       agency=make_organization(name="Harbor Wire"), credit_line="")
    make_image(caption="A council meeting")
    with admin_page(playwright_api, live_server, editor) as page:
        open_editor(page, live_server.url + change_url(article))
        actions = Actions(page)
        actions.count += 1
        cursor_at_end_of(page, PARAGRAPHS[1])
        actions.press("Control+Alt+p")
        actions.fill(page.locator(".story-photo-search"), "divers")
        page.wait_for_selector("#story-photo-results li:has-text('Divers inspect')")
        actions.press("Enter")
        actions.fill(page.locator(".story-photo-caption"), "Divers inspected the pier before the bridge reopened.")
        page.locator(".story-editor").screenshot(path=str(ARTIFACTS / "story-editor-photo-library-1280.png"))
        actions.press("Enter")  # in the caption: insert
        page.wait_for_selector(".story-atom-image")
        inserted = actions.count
        # The new box is selected: Enter edits it.
        actions.press("Enter")
        page.wait_for_selector(".story-photo .story-panel-title:has-text('Change photo')")
        page.wait_for_function("() => document.querySelector('.story-photo-caption').value.startsWith('Divers inspected')")
        actions.fill(page.locator(".story-photo-caption"), "Divers at the pier, before the reopening.")
        actions.press("Enter")
        page.wait_for_selector(".story-atom-image:has-text('Divers at the pier')")
        boxes = page.locator(".story-atom-image").count()
        saved, errors = save(actions, page)
        violations, problems = settled(page)
    print(f"\nphoto chosen from the library, own caption: {inserted} actions, then 1 save")
    assert saved == 1, errors
    assert violations == [] and problems == [] and boxes == 1
    block = article.blocks.get(kind="image")
    assert (block.position, block.image, block.caption) == (3, photo, "Divers at the pier, before the reopening.")


def test_related_stories_by_search_by_our_address_and_by_an_outside_address(playwright_api, live_server, editor):  # noqa: F811
    article = story_with_paragraphs(headline="Harbor bridge reopens")
    earlier = make_article(headline="Barge strikes the harbor bridge")
    other = make_article(headline="Detours double commute times")
    draft = make_article(headline="Who pays for the bridge", status="draft", published_at=None)
    counts = {}
    with admin_page(playwright_api, live_server, editor) as page:
        open_editor(page, live_server.url + change_url(article))
        actions = Actions(page)
        actions.count += 1
        cursor_at_end_of(page, PARAGRAPHS[0])
        actions.click(page.get_by_role("button", name="Related story"))
        actions.type("barge")
        page.wait_for_selector("#story-related-results li:has-text('Barge strikes')")
        actions.press("Enter")  # chooses the story
        page.locator(".story-editor").screenshot(path=str(ARTIFACTS / "story-editor-related-search-1280.png"))
        actions.press("Enter")  # inserts it, with its own headline
        page.wait_for_selector(".story-atom-related")
        counts["by search"] = actions.count

        actions = Actions(page)
        actions.count += 1
        cursor_at_end_of(page, PARAGRAPHS[2])
        actions.press("Control+Alt+k")
        actions.fill(page.locator(".story-related-search"), f"{live_server.url}{other.get_absolute_url()}")  # pasted
        page.wait_for_selector("#story-related-results li:has-text('Detours double')")
        actions.press("Enter")
        actions.press("Enter")
        page.wait_for_function("() => document.querySelectorAll('.story-atom-related').length === 2")
        counts["by our address"] = actions.count

        actions = Actions(page)
        actions.press("Control+Alt+k")
        actions.fill(page.locator(".story-related-search"), "https://example.org/bridges/inspections")
        page.wait_for_selector("#story-related-results li:has-text('Outside link')")
        actions.press("Enter")
        actions.type("How bridges are inspected")
        actions.press("Enter")
        page.wait_for_function("() => document.querySelectorAll('.story-atom-related').length === 3")
        counts["outside address"] = actions.count

        # A draft: only the title typed reaches readers.
        actions = Actions(page)
        actions.press("Control+Alt+k")
        actions.type("who pays")
        page.wait_for_selector("#story-related-results li:has-text('Who pays')")
        actions.press("Enter")
        note = page.locator(".story-related-note").inner_text()
        actions.type("Repair costs: the hearing")
        actions.press("Enter")
        page.wait_for_function("() => document.querySelectorAll('.story-atom-related').length === 4")
        counts["a draft, with a title"] = actions.count
        page.screenshot(path=str(ARTIFACTS / "story-editor-related-inserted-1280.png"), full_page=True)
        saved, errors = save(actions, page)
        violations, problems = settled(page)

    print(f"\nrelated stories: {counts} actions, then 1 save")
    assert saved == 1, errors
    assert violations == [] and problems == []
    assert "Not public yet" in note
    rows = list(article.blocks.order_by("position").values_list("kind", "link_article", "link_url", "link_title"))
    assert rows == [
        ("paragraph", None, "", ""), ("related", earlier.pk, "", ""), ("paragraph", None, "", ""),
        ("paragraph", None, "", ""), ("related", other.pk, "", ""),
        ("related", None, "https://example.org/bridges/inspections", "How bridges are inspected"),
        ("related", draft.pk, "", "Repair costs: the hearing"),
    ]
    # Readers see the draft's typed title, unlinked.
    html = page_html_of(article)
    assert "Repair costs: the hearing" in html and "Who pays for the bridge" not in html
    assert f'href="{earlier.get_absolute_url()}"' in html


def page_html_of(article):
    from django.test import Client

    from articles.models import Article

    Article.objects.filter(pk=article.pk).update(status="published", published_at=earlier_now())
    article.refresh_from_db()
    return Client().get(article.get_absolute_url()).content.decode()


def earlier_now():
    from django.utils import timezone

    return timezone.now() - timezone.timedelta(minutes=5)


def test_pull_quotes_of_a_saved_quote_and_of_one_marked_before_saving(playwright_api, live_server, editor):  # noqa: F811
    article = story_with_paragraphs(headline="Harbor bridge reopens")
    engineer = make_person(name="Lena Okafor")
    saved_quote = Quote.objects.create(article=article, block=article.blocks.get(position=2), position=1,
                                       text=QUOTED, speaker=engineer)
    counts = {}
    with admin_page(playwright_api, live_server, editor) as page:
        open_editor(page, live_server.url + change_url(article))
        actions = Actions(page)
        actions.count += 1
        cursor_at_end_of(page, "bolt")  # inside the quote
        actions.click(page.get_by_role("button", name="Pull quote"))
        page.wait_for_selector("#story-pull-options li[aria-selected='true']:has-text('We tested')")
        page.locator(".story-editor").screenshot(path=str(ARTIFACTS / "story-editor-pull-quote-1280.png"))
        actions.press("Enter")
        page.wait_for_selector(".story-atom-quote")
        counts["the quote at the cursor"] = actions.count

        actions = Actions(page)
        actions.drag_over("detours of up to forty minutes")
        actions.press("Control+Alt+q")
        actions.type("Okafor")
        page.wait_for_selector(".story-speaker-options li:has-text('Lena Okafor')")
        actions.press("Enter")
        # The mark is set and the editor takes the focus back a frame later; the next shortcut is the editor's.
        page.wait_for_function(
            """() => window.storyEditor.view.hasFocus()
                && [...document.querySelectorAll('mark.story-quote')].some(m => m.textContent.includes('detours'))""")
        actions.press("Control+Alt+u")
        page.wait_for_selector("#story-pull-options li[aria-selected='true']:has-text('detours')")
        actions.press("Enter")
        page.wait_for_function("() => document.querySelectorAll('.story-atom-quote').length === 2")
        counts["a quote marked just now, with its speaker"] = actions.count
        saved, errors = save(actions, page)
        page.wait_for_selector(".story-editor[data-ready='true']")
        page.locator(".story-editor").screenshot(path=str(ARTIFACTS / "story-editor-pull-quote-saved-1280.png"))
        violations, problems = settled(page)

    print(f"\npull quotes: {counts} actions, then 1 save")
    assert saved == 1, errors
    assert violations == [] and problems == []
    new_quote = article.quotes.get(text="detours of up to forty minutes")
    rows = list(article.blocks.order_by("position").values_list("kind", "quote"))
    assert rows == [("paragraph", None), ("paragraph", None), ("quote", saved_quote.pk), ("paragraph", None),
                    ("quote", new_quote.pk)]


def test_quotes_to_check_are_marked_confirmed_and_reattributed_in_the_document(playwright_api, live_server, editor,  # noqa: F811
                                                                               settings):
    settings.NEWSROOM_QUOTE_CHECK_BELOW = 0.6
    article = story_with_paragraphs(headline="Harbor bridge reopens")
    wrong = make_person(name="Marta Quill")
    right = make_person(name="Lena Okafor")
    first = Quote.objects.create(article=article, block=article.blocks.get(position=2), position=1,
                                 text=QUOTED, speaker=right, confidence=0.4)
    second = Quote.objects.create(article=article, block=article.blocks.get(position=3), position=2,
                                  text="detours of up to forty minutes", speaker=wrong, confidence=0.3)
    with admin_page(playwright_api, live_server, editor) as page:
        open_editor(page, live_server.url + change_url(article))
        flagged = page.locator(".story-quote.is-needs-check").count()
        count_text = page.locator(".story-quote-bar-count").inner_text()
        page.locator(".story-editor").screenshot(path=str(ARTIFACTS / "story-editor-quotes-to-check-1280.png"))
        actions = Actions(page)
        actions.click(page.get_by_role("button", name="Next to check"))
        page.wait_for_selector(".story-quote-bar-info:has-text('Lena Okafor')")
        page.locator(".story-editor").screenshot(path=str(ARTIFACTS / "story-editor-quote-to-check-bar-1280.png"))
        actions.click(page.get_by_role("button", name="✓ Confirm speaker"))
        actions.press("Control+Alt+n")
        page.wait_for_selector(".story-quote-bar-info:has-text('Marta Quill')")
        actions.press("Control+Alt+q")  # in a quote: change its speaker
        actions.type("Okafor")
        page.wait_for_selector(".story-speaker-options li:has-text('Lena Okafor')")
        actions.press("Enter")
        page.wait_for_function("() => document.querySelectorAll('.story-quote.is-needs-check').length === 0")
        checked = actions.count
        saved, errors = save(actions, page)
        remaining = page.locator(".story-quote.is-needs-check").count()
        violations, problems = settled(page)

    print(f"\ntwo quotes to check, one confirmed and one given another speaker: {checked} actions, then 1 save")
    assert flagged == 2 and count_text == "2 quotes to check"
    assert saved == 1, errors
    assert violations == [] and problems == [] and remaining == 0
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.speaker, first.confidence) == (right, 1.0)
    assert (second.speaker, second.confidence) == (right, 1.0)
    assert not Quote.objects.needing_check().exists()


def test_every_box_round_trips_through_save_and_reload_unchanged(playwright_api, live_server, editor):  # noqa: F811
    article = story_with_paragraphs(headline="Harbor bridge reopens")
    engineer = make_person(name="Lena Okafor")
    quote = Quote.objects.create(article=article, block=article.blocks.get(position=2), position=1,
                                 text=QUOTED, speaker=engineer, confidence=0.95)
    Mention.objects.create(article=article, person=engineer, position=1, block=quote.block)
    Block.objects.create(article=article, kind="image", position=4, image=make_image(), caption="Own caption")
    Block.objects.create(article=article, kind="quote", position=5, quote=quote)
    Block.objects.create(article=article, kind="related", position=6, link_article=make_article(headline="Earlier"))
    Block.objects.create(article=article, kind="related", position=7, link_url="https://example.org/",
                         link_title="Elsewhere")
    before = export_article(article)
    server_document = document_for(article)
    with admin_page(playwright_api, live_server, editor) as page:
        open_editor(page, live_server.url + change_url(article))
        loaded = page.evaluate("JSON.stringify(window.storyEditor.getJSON())")
        saved, errors = save(Actions(page), page)
        page.wait_for_selector(".story-editor[data-ready='true']")
        reloaded = page.evaluate("JSON.stringify(window.storyEditor.getJSON())")
        violations, problems = settled(page)
    assert saved == 1 and errors == [] and violations == [] and problems == []
    assert json.loads(loaded) == server_document == json.loads(reloaded)
    assert export_article(article) == before


def test_a_box_cut_and_pasted_elsewhere_keeps_its_photo_and_caption(playwright_api, live_server, editor):  # noqa: F811
    article = story_with_paragraphs(headline="Ferry returns")
    photo = make_image(caption="The ferry.")
    box = Block.objects.create(article=article, kind="image", position=4, image=photo, caption="The ferry at dawn.")
    with admin_page(playwright_api, live_server, editor) as page:
        open_editor(page, live_server.url + change_url(article))
        actions = Actions(page)
        actions.click(page.locator(f".story-atom[data-block-id='{box.pk}']"))
        actions.press("Control+x")
        page.wait_for_function("() => document.querySelectorAll('.story-atom').length === 0")
        actions.count += 1
        cursor_at_end_of(page, PARAGRAPHS[0])
        actions.press("Control+v")
        page.wait_for_selector(".story-atom-image .story-atom-badge")
        saved, errors = save(actions, page)
        violations, problems = settled(page)
    print(f"\na photo box cut and pasted after the first paragraph: {actions.count} actions, then 1 save")
    assert saved == 1, errors
    assert violations == [] and problems == []
    rows = list(article.blocks.order_by("position").values_list("kind", "image", "caption"))
    assert rows == [("paragraph", None, ""), ("image", photo.pk, "The ferry at dawn."), ("paragraph", None, ""),
                    ("paragraph", None, "")]
