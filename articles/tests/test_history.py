"""Every save records a version of the whole story; the admin compares and restores them; publishing is logged."""

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from articles.history import save_version, state_of_version, story_lines
from articles.models import Article, Block, Quote

from .admin_forms import change_url, read_form
from .factories import make_article, make_person, make_rich_article

pytestmark = pytest.mark.django_db


def history_url(article):
    return reverse("admin:articles_article_history", args=[article.pk])


def versions_of(article):
    return list(Version.objects.get_for_object(article).order_by("pk"))


def save_form(client, article, **changes):
    data = read_form(client.get(change_url(article)).content.decode())
    data.update(changes)
    response = client.post(change_url(article), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return data


def paragraph_key(data, text):
    index = next(key.split("-")[1] for key, value in data.items() if key.endswith("-text") and value == text)
    return f"blocks-{index}"


@pytest.fixture
def story():
    article = make_article(headline="Ferry timetable changes", status="draft", published_at=None)
    speaker = make_person(name="Ola Harbourmaster")
    quote = Quote.objects.create(article=article, position=1, text="We sail at six", speaker=speaker)
    for position, text in enumerate(["First paragraph.", "Second paragraph.", "Third paragraph."], start=1):
        Block.objects.create(article=article, kind="paragraph", position=position, text=text)
    Block.objects.create(article=article, kind="quote", position=4, quote=quote)
    return article


def test_each_admin_save_records_the_whole_story_with_who(editor_client, editor, story):
    save_form(editor_client, story, headline="Ferry timetable changes on Monday")
    versions = versions_of(story)
    # The state before the first admin edit, then the edit itself.
    assert len(versions) == 2
    latest = versions[-1]
    assert latest.revision.user == editor
    lines = story_lines(state_of_version(latest))
    assert "Headline: Ferry timetable changes on Monday" in lines
    assert lines.index("First paragraph.") < lines.index("Second paragraph.") < lines.index("Third paragraph.")
    assert "[Pull quote] “We sail at six” — Ola Harbourmaster" in lines
    assert versions[0].revision.user is None and "Headline: Ferry timetable changes" in story_lines(state_of_version(versions[0]))


def test_history_page_lists_versions_and_the_actions_log(editor_client, story):
    save_form(editor_client, story, dek="Winter sailings.")
    editor_client.post("/admin/articles/article/", {"action": "publish", "_selected_action": [story.pk]})
    html = editor_client.get(history_url(story)).content.decode()
    assert html.count("Restore this version") == 3
    assert "with the version before" in html and "with the story now" in html
    assert "Actions log" in html and "Published." in html and "editor" in html


def test_compare_shows_lines_removed_and_added(editor_client, story):
    data = read_form(editor_client.get(change_url(story)).content.decode())
    data[f"{paragraph_key(data, 'Second paragraph.')}-text"] = "Second paragraph, <b>rewritten</b>."
    editor_client.post(change_url(story), data)
    older, newer = versions_of(story)
    url = reverse("admin:articles_article_compare", args=[story.pk])
    html = editor_client.get(f"{url}?from={older.pk}&to={newer.pk}").content.decode()
    assert '<tr class="diff-removed">' in html and "<del>Second paragraph.</del>" in html
    assert "<ins>Second paragraph, &lt;b&gt;rewritten&lt;/b&gt;.</ins>" in html
    assert "Third paragraph." in html  # context around the change
    assert "Ferry timetable changes" not in html.split("story-diff")[1]  # unchanged and far away: left out
    assert editor_client.get(f"{url}?from=999999&to=current").status_code == 404


def test_restoring_an_earlier_version_brings_back_the_body_in_order(editor_client, story):
    save_form(editor_client, story, dek="Version to come back to.")
    wanted = versions_of(story)[-1]
    data = read_form(editor_client.get(change_url(story)).content.decode())
    first, second, third = (paragraph_key(data, t) for t in ("First paragraph.", "Second paragraph.", "Third paragraph."))
    data.update({f"{first}-position": "3", f"{third}-position": "1", f"{second}-DELETE": "on", "dek": "Later text."})
    total = int(data["blocks-TOTAL_FORMS"])
    data.update({
        "blocks-TOTAL_FORMS": str(total + 1), f"blocks-{total}-kind": "paragraph", f"blocks-{total}-position": "9",
        f"blocks-{total}-text": "A paragraph added later.", f"blocks-{total}-article": str(story.pk),
    })
    editor_client.post(change_url(story), data)
    assert list(story.blocks.filter(kind="paragraph").order_by("position").values_list("text", flat=True)) == [
        "Third paragraph.", "First paragraph.", "A paragraph added later."]
    version_before_restore = Article.objects.get(pk=story.pk).version

    restore_url = reverse("admin:articles_article_revision", args=[story.pk, wanted.pk])
    page = editor_client.get(restore_url)
    assert "Version to come back to." in page.content.decode()
    # Looking is not restoring.
    assert Article.objects.get(pk=story.pk).dek == "Later text."
    response = editor_client.post(restore_url, read_form(page.content.decode()))
    assert response.status_code == 302, response.content.decode()[:3000]

    story.refresh_from_db()
    assert story.dek == "Version to come back to."
    body = list(story.blocks.order_by("position").values_list("kind", "text"))
    assert body == [("paragraph", "First paragraph."), ("paragraph", "Second paragraph."),
                    ("paragraph", "Third paragraph."), ("quote", "")]
    assert story.blocks.get(kind="quote").quote.text == "We sail at six"
    # The counter keeps going up, so a form opened before the restore is still refused.
    assert story.version == version_before_restore + 1
    assert "Reverted to previous version" in versions_of(story)[-1].revision.comment


def test_a_contributor_cannot_restore_a_draft_over_their_published_story(client, contributor):
    story = make_article(headline="Draft words", status="draft", published_at=None, created_by=contributor)
    save_version(story, comment="draft", user=contributor)
    draft_version = versions_of(story)[-1]
    story.status, story.published_at, story.headline = "published", timezone.now(), "Published words"
    story.save()
    client.force_login(contributor)
    url = reverse("admin:articles_article_revision", args=[story.pk, draft_version.pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {"headline": "Draft words", "status": "draft"}).status_code == 403
    story.refresh_from_db()
    assert story.headline == "Published words" and story.status == "published"


def test_save_version_records_the_story_and_its_parts(story, editor):
    save_version(story, comment="State before a forced re-import")
    save_version(story, comment="By hand", user=editor)
    first, second = versions_of(story)
    assert first.revision.comment == "State before a forced re-import" and second.revision.user == editor
    kinds = {v.content_type.model for v in first.revision.version_set.all()}
    assert kinds == {"article", "block", "quote"}


def test_publishing_from_the_form_is_logged_with_who_and_when(editor_client, editor, story):
    later = timezone.now() + timezone.timedelta(days=2)
    save_form(
        editor_client, story, status="published",
        published_at_0=timezone.localtime(later).strftime("%Y-%m-%d"), published_at_1=timezone.localtime(later).strftime("%H:%M:%S"),
    )
    # The status change's own entry, beside the form's change line ("Changed the status and the publish time.").
    entries = LogEntry.objects.filter(object_id=str(story.pk)).exclude(change_message__startswith="[")
    entry = entries.exclude(change_message__startswith="Changed ").get()
    assert entry.user == editor and entry.get_change_message().startswith("Scheduled for ")
    save_form(editor_client, story, status="unpublished")
    messages = [e.get_change_message() for e in LogEntry.objects.filter(object_id=str(story.pk)).order_by("pk")]
    assert "Unpublished." in messages


def test_bulk_publishing_records_one_version_per_story(editor_client):
    one = make_article(status="review", published_at=None)
    two = make_article(status="review", published_at=None)
    editor_client.post("/admin/articles/article/", {"action": "publish", "_selected_action": [one.pk, two.pk]})
    latest_one, latest_two = versions_of(one)[-1], versions_of(two)[-1]
    assert latest_one.revision_id != latest_two.revision_id
    assert [v.object_id for v in latest_one.revision.version_set.filter(content_type__model="article")] == [str(one.pk)]
    assert latest_one.revision.comment == "Published."


def test_a_restore_opened_before_someone_else_saved_is_refused(editor_client, desk_editor, client, story):
    save_form(editor_client, story, dek="Version to come back to.")
    wanted = versions_of(story)[-1]
    save_form(editor_client, story, dek="Later text.")
    restore_url = reverse("admin:articles_article_revision", args=[story.pk, wanted.pk])
    page = editor_client.get(restore_url)
    client.force_login(desk_editor)
    save_form(client, story, dek="The desk's newest text.")
    response = editor_client.post(restore_url, read_form(page.content.decode()))
    assert response.status_code == 200
    html = response.content.decode()
    assert "desk-editor saved this story" in html and "Version to come back to." in html
    story.refresh_from_db()
    assert story.dek == "The desk's newest text." and story.updated_by == desk_editor


def recording_queries(django_assert_max_num_queries, article, *, budget):
    from articles import publishing

    with django_assert_max_num_queries(budget) as captured:
        save_version(article, comment="Recorded")
        publishing.publish(article, user=None)
    return len(captured)


def test_recording_a_version_reads_each_part_once_whatever_the_story_holds(django_assert_max_num_queries):
    # Every quote by its own speaker: the speaker's name is in the line reversion stores for it.
    small = make_rich_article(blocks=3, quotes=2, images=1, related=1, status="draft", published_at=None)
    large = make_rich_article(blocks=60, quotes=20, images=6, related=6, status="draft", published_at=None)
    for article in (small, large):
        for quote in article.quotes.all():
            quote.speaker = make_person()
            quote.save()
    save_version(small, comment="Warm the content types")
    # Both versions: the parts read once each (five queries), the revision written, the status changed.
    budget = 30
    assert recording_queries(django_assert_max_num_queries, large, budget=budget) == recording_queries(
        django_assert_max_num_queries, small, budget=budget
    )
    large_version = versions_of(large)[-1]
    lines = story_lines(state_of_version(large_version))
    assert "Status: Published" in lines
    assert sum(line.startswith("Quote: ") for line in lines) == 20
    assert Version.objects.filter(revision=large_version.revision).count() == 1 + 60 + 6 + 6 + 1 + 20
