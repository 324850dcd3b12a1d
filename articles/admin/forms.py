"""The story form and the body block form, with the choices their rows share."""

import json

from django import forms
from django.contrib.admin.widgets import AdminSplitDateTime
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet, ModelChoiceIterator
from django.urls import reverse
from django.utils.html import format_html

from .. import body_document, publishing
from ..blocks import BLOCK_KINDS
from ..models import Block, Quote
from . import editor_api
from .scoping import choices_for


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


def name_date_and_time_inputs(form):
    """Give the date and the time input of each date-and-time field a name of their own.

    The admin's widget prints "Date:" and "Time:" as plain text beside them, which names neither
    input for a screen reader (axe-core: "Form elements must have labels").
    """
    for field in form.fields.values():
        if isinstance(field.widget, AdminSplitDateTime):
            for widget, part in zip(field.widget.widgets, ("date", "time")):
                widget.attrs["aria-label"] = f"{field.label}: {part}"


class ArticleForm(forms.ModelForm):
    """The story form, carrying the version the editor loaded so a stale save can be refused."""

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    # The body as the document editor's JSON. Empty unless its script runs and fills it: without
    # scripts the body's cards (the block and quote inlines) are the form, as before.
    body_document = forms.CharField(widget=forms.HiddenInput(attrs={"class": "story-body-document"}), required=False)
    user = None  # set by the admin's get_form: whose choices a document may make

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["loaded_version"].initial = self.instance.version
        self.body_plan = None
        self.fields["body_document"].widget.attrs["data-autocomplete-url"] = reverse("admin:autocomplete")
        if self.user is not None:
            self.fields["body_document"].widget.attrs["data-editor"] = json.dumps(editor_api.editor_settings(self.user))
        name_date_and_time_inputs(self)
        self.refused_status = None
        if self.is_bound:
            self.take_status_from_button()

    def take_status_from_button(self):
        """A "Publish" or "Submit for review" button saves with that status, as if chosen in the form.

        Put into the submitted data, so the status's choices (narrowed by role), the model's checks
        and the history's account of what changed treat it like a status picked by hand.
        """
        asked = publishing.status_asked(self.data)
        if asked is None or "status" not in self.fields:
            return
        if asked not in dict(self.fields["status"].choices):
            self.refused_status = asked
            return
        data = self.data.copy()
        data["status"] = asked
        self.data = data

    def show_body_document(self, blocks, quotes):
        """Give the editor the body as the document of these rows (the ones the inline cards show)."""
        self.fields["body_document"].widget.attrs["data-initial"] = json.dumps(
            body_document.document_for(self.instance, blocks=blocks, quotes=quotes), separators=(",", ":"),
        )

    def clean_body_document(self):
        raw = self.cleaned_data.get("body_document") or ""
        if not raw.strip():
            return ""
        try:
            data = json.loads(raw)
        except ValueError:
            raise ValidationError("The body could not be read: it is not an editor document.") from None
        speakers = choices_for(Quote._meta.get_field("speaker"), self.user, self.instance)
        choices = {name: choices_for(Block._meta.get_field(name), self.user, self.instance)
                   for name in ("image", "link_article")}
        try:
            self.body_plan = body_document.read_document(
                data, article=self.instance, speakers=speakers, choices=choices,
                may_add_people=self.user.has_perm("people.add_person"),
            )
        except ValidationError as error:
            # Shown above the form: the field itself is hidden.
            for message in error.messages:
                self.add_error(None, f"Body: {message}")
        return raw

    def clean(self):
        cleaned_data = super().clean()
        if self.refused_status is not None:
            self.add_error(None, "Only editors publish stories: submit this one for review instead.")
        try:
            # Locks the story's row until the admin's transaction ends: two saves cannot both pass.
            publishing.check_not_stale(self.instance, cleaned_data.get("loaded_version"))
        except publishing.StaleSave as stale:
            raise ValidationError(self.stale_message(stale), code="stale") from None
        return cleaned_data

    def stale_message(self, stale):
        snapshot = stale.snapshot
        user = get_user_model().objects.filter(pk=snapshot.updated_by_id).first()
        change_url = reverse("admin:articles_article_change", args=[self.instance.pk])
        return format_html(
            "{} saved this story at {} (version {}), after you opened it (version {}). "
            "Your changes have not been saved; they are still in the form below. "
            '<a href="{}" target="_blank" rel="noopener">Open the latest version in a new tab</a>, '
            "copy your changes into it and save there.",
            user.get_username() if user else "Someone", publishing.when(snapshot.modified_at),
            snapshot.version, stale.loaded, change_url,
        )
