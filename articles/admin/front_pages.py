"""Front pages on the desk: choose a page, put its stories in order, say when each drops out; and a story's own places.

Two screens, both writing through ``articles/front_pages/arranging.py``, which records every
change in the stories' actions logs:

- *Front pages* (``desk:front-pages``): the home page or a section's page, one row per slot,
  the lead first. Rows move by dragging their handle or with the ↑/↓ buttons
  (static/articles/admin/front-pages.js), or, without scripts, by the numbers in their *place*
  fields; a form opened before someone else's change is refused, showing the page as it stands;
- a story's *Front pages* (``desk:story-front-pages``, linked from the story's form): where the
  story stands, *Put on a front page* (as the lead or a top story, with a drop-out time) and
  *Take off*.

Who may do what is ``articles/roles.py``: Editors arrange (``change_frontpage``), Photo
editors see the pages (``view_frontpage``), Contributors neither. Every story id posted must
be one the user may see (``roles.visible_stories``); anything else is a form error.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from .. import roles
from ..front_pages import arranging
from ..front_pages.arranging import Placement, StaleFrontPage, slot_count, slot_name
from ..models import Article, FrontPage, FrontPageSlot, Section

# Moves the slots by dragging and with buttons; a file, as the admin's Content-Security-Policy allows no inline script.
FRONT_PAGES_SCRIPT = "articles/admin/front-pages.js"
DRAG_ORDER_SCRIPT = "articles/admin/drag-order.js"  # what it shares with the body editor
# A datetime-local input's value, in the newsroom's time zone.
LOCAL_INPUT_FORMAT = "%Y-%m-%dT%H:%M"


class DropOutInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs, format=LOCAL_INPUT_FORMAT)


def story_widget(admin_site):
    # Searches stories as the story form's related-story field does (ArticleAdmin.get_queryset).
    return AutocompleteSelect(
        FrontPageSlot._meta.get_field("article"), admin_site,
        attrs={"class": "front-slot-story"},
    )


class DropOutField(forms.DateTimeField):
    """A drop-out time, which must still be ahead when the page is saved."""

    def __init__(self, *, now, **kwargs):
        super().__init__(required=False, widget=DropOutInput, label="Drops out at", **kwargs)
        self.now = now

    def validate(self, value):
        super().validate(value)
        if value is not None and value <= self.now:
            raise forms.ValidationError("This time has passed: the story would leave the page at once.")


class SlotForm(forms.Form):
    """One slot: its place (1 leads), the story in it and when it drops out; empty slots are left out."""

    position = forms.IntegerField(
        label="Place", min_value=1, widget=forms.NumberInput(attrs={"class": "front-slot-position", "min": 1}),
    )
    story = forms.ModelChoiceField(queryset=Article.objects.none(), required=False)

    def __init__(self, *args, stories, now, admin_site, **kwargs):
        super().__init__(*args, **kwargs)
        # The widget first: setting the queryset hands it the choices.
        self.fields["story"].widget = story_widget(admin_site)
        self.fields["story"].queryset = stories
        self.fields["until"] = DropOutField(now=now)


class BaseSlotFormSet(forms.BaseFormSet):
    def clean(self):
        if any(self.errors):
            return
        seen = {}
        for form in self.forms:
            story = form.cleaned_data.get("story")
            if story is None or self._should_delete_form(form):
                continue
            if story.pk in seen:
                form.add_error("story", f"“{story}” is already in the slot placed {seen[story.pk]}.")
            seen[story.pk] = form.cleaned_data["position"]

    def placements(self):
        """The stories wanted, in the order of their places (ties keep the order of the rows)."""
        rows = [
            (form.cleaned_data["position"], index, form.cleaned_data)
            for index, form in enumerate(self.forms)
            if form.cleaned_data.get("story") is not None and not self._should_delete_form(form)
        ]
        return [Placement(data["story"], data.get("until")) for _, _, data in sorted(rows, key=lambda row: row[:2])]


def slot_formset_class():
    count = slot_count()
    return forms.formset_factory(
        SlotForm, formset=BaseSlotFormSet, extra=0, can_delete=True,
        max_num=count, validate_max=True, absolute_max=count,
    )


class VersionForm(forms.Form):
    """The version of the page the editor opened, checked when they save (arranging.StaleFrontPage)."""

    version = forms.IntegerField(min_value=0, widget=forms.HiddenInput)


def page_choices():
    """Home first, then every section in tree order, subsections indented."""
    sections = Section.objects.order_by("path").values_list("pk", "path", "name")
    return [("", "Home page"), *((str(pk), "\u2003" * path.count("/") + name) for pk, path, name in sections)]


def chosen_section(value):
    """The section a page parameter names ("" or absent for the home page); 404 for anything else."""
    if value in (None, ""):
        return None
    if not str(value).isdigit():
        raise Http404("No such page.")
    section = Section.objects.filter(pk=int(value)).first()
    if section is None:
        raise Http404("No such page.")
    return section


def stored_page(section):
    """The page's row, or an unsaved one for a page nobody arranged yet (a GET writes nothing)."""
    page = FrontPage.objects.filter(section=section).select_related("section", "changed_by").first()
    return page or FrontPage(section=section)


