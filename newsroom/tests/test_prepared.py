"""Prepared queries give what Django's own evaluation of the same queryset gives, on each database."""

from datetime import datetime, timedelta

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import Article, Block, Quote
from articles.tests.factories import make_article, make_image, make_person, make_section
from newsroom.prepared import PreparedQuery

pytestmark = pytest.mark.django_db

PUBLIC_IN_SECTION = PreparedQuery(
    lambda section, now: Article.objects.published(now).filter(section_id=section)
    .select_related("section", "lead_image__photographer").order_by("published_at", "id"),
    section=int, now=datetime,
)
BY_HEADLINE = PreparedQuery(
    lambda headline: Article.objects.filter(headline=headline).values_list("slug", "published_at"),
    headline=str,
)


def fields(obj, names):
    return [getattr(obj, name) for name in names]


def test_model_rows_with_related_objects_match_the_orm():
    section = make_section()
    photographer = make_person()
    with_photo = make_article(section=section, lead_image=make_image(photographer=photographer))
    without = make_article(section=section)
    now = timezone.now()
    expected = list(Article.objects.published(now).filter(section_id=section.pk)
                    .select_related("section", "lead_image__photographer").order_by("published_at", "id"))
    got = PUBLIC_IN_SECTION.run(section=section.pk, now=now)
    names = ["pk", "headline", "slug", "published_at", "status", "section_id", "lead_image_id"]
    assert [fields(a, names) for a in got] == [fields(a, names) for a in expected] != []
    assert {a.pk for a in got} == {with_photo.pk, without.pk}
    loaded = {a.pk: a for a in got}
    # The joined objects come with the row: reading them costs no query.
    with CaptureQueriesContext(connection) as queries:
        assert loaded[with_photo.pk].section.name == section.name
        assert loaded[with_photo.pk].lead_image.photographer.name == photographer.name
        assert loaded[without.pk].lead_image is None
    assert len(queries) == 0
    # Times come back aware, as the ORM gives them, on SQLite too (through the converters).
    assert timezone.is_aware(got[0].published_at)


def test_each_run_uses_its_own_values_with_one_compiled_statement():
    first, second = make_section(), make_section()
    make_article(section=first, headline="In the first")
    later = make_article(section=second, headline="Scheduled", published_at=timezone.now() + timedelta(hours=1))
    assert [a.headline for a in PUBLIC_IN_SECTION.run(section=first.pk, now=timezone.now())] == ["In the first"]
    # The time is a parameter too, used three times over (publish time and both embargo tests).
    assert PUBLIC_IN_SECTION.run(section=second.pk, now=timezone.now()) == []
    assert [a.pk for a in PUBLIC_IN_SECTION.run(section=second.pk, now=timezone.now() + timedelta(hours=2))] == [later.pk]
    with CaptureQueriesContext(connection) as queries:
        PUBLIC_IN_SECTION.run(section=first.pk, now=timezone.now())
        PUBLIC_IN_SECTION.run(section=second.pk, now=timezone.now())
    assert queries[0]["sql"].split("WHERE")[0] == queries[1]["sql"].split("WHERE")[0]
    assert len(PUBLIC_IN_SECTION._compiled) == 1


def test_values_list_rows_and_string_parameters():
    article = make_article(headline="Budget vote delayed")
    make_article(headline="Something else")
    assert BY_HEADLINE.run(headline="Budget vote delayed") == list(
        Article.objects.filter(headline="Budget vote delayed").values_list("slug", "published_at")
    )
    assert BY_HEADLINE.run(headline="Budget vote delayed")[0][0] == article.slug
    assert BY_HEADLINE.run(headline="No such story") == []
    # A value that looks like SQL is only ever a value.
    assert BY_HEADLINE.run(headline="x' OR '1'='1") == []


def test_the_article_body_query_matches_its_prefetch_twin():
    article = make_article()
    speaker = make_person()
    quote = Quote.objects.create(article=article, position=1, text="We will vote.", speaker=speaker)
    Block.objects.create(article=article, kind=Block.Kind.PARAGRAPH, position=1, text="First.")
    Block.objects.create(article=article, kind=Block.Kind.QUOTE, position=2, quote=quote)
    Block.objects.create(article=article, kind=Block.Kind.IMAGE, position=3, image=make_image())
    Block.objects.create(article=article, kind=Block.Kind.RELATED, position=4, link_article=make_article())
    prepared = PreparedQuery(lambda story: Block.objects.for_page().filter(article_id=story), story=int)
    got = prepared.run(story=article.pk)
    expected = list(Block.objects.for_page().filter(article_id=article.pk))
    names = ["pk", "kind", "position", "text", "image_id", "quote_id", "link_article_id"]
    assert [fields(b, names) for b in got] == [fields(b, names) for b in expected]
    assert got[1].quote.speaker.name == speaker.name
    assert got[2].image.caption == expected[2].image.caption
    assert got[3].related_href == expected[3].related_href != ""


def test_misuse_is_refused_with_a_reason():
    with pytest.raises(TypeError, match="parameters"):
        BY_HEADLINE.run(title="x")
    unused = PreparedQuery(lambda story: Article.objects.all(), story=int)
    with pytest.raises(ValueError, match="does not use the parameters"):
        unused.run(story=1)
    prefetching = PreparedQuery(lambda story: Article.objects.filter(pk=story).prefetch_related("blocks"), story=int)
    with pytest.raises(ValueError, match="prefetch_related"):
        prefetching.run(story=1)
    with pytest.raises(TypeError, match="an int, a str or a datetime"):
        PreparedQuery(lambda story: Article.objects.filter(pk=story), story=float).run(story=1.0)


def test_postgresql_prepares_the_article_pages_statements_and_only_those(client, seed):
    """PostgreSQL plans the article page's queries once; listings are planned for their values."""
    if connection.vendor != "postgresql":
        pytest.skip("prepared statements are PostgreSQL's (SQLite compiles each statement in-process)")
    if not settings.POSTGRES_OPTIONS:
        pytest.skip("DJANGO_DB_PREPARED_STATEMENTS=0 turns them off")
    assert connection.settings_dict["OPTIONS"].get("server_side_binding") is True
    for _ in range(6):
        assert client.get(seed.get_absolute_url(), HTTP_HOST="127.0.0.1").status_code == 200
        assert client.get("/", HTTP_HOST="127.0.0.1").status_code == 200
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [row[0] for row in cursor.fetchall()]
    assert any('FROM "articles_block"' in statement for statement in prepared), prepared
    # The home page's count and page queries were not prepared, however often they ran.
    assert not any("COUNT(" in statement.upper() for statement in prepared), prepared


def test_with_the_setting_off_each_run_is_the_orms_own_evaluation(settings):
    settings.NEWSROOM_PREPARED_QUERIES = False
    section = make_section()
    article = make_article(section=section, headline="Budget vote delayed")
    fallback = PreparedQuery(
        lambda section, now: Article.objects.published(now).filter(section_id=section).select_related("section"),
        section=int, now=datetime,
    )
    got = fallback.run(section=section.pk, now=timezone.now())
    assert [(type(a), a.pk, a.section.name) for a in got] == [(Article, article.pk, section.name)]
    assert BY_HEADLINE.run(headline="Budget vote delayed") == [(article.slug, article.published_at)]
    # Nothing was compiled: Django's internals were not read.
    assert len(fallback._compiled) == 0
    with pytest.raises(TypeError, match="parameters"):
        fallback.run(section=section.pk)
