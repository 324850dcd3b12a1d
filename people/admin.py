import reversion
from django.contrib import admin, messages
from django.db import models, transaction
from django.db.models import Count
from reversion.admin import VersionAdmin

from articles.uploads import CleanImageField

from .models import Organization, Person

# Whoever publishes stories approves the bios and roles readers see: Editors (articles.roles).
APPROVE_PERMISSION = "articles.publish_article"


class ProposalFilter(admin.SimpleListFilter):
    title = "proposed bio or role"
    parameter_name = "proposal"

    def lookups(self, request, model_admin):
        return [("waiting", "Waiting for approval")]

    def queryset(self, request, queryset):
        if self.value() == "waiting":
            return queryset.exclude(proposed_title="", proposed_bio="")
        return queryset


# Deleting someone a quote, byline, mention or photo credit points to is refused by the
# models (PROTECT); the admin explains which rows stand in the way instead of deleting.
#
# The bio and role are what readers see, so they are reviewed like story text: whoever may
# not approve them (Contributors, Photo editors) sees them read-only and writes a proposal,
# which an Editor approves with the list's action.
@admin.register(Person)
class PersonAdmin(VersionAdmin):
    list_display = ["name", "title", "quote_count", "user", "has_proposal"]
    list_filter = [ProposalFilter]
    search_fields = ["name", "normalized_name", "title"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["user"]
    list_select_related = ["user"]
    fields = ["name", "slug", "title", "bio", "proposed_title", "proposed_bio", "proposal", "photo", "user"]
    actions = ["approve_proposals"]
    formfield_overrides = {models.ImageField: {"form_class": CleanImageField}}

    def get_queryset(self, request):
        # A count groups the rows, and Django leaves Meta.ordering out of grouped queries: the
        # autocomplete's pages need an order of their own.
        return super().get_queryset(request).annotate(n_quotes=Count("quotes")).order_by("name", "pk")

    def get_readonly_fields(self, request, obj=None):
        if request.user.has_perm(APPROVE_PERMISSION):
            return ["proposed_title", "proposed_bio", "proposal"]
        return ["title", "bio", "proposal"]

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not request.user.has_perm(APPROVE_PERMISSION):
            actions.pop("approve_proposals", None)
        return actions

    def save_model(self, request, obj, form, change):
        if {"proposed_title", "proposed_bio"} & set(form.changed_data):
            obj.propose_text(by=request.user)
        super().save_model(request, obj, form, change)

    @admin.display(description="quotes", ordering="n_quotes")
    def quote_count(self, obj):
        return obj.n_quotes

    @admin.display(description="proposal", boolean=True)
    def has_proposal(self, obj):
        return obj.has_proposal

    @admin.display(description="proposed by")
    def proposal(self, obj):
        if not obj.has_proposal or obj.proposed_by is None:
            return "—"
        return f"{obj.proposed_by.get_username()}, {obj.proposed_at:%Y-%m-%d %H:%M}"

    @admin.action(description="Approve the proposed bio and role")
    def approve_proposals(self, request, queryset):
        if not request.user.has_perm(APPROVE_PERMISSION):
            self.message_user(request, "Only an Editor approves bios and roles.", messages.ERROR)
            return
        approved = 0
        for person in queryset.exclude(proposed_title="", proposed_bio=""):
            with transaction.atomic(), reversion.create_revision():
                person.approve_proposal()
                person.save()
                reversion.set_user(request.user)
                reversion.set_comment("Approved the proposed bio and role.")
                self.log_change(request, person, "Approved the proposed bio and role.")
            approved += 1
        self.message_user(request, f"Approved the proposals of {approved} {'person' if approved == 1 else 'people'}.")


@admin.register(Organization)
class OrganizationAdmin(VersionAdmin):
    list_display = ["name", "kind", "url"]
    list_filter = ["kind"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
