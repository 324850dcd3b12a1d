from datetime import date, datetime

import django_filters
from django import forms
from django.core.validators import slug_re
from django.db.models import Q
from django.forms.renderers import Jinja2 as Jinja2FormRenderer
from django.utils import timezone

from newsroom.prepared import PreparedQuery
from people.models import Person

from .models import Article, Section


def section_choices():
    """Every section in tree order, subsections indented under their parent."""
    return [
        (path, "\u2003" * path.count("/") + name)
        for path, name in Section.objects.order_by("path").values_list("path", "name")
    ]


# Everyone ever quoted is thousands of people in an archive: seconds to find and a huge
# <select> on every listing. The menu offers the people of the latest stories, plus the one asked for.
PEOPLE_FROM_LATEST_STORIES = 30


def people_in_latest_stories(now=None):
    """People quoted or mentioned in the latest published stories."""
    latest = Article.objects.published(now).newest_first().values("id")[:PEOPLE_FROM_LATEST_STORIES]
    return Person.objects.appearing_in(latest)


# Every listing page asks for it, unfiltered: compiled once per process, since Django spends
# longer compiling its four nested queries than the database spends answering them.
LATEST_PEOPLE = PreparedQuery(
    lambda now: people_in_latest_stories(now).order_by("name").values_list("slug", "name"),
    now=datetime,
)


def person_choices(selected=None):
    """People quoted or mentioned in the latest published stories (and the selected one), by name."""
    # The selected value comes straight from the query string: only a slug reaches the database.
    if not (selected and slug_re.match(selected)):
        return LATEST_PEOPLE.run(now=timezone.now())
    chosen = Person.objects.public().filter(slug=selected)
    return list((people_in_latest_stories() | chosen).order_by("name").values_list("slug", "name"))


class DateInput(forms.DateInput):
    """A native date picker; a malformed date is not echoed back, as the picker could not show it."""

    input_type = "date"

    def format_value(self, value):
        if isinstance(value, str):
            try:
                date.fromisoformat(value)
            except ValueError:
                return None
        return super().format_value(value)


class ReaderFilterForm(forms.Form):
    """The readers' filter form, its widgets drawn with Django's Jinja2 widget templates.

    Django's template language draws each <option> through an include, a large share of an
    uncached listing page (figures in docs/performance.md). The admin's forms keep the default
    renderer (its widgets have no Jinja2 twins).
    """

    default_renderer = Jinja2FormRenderer()


class ArticleFilter(django_filters.FilterSet):
    """Date range, section (with its subsections) and a person quoted or mentioned."""

    published_after = django_filters.DateFilter(
        field_name="published_at", lookup_expr="date__gte", label="From", widget=DateInput,
    )
    published_before = django_filters.DateFilter(
        field_name="published_at", lookup_expr="date__lte", label="To", widget=DateInput,
    )
    section = django_filters.ChoiceFilter(
        choices=section_choices, method="filter_section", label="Section", empty_label="All sections",
    )
    person = django_filters.ChoiceFilter(
        choices=person_choices, method="filter_person", label="Person quoted or mentioned",
        empty_label="Anyone",
    )

    class Meta:
        model = Article
        fields = []
        form = ReaderFilterForm

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Lists, not callables: validating and then drawing the form reads each once.
        selected = self.data.get("person") if self.data else None
        for name, choices in (("section", section_choices), ("person", lambda: person_choices(selected))):
            if name in self.filters:
                self.filters[name].extra["choices"] = choices()

    def filter_section(self, queryset, name, value):
        return queryset.filter(Q(section__path=value) | Q(section__path__startswith=f"{value}/"))

    def filter_person(self, queryset, name, value):
        return queryset.quoting_or_mentioning(Person.objects.filter(slug=value))


class SectionArticleFilter(ArticleFilter):
    """The section page's filters: the section is the page's own."""

    section = None
