"""What a newsroom does to a story, one function per operation, whoever asks.

The admin, the importer and a restored version call these (an API or a paste box would too),
so each operation leaves the same trace whatever its entry point:

- a new **version** of the whole story in its history (django-reversion), with who and a
  comment in words (``Published.``, ``Scheduled for …``, ``Returned to draft: …``);
- an entry in the admin's **actions log** (``LogEntry``) for every change of status, so "who
  published this, and when" has one answer (the log needs an account: without a user, as from a
  command run without ``--user``, only the version is recorded);
- the story's ``updated_by``, and its ``version`` counter (``Article.save()``), which the
  stale-save check compares.

"Published without a time gets now" is ``Article.fill_publish_time()``; ``Article.save()`` and
``Article.clean()`` call it, so every path here and every form goes through that one rule.
"""

import re
from dataclasses import dataclass

import reversion
from django.contrib.admin.models import CHANGE, LogEntry
from django.db import transaction
from django.utils import timezone

from . import history, notifying
from .models import Article, Block, Byline, Note, Quote, ReviewNote

Status = Article.Status


def when(moment):
    """A time as the log and the history print it, in the newsroom's time zone."""
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M %Z")


def status_message(old_status, article, *, note=""):
    """How the actions log and the history describe a change of status."""
    status = article.status
    if status == Status.PUBLISHED:
        if article.is_scheduled:
            text = f"Scheduled for {when(article.published_at)}"
        elif old_status == Status.PUBLISHED:
            text = "Publish time changed"
        else:
            text = "Published"
        if article.is_embargoed:
            text += f", under embargo until {when(article.embargo_until)}"
        return text + "."
    text = {
        Status.UNPUBLISHED: "Unpublished.",
        Status.IN_REVIEW: "Submitted for review.",
        Status.DRAFT: "Returned to draft.",
    }[status]
    return f"{text[:-1]}: {note.strip()}" if note.strip() else text


def log_change(article, *, user, message):
    """An entry in the admin's actions log of the story (skipped without an account to name)."""
    if user is None:
        return
    LogEntry.objects.log_actions(
        user_id=user.pk, queryset=[article], action_flag=CHANGE, change_message=message, single_object=True,
    )


# Changes of status: one transaction, one version and one log entry per story.


def change_status(article, status, *, user, publish_at=None, note="", only_from=None):
    """Move a story to status, recording it; False when it was there already (or not in only_from): nothing recorded.

    The story is read again with its row locked, so two desks publishing at once record it once;
    the instance passed in is brought up to date with what was saved.
    """
    given = article
    history.ensure_baseline(article)
    # Recorded by hand after the save: the save hook would read every part again, without the
    # names their lines need joined in.
    with transaction.atomic(), reversion.create_revision(manage_manually=True):
        article = Article.objects.select_for_update().get(pk=article.pk)
        if (article.status == status and publish_at is None) or (only_from and article.status not in only_from):
            return False
        old_status = article.status
        article.status = status
        if publish_at is not None:
            article.published_at = publish_at
        article.updated_by = user
        article.save()
        history.add_story_to_revision(article)
        message = status_message(old_status, article, note=note)
        if user is not None:
            reversion.set_user(user)
        reversion.set_comment(message)
        log_change(article, user=user, message=message)
        record_review(article, old_status, user=user, note=note)
    for name in ("status", "published_at", "updated_by", "version", "modified_at", "submitted_at"):
        setattr(given, name, getattr(article, name))
    return True


def record_review(article, old_status, *, user, note=""):
    """What a change of status means for the desk: open notes, closed notes, who is told.

    Sending back leaves the editor's note for the writer; submitting again closes the open notes.
    Called inside the change's transaction, by every path that changes a status.
    """
    if article.status == Status.IN_REVIEW:
        # The desk's review queue is oldest first by this time; a plain update, the row is saved already.
        article.submitted_at = timezone.now()
        Article.objects.filter(pk=article.pk).update(submitted_at=article.submitted_at)
        article.review_notes.still_open().update(resolved_at=article.submitted_at)
    elif article.status == Status.DRAFT and old_status not in (None, Status.DRAFT) and note.strip():
        ReviewNote.objects.create(article=article, text=note.strip(), written_by=user)
    notifying.notify_status_change(article, old_status, user=user, note=note)


def publish(article, *, user):
    """Publish now, or at the story's own publish time if one is set (then it is scheduled)."""
    return change_status(article, Status.PUBLISHED, user=user)


