"""Front pages editors choose: the lead and top stories in order, drop-out times, what readers see, the log, the cache."""

import html as html_module
import re
from datetime import timedelta

import pytest
from django.contrib.admin.models import LogEntry
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.front_pages import arranging
from articles.front_pages.arranging import Placement, StaleFrontPage
from articles.models import Article, FrontPage, FrontPageSlot
from newsroom.pagecache import generation, middleware

from .factories import make_article, make_image, make_person, make_section

pytestmark = pytest.mark.django_db

HOME = "/"


def headlines(html):
    """Card headlines in page order."""
    return [html_module.unescape(found) for found in re.findall(r'<h2 class="card-headline"><a href="[^"]*">([^<]+)</a>', html)]


def lead(html):
    found = re.search(r'<article class="card card-lead[^"]*">.*?<h2 class="card-headline"><a [^>]*>([^<]+)</a>', html, re.S)
    return html_module.unescape(found.group(1)) if found else None


def page_text(client, url=HOME):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def hours(n):
    return timezone.now() + timedelta(hours=n)


@pytest.fixture
def newsroom(desk_editor):
    """A few public stories, newest first: Fresh, Yesterday, Older; and the home page."""
    section = make_section(name="City", slug="city")
    stories = {
        name: make_article(headline=name, section=section, published_at=hours(-age))
        for name, age in (("Fresh news", 1), ("Yesterday's news", 24), ("Older news", 48))
    }
    return {"section": section, "home": FrontPage.objects.of(None), "editor": desk_editor, **stories}


def arrange(newsroom, *names, page=None, until=None):
    return arranging.arrange(
        page or newsroom["home"], [Placement(newsroom[name], until) for name in names], user=newsroom["editor"],
    )


def test_a_lead_placed_by_an_editor_leads_and_the_rest_is_newest_first_without_duplicates(client, newsroom):
    assert lead(page_text(client)) == "Fresh news"
    arrange(newsroom, "Older news", "Yesterday's news")
    html = page_text(client)
    assert lead(html) == "Older news"
    assert headlines(html) == ["Older news", "Yesterday's news", "Fresh news"]
    assert '<h2 class="listing-title">Latest</h2>' in html
    assert html.count("Older news</a>") == 1


def test_later_pages_leave_the_placed_stories_out_too(client, settings, newsroom):
    section = newsroom["section"]
    for n in range(25):
        make_article(headline=f"Filler {n}", section=section, published_at=hours(-100 - n))
    arrange(newsroom, "Older news")
    first, second = page_text(client), page_text(client, "/?page=2")
    shown = headlines(first)[1:] + headlines(second)
    assert "Older news" not in shown
    assert len(shown) == len(set(shown)) == Article.objects.published().count() - 1
    assert "Older news" not in second


def test_when_its_time_passes_the_lead_drops_out(client, newsroom, monkeypatch):
    drop_out = hours(2)
    arrange(newsroom, "Older news", until=drop_out)
    assert lead(page_text(client)) == "Older news"
    later = drop_out + timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    html = page_text(client)
    assert lead(html) == "Fresh news"
    assert headlines(html) == ["Fresh news", "Yesterday's news", "Older news"]


def test_a_scheduled_or_embargoed_story_in_a_slot_appears_only_once_public(client, newsroom, monkeypatch):
    section = newsroom["section"]
    at_noon = hours(3)
    newsroom["Scheduled"] = make_article(headline="Scheduled story", section=section, published_at=at_noon)
    newsroom["Embargoed"] = make_article(
        headline="Embargoed story", section=section, published_at=hours(-2), embargo_until=hours(5),
    )
    newsroom["Draft"] = make_article(headline="Draft story", section=section, status="draft", published_at=None)
    arrange(newsroom, "Scheduled", "Embargoed", "Draft", "Older news")
    html = page_text(client)
    assert lead(html) == "Older news"
    assert not {"Scheduled story", "Embargoed story", "Draft story"} & set(headlines(html))

    monkeypatch.setattr(timezone, "now", lambda: at_noon + timedelta(minutes=1))
    html = page_text(client)
    assert lead(html) == "Scheduled story"
    assert "Embargoed story" not in html

    lifted = hours(6)
    monkeypatch.setattr(timezone, "now", lambda: lifted)
    assert headlines(page_text(client))[:3] == ["Scheduled story", "Embargoed story", "Older news"]
    assert "Draft story" not in page_text(client)


