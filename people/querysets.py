import unicodedata

from django.db import models


def normalise_name(name):
    """Fold a person's name for matching: NFKD without accents, lower case, single spaces."""
    decomposed = unicodedata.normalize("NFKD", name or "")
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.replace(".", " ").split()).casefold()


class PersonQuerySet(models.QuerySet):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)

    def matching_name(self, name):
        """People whose normalised name equals this one's."""
        return self.filter(normalized_name=normalise_name(name))


class OrganizationQuerySet(models.QuerySet):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)

    def agencies(self):
        """News agencies, the organisations credited for photos."""
        return self.filter(kind=self.model.Kind.NEWS_AGENCY)
