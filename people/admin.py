from django.contrib import admin
from django.db import models
from django.db.models import Count
from reversion.admin import VersionAdmin

from articles.uploads import CleanImageField

from .models import Organization, Person


# Deleting someone a quote, byline, mention or photo credit points to is refused by the
# models (PROTECT); the admin explains which rows stand in the way instead of deleting.
@admin.register(Person)
class PersonAdmin(VersionAdmin):
    list_display = ["name", "title", "quote_count", "user"]
    search_fields = ["name", "normalized_name", "title"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["user"]
    list_select_related = ["user"]
    fields = ["name", "slug", "title", "bio", "photo", "user"]
    formfield_overrides = {models.ImageField: {"form_class": CleanImageField}}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_quotes=Count("quotes"))

    @admin.display(description="quotes", ordering="n_quotes")
    def quote_count(self, obj):
        return obj.n_quotes


@admin.register(Organization)
class OrganizationAdmin(VersionAdmin):
    list_display = ["name", "kind", "url"]
    list_filter = ["kind"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
