"""The article page's loader: the same story in the same types, its queries compiled once or run by the ORM."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles import article_page
from articles.models import Article, Block, Quote
from articles.tests.factories import make_article, make_image, make_person, make_rich_article

pytestmark = pytest.mark.django_db

PATHS = pytest.mark.parametrize("prepared", [True, False], ids=["prepared", "orm"])


def snapshot(story):
    """What the page reads of a story, as plain values."""
    return {
        "story": (story.pk, story.headline, story.section.path, story.section.parent_id, story.lead_image_id),
        "bylines": [(b.person.name, b.person.slug) for b in story.page_bylines],
        "blocks": [
            (b.pk, b.kind, b.text, b.display_caption, b.related_title, b.related_href,
             b.quote.speaker.name if b.quote_id and b.quote.speaker_id else None,
             [(q.pk, q.speaker.name if q.speaker_id else None) for q in b.paragraph_quotes])
            for b in story.page_blocks
        ],
        "notes": [(n.kind, n.text) for n in story.page_notes],
    }


def reference(story):
    """The same values read through the related managers, with no loader involved."""
    story = Article.objects.get(pk=story.pk)
    blocks = story.blocks.order_by("position", "id")
    return {
        "story": (story.pk, story.headline, story.section.path, story.section.parent_id, story.lead_image_id),
        "bylines": [(b.person.name, b.person.slug) for b in story.bylines.order_by("position")],
        "blocks": [
            (b.pk, b.kind, b.text, b.display_caption, b.related_title, b.related_href,
             b.quote.speaker.name if b.quote_id and b.quote.speaker_id else None,
             [(q.pk, q.speaker.name if q.speaker_id else None)
              for q in b.quotes.filter(article=story).order_by("position", "id")])
            for b in blocks
        ],
        "notes": [(n.kind, n.text) for n in story.notes.order_by("created_at")],
    }


def load(story, *, prepared, settings):
    settings.NEWSROOM_PREPARED_QUERIES = prepared
    return article_page.public_story(story.section.path, story.slug)


def types_of(story):
    """The type of every object the templates are handed."""
    return {
        (name, type(item).__name__) for name in ("page_bylines", "page_blocks", "page_notes")
        for item in getattr(story, name)
    } | {("paragraph_quotes", type(q).__name__) for b in story.page_blocks for q in b.paragraph_quotes} | {
        ("lists", type(getattr(story, name)).__name__) for name in ("page_bylines", "page_blocks", "page_notes")
    }


@PATHS
def test_the_loaded_story_is_the_one_its_relations_give(seed, settings, prepared):
    loaded = load(seed, prepared=prepared, settings=settings)
    assert snapshot(loaded) == reference(seed)
    assert len(snapshot(loaded)["blocks"]) == seed.blocks.count() > 10
    assert any(quotes for *_, quotes in snapshot(loaded)["blocks"])


def test_both_paths_hand_templates_the_same_types(settings):
    story = make_rich_article(blocks=10, quotes=4, images=2, related=2)
    story.bylines.create(person=make_person(), position=1)
    story.notes.create(kind="update", text="Added the vote count.")
    prepared, orm = (load(story, prepared=flag, settings=settings) for flag in (True, False))
    assert snapshot(prepared) == snapshot(orm)
    assert types_of(prepared) == types_of(orm)
    assert ("paragraph_quotes", "ParagraphQuote") in types_of(orm) and ("lists", "list") in types_of(orm)


@PATHS
def test_a_rich_story_loads_in_five_queries_and_reads_no_more(settings, prepared):
    story = make_rich_article(blocks=60, quotes=20, images=6, related=6)
    story.bylines.create(person=make_person(), position=1)
    story.notes.create(kind="update", text="Added the vote count.")
    settings.NEWSROOM_PREPARED_QUERIES = prepared
    with CaptureQueriesContext(connection) as queries:
        loaded = article_page.public_story(story.section.path, story.slug)
        values = snapshot(loaded)
    assert len(queries) == 5
    assert len(values["blocks"]) == story.blocks.count() and values["bylines"] and values["notes"]
    assert values == reference(story)


@PATHS
def test_stories_readers_may_not_see_are_not_loaded(settings, prepared):
    settings.NEWSROOM_PREPARED_QUERIES = prepared
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
    # Previews load any story by id, the same way.
    assert article_page.any_story(draft.pk).pk == draft.pk and article_page.any_story(10**9) is None


@PATHS
def test_only_the_storys_own_quotes_stand_in_its_paragraphs(settings, prepared):
    public = make_article(headline="Published story")
    paragraph = Block.objects.create(article=public, kind=Block.Kind.PARAGRAPH, position=1, text="Plain words.")
    own = Quote.objects.create(article=public, block=paragraph, position=1, text="Plain", speaker=make_person())
    # A quote of another story pointing at this story's paragraph, as a crafted form post could make.
    draft = make_article(status=Article.Status.DRAFT)
    Quote.objects.create(article=draft, block=paragraph, position=1, text="words", speaker=make_person(name="Not Here"))
    loaded = load(public, prepared=prepared, settings=settings)
    assert [q.pk for q in loaded.page_blocks[0].paragraph_quotes] == [own.pk]


@PATHS
def test_more_in_section_is_newest_first_without_the_story_or_its_linked_ones(settings, prepared):
    settings.NEWSROOM_PREPARED_QUERIES = prepared
    story = make_article()
    now = timezone.now()
    others = [make_article(section=story.section, published_at=now - timedelta(hours=i)) for i in range(1, 8)]
    linked = others[0]
    make_article(section=story.section, status=Article.Status.DRAFT)
    got = article_page.more_in_section(story, 5, leave_out={linked.pk})
    assert [a.pk for a in got] == [a.pk for a in others[1:6]]
    assert [a.pk for a in article_page.more_in_section(story, 3)] == [a.pk for a in others[:3]]


def story_with_every_block_kind():
    """A story with a lead image, bylines, notes and each block kind, including related links in every state."""
    writer = make_person(name="Wren Writer")
    story = make_rich_article(blocks=6, quotes=3, images=2, related=2, lead_image=make_image(caption="Lead photo."))
    position = story.blocks.count() + 10
    Block.objects.create(article=story, kind=Block.Kind.SUBHEAD, position=position, text="What comes next")
    for offset, target in enumerate((
        make_article(section=story.section, headline="Public target"),
        make_article(section=story.section, headline="Draft target", status=Article.Status.DRAFT),
    )):
        Block.objects.create(article=story, kind=Block.Kind.RELATED, position=position + 1 + offset, link_article=target)
    Block.objects.create(article=story, kind=Block.Kind.IMAGE, position=position + 5, image=make_image(with_file=False))
    story.bylines.create(person=writer, position=1)
    story.notes.create(kind="correction", text="An earlier version misspelt a name.")
    return story


@pytest.mark.parametrize("which", ["seed", "every kind"])
def test_the_page_is_the_same_html_through_both_paths(client, seed, settings, which):
    story = seed if which == "seed" else story_with_every_block_kind()
    pages = {}
    for prepared in (True, False):
        settings.NEWSROOM_PREPARED_QUERIES = prepared
        response = client.get(story.get_absolute_url())
        assert response.status_code == 200
        pages[prepared] = response.content.decode()
    assert pages[True] == pages[False]
    assert story.headline in pages[True] and 'class="quote-anchor"' in pages[True]
    if which == "every kind":
        html = pages[True]
        assert '<h2 class="subhead">What comes next</h2>' in html and "Public target" in html
        assert "Draft target" not in html and "An earlier version misspelt a name." in html


def test_the_page_shows_no_speaker_credit_from_another_storys_quote(client):
    public = make_article(headline="Published story")
    paragraph = Block.objects.create(article=public, kind=Block.Kind.PARAGRAPH, position=1, text="Plain words.")
    draft = make_article(status=Article.Status.DRAFT)
    planted = Quote.objects.create(
        article=draft, block=paragraph, position=1, text="Plain", speaker=make_person(name="Planted Speaker"),
    )
    html = client.get(public.get_absolute_url()).content.decode()
    assert "Plain words." in html
    assert "Planted Speaker" not in html and f'id="quote-{planted.pk}"' not in html


def test_the_page_shows_no_pull_quote_from_another_story(client):
    public = make_article(headline="Published story")
    draft = make_article(status=Article.Status.DRAFT)
    foreign = Quote.objects.create(article=draft, position=1, text="Words from a draft", speaker=make_person())
    own = Quote.objects.create(article=public, position=1, text="Words of this story")
    Block.objects.create(article=public, kind=Block.Kind.QUOTE, position=1, quote=foreign)
    Block.objects.create(article=public, kind=Block.Kind.QUOTE, position=2, quote=own)
    html = client.get(public.get_absolute_url()).content.decode()
    assert "Words of this story" in html and "Words from a draft" not in html
    assert html.count('class="pull-quote"') == 1


@pytest.mark.django_db
def test_machine_readable_times_hold_whole_seconds(client):
    # Publishing "now" from the admin keeps microseconds, which HTML's datetime attribute cannot hold.
    # A minute back, so the story is public whatever the clock's own microseconds.
    story = make_article(published_at=(timezone.now() - timedelta(minutes=1)).replace(microsecond=123456))
    html = client.get(story.get_absolute_url()).content.decode()
    stamp = timezone.localtime(story.published_at).replace(microsecond=0).isoformat()
    assert f'<time datetime="{stamp}">' in html
    assert f'<meta property="article:published_time" content="{stamp}">' in html
