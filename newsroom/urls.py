from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.static import serve

from articles.admin.desk import desk_urls
from articles.sitemaps import NEWS_SITEMAPS, SITEMAPS
from articles.views import RobotsView

admin.site.site_header = f"{settings.NEWSROOM_SITE_NAME} — editing"
admin.site.site_title = settings.NEWSROOM_SITE_NAME
admin.site.index_title = "Newsroom"

urlpatterns = [
    # The desk first: /admin/ opens it, with the admin's models beside the trays.
    path("admin/", include((desk_urls(), "desk"))),
    path("admin/", admin.site.urls),
    path("", include("people.urls")),
    path("sitemap.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path(
        "news-sitemap.xml", sitemap_views.sitemap,
        {"sitemaps": NEWS_SITEMAPS, "template_name": "sitemaps/news.xml"}, name="news-sitemap",
    ),
    path("robots.txt", RobotsView.as_view(), name="robots"),
]

if settings.DEBUG:
    urlpatterns += [path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT})]

# Articles come last: their section paths match almost anything.
urlpatterns += [path("", include("articles.urls"))]
