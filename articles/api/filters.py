"""The story list's filters: section (with its subsections), person, tag, times and search."""

import django_filters
from django.db.models import Q

from articles import search
from articles.models import Article, Byline, Section
from people.models import Person


class StoryFilter(django_filters.FilterSet):
    section = django_filters.CharFilter(
        method="filter_section", label="Section path (e.g. world/europe); its subsections' stories are included.",
    )
    person = django_filters.CharFilter(
        method="filter_person", label="Slug of a person quoted, mentioned or in the byline.",
    )
    tag = django_filters.CharFilter(field_name="tags__slug", label="Tag slug.")
    published_since = django_filters.IsoDateTimeFilter(
        field_name="published_at", lookup_expr="gte", label="Published at or after this time (ISO 8601).",
    )
    updated_since = django_filters.IsoDateTimeFilter(
        method="filter_updated_since", label="Published or updated at or after this time (ISO 8601).",
    )
    q = django_filters.CharFilter(method="filter_search", label="Words to search for.")

    class Meta:
        model = Article
        fields = []

    def filter_section(self, queryset, name, value):
        section = Section.objects.filter(path=value.strip("/")).first()
        return queryset.in_section(section) if section else queryset.none()

    def filter_person(self, queryset, name, value):
        people = Person.objects.filter(slug=value)
        bylined = Byline.objects.filter(person__in=people).values("article_id")
        quoting_or_mentioning = Article.objects.quoting_or_mentioning(people).values("pk")
        return queryset.filter(Q(pk__in=bylined) | Q(pk__in=quoting_or_mentioning))

    def filter_updated_since(self, queryset, name, value):
        return queryset.filter(Q(published_at__gte=value) | Q(updated_at__gte=value))

    def filter_search(self, queryset, name, value):
        query = search.clean_query(value)
        return search.search_articles(query, queryset) if query else queryset
