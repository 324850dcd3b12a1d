"""The public article page's loader gives the story exactly as for_detail() (the preview's) does."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles import article_page
from articles.models import Article
from articles.tests.factories import make_article, make_person, make_rich_article

pytestmark = pytest.mark.django_db


def snapshot(story):
    """What the page reads of a story, as plain values."""
    return {
        "story": (story.pk, story.headline, story.section.path, story.section.parent_id, story.lead_image_id),
        "bylines": [(b.person.name, b.person.slug) for b in story.bylines.all()],
        "blocks": [
            (b.pk, b.kind, b.text, b.display_caption, b.related_title, b.related_href,
             b.quote.speaker.name if b.quote_id and b.quote.speaker_id else None,
             [(q.pk, q.speaker.name if q.speaker_id else None) for q in b.paragraph_quotes])
            for b in story.blocks.all()
        ],
        "notes": [(n.kind, n.text) for n in story.notes.all()],
    }


def test_the_loaded_story_is_the_one_for_detail_gives(seed):
    loaded = article_page.public_story(seed.section.path, seed.slug)
    expected = Article.objects.for_detail().get(pk=seed.pk)
    assert snapshot(loaded) == snapshot(expected)
    assert len(snapshot(loaded)["blocks"]) == seed.blocks.count() > 10
    assert any(quotes for *_, quotes in snapshot(loaded)["blocks"])


def test_a_rich_story_loads_in_five_queries_and_reads_no_more():
    story = make_rich_article(blocks=60, quotes=20, images=6, related=6)
    story.bylines.create(person=make_person(), position=1)
    story.notes.create(kind="update", text="Added the vote count.")
    with CaptureQueriesContext(connection) as queries:
        loaded = article_page.public_story(story.section.path, story.slug)
        values = snapshot(loaded)
    assert len(queries) == 5
    assert len(values["blocks"]) == story.blocks.count() and values["bylines"] and values["notes"]
    assert values == snapshot(Article.objects.for_detail().get(pk=story.pk))


def test_stories_readers_may_not_see_are_not_loaded():
    draft = make_article(status=Article.Status.DRAFT)
    scheduled = make_article(published_at=timezone.now() + timedelta(hours=3))
    embargoed = make_article(embargo_until=timezone.now() + timedelta(hours=3))
    for story in (draft, scheduled, embargoed):
        assert article_page.public_story(story.section.path, story.slug) is None
    # At its time the scheduled story is there.
    later = timezone.now() + timedelta(hours=4)
    assert article_page.public_story(scheduled.section.path, scheduled.slug, now=later).pk == scheduled.pk
    # The path must be the story's own section.
    public = make_article()
    assert article_page.public_story("not/its/section", public.slug) is None


def test_more_in_section_is_newest_first_without_the_story_or_its_linked_ones():
    story = make_article()
    now = timezone.now()
    others = [make_article(section=story.section, published_at=now - timedelta(hours=i)) for i in range(1, 8)]
    linked = others[0]
    make_article(section=story.section, status=Article.Status.DRAFT)
    got = article_page.more_in_section(story, 5, leave_out={linked.pk})
    assert [a.pk for a in got] == [a.pk for a in others[1:6]]
    assert [a.pk for a in article_page.more_in_section(story, 3)] == [a.pk for a in others[:3]]
