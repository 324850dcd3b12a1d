"""Revision history of stories, kept with django-reversion.

A version of a story holds the story row and everything that makes up its text: bylines, body
blocks (paragraphs, images placed, related links), quotes, mentions and notes. Images, people,
organizations and sections have histories of their own; a story version records which of them
it pointed at, not their state, so restoring a story never rewrites a photo's caption used elsewhere.

The admin records a version on every save (``reversion.admin.VersionAdmin``); the operations in
``articles/publishing.py`` record theirs with ``add_story_to_revision()``, and other code
records one with ``save_version()``. ``story_lines()`` turns a version, or the story as
it stands, into the lines of text the history's diff compares.
"""

import difflib
from dataclasses import dataclass

import reversion
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVectorField
from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone
from reversion.models import Version

from people.models import Organization, Person

from .blocks import BLOCK_KINDS
from .models import Article, Block, Byline, Image, Mention, Note, Quote, Section

STORY_PARTS = ("bylines", "blocks", "quotes", "mentions", "notes")
PART_NAME_RELATIONS = {"bylines": ("person",), "quotes": ("speaker",), "mentions": ("person",)}


def register(model, **options):
    # An admin may have registered the model first (VersionAdmin does so on its own); ours wins.
    if reversion.is_registered(model):
        reversion.unregister(model)
    # A search vector is derived data that the database rebuilds: not worth a copy per version.
    fields = [f.name for f in model._meta.concrete_fields if not isinstance(f, SearchVectorField)]
    reversion.register(model, fields=fields, **options)


register(Article, follow=STORY_PARTS)
for part in (Byline, Block, Quote, Mention, Note):
    register(part)
for model in (Image, Person, Organization, Section):
    register(model)


def save_version(article, *, comment, user=None):
    """Record the story as it stands now, with its parts, as one version in its history."""
    with reversion.create_revision():
        reversion.set_comment(comment)
        if user is not None:
            reversion.set_user(user)
        add_story_to_revision(article)


def ensure_baseline(article):
    """Record a story with no history yet (imported, loaded) as it stands, before the admin first changes it.

    The history then starts from the text editors saw, and a refused stale save can show what changed.
    Must run outside a revision block: nested blocks merge into one revision.
    """
    if reversion.is_active() or Version.objects.get_for_object(article).exists():
        return
    save_version(article, comment="As it stood before its first change in the admin")


def add_story_to_revision(article):
    """Put the story and the current state of each of its parts into the revision being recorded.

    The admin saves the story row before its inlines and renumbers positions with bulk updates,
    so what reversion noted on the first save may be stale; this records the final state.
    """
    # Parts are read once, with what their names need joined in (reversion stores str() of every
    # row), and left on the story while it is added, so its follow= takes them instead of reading
    # every part again. They are taken off afterwards: the caller may change the parts next.
    cache = article.__dict__.setdefault("_prefetched_objects_cache", {})
    for name in STORY_PARTS:
        cache.pop(name, None)
    prefetch_related_objects([article], *(
        Prefetch(name, queryset=Article._meta.get_field(name).related_model._default_manager.select_related(
            *PART_NAME_RELATIONS.get(name, ())
        ))
        for name in STORY_PARTS
    ))
    try:
        for name in STORY_PARTS:
            for part in getattr(article, name).all():
                reversion.add_to_revision(part)
        reversion.add_to_revision(article)
    finally:
        for name in STORY_PARTS:
            cache.pop(name, None)


def story_versions(article):
    """The recorded versions of a story, oldest first."""
    return (
        Version.objects.get_for_object(article)
        .select_related("revision", "revision__user")
        .order_by("revision__date_created", "pk")
    )


@dataclass
class StoryState:
    article: Article
    bylines: list
    blocks: list
    quotes: list
    mentions: list
    notes: list


def state_of_version(version):
    """The story and its parts as a version recorded them (unsaved model instances)."""
    parts = {name: [] for name in STORY_PARTS}
    models = {Byline: "bylines", Block: "blocks", Quote: "quotes", Mention: "mentions", Note: "notes"}
    types = ContentType.objects.get_for_models(*models)
    names = {types[model].pk: name for model, name in models.items()}
    for other in version.revision.version_set.filter(content_type__in=list(names)):
        obj = other._object_version.object
        if obj.article_id == version._object_version.object.pk:
            parts[names[other.content_type_id]].append(obj)
    return StoryState(article=version._object_version.object, **parts)


def state_of_article(article):
    """The story and its parts as they stand in the database."""
    return StoryState(article=article, **{name: list(getattr(article, name).all()) for name in STORY_PARTS})


