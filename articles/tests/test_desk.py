"""The desk: what needs each role, the review buttons, notes, notifications and their e-mail."""

import pytest
from django.contrib.admin.models import LogEntry
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from articles import publishing
from articles.desk import TRAY_SIZE, read_desk
from articles.front_pages import arranging
from articles.models import Article, FrontPage, Notification, NotificationPreference, Quote, ReviewNote

from .factories import make_article, make_image, make_person, make_section, make_staff_user

pytestmark = pytest.mark.django_db

Status = Article.Status
DESK = "/admin/"


def draft_of(user, **values):
    return make_article(status=Status.DRAFT, published_at=None, created_by=user, **values)


def row_ids(response, key):
    tray = response.context["desk"].tray(key)
    return [row.pk for row in tray.rows] if tray else None


def test_admin_home_is_the_desk_and_a_submitted_story_appears_there_with_its_count(
    client, contributor, desk_editor,
):
    older = draft_of(contributor, headline="The older filing")
    newer = draft_of(contributor, headline="The newer filing")
    client.force_login(contributor)
    for story in (older, newer):
        assert client.post(reverse("desk:submit", args=[story.pk])).status_code == 302
    client.force_login(desk_editor)
    response = client.get(DESK)
    assert response.status_code == 200
    assert response.context["desk"].tray("in_review").count == 2
    assert row_ids(response, "in_review") == [older.pk, newer.pk]  # oldest first
    page = response.content.decode()
    assert "The older filing" in page and reverse("admin:articles_article_change", args=[older.pk]) in page
    assert "contributor" in page  # who filed
    # The admin's models stay beside the trays.
    assert reverse("admin:articles_article_changelist") in page


def test_editor_sends_back_with_a_note_the_writer_sees_it_on_desk_and_story_and_gets_mail(
    client, contributor, desk_editor, django_capture_on_commit_callbacks,
):
    story = draft_of(contributor, headline="Council votes on budget")
    with django_capture_on_commit_callbacks(execute=True):
        publishing.submit_for_review(story, user=contributor)
    assert [m.to for m in mail.outbox] == [[desk_editor.email]]
    assert mail.outbox[0].subject == "For review: Council votes on budget"
    mail.outbox.clear()

    client.force_login(desk_editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("desk:send-back", args=[story.pk]), {"note": "Name the second source."})
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.status == Status.DRAFT
    note = ReviewNote.objects.get(article=story)
    assert (note.text, note.written_by, note.resolved_at) == ("Name the second source.", desk_editor, None)
    assert [m.to for m in mail.outbox] == [[contributor.email]]
    assert mail.outbox[0].subject == "Sent back: Council votes on budget"
    assert "Name the second source." in mail.outbox[0].body

    # Recorded through the publishing functions: the log and the history name who and why.
    entry = LogEntry.objects.filter(object_id=str(story.pk)).latest("pk")
    assert (entry.user, entry.get_change_message()) == (desk_editor, "Returned to draft: Name the second source.")
    version = Version.objects.get_for_object(story).order_by("-pk").first()
    assert (version.revision.user, version.revision.comment) == (desk_editor, entry.get_change_message())

    client.force_login(contributor)
    response = client.get(DESK)
    assert row_ids(response, "sent_back") == [story.pk]
    assert story.pk not in row_ids(response, "my_drafts")
    page = response.content.decode()
    assert "Name the second source." in page and "desk-editor" in page
    assert response.context["desk"].unread_count == 1
    story_page = client.get(reverse("admin:articles_article_change", args=[story.pk])).content.decode()
    assert "Sent back by desk-editor" in story_page and "Name the second source." in story_page

    # Submitting again closes the note and takes the story off "sent back".
    client.post(reverse("desk:submit", args=[story.pk]))
    note.refresh_from_db()
    assert note.resolved_at is not None
    assert row_ids(client.get(DESK), "sent_back") == []


