from django.conf import settings


def site(request):
    """Publisher identity and the section menu for every template."""
    from articles.models import Section

    return {
        "site_name": settings.NEWSROOM_SITE_NAME,
        "site_url": settings.NEWSROOM_SITE_URL,
        "site_logo": settings.NEWSROOM_LOGO,
        # A lazy queryset: pages that never show the menu never run its query.
        "nav_sections": Section.objects.top_level(),
    }
