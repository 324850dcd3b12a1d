from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Count, FilteredRelation, Q
from django.views.generic import DetailView, ListView

from newsroom.pagecache.keys import PAGE_NUMBER

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


# What a story's line on a person's page shows: headline, link, section name and date.
STORY_FIELDS = ("headline", "slug", "section_id", "published_at", "created_at", "section__name", "section__path")


class PageRowsPaginator(Paginator):
    """Sorts the list's ids alone, then loads only the page's rows, with their joins, from ``rows``.

    For a person quoted in 5,000 stories the database would otherwise carry every column of
    every quote and its story through the sort, to show 20. A count found beforehand can be given.
    """

    def __init__(self, object_list, per_page, *, rows, count=None):
        super().__init__(object_list, per_page)
        self.rows = rows
        if count is not None:
            self.count = count

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        ids = list(self.object_list.values_list("pk", flat=True)[bottom:bottom + self.per_page])
        found = {row.pk: row for row in self.rows.filter(pk__in=ids)}
        return self._get_page([found[pk] for pk in ids if pk in found], number, self)


def paginate(request, queryset, per_page, param, **kwargs):
    """One page of a list, its page number read from its own query parameter.

    A page number that is not a number, or past the end, shows the nearest page rather than an error.
    """
    paginator = PageRowsPaginator(queryset, per_page, **kwargs) if "rows" in kwargs else Paginator(queryset, per_page)
    return paginator.get_page(request.GET.get(param))


class PersonListView(ListView):
    template_name = "people/person_list.html"
    context_object_name = "people"
    paginate_by = 100
    queryset = Person.objects.public().order_by("name")
    page_cache_parameters = {"page": PAGE_NUMBER}


class PersonDetailView(DetailView):
    """A public person's quotes, stories and photos; anyone else is a 404 (see PersonQuerySet.public)."""

    template_name = "people/person_detail.html"
    context_object_name = "person"
    queryset = Person.objects.public()
    # Each list on the page has its own page number.
    page_cache_parameters = {"quotes": PAGE_NUMBER, "stories": PAGE_NUMBER, "by": PAGE_NUMBER, "photos": PAGE_NUMBER}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        person, request = self.object, self.request
        # Stories, quotes and photos through the person's relations: articles depends on people, not back.
        published = person.bylined_articles.model.objects.published()
        context["portrait"] = Portrait(person.photo, alt_text=person.name) if person.photo else None
        context["role"] = person.title or (
            person.mentions.in_public_stories().exclude(role="")
            .order_by("-article__published_at").values_list("role", flat=True).first()
        )
        mentioned = person.mentions.order_by().values("article_id")
        quoted = person.quotes.order_by().values("article_id")
        stories = published.quoting_or_mentioning([person])
        # Counted over one list of their story ids (SQLite then looks up each story once, not
        # once per list); listed with two tests, which lets PostgreSQL walk the public listing
        # index newest first and stop at the page.
        counts = count_quotes_and_stories(person, published.filter(id__in=mentioned.union(quoted)))
        story_rows = published.model.objects.select_related("section").only(*STORY_FIELDS)
        context["quotes"] = paginate(
            request, person.quotes.published_newest_first(), QUOTES_PER_PAGE, "quotes",
            count=counts["quotes"], rows=person.quotes.model.objects.select_related("article__section").only(
                "text", "context", "article_id", *(f"article__{field}" for field in STORY_FIELDS),
            ),
        )
        context["mentions"] = paginate(
            request, stories.newest_first(), STORIES_PER_PAGE, "stories", count=counts["stories"], rows=story_rows,
        )
        context["bylined"] = paginate(
            request, published.filter(bylines__person=person).newest_first(), STORIES_PER_PAGE, "by", rows=story_rows,
        )
        photos = paginate(
            request, person.photos.public().select_related("agency"), PHOTOS_PER_PAGE, "photos",
        )
        # They took every one of these photos: their credit needs no query per photo.
        for photo in photos:
            photo.photographer = person
        context["photos"] = photos
        return context


def count_quotes_and_stories(person, stories):
    """How many public quotes of the person there are, and public stories quoting or mentioning them.

    One pass over those stories answers both, joining each to the person's quotes in it: counting
    quotes apart would test every quote's story for visibility a second time.
    """
    return stories.annotate(own_quotes=FilteredRelation("quotes", condition=Q(quotes__speaker=person))).order_by().aggregate(
        stories=Count("pk", distinct=True), quotes=Count("own_quotes__article"),
    )


class OrganizationDetailView(DetailView):
    """An organisation credited for photos readers can see; anyone else is a 404."""

    template_name = "people/organization_detail.html"
    context_object_name = "organization"
    queryset = Organization.objects.public()
    page_cache_parameters = {"photos": PAGE_NUMBER}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["photos"] = paginate(
            self.request, self.object.photos.public().select_related("photographer"),
            PHOTOS_PER_PAGE, "photos",
        )
        return context