def test_publishing_tells_the_writer_unless_they_opted_out_of_mail(
    client, contributor, desk_editor, django_capture_on_commit_callbacks,
):
    story = draft_of(contributor, headline="Bridge reopens")
    publishing.submit_for_review(story, user=contributor)
    client.force_login(desk_editor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("desk:publish", args=[story.pk]))
    assert [(m.to, m.subject) for m in mail.outbox] == [([contributor.email], "Published: Bridge reopens")]
    mail.outbox.clear()
    NotificationPreference.objects.create(user=contributor, email=False)
    publishing.unpublish(story, user=desk_editor)
    with django_capture_on_commit_callbacks(execute=True):
        publishing.publish(story, user=desk_editor)
    story.refresh_from_db()
    assert story.status == Status.PUBLISHED
    assert mail.outbox == []
    assert [n.message for n in Notification.objects.filter(recipient=contributor)] == [
        "desk-editor published “Bridge reopens”.", "desk-editor published “Bridge reopens”.",
    ]


def test_sending_back_needs_a_note_and_loses_nothing(client, contributor, desk_editor):
    story = draft_of(contributor)
    publishing.submit_for_review(story, user=contributor)
    client.force_login(desk_editor)
    response = client.post(reverse("desk:send-back", args=[story.pk]), {"note": "  "})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    story.refresh_from_db()
    assert story.status == Status.IN_REVIEW


def test_buttons_check_who_may_do_what_to_which_story(client, contributor, desk_editor):
    other = make_staff_user("other-writer", role="Contributor")
    theirs = draft_of(other)
    mine = draft_of(contributor)
    publishing.submit_for_review(mine, user=contributor)
    client.force_login(contributor)
    # A contributor cannot review, even their own story, nor touch another writer's.
    assert client.post(reverse("desk:send-back", args=[mine.pk]), {"note": "x"}).status_code == 403
    assert client.post(reverse("desk:publish", args=[mine.pk])).status_code == 403
    assert client.post(reverse("desk:submit", args=[theirs.pk])).status_code == 404
    assert client.get(reverse("desk:submit", args=[mine.pk])).status_code == 405
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert (mine.status, theirs.status) == (Status.IN_REVIEW, Status.DRAFT)
    response = client.get(DESK)
    # Their own stories only, in every tray.
    assert row_ids(response, "in_review") == [mine.pk]
    assert theirs.pk not in row_ids(response, "my_drafts")


def test_each_role_gets_its_trays(client, contributor, desk_editor, photo_editor):
    keys = {}
    for user in (contributor, desk_editor, photo_editor):
        keys[user.username] = [tray.key for tray in read_desk(user).trays]
    assert keys["contributor"] == [
        "in_review", "sent_back", "my_drafts", "scheduled", "embargoed", "recent", "quotes_to_check",
    ]
    assert keys["desk-editor"] == [
        "in_review", "sent_back", "my_drafts", "scheduled", "embargoed", "recent", "quotes_to_check", "front_page",
        "awaiting_photos",
    ]
    assert keys["photo-editor"] == ["in_review", "scheduled", "embargoed", "recent", "front_page", "awaiting_photos"]


def test_scheduled_embargoed_and_recent_trays_show_their_times(client, desk_editor):
    now = timezone.now()
    scheduled = make_article(published_at=now + timezone.timedelta(days=1))
    embargoed = make_article(published_at=now - timezone.timedelta(hours=1), embargo_until=now + timezone.timedelta(hours=3))
    public = make_article(published_at=now - timezone.timedelta(hours=2))
    desk = read_desk(desk_editor, now=now)
    assert [r.pk for r in desk.tray("scheduled").rows] == [scheduled.pk]
    assert [r.pk for r in desk.tray("embargoed").rows] == [embargoed.pk]
    assert [r.pk for r in desk.tray("recent").rows] == [public.pk]
    assert desk.tray("embargoed").rows[0].desk_time == embargoed.embargo_until


def test_header_counts_unread_notifications_and_marking_read_clears_it(client, contributor, desk_editor):
    story = draft_of(contributor)
    publishing.submit_for_review(story, user=contributor)
    client.force_login(desk_editor)
    page = client.get(reverse("admin:articles_article_changelist")).content.decode()
    assert 'class="desk-badge">1<' in page
    client.post(reverse("desk:mark-read"))
    page = client.get(reverse("admin:articles_article_changelist")).content.decode()
    assert "desk-badge" not in page


