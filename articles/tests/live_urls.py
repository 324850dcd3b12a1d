"""The site's URLs plus uploaded media, for the browser tests' live server (DEBUG is off there)."""

from django.conf import settings
from django.urls import path
from django.views.static import serve

from newsroom.urls import urlpatterns as site_urlpatterns


def media(request, path):
    # MEDIA_ROOT is a fresh folder per test, so it is read per request rather than at import.
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [path("media/<path:path>", media), *site_urlpatterns]
