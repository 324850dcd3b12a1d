"""Preview from the story form: the reader's page for what the form holds, with nothing kept.

The form's "Preview" button posts the whole form here (into a dialog over the form, or a new tab
without scripts). The story and its parts are checked exactly as saving checks them: the same
permissions (a Contributor previews only a story they may edit), the same fields, body document
and stale-save check. They are then written as saving writes them, inside a transaction that is
always rolled back once the reader's page (the article view and template themselves, see
``articles/preview.py``) has been rendered from those rows. So nothing persists: no row, no
version, no log entry, and the work a commit sets off (a new page-cache generation, photo
renditions, notification mail, all ``on_commit`` callbacks) is dropped with the transaction.

Input that would not save gets a page saying what to correct, never a server error. Preview
pages are never cached (the admin's views send ``no-cache``) nor indexed, and may be framed by
the admin's own pages only (the dialog).
"""

from csp.decorators import csp_replace
from django.contrib.admin.utils import flatten_fieldsets, unquote
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied
from django.db import router, transaction
from django.forms.formsets import all_valid
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import capfirst
from django.views.decorators.clickjacking import xframe_options_sameorigin

from .. import preview


@xframe_options_sameorigin
@csp_replace({"frame-ancestors": ["'self'"]})
def preview_story(model_admin, request, object_id=None):
    """Render the reader's page from a posted story form, then roll every write back."""
    add = object_id is None
    if request.method != "POST":
        # Nothing to preview without a form: back to it.
        return redirect(
            reverse("admin:articles_article_add") if add
            else reverse("admin:articles_article_change", args=[object_id])
        )
    if add:
        if not model_admin.has_add_permission(request):
            raise PermissionDenied
        obj = None
    else:
        obj = model_admin.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404("No story here.")
        if not model_admin.has_change_permission(request, obj):
            raise PermissionDenied
    fieldsets = model_admin.get_fieldsets(request, obj)
    form_class = model_admin.get_form(request, obj, change=not add, fields=flatten_fieldsets(fieldsets))
    with transaction.atomic(using=router.db_for_write(model_admin.model)):
        try:
            form = form_class(request.POST, request.FILES, instance=obj)
            formsets, _ = model_admin._create_formsets(request, form.instance, change=not add)
            form_valid = form.is_valid()
            if all_valid(formsets) and form_valid:
                # What "Save" writes, in the order it writes it (ModelAdmin._changeform_view).
                article = model_admin.save_form(request, form, change=not add)
                model_admin.save_model(request, article, form, not add)
                model_admin.save_related(request, form, formsets, not add)
                response = preview.unsaved_preview_response(request, article.pk)
            else:
                response = TemplateResponse(request, "admin/articles/article/preview_errors.html", {
                    **model_admin.admin_site.each_context(request),
                    "opts": model_admin.opts,
                    "title": "Not ready to preview",
                    "problems": form_problems(form, formsets),
                })
            # Rendered while the rows are there to read.
            response.render()
        finally:
            transaction.set_rollback(True)
    return response


def form_problems(form, formsets):
    """(where, message) for each error of the story form and its inlines, in the form's order."""
    problems = []
    for name, messages in form.errors.items():
        where = None if name == NON_FIELD_ERRORS or name not in form.fields else form[name].label
        problems += [(where, message) for message in messages]
    for formset in formsets:
        part = capfirst(formset.model._meta.verbose_name)
        for number, row in enumerate(formset.forms, start=1):
            for name, messages in row.errors.items():
                label = row[name].label if name in row.fields else None
                where = f"{part} {number}" + (f", {str(label).lower()}" if label else "")
                problems += [(where, message) for message in messages]
        problems += [(capfirst(formset.model._meta.verbose_name_plural), m) for m in formset.non_form_errors()]
    return problems