def schedule(article, *, user, at):
    """Publish at a given time; a time ahead makes the story scheduled, appearing by itself then."""
    return change_status(article, Status.PUBLISHED, user=user, publish_at=at)


def unpublish(article, *, user):
    """Take a published story down; its address answers 404 until it is published again."""
    return change_status(article, Status.UNPUBLISHED, user=user, only_from=(Status.PUBLISHED,))


def submit_for_review(article, *, user):
    """A writer hands a draft to the desk."""
    return change_status(article, Status.IN_REVIEW, user=user)


def send_back(article, *, user, note=""):
    """The desk returns a story to its writer as a draft; the note says why, in the log, the history and a ReviewNote."""
    return change_status(article, Status.DRAFT, user=user, note=note)


# Saving a story with its parts (a form; its version is recorded around it, e.g. by the admin).

# The story form's buttons that save and change the status in one action ("Publish", "Submit for
# review"), and the status each saves. Saving goes through save_story like any other save, so the
# change is validated, checked for staleness, logged and versioned the same way.
STATUS_BUTTONS = {"_publish": Status.PUBLISHED, "_submit": Status.IN_REVIEW}


def status_asked(data):
    """The status a submitted story form's button asks for (see STATUS_BUTTONS), or None."""
    return next((status for name, status in STATUS_BUTTONS.items() if name in data), None)


def saved_status_message(article):
    """What an editor is told once a button has saved a story into its new status."""
    if article.is_scheduled:
        return f"scheduled for {when(article.published_at)}"
    if article.status == Status.PUBLISHED and article.is_embargoed:
        return f"published, under embargo until {when(article.embargo_until)}"
    return {Status.PUBLISHED: "published", Status.IN_REVIEW: "submitted for review"}.get(
        article.status, article.display_status.lower(),
    )


def save_story(article, *, user, created, publish_time_changed=False):
    """Save the story row as a user's change, logging a change of status (or of a published story's time)."""
    old_status = None if created else Article.objects.filter(pk=article.pk).values_list("status", flat=True).first()
    if created:
        article.created_by = user
    article.updated_by = user
    article.save()
    if article.status != (old_status or Status.DRAFT) or (
        article.status == old_status == Status.PUBLISHED and publish_time_changed
    ):
        log_change(article, user=user, message=status_message(old_status, article))
    if article.status != (old_status or Status.DRAFT):
        record_review(article, old_status, user=user)


def complete_story(article, *, user, created):
    """After a story's parts were saved with it: byline for its writer, parts numbered, version completed."""
    if created and not article.bylines.exists():
        person = getattr(user, "person", None)
        if person is not None:
            Byline.objects.create(article=article, person=person, position=1)
    split_paragraphs(article)
    renumber_parts(article)
    if reversion.is_active():
        history.add_story_to_revision(article)


# Blank lines inside a paragraph's text: a paste of several paragraphs into one.
PARAGRAPH_BREAK = r"\n\s*\n"


def split_paragraphs(article):
    """Split every paragraph block whose text holds blank-line-separated paragraphs into one block each.

    Every save of a story's blocks ends here (the card form, the document editor, a block's own
    page), so a pasted story is never published as one wall of text. A quote tied to the block
    moves with its words. One query when there is nothing to split.
    """
    walls = {block.pk for block in article.blocks.filter(kind=Block.Kind.PARAGRAPH, text__regex=PARAGRAPH_BREAK)}
    if not walls:
        return
    blocks = list(article.blocks.order_by("position", "id"))
    quotes = list(article.quotes.filter(block_id__in=walls))
    changed, added, ordered, moves = [], [], [], {}
    for block in blocks:
        ordered.append(block)
        if block.pk not in walls:
            continue
        parts = [part.strip() for part in re.split(PARAGRAPH_BREAK, block.text) if part.strip()]
        block.text = parts[0] if parts else ""
        changed.append(block)
        for part in parts[1:]:
            ordered.append(Block(article=article, kind=Block.Kind.PARAGRAPH, text=part))
            added.append(ordered[-1])
            for quote in quotes:
                words = quote.text.strip()
                if quote.block_id == block.pk and words and words not in parts[0] and words in part:
                    moves.setdefault(quote, ordered[-1])
    for position, block in enumerate(ordered, start=1):
        if block.position != position and block.pk is not None and block.pk not in walls:
            changed.append(block)
        block.position = position
    Block.objects.bulk_update(changed, ["text", "position"])
    Block.objects.bulk_create(added)
    for quote, new_block in moves.items():
        quote.block = new_block
    if moves:
        Quote.objects.bulk_update(list(moves), ["block"])


