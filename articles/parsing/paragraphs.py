"""A paragraph read for attribution: case-blind searches in its lower case, the words of a
long subject counted from an index, and the timeline of who was named or spoke where."""

import re
from bisect import bisect_left, bisect_right, insort
from itertools import accumulate
from operator import itemgetter

from .words import FEMALE_WORDS, GENERIC_PERSON_NOUNS, MALE_WORDS, TITLE_WORDS, word_set

# Nouns that make a subject a person ("a spokesperson", "one mother", "a local").
PERSON_NOUNS = TITLE_WORDS | FEMALE_WORDS | MALE_WORDS | GENERIC_PERSON_NOUNS | word_set("source local")
WORD = re.compile(r"[\w-]+")

WORD = re.compile(r"[\w-]+")


_INDEFINITE_WORDS = ("a", "an", "one", "another")


def unnamed_speaker(words):
    """(True, gender) when a subject's lower-case words open "a"/"one" and name a person
    ("a spokesperson", "one mother"); else None."""
    if words and words[0] in _INDEFINITE_WORDS and any(w in PERSON_NOUNS for w in words):
        return True, "f" if FEMALE_WORDS & set(words) else "m" if MALE_WORDS & set(words) else None
    return None


# Past this length a subject's words are read from its paragraph's index (see ParagraphWords).
LONG_PHRASE = 200


class ParagraphWords:
    """The lower-case words of one paragraph, with running counts of person nouns and gendered
    words among them, for ``unnamed_speaker`` asked about long stretches of it.

    In a paste without full stops one subject may be a thousand characters long,
    and reading its words again for every verb was most of the time of such a paste. A
    stretch's words are the paragraph's words inside it, the first and last cut at its ends,
    so only those two are read; the rest are counted by subtraction.
    """

    def __init__(self, text):
        lowered = text.lower()
        # Lower case keeps offsets except for "İ" (two characters); then nothing is indexed.
        self.text, self.lowered = text, lowered if len(lowered) == len(text) else None
        spans = [match.span() for match in WORD.finditer(self.lowered or "")]
        self.starts, self.ends = [start for start, _ in spans], [end for _, end in spans]
        words = [self.lowered[start:end] for start, end in spans]
        self.counts = {name: list(accumulate(map(vocabulary.__contains__, words), initial=0))
                       for name, vocabulary in (("person", PERSON_NOUNS), ("f", FEMALE_WORDS), ("m", MALE_WORDS))}

    def unnamed_speaker(self, start, end):
        """``unnamed_speaker`` of the words of text[start:end]."""
        if self.lowered is None:
            return unnamed_speaker(WORD.findall(self.text[start:end].lower()))
        lowered, starts, ends = self.lowered, self.starts, self.ends
        first, last = bisect_right(ends, start), bisect_left(starts, end) - 1
        if first > last:
            return None
        opening = lowered[max(starts[first], start):min(ends[first], end)]
        if opening not in _INDEFINITE_WORDS:
            return None
        closing = lowered[starts[last]:min(ends[last], end)] if last > first else opening

        def holds(name, vocabulary):
            counts = self.counts[name]
            return opening in vocabulary or closing in vocabulary or counts[last] > counts[first + 1]

        if not holds("person", PERSON_NOUNS):
            return None
        return True, "f" if holds("f", FEMALE_WORDS) else "m" if holds("m", MALE_WORDS) else None


# Lower case keeps a text's offsets, and a pattern that ignores case finds the same there
# written in lower case (twice as fast to search), except where the text holds "İ", "ı" or
# "ſ": "İ" lowers to two characters, "ı" and "ſ" match "i" and "s" when case is ignored.


class CaseBlind:
    """A pattern, written in lower case, that ignores case: both compiled forms."""

    __slots__ = ("lower", "blind")

    def __init__(self, pattern):
        self.lower, self.blind = re.compile(pattern), re.compile(pattern, re.IGNORECASE)


class Paragraph:
    """A paragraph's text and its lower case, made once for all the quotes in it: the words
    around every quote are searched for speech verbs and attribution phrases."""

    __slots__ = ("text", "lowered", "may_put_it", "may_accord")

    def __init__(self, text):
        lowered = text.lower()
        self.text = text
        self.lowered = None if "İ" in text or "ı" in text or "ſ" in text else lowered
        # Phrases most paragraphs lack, so that no quote in them looks for them.
        self.may_put_it = "put" in lowered or "word" in lowered
        self.may_accord = "ccord" in lowered

    def holds(self, letters, start, end):
        """Whether text[start:end] holds ``letters``, in any case (letters that lower case
        leaves in place)."""
        if self.lowered is None:
            return letters in self.text[start:end].lower()
        return self.lowered.find(letters, start, end) >= 0

    def finditer(self, pattern, start, end):
        """A CaseBlind pattern's matches in text[start:end] (their groups in lower case)."""
        if self.lowered is None:
            return pattern.blind.finditer(self.text, start, end)
        return pattern.lower.finditer(self.lowered, start, end)

    def search(self, pattern, start, end):
        if self.lowered is None:
            return pattern.blind.search(self.text, start, end)
        return pattern.lower.search(self.lowered, start, end)

    def match(self, pattern, start, end):
        if self.lowered is None:
            return pattern.blind.match(self.text, start, end)
        return pattern.lower.match(self.lowered, start, end)


class Timeline:
    """Who was named or spoke where, asked "who came last before this point?".

    Events are ``((block index, offset), who)``. Each question (a pronoun of one gender, a
    title) gets its own sorted list of the events that answer it, made on first use, so asking
    is a binary search rather than a walk back through the story. Speakers noted while
    attributing go in a second list and win over story events at the same position; a
    question's share of that list is brought up to date when it is asked.
    """

    def __init__(self, events):
        self.events = sorted(events, key=_event_key)
        self.noted = []
        self._answers = {}  # question -> [fits, its events, its noted events, how many of noted read]

    def note(self, position, who):
        noted = self.noted
        if not noted or noted[-1][0] <= position:
            noted.append((position, who))  # speakers are noted in reading order: nearly always here
        else:
            insort(noted, (position, who), key=_event_key)
            for answer in self._answers.values():
                answer[2:] = [], 0  # read again from the start

    def last_before(self, position, question, fits):
        """The latest ``who`` before position for which ``fits(who)``; question names that test."""
        event = self.last_event_before(position, question, fits)
        return event[1] if event else None

    def last_event_before(self, position, question, fits):
        """The latest ``(position, who)`` before position for which ``fits(who)``, or None."""
        answer = self._answers.get(question)
        if answer is None:
            answer = self._answers[question] = [fits, [e for e in self.events if fits(e[1])], [], 0]
        fits, events, noted, read = answer
        if read < len(self.noted):
            noted += [e for e in self.noted[read:] if fits(e[1])]
            answer[3] = len(self.noted)
        event = events[bisect_left(events, position, key=_event_key) - 1] if events else None
        if event and event[0] >= position:
            event = None  # nothing before position: index -1 wrapped round to the last event
        later = noted[bisect_left(noted, position, key=_event_key) - 1] if noted else None
        if later and later[0] < position and (event is None or later[0] >= event[0]):
            event = later
        return event


_event_key = itemgetter(0)  # an event's position (a C function: bisect calls it often)