@dataclass
class StoryRows:
    """What a story's lines name, read in bulk: its quotes, and the people, photos and stories it points at."""

    quotes: dict
    people: dict
    images: dict
    stories: dict

    @classmethod
    def of(cls, state):
        article = state.article
        return cls(
            quotes={q.pk: q for q in state.quotes},
            people=Person.objects.in_bulk(
                {b.person_id for b in state.bylines} | {m.person_id for m in state.mentions}
                | {q.speaker_id for q in state.quotes if q.speaker_id}
            ),
            images=Image.objects.in_bulk(
                {b.image_id for b in state.blocks if b.image_id}
                | ({article.lead_image_id} if article.lead_image_id else set())
            ),
            stories=Article.objects.in_bulk({b.link_article_id for b in state.blocks if b.link_article_id}),
        )

    @staticmethod
    def name(rows, pk, label):
        return str(rows[pk]) if pk in rows else f"{label} #{pk} (deleted)"

    def quote_text(self, quote):
        speaker = f" — {self.name(self.people, quote.speaker_id, 'person')}" if quote.speaker_id else ""
        return f"“{quote.text}”{speaker}"


def block_line(block, rows):
    """A body block's line in the history, as its kind writes it."""
    kind = BLOCK_KINDS.get(block.kind)
    # An old version may hold a kind that has since been retired: show what it said.
    return kind.history_line(block, rows) if kind else f"[{block.kind}] {block.text}".rstrip()


def story_lines(state):
    """The story as lines of plain text, in reading order: what an editor compares between versions."""
    article = state.article
    rows = StoryRows.of(state)
    people, images, name, quote_text = rows.people, rows.images, rows.name, rows.quote_text
    section = Section.objects.filter(pk=article.section_id).first()

    def by_position(parts):
        return sorted(parts, key=lambda part: (part.position, part.pk or 0))

    def when(moment):
        return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M %Z") if moment else "—"

    lines = [
        f"Headline: {article.headline}",
        f"Summary: {article.dek}",
        f"Label: {article.label}",
        f"Section: {section or '—'}",
        f"Dateline: {article.dateline}",
        f"Status: {article.get_status_display()}",
        f"Publish time: {when(article.published_at)}",
        f"Embargo until: {when(article.embargo_until)}",
        f"Update time: {when(article.updated_at)}",
        f"Lead image: {name(images, article.lead_image_id, 'image') if article.lead_image_id else '—'}",
        "By: " + ", ".join(name(people, b.person_id, "person") for b in by_position(state.bylines)),
        "",
    ]
    lines.extend(block_line(block, rows) for block in by_position(state.blocks))
    if state.quotes:
        lines.append("")
        lines.extend(
            f"Quote: {quote_text(q)}" + (f" ({q.context})" if q.context else "") for q in by_position(state.quotes)
        )
    if state.mentions:
        lines.append("")
        lines.extend(
            f"Mentions: {name(people, m.person_id, 'person')}" + (f" ({m.role})" if m.role else "")
            for m in by_position(state.mentions)
        )
    for note in sorted(state.notes, key=lambda n: (n.created_at, n.pk or 0)):
        lines.append(f"{note.get_kind_display()}, {when(note.created_at)}: {note.text}")
    return lines


@dataclass
class DiffLine:
    kind: str  # "same", "removed", "added" or "gap"
    text: str


def diff_story_lines(old, new, *, context=2):
    """Lines removed and added between two renderings, with a little unchanged text around each change."""
    rows = []
    for group in difflib.SequenceMatcher(None, old, new, autojunk=False).get_grouped_opcodes(context):
        if rows:
            rows.append(DiffLine("gap", "…"))
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                rows.extend(DiffLine("same", line) for line in old[i1:i2])
                continue
            rows.extend(DiffLine("removed", line) for line in old[i1:i2])
            rows.extend(DiffLine("added", line) for line in new[j1:j2])
    return rows


def version_numbered(article, number):
    """The recorded version of a story whose counter was number (the one an editor opened), or None."""
    for version in story_versions(article).order_by("-revision__date_created", "-pk"):
        if str(version.field_dict.get("version")) == str(number):
            return version
    return None


def state_with_parts(article, parts, *, rest):
    """A story as an editor has it on their form: article and parts unsaved; parts not on the form from rest."""
    return StoryState(article=article, **{name: parts.get(name, getattr(rest, name)) for name in STORY_PARTS})


@dataclass
class Conflict:
    """A refused save, told apart: what others saved since the editor opened the story, and the editor's own changes."""

    theirs: list
    mine: list