def renumber(queryset):
    """Give rows positions 1..n in their current order, so swaps and gaps never clash."""
    rows = list(queryset.order_by("position", "id"))
    changed = []
    for number, row in enumerate(rows, start=1):
        if row.position != number:
            row.position = number
            changed.append(row)
    if changed:
        type(rows[0]).objects.bulk_update(changed, ["position"])


def renumber_parts(article):
    """Number the story's blocks, quotes, mentions and bylines 1..n in their order."""
    for part in (article.blocks, article.quotes, article.mentions, article.bylines):
        renumber(part.all())


def move_update_time(article, moment):
    """A new note is news to readers: the story's update time (dateModified) moves to the note's time."""
    if article.updated_at is None or moment > article.updated_at:
        # The story row may have been saved already in this change; a second save would count a second version.
        Article.objects.filter(pk=article.pk).update(updated_at=moment)
        article.updated_at = moment


def save_note(note, *, user):
    """Save a correction or update note; a new one names its writer and moves the story's update time."""
    added = note.pk is None
    if added:
        note.created_by = user
    note.save()
    if added:
        move_update_time(note.article, note.created_at)


def add_note(article, *, user, text, kind=Note.Kind.CORRECTION, at=None):
    """Add a dated correction or update to a story, recorded in its history."""
    note = Note(article=article, kind=kind, text=text, created_at=at or timezone.now())
    save_part(note, user=user)
    return note


# Parts of a story changed on their own (a quote's page, an API).


def record_part_change(article, *, user, comment):
    """Count a new version of the story after one of its parts changed, and record it in its history."""
    with transaction.atomic(), reversion.create_revision(manage_manually=True):
        article.refresh_from_db()
        article.updated_by = user
        article.save()
        if user is not None:
            reversion.set_user(user)
        reversion.set_comment(comment)
        history.add_story_to_revision(article)


def save_part(part, *, user):
    """Save a block, quote, mention or note of a story and record the change in the story's history."""
    history.ensure_baseline(part.article)
    added = part.pk is None
    if isinstance(part, Note):
        save_note(part, user=user)
    else:
        part.save()
        if isinstance(part, Block):
            split_paragraphs(part.article)
    verb = "Added" if added else "Changed"
    record_part_change(part.article, user=user, comment=f"{verb} {part._meta.verbose_name} “{part}”.")


def delete_parts(parts, *, user):
    """Delete parts of stories and record each story's new version."""
    by_story = {}
    for part in parts:
        by_story.setdefault(part.article_id, (part.article, []))[1].append(part)
    for article, _ in by_story.values():
        history.ensure_baseline(article)
    for article, deleted in by_story.values():
        names = [f"{part._meta.verbose_name} “{part}”" for part in deleted]
        for part in deleted:
            part.delete()
        record_part_change(article, user=user, comment=f"Deleted {'; '.join(names)}.")


# No lost edits: the stale-save check.


@dataclass(frozen=True)
class StorySnapshot:
    """The story's version counter as stored, with who saved it and when."""

    version: int
    updated_by_id: int | None
    modified_at: object


def lock_story(pk):
    """The stored snapshot of a story, its row locked until the transaction ends (None if gone).

    Taken where a save is judged, so two saves cannot both pass the stale check.
    """
    row = (
        Article.objects.select_for_update().filter(pk=pk)
        .values("version", "updated_by_id", "modified_at").first()
    )
    return StorySnapshot(**row) if row else None


class StaleSave(Exception):
    """Someone saved the story after the editor opened it."""

    def __init__(self, snapshot, loaded):
        super().__init__(f"version {snapshot.version} is stored; the editor opened version {loaded}")
        self.snapshot = snapshot
        self.loaded = loaded


def check_not_stale(article, loaded_version):
    """Lock the story and raise StaleSave if its stored version is not the one the editor opened."""
    if not article.pk or loaded_version is None:
        return
    snapshot = lock_story(article.pk)
    if snapshot is not None and snapshot.version != loaded_version:
        raise StaleSave(snapshot, loaded_version)


def restore_version(article, version):
    """Write an earlier version of the story back, keeping the counter and record of the newest.

    The restored row would otherwise carry its old counter, and a form opened before the restore
    would pass the stale check; it keeps counting up from the newest instead. Call inside a transaction.
    """
    snapshot = lock_story(article.pk)
    version.revision.revert(delete=True)
    Article.objects.filter(pk=article.pk).update(
        version=snapshot.version, updated_by_id=snapshot.updated_by_id, modified_at=snapshot.modified_at,
    )
    return snapshot
