from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import to_locale
from django.templatetags.static import static
from django.views.generic import DetailView, ListView, RedirectView, TemplateView
from django_filters.views import FilterView

from newsroom.pagecache.keys import ISO_DATE, PAGE_NUMBER, SECTION_PATH, SLUG
from newsroom.paginators import DeferredJoinPaginator

from . import article_page, search, structured_data
from .filters import ArticleFilter, SectionArticleFilter
from .models import Article, Block, Section
from .renditions import crops_for

# Stories under "More in <section>" on an article page.
MORE_IN_SECTION = 5


class ArticleListView(FilterView):
    """The home page: the stories editors placed on it, then the newest first; filterable by date range, section and person.

    The placed stories lead the first page; every page of the rest leaves them out, so no story
    shows twice. A filtered list is the plain newest-first list: it answers a reader's question.
    """

    filterset_class = ArticleFilter
    template_name = "articles/home.html"
    context_object_name = "articles"
    paginate_by = 20
    paginator_class = DeferredJoinPaginator
    # The query parameters this page reads, and the one form of each the page cache keys on.
    page_cache_parameters = {
        "page": PAGE_NUMBER, "published_after": ISO_DATE, "published_before": ISO_DATE,
        "section": SECTION_PATH, "person": SLUG,
    }

    def get_queryset(self):
        now = timezone.now()
        self.cards = Article.objects.published(now).for_listing().newest_first()
        # One query for which stories lead, whatever their number; their cards come with the page's own.
        placed = Article.objects.on_front_page(self.front_page_section(), now)
        self.placed_ids = [] if self.is_filtered() else list(placed.values_list("pk", flat=True))
        return self.cards.exclude(pk__in=self.placed_ids) if self.placed_ids else self.cards

    def front_page_section(self):
        """Whose front page this is: None for the home page."""
        return None

    def is_filtered(self):
        return any(self.request.GET.get(name) for name in self.filterset_class.base_filters)

    def get_paginator(self, queryset, per_page, **kwargs):
        return super().get_paginator(queryset, per_page, rows=self.cards, pinned=self.placed_ids, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = context.get("page_obj")
        context["front_page"] = page.pinned if page is not None else []
        return context


class SectionView(ArticleListView):
    filterset_class = SectionArticleFilter
    template_name = "articles/section_detail.html"
    page_cache_parameters = {
        name: form for name, form in ArticleListView.page_cache_parameters.items() if name != "section"
    }

    def get_queryset(self):
        self.section = get_object_or_404(
            Section.objects.select_related("parent__parent"), path=self.kwargs["section_path"]
        )
        return super().get_queryset().in_section(self.section)

    def front_page_section(self):
        return self.section

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["section"] = self.section
        context["subsections"] = self.section.children.order_by("order", "name")
        return context


class ArticleDetailView(DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"
    page_cache_parameters = {}

    def get_object(self, queryset=None):
        story = article_page.public_story(self.kwargs["section_path"], self.kwargs["slug"])
        if story is None:
            raise Http404("No story here.")
        return story

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        # A wrong date in the URL still finds the story; send readers to its one true address.
        if request.path != self.object.get_absolute_url():
            return redirect(self.object, permanent=True)
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        context["related_blocks"] = [
            b for b in article.page_blocks if b.kind == Block.Kind.RELATED and b.related_title
        ]
        linked = {b.link_article_id for b in context["related_blocks"] if b.link_article_id}
        context["more_in_section"] = article_page.more_in_section(article, MORE_IN_SECTION, leave_out=linked)
        image = structured_data.story_image(article)
        crops = crops_for(image) if image else []
        context["share_image"] = crops[0] if crops else None
        context["share_image_alt"] = image.alt_text if image else ""
        context["og_locale"] = to_locale(settings.LANGUAGE_CODE)
        context["json_ld"] = structured_data.json_ld(structured_data.news_article(
            article, images=[crop.absolute_url for crop in crops],
        ))
        return context


class SearchView(ListView):
    template_name = "articles/search.html"
    context_object_name = "articles"
    paginate_by = 20
    # Searches are kept only as the search box sends them back (see search.is_clean_query).
    page_cache_parameters = {"page": PAGE_NUMBER, "q": search.is_clean_query}

    def get_queryset(self):
        self.query = search.clean_query(self.request.GET.get("q", ""))
        return search.search_articles(self.query, Article.objects.published().for_listing())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["query"] = self.query
        context["articles"] = search.attach_passages(context["articles"], self.query)
        return context


class FaviconView(RedirectView):
    """/favicon.ico, which browsers and feed readers ask for whatever the page links to."""

    permanent = True
    page_cache_parameters = {}

    def get_redirect_url(self, *args, **kwargs):
        return static("img/favicon.ico")


class RobotsView(TemplateView):
    template_name = "robots.txt"
    content_type = "text/plain; charset=utf-8"
    page_cache_parameters = {}
