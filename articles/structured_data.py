"""schema.org NewsArticle data for an article page, as Google's Article guidance describes it.

Built as plain dicts and serialised with json.dumps; ``json_ld`` escapes ``<``, ``>`` and ``&``
the way Django's json_script does, so no text an editor typed can close the script element.
"""

import functools
import json

from django.conf import settings
from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.utils.safestring import mark_safe
from PIL import Image as PILImage

from .renditions import absolute_media_url

JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld(data):
    """The data as JSON that is safe inside <script type="application/ld+json">."""
    return mark_safe(json.dumps(data, ensure_ascii=False, sort_keys=False).translate(JSON_ESCAPES))


def language_tag():
    """The site's language as BCP 47 (en-US), which schema.org expects; Django writes en-us."""
    language, _, region = settings.LANGUAGE_CODE.partition("-")
    return f"{language}-{region.upper()}" if region else language


def absolute_url(path):
    return absolute_media_url(path)


def logo_url():
    logo = settings.NEWSROOM_LOGO
    return logo if logo.startswith(("http://", "https://")) else absolute_url(static(logo))


@functools.cache
def logo_size(logo):
    path = finders.find(logo) if not logo.startswith(("http://", "https://")) else None
    if not path:
        return None
    with PILImage.open(path) as image:
        return image.size


def publisher():
    logo = {"@type": "ImageObject", "url": logo_url()}
    size = logo_size(settings.NEWSROOM_LOGO)
    if size:
        logo["width"], logo["height"] = size
    return {
        "@type": "NewsMediaOrganization",
        "name": settings.NEWSROOM_SITE_NAME,
        "url": settings.NEWSROOM_SITE_URL + "/",
        "logo": logo,
    }


def story_image(article):
    """The image that stands for the story: the lead image, else the first photo in the body."""
    if article.lead_image_id and article.lead_image.file:
        return article.lead_image
    for block in article.page_blocks:
        if block.image_id and block.image.file:
            return block.image
    return None


def news_article(article, *, images=()):
    """NewsArticle data for a story loaded by ``articles.article_page``, with its image crops' absolute URLs."""
    url = absolute_url(article.get_absolute_url())
    authors = [
        {"@type": "Person", "name": byline.person.name, "url": absolute_url(byline.person.get_absolute_url())}
        for byline in article.page_bylines
    ] or [{"@type": "Organization", "name": settings.NEWSROOM_SITE_NAME, "url": settings.NEWSROOM_SITE_URL + "/"}]
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": article.headline,
        "description": article.description_for_seo,
        "datePublished": (article.published_at or article.last_modified).isoformat(),
        "dateModified": article.last_modified.isoformat(),
        "articleSection": article.section.name,
        "inLanguage": language_tag(),
        "isAccessibleForFree": True,
        "author": authors,
        "publisher": publisher(),
    }
    if images:
        data["image"] = list(images)
    if article.dateline:
        data["dateline"] = article.dateline
    if article.comment_count is not None:
        data["commentCount"] = article.comment_count
    if not data["description"]:
        del data["description"]
    return data
