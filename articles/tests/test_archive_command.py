from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import Count

from articles.archive import STAR_EVERY, build_archive
from articles.models import Article, Block, Byline, Image, Mention, Quote, Section

pytestmark = pytest.mark.django_db


def test_command_builds_a_realistic_archive_with_progress_on_stderr(client):
    out, err = StringIO(), StringIO()
    call_command("build_archive", "--stories", "120", "--batch-size", "50", stdout=out, stderr=err)
    assert "Added 120 stories" in out.getvalue()
    assert "120/120 stories" in err.getvalue() and "[" in err.getvalue()

    stories = Article.objects.filter(source_key__startswith="archive:")
    assert stories.count() == 120
    assert Section.objects.filter(parent__isnull=False).exists()
    assert stories.filter(status="published").count() > 100
    assert Block.objects.filter(article__in=stories, kind="paragraph").count() >= 120 * 6
    assert Block.objects.filter(article__in=stories, kind="related", link_article__isnull=False).exists()
    assert Block.objects.filter(article__in=stories, kind="quote", quote__isnull=False).exists()
    assert Quote.objects.filter(article__in=stories, speaker__isnull=False, block__isnull=False).count() >= 120
    assert Mention.objects.filter(article__in=stories).count() >= 120
    assert Byline.objects.filter(article__in=stories).count() >= 120
    assert Image.objects.filter(lead_of__in=stories, photographer__isnull=False, agency__isnull=False).exists()

    star = Quote.objects.values("speaker").annotate(n=Count("article", distinct=True)).order_by("-n").first()
    assert star["n"] >= 120 // STAR_EVERY

    story = stories.published().order_by("-published_at").first()
    response = client.get(story.get_absolute_url())
    assert response.status_code == 200
    assert story.headline in response.content.decode()


def test_the_same_seed_builds_the_same_archive():
    build_archive(25, seed=11)
    first = list(Article.objects.order_by("source_key").values_list("headline", "section__path", "status"))
    Article.objects.filter(source_key__startswith="archive:").delete()
    build_archive(25, seed=11)
    second = list(Article.objects.order_by("source_key").values_list("headline", "section__path", "status"))
    assert first == second and len(first) == 25


def test_a_second_run_adds_stories_after_the_first():
    build_archive(10, seed=1)
    build_archive(10, seed=2)
    assert Article.objects.filter(source_key__startswith="archive:").count() == 20
    assert Article.objects.filter(source_key="archive:20").exists()


def test_bad_counts_are_refused():
    with pytest.raises(CommandError):
        call_command("build_archive", "--stories", "0")
