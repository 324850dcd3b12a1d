from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.views.generic import DetailView, ListView

from .models import Article, Section


class HomeView(ListView):
    template_name = "articles/home.html"
    context_object_name = "articles"
    paginate_by = 20

    def get_queryset(self):
        return Article.objects.published().for_listing().newest_first()


class SectionView(ListView):
    template_name = "articles/section_detail.html"
    context_object_name = "articles"
    paginate_by = 20

    def get_queryset(self):
        self.section = get_object_or_404(
            Section.objects.select_related("parent"), path=self.kwargs["section_path"]
        )
        return Article.objects.published().in_section(self.section).for_listing().newest_first()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["section"] = self.section
        context["subsections"] = self.section.children.order_by("order", "name")
        return context


class ArticleDetailView(DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.published().for_detail().filter(section__path=self.kwargs["section_path"])

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        # A wrong date in the URL still finds the story; send readers to its one true address.
        if request.path != self.object.get_absolute_url():
            return redirect(self.object, permanent=True)
        return self.render_to_response(self.get_context_data(object=self.object))


class SearchView(ListView):
    template_name = "articles/search.html"
    context_object_name = "articles"
    paginate_by = 20

    def get_queryset(self):
        self.query = " ".join(self.request.GET.get("q", "").split())[:200]
        if not self.query:
            return Article.objects.none()
        from django.db.models import Q

        match = Q(headline__icontains=self.query) | Q(dek__icontains=self.query) | Q(
            blocks__text__icontains=self.query
        )
        ids = Article.objects.published().filter(match).values("id")
        return Article.objects.filter(id__in=ids).for_listing().newest_first()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["query"] = self.query
        return context
