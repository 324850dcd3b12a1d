"""Staff preview: a story exactly as readers will see it, before they can.

The preview is the article page's own view and template, whatever the story's status, with a
"Preview — not published" banner (the ``preview`` context flag). A story without a publish time
is shown as if published now, which is what readers would get. Only signed-in staff who may open
the story in the admin get it (contributors: their own stories); everyone else gets the same 404
as for a story that does not exist. Previews are never cached or indexed.

The story form's "Preview" button shows the same page for what the form holds before it is saved
(``unsaved_preview_response``; the rows are written and rolled back by ``articles/admin/previewing.py``).
"""

from django.http import Http404
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache

from . import article_page, roles
from .views import ArticleDetailView


def preview_status(article, *, timed):
    """The banner's account of where the story stands."""
    parts = [f"Status: {article.display_status}."]
    moment = timezone.localtime(article.published_at)
    if timed:
        parts.append(f"Publish time: {moment:%Y-%m-%d %H:%M %Z}.")
    else:
        parts.append("No publish time yet: shown as if published now.")
    if article.embargo_until:
        parts.append(f"Embargoed until {timezone.localtime(article.embargo_until):%Y-%m-%d %H:%M %Z}.")
    return " ".join(parts)


@method_decorator(never_cache, name="dispatch")
class ArticlePreviewView(ArticleDetailView):
    unsaved = False

    def get_object(self, queryset=None):
        article = article_page.any_story(self.kwargs["pk"])
        if article is None or not roles.may_see_story(self.request.user, article):
            raise Http404("No story here.")
        return article

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        return self.preview_response()

    def preview_response(self):
        self.timed = self.object.published_at is not None
        if not self.timed:
            self.object.published_at = timezone.now()
        response = self.render_to_response(self.get_context_data(object=self.object))
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["preview"] = True
        context["preview_unsaved"] = self.unsaved
        context["preview_status"] = preview_status(self.object, timed=self.timed)
        return context


def unsaved_preview_response(request, pk):
    """The preview page of a story as just written in the current transaction (not rendered yet).

    The caller has already checked that the user may edit the story, and renders the response
    before rolling the transaction back.
    """
    view = ArticlePreviewView(unsaved=True)
    view.setup(request, pk=pk)
    view.object = article_page.any_story(pk)
    response = view.preview_response()
    add_never_cache_headers(response)
    return response
