"""The newsroom's operations, whoever calls them: the same version, log entry and updated_by."""

from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.core.management import CommandError, call_command
from django.utils import timezone
from reversion.models import Version

from articles import importing, publishing
from articles.models import Article, Block, Note, Quote

from .factories import make_article

pytestmark = pytest.mark.django_db

SEED_TEXT = Path(settings.BASE_DIR) / "fixtures" / "seed-article.txt"


def trace(article):
    """What a publishing step leaves: the story's last log entry and last version, with who."""
    entry = LogEntry.objects.filter(object_id=str(article.pk)).latest("pk")
    version = Version.objects.get_for_object(article).order_by("-pk").first()
    article.refresh_from_db()
    return {
        "log": (entry.user_id, entry.action_flag, entry.get_change_message(), entry.content_type.model),
        "version": (version.revision.user_id, version.revision.comment),
        "versioned_parts": sorted({v.content_type.model for v in version.revision.version_set.all()}),
        "status": article.status,
        "updated_by": article.updated_by_id,
        "has_publish_time": article.published_at is not None,
    }


def test_publishing_from_the_importer_and_from_the_admin_leaves_the_same_trace(editor_client, editor):
    call_command(
        "import_article", str(SEED_TEXT), "--key", "imported", "--user", editor.username,
        stdout=StringIO(), stderr=StringIO(),
    )
    imported = Article.objects.get(source_key="imported")
    call_command("import_article", str(SEED_TEXT), "--key", "from-admin", stdout=StringIO(), stderr=StringIO())
    drafted = Article.objects.get(source_key="from-admin")
    assert drafted.status == "draft"
    response = editor_client.post("/admin/articles/article/", {"action": "publish", "_selected_action": [drafted.pk]})
    assert response.status_code == 302

    call_command(
        "import_article", str(SEED_TEXT), "--key", "imported", "--user", editor.username, "--status", "published",
        stdout=StringIO(), stderr=StringIO(),
    )
    from_importer, from_admin = trace(imported), trace(drafted)
    # The import and its publication are one transaction: one version, named for both.
    assert from_importer.pop("version") == (editor.pk, "Updated by re-import. Published.")
    assert from_admin.pop("version") == (editor.pk, "Published.")
    assert from_importer == from_admin
    assert from_admin["log"][2] == "Published."
    assert set(from_admin["versioned_parts"]) >= {"article", "block", "quote", "mention"}


def test_an_imported_story_published_at_once_is_logged_and_not_taken_for_edited(editor):
    out = StringIO()
    call_command(
        "import_article", str(SEED_TEXT), "--user", editor.username, "--status", "published",
        stdout=out, stderr=StringIO(),
    )
    article = Article.objects.get()
    assert article.is_public and article.imported_version == article.version
    comments = [v.revision.comment for v in Version.objects.get_for_object(article).order_by("pk")]
    assert comments == ["Created by import. Published."]
    version = Version.objects.get_for_object(article).get()
    assert version.field_dict["status"] == "published"
    assert version.revision.version_set.filter(content_type__model="block").count() == article.blocks.count() > 0
    assert LogEntry.objects.get(object_id=str(article.pk)).get_change_message() == "Published."
    # Importing again updates the story: publishing did not count as an editor's change.
    call_command("import_article", str(SEED_TEXT), "--user", editor.username, stdout=out, stderr=StringIO())
    latest = Version.objects.get_for_object(article).latest("pk")
    assert latest.revision.comment == "Updated by re-import"
    assert latest.revision.version_set.filter(content_type__model="quote").count() == article.quotes.count() > 0


def test_the_import_command_names_a_missing_user_and_a_user_who_may_not_publish(contributor):
    with pytest.raises(CommandError, match="no user named “nobody”"):
        call_command("import_article", str(SEED_TEXT), "--user", "nobody", stdout=StringIO(), stderr=StringIO())
    with pytest.raises(CommandError, match="may not publish"):
        call_command(
            "import_article", str(SEED_TEXT), "--user", contributor.username, "--status", "published",
            stdout=StringIO(), stderr=StringIO(),
        )
    assert not Article.objects.exists()


