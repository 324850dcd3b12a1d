"""The story list and form: who sees and changes what, saving, publishing actions, deleting.

Editorial rules enforced here (roles in articles/roles.py, the whole workflow in docs/workflow.md):
- Contributors see and edit only their own stories, and only while draft or in review; they
  cannot choose a status beyond "in review", set publish or embargo times, or run publish actions.
- No lost edits: the form carries the version the editor loaded; saving over a newer version
  is refused, naming who saved it and when, and the editor's text is shown back.
- Every save records a version with django-reversion (articles/history.py); status changes are
  logged as admin actions (articles/publishing.py).
- Published stories (and unpublished ones, once public) are unpublished, never deleted;
  contributors delete their own drafts that were never published.
"""

from django.contrib import admin, messages
from django.contrib.admin.actions import delete_selected
from django.contrib.admin.options import IS_POPUP_VAR
from django.contrib.admin.templatetags.admin_urls import add_preserved_filters
from django.contrib.admin.utils import quote, unquote
from django.db.models import Prefetch
from django.forms import Script
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from reversion.admin import VersionAdmin

from newsroom.jinja2 import machine_time
from newsroom.paginators import EstimatedCountPaginator

from .. import body_document, history, presence, publishing, roles
from ..models import Article, Block, Byline, Note, Quote
from . import editor_api
from .forms import ArticleForm
from .inlines import BlockInline, BylineInline, MentionInline, NoteInline, QuoteInline
from .pasting import paste_story
from .previewing import preview_story
from .scoping import ScopedModelAdmin
from .versions import StoryHistoryViews

PUBLISHING_FIELDS = ["published_at", "embargo_until", "updated_at"]
# Up to this many blocks the change form carries the body's cards under the document editor, for browsers without scripts.
CARDS_WITH_EDITOR = 60


