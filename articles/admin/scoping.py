"""Which rows a form's foreign keys offer and accept: the one place for it.

Every admin and inline of the articles app mixes in ``ScopedChoices``, so each ForeignKey form
field (select, autocomplete or raw id) is built with a queryset limited, per request, to what
the user may see or touch. A posted id outside it is a form error ("Select a valid choice"),
never a write: ids are sequential, and a crafted POST must not reach another writer's draft or
attach a credit to a published story.

- a story's own parts (its blocks and quotes) only from the story being edited; on a part's
  own page, from stories the user may edit, and ``StoryPartForm`` checks they belong to the
  story chosen in the same form;
- the story a part belongs to: stories the user may edit (``roles.editable_stories``);
- any other story (a related link): stories the user may see (``roles.visible_stories``);
- anything else (images, people, organisations, sections): everything, given the model's
  view permission, else nothing.
"""

from functools import partial

from django import forms
from django.db import models

from .. import roles
from ..models import Article, Block, Quote

STORY_PARTS = (Block, Quote)


def choices_for(db_field, user, story=None):
    """The rows user may choose in this foreign key; story is the story being edited, when there is one."""
    model = db_field.related_model
    rows = model._default_manager.all()
    if model in STORY_PARTS:
        if story is not None:
            return rows.filter(article_id=story.pk) if story.pk else rows.none()
        return rows.filter(article__in=roles.editable_stories(user, Article.objects.all()))
    if model is Article:
        if db_field.name == "article":
            return roles.editable_stories(user, rows)
        return roles.visible_stories(user, rows)
    if user.has_perm(f"{model._meta.app_label}.view_{model._meta.model_name}"):
        return rows
    return rows.none()


class ScopedChoices:
    """Builds every foreign key field of the admin's forms with ``choices_for``."""

    def formfield_for_dbfield(self, db_field, request, story=None, **kwargs):
        if isinstance(db_field, models.ForeignKey) and "queryset" not in kwargs:
            kwargs["queryset"] = choices_for(db_field, request.user, story)
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class ScopedModelAdmin(ScopedChoices):
    def get_form(self, request, obj=None, **kwargs):
        story = obj if isinstance(obj, Article) else getattr(obj, "article", None)
        kwargs.setdefault("formfield_callback", partial(self.formfield_for_dbfield, request=request, story=story))
        return super().get_form(request, obj, **kwargs)


class ScopedInline(ScopedChoices):
    def get_formset(self, request, obj=None, **kwargs):
        # Inside the story form the story is obj, or a story not saved yet, which has no parts to offer.
        story = obj or Article()
        kwargs.setdefault("formfield_callback", partial(self.formfield_for_dbfield, request=request, story=story))
        return super().get_formset(request, obj, **kwargs)


class StoryPartForm(forms.ModelForm):
    """A part edited on its own page: the block or quote it points at must be in the same story."""

    def clean(self):
        cleaned_data = super().clean()
        story = cleaned_data.get("article") if "article" in self.fields else None
        story_id = story.pk if story is not None else self.instance.article_id
        for name, value in list(cleaned_data.items()):
            if isinstance(value, STORY_PARTS) and value.article_id != story_id:
                self.add_error(name, f"Choose a {value._meta.verbose_name} of this story.")
        return cleaned_data
