"""The article page's data: the story and what its page shows, loaded the same way for readers and previews.

The story comes from ``ArticleQuerySet.for_detail()``; its bylines, body, paragraph quotes and
notes are loaded beside it and left on it as plain lists (``page_bylines``, ``page_blocks``,
``page_notes``, each block's ``paragraph_quotes``), which templates and structured data read.
Each query is a :class:`~newsroom.prepared.PreparedQuery`: compiled once per process, or run
through the ORM when ``NEWSROOM_PREPARED_QUERIES`` is off, with the same results either way.
"""

import functools
from datetime import datetime
from typing import NamedTuple

from django.utils import timezone

from newsroom.prepared import PreparedQuery
from people.models import Person

from .models import Article, Block, Byline, Note, Quote, Section

STORY = PreparedQuery(
    lambda path, slug, now: Article.objects.published(now).for_detail().filter(section__path=path, slug=slug),
    path=str, slug=str, now=datetime,
)
STORY_BY_ID = PreparedQuery(lambda story: Article.objects.for_detail().filter(pk=story), story=int)
BYLINES = PreparedQuery(lambda story: Byline.objects.for_page().filter(article_id=story), story=int)
BLOCKS = PreparedQuery(lambda story: Block.objects.for_page().filter(article_id=story), story=int)
# As rows: a paragraph needs only each quote's id and its speaker's name and address, and a
# model instance per quote and speaker costs several times what a row does.
PARAGRAPH_QUOTES = PreparedQuery(lambda story: Quote.objects.standing_in_paragraphs_of(story), story=int)
NOTES = PreparedQuery(lambda story: Note.objects.for_page().filter(article_id=story), story=int)
NAV_SECTIONS = PreparedQuery(lambda: Section.objects.top_level())


class ParagraphQuote(NamedTuple):
    """What a paragraph shows of a quote standing in it (see ``articles.markup.paragraph_html``)."""

    pk: int
    block_id: int
    text: str
    speaker_id: int | None
    speaker: Person | None


def public_story(section_path, slug, now=None):
    """The public story at that section path and slug, with everything its page shows; or None."""
    found = STORY.run(path=section_path, slug=slug, now=now or timezone.now())
    return load_page_parts(found[0]) if found else None


def any_story(pk):
    """The story with that id whatever its status, with everything its page shows (for previews); or None."""
    found = STORY_BY_ID.run(story=pk)
    return load_page_parts(found[0]) if found else None


def load_page_parts(story):
    """Put the story's bylines, body, paragraph quotes and notes on it as lists; return it."""
    story.page_blocks = BLOCKS.run(story=story.pk)
    quotes_by_block, speakers = {}, {}
    for pk, block_id, text, speaker_id, name, slug in PARAGRAPH_QUOTES.run(story=story.pk):
        speaker = None
        if speaker_id is not None:
            speaker = speakers.get(speaker_id) or speakers.setdefault(
                speaker_id, Person(pk=speaker_id, name=name, slug=slug),
            )
        quotes_by_block.setdefault(block_id, []).append(ParagraphQuote(pk, block_id, text, speaker_id, speaker))
    for block in story.page_blocks:
        block.paragraph_quotes = quotes_by_block.get(block.pk, [])
    story.page_bylines = BYLINES.run(story=story.pk)
    story.page_notes = NOTES.run(story=story.pk)
    return story


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
