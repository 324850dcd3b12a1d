"""Quotes the importer was unsure of: found by one QuerySet rule, filtered and counted in the story
list, marked in the story form, and confirmed by an editor."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.importing import import_article_file
from articles.models import Article, Quote

from .admin_forms import read_form
from .factories import make_article, make_person, make_section

pytestmark = pytest.mark.django_db

LIST = "/admin/articles/article/"


def story_with_quotes(*confidences, **fields):
    article = make_article(**fields)
    speaker = make_person()
    for position, confidence in enumerate(confidences, start=1):
        Quote.objects.create(article=article, position=position, text=f"Words {position}",
                             speaker=speaker, confidence=confidence)
    return article


def test_needing_check_is_below_the_setting_and_never_hand_entered_quotes(settings):
    settings.NEWSROOM_QUOTE_CHECK_BELOW = 0.6
    story_with_quotes(0.4, 0.59, 0.6, 0.95, None)
    assert sorted(Quote.objects.needing_check().values_list("confidence", flat=True)) == [0.4, 0.59]
    settings.NEWSROOM_QUOTE_CHECK_BELOW = 0.5
    assert list(Quote.objects.needing_check().values_list("confidence", flat=True)) == [0.4]


def test_stories_with_quotes_to_check_and_their_counts():
    doubtful = story_with_quotes(0.2, 0.4, 0.9)
    sure = story_with_quotes(0.95, None)
    assert list(Article.objects.with_quotes_to_check()) == [doubtful]
    assert list(Article.objects.without_quotes_to_check()) == [sure]
    counts = dict(Article.objects.counting_quotes_to_check().values_list("pk", "quotes_to_check"))
    assert counts == {doubtful.pk: 2, sure.pk: 0}


def test_the_importer_stores_each_quote_s_confidence(tmp_path):
    path = tmp_path / "council.txt"
    path.write_text("Council passes budget\n\nMayor Jane Doe met Council President Robert Roe on Monday.\n\n"
                    "“We are ready,” Doe said.\n\nThe report, titled “Ready or Not,” was released Monday.\n",
                    encoding="utf-8")
    article = import_article_file(path, section=make_section().path, key="council").article
    assert list(article.quotes.order_by("position").values_list("text", "confidence")) == [
        ("We are ready", 0.95), ("Ready or Not", 0.0),
    ]
    assert list(Article.objects.with_quotes_to_check()) == [article]


def test_story_list_filters_and_counts_quotes_to_check(editor_client):
    story_with_quotes(0.1, 0.3, headline="Doubtful story")
    story_with_quotes(1.0, headline="Checked story")
    html = editor_client.get(LIST + "?quotes_to_check=yes").content.decode()
    assert "Doubtful story" in html and "Checked story" not in html
    assert '<td class="field-quotes_to_check">2</td>' in html
    html = editor_client.get(LIST + "?quotes_to_check=no").content.decode()
    assert "Checked story" in html and "Doubtful story" not in html
    assert "by quotes to check" in editor_client.get(LIST).content.decode().lower()


def test_story_list_queries_do_not_grow_with_the_stories_or_their_quotes(editor_client):
    story_with_quotes(0.1)
    editor_client.get(LIST)  # the session and content types are read once
    with CaptureQueriesContext(connection) as few:
        assert editor_client.get(LIST).status_code == 200
    for _ in range(6):
        story_with_quotes(0.1, 0.2, 0.9)
    with CaptureQueriesContext(connection) as many:
        assert editor_client.get(LIST).status_code == 200
    print(f"story list: {len(few)} queries for 1 story, {len(many)} for 7")
    assert len(many) == len(few)


def change_form(client, article):
    url = reverse("admin:articles_article_change", args=[article.pk])
    return url, client.get(url).content.decode()


def test_story_form_marks_quotes_to_check_and_an_editor_confirms_one(editor_client):
    article = story_with_quotes(0.3, 0.9, headline="Doubtful story", slug="doubtful-story")
    url, html = change_form(editor_client, article)
    assert html.count("needs check (0.30)") == 1
    assert "needs check (0.90)" not in html
    data = read_form(html)
    doubtful = Quote.objects.get(article=article, confidence=0.3)
    row = next(key.rsplit("-", 1)[0] for key, value in data.items()
               if key.startswith("quotes-") and key.endswith("-id") and value == str(doubtful.pk))
    data[f"{row}-confirmed"] = "on"
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    doubtful.refresh_from_db()
    assert doubtful.confidence == 1.0
    assert list(Article.objects.with_quotes_to_check()) == []
    assert Quote.objects.get(article=article, position=2).confidence == 0.9


def test_choosing_another_speaker_confirms_the_quote(editor_client):
    article = story_with_quotes(0.3, headline="Doubtful story", slug="doubtful-story")
    right = make_person(name="Ana Lima")
    url, html = change_form(editor_client, article)
    data = read_form(html)
    row = next(key.rsplit("-", 1)[0] for key in data if key.endswith("-speaker") and key.startswith("quotes"))
    data[f"{row}-speaker"] = str(right.pk)
    assert editor_client.post(url, data).status_code == 302
    quote = article.quotes.get()
    assert (quote.speaker, quote.confidence) == (right, 1.0)


def test_an_imported_interview_records_the_interviewee_as_the_speaker_of_their_answers(tmp_path):
    path = tmp_path / "interview.txt"
    path.write_text("A life in harpsichords\n\nMirela Vancu restores harpsichords in an old mill.\n\n"
                    "Q: How did it start?\n\nA: With a broken one. I told my father, “I can fix it.”\n\n"
                    "Q: And now?\n\nA: Forty of them, and a waiting list.\n", encoding="utf-8")
    article = import_article_file(path, section=make_section().path, key="interview").article
    mention = article.mentions.select_related("person").get()
    assert (mention.person.name, mention.role) == ("Mirela Vancu", "interviewee")
    quote = article.quotes.select_related("speaker").get()
    assert (quote.text, quote.speaker, quote.confidence) == ("I can fix it.", mention.person, 0.85)
    assert not Quote.objects.needing_check().exists()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_an_editor_finds_and_confirms_doubtful_quotes_in_a_browser(playwright_api, live_server, editor, tmp_path):
    from .browser import ARTIFACTS, admin_page
    from .test_admin_body_editor import save_and_continue

    # (a pronoun two paragraphs from the name it points back at: a speaker to check)
    text = tmp_path / "quay.txt"
    text.write_text("Harbour quay opens\n\nThe harbour master, Jane Doe, opened the new quay on Monday.\n\n"
                    "The quay cost four million pounds and took two years to build.\n\nFerries will use it from June,"
                    " the council said.\n\n“It was worth the wait,” she said.\n", encoding="utf-8")
    story = import_article_file(text, section=make_section().path, key="quay").article
    doubtful = list(story.quotes.needing_check().values_list("pk", flat=True))
    assert doubtful
    actions = 0
    with admin_page(playwright_api, live_server, editor) as page:
        page.goto(live_server.url + LIST)
        page.get_by_role("link", name="Some to check").click()
        actions += 1
        page.wait_for_load_state("networkidle")
        page.screenshot(path=str(ARTIFACTS / "admin-quotes-to-check-list.png"), full_page=True)
        assert page.locator("td.field-quotes_to_check").all_inner_texts() == [str(len(doubtful))]
        page.get_by_role("link", name=story.headline).click()
        actions += 1
        page.wait_for_load_state("networkidle")
        # Quotes are confirmed in the body's cards; the document editor links to them.
        page.get_by_role("link", name="Edit as cards").click()
        actions += 1
        page.wait_for_load_state("networkidle")
        flagged = page.locator("#quotes-group tr:has(td.field-speaker_check:has-text('needs check'))")
        assert flagged.count() == len(doubtful)
        flagged.first.scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "admin-quotes-to-check-form.png"), full_page=False)
        for row in flagged.all():
            row.locator("input[name$='-confirmed']").check()
            actions += 1
        saved, errors = save_and_continue(page)
        actions += 1
        assert (saved, errors) == (1, [])
        assert page.locator("#quotes-group td.field-speaker_check:has-text('needs check')").count() == 0
        assert page.problems == []
    print(f"confirming {len(doubtful)} doubtful quotes from the story list: {actions} actions")
    assert list(Quote.objects.filter(pk__in=doubtful).values_list("confidence", flat=True)) == [1.0] * len(doubtful)
    assert not Article.objects.with_quotes_to_check().exists()