def diff_conflict(opened_version, *, stored, submitted):
    """Both sides of a refused save, each against the version the editor opened.

    ``stored`` is the story read again from the database (never the form's instance, which
    already holds this editor's values); ``submitted`` is what this editor's form holds.
    """
    opened = story_lines(state_of_version(opened_version))
    return Conflict(
        theirs=diff_story_lines(opened, story_lines(state_of_article(stored))),
        mine=diff_story_lines(opened, story_lines(submitted)),
    )


# A change in the words of an editor's log: one line per thing a person did, not one per row renumbered.

# Story fields that are bookkeeping, never news in the log.
UNLOGGED_FIELDS = {"loaded_version", "version", "modified_at", "updated_by", "created_by"}


def body_names(body):
    """What each block of a body (pairs of id and kind, in reading order) is called in the log: ¶4, the subhead."""
    totals, seen, names = {}, {}, {}
    for _, kind in body:
        totals[kind] = totals.get(kind, 0) + 1
    for pk, kind in body:
        seen[kind] = seen.get(kind, 0) + 1
        declared = BLOCK_KINDS.get(kind)
        label = (declared.label if declared else kind).lower()
        if kind == "paragraph":
            names[pk] = f"¶{seen[kind]}"
        else:
            names[pk] = f"the {label}" if totals[kind] == 1 else f"{label} {seen[kind]}"
    return names


def with_article(label):
    return f"{'an' if label[:1] in 'aeiou' else 'a'} {label}"


def steady_blocks(order, weights):
    """The blocks that kept their order (their ranks in the new body, listed in the old order); the rest moved.

    The heaviest run in increasing order stays: paragraphs weigh more than photos, subheads and
    the like, so when a photo and a paragraph trade places it is the photo that moved, as an
    editor would say. Quadratic, which a story's body of a few hundred blocks affords.
    """
    best, back = [], []
    for index, value in enumerate(order):
        before = [j for j in range(index) if order[j] < value]
        j = max(before, key=lambda j: best[j], default=None)
        best.append(weights[index] + (best[j] if j is not None else 0))
        back.append(j)
    steady, index = set(), max(range(len(order)), key=lambda i: best[i], default=None)
    while index is not None:
        steady.add(order[index])
        index = back[index]
    return steady


def describe_body_change(old_body, new_body, *, edited=()):
    """Lines for a body's change: blocks added (and where), removed, moved up or down, edited.

    old_body and new_body are (id, kind) pairs in reading order, before and after; edited holds
    the ids of blocks whose content changed. Blocks that were only renumbered say nothing.
    """
    old_names, new_names = body_names(old_body), body_names(new_body)
    old_ids, new_ids = [pk for pk, _ in old_body], [pk for pk, _ in new_body]
    kinds = dict(old_body) | dict(new_body)
    lines = []
    for index, pk in enumerate(new_ids):
        if pk in old_names:
            continue
        declared = BLOCK_KINDS.get(kinds[pk])
        what = with_article((declared.label if declared else kinds[pk]).lower())
        lines.append(f"added {what} " + (f"after {new_names[new_ids[index - 1]]}" if index else "at the top"))
    lines.extend(f"removed {old_names[pk]}" for pk in old_ids if pk not in new_names)
    kept_old = [pk for pk in old_ids if pk in new_names]
    kept_new = [pk for pk in new_ids if pk in old_names]
    rank = {pk: number for number, pk in enumerate(kept_new)}
    steady = steady_blocks([rank[pk] for pk in kept_old], [2 if kinds[pk] == "paragraph" else 1 for pk in kept_old])
    for old_rank, pk in enumerate(kept_old):
        if rank[pk] not in steady:
            lines.append(f"moved {new_names[pk]} {'up' if rank[pk] < old_rank else 'down'}")
    lines.extend(f"edited {new_names[pk]}" for pk in new_ids if pk in old_names and pk in set(edited))
    return lines


def describe_story_change(*, fields=(), old_body=(), new_body=(), edited_blocks=(), parts=()):
    """The one line the history and the actions log keep for a person's change to a story.

    fields: the verbose names of the story's own fields changed; the body as for
    ``describe_body_change``; parts: (verb, part) pairs for bylines, quotes, mentions and notes
    added, changed or removed. E.g. "Changed the headline; added a subhead after ¶4; moved the image up."
    """
    lines = []
    if fields:
        names = [f"the {name}" for name in fields]
        lines.append("changed " + (", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]))
    lines.extend(describe_body_change(list(old_body), list(new_body), edited=edited_blocks))
    lines.extend(f"{verb} {with_article(part._meta.verbose_name)}: {part}" for verb, part in parts)
    if not lines:
        return "Saved without changes."
    text = "; ".join(lines)
    return text[0].upper() + text[1:] + "."
