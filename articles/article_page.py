"""The public article page's data, read through queries compiled once per process.

The querysets are those of ``ArticleQuerySet.for_detail()`` (the preview's), run as
:class:`~newsroom.prepared.PreparedQuery` so a request pays for the database's answer and
the objects, not for Django compiling the same SQL again: 5.2 ms of ORM time on the seed
story became well under a millisecond. What the related managers would have fetched is put
where ``prefetch_related()`` puts it, so templates and structured data read the story the
same way whichever path loaded it.
"""

import functools
from datetime import datetime

from django.utils import timezone

from newsroom.prepared import PreparedQuery

from .models import Article, Section
from .querysets import page_blocks, page_bylines, page_notes, page_paragraph_quotes

STORY = PreparedQuery(
    lambda path, slug, now: Article.objects.published(now).page_columns().filter(section__path=path, slug=slug),
    path=str, slug=str, now=datetime,
)
BYLINES = PreparedQuery(lambda story: page_bylines().filter(article_id=story), story=int)
BLOCKS = PreparedQuery(lambda story: page_blocks().filter(article_id=story), story=int)
PARAGRAPH_QUOTES = PreparedQuery(
    lambda story: page_paragraph_quotes().filter(block__article_id=story), story=int,
)
NOTES = PreparedQuery(lambda story: page_notes().filter(article_id=story), story=int)
NAV_SECTIONS = PreparedQuery(lambda: Section.objects.top_level())


def public_story(section_path, slug, now=None):
    """The public story at that section path and slug, with everything its page shows; or None."""
    found = STORY.run(path=section_path, slug=slug, now=now or timezone.now())
    if not found:
        return None
    story = found[0]
    blocks = BLOCKS.run(story=story.pk)
    quotes_by_block = {}
    for quote in PARAGRAPH_QUOTES.run(story=story.pk):
        quotes_by_block.setdefault(quote.block_id, []).append(quote)
    for block in blocks:
        block.paragraph_quotes = quotes_by_block.get(block.pk, [])
    set_prefetched(story, "blocks", blocks)
    set_prefetched(story, "bylines", BYLINES.run(story=story.pk))
    set_prefetched(story, "notes", NOTES.run(story=story.pk))
    return story


def set_prefetched(instance, name, objects):
    """Leave ``objects`` where prefetch_related() leaves a relation's rows, so .all() reads them."""
    queryset = getattr(instance, name).get_queryset()
    queryset._result_cache = objects
    queryset._prefetch_done = True
    instance.__dict__.setdefault("_prefetched_objects_cache", {})[name] = queryset


@functools.lru_cache(maxsize=16)
def newest_in_section_query(count):
    """The newest ``count`` public stories of a section: one compiled query per count asked for."""
    return PreparedQuery(
        lambda section, now: Article.objects.published(now).filter(section_id=section)
        .select_related("section").only("headline", "slug", "published_at", "created_at", "section__path")
        .newest_first()[:count],
        section=int, now=datetime,
    )


def more_in_section(story, count, *, leave_out=(), now=None):
    """Up to ``count`` other public stories of the story's section, newest first."""
    leave_out = {story.pk, *leave_out}
    newest = newest_in_section_query(count + len(leave_out)).run(section=story.section_id, now=now or timezone.now())
    return [other for other in newest if other.pk not in leave_out][:count]
