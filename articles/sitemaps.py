"""sitemap.xml for every public page, and a Google News sitemap of the last two days.

Addresses are built on ``NEWSROOM_SITE_URL`` (not the Sites framework's domain) so they match
the canonical links the pages print.
"""

from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.utils import timezone

from people.models import Organization, Person

from .models import Article, Section

# Google reads at most 1,000 stories from a news sitemap, published in the last two days.
NEWS_WINDOW = timedelta(hours=48)
NEWS_LIMIT = 1000


class SiteSitemap(Sitemap):
    @property
    def protocol(self):
        return urlsplit(settings.NEWSROOM_SITE_URL).scheme

    def get_domain(self, site=None):
        return urlsplit(settings.NEWSROOM_SITE_URL).netloc


def public_story_fields(queryset):
    return queryset.select_related("section").only(
        "slug", "headline", "published_at", "created_at", "updated_at", "modified_at", "section__path",
    )


class ArticleSitemap(SiteSitemap):
    def items(self):
        return public_story_fields(Article.objects.published().newest_first())

    def lastmod(self, item):
        return item.last_modified


class SectionSitemap(SiteSitemap):
    def items(self):
        return Section.objects.order_by("path")


class PersonSitemap(SiteSitemap):
    def items(self):
        return Person.objects.public().order_by("name")


class OrganizationSitemap(SiteSitemap):
    def items(self):
        return Organization.objects.public().order_by("name")


class NewsSitemap(SiteSitemap):
    """Stories of the last 48 hours, for Google News; the template adds the news: elements."""

    limit = NEWS_LIMIT

    def items(self):
        since = timezone.now() - NEWS_WINDOW
        return public_story_fields(Article.objects.published().filter(published_at__gte=since).newest_first())[:NEWS_LIMIT]

    def lastmod(self, item):
        return item.last_modified


SITEMAPS = {
    "articles": ArticleSitemap,
    "sections": SectionSitemap,
    "people": PersonSitemap,
    "organizations": OrganizationSitemap,
}
NEWS_SITEMAPS = {"news": NewsSitemap}
