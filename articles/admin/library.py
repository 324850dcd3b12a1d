"""What stories share: images (with their credits) and sections."""

from django.contrib import admin
from django.db import models
from django.utils.html import format_html
from reversion.admin import VersionAdmin

from ..models import Image, Section
from ..uploads import CleanImageField
from .scoping import ScopedModelAdmin


@admin.register(Section)
class SectionAdmin(ScopedModelAdmin, VersionAdmin):
    list_display = ["name", "path", "parent", "order"]
    list_editable = ["order"]
    search_fields = ["name", "path"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    list_select_related = ["parent"]


@admin.register(Image)
class ImageAdmin(ScopedModelAdmin, VersionAdmin):
    list_display = ["thumbnail", "__str__", "credit", "dimensions", "usage_expires"]
    list_display_links = ["thumbnail", "__str__"]
    list_filter = ["agency", "usage_expires"]
    search_fields = ["caption", "alt_text", "credit_line", "photographer__name", "agency__name"]
    autocomplete_fields = ["photographer", "agency"]
    list_select_related = ["photographer", "agency"]
    readonly_fields = ["preview", "dimensions"]
    formfield_overrides = {models.ImageField: {"form_class": CleanImageField}}
    fieldsets = [
        (None, {"fields": ["file", "preview", "dimensions", "caption", "alt_text"]}),
        ("Credit", {"fields": ["photographer", "agency", "credit_line"]}),
        ("Usage", {"fields": ["usage_terms", "usage_expires"]}),
    ]

    class Media:
        css = {"all": ["css/admin.css"]}

    @admin.display(description="")
    def thumbnail(self, obj):
        if not obj.file:
            return "Awaiting photo"
        return format_html('<img class="admin-thumbnail" src="{}" alt="">', obj.file.url)

    @admin.display(description="preview")
    def preview(self, obj):
        if not obj.file:
            return "Awaiting photo"
        return format_html('<img class="admin-preview" src="{}" alt="">', obj.file.url)

    @admin.display(description="size")
    def dimensions(self, obj):
        return f"{obj.width} × {obj.height}" if obj.width else "—"
