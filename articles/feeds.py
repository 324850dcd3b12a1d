"""RSS and Atom feeds of the newest public stories, site-wide and per section.

Links are absolute on ``NEWSROOM_SITE_URL``, not on the Sites framework's domain, so feed
readers see the same addresses as the pages' canonical links.
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from .models import Article, Section

FEED_LENGTH = 30


def absolute(path):
    return settings.NEWSROOM_SITE_URL + path


class LatestStoriesFeed(Feed):
    feed_type = Rss201rev2Feed
    url_name = "articles:feed-rss"
    section_url_name = "articles:section-feed-rss"
    # Feeds read no query parameter: the page cache keys them on the address alone.
    page_cache_parameters = {}

    def get_object(self, request, section_path=None):
        if section_path is None:
            return None
        return get_object_or_404(Section.objects.select_related("parent__parent"), path=section_path)

    def title(self, section):
        return f"{section.name} · {settings.NEWSROOM_SITE_NAME}" if section else settings.NEWSROOM_SITE_NAME

    def description(self, section):
        if section and section.description:
            return section.description
        return f"The latest stories from {settings.NEWSROOM_SITE_NAME}" + (f" in {section.name}." if section else ".")

    def link(self, section):
        return absolute(section.get_absolute_url() if section else reverse("articles:home"))

    def feed_url(self, section):
        if section:
            return absolute(reverse(self.section_url_name, kwargs={"section_path": section.path}))
        return absolute(reverse(self.url_name))

    def author_name(self):
        return settings.NEWSROOM_SITE_NAME

    def items(self, section):
        stories = Article.objects.published().for_listing().newest_first()
        if section:
            stories = stories.in_section(section)
        return stories[:FEED_LENGTH]

    def item_title(self, item):
        return item.headline

    def item_description(self, item):
        return item.description_for_seo

    def item_link(self, item):
        return absolute(item.get_absolute_url())

    def item_guid(self, item):
        return absolute(item.get_absolute_url())

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.last_modified

    def item_author_name(self, item):
        return ", ".join(byline.person.name for byline in item.bylines.all()) or None

    def item_categories(self, item):
        return [item.section.name]


class LatestStoriesAtomFeed(LatestStoriesFeed):
    feed_type = Atom1Feed
    url_name = "articles:feed-atom"
    section_url_name = "articles:section-feed-atom"

    def subtitle(self, section):
        return self.description(section)
