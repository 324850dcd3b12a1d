"""A URL that fails, to see the 500 page readers would get."""

from django.urls import path


def fail(request):
    raise RuntimeError("a deliberate failure for the 500 page test")


urlpatterns = [path("boom/", fail)]