def test_a_section_page_has_slots_of_its_own(client, newsroom):
    section = newsroom["section"]
    section_page = FrontPage.objects.of(section)
    arrange(newsroom, "Older news", page=section_page)
    assert lead(page_text(client, section.get_absolute_url())) == "Older news"
    assert lead(page_text(client)) == "Fresh news"
    arrange(newsroom, "Yesterday's news")
    assert lead(page_text(client, section.get_absolute_url())) == "Older news"
    assert lead(page_text(client)) == "Yesterday's news"


def test_a_filtered_list_is_newest_first_whatever_is_placed(client, newsroom):
    arrange(newsroom, "Older news")
    html = page_text(client, "/?section=city")
    assert headlines(html) == ["Fresh news", "Yesterday's news", "Older news"]
    assert "listing-title" not in html


# What the log says


def log_of(article):
    return list(LogEntry.objects.filter(object_id=str(article.pk)).order_by("pk").values_list("change_message", flat=True))


def test_placing_moving_and_taking_off_are_logged_once_each(newsroom):
    fresh, yesterday, older = newsroom["Fresh news"], newsroom["Yesterday's news"], newsroom["Older news"]
    arrange(newsroom, "Fresh news", "Yesterday's news")
    assert log_of(fresh) == ["Placed on the home page as the lead."]
    assert log_of(yesterday) == ["Placed on the home page as top story 1."]
    # A new lead: the old one says it no longer leads; the one pushed along says nothing.
    change = arrange(newsroom, "Older news", "Fresh news", "Yesterday's news")
    assert change.lines == {
        older: "Placed on the home page as the lead.",
        fresh: "No longer leads the home page: now top story 1.",
    }
    # Moving one past another names only the one moved.
    change = arrange(newsroom, "Older news", "Yesterday's news", "Fresh news")
    assert list(change.lines.values()) == ["Moved up to top story 1 on the home page."]
    drop_out = timezone.now() + timedelta(hours=4)
    change = arranging.arrange(
        newsroom["home"], [Placement(older), Placement(yesterday, drop_out)], user=newsroom["editor"],
    )
    assert change.lines[fresh] == "Taken off the home page."
    assert change.lines[yesterday].startswith("Drops out of the home page at ")
    assert log_of(fresh)[-1] == "Taken off the home page."
    entry = LogEntry.objects.filter(object_id=str(fresh.pk)).latest("pk")
    assert entry.user == newsroom["editor"]


def test_two_stories_trading_places_are_the_two_moved_and_the_others_say_nothing(newsroom, desk_editor):
    section = newsroom["section"]
    a, b, c, d, e = (make_article(headline=f"Story {name}", section=section) for name in "ABCDE")
    home = newsroom["home"]
    arranging.arrange(home, [Placement(story) for story in (a, b, c, d)], user=desk_editor)
    change = arranging.arrange(home, [Placement(story) for story in (c, b, a, d, e)], user=desk_editor)
    assert change.lines == {
        c: "Moved up to the lead on the home page.",
        a: "Moved down to top story 2 on the home page.",
        e: "Placed on the home page as top story 4.",
    }


def test_place_from_the_story_pushes_the_others_down_and_the_last_off(settings, newsroom):
    settings.NEWSROOM_FRONT_PAGE_SLOTS = 2
    arrange(newsroom, "Fresh news", "Yesterday's news")
    change = arranging.place(newsroom["Older news"], newsroom["home"], user=newsroom["editor"], position=1)
    assert [slot.article.headline for slot in FrontPageSlot.objects.order_by("position")] == ["Older news", "Fresh news"]
    assert change.no_room == [newsroom["Yesterday's news"]]
    assert log_of(newsroom["Yesterday's news"])[-1] == "Taken off the home page: no room left."
    arranging.take_off(newsroom["Older news"], newsroom["home"], user=newsroom["editor"])
    assert [slot.position for slot in FrontPageSlot.objects.all()] == [1]


def test_an_arrangement_opened_before_another_editor_s_change_is_refused(newsroom):
    home = newsroom["home"]
    opened = FrontPage.objects.get(pk=home.pk).version
    arrange(newsroom, "Fresh news")
    with pytest.raises(StaleFrontPage) as refused:
        arranging.arrange(home, [Placement(newsroom["Older news"])], user=newsroom["editor"], opened_version=opened)
    assert refused.value.page.changed_by == newsroom["editor"]
    assert [slot.article.headline for slot in FrontPageSlot.objects.all()] == ["Fresh news"]


