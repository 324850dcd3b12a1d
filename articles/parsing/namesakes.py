"""The people of a story filed by the words of their names, so that a new name is compared with
the few people it could stand for, not with all of them."""

from bisect import insort
from operator import attrgetter

from .namecues import first_fitting, middle_surnames

_ORDER = attrgetter("order")


class Namesakes:
    """Indexes of the people found so far, kept in the order they were found: by surname (fixed
    once a person exists: a longer name keeps the last word), by surname and first word, and
    those of one word or of three by that word."""

    def __init__(self, by_surname):
        self.by_surname = by_surname
        self._by_surname_and_first, self._one_word, self._three_words = {}, {}, {}

    def of(self, tokens, single, family_name_first):
        """The people a name may stand for, in the order they were found: those sharing its
        surname or (for "Mr Lim") opening with its one word. The caller takes the first that fits:
        a name of one word fits everyone with that surname, so the first is enough; a longer name
        fits those whose first word is its own, or whose name is the surname alone. Those few
        are read from indexes rid of people who have since grown a longer name (names only
        grow): a story of many namesakes is not read through per name."""
        surname, first = tokens[-1], tokens[0]
        if single:
            same = self.by_surname.get(surname, [])[:1]
            if family_name_first:  # or a three-word name opening with it: "Lim Boon Keat"
                same += first_fitting(self._three_words.get(first), first, 3)
        else:
            sharing_first, one_word = self._by_surname_and_first.get((surname, first)), self._one_word.get(surname)
            if not sharing_first and not one_word:
                return []  # (a name the story has not used before)
            same = first_fitting(sharing_first, first, None) + first_fitting(one_word, None, 1)
        if len(same) > 1 and same[0].order > same[1].order:
            same.reverse()  # (two at most)
        return same

    def with_second_surname(self, tokens):
        """The person of three words a name of two is the given name and first surname of
        ("Juana Catrileo" for "Juana Catrileo Maripán", as middle_surnames reads "Catrileo"
        alone); else None."""
        if len(tokens) != 2:
            return None
        for person in first_fitting(self._three_words.get(tokens[0]), tokens[0], 3):
            if person.words[1] == tokens[1] and any(middle_surnames([person], self.by_surname)):
                return person
        return None

    def file(self, person, words, *, created=False):
        """File a person under the keys of its current name (``words``), in the order people were
        found (one just created comes last)."""
        if created:
            self.by_surname.setdefault(words[-1], []).append(person)
        keyed = ((self._by_surname_and_first, (words[-1], words[0])),)
        if len(words) == 1:
            keyed += ((self._one_word, words[0]),)
        elif len(words) == 3:
            keyed += ((self._three_words, words[0]),)
        for index, key in keyed:
            if created:
                index.setdefault(key, []).append(person)
            else:
                insort(index.setdefault(key, []), person, key=_ORDER)

    def rename(self, person, name):
        person.name = name
        person.words = name.split()
        self.file(person, person.words)
