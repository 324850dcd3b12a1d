from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from . import errors, views

app_name = "api"

router = DefaultRouter()
router.register("stories", views.StoryViewSet, basename="story")
router.register("sections", views.SectionViewSet, basename="section")
router.register("people", views.PersonViewSet, basename="person")
router.register("photos", views.PhotoViewSet, basename="photo")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves Swagger UI's set-up as a script file, and our template leaves out the
    # inline <style>, so the docs page runs under the site's Content-Security-Policy.
    path(
        "docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema", template_name="api/swagger_ui.html"),
        name="docs",
    ),
    path("", include(router.urls)),
    re_path(r"^.*$", errors.not_found),
]
