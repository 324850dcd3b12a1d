"""A story's history in the admin: its versions and actions log, comparing two, restoring one."""

from contextlib import nullcontext

from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.contrib.admin.utils import quote, unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied
from django.db import models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.formats import localize
from django.utils.timezone import template_localtime
from reversion import set_comment
from reversion.errors import RevertError
from reversion.models import Version
from reversion.utils import mute_signals

from .. import history, publishing, roles
from ..models import Article, Block, Byline, Mention, Note, Quote


class ShowRestoreForm(Exception):
    """Leaves the restore's transaction, rolling it back, with the page to show."""

    def __init__(self, response):
        self.response = response


class StoryHistoryViews:
    """The history page, the compare page and restoring, for ``ArticleAdmin``."""

    object_history_template = "admin/articles/article/object_history.html"
    # The story form, with both sides of a refused save above it.
    change_form_template = "admin/articles/article/change_form_refused.html"

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
        """The story's form filled in with an earlier version; saving it restores that version.

        django-reversion's own view, with ``publishing.restore_version`` doing the revert so the
        story keeps counting versions up from the newest. A GET, or a refused save, rolls back.
        """
        article = self.get_object(request, unquote(object_id))
        if article is None or not self.has_change_permission(request, article):
            # Judge the story as it stands: the version being restored may say "draft" of a published story.
            raise PermissionDenied
        version = get_object_or_404(Version, pk=version_id, object_id=str(article.pk))
        context = {"title": f"Revert {version.object_repr}", "revert": True, **(extra_context or {})}
        muted = (pre_save, post_save, pre_delete, post_delete, m2m_changed)
        try:
            with transaction.atomic(), (mute_signals(*muted) if request.method == "GET" else nullcontext()):
                publishing.restore_version(article, version)
                with self.create_revision(request):
                    response = self.changeform_view(request, str(article.pk), request.path, context)
                    if request.method == "POST" and response.status_code == 302:
                        when = localize(template_localtime(version.revision.date_created))
                        set_comment(f"Reverted to previous version, saved on {when}")
                    elif response.status_code == 200:
                        response.template_name = self.revision_form_template or self._reversion_get_template_list(
                            "revision_form.html"
                        )
                        response.render()
                        raise ShowRestoreForm(response)
        except (RevertError, models.ProtectedError) as error:
            messages.error(request, str(error))
            return redirect("admin:articles_article_changelist")
        except ShowRestoreForm as shown:
            return shown.response
        return response

    def recoverlist_view(self, request, extra_context=None):
        if roles.sees_only_own_stories(request.user):
            raise PermissionDenied
        return super().recoverlist_view(request, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        if roles.sees_only_own_stories(request.user):
            raise PermissionDenied
        return super().recover_view(request, version_id, extra_context)

    def construct_change_message(self, request, form, formsets, add=False):
        """The story's change in an editor's words, for its actions log and its version (``history.describe_story_change``)."""
        if add:
            return super().construct_change_message(request, form, formsets, add)
        fields = [
            str(form.fields[name].label or name).lower() for name in form.changed_data
            if name not in history.UNLOGGED_FIELDS
        ]
        new_body = list(form.instance.blocks.order_by("position", "id").values_list("pk", "kind"))
        old_body, edited, parts = new_body, set(), []
        for formset in formsets:
            if formset.model is Block:
                before = sorted(formset.initial_forms, key=lambda f: (f.initial.get("position") or 0, f.instance.pk))
                old_body = [(f.instance.pk, f.initial.get("kind") or f.instance.kind) for f in before]
                edited = {obj.pk for obj, changed in formset.changed_objects if set(changed) - {"position"}}
                continue
            parts += [("added", obj) for obj in formset.new_objects]
            parts += [("changed", obj) for obj, changed in formset.changed_objects if set(changed) - {"position"}]
            parts += [("removed", obj) for obj in formset.deleted_objects]
        return history.describe_story_change(
            fields=fields, old_body=old_body, new_body=new_body, edited_blocks=edited, parts=parts,
        )

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        form = context["adminform"].form
        if obj is not None and form.has_error(NON_FIELD_ERRORS, "stale"):
            context["story_conflict"] = self.conflict_since_loaded(
                form, form.data.get("loaded_version"), context.get("inline_admin_formsets", []),
            )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def conflict_since_loaded(self, form, loaded, inline_admin_formsets):
        """What others saved since the editor opened the story, and the editor's own changes, apart.

        The story is read again for the first: the form's instance already holds this editor's values.
        None when the version the editor opened is not in the history.
        """
        opened = history.version_numbered(form.instance, loaded)
        if opened is None:
            return None
        stored = Article.objects.get(pk=form.instance.pk)
        parts = {}
        for inline in inline_admin_formsets:
            name = PART_NAMES.get(inline.formset.model)
            if name:
                parts[name] = parts_on_form(inline.formset)
        submitted = history.state_with_parts(form.instance, parts, rest=history.state_of_version(opened))
        return history.diff_conflict(opened, stored=stored, submitted=submitted)


PART_NAMES = {Byline: "bylines", Block: "blocks", Quote: "quotes", Mention: "mentions", Note: "notes"}


def parts_on_form(formset):
    """The parts an inline formset holds as the editor left it: kept rows and filled-in new ones, unsaved."""
    parts = []
    for form in formset.forms:
        if formset.can_delete and formset._should_delete_form(form):
            continue
        if form.instance.pk is None and not form.has_changed():
            continue
        parts.append(form.instance)
    return parts
