from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from articles.models import Article, Image, Quote

from .models import Organization, Person


class PersonListView(ListView):
    template_name = "people/person_list.html"
    context_object_name = "people"
    paginate_by = 100
    queryset = Person.objects.order_by("name")


class PersonDetailView(DetailView):
    template_name = "people/person_detail.html"
    context_object_name = "person"
    queryset = Person.objects.all()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        person = self.object
        context["quotes"] = (
            Quote.objects.published().filter(speaker=person)
            .select_related("article", "article__section")
            .order_by("-article__published_at", "position")[:100]
        )
        context["articles"] = (
            Article.objects.published().filter(mentions__person=person)
            .select_related("section").newest_first().distinct()[:50]
        )
        context["photos"] = Image.objects.filter(photographer=person).select_related("agency")[:50]
        return context


class OrganizationDetailView(DetailView):
    template_name = "people/organization_detail.html"
    context_object_name = "organization"
    queryset = Organization.objects.all()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["photos"] = Image.objects.filter(agency=self.object).select_related("photographer")[:50]
        return context
