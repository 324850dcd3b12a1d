"""Corrections and updates: dated notes readers see, which move the story's update time."""

import pytest
from django.utils import timezone

from articles.models import Article, Note

from .admin_forms import change_url, read_form
from .factories import make_article

pytestmark = pytest.mark.django_db


def add_note(client, article, *, kind="correction", text, at):
    data = read_form(client.get(change_url(article)).content.decode())
    n = int(data["notes-TOTAL_FORMS"])
    local = timezone.localtime(at)
    data.update({
        "notes-TOTAL_FORMS": str(n + 1), f"notes-{n}-kind": kind, f"notes-{n}-text": text,
        f"notes-{n}-created_at_0": local.strftime("%Y-%m-%d"), f"notes-{n}-created_at_1": local.strftime("%H:%M:%S"),
        f"notes-{n}-article": str(article.pk),
    })
    response = client.post(change_url(article), data)
    assert response.status_code == 302, response.content.decode()[:3000]


def test_a_correction_added_in_the_admin_is_shown_and_moves_date_modified(editor_client, editor):
    story = make_article(headline="Budget passes", published_at=timezone.now() - timezone.timedelta(days=2))
    moment = (timezone.now() - timezone.timedelta(minutes=5)).replace(microsecond=0)
    add_note(editor_client, story, text="An earlier version misstated the vote count.", at=moment)
    note = Note.objects.get(article=story)
    assert note.created_by == editor
    story.refresh_from_db()
    assert story.updated_at == moment and story.last_modified == moment
    html = editor_client.get(story.get_absolute_url()).content.decode()
    assert "Correction" in html and "An earlier version misstated the vote count." in html
    assert f'<meta property="article:modified_time" content="{timezone.localtime(moment).isoformat()}">' in html
    assert f'"dateModified": "{timezone.localtime(moment).isoformat()}"' in html


def test_a_note_dated_before_the_last_update_does_not_move_it_back(editor_client):
    updated = (timezone.now() - timezone.timedelta(hours=1)).replace(microsecond=0)
    story = make_article(updated_at=updated)
    add_note(editor_client, story, kind="update", text="Late addition.", at=updated - timezone.timedelta(days=1))
    story.refresh_from_db()
    assert story.updated_at == updated


def test_a_note_added_on_its_own_page_counts_as_a_change_to_the_story(editor_client):
    story = make_article()
    before = story.version
    moment = timezone.localtime(timezone.now().replace(microsecond=0))
    response = editor_client.post("/admin/articles/note/add/", {
        "article": story.pk, "kind": "update", "text": "Police have named the driver.",
        "created_at_0": moment.strftime("%Y-%m-%d"), "created_at_1": moment.strftime("%H:%M:%S"),
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    story.refresh_from_db()
    assert story.updated_at == moment and story.version == before + 1


def test_contributors_cannot_write_corrections(client, contributor):
    story = make_article(status="draft", published_at=None, created_by=contributor)
    client.force_login(contributor)
    data = read_form(client.get(change_url(story)).content.decode())
    assert "notes-TOTAL_FORMS" not in data
    data.update({"notes-TOTAL_FORMS": "1", "notes-INITIAL_FORMS": "0", "notes-0-kind": "correction",
                 "notes-0-text": "Sneaked in", "notes-0-created_at_0": "2025-01-01", "notes-0-created_at_1": "10:00:00"})
    client.post(change_url(story), data)
    assert not Note.objects.exists()
    assert client.get("/admin/articles/note/add/").status_code == 403
    assert Article.objects.get(pk=story.pk).updated_at is None
