"""Editing a story's body in the admin: cards per block, fields by kind, moving blocks.

The browser test drives Debian's Chromium with Playwright, saves screenshots into test-artifacts/
and skips, saying why, when /usr/bin/chromium is missing; the others read the served form.
"""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.admin import FIELDS_BY_KIND
from articles.models import Block, Mention, Quote

from .admin_forms import change_url, read_form
from .browser import ARTIFACTS, admin_page, drag
from .factories import make_article, make_image, make_person



@pytest.fixture
def story(db):
    article = make_article(headline="Harbor bridge reopens", status="draft", published_at=None)
    Block.objects.create(
        article=article, kind="paragraph", position=1, text="The bridge reopened on Monday after repairs.",
    )
    Block.objects.create(article=article, kind="subhead", position=2, text="What changed")
    Block.objects.create(article=article, kind="paragraph", position=3, text="Traffic moved again by noon.")
    return article


def test_change_form_loads_the_body_editor_script_and_styles(editor_client, story):
    html = editor_client.get(change_url(story)).content.decode()
    assert '<script src="/static/articles/admin/body-editor.js"></script>' in html
    assert 'href="/static/articles/admin/body-editor.css"' in html
    assert "<script>" not in html and " onclick=" not in html


def test_every_field_is_served_so_the_form_works_without_scripts(editor_client, story):
    response = editor_client.get(change_url(story))
    html = response.content.decode()
    assert 'data-fields-by-kind="' in html
    group = response.context["inline_admin_formsets"][1]
    assert json.loads(group.opts.fields_by_kind_json()) == {kind.value: names for kind, names in FIELDS_BY_KIND.items()}
    for name in ["position", "kind", "text", "image", "caption", "quote", "link_title", "link_article", "link_url"]:
        assert f'name="blocks-0-{name}"' in html
    # Cards hide nothing themselves: the script does, so without it every field shows.
    assert html.count('class="inline-related body-block') == 5  # 3 blocks, 1 blank, 1 template


def test_quote_and_mention_rows_name_blocks_by_kind_number_and_first_words(editor_client, story):
    speaker = make_person(name="Ana Lopez")
    first = story.blocks.get(position=1)
    Quote.objects.create(article=story, position=1, text="We are open", speaker=speaker, block=first)
    Mention.objects.create(article=story, position=1, person=speaker, block=first)
    html = editor_client.get(change_url(story)).content.decode()
    assert '<option value="%d" selected>¶ 1 — The bridge reopened on Monday after…</option>' % first.pk in html
    assert "Subhead 2 — What changed</option>" in html
    # In the quote's row and the mention's, and in each inline's template for rows added later.
    assert html.count("¶ 3 — Traffic moved again by noon.</option>") == 4


def block_queries(client, article):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(change_url(article))
    assert response.status_code == 200
    return [q["sql"] for q in queries.captured_queries if 'FROM "articles_block"' in q["sql"]]


def test_the_blocks_offered_to_quotes_and_mentions_are_read_once_whatever_the_rows(editor_client, story):
    speaker = make_person()
    Quote.objects.create(article=story, position=1, text="One", speaker=speaker)
    few = len(block_queries(editor_client, story))
    for position in range(2, 8):
        Quote.objects.create(article=story, position=position, text=f"Words {position}", speaker=speaker)
    for position in range(1, 5):
        Mention.objects.create(article=story, position=position, person=make_person())
    many = len(block_queries(editor_client, story))
    assert few == many <= 3


def test_a_new_row_holding_only_its_number_is_left_out(editor_client, story):
    data = read_form(editor_client.get(change_url(story)).content.decode())
    assert data["blocks-TOTAL_FORMS"] == "4"
    data["blocks-3-position"] = "4"  # what the editor's script writes into the blank row
    response = editor_client.post(change_url(story), data)
    assert response.status_code == 302
    assert story.blocks.count() == 3


def test_saving_clears_the_fields_a_kind_does_not_use(editor_client, story):
    image = make_image()
    data = read_form(editor_client.get(change_url(story)).content.decode())
    data["blocks-0-image"] = str(image.pk)
    data["blocks-0-link_title"] = "Left over from a related link"
    data["blocks-1-kind"] = "image"
    data["blocks-1-image"] = str(image.pk)
    response = editor_client.post(change_url(story), data)
    assert response.status_code == 302
    paragraph, former_subhead = story.blocks.order_by("position")[:2]
    assert paragraph.image_id is None and paragraph.link_title == ""
    assert paragraph.text == "The bridge reopened on Monday after repairs."
    assert former_subhead.kind == "image" and former_subhead.image_id == image.pk and former_subhead.text == ""


# In a real browser


def numbers_in_page_order(page):
    return page.eval_on_selector_all(
        "#blocks-group .body-block:not(.empty-form) input[name$='-position']", "inputs => inputs.map(i => i.value)",
    )


def card(page, block):
    return page.locator(f"#blocks-group .body-block:has(input[name$='-id'][value='{block.pk}'])")


