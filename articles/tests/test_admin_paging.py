import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from newsroom import paginators

from .factories import make_article, make_section

pytestmark = pytest.mark.django_db


def test_unfiltered_large_lists_use_the_estimate(monkeypatch):
    monkeypatch.setattr(paginators, "estimated_rows", lambda alias, table: 250_000)
    make_article()
    assert paginators.EstimatedCountPaginator(Article.objects.all(), 100).count == 250_000
    assert paginators.EstimatedCountPaginator(Article.objects.filter(status="draft"), 100).count == 0


def test_small_tables_and_sqlite_are_counted_exactly(monkeypatch):
    make_article()
    make_article()
    assert paginators.EstimatedCountPaginator(Article.objects.all(), 100).count == 2
    monkeypatch.setattr(paginators, "estimated_rows", lambda alias, table: 500)
    assert paginators.EstimatedCountPaginator(Article.objects.all(), 100).count == 2


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the planner's estimate exists on PostgreSQL only")
def test_the_estimate_comes_from_the_planner():
    section = make_section()
    for _ in range(3):
        make_article(section=section)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE articles_article")
    assert paginators.estimated_rows("default", "articles_article") in (None, 3)


def test_admin_story_list_runs_no_count_of_the_whole_table_when_estimated(editor_client, monkeypatch):
    monkeypatch.setattr(paginators, "estimated_rows", lambda alias, table: 123_456)
    section = make_section()
    for _ in range(3):
        make_article(section=section, headline="Listed in the admin")
    with CaptureQueriesContext(connection) as queries:
        response = editor_client.get("/admin/articles/article/")
    assert response.status_code == 200
    assert "Listed in the admin" in response.content.decode()
    whole_table_counts = [
        q["sql"] for q in queries.captured_queries
        if q["sql"].startswith("SELECT COUNT(*)") and "articles_article" in q["sql"] and "WHERE" not in q["sql"]
    ]
    assert whole_table_counts == []


def test_year_drilldown_lists_only_years_with_stories(editor_client):
    from datetime import datetime

    from django.utils import timezone

    section = make_section()
    for year in (2019, 2021, 2021):
        make_article(section=section, published_at=timezone.make_aware(datetime(year, 6, 1)))
    years = [moment.year for moment in Article.objects.datetimes("published_at", "year")]
    assert years == [2019, 2021]
    assert [m.year for m in Article.objects.datetimes("published_at", "year", order="DESC")] == [2021, 2019]
    assert Article.objects.none().datetimes("published_at", "year") == []
    html = editor_client.get("/admin/articles/article/").content.decode()
    assert "published_at__year=2019" in html and "published_at__year=2021" in html
    assert "published_at__year=2020" not in html


def test_deferred_join_pages_match_plain_pages():
    from django.core.paginator import Paginator

    section = make_section()
    for _ in range(7):
        make_article(section=section)
    queryset = Article.objects.published().for_listing().newest_first()
    for number in (1, 2, 3):
        deferred = paginators.DeferredJoinPaginator(queryset, 3).page(number)
        plain = Paginator(queryset, 3).page(number)
        assert [a.pk for a in deferred] == [a.pk for a in plain]
        assert all(a.section.name for a in deferred)
