from django.contrib import admin
from django.db.models import Count

from .models import Organization, Person


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "title", "quote_count", "user"]
    search_fields = ["name", "normalized_name", "title"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["user"]
    list_select_related = ["user"]
    fields = ["name", "slug", "title", "bio", "photo", "user"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_quotes=Count("quotes"))

    @admin.display(description="quotes", ordering="n_quotes")
    def quote_count(self, obj):
        return obj.n_quotes


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "url"]
    list_filter = ["kind"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
