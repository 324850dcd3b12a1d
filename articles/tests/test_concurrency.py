"""No lost edits: a save of a form opened before someone else's save is refused, and nothing is lost."""

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from articles import admin as articles_admin
from articles.models import Article, Block

from .admin_forms import change_url, read_form
from .factories import make_article, make_staff_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def story():
    article = make_article(headline="Bridge closes for repairs", status="draft", published_at=None)
    Block.objects.create(article=article, kind="paragraph", position=1, text="The bridge closed on Monday.")
    Block.objects.create(article=article, kind="paragraph", position=2, text="It will reopen in May.")
    return article


@pytest.fixture
def two_editors(desk_editor):
    first, second = Client(), Client()
    first.force_login(desk_editor)
    second.force_login(make_staff_user("second-editor", role="Editor"))
    return first, second


def open_form(client, article):
    return read_form(client.get(change_url(article)).content.decode())


def block_index(data, text):
    return next(key.split("-")[1] for key, value in data.items() if key.endswith("-text") and value == text)


def test_the_form_carries_the_version_the_editor_loaded(two_editors, story):
    first, _ = two_editors
    assert open_form(first, story)["loaded_version"] == str(story.version)


def test_second_save_of_a_stale_form_is_refused_naming_who_and_when(two_editors, story):
    first, second = two_editors
    mine, theirs = open_form(first, story), open_form(second, story)
    mine["headline"] = "Bridge closes until May"
    assert first.post(change_url(story), mine).status_code == 302
    saved = Article.objects.get(pk=story.pk)

    theirs["headline"] = "Bridge repairs begin"
    response = second.post(change_url(story), theirs)
    html = response.content.decode()
    assert response.status_code == 200
    assert "desk-editor saved this story at" in html
    assert saved.modified_at.astimezone().strftime("%Y-%m-%d %H:%M") in html
    assert "Your changes have not been saved" in html
    assert 'value="Bridge repairs begin"' in html
    story.refresh_from_db()
    assert story.headline == "Bridge closes until May" and story.version == saved.version


def test_changes_only_to_the_body_count_as_a_new_version(two_editors, story):
    first, second = two_editors
    mine, theirs = open_form(first, story), open_form(second, story)
    before = Article.objects.get(pk=story.pk).version
    mine[f"blocks-{block_index(mine, 'It will reopen in May.')}-text"] = "It will reopen in June."
    assert first.post(change_url(story), mine).status_code == 302
    assert Article.objects.get(pk=story.pk).version == before + 1

    theirs[f"blocks-{block_index(theirs, 'The bridge closed on Monday.')}-text"] = "The bridge shut on Monday night."
    response = second.post(change_url(story), theirs)
    html = response.content.decode()
    assert "saved this story at" in html
    # The second editor's paragraph is shown back, so nothing typed is lost ...
    assert "The bridge shut on Monday night." in html
    # ... and the page says what the first editor changed.
    assert "What changed since you opened the story" in html and "It will reopen in June." in html
    texts = list(story.blocks.order_by("position").values_list("text", flat=True))
    assert texts == ["The bridge closed on Monday.", "It will reopen in June."]


def test_a_block_deleted_meanwhile_still_comes_back_with_the_second_editors_text(two_editors, story):
    first, second = two_editors
    mine, theirs = open_form(first, story), open_form(second, story)
    mine[f"blocks-{block_index(mine, 'It will reopen in May.')}-DELETE"] = "on"
    assert first.post(change_url(story), mine).status_code == 302
    theirs[f"blocks-{block_index(theirs, 'It will reopen in May.')}-text"] = "It will reopen in May, weather permitting."
    response = second.post(change_url(story), theirs)
    assert response.status_code == 200
    assert "It will reopen in May, weather permitting." in response.content.decode()
    assert list(story.blocks.values_list("text", flat=True)) == ["The bridge closed on Monday."]


def test_a_publish_action_in_between_makes_the_form_stale(two_editors, story):
    first, second = two_editors
    theirs = open_form(second, story)
    first.post("/admin/articles/article/", {"action": "publish", "_selected_action": [story.pk]})
    theirs["status"] = "draft"
    response = second.post(change_url(story), theirs)
    assert "desk-editor saved this story at" in response.content.decode()
    story.refresh_from_db()
    assert story.status == "published"


def test_an_edit_on_the_blocks_own_page_makes_the_form_stale(two_editors, story):
    first, second = two_editors
    theirs = open_form(second, story)
    block = story.blocks.get(position=2)
    response = first.post(
        reverse("admin:articles_block_change", args=[block.pk]),
        {"article": story.pk, "kind": "paragraph", "position": 2, "text": "It will reopen in July.",
         "image": "", "caption": "", "quote": "", "link_title": "", "link_article": "", "link_url": ""},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert "saved this story at" in second.post(change_url(story), theirs).content.decode()
    assert story.blocks.get(position=2).text == "It will reopen in July."


def test_reloading_after_a_refusal_lets_the_editor_save(two_editors, story):
    first, second = two_editors
    mine, theirs = open_form(first, story), open_form(second, story)
    mine["dek"] = "Traffic diverted."
    first.post(change_url(story), mine)
    assert second.post(change_url(story), theirs).status_code == 200
    fresh = open_form(second, story)
    fresh["headline"] = "Bridge repairs begin"
    assert second.post(change_url(story), fresh).status_code == 302
    story.refresh_from_db()
    assert (story.headline, story.dek) == ("Bridge repairs begin", "Traffic diverted.")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_the_version_check_locks_the_story_row_until_the_save_commits(monkeypatch, desk_editor):
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL: SQLite runs one writer at a time anyway")
    import psycopg

    story = make_article(status="draft", published_at=None)
    client = Client()
    client.force_login(desk_editor)
    data = read_form(client.get(change_url(story)).content.decode())
    settings_dict = connection.settings_dict
    probes = []
    original = articles_admin.ArticleAdmin.save_model

    def save_model_while_probing(self, request, obj, form, change):
        # Another connection (another editor's request) tries to take the row meanwhile.
        with psycopg.connect(
            host=settings_dict["HOST"], port=settings_dict["PORT"] or 5432, user=settings_dict["USER"],
            password=settings_dict["PASSWORD"] or None, dbname=settings_dict["NAME"],
        ) as other:
            try:
                other.execute("SELECT 1 FROM articles_article WHERE id = %s FOR UPDATE NOWAIT", [obj.pk])
                probes.append("free")
            except psycopg.errors.LockNotAvailable:
                probes.append("locked")
        return original(self, request, obj, form, change)

    monkeypatch.setattr(articles_admin.ArticleAdmin, "save_model", save_model_while_probing)
    data["headline"] = "Locked while saved"
    assert client.post(change_url(story), data).status_code == 302
    assert probes == ["locked"]
