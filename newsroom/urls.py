from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.static import serve

admin.site.site_header = f"{settings.NEWSROOM_SITE_NAME} — editing"
admin.site.site_title = settings.NEWSROOM_SITE_NAME
admin.site.index_title = "Newsroom"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("people.urls")),
]

if settings.DEBUG:
    urlpatterns += [path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT})]

# Articles come last: their section paths match almost anything.
urlpatterns += [path("", include("articles.urls"))]
