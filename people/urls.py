from django.urls import path

from . import views

app_name = "people"

urlpatterns = [
    path("people/", views.PersonListView.as_view(), name="list"),
    path("people/<slug:slug>/", views.PersonDetailView.as_view(), name="detail"),
    path("organizations/<slug:slug>/", views.OrganizationDetailView.as_view(), name="organization"),
]
