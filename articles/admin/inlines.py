"""The parts of a story edited inside its form: bylines, the body, quotes, mentions and notes."""

import json

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import RelatedFieldWidgetWrapper

from ..models import Block, Byline, Mention, Note, Quote
from .forms import BLOCK_CONTENT_FIELDS, FIELDS_BY_KIND, BlockChoiceField, BlockForm, StoryPartFormSet
from .scoping import ScopedInline


class ArticleChildInline(ScopedInline):
    """Inlines whose foreign keys to blocks offer the story's blocks, read once for all rows."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "block":
            kwargs["queryset"] = kwargs["queryset"].select_related("image", "quote").order_by("position", "id")
            kwargs["form_class"] = BlockChoiceField
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "block" and isinstance(getattr(formfield, "widget", None), RelatedFieldWidgetWrapper):
            # Blocks are added and deleted in the body, not from a quote's or a mention's row.
            formfield.widget.can_add_related = formfield.widget.can_delete_related = False
        return formfield


class BylineInline(ScopedInline, admin.TabularInline):
    model = Byline
    formset = StoryPartFormSet
    extra = 0
    autocomplete_fields = ["person"]
    fields = ["position", "person"]


class BlockInline(ScopedInline, admin.StackedInline):
    """A story's body as a column of cards, one per block.

    articles/admin/body-editor.js shows each card only the fields of its kind (FIELDS_BY_KIND, read
    from a data attribute of the template) and moves cards with buttons or by dragging, numbering
    them 1..n. Without scripts every field shows and the numbers alone set the order.
    """

    model = Block
    form = BlockForm
    formset = StoryPartFormSet
    template = "admin/articles/block/body_inline.html"
    extra = 1
    fk_name = "article"
    autocomplete_fields = ["image", "quote", "link_article"]
    classes = ["body-blocks"]
    fieldsets = [
        (None, {"classes": ["body-block-order"], "fields": [("position", "kind")]}),
        (None, {"classes": ["body-block-fields"], "fields": [tuple(BLOCK_CONTENT_FIELDS)]}),
    ]
    verbose_name = "body block"
    verbose_name_plural = "body, in reading order"

    class Media:
        css = {"all": ["articles/admin/body-editor.css"]}
        js = ["articles/admin/drag-order.js", "articles/admin/body-editor.js"]

    def fields_by_kind_json(self):
        return json.dumps(FIELDS_BY_KIND)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield is not None and isinstance(formfield.widget, RelatedFieldWidgetWrapper):
            # Deleting a photo, quote or story from inside a body row would reach other stories too.
            formfield.widget.can_delete_related = False
        return formfield


class QuoteForm(forms.ModelForm):
    """A quote row; ticking "confirmed" or choosing another speaker vouches for the speaker."""

    confirmed = forms.BooleanField(required=False, help_text="The speaker is right.")

    class Meta:
        model = Quote
        fields = ["position", "text", "speaker", "context", "block"]

    def _post_clean(self):
        super()._post_clean()
        if self.cleaned_data.get("confirmed") or (self.instance.pk and "speaker" in self.changed_data):
            self.instance.confirm()


class QuoteInline(ArticleChildInline, admin.TabularInline):
    model = Quote
    form = QuoteForm
    formset = StoryPartFormSet
    extra = 0
    fields = ["position", "text", "speaker", "context", "block", "speaker_check", "confirmed"]
    readonly_fields = ["speaker_check"]
    autocomplete_fields = ["speaker"]
    formfield_overrides = {}

    def get_queryset(self, request):
        return super().get_queryset(request).marking_needing_check()

    @admin.display(description="check")
    def speaker_check(self, quote):
        if getattr(quote, "needs_check", False):
            return f"needs check ({quote.confidence:.2f})"
        return ""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "text":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 2, "cols": 24})
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class MentionInline(ArticleChildInline, admin.TabularInline):
    model = Mention
    formset = StoryPartFormSet
    extra = 0
    fields = ["position", "person", "role", "block"]
    autocomplete_fields = ["person"]


class NoteInline(ScopedInline, admin.StackedInline):
    model = Note
    formset = StoryPartFormSet
    extra = 0
    fields = ["kind", "created_at", "text"]
    verbose_name = "correction or update"
    verbose_name_plural = "corrections and updates (readers see them; adding one moves the update time)"
