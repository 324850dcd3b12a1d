"""Every kind of write makes the pages that show it fresh on the next request.

These tests commit for real (transaction=True): invalidation runs when a transaction commits.
"""

import json

import pytest
from django.core import serializers
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import invalidation
from newsroom.pagecache import generation
from articles.models import Block, Byline, Note, Quote

from .factories import make_article, make_image, make_organization, make_person, make_section

pytestmark = pytest.mark.django_db(transaction=True)


def cached_text(client, url):
    """The page's text, after making sure the next request would come from the cache."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert len(queries) == 0, "the page was not served from the cache"
    return response.content.decode()


def fresh_text(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_editing_a_story_refreshes_its_page(client, page_cache):
    article = make_article(headline="Old headline")
    url = article.get_absolute_url()
    assert "Old headline" in cached_text(client, url)
    article.headline = "New headline"
    article.save()
    assert "New headline" in fresh_text(client, url)


def test_editing_and_deleting_body_blocks(client, page_cache):
    article = make_article()
    block = Block.objects.create(article=article, kind="paragraph", position=1, text="First version of the paragraph.")
    url = article.get_absolute_url()
    assert "First version" in cached_text(client, url)
    block.text = "Second version of the paragraph."
    block.save()
    assert "Second version" in cached_text(client, url)
    block.delete()
    assert "Second version" not in fresh_text(client, url)


def test_a_pull_quote_and_its_speaker(client, page_cache):
    article = make_article()
    speaker = make_person(name="Dana Whitfield")
    quote = Quote.objects.create(article=article, position=1, text="We will rebuild the pier", speaker=speaker)
    Block.objects.create(article=article, kind="quote", position=1, quote=quote)
    url = article.get_absolute_url()
    assert "We will rebuild the pier" in cached_text(client, url)
    quote.text = "We will rebuild the harbor"
    quote.save()
    assert "We will rebuild the harbor" in cached_text(client, url)
    speaker.name = "Dana Whitfield-Ross"
    speaker.save()
    assert "Dana Whitfield-Ross" in fresh_text(client, url)


def test_bylines_and_notes(client, page_cache):
    article = make_article()
    url = article.get_absolute_url()
    cached_text(client, url)
    Byline.objects.create(article=article, person=make_person(name="Reporter Okafor"), position=1)
    assert "Reporter Okafor" in cached_text(client, url)
    Note.objects.create(article=article, kind="correction", text="An earlier version misspelled the pier.")
    assert "misspelled the pier" in fresh_text(client, url)


def test_an_image_and_its_agency(client, page_cache):
    agency = make_organization(name="Harbor Images")
    image = make_image(caption="Boats at dawn.", credit_line="", agency=agency)
    article = make_article(lead_image=image)
    url = article.get_absolute_url()
    assert "Boats at dawn." in cached_text(client, url)
    image.caption = "Boats at dusk."
    image.save()
    assert "Boats at dusk." in cached_text(client, url)
    agency.name = "Harbour Images Ltd"
    agency.save()
    assert "Harbour Images Ltd" in fresh_text(client, url)


def test_a_section_rename_reaches_its_page_and_the_stories(client, page_cache):
    section = make_section(name="Metro")
    article = make_article(section=section)
    assert "Metro" in cached_text(client, section.get_absolute_url())
    assert "Metro" in cached_text(client, article.get_absolute_url())
    section.name = "City"
    section.save()
    assert "City" in fresh_text(client, section.get_absolute_url())
    assert "City" in fresh_text(client, article.get_absolute_url())


def test_a_related_story_retitled_or_unpublished(client, page_cache):
    other = make_article(headline="The storm, hour by hour")
    article = make_article()
    Block.objects.create(article=article, kind="related", position=1, link_article=other)
    url = article.get_absolute_url()
    assert "The storm, hour by hour" in cached_text(client, url)
    assert other.get_absolute_url() in cached_text(client, url)
    other.headline = "The storm, minute by minute"
    other.save()
    assert "The storm, minute by minute" in cached_text(client, url)
    other.status = other.Status.UNPUBLISHED
    other.save()
    assert other.get_absolute_url() not in fresh_text(client, url)


def test_tags_changed_through_the_manager(page_cache):
    article = make_article()
    before = generation.read_generation() or generation.start_new_generation()
    article.tags.add("Harbors")
    after = generation.read_generation()
    assert after[0] != before[0]


def test_a_new_story_appears_on_home_and_section(client, page_cache):
    section = make_section()
    make_article(section=section, headline="First story")
    cached_text(client, "/")
    cached_text(client, section.get_absolute_url())
    make_article(section=section, headline="Breaking: second story")
    assert "Breaking: second story" in fresh_text(client, "/")
    assert "Breaking: second story" in fresh_text(client, section.get_absolute_url())


def test_loaddata_raw_saves(client, page_cache, tmp_path):
    article = make_article(headline="Before the fixture")
    url = article.get_absolute_url()
    assert "Before the fixture" in cached_text(client, url)
    rows = json.loads(serializers.serialize("json", [article]))
    rows[0]["fields"]["headline"] = "After the fixture"
    fixture = tmp_path / "story.json"
    fixture.write_text(json.dumps(rows), encoding="utf-8")
    call_command("loaddata", str(fixture), verbosity=0)
    assert "After the fixture" in fresh_text(client, url)


def test_restoring_a_version(client, page_cache):
    from reversion.models import Version

    from articles.history import save_version

    article = make_article(headline="The first draft headline")
    save_version(article, comment="first")
    article.headline = "A rewritten headline"
    article.save()
    url = article.get_absolute_url()
    assert "A rewritten headline" in cached_text(client, url)
    Version.objects.get_for_object(article).earliest("revision__date_created").revision.revert()
    assert "The first draft headline" in fresh_text(client, url)


def test_unpublishing_through_the_admin(client, editor, page_cache):
    article = make_article(headline="Pulled story")
    url = article.get_absolute_url()
    assert "Pulled story" in cached_text(client, url)
    from django.test import Client

    staff = Client()
    staff.force_login(editor)
    response = staff.post(
        "/admin/articles/article/", {"action": "unpublish", "_selected_action": [article.pk]},
    )
    assert response.status_code == 302
    assert client.get(url).status_code == 404


def test_reimporting_a_story(client, page_cache, settings, tmp_path):
    from articles.importing import import_article_file

    sample = settings.BASE_DIR / "fixtures" / "samples" / "comet-observatory.txt"
    text = sample.read_text(encoding="utf-8")
    path = tmp_path / "comet.txt"
    path.write_text(text, encoding="utf-8")
    article = import_article_file(path, section=make_section(), status="published", key="comet").article
    url = article.get_absolute_url()
    assert "Freshly imported paragraph" not in cached_text(client, url)
    path.write_text(text.rstrip() + "\n\nFreshly imported paragraph about the comet.\n", encoding="utf-8")
    import_article_file(path, section=article.section, status="published", key="comet")
    assert "Freshly imported paragraph about the comet." in fresh_text(client, url)


def test_a_transaction_draws_one_generation_after_it_commits(page_cache):
    from django.db import transaction

    generation.start_new_generation()
    before = generation.read_generation()
    with transaction.atomic():
        article = make_article()
        Block.objects.create(article=article, kind="paragraph", position=1, text="One.")
        Block.objects.create(article=article, kind="paragraph", position=2, text="Two.")
        assert generation.read_generation() == before
        assert sum(func is invalidation.after_commit for _, func, _ in connection.run_on_commit) == 1
    assert generation.read_generation()[0] != before[0]


def test_a_rolled_back_write_draws_nothing(page_cache):
    from django.db import transaction

    generation.start_new_generation()
    before = generation.read_generation()
    with pytest.raises(RuntimeError), transaction.atomic():
        make_article()
        raise RuntimeError("abandon")
    assert generation.read_generation() == before


purged = []


def record_purge():
    purged.append("all")


def test_the_cdn_purge_hook_runs_after_each_commit(settings, page_cache):
    settings.NEWSROOM_CDN_PURGE_HOOK = "articles.tests.test_invalidation.record_purge"
    purged.clear()
    make_article()
    assert purged == ["all", "all"], "one purge for the new section, one for the story"
    purged.clear()
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0
    make_section()
    assert purged == ["all"]


def test_writes_while_the_cache_is_off_still_retire_older_pages(client, page_cache, settings):
    article = make_article(headline="Written with the cache on")
    url = article.get_absolute_url()
    assert "Written with the cache on" in cached_text(client, url)
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0
    article.headline = "Edited with the cache off"
    article.save()
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 300
    assert "Edited with the cache off" in fresh_text(client, url)
