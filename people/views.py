from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Q
from django.views.generic import DetailView, ListView

from articles.models import Article, Block, Image, Mention, Quote

from .models import Organization, Person

QUOTES_PER_PAGE = 20
STORIES_PER_PAGE = 20
PHOTOS_PER_PAGE = 12


@dataclass(frozen=True)
class Portrait:
    """A person's photo in the shape the picture tag expects of an Image."""

    file: object
    alt_text: str
    width: int | None = None
    height: int | None = None


def paginate(request, queryset, per_page, param):
    """One page of a list, its page number read from its own query parameter.

    A page number that is not a number, or past the end, shows the nearest page rather than an error.
    """
    return Paginator(queryset, per_page).get_page(request.GET.get(param))


def published_photos():
    """Images readers can see: the lead or an inline photo of a public story."""
    published = Article.objects.published()
    # Correlated look-ups per photo, so a photographer's page reads only their photos' stories.
    as_lead = published.filter(lead_image=OuterRef("pk"))
    in_body = Block.objects.filter(image=OuterRef("pk")).filter(Exists(published.filter(pk=OuterRef("article_id"))))
    return Image.objects.exclude(file="").filter(Exists(as_lead) | Exists(in_body))


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
        person, request = self.object, self.request
        published = Article.objects.published()
        context["portrait"] = Portrait(person.photo, alt_text=person.name) if person.photo else None
        context["role"] = person.title or (
            Mention.objects.filter(person=person, article__in=published).exclude(role="")
            .order_by("-article__published_at").values_list("role", flat=True).first()
        )
        context["quotes"] = paginate(
            request,
            Quote.objects.published().filter(speaker=person).select_related("article__section")
            .order_by("-article__published_at", "article_id", "position", "id"),
            QUOTES_PER_PAGE, "quotes",
        )
        mentioned = Mention.objects.filter(person=person).values("article_id")
        quoted = Quote.objects.filter(speaker=person).values("article_id")
        context["mentions"] = paginate(
            request,
            published.filter(Q(id__in=mentioned) | Q(id__in=quoted)).select_related("section").newest_first(),
            STORIES_PER_PAGE, "stories",
        )
        context["bylined"] = paginate(
            request,
            published.filter(bylines__person=person).select_related("section").newest_first(),
            STORIES_PER_PAGE, "by",
        )
        context["photos"] = paginate(
            request, published_photos().filter(photographer=person).select_related("agency"),
            PHOTOS_PER_PAGE, "photos",
        )
        return context


class OrganizationDetailView(DetailView):
    template_name = "people/organization_detail.html"
    context_object_name = "organization"
    queryset = Organization.objects.all()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["photos"] = paginate(
            self.request, published_photos().filter(agency=self.object).select_related("photographer"),
            PHOTOS_PER_PAGE, "photos",
        )
        return context