def read_slots(page):
    if page.pk is None:
        return []
    return list(page.slots.select_related("article", "article__section", "placed_by").order_by("position", "id"))


def slot_initial(slots):
    """The form's rows: the slots still showing, then empty ones up to the page's number of slots."""
    rows = [
        {"position": number, "story": slot.article, "until": timezone.localtime(slot.until) if slot.until else None}
        for number, slot in enumerate(slots, start=1)
    ]
    return rows + [{"position": number} for number in range(len(rows) + 1, slot_count() + 1)]


def stories_in_forms(formset, user):
    """The story each row holds (posted or stored), read in one query, for the *now* column."""
    ids = set()
    for form in formset.forms:
        value = form["story"].value()
        if isinstance(value, Article):
            ids.add(value.pk)
        elif value not in (None, "") and str(value).isdigit():
            ids.add(int(value))
    found = roles.visible_stories(user, Article.objects.filter(pk__in=ids)).select_related("section").in_bulk()
    rows = []
    for form in formset.forms:
        value = form["story"].value()
        pk = value.pk if isinstance(value, Article) else (int(value) if str(value or "").isdigit() else None)
        rows.append((form, found.get(pk)))
    return rows


def render_front_page(request, *, section, formset=None, version=None, status=200):
    page = stored_page(section)
    now = timezone.now()
    slots = read_slots(page)
    showing = [slot for slot in slots if slot.until is None or slot.until > now]
    may_arrange = roles.may_arrange_front_pages(request.user)
    if may_arrange and formset is None:
        formset = slot_formset(request, initial=slot_initial(showing), now=now)
    context = {
        **admin.site.each_context(request),
        "title": "Front pages",
        "subtitle": None,
        "page": page,
        "page_name": str(page),
        "section": section,
        "page_choices": page_choices(),
        "chosen": "" if section is None else str(section.pk),
        "may_arrange": may_arrange,
        "formset": formset,
        "rows": stories_in_forms(formset, request.user) if formset is not None else [],
        "version_form": VersionForm(initial={"version": page.version if version is None else version}),
        "showing": [(slot_name(number), slot) for number, slot in enumerate(showing, start=1)],
        "dropped_out": [slot for slot in slots if slot not in showing],
        "slot_count": slot_count(),
        "media": (formset.media if formset is not None else forms.Media()) + forms.Media(js=[DRAG_ORDER_SCRIPT, FRONT_PAGES_SCRIPT]),
    }
    request.current_app = admin.site.name
    return TemplateResponse(request, "admin/desk/front_pages.html", context, status=status)


def slot_formset(request, *, initial=None, data=None, now):
    stories = roles.visible_stories(request.user, Article.objects.all())
    return slot_formset_class()(
        data=data, initial=initial, prefix="slots",
        form_kwargs={"stories": stories, "now": now, "admin_site": admin.site},
    )


def front_pages_view(request):
    """The home page's slots, or a section's (``?section=<id>``); Editors save a new order here."""
    if not roles.may_see_front_pages(request.user):
        raise PermissionDenied
    section = chosen_section(request.POST.get("section") if request.method == "POST" else request.GET.get("section"))
    if request.method != "POST":
        return render_front_page(request, section=section)
    if not roles.may_arrange_front_pages(request.user):
        raise PermissionDenied
    formset = slot_formset(request, data=request.POST, now=timezone.now())
    version = VersionForm(request.POST)
    if not (formset.is_valid() and version.is_valid()):
        messages.error(request, "Nothing was saved: correct the slots marked below.")
        return render_front_page(request, section=section, formset=formset, status=400)
    page = FrontPage.objects.of(section)
    try:
        change = arranging.arrange(
            page, formset.placements(), user=request.user, opened_version=version.cleaned_data["version"],
        )
    except StaleFrontPage as stale:
        changed_by = stale.page.changed_by
        who = (changed_by.get_full_name() or changed_by.get_username()) if changed_by else "Someone"
        messages.error(
            request,
            f"{who} changed {stale.page} at {timezone.localtime(stale.page.changed_at):%H:%M}, after you opened it: "
            "nothing was saved. The page as it stands is listed under “In the slots now”; your order is still in "
            "the form: save again to replace theirs.",
        )
        return render_front_page(request, section=section, formset=formset, version=stale.page.version, status=409)
    messages.success(request, saved_message(page, change))
    return redirect(front_pages_url(section))


