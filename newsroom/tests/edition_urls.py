"""The whole site under /edition/: a URLconf a request could be given instead of the default."""

from django.urls import include, path

urlpatterns = [path("edition/", include("newsroom.urls"))]