def test_email_preference_is_chosen_on_the_account(client, contributor):
    client.force_login(contributor)
    assert client.get(reverse("desk:preferences")).status_code == 200
    response = client.post(reverse("desk:preferences"), {})  # the box left unticked
    assert response.status_code == 302
    assert NotificationPreference.objects.get(user=contributor).email is False
    client.post(reverse("desk:preferences"), {"email": "on"})
    assert NotificationPreference.objects.get(user=contributor).email is True


def desk_queries(client):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(DESK).status_code == 200
    return len(captured.captured_queries)


def test_desk_query_count_does_not_grow_with_stories(client, contributor, desk_editor, django_assert_num_queries):
    section = make_section()

    speaker = make_person()
    home = FrontPage.objects.of(None)

    def add_stories(count):
        now = timezone.now()
        for n in range(count):
            story = draft_of(contributor, section=section)
            publishing.submit_for_review(story, user=contributor)
            Quote.objects.create(article=story, text=f"Unsure {n}", speaker=speaker, confidence=0.2)
            draft_of(desk_editor, section=section)
            make_article(section=section, published_at=now + timezone.timedelta(hours=n + 1), created_by=contributor)
            public = make_article(section=section, created_by=contributor)
            arranging.place(public, home, user=desk_editor)
            sent = draft_of(desk_editor, section=section)
            ReviewNote.objects.create(article=sent, text=f"Note {n}", written_by=contributor)
        make_image(with_file=False)

    add_stories(1)
    client.force_login(desk_editor)
    few = desk_queries(client)
    add_stories(25)
    with django_assert_num_queries(few):
        response = client.get(DESK)
    assert response.context["desk"].tray("in_review").count == 26
    assert len(response.context["desk"].tray("sent_back").rows) == TRAY_SIZE
    assert response.context["desk"].tray("quotes_to_check").count == 26
    assert len(response.context["desk"].tray("front_page").rows) == arranging.slot_count()


def test_the_review_queue_is_ordered_by_when_each_story_was_submitted(desk_editor, contributor):
    first, second = draft_of(contributor), draft_of(contributor)
    publishing.submit_for_review(first, user=contributor)
    publishing.submit_for_review(second, user=contributor)
    first.headline = "Edited while in review"
    first.save()  # a later change does not send it to the back of the queue
    tray = read_desk(desk_editor).tray("in_review")
    assert [row.pk for row in tray.rows] == [first.pk, second.pk]
    first.refresh_from_db()
    assert tray.rows[0].desk_time == first.submitted_at < first.modified_at


def test_quotes_that_need_checking_are_listed_for_whoever_may_edit_the_story(
    client, contributor, desk_editor, photo_editor, settings,
):
    settings.NEWSROOM_QUOTE_CHECK_BELOW = 0.6
    speaker = make_person()

    def with_quotes(story, *confidences):
        for position, confidence in enumerate(confidences, start=1):
            Quote.objects.create(article=story, position=position, text=f"Words {position}", speaker=speaker,
                                 confidence=confidence)
        return story

    mine = with_quotes(draft_of(contributor, headline="My doubtful draft"), 0.3, 0.5, 0.9)
    # Published: the contributor may no longer edit it, so it is the desk's to check.
    published = with_quotes(make_article(created_by=contributor, headline="My published story"), 0.2)
    theirs = with_quotes(draft_of(desk_editor, headline="Another writer's doubts"), 0.1)
    with_quotes(draft_of(contributor, headline="Sure of every speaker"), 0.95, None)

    client.force_login(contributor)
    response = client.get(DESK)
    tray = response.context["desk"].tray("quotes_to_check")
    assert ([row.pk for row in tray.rows], tray.count) == ([mine.pk], 1)
    assert tray.rows[0].quotes_to_check == 2
    page = response.content.decode()
    assert f'{reverse("admin:articles_article_change", args=[mine.pk])}?body=cards#quotes-group' in page
    assert "2 quotes to check" in page

    client.force_login(desk_editor)
    tray = client.get(DESK).context["desk"].tray("quotes_to_check")
    assert {row.pk for row in tray.rows} == {mine.pk, published.pk, theirs.pk} and tray.count == 3
    assert read_desk(photo_editor).tray("quotes_to_check") is None

    # Confirmed, the story leaves the tray.
    Quote.objects.filter(article=mine).update(confidence=1.0)
    client.force_login(contributor)
    assert client.get(DESK).context["desk"].tray("quotes_to_check").rows == []
