"""A public story's parts for the API, loaded in a fixed number of queries.

The story page's own queries (``articles.article_page``: story, body, bylines, notes) plus the
story's quotes, mentions and tags: eight queries for a story, whatever its length. The parts
are left on the story as lists that the serializers read.
"""

from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from articles.article_page import BLOCKS, BYLINES, NOTES, ParagraphQuote
from articles.blocks import BLOCK_KINDS
from articles.models import Article, Mention, Quote
from newsroom.prepared import PreparedQuery

# Kinds whose blocks link to another story or address: the story's related items.
RELATED_KINDS = frozenset(name for name, kind in BLOCK_KINDS.items() if "link_title" in kind.fields)
IMAGE_KINDS = frozenset(name for name, kind in BLOCK_KINDS.items() if "image" in kind.fields)


# Compiled once per process, as the story page's own queries (newsroom/prepared.py).
STORY = PreparedQuery(
    lambda story, now: Article.objects.published(now).for_detail().filter(pk=story), story=int, now=datetime,
)
QUOTES = PreparedQuery(
    lambda story: Quote.objects.filter(article_id=story).select_related("speaker").only(
        "article_id", "block_id", "position", "text", "context", "speaker_id", "speaker__name", "speaker__slug",
    ).order_by("position", "id"),
    story=int,
)
MENTIONS = PreparedQuery(
    lambda story: Mention.objects.filter(article_id=story).select_related("person").only(
        "article_id", "block_id", "role", "position", "person__name", "person__slug",
    ).order_by("position", "id"),
    story=int,
)


def public_story(pk, now=None):
    """The public story with that id and all its parts, or None (draft, scheduled, embargoed, absent)."""
    found = STORY.run(story=pk, now=now or timezone.now())
    return load_story_parts(found[0]) if found else None


def load_story_parts(story):
    story.page_blocks = BLOCKS.run(story=story.pk)
    story.page_bylines = BYLINES.run(story=story.pk)
    story.page_notes = NOTES.run(story=story.pk)
    story.page_bylines_people = [byline.person for byline in story.page_bylines]
    story.page_tags = list(story.tags.order_by("name").only("name", "slug"))
    positions = {block.pk: block.position for block in story.page_blocks}
    texts = {block.pk: block.text for block in story.page_blocks}
    story.page_quotes = QUOTES.run(story=story.pk)
    in_paragraphs = {}
    for quote in story.page_quotes:
        place_in_paragraph(quote, positions, texts)
        if quote.block_id in positions:
            in_paragraphs.setdefault(quote.block_id, []).append(
                ParagraphQuote(quote.pk, quote.block_id, quote.text, quote.speaker_id, quote.speaker),
            )
    for block in story.page_blocks:
        block.paragraph_quotes = in_paragraphs.get(block.pk, [])
    story.page_mentions = MENTIONS.run(story=story.pk)
    for mention in story.page_mentions:
        mention.paragraph_position = positions.get(mention.block_id)
    story.page_related = [block for block in story.page_blocks if block.kind in RELATED_KINDS]
    # Each photo once, the lead first: a body may show the lead photo again, or one photo twice.
    photos = {story.lead_image_id: story.lead_image} if story.lead_image_id else {}
    for block in story.page_blocks:
        if block.kind in IMAGE_KINDS and block.image_id:
            photos.setdefault(block.image_id, block.image)
    story.page_photos = list(photos.values())
    story.section_path = story.section.ancestry()
    return story


def place_in_paragraph(quote, positions, texts):
    """The paragraph a quote stands in (its block's position) and the quoted words' offsets there."""
    quote.paragraph_position = positions.get(quote.block_id)
    start = texts.get(quote.block_id, "").find(quote.text) if quote.block_id in texts else -1
    quote.start, quote.end = (start, start + len(quote.text)) if start >= 0 else (None, None)


def load_summaries(stories):
    """Byline people and tags for a page of stories (bylines come prefetched by ``for_listing()``)."""
    stories = list(stories)
    tags = {}
    if stories:
        # The content type is Django's cached one: no query after the first in a process.
        rows = Article.tags.through.objects.filter(
            object_id__in=[s.pk for s in stories], content_type=ContentType.objects.get_for_model(Article),
        ).select_related("tag").order_by("tag__name")
        for row in rows:
            tags.setdefault(row.object_id, []).append(row.tag)
    for story in stories:
        story.page_bylines_people = [byline.person for byline in story.bylines.all()]
        story.page_tags = tags.get(story.pk, [])
    return stories
