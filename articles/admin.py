from django import forms
from django.contrib import admin, messages
from django.db import transaction
from django.utils import timezone
from django.utils.html import format_html

from .models import Article, Block, Byline, Image, Mention, Note, Quote, Section


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "path", "parent", "order"]
    list_editable = ["order"]
    search_fields = ["name", "path"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    list_select_related = ["parent"]


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    list_display = ["thumbnail", "__str__", "credit", "dimensions", "usage_expires"]
    list_display_links = ["thumbnail", "__str__"]
    list_filter = ["agency", "usage_expires"]
    search_fields = ["caption", "alt_text", "credit_line", "photographer__name", "agency__name"]
    autocomplete_fields = ["photographer", "agency"]
    list_select_related = ["photographer", "agency"]
    readonly_fields = ["preview", "dimensions"]
    fieldsets = [
        (None, {"fields": ["file", "preview", "dimensions", "caption", "alt_text"]}),
        ("Credit", {"fields": ["photographer", "agency", "credit_line"]}),
        ("Usage", {"fields": ["usage_terms", "usage_expires"]}),
    ]

    @admin.display(description="")
    def thumbnail(self, obj):
        if not obj.file:
            return "Awaiting photo"
        return format_html('<img src="{}" alt="" style="height:48px;width:auto">', obj.file.url)

    @admin.display(description="preview")
    def preview(self, obj):
        if not obj.file:
            return "Awaiting photo"
        return format_html('<img src="{}" alt="" style="max-height:240px;width:auto">', obj.file.url)

    @admin.display(description="size")
    def dimensions(self, obj):
        return f"{obj.width} × {obj.height}" if obj.width else "—"


class ArticleChildInline:
    """Inlines whose foreign keys to blocks only offer the blocks of the story being edited."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "block":
            article = getattr(request, "_editing_article", None)
            kwargs["queryset"] = (
                Block.objects.filter(article=article).order_by("position") if article else Block.objects.none()
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class BylineInline(admin.TabularInline):
    model = Byline
    extra = 0
    autocomplete_fields = ["person"]
    fields = ["position", "person"]


class BlockForm(forms.ModelForm):
    class Meta:
        model = Block
        fields = ["position", "kind", "text", "image", "caption", "quote", "link_title", "link_article", "link_url"]
        widgets = {
            "text": forms.Textarea(attrs={"rows": 3, "cols": 60}),
            "caption": forms.Textarea(attrs={"rows": 2, "cols": 30}),
            "position": forms.NumberInput(attrs={"style": "width:4em"}),
        }


class BlockInline(admin.TabularInline):
    model = Block
    form = BlockForm
    extra = 1
    fk_name = "article"
    autocomplete_fields = ["image", "quote", "link_article"]
    classes = ["body-blocks"]
    verbose_name = "body block"
    verbose_name_plural = "body, in reading order (change the numbers to reorder)"


class QuoteInline(ArticleChildInline, admin.TabularInline):
    model = Quote
    extra = 0
    fields = ["position", "text", "speaker", "context", "block"]
    autocomplete_fields = ["speaker"]
    formfield_overrides = {}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "text":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 2, "cols": 50})
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class MentionInline(ArticleChildInline, admin.TabularInline):
    model = Mention
    extra = 0
    fields = ["position", "person", "role", "block"]
    autocomplete_fields = ["person"]


class NoteInline(admin.StackedInline):
    model = Note
    extra = 0
    fields = ["kind", "created_at", "text"]
    verbose_name = "correction or update"
    verbose_name_plural = "corrections and updates"


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["headline", "section", "status_display", "published_at", "updated_by", "version"]
    list_filter = ["status", "section", "published_at"]
    search_fields = ["headline", "dek", "slug"]
    date_hierarchy = "published_at"
    list_select_related = ["section", "section__parent", "updated_by"]
    prepopulated_fields = {"slug": ["headline"]}
    autocomplete_fields = ["section", "lead_image"]
    readonly_fields = ["version", "created_by", "updated_by", "created_at", "modified_at", "source_key"]
    inlines = [BylineInline, BlockInline, QuoteInline, MentionInline, NoteInline]
    actions = ["publish", "unpublish"]
    show_full_result_count = False
    fieldsets = [
        (None, {"fields": ["headline", "slug", "dek", "label", "section", "dateline", "lead_image", "tags"]}),
        ("Publishing", {"fields": ["status", "published_at", "embargo_until", "updated_at"]}),
        ("Source and search engines", {
            "classes": ["collapse"],
            "fields": ["source_url", "seo_title", "seo_description", "comment_count"],
        }),
        ("Record", {
            "classes": ["collapse"],
            "fields": ["version", "source_key", "created_by", "created_at", "updated_by", "modified_at"],
        }),
    ]

    @admin.display(description="status", ordering="status")
    def status_display(self, obj):
        return obj.display_status

    def get_form(self, request, obj=None, **kwargs):
        request._editing_article = obj
        return super().get_form(request, obj, **kwargs)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        renumber(form.instance.blocks.all())
        renumber(form.instance.quotes.all())
        renumber(form.instance.mentions.all())
        renumber(form.instance.bylines.all())

    @admin.action(description="Publish selected stories now (or at their scheduled time)")
    def publish(self, request, queryset):
        now = timezone.now()
        count = 0
        with transaction.atomic():
            for article in queryset.select_for_update():
                article.status = Article.Status.PUBLISHED
                article.published_at = article.published_at or now
                article.updated_by = request.user
                article.save()
                count += 1
        self.message_user(request, f"Published {count} stor{'y' if count == 1 else 'ies'}.", messages.SUCCESS)

    @admin.action(description="Unpublish selected stories")
    def unpublish(self, request, queryset):
        count = 0
        with transaction.atomic():
            for article in queryset.select_for_update():
                article.status = Article.Status.UNPUBLISHED
                article.updated_by = request.user
                article.save()
                count += 1
        self.message_user(request, f"Unpublished {count} stor{'y' if count == 1 else 'ies'}.", messages.SUCCESS)


def renumber(queryset):
    """Give rows positions 1..n in their current order, so swaps and gaps never clash."""
    rows = list(queryset.order_by("position", "id"))
    changed = []
    for number, row in enumerate(rows, start=1):
        if row.position != number:
            row.position = number
            changed.append(row)
    if changed:
        type(rows[0]).objects.bulk_update(changed, ["position"])


@admin.register(Quote)
class QuoteAdmin(admin.ModelAdmin):
    list_display = ["__str__", "speaker", "article"]
    search_fields = ["text", "speaker__name", "article__headline"]
    autocomplete_fields = ["speaker", "article"]
    list_select_related = ["speaker", "article"]
    raw_id_fields = ["block"]


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ["person", "role", "article"]
    search_fields = ["person__name", "role", "article__headline"]
    autocomplete_fields = ["person", "article"]
    list_select_related = ["person", "article"]
    raw_id_fields = ["block"]


@admin.register(Block)
class BlockAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "article"]
    list_filter = ["kind"]
    search_fields = ["text", "link_title", "article__headline"]
    autocomplete_fields = ["article", "image", "quote", "link_article"]
    list_select_related = ["article"]


@admin.register(Note)
class NoteAdmin(admin.ModelAdmin):
    list_display = ["__str__", "article", "kind", "created_at"]
    list_filter = ["kind"]
    autocomplete_fields = ["article"]
    list_select_related = ["article"]