class QuotesToCheckFilter(admin.SimpleListFilter):
    title = "quotes to check"
    parameter_name = "quotes_to_check"

    def lookups(self, request, model_admin):
        return [("yes", "Some to check"), ("no", "None to check")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.with_quotes_to_check()
        if self.value() == "no":
            return queryset.without_quotes_to_check()
        return queryset


def stories(count):
    return f"{count} stor{'y' if count == 1 else 'ies'}"


def show_open_review_notes(request, article):
    """The desk's notes on a story sent back, above its form until it is submitted again."""
    notes = article.review_notes.still_open().select_related("written_by")
    for note in notes[:5]:
        who = note.written_by.get_username() if note.written_by else "The desk"
        messages.warning(request, f"Sent back by {who} on {publishing.when(note.created_at)}: {note.text}")


def record_opening(request, article):
    """Opening the form counts as editing, so others see it at once; presence.js keeps it fresh and names them."""
    presence.record_presence(article, request.user, opening=True)


@admin.register(Article)
class ArticleAdmin(StoryHistoryViews, ScopedModelAdmin, VersionAdmin):
    form = ArticleForm
    # Readable at 1280 px beside the sidebar: the headline takes the room, the rest stays narrow (admin.css).
    list_display = ["headline", "status_display", "section", "byline", "updated", "quotes_to_check", "preview_link"]
    list_filter = ["status", "section", "published_at", QuotesToCheckFilter]
    search_fields = ["headline", "dek", "slug"]
    date_hierarchy = "published_at"
    list_select_related = ["section", "section__parent", "updated_by"]
    prepopulated_fields = {"slug": ["headline"]}
    # The section is a plain select: one action to choose, and a new story starts in the writer's last one.
    autocomplete_fields = ["lead_image"]
    readonly_fields = ["version", "created_by", "updated_by", "created_at", "modified_at", "source_key"]
    inlines = [BylineInline, BlockInline, QuoteInline, MentionInline, NoteInline]
    actions = ["publish", "unpublish"]
    show_full_result_count = False
    # No full-table COUNT on PostgreSQL at archive scale: the unfiltered list uses the planner's estimate.
    paginator = EstimatedCountPaginator
    change_list_template = "admin/articles/article/change_list.html"
    fieldsets = [
        (None, {"fields": ["headline", "slug", "dek", "label", "section", "dateline", "lead_image", "tags",
                           "loaded_version", "body_document"]}),
        ("Publishing", {"fields": ["status", *PUBLISHING_FIELDS]}),
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
        css = {"all": ["css/admin.css", "articles/admin/story-editor.css", "articles/admin/story-preview.css"]}
        # "X is editing since 10:42", kept fresh while the form is open (articles/presence.py); the
        # body as one document (articles/body_document/), a module, so it loads after the page is
        # parsed and imports django-prose-editor's built Tiptap/ProseMirror without an import map.
        # Preview in a dialog over the form, Publish from there (articles/admin/previewing.py); names
        # for the autocomplete fields' boxes, which select2 leaves nameless while empty.
        js = [
            "articles/admin/presence.js", Script("articles/admin/story-editor.js", type="module"),
            "articles/admin/story-preview.js", "articles/admin/select2-names.js",
        ]

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("paste/", view(self.paste_view), name="articles_article_paste"),
            path("preview/", view(self.preview_view), name="articles_article_preview_new"),
            path("<path:object_id>/preview/", view(self.preview_view), name="articles_article_preview"),
            *editor_api.urls(self),
            *super().get_urls(),
        ]

    def paste_view(self, request):
        return paste_story(self, request)

    def preview_view(self, request, object_id=None):
        return preview_story(self, request, object_id)

    # Who sees and changes what.

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        match = request.resolver_match
        if match is not None and match.url_name == "articles_article_changelist":
            queryset = queryset.counting_quotes_to_check()
        if match is not None and match.url_name == "autocomplete":
            # Picking a related story: any story the user may see, readers' stories included.
            return roles.visible_stories(request.user, queryset)
        if match is not None and match.url_name == "articles_article_changelist":
            queryset = queryset.prefetch_related(Prefetch("bylines", queryset=Byline.objects.for_page()))
        if roles.sees_only_own_stories(request.user):
            return queryset.filter(created_by=request.user)
        return queryset

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or roles.may_edit_story(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or roles.may_delete_story(request.user, obj))

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

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        formfield = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "section" and formfield is not None:
            # Each choice reads "World › Europe": the parents come with the sections, not one query each.
            formfield.queryset = formfield.queryset.select_related("parent__parent")
        return formfield

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        if "section" not in initial:
            # A writer mostly files to one desk: a new story starts in the section of their last one.
            last = (
                Article.objects.filter(created_by=request.user).order_by("-created_at", "-pk")
                .values_list("section_id", flat=True).first()
            )
            if last is not None:
                initial["section"] = last
        return initial

    def view_on_site(self, obj):
        # Until readers can see the story, "View on site" opens the staff preview.
        return obj.get_absolute_url() if obj.is_public else reverse("articles:preview", args=[obj.pk])

    @admin.display(description="")
    def preview_link(self, obj):
        if obj.is_public:
            return format_html('<a href="{}">View</a>', obj.get_absolute_url())
        return format_html('<a href="{}">Preview</a>', reverse("articles:preview", args=[obj.pk]))

    @admin.display(description="check", ordering="quotes_to_check")
    def quotes_to_check(self, obj):
        return obj.quotes_to_check or ""

    @admin.display(description="status", ordering="status")
    def status_display(self, obj):
        return obj.display_status

    @admin.display(description="byline")
    def byline(self, obj):
        return ", ".join(byline.person.name for byline in obj.bylines.all()) or "—"

    @admin.display(description="updated", ordering="modified_at")
    def updated(self, obj):
        moment = timezone.localtime(obj.modified_at)
        by = format_html('<span class="changelist-by">by {}</span>', obj.updated_by) if obj.updated_by_id else ""
        return format_html(
            '<time datetime="{}">{}</time> {}', machine_time(moment), date_format(moment, "j M Y, H:i"), by,
        )

    # Saving: the story, then its parts; one version for the whole.

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "POST":
            article = self.get_object(request, unquote(object_id))
            if article is not None and self.has_change_permission(request, article):
                history.ensure_baseline(article)
        else:
            article = self.get_object(request, unquote(object_id))
            if article is not None and self.has_view_or_change_permission(request, article):
                show_open_review_notes(request, article)
                record_opening(request, article)
        return super().change_view(request, object_id, form_url, extra_context)

    def get_inline_instances(self, request, obj=None):
        inlines = super().get_inline_instances(request, obj)
        if not self.shows_body_cards(request, obj):
            inlines = [inline for inline in inlines if inline.model not in (Block, Quote)]
        return inlines

    def shows_body_cards(self, request, obj):
        """Whether the body's cards (block and quote inlines) are part of this request's form.

        The document editor posts the body as one document, not the cards (its script disables
        them). A long story opens with the editor alone: hundreds of cards cost seconds to draw,
        and the page offers them (?body=cards, linked for browsers without scripts) instead.
        """
        if request.method == "POST":
            return not request.POST.get("body_document", "").strip()
        if request.GET.get("body") == "cards" or obj is None:
            return True
        # Blocks are numbered 1..n on every save: one past the limit means a long story.
        return not Article.objects.filter(pk=obj.pk, blocks__position__gt=CARDS_WITH_EDITOR).exists()

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.user = request.user  # a class made for this request by modelform_factory
        return form

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        # The editor's document is built from the rows the cards already read: no second read of the body.
        parts = {
            formset.formset.model: [form.instance for form in formset.formset.initial_forms]
            for formset in context.get("inline_admin_formsets", []) if formset.formset.model in (Block, Quote)
        }
        if Block in parts:
            context["adminform"].form.show_body_document(parts[Block], parts.get(Quote, []))
        else:
            context["adminform"].form.show_body_document(None, None)
            context["body_cards_omitted"] = True
        context.update(self.story_buttons(request, obj))
        return super().render_change_form(request, context, add, change, form_url, obj)

    def story_buttons(self, request, obj):
        """What the form's buttons offer (admin/articles/article/submit_line.html): preview, then save with a status."""
        status = obj.status if obj is not None else Article.Status.DRAFT
        may_publish = roles.can_publish(request.user)
        return {
            "show_save_and_add_another": False,
            "story_preview_url": reverse(
                "admin:articles_article_preview", args=[quote(obj.pk)],
            ) if obj is not None else reverse("admin:articles_article_preview_new"),
            "story_is_draft": status == Article.Status.DRAFT,
            "story_may_publish": may_publish and status != Article.Status.PUBLISHED,
            "story_may_submit": not may_publish and status == Article.Status.DRAFT,
        }

    def response_add(self, request, obj, post_url_continue=None):
        if publishing.status_asked(request.POST) and IS_POPUP_VAR not in request.POST:
            return self.response_status_saved(request, obj)
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        if publishing.status_asked(request.POST) and IS_POPUP_VAR not in request.POST:
            return self.response_status_saved(request, obj)
        return super().response_change(request, obj)

    def response_status_saved(self, request, obj):
        """After "Publish" or "Submit for review": say so, with the reader's page, and stay on the form."""
        if obj.is_public:
            message = format_html(
                "“{}” is {}. <a href=\"{}\">View it on the site</a>.",
                obj.headline, publishing.saved_status_message(obj), obj.get_absolute_url(),
            )
        else:
            message = f"“{obj.headline}” is {publishing.saved_status_message(obj)}."
        self.message_user(request, message, messages.SUCCESS)
        change_url = reverse("admin:articles_article_change", args=[quote(obj.pk)], current_app=self.admin_site.name)
        return redirect(add_preserved_filters(
            {"preserved_filters": self.get_preserved_filters(request), "opts": self.opts}, change_url,
        ))

    def save_model(self, request, obj, form, change):
        publishing.save_story(
            obj, user=request.user, created=not change, publish_time_changed="published_at" in form.changed_data,
        )

    def save_formset(self, request, form, formset, change):
        if formset.model is not Note:
            return super().save_formset(request, form, formset, change)
        for note in formset.save(commit=False):
            publishing.save_note(note, user=request.user)
        for note in formset.deleted_objects:
            note.delete()
        formset.save_m2m()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if form.body_plan is not None:
            body_document.write_body(form.body_plan)
        publishing.complete_story(form.instance, user=request.user, created=not change)

    # Publishing actions: each story in its own transaction, with its own version and log entry.

    @admin.action(description="Publish selected stories now (or at their scheduled time)", permissions=["publish"])
    def publish(self, request, queryset):
        count = sum(publishing.publish(article, user=request.user) for article in queryset)
        self.message_user(request, f"Published {stories(count)}.", messages.SUCCESS)

    @admin.action(description="Unpublish selected stories", permissions=["publish"])
    def unpublish(self, request, queryset):
        count = sum(publishing.unpublish(article, user=request.user) for article in queryset)
        self.message_user(request, f"Unpublished {stories(count)}.", messages.SUCCESS)

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
        kept = [a.headline for a in queryset if not roles.may_delete_story(request.user, a)][:5]
        if kept:
            self.message_user(
                request,
                "Published stories are unpublished, not deleted: " + "; ".join(f"“{h}”" for h in kept)
                + ". Unselect them, or unpublish them instead.",
                messages.ERROR,
            )
            return None
        return delete_selected(self, request, queryset)

    def delete_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        if obj is not None and roles.was_public(obj):
            self.message_user(
                request, "This story has been published: unpublish it instead of deleting it.", messages.ERROR,
            )
            return redirect("admin:articles_article_change", quote(obj.pk))
        return super().delete_view(request, object_id, extra_context)
