"""The editing side: stories with their body, quotes and notes; images; sections.

Editorial rules enforced here (roles in articles/roles.py, the whole workflow in docs/workflow.md):
- Contributors see and edit only their own stories, and only while draft or in review; they
  cannot choose a status beyond "in review", set publish or embargo times, or run publish actions.
- No lost edits: the form carries the version the editor loaded; saving over a newer version
  is refused, naming who saved it and when, and the editor's text is shown back.
- Every save records a version with django-reversion (articles/history.py); the history page
  lists versions, compares any two, and restores one. Status changes are logged as admin actions.
- Published stories (and unpublished ones, once public) are unpublished, never deleted.
- A correction or update note moves the story's update time (dateModified) to the note's time.
"""

import json

import reversion
from django import forms
from django.contrib import admin, messages
from django.contrib.admin.actions import delete_selected
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.admin.utils import quote, unquote
from django.contrib.admin.widgets import RelatedFieldWidgetWrapper
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import models, transaction
from django.forms.models import BaseInlineFormSet, ModelChoiceIterator
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from reversion.admin import VersionAdmin

from newsroom.paginators import EstimatedCountPaginator

from . import history, roles
from .blocks import BLOCK_KINDS
from .models import Article, Block, Byline, Image, Mention, Note, Quote, Section
from .uploads import CleanImageField

ONCE_PUBLIC = (Article.Status.PUBLISHED, Article.Status.UNPUBLISHED)
PUBLISHING_FIELDS = ["published_at", "embargo_until", "updated_at"]


