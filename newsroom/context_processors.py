from django.conf import settings
from django.utils.functional import SimpleLazyObject


def site(request):
    """Publisher identity and the section menu for every template."""
    from articles.article_page import NAV_SECTIONS

    return {
        "site_name": settings.NEWSROOM_SITE_NAME,
        "site_url": settings.NEWSROOM_SITE_URL,
        "site_logo": settings.NEWSROOM_LOGO,
        # Lazy: pages that never show the menu never run its query.
        "nav_sections": SimpleLazyObject(NAV_SECTIONS.run),
    }
