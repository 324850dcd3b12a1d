"""Who is public, as QuerySet methods of each model.

The stories, quotes and photos that decide it are reached through the models' relations
(``articles`` points at ``people``, never the other way round).
"""

import unicodedata

from django.db import models
from django.db.models import Exists, OuterRef, Q


def normalise_name(name):
    """Fold a person's name for matching: NFKD without accents, lower case, single spaces."""
    decomposed = unicodedata.normalize("NFKD", name or "")
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.replace(".", " ").split()).casefold()


def related_model(model, name):
    """The model at the other end of ``model``'s relation ``name``."""
    return model._meta.get_field(name).related_model


class PersonQuerySet(models.QuerySet):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)

    def matching_name(self, name):
        """People whose normalised name equals this one's."""
        return self.filter(normalized_name=normalise_name(name))

    def public(self, now=None):
        """People readers may know of: a public story quotes, mentions or bylines them, or credits their photo.

        Nobody else gets a page, a place in the list or the sitemap: an anonymous source or a
        defendant named only in a draft or an embargoed story stays unknown until it runs.
        Correlated look-ups per person, so checking one person reads only their own rows.
        """
        stories = related_model(self.model, "bylined_articles").objects.published(now)
        quotes, mentions = related_model(self.model, "quotes"), related_model(self.model, "mentions")
        photos = related_model(self.model, "photos")
        return self.filter(
            Exists(quotes.objects.filter(speaker=OuterRef("pk"), article__in=stories))
            | Exists(mentions.objects.filter(person=OuterRef("pk"), article__in=stories))
            | Exists(stories.filter(bylines__person=OuterRef("pk")))
            | Exists(photos.objects.public(now).filter(photographer=OuterRef("pk")))
        )

    def appearing_in(self, stories):
        """People quoted or mentioned in these stories (a queryset of a few stories' ids).

        Listed from the stories' side: for the latest thirty stories that is a few dozen rows,
        where a test per person would visit everyone ever quoted.
        """
        quotes, mentions = related_model(self.model, "quotes"), related_model(self.model, "mentions")
        return self.filter(
            Q(id__in=quotes.objects.filter(article__in=stories).values("speaker_id"))
            | Q(id__in=mentions.objects.filter(article__in=stories).values("person_id"))
        )


class OrganizationQuerySet(models.QuerySet):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)

    def public(self, now=None):
        """Organisations readers may know of: credited for a photo readers can see."""
        photos = related_model(self.model, "photos")
        return self.filter(Exists(photos.objects.public(now).filter(agency=OuterRef("pk"))))