def when(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M %Z")


@admin.register(Section)
class SectionAdmin(VersionAdmin):
    list_display = ["name", "path", "parent", "order"]
    list_editable = ["order"]
    search_fields = ["name", "path"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    list_select_related = ["parent"]


@admin.register(Image)
class ImageAdmin(VersionAdmin):
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


class StoryPartFormSet(BaseInlineFormSet):
    """The rows of a story's inline, as submitted.

    The admin pairs submitted rows with the story's current rows by position. After a refused
    stale save, a row someone else deleted meanwhile would drop out of the page with what this
    editor typed in it; paired with its own object instead, every submitted row comes back.
    """

    def get_queryset(self):
        if self.is_bound and "forms" in self.__dict__:
            return [form.instance for form in self.initial_forms]
        return super().get_queryset()


# The fields each kind of body block uses; the body editor shows a block only these, and a save
# clears the others, so no hidden value lingers (a paragraph still holding a photo or a quote).
FIELDS_BY_KIND = {Block.Kind(name): list(kind.fields) for name, kind in BLOCK_KINDS.items()}
BLOCK_CONTENT_FIELDS = ["text", "image", "caption", "quote", "link_title", "link_article", "link_url"]


def block_label(block):
    """How a block reads in a list of the story's blocks, e.g. “¶ 8 — Look, nothing’s going…”."""
    kind = BLOCK_KINDS[block.kind]
    name, words = kind.list_name, " ".join(kind.summary(block).split())
    if len(words) > 40:
        words = words[:40].rsplit(" ", 1)[0].rstrip(",;:—– ") + "…"
    return f"{name} {block.position} — {words}" if words else f"{name} {block.position}"


class SharedChoiceIterator(ModelChoiceIterator):
    """Reads the field's queryset once for every copy of the field, that is for all rows of an inline."""

    def __iter__(self):
        shared = self.field.shared_choices
        if "choices" not in shared:
            shared["choices"] = list(super().__iter__())
        return iter(shared["choices"])

    def __len__(self):
        return len(list(self))

    def __bool__(self):
        return len(self) > 0


class BlockChoiceField(forms.ModelChoiceField):
    """A choice of the story's blocks, labelled by kind, number and first words.

    Each quote and each mention row renders this select; its forms copy the field shallowly, so
    the copies share one list of choices and the blocks are read in one query, not one per row.
    """

    iterator = SharedChoiceIterator

    def __init__(self, *args, **kwargs):
        self.shared_choices = {}
        super().__init__(*args, **kwargs)

    def label_from_instance(self, obj):
        return block_label(obj)


class ArticleChildInline:
    """Inlines whose foreign keys to blocks only offer the blocks of the story being edited."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "block":
            article = getattr(request, "_editing_article", None)
            kwargs["queryset"] = (
                Block.objects.filter(article=article).select_related("image", "quote").order_by("position", "id")
                if article else Block.objects.none()
            )
            kwargs["form_class"] = BlockChoiceField
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "block" and isinstance(getattr(formfield, "widget", None), RelatedFieldWidgetWrapper):
            # Blocks are added and deleted in the body, not from a quote's or a mention's row.
            formfield.widget.can_add_related = formfield.widget.can_delete_related = False
        return formfield


class BylineInline(admin.TabularInline):
    model = Byline
    formset = StoryPartFormSet
    extra = 0
    autocomplete_fields = ["person"]
    fields = ["position", "person"]


class BlockForm(forms.ModelForm):
    class Meta:
        model = Block
        fields = ["position", "kind", *BLOCK_CONTENT_FIELDS]
        widgets = {
            "text": forms.Textarea(attrs={"rows": 3, "cols": 80}),
            "caption": forms.Textarea(attrs={"rows": 2, "cols": 40}),
            "position": forms.NumberInput(attrs={"class": "position-input"}),
        }
        help_texts = {"text": ""}

    def has_changed(self):
        # The body editor numbers every row, the blank one at the end too: a new row holding
        # nothing but its number is still blank, and is skipped rather than refused.
        if self.instance.pk is None:
            return any(name != "position" for name in self.changed_data)
        return super().has_changed()

    def clean(self):
        cleaned_data = super().clean()
        used = FIELDS_BY_KIND.get(cleaned_data.get("kind"))
        if used is not None:
            for name in BLOCK_CONTENT_FIELDS:
                if name not in used and name in cleaned_data:
                    cleaned_data[name] = None if isinstance(self.fields[name], forms.ModelChoiceField) else ""
        return cleaned_data


class BlockInline(admin.StackedInline):
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
        js = ["articles/admin/body-editor.js"]

    def fields_by_kind_json(self):
        return json.dumps(FIELDS_BY_KIND)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield is not None and isinstance(formfield.widget, RelatedFieldWidgetWrapper):
            # Deleting a photo, quote or story from inside a body row would reach other stories too.
            formfield.widget.can_delete_related = False
        return formfield


class QuoteInline(ArticleChildInline, admin.TabularInline):
    model = Quote
    formset = StoryPartFormSet
    extra = 0
    fields = ["position", "text", "speaker", "context", "block"]
    autocomplete_fields = ["speaker"]
    formfield_overrides = {}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "text":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 2, "cols": 30})
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class MentionInline(ArticleChildInline, admin.TabularInline):
    model = Mention
    formset = StoryPartFormSet
    extra = 0
    fields = ["position", "person", "role", "block"]
    autocomplete_fields = ["person"]


class NoteInline(admin.StackedInline):
    model = Note
    formset = StoryPartFormSet
    extra = 0
    fields = ["kind", "created_at", "text"]
    verbose_name = "correction or update"
    verbose_name_plural = "corrections and updates (readers see them; adding one moves the update time)"


class ArticleForm(forms.ModelForm):
    """The story form, carrying the version the editor loaded so a stale save can be refused."""

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    request = None  # set per request by ArticleAdmin.get_form

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["loaded_version"].initial = self.instance.version

    def clean(self):
        cleaned_data = super().clean()
        self.refuse_stale_save()
        return cleaned_data

    def refuse_stale_save(self):
        loaded = self.cleaned_data.get("loaded_version")
        if not self.instance.pk or loaded is None:
            return
        stored = self.stored_state()
        if stored is None or stored["version"] == loaded:
            return
        user = get_user_model().objects.filter(pk=stored["updated_by_id"]).first()
        change_url = reverse("admin:articles_article_change", args=[self.instance.pk])
        raise ValidationError(
            format_html(
                "{} saved this story at {} (version {}), after you opened it (version {}). "
                "Your changes have not been saved; they are still in the form below. "
                '<a href="{}" target="_blank" rel="noopener">Open the latest version in a new tab</a>, '
                "copy your changes into it and save there.",
                user.get_username() if user else "Someone", when(stored["modified_at"]),
                stored["version"], loaded, change_url,
            ),
            code="stale",
        )

    def stored_state(self):
        # A restore has already written the old version's row by now; compare with what it replaced.
        before = getattr(self.request, "_story_before_restore", None)
        if before is not None:
            return before
        # Locked until the admin's transaction ends, so two saves cannot both pass this check.
        return (
            Article.objects.select_for_update().filter(pk=self.instance.pk)
            .values("version", "updated_by_id", "modified_at").first()
        )


def status_message(old_status, article):
    """How the admin log and the history describe a change of status."""
    status = article.status
    if status == Article.Status.PUBLISHED:
        if article.is_scheduled:
            text = f"Scheduled for {when(article.published_at)}"
        elif old_status == Article.Status.PUBLISHED:
            text = "Publish time changed"
        else:
            text = "Published"
        if article.is_embargoed:
            text += f", under embargo until {when(article.embargo_until)}"
        return text + "."
    return {
        Article.Status.UNPUBLISHED: "Unpublished.",
        Article.Status.IN_REVIEW: "Submitted for review.",
        Article.Status.DRAFT: "Returned to draft.",
    }[status]


def move_update_time(article, moment):
    """A new note is news to readers: the story's update time (dateModified) moves to the note's time."""
    if article.updated_at is None or moment > article.updated_at:
        # The story row was saved earlier in this request; a second save would count a second version.
        Article.objects.filter(pk=article.pk).update(updated_at=moment)
        article.updated_at = moment


@admin.register(Article)
class ArticleAdmin(VersionAdmin):
    form = ArticleForm
    list_display = ["headline", "section", "status_display", "published_at", "updated_by", "version", "preview_link"]
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
    # No full-table COUNT on PostgreSQL at archive scale: the unfiltered list uses the planner's estimate.
    paginator = EstimatedCountPaginator
    object_history_template = "admin/articles/article/object_history.html"
    fieldsets = [
        (None, {"fields": ["headline", "slug", "dek", "label", "section", "dateline", "lead_image", "tags",
                           "loaded_version"]}),
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

    class Media:
        css = {"all": ["css/admin.css"]}

    # Who sees and changes what.

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if not roles.sees_only_own_stories(request.user):
            return queryset
        own = queryset.filter(created_by=request.user)
        match = request.resolver_match
        if match is not None and match.url_name == "autocomplete":
            # Picking a related story: any story readers can see is fair game.
            return own | queryset.filter(pk__in=Article.objects.published().values("pk"))
        return own

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or roles.may_edit_story(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        if obj is None:
            return allowed
        return allowed and obj.status not in ONCE_PUBLIC and roles.may_edit_story(request.user, obj)

    def has_publish_permission(self, request):
        return roles.can_publish(request.user)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not roles.can_publish(request.user):
            fields += PUBLISHING_FIELDS
        return fields

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "status" and not roles.can_publish(request.user):
            kwargs["choices"] = [
                (value, label) for value, label in Article.Status.choices
                if value in (Article.Status.DRAFT, Article.Status.IN_REVIEW)
            ]
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def get_form(self, request, obj=None, **kwargs):
        request._editing_article = obj
        form = super().get_form(request, obj, **kwargs)
        form.request = request
        return form

    def view_on_site(self, obj):
        # Until readers can see the story, "View on site" opens the staff preview.
        return obj.get_absolute_url() if obj.is_public else reverse("articles:preview", args=[obj.pk])

    @admin.display(description="")
    def preview_link(self, obj):
        if obj.is_public:
            return format_html('<a href="{}">View</a>', obj.get_absolute_url())
        return format_html('<a href="{}">Preview</a>', reverse("articles:preview", args=[obj.pk]))

    @admin.display(description="status", ordering="status")
    def status_display(self, obj):
        return obj.display_status

    # Saving.

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "POST":
            article = self.get_object(request, unquote(object_id))
            if article is not None and self.has_change_permission(request, article):
                history.ensure_baseline(article)
        return super().change_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        old_status = None
        if change:
            old_status = Article.objects.filter(pk=obj.pk).values_list("status", flat=True).first()
        else:
            obj.created_by = request.user
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)
        if obj.status != (old_status or Article.Status.DRAFT) or (
            obj.status == old_status == Article.Status.PUBLISHED and "published_at" in form.changed_data
        ):
            LogEntry.objects.log_actions(
                user_id=request.user.pk, queryset=[obj], action_flag=CHANGE,
                change_message=status_message(old_status, obj), single_object=True,
            )

    def save_formset(self, request, form, formset, change):
        if formset.model is not Note:
            return super().save_formset(request, form, formset, change)
        notes = formset.save(commit=False)
        for note in formset.deleted_objects:
            note.delete()
        added = []
        for note in notes:
            if note.pk is None:
                note.created_by = request.user
                added.append(note)
            note.save()
        formset.save_m2m()
        if added:
            move_update_time(form.instance, max(note.created_at for note in added))

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        article = form.instance
        if not change and not article.bylines.exists():
            person = getattr(request.user, "person", None)
            if person is not None:
                Byline.objects.create(article=article, person=person, position=1)
        renumber(article.blocks.all())
        renumber(article.quotes.all())
        renumber(article.mentions.all())
        renumber(article.bylines.all())
        if reversion.is_active():
            history.add_story_to_revision(article)

    # Publishing actions: one transaction, one version and one log entry per story.

    def publish_stories(self, request, queryset, *, status, skip_if):
        count = 0
        for pk in queryset.values_list("pk", flat=True):
            history.ensure_baseline(Article.objects.get(pk=pk))
            with transaction.atomic(), reversion.create_revision():
                article = Article.objects.select_for_update().get(pk=pk)
                if skip_if(article):
                    continue
                old_status = article.status
                article.status = status
                if status == Article.Status.PUBLISHED:
                    article.published_at = article.published_at or timezone.now()
                article.updated_by = request.user
                article.save()
                message = status_message(old_status, article)
                reversion.set_user(request.user)
                reversion.set_comment(message)
                history.add_story_to_revision(article)
                LogEntry.objects.log_actions(
                    user_id=request.user.pk, queryset=[article], action_flag=CHANGE,
                    change_message=message, single_object=True,
                )
                count += 1
        return count

    @admin.action(description="Publish selected stories now (or at their scheduled time)", permissions=["publish"])
    def publish(self, request, queryset):
        count = self.publish_stories(
            request, queryset, status=Article.Status.PUBLISHED,
            skip_if=lambda article: article.status == Article.Status.PUBLISHED,
        )
        self.message_user(request, f"Published {count} stor{'y' if count == 1 else 'ies'}.", messages.SUCCESS)

    @admin.action(description="Unpublish selected stories", permissions=["publish"])
    def unpublish(self, request, queryset):
        count = self.publish_stories(
            request, queryset, status=Article.Status.UNPUBLISHED,
            skip_if=lambda article: article.status != Article.Status.PUBLISHED,
        )
        self.message_user(request, f"Unpublished {count} stor{'y' if count == 1 else 'ies'}.", messages.SUCCESS)

    def changelist_view(self, request, extra_context=None):
        # Not inside one revision for the whole page (VersionAdmin's way): the actions above record
        # one version per story, so restoring one story never rewinds the others published with it.
        # The "recover deleted stories" link is for those who may recover any story.
        may_recover = self.has_change_permission(request) and not roles.sees_only_own_stories(request.user)
        context = {"has_change_permission": may_recover, **(extra_context or {})}
        return admin.ModelAdmin.changelist_view(self, request, context)

    # Deleting: published stories are unpublished, not deleted.

    def get_actions(self, request):
        actions = super().get_actions(request)
        if "delete_selected" in actions:
            actions["delete_selected"] = (type(self).delete_stories, "delete_selected", actions["delete_selected"][2])
        return actions

    def delete_stories(self, request, queryset):
        public = list(queryset.filter(status__in=ONCE_PUBLIC).values_list("headline", flat=True)[:5])
        if public:
            self.message_user(
                request,
                "Published stories are unpublished, not deleted: " + "; ".join(f"“{h}”" for h in public)
                + ". Unselect them, or unpublish them instead.",
                messages.ERROR,
            )
            return None
        return delete_selected(self, request, queryset)

    def delete_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        if obj is not None and obj.status in ONCE_PUBLIC:
            self.message_user(
                request, "This story has been published: unpublish it instead of deleting it.", messages.ERROR,
            )
            return redirect("admin:articles_article_change", quote(obj.pk))
        return super().delete_view(request, object_id, extra_context)

    # History: versions, differences between them, restoring one.

    def get_urls(self):
        compare = path(
            "<path:object_id>/history/compare/", self.admin_site.admin_view(self.compare_view),
            name="articles_article_compare",
        )
        return [compare, *super().get_urls()]

    def story_for_history(self, request, object_id):
        article = self.get_object(request, unquote(object_id))
        if article is None:
            raise Http404("No such story.")
        if not self.has_view_or_change_permission(request, article):
            raise PermissionDenied
        return article

    def history_view(self, request, object_id, extra_context=None):
        article = self.story_for_history(request, object_id)
        versions = list(history.story_versions(article))
        compare_url = reverse("admin:articles_article_compare", args=[quote(article.pk)])
        action_list = []
        for number, version in enumerate(versions):
            older = versions[number - 1] if number else None
            action_list.append({
                "revision": version.revision,
                "version": version,
                "url": reverse("admin:articles_article_revision", args=[quote(article.pk), version.pk]),
                "compare_previous_url": f"{compare_url}?from={older.pk}&to={version.pk}" if older else "",
                "compare_current_url": f"{compare_url}?from={version.pk}&to=current",
            })
        log_entries = (
            LogEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(Article), object_id=str(article.pk),
            ).select_related("user").order_by("-action_time")[:200]
        )
        context = {
            "action_list": list(reversed(action_list)),
            "log_entries": log_entries,
            "may_restore": self.has_change_permission(request, article),
            **(extra_context or {}),
        }
        return admin.ModelAdmin.history_view(self, request, object_id, context)

    def compare_view(self, request, object_id):
        article = self.story_for_history(request, object_id)
        versions = {str(v.pk): v for v in history.story_versions(article)}
        chosen = {}
        for side in ("from", "to"):
            value = request.GET.get(side, "current")
            if value != "current" and value not in versions:
                raise Http404("No such version of this story.")
            chosen[side] = versions.get(value)

        def lines(version):
            if version is None:
                return history.story_lines(history.state_of_article(article))
            return history.story_lines(history.state_of_version(version))

        context = {
            **self.admin_site.each_context(request),
            "title": f"Changes to “{article}”",
            "subtitle": None,
            "opts": self.opts,
            "original": article,
            "object_id": object_id,
            "from_version": chosen["from"],
            "to_version": chosen["to"],
            "diff": history.diff_story_lines(lines(chosen["from"]), lines(chosen["to"])),
            "may_restore": self.has_change_permission(request, article),
            "history_url": reverse("admin:articles_article_history", args=[quote(article.pk)]),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/articles/article/compare.html", context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        article = self.get_object(request, unquote(object_id))
        if article is None or not self.has_change_permission(request, article):
            # Judge the story as it stands: the version being restored may say "draft" of a published story.
            raise PermissionDenied
        with transaction.atomic():
            request._story_before_restore = (
                Article.objects.select_for_update().filter(pk=article.pk)
                .values("version", "updated_by_id", "modified_at").first()
            )
            return super().revision_view(request, object_id, version_id, extra_context)

    def get_object(self, request, object_id, from_field=None):
        article = super().get_object(request, object_id, from_field)
        before = getattr(request, "_story_before_restore", None)
        if article is not None and before is not None:
            # A restored version carries its old counter; keep counting up from the newest.
            article.version = before["version"]
        return article

    def recoverlist_view(self, request, extra_context=None):
        if roles.sees_only_own_stories(request.user):
            raise PermissionDenied
        return super().recoverlist_view(request, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        if roles.sees_only_own_stories(request.user):
            raise PermissionDenied
        return super().recover_view(request, version_id, extra_context)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        form = context["adminform"].form
        if obj is not None and form.has_error(NON_FIELD_ERRORS, "stale"):
            context["conflict_diff"] = self.changes_since_loaded(obj, form.data.get("loaded_version"))
        return super().render_change_form(request, context, add, change, form_url, obj)

    def changes_since_loaded(self, article, loaded):
        """What others changed since the editor opened the story, if that version is in the history."""
        for version in history.story_versions(article).order_by("-revision__date_created", "-pk"):
            if str(version.field_dict.get("version")) == str(loaded):
                old = history.story_lines(history.state_of_version(version))
                new = history.story_lines(history.state_of_article(article))
                return history.diff_story_lines(old, new)
        return None


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


class StoryPartAdmin(admin.ModelAdmin):
    """Quotes, mentions, blocks and notes edited on their own pages: the rules of their story apply.

    A change here is a change to the story: it counts a new version of the story (so an editor
    with the story form open cannot overwrite it unknowingly) and is recorded in its history.
    """

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if roles.sees_only_own_stories(request.user):
            queryset = queryset.filter(article__created_by=request.user)
        return queryset

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or roles.may_edit_story(request.user, obj.article))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or roles.may_edit_story(request.user, obj.article))

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "article" and roles.sees_only_own_stories(request.user):
            kwargs["queryset"] = Article.objects.filter(
                created_by=request.user, status__in=(Article.Status.DRAFT, Article.Status.IN_REVIEW),
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        history.ensure_baseline(obj.article)
        super().save_model(request, obj, form, change)
        self.part_saved(obj, change)
        touch_story(request, obj.article, f"{'Changed' if change else 'Added'} {obj._meta.verbose_name} “{obj}”.")

    def part_saved(self, obj, change):
        pass

    def delete_model(self, request, obj):
        article = obj.article
        history.ensure_baseline(article)
        super().delete_model(request, obj)
        touch_story(request, article, f"Deleted {obj._meta.verbose_name} “{obj}”.")

    def delete_queryset(self, request, queryset):
        articles = list(Article.objects.filter(pk__in=queryset.values("article_id")))
        for article in articles:
            history.ensure_baseline(article)
        super().delete_queryset(request, queryset)
        for article in articles:
            touch_story(request, article, f"Deleted {self.opts.verbose_name_plural} on their own page.")


def touch_story(request, article, comment):
    """Count a new version of the story after one of its parts changed, and record it in its history."""
    with transaction.atomic(), reversion.create_revision():
        article.refresh_from_db()
        article.updated_by = request.user
        article.save()
        reversion.set_user(request.user)
        reversion.set_comment(comment)
        history.add_story_to_revision(article)


@admin.register(Quote)
class QuoteAdmin(StoryPartAdmin):
    list_display = ["__str__", "speaker", "article"]
    search_fields = ["text", "speaker__name", "article__headline"]
    autocomplete_fields = ["speaker", "article"]
    list_select_related = ["speaker", "article"]
    raw_id_fields = ["block"]


@admin.register(Mention)
class MentionAdmin(StoryPartAdmin):
    list_display = ["person", "role", "article"]
    search_fields = ["person__name", "role", "article__headline"]
    autocomplete_fields = ["person", "article"]
    list_select_related = ["person", "article"]
    raw_id_fields = ["block"]


@admin.register(Block)
class BlockAdmin(StoryPartAdmin):
    list_display = ["__str__", "kind", "article"]
    list_filter = ["kind"]
    search_fields = ["text", "link_title", "article__headline"]
    autocomplete_fields = ["article", "image", "quote", "link_article"]
    list_select_related = ["article"]


@admin.register(Note)
class NoteAdmin(StoryPartAdmin):
    list_display = ["__str__", "article", "kind", "created_at"]
    list_filter = ["kind"]
    autocomplete_fields = ["article"]
    list_select_related = ["article"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def part_saved(self, obj, change):
        if not change:
            move_update_time(obj.article, obj.created_at)