def test_dropped_out_slots_are_cleared_when_the_page_is_next_arranged(newsroom, monkeypatch):
    arrange(newsroom, "Older news", until=hours(1))
    later = hours(2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    change = arrange(newsroom, "Fresh news")
    assert list(change.lines.values()) == ["Placed on the home page as the lead."]
    assert [slot.article.headline for slot in FrontPageSlot.objects.all()] == ["Fresh news"]


def test_one_home_page_and_one_page_per_section():
    from django.db import IntegrityError, transaction

    FrontPage.objects.create()
    with pytest.raises(IntegrityError), transaction.atomic():
        FrontPage.objects.create()
    section = make_section()
    FrontPage.objects.create(section=section)
    with pytest.raises(IntegrityError), transaction.atomic():
        FrontPage.objects.create(section=section)
    assert FrontPage.objects.of(section) == FrontPage.objects.get(section=section)


# The page cache


def test_the_page_cache_lives_no_longer_than_the_next_drop_out(newsroom):
    drop_out = hours(1)
    make_article(published_at=hours(5))
    assert Article.objects.next_public_change() > drop_out
    arrange(newsroom, "Older news", until=drop_out)
    assert Article.objects.next_public_change() == drop_out
    assert Article.objects.next_public_change(now=drop_out) == Article.objects.next_public_change(now=hours(2))


@pytest.mark.django_db(transaction=True)
def test_a_cached_home_page_changes_with_its_slots(client, page_cache, desk_editor):
    section = make_section()
    older = make_article(headline="Older news", section=section, published_at=hours(-5))
    make_article(headline="Fresh news", section=section, published_at=hours(-1))
    client.get(HOME)
    with CaptureQueriesContext(connection) as queries:
        cached = client.get(HOME)
    assert len(queries) == 0 and cached["X-Cache"] == "hit"
    assert lead(cached.content.decode()) == "Fresh news"
    home = FrontPage.objects.of(None)
    arranging.arrange(home, [Placement(older)], user=desk_editor)
    assert lead(page_text(client)) == "Older news"
    arranging.take_off(older, home, user=desk_editor)
    assert lead(page_text(client)) == "Fresh news"


@pytest.mark.django_db(transaction=True)
def test_a_cached_page_is_drawn_again_when_a_slot_drops_out(client, page_cache, desk_editor, monkeypatch):
    section = make_section()
    older = make_article(headline="Older news", section=section, published_at=hours(-5))
    make_article(headline="Fresh news", section=section, published_at=hours(-1))
    drop_out = timezone.now() + timedelta(seconds=90)
    arranging.arrange(FrontPage.objects.of(None), [Placement(older, drop_out)], user=desk_editor)
    response = client.get(HOME)
    assert lead(response.content.decode()) == "Older news"
    control = dict(part.strip().split("=") for part in response["Cache-Control"].split(",") if "=" in part)
    assert 0 < int(control["s-maxage"]) <= 90
    assert client.get(HOME)["X-Cache"] == "hit"

    later = drop_out + timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    monkeypatch.setattr(middleware.time, "time", lambda: later.timestamp())
    response = client.get(HOME)
    assert response["X-Cache"] == "miss"
    assert lead(response.content.decode()) == "Fresh news"
    assert generation.read_generation().deadline is None or generation.read_generation().deadline > later.timestamp()


# Queries


def listing_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("on_section", [False, True], ids=["home", "section"])
def test_home_and_section_pages_run_the_same_queries_however_many_slots_and_stories(
    client, desk_editor, settings, on_section, django_assert_num_queries,
):
    settings.NEWSROOM_FRONT_PAGE_SLOTS = 6
    section = make_section()
    url = section.get_absolute_url() if on_section else HOME
    page = FrontPage.objects.of(section if on_section else None)
    writer = make_person()

    def story(n):
        article = make_article(section=section, lead_image=make_image(), published_at=hours(-n))
        article.bylines.create(person=writer, position=1)
        return article

    stories = [story(n) for n in range(1, 4)]
    # Which stories are placed is one query; their cards come with the page's own rows and bylines.
    empty = listing_queries(client, url)
    arranging.arrange(page, [Placement(stories[0])], user=desk_editor)
    with django_assert_num_queries(empty):
        assert lead(page_text(client, url)) == stories[0].headline
    more = [story(n) for n in range(4, 40)]
    arranging.arrange(page, [Placement(article) for article in more[:6]], user=desk_editor)
    with django_assert_num_queries(empty):
        html = page_text(client, url)
    assert lead(html) == more[0].headline and html.count(writer.name) == 6 + 20
    with django_assert_num_queries(empty):
        page_text(client, url + "?page=2")