def save_and_continue(page):
    with page.expect_navigation():
        page.locator("input[name='_continue']").click()
    page.wait_for_load_state("networkidle")
    return page.locator(".messagelist .success").count(), page.locator(".errornote, .errorlist").all_inner_texts()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_editor_reorders_adds_and_switches_blocks_in_a_browser(playwright_api, live_server, editor, seed):
    blocks = list(seed.blocks.order_by("position"))
    first, second, third, tenth, last = blocks[0], blocks[1], blocks[2], blocks[9], blocks[-1]
    image = seed.blocks.get(kind="image")
    assert first.kind == second.kind == third.kind == tenth.kind == "paragraph"

    with admin_page(playwright_api, live_server, editor) as page:
        page.goto(live_server.url + change_url(seed) + "?body=cards")
        page.wait_for_load_state("networkidle")
        page.screenshot(path=str(ARTIFACTS / "admin-body-editor-1400.png"), full_page=True)
        assert page.locator("#blocks-group.is-enhanced").count() == 1

        # Each card shows the fields of its kind...
        assert card(page, first).locator(".fieldBox.field-text textarea").is_visible()
        for name in ["image", "caption", "quote", "link_title", "link_article", "link_url"]:
            assert not card(page, first).locator(f".fieldBox.field-{name}").is_visible()
        assert card(page, image).locator(".fieldBox.field-image .select2-container").is_visible()
        assert card(page, image).locator(".fieldBox.field-caption textarea").is_visible()
        assert not card(page, image).locator(".fieldBox.field-text").is_visible()

        # ...and switches when the kind changes.
        kind = card(page, second).locator("select[name$='-kind']")
        kind.select_option("related")
        assert card(page, second).locator(".fieldBox.field-link_url input").is_visible()
        assert not card(page, second).locator(".fieldBox.field-text").is_visible()
        kind.select_option("paragraph")
        assert card(page, second).locator(".fieldBox.field-text textarea").is_visible()

        # Up with the mouse, down with the keyboard; the numbers follow the cards.
        card(page, third).get_by_role("button", name="Move this block up").click()
        assert page.evaluate("document.activeElement.className") == "body-block-up"
        card(page, first).get_by_role("button", name="Move this block down").focus()
        page.keyboard.press("Enter")
        order = [third, first, second, *blocks[3:]]
        assert numbers_in_page_order(page) == [str(n) for n in range(1, len(blocks) + 2)]  # the blank card last

        # A card added below another lands there, with working autocomplete widgets.
        card(page, second).get_by_role("button", name="Add a block below this one").click()
        added = page.locator("#blocks-group .body-block:not(.empty-form):not(.has_original)").first
        above = added.evaluate("row => row.previousElementSibling.querySelector('[name$=\"-id\"]').value")
        assert above == str(second.pk)
        assert added.locator(".fieldBox.field-image .select2-container").count() == 1
        added.locator("textarea[name$='-text']").fill("A paragraph added below the third.")
        order.insert(order.index(second) + 1, "added")

        # Dragging by the handle, and typing a number, move cards too.
        drag(page, card(page, last).locator(".body-block-handle"), card(page, third).locator(".body-block-head"))
        order = [last, *order[:-1]]
        card(page, tenth).locator("input[name$='-position']").fill("3")
        card(page, tenth).locator("input[name$='-position']").press("Tab")
        order.remove(tenth)
        order.insert(2, tenth)

        assert numbers_in_page_order(page) == [str(n) for n in range(1, len(blocks) + 3)]  # added and blank cards
        page.locator("#blocks-group").screenshot(path=str(ARTIFACTS / "admin-body-editor-moved-1400.png"))
        saved_messages, errors = save_and_continue(page)
        violations, problems = page.evaluate("window.__violations"), page.problems

    assert saved_messages == 1, errors
    assert violations == [] and problems == []
    saved = list(seed.blocks.order_by("position"))
    assert [block.position for block in saved] == list(range(1, len(blocks) + 2))
    new = next(block for block in saved if block.pk not in {b.pk for b in blocks})
    assert new.text == "A paragraph added below the third." and new.kind == "paragraph"
    assert [block.pk for block in saved] == [new.pk if block == "added" else block.pk for block in order]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_removing_a_new_card_keeps_the_saved_cards_and_the_one_added_between_them(
    playwright_api, live_server, editor, story,
):
    first, second, third = story.blocks.order_by("position")
    with admin_page(playwright_api, live_server, editor) as page:
        page.goto(live_server.url + change_url(story) + "?body=cards")
        page.wait_for_load_state("networkidle")
        card(page, first).get_by_role("button", name="Add a block below this one").click()
        new_cards = page.locator("#blocks-group .body-block:not(.empty-form):not(.has_original)")
        new_cards.first.locator("textarea[name$='-text']").fill("Inserted after the first paragraph.")
        # The blank card served at the end goes; the admin's script renames the forms as it removes it.
        new_cards.last.locator(".inline-deletelink").click()
        assert page.locator("#blocks-group .body-block:not(.empty-form)").count() == 4
        assert numbers_in_page_order(page) == ["1", "2", "3", "4"]
        saved_messages, errors = save_and_continue(page)
        violations, problems = page.evaluate("window.__violations"), page.problems

    assert saved_messages == 1, errors
    assert violations == [] and problems == []
    assert list(story.blocks.order_by("position").values_list("text", flat=True)) == [
        first.text, "Inserted after the first paragraph.", second.text, third.text,
    ]


def test_a_story_its_writer_may_only_view_shows_its_body_read_only(client, contributor):
    article = make_article(headline="Already out", created_by=contributor)
    Block.objects.create(article=article, kind="paragraph", position=1, text="Words readers have seen.")
    client.force_login(contributor)
    response = client.get(change_url(article))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Words readers have seen." in html and 'data-kind="paragraph"' in html
    assert 'name="blocks-0-position"' not in html
