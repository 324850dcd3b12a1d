from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path

from articles.admin.desk import desk_urls
from articles.sitemaps import NEWS_SITEMAPS, SITEMAPS
from articles.views import FaviconView, RobotsView
from newsroom.media import serve_media
from newsroom.pagecache.keys import PAGE_NUMBER, reads_parameters

admin.site.site_header = f"{settings.NEWSROOM_SITE_NAME} — editing"
admin.site.site_title = settings.NEWSROOM_SITE_NAME
admin.site.index_title = "Newsroom"

urlpatterns = [
    # The desk first: /admin/ opens it, with the admin's models beside the trays.
    path("admin/", include((desk_urls(), "desk"))),
    path("admin/", admin.site.urls),
    path("api/v1/", include("articles.api.urls")),
    path("", include("people.urls")),
    # Sitemaps read one query parameter, their page number.
    path("sitemap.xml", reads_parameters(sitemap_views.sitemap, p=PAGE_NUMBER), {"sitemaps": SITEMAPS}, name="sitemap"),
    path(
        "news-sitemap.xml", reads_parameters(sitemap_views.sitemap, p=PAGE_NUMBER),
        {"sitemaps": NEWS_SITEMAPS, "template_name": "sitemaps/news.xml"}, name="news-sitemap",
    ),
    path("robots.txt", RobotsView.as_view(), name="robots"),
    path("favicon.ico", FaviconView.as_view(), name="favicon"),
]

# Media from this machine's disk (on for `make serve` and in DEBUG); larger sites serve them
# from object storage or the web server in front (docs/deploy.md).
if settings.NEWSROOM_SERVE_MEDIA:
    urlpatterns += [path("media/<path:path>", serve_media, name="media")]

# Articles come last: their section paths match almost anything.
urlpatterns += [path("", include("articles.urls"))]