def test_published_without_a_time_gets_now_and_a_future_time_schedules(editor):
    story = make_article(status="review", published_at=None)
    before = timezone.now()
    assert publishing.publish(story, user=editor)
    assert story.status == "published" and story.updated_by == editor, "the instance given follows what was saved"
    story.refresh_from_db()
    assert story.is_public and before <= story.published_at <= timezone.now()
    assert not publishing.publish(story, user=editor), "publishing a published story records nothing"

    later = timezone.now() + timezone.timedelta(days=1)
    other = make_article(status="draft", published_at=None)
    publishing.schedule(other, user=editor, at=later)
    other.refresh_from_db()
    assert other.is_scheduled and other.updated_by == editor
    assert LogEntry.objects.get(object_id=str(other.pk)).get_change_message().startswith("Scheduled for ")


def test_unpublish_only_takes_down_published_stories(editor):
    draft = make_article(status="draft", published_at=None)
    assert not publishing.unpublish(draft, user=editor)
    assert not LogEntry.objects.filter(object_id=str(draft.pk)).exists()
    live = make_article()
    assert publishing.unpublish(live, user=editor)
    live.refresh_from_db()
    assert live.status == "unpublished" and not live.is_public


def test_submit_for_review_and_send_back_with_a_note(contributor, desk_editor):
    story = make_article(status="draft", published_at=None, created_by=contributor)
    assert publishing.submit_for_review(story, user=contributor)
    assert publishing.send_back(story, user=desk_editor, note="Needs a second source.")
    story.refresh_from_db()
    assert story.status == "draft" and story.updated_by == desk_editor
    messages = [e.get_change_message() for e in LogEntry.objects.filter(object_id=str(story.pk)).order_by("pk")]
    assert messages == ["Submitted for review.", "Returned to draft: Needs a second source."]
    latest = Version.objects.get_for_object(story).order_by("-pk").first()
    assert latest.revision.comment == "Returned to draft: Needs a second source."


def test_a_note_moves_the_update_time_and_counts_a_version(editor):
    story = make_article()
    version = story.version
    moment = timezone.now() + timezone.timedelta(minutes=5)
    note = publishing.add_note(story, user=editor, text="The vote count was corrected.", at=moment)
    story.refresh_from_db()
    assert note.created_by == editor and story.updated_at == moment and story.version == version + 1
    assert Version.objects.get_for_object(story).latest("pk").revision.comment.startswith("Added note")
    # An older note leaves a later update time where it is.
    publishing.add_note(story, user=editor, text="Earlier wording.", at=moment - timezone.timedelta(hours=1))
    story.refresh_from_db()
    assert story.updated_at == moment and Note.objects.filter(article=story).count() == 2


def test_renumber_parts_closes_gaps_in_reading_order():
    story = make_article()
    for position in (5, 2, 9):
        Block.objects.create(article=story, kind="paragraph", position=position, text=f"At {position}.")
    Quote.objects.create(article=story, position=7, text="Only quote")
    publishing.renumber_parts(story)
    assert list(story.blocks.values_list("position", "text")) == [(1, "At 2."), (2, "At 5."), (3, "At 9.")]
    assert list(story.quotes.values_list("position", flat=True)) == [1]


def test_the_stale_check_names_the_stored_version(editor):
    story = make_article()
    publishing.check_not_stale(story, story.version)
    publishing.check_not_stale(story, None)
    with pytest.raises(publishing.StaleSave) as refused:
        publishing.check_not_stale(story, story.version - 1)
    assert refused.value.snapshot.version == story.version and refused.value.loaded == story.version - 1


def test_deleting_parts_records_each_story_once(editor):
    story = make_article()
    quotes = [Quote.objects.create(article=story, position=n, text=f"Quote {n}") for n in (1, 2)]
    version = story.version
    publishing.delete_parts(quotes, user=editor)
    story.refresh_from_db()
    assert story.version == version + 1 and not story.quotes.exists()
    comment = Version.objects.get_for_object(story).latest("pk").revision.comment
    assert comment == "Deleted quote ““Quote 1””; quote ““Quote 2””."


def test_importing_a_story_as_published_reads_and_records_it_once(django_assert_max_num_queries):
    parsed = importing.parse_text(SEED_TEXT.read_text(encoding="utf-8"), source=str(SEED_TEXT))
    importing.import_article(parsed, key="warm", status="published")
    # The story, its parts with their names read once, its people, one revision: 55 when the
    # publication recorded a second version of its own.
    with django_assert_max_num_queries(45):
        result = importing.import_article(parsed, key="counted", status="published")
    assert result.article.is_public
    assert Version.objects.get_for_object(result.article).count() == 1
