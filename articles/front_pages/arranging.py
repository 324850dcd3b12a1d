"""Arranging a front page: the one place that writes its slots and records what changed.

The desk's front-page editor and a story's own front-page form (``articles/admin/front_pages.py``)
both call these functions, so every change leaves the same trace:

- a line in the actions log of each story placed, taken off, moved or given a new drop-out
  time (*Placed on the home page as the lead, until 2026-12-02 18:00 CET.*), which the story's
  history page shows with who and when; stories only pushed along by another's arrival say nothing;
- the page's version, with who changed it and when: a form opened before someone else's change
  is refused (:class:`StaleFrontPage`) rather than silently undoing it;
- a new page-cache generation once the transaction commits (``articles/invalidation.py``).

Nothing here asks whether a story is public: a scheduled or embargoed story may be placed ahead
of time and readers see it when ``Article.objects.published()`` does. Which stories a person may
place, and who may arrange pages at all, is the admin's to check (``articles/roles.py``).
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .. import history, invalidation, publishing
from .models import FrontPage, FrontPageSlot


@dataclass(frozen=True)
class Placement:
    """A story in a slot, or wanted there, with the time it drops out (None: until taken off)."""

    article: object
    until: datetime | None = None


@dataclass
class Change:
    """What one arrangement did: the log line of each story it concerned, and those it took off."""

    lines: dict = field(default_factory=dict)
    taken_off: list = field(default_factory=list)
    no_room: list = field(default_factory=list)


class StaleFrontPage(Exception):
    """Someone changed the page after the editor opened it."""

    def __init__(self, page):
        super().__init__(f"{page} is at version {page.version}")
        self.page = page


def slot_count():
    """How many slots each front page has: the lead and the top stories after it."""
    return settings.NEWSROOM_FRONT_PAGE_SLOTS


def slot_name(position):
    """What a slot is called in the log and on the desk: the lead, then top story 1, 2, …"""
    return "the lead" if position == 1 else f"top story {position - 1}"


def showing_placements(page, *, now=None):
    """The page's slots whose drop-out time has not come, in order (whatever their stories' state)."""
    slots = page.slots.showing(now).select_related("article", "article__section").order_by("position", "id")
    return [Placement(slot.article, slot.until) for slot in slots]


def change_front_page(page, change, *, user, opened_version=None, now=None):
    """Rearrange a page: ``change`` turns the placements showing into the ones wanted, in order.

    Runs with the page's row locked, so two editors' changes apply one after the other; with
    ``opened_version``, raises StaleFrontPage if the page changed since the editor opened it.
    Slots past their drop-out time are cleared out without a word: they left at their time.
    """
    now = now or timezone.now()
    with transaction.atomic():
        # "of": the home page has no section, and PostgreSQL locks no outer join's empty side.
        page = FrontPage.objects.select_for_update(of=("self",)).select_related("section").get(pk=page.pk)
        if opened_version is not None and page.version != opened_version:
            raise StaleFrontPage(page)
        stored = {slot.article_id: slot for slot in page.slots.all()}
        current = showing_placements(page, now=now)
        wanted = _distinct(change(list(current)))
        kept, no_room = wanted[:slot_count()], wanted[slot_count():]
        result = describe_change(page, current, kept)
        result.no_room = [placement.article for placement in no_room]
        for article in result.no_room:
            if article in result.lines:
                result.lines[article] = f"Taken off {page}: no room left."

        page.slots.all().delete()
        FrontPageSlot.objects.bulk_create([
            FrontPageSlot(
                page=page, article=placement.article, position=position, until=placement.until,
                # A story that stays keeps who placed it and when.
                placed_at=_kept(stored, placement, "placed_at", now),
                placed_by_id=_kept(stored, placement, "placed_by_id", user.pk if user else None),
            )
            for position, placement in enumerate(kept, start=1)
        ])
        page.version += 1
        page.changed_at, page.changed_by = now, user
        page.save(update_fields=["version", "changed_at", "changed_by"])
        for article, line in result.lines.items():
            publishing.log_change(article, user=user, message=line)
        # bulk_create sends no signals: the new slots reach readers through this.
        invalidation.content_changed()
    return result


def arrange(page, placements, *, user, opened_version=None, now=None):
    """Make the page's slots exactly these placements, in order: the first leads."""
    return change_front_page(page, lambda current: placements, user=user, opened_version=opened_version, now=now)


def place(article, page, *, user, position=1, until=None, now=None):
    """Put a story in a page's slot (1 leads); the stories from there on move down one, the last may drop off."""

    def insert(current):
        others = [placement for placement in current if placement.article.pk != article.pk]
        index = min(max(position, 1), len(others) + 1) - 1
        return [*others[:index], Placement(article, until), *others[index:]]

    return change_front_page(page, insert, user=user, now=now)


def take_off(article, page, *, user, now=None):
    """Take a story off a page; the stories after it move up."""
    return change_front_page(
        page, lambda current: [p for p in current if p.article.pk != article.pk], user=user, now=now,
    )


def describe_change(page, before, after):
    """The actions-log line of each story whose place on the page an editor changed.

    A story placed, taken off, or moved past others says so; one that only shifted because
    another arrived or left says nothing, unless that made it the lead or ended its lead.
    """
    when = publishing.when
    old = {p.article.pk: (position, p) for position, p in enumerate(before, start=1)}
    new = {p.article.pk: (position, p) for position, p in enumerate(after, start=1)}
    kept_old = [pk for pk in old if pk in new]
    rank = {pk: number for number, pk in enumerate(pk for pk in new if pk in old)}
    # Of the stories that could be said to stay, those still in their own slot stay first.
    steady = history.steady_blocks([rank[pk] for pk in kept_old], [1 + (old[pk][0] == new[pk][0]) for pk in kept_old])
    result = Change()
    for pk, (position, placement) in new.items():
        where = str(page)
        until = f", until {when(placement.until)}" if placement.until else ""
        if pk not in old:
            line = f"Placed on {where} as {slot_name(position)}{until}."
        else:
            was, before_placement = old[pk]
            parts = []
            if rank[pk] not in steady:
                parts.append(f"Moved {'up' if position < was else 'down'} to {slot_name(position)} on {where}.")
            elif position == 1 and was != 1:
                parts.append(f"Now leads {where}.")
            elif was == 1 and position != 1:
                parts.append(f"No longer leads {where}: now {slot_name(position)}.")
            if placement.until != before_placement.until:
                parts.append(
                    f"Drops out of {where} at {when(placement.until)}." if placement.until
                    else f"Stays on {where} with no drop-out time."
                )
            if not parts:
                continue
            line = " ".join(parts)
        result.lines[placement.article] = line
    for pk, (_, placement) in old.items():
        if pk not in new:
            result.lines[placement.article] = f"Taken off {page}."
            result.taken_off.append(placement.article)
    return result


def _distinct(placements):
    seen, distinct = set(), []
    for placement in placements:
        if placement.article.pk not in seen:
            seen.add(placement.article.pk)
            distinct.append(placement)
    return distinct


def _kept(stored, placement, name, default):
    slot = stored.get(placement.article.pk)
    return getattr(slot, name) if slot is not None else default
