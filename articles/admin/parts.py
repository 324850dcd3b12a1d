"""Quotes, mentions, blocks and notes edited on their own pages: the rules of their story apply.

A change here is a change to the story: it counts a new version of the story (so an editor with
the story form open cannot overwrite it unknowingly) and is recorded in its history
(``publishing.save_part`` and ``publishing.delete_parts``).
"""

from django.contrib import admin

from .. import publishing, roles
from ..models import Block, Mention, Note, Quote
from .scoping import ScopedModelAdmin, StoryPartForm


class StoryPartAdmin(ScopedModelAdmin, admin.ModelAdmin):
    form = StoryPartForm

    def has_module_permission(self, request):
        # Parts are edited inside their story; pages of their own are listed for superusers only.
        # The pages stay reachable (a pull quote's autocomplete searches the quotes' page).
        return request.user.is_active and request.user.is_superuser

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

    def save_model(self, request, obj, form, change):
        publishing.save_part(obj, user=request.user)

    def delete_model(self, request, obj):
        publishing.delete_parts([obj], user=request.user)

    def delete_queryset(self, request, queryset):
        publishing.delete_parts(queryset.select_related("article"), user=request.user)


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