def saved_message(page, change):
    count = len(change.lines)
    if not count:
        return f"{str(page).capitalize()} is saved, unchanged."
    return f"{str(page).capitalize()} is saved: {count} stor{'y' if count == 1 else 'ies'} placed, moved or taken off."


def front_pages_url(section):
    url = reverse("desk:front-pages")
    return url if section is None else f"{url}?section={section.pk}"


# A story's own front-page places.


class PlaceStoryForm(forms.Form):
    """Put this story on a page, in a slot (the lead by default), until a time if given."""

    page = forms.ChoiceField(label="Front page", required=False)
    position = forms.TypedChoiceField(label="As", coerce=int)

    def __init__(self, *args, now, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["page"].choices = page_choices()
        self.fields["position"].choices = [
            (number, slot_name(number).capitalize()) for number in range(1, slot_count() + 1)
        ]
        self.fields["until"] = DropOutField(now=now)

    def clean_page(self):
        try:
            return chosen_section(self.cleaned_data.get("page"))
        except Http404:
            raise forms.ValidationError("Choose the home page or a section.") from None


def front_page_story(request, pk):
    """The story, if the user may see it and the front pages; 404 for a story they may not see."""
    if not roles.may_see_front_pages(request.user):
        raise PermissionDenied
    article = Article.objects.select_related("section").filter(pk=pk).first()
    if article is None or not roles.may_see_story(request.user, article):
        raise Http404("No such story.")
    return article


def story_front_pages_view(request, pk, *, form=None, status=200):
    """Where a story stands on the front pages, with the form that puts it on one."""
    article = front_page_story(request, pk)
    now = timezone.now()
    places = list(
        FrontPageSlot.objects.filter(article=article).select_related("page", "page__section", "placed_by")
        .order_by("page__section__path", "page_id")
    )
    may_arrange = roles.may_arrange_front_pages(request.user)
    if may_arrange and form is None:
        form = PlaceStoryForm(now=now, initial={"page": "", "position": 1})
    context = {
        **admin.site.each_context(request),
        "title": f"Front pages: {article.headline}",
        "subtitle": None,
        "article": article,
        "places": [(slot, slot.until is None or slot.until > now) for slot in places],
        "slot_name": slot_name,
        "form": form,
        "may_arrange": may_arrange,
    }
    request.current_app = admin.site.name
    return TemplateResponse(request, "admin/desk/story_front_pages.html", context, status=status)


@require_POST
def place_story_view(request, pk):
    article = front_page_story(request, pk)
    if not roles.may_arrange_front_pages(request.user):
        raise PermissionDenied
    form = PlaceStoryForm(request.POST, now=timezone.now())
    if not form.is_valid():
        messages.error(request, "Nothing was placed: correct the form below.")
        return story_front_pages_view(request, pk, form=form, status=400)
    section = form.cleaned_data["page"]
    page = FrontPage.objects.of(section)
    change = arranging.place(
        article, page, user=request.user, position=form.cleaned_data["position"], until=form.cleaned_data["until"],
    )
    line = change.lines.get(article)
    messages.success(request, line or f"“{article}” was already there; nothing changed.")
    for other in change.no_room:
        messages.warning(request, f"“{other}” no longer fits on {page}: it was taken off.")
    return redirect("desk:story-front-pages", pk=article.pk)


@require_POST
def take_off_story_view(request, pk):
    article = front_page_story(request, pk)
    if not roles.may_arrange_front_pages(request.user):
        raise PermissionDenied
    posted = request.POST.get("page", "")
    page = FrontPage.objects.select_related("section").filter(pk=int(posted)).first() if posted.isdigit() else None
    if page is None:
        raise Http404("No such page.")
    change = arranging.take_off(article, page, user=request.user)
    if article in change.lines:
        messages.success(request, f"Took “{article}” off {page}.")
    else:
        messages.warning(request, f"“{article}” was not on {page}; nothing changed.")
    return redirect("desk:story-front-pages", pk=article.pk)
