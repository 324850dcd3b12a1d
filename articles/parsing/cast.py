"""The people of one story: who they are, where each is mentioned, their roles and genders."""

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from itertools import accumulate
from operator import itemgetter

from .appositions import after_name_cue
from .contract import ParsedPerson
from .givennames import GIVEN_NAMES
from .interviews import first_lettered_turn, named_turn_leads
from .names import (
    Candidate,
    analyse_run,
    find_capitalised_runs,
    fold_name,
    gender_of_role_word,
    is_title,
    looks_like_person_name,
)
from .namecues import (
    BEFORE_NAME_CUE,
    IS_A_ROLE,
    LIST_SEPARATOR,
    LIST_SEPARATOR_BEFORE,
    LOWER_THE_BEFORE,
    NAME_AFTER_A_TITLE,
    PLACE_PREPOSITION_BEFORE,
    PROPER_NAME_TAIL,
    PROPER_NAME_TAIL_WORDS,
    THE_BEFORE,
    TITLE_APPOSITION,
    YEAR_OLD_BEFORE,
    capitalises_nouns,
    described_after_a_quote,
    ends_a_proper_name,
    foreign_title_before,
    full_names_of_the_named,
    group_words,
    inside_a_span,
    is_lowercase_word_in,
    of_a_title,
    opens_on_a_person,
    middle_surnames,
    noun_title_words,
    place_surname_cued,
    qualifies_a_noun,
    role_in_apposition_before,
    title_set_off_before,
    the_before,
    vote_genders_by_given_names,
    vote_genders_by_pronouns,
    without_an_honorific,
    without_what_a_title_is_of,
    writes_in_english,
)
from .namesakes import Namesakes
from .roles import appositive_role, preceding_role
from .quotes import find_quote_spans, mask_quotes
from .words import (
    FOREIGN_SPEECH_VERBS,
    PARTICLES,
    SENTENCE_OPENERS,
    STOPWORDS,
    is_role_noun,
    names_a_company,
)


# A verb of saying in another language right after a word ("Aydoğan sagte", "Ouali zei").
_SAYS_AFTER = re.compile(rf" (?:{FOREIGN_SPEECH_VERBS})(?![\w-])")
# The given names a pair may open on, for the tests that take a pair opening on a word of the
# sentence for no name: "Will" is a stopword too ("Will Carling", "Will I").
_GIVEN_NAMES = GIVEN_NAMES | {"will"}
_IN_A_PLACE = ("in", "aus", "nach", "en", "à", "em", "naar", "uit", "nel", "nella")  # before a place's name
_IN_A_PLACE += tuple(preposition.capitalize() for preposition in _IN_A_PLACE)

_WORD = re.compile(r"[\w’']+")
_CLERGY_BEFORE = re.compile(r"(?<![\w’'])(?:don|padre|suor|fra|frei|dom|madre|sœur|frère|père)\s+$")
_UNCAPITALISED_WORD = re.compile(r"(?<![\w’'])(?![A-Z])[\w’']+")
_WORD_CHAR = re.compile(r"[\w’']")

_SENTENCE_INITIAL_WORD = re.compile(r"(^|[.?!…:“\"]\s*)[A-Z]\w*")
# A sentence-initial capitalised word (found, not kept) or any other word (group 1).
_STORY_WORD = re.compile(r"(?:^|[.?!…:“\"]\s*)[A-Z]\w*|([\w’']+)", re.MULTILINE)


@dataclass(slots=True)
class _Person:
    name: str
    role: str | None
    first: tuple
    votes: dict = field(default_factory=lambda: {"m": 0, "f": 0})
    words: list = None  # name.split(), kept with the name (see Cast._add and Cast._rename)
    order: int = 0  # where the person stands among the story's people, in the order found

    @property
    def surname(self):
        return self.words[-1]

    @property
    def gender(self):
        m, f = self.votes["m"], self.votes["f"]
        return "m" if m > f else "f" if f > m else None


@dataclass(slots=True)
class _Mention:
    person: _Person
    block_index: int
    start: int
    end: int
    in_quote: bool

    @property
    def key(self):
        return self.block_index, self.start


class Cast:
    """The people of one article: who they are, where each is mentioned, and their genders."""

    def __init__(self, body, *, not_people=frozenset()):
        self.body = body
        self.not_people = not_people  # folded names (fold_name) an editor says are no one
        # ... and their last words, which stand for them alone ("Tadic" for "Boris Tadic")
        self._not_people_surnames = {name.rsplit(" ", 1)[-1] for name in not_people if " " in name}
        self.people, self.mentions = [], []  # (_Person and _Mention records)
        self.units = [(i, b.text) for i, b in enumerate(body) if b.kind in ("paragraph", "image")]
        self.quote_spans = {i: find_quote_spans(b.text) for i, b in enumerate(body) if b.kind == "paragraph"}
        # Opening offsets per block, for bisect lookups (spans come sorted and never overlap).
        self.quote_opens = {i: [span[0] for span in spans] for i, spans in self.quote_spans.items()}
        # Each paragraph with its quotations blanked out: what the story says in its own voice.
        self.masked = {i: mask_quotes(self.body[i].text, spans) for i, spans in self.quote_spans.items()}
        # The story's words but sentence-initial capitals: a capitalised word that also occurs
        # here in lower case ("Transit", "Home") is a common word, not a name. (One pass over
        # the units, each on a line of its own so that "^" stands for its start.)
        self.lowered_words = set(_STORY_WORD.findall("\n".join(text for _, text in self.units)))
        self.lowered_words.discard("")  # what a sentence-initial word leaves
        self._nouns_capitalised = capitalises_nouns(" ".join(text for _, text in self.units))
        self.english = writes_in_english(" ".join(text for _, text in self.units))
        self._lowered_story = self._group_words = None  # the text as a string, group_words: made when first read
        self._common, self._word_starts = {}, None  # answers of _is_common_word; see _occurs_in_lower_case
        # Each unit's capitalised runs, found once: people, standalone words and mentions all
        # read them.
        self.runs = {block_index: find_capitalised_runs(text) for block_index, text in self.units}
        self.standalone, self.said_alone = {}, set()
        for block_index, text in self.units:
            for run in self.runs[block_index]:
                if len(run) > 1:
                    continue
                before = text[max(0, run[0].start - 80):run[0].start]
                # Not "the Rangers", nor the tail of a longer name ("Institute for Astronomy");
                # both searches need the text before to end in one of their words.
                tail = before.rstrip()
                named_after = len(tail) < len(before) and tail.endswith(PROPER_NAME_TAIL_WORDS) and (
                    LOWER_THE_BEFORE.search(before) or PROPER_NAME_TAIL.search(before))
                if not named_after:
                    self.standalone[run[0].word] = self.standalone.get(run[0].word, 0) + 1
                if not self.english and _SAYS_AFTER.match(text, run[0].end):
                    self.said_alone.add(run[0].word)  # "Aydoğan sagte:", where German capitalises every noun
        # People by surname and the other words of their names, so that a new name is compared
        # with the few people it could be, not all.
        self._by_surname = {}
        self._namesakes = Namesakes(self._by_surname)
        self._find_people()
        self._find_mentions()
        self._mentions_by_block = {}
        for mention in self.mentions:
            self._mentions_by_block.setdefault(mention.block_index, []).append(mention)
        self._mention_starts = {bi: [m.start for m in ms] for bi, ms in self._mentions_by_block.items()}
        self._longest_mention = {}
        vote_genders_by_given_names(self.people)
        vote_genders_by_pronouns(self)

    def _in_quote(self, block_index, offset):
        spans = self.quote_spans.get(block_index)
        if not spans:
            return False
        index = bisect_left(self.quote_opens.get(block_index, []), offset + 1) - 1
        return index >= 0 and offset < spans[index][2]

    def _accept(self, candidate, text, preceding):
        """Whether an untitled capitalised pair is a person: it needs a cue or a clean shape
        (``preceding``: preceding_role(text, candidate.start), asked for by the caller only when
        the candidate has no title of its own; its role then is that or the appositive)."""
        if candidate.single and candidate.name[:1].islower() and self._names_a_place(candidate.name.split()[-1]):
            return False  # "Bürgermeister von Oberwölzing" where the story is set "in Oberwölzing"
        if candidate.role or candidate.gender or preceding:
            return True  # a title, an honorific ("Ms von der Heide") or a role before it marks a person
        if self._namesakes.with_second_surname(candidate.name.split()):
            return True  # "Juana Catrileo" where "Juana Catrileo Maripán" was named
        if self._names_a_group(candidate.name):
            return False  # "Newcastle Jets" where the story writes "the Jets could"
        # Only the words next to the name matter; short windows keep every "$"-anchored
        # search below from rescanning the whole paragraph for each name.
        before = text[max(0, candidate.start - 120):candidate.start]
        after = text[candidate.end:candidate.end + 200]
        # Cues of a few words at most are searched for in the last 40 characters only (spaces in
        # block text are single, so none is longer): a "$"-anchored search is tried from every
        # position it is given.
        near = max(0, len(before) - 40)
        # Every cue before the name ends the text before it ("…, " "the " "said "): what
        # that text ends with tells which of the searches below could match at all.
        tail = before.rstrip()
        after_word = len(tail) < len(before) and tail[-1:].isalpha()
        if after_word and the_before(before, tail, near):
            return False  # "the Utah Jazz", "The White House": teams, places, things
        if "-year-old" in before and YEAR_OLD_BEFORE.search(before):
            return True  # "34-year-old Tyrone Ellis"
        if tail.endswith(",") and role_in_apposition_before(tail, english=self.english):
            return True  # "her nephew, Jo Li," / "a sister, Ann Roe," / "la sindaca di Valdrana, Jo Li,"
        if candidate.surname_is_place_word:
            return place_surname_cued(before, after, near)
        if after_word and ends_a_proper_name(before, tail):
            return False  # the tail of a longer proper name: "Center for Fiscal Policy"
        if after_name_cue(after) or (
                after_word and (cue := BEFORE_NAME_CUE.search(before, near))
                and (cue.group("foreign") or not qualifies_a_noun(after))) \
                or (not self.english and foreign_title_before(before)):
            return True
        if after_word and described_after_a_quote(before, after, max(0, len(before) - 80)):
            return True
        predicate = IS_A_ROLE.match(after) if after[:1].isspace() else None
        if predicate and any(is_role_noun(w) for w in predicate.group("words").split()):
            return True  # "A.J. Brooks is a columnist for …"
        if after[:1] == ",":
            title = TITLE_APPOSITION.match(after)
            if title and any(map(is_title, title.group("words").split())):
                return True  # "Hashim Thaci, Prime Minister of Kosovo, said"
            if not self.english and (role := appositive_role(text, candidate.end, english=False)) \
                    and not NAME_AFTER_A_TITLE.search(role):
                return True  # "Fernanda Correia, coordenadora do Sindicato, acusa …" (not "…, el diputado Jo Li,")
        words = candidate.name.split()
        # (in German every noun is set alone with its capital: the cue says nothing there)
        if words[-1] in self.said_alone and not self._opens_on_a_word(words[0]):
            return True  # "Deniz Aydoğan von der Gewerkschaft" where the story goes on "Aydoğan sagte"
        if self.standalone.get(words[-1], 0) and not self._by_surname.get(words[-1]) and words[-1] != "I" \
                and not names_a_company(words[0]) \
                and not self._opens_on_a_word(words[0]) and not self._nouns_capitalised \
                and (self.english or not self._names_a_place(words[-1])):  # ("Lokaal Kleiwerd" … "in Kleiwerd")
            return True  # "Jo Li" where the story calls her "Li", not "Sometimes Simon" where it says "Simon"
        if self.standalone.get(words[0], 0):
            return False  # later called by its first word ("Europa"): a thing, not a person
        if after_word and PLACE_PREPOSITION_BEFORE.search(before, near):
            return False
        # No cue at all: "Goldman Sachs", "Apple Watch" and "John Collins" look alike, so only
        # a common given name tips it.
        own = [word for word in words[1:] if word not in PARTICLES]  # ("Annelies de Groot")
        if words[0].lower() not in GIVEN_NAMES or len(own) > 2:
            return False
        # (a particle after a given name makes a person however common the surname: "groot")
        return len(own) < len(words) - 1 or not any(map(self._is_common_word, own))

    def _opens_on_a_given_name(self, person):
        # (in English a known one: not "Introducing Junior Gaspard" for "Junior Gaspard")
        return not self.english or person.words[0].lower() in _GIVEN_NAMES

    def _opens_on_a_word(self, first):
        """Whether a pair's first word is a word of the sentence ("Using Mercurial", "Hey Twitter",
        "Sometimes Simon"): one the story writes in lower case, or a stopword, and no given name."""
        lowered = first.lower()
        return lowered not in _GIVEN_NAMES and (
            lowered in STOPWORDS or lowered in SENTENCE_OPENERS or self._is_common_word(first))

    def _without_a_word_of_the_sentence(self, candidate, text):
        """A name of three words or more without its first when that is a word of the sentence
        capitalised with it and a given name follows ("Backup Charlie Batch", "Sometimes Simon
        Cowell"; "New Zealand Wars" names no one). In German, or when it is a noun for a person,
        the word is the title: "Bürgermeisterin Ana Lima", "Buurman Hüseyin Demirtaş" (noun_title_words)."""
        words = candidate.name.split()
        title = noun_title_words(words, text[:candidate.start], anywhere=self._nouns_capitalised)
        if not title and (words[1].lower() not in GIVEN_NAMES or not self._opens_on_a_word(words[0])):
            return candidate
        cut = len(" ".join(words[:title or 1])) + 1
        return replace(candidate, name=candidate.name[cut:], role=words[title - 1] if title else None,
                       start=candidate.start + cut)

    def _listed_thing(self, candidate, text):
        """Whether an uncued pair listed beside a person names a thing all the same: a team or a
        body after "the" ("of the Minnesota Wild") or written so elsewhere, the tail of a longer
        name ("Department of Homeland Security"), what a title is of ("el fiscal de Medio Ambiente,
        Íñigo Zabaleta"), or words the story also writes in lower case ("Human Rights") that open
        on no given name."""
        before = text[max(0, candidate.start - 120):candidate.start]
        tail = before.rstrip()
        if len(tail) < len(before) and tail[-1:].isalpha() and (
                the_before(before, tail, max(0, len(before) - 40)) or ends_a_proper_name(before, tail)
                or of_a_title(tail)) or self._names_a_group(candidate.name):
            return True
        words = [word for word in candidate.name.split() if word.lower() not in PARTICLES]  # ("de", "von")
        return words[0].lower() not in _GIVEN_NAMES and any(
            word.lower() in STOPWORDS or self._is_common_word(word) for word in words)

    def _names_a_place(self, word):
        return any(f"{preposition} {word}" in text for _, text in self.units for preposition in _IN_A_PLACE)

    def _names_a_group(self, name):
        if self._group_words is None:
            self._group_words = group_words(text for _, text in self.units)
        return name.rsplit(" ", 1)[-1] in self._group_words

    def _is_common_word(self, word):
        """True when the story also uses this word in lower case ("Transit", "Home")."""
        common = self._common.get(word)
        if common is None:
            lowered = word.lower()
            if lowered.isalpha() or _WORD.fullmatch(lowered):
                common = lowered in self.lowered_words
            else:  # "Jean-Paul", "J.": look for the whole of it
                common = self._occurs_in_lower_case(lowered)
            self._common[word] = common
        return common

    @property
    def lowered_story(self):
        """The story's units with their sentence-initial capitalised words blanked out, joined by spaces."""
        if self._lowered_story is None:
            self._lowered_story = " ".join(_SENTENCE_INITIAL_WORD.sub(" ", text) for _, text in self.units)
        return self._lowered_story

    def _occurs_in_lower_case(self, lowered):
        """Whether lowered stands in the story as a word of its own (is_lowercase_word_in).

        It opens with a word, and the story's words are indexed by where they start, so only
        the places where its first word stands are compared: searching the whole story for
        each such name took time in the square of the story's length.
        """
        first = _WORD.match(lowered)
        if first is None:
            return is_lowercase_word_in(lowered, self.lowered_story)
        if self._word_starts is None:
            self._word_starts = {}
            # (a word opening with a capital is never one looked for: they are in lower case)
            for match in _UNCAPITALISED_WORD.finditer(self.lowered_story):
                self._word_starts.setdefault(match.group(), []).append(match.start())
        starts = self._word_starts.get(first.group())
        if not starts:
            return False  # (most names: their first word is never written in lower case)
        story = self.lowered_story
        return any(story.startswith(lowered, start) and not _WORD_CHAR.match(story, start + len(lowered))
                   for start in starts)

    def _add(self, candidate, block_index, role):
        """The person a name found stands for, known or new; None for a name that is no one."""
        if self.not_people:
            # (the name, its surname alone, or the name with a word before it: "NHLer Keith
            # Magnuson" where Keith Magnuson is no one)
            folded = fold_name(candidate.name)
            if folded in self.not_people or candidate.single and folded in self._not_people_surnames or \
                    " " in folded and folded.split(" ", 1)[1] in self.not_people:
                return None
        tokens = candidate.name.split()
        if candidate.single and (candidate.role or "").lower() in ("sir", "dame"):  # (given names: "Dame Hester")
            known = next((p for p in self.people if len(p.words) > 1 and p.words[0] == tokens[0]), None)
            if known is not None:
                return known
        family_name_first = candidate.single and candidate.gender and not candidate.surname_is_place_word
        for person in self._namesakes.of(tokens, candidate.single, family_name_first):
            known = person.words
            if family_name_first and len(known) == 3 and tokens == known[:1]:
                return person  # "Mr Lim" after "Lim Boon Keat": the family name comes first
            if tokens[-1] != known[-1]:
                continue
            if candidate.single or tokens == known or tokens[0] == known[0]:
                if len(tokens) > len(known):
                    self._namesakes.rename(person, candidate.name)
                person.role = person.role or role
                return person
            if len(known) == 1:
                self._namesakes.rename(person, candidate.name)
                person.role = person.role or role
                return person
        # (a surname of two words, a title before it or not: "Dottoressa Dalla Torre", "Quiroga Páez"
        # for "Hernán Quiroga Páez")
        surname_of_two = len(tokens) == 2 and tokens[0].lower() not in _GIVEN_NAMES
        for person in self._by_surname.get(tokens[-1], ()) if surname_of_two else ():
            if person.words[-len(tokens):] == tokens and self._opens_on_a_given_name(person):
                return person
        if (known := self._namesakes.with_second_surname(tokens)) is not None:
            return known
        person = _Person(candidate.name, role, (block_index, candidate.start), {"m": 0, "f": 0}, tokens,
                         len(self.people))
        self.people.append(person)
        self._namesakes.file(person, tokens, created=True)
        return person

    def _find_people(self):
        self.full_mentions = []
        doubtful = []
        for block_index, text in self.units:
            block = self.body[block_index]
            for run in self.runs[block_index]:
                if len(run) == 1:
                    continue  # (analyse_run's first answer: no name)
                candidate = analyse_run(run, text)
                if candidate is None:
                    continue
                if not candidate.role and " " in candidate.name:
                    candidate = without_an_honorific(candidate, self.english)
                    if " " not in candidate.name:  # ("Me Dethier": the lawyer named before, or no one)
                        if self._by_surname.get(candidate.name):
                            self._record(candidate, block_index, text)
                        continue
                if not candidate.role and candidate.name.count(" ") >= 2:
                    candidate = without_what_a_title_is_of(candidate, text)
                    candidate = self._without_a_word_of_the_sentence(candidate, text)
                preceding = None if candidate.role else preceding_role(text, candidate.start, english=self.english)
                if self._accept(candidate, text, preceding):
                    self._record(candidate, block_index, text, preceding)
                else:
                    doubtful.append((candidate, block_index, text))
            if block.kind == "image" and block.photographer and looks_like_person_name(block.photographer):
                # The credit follows the caption, so its position is past the caption's end.
                offset = len(text) + 1
                candidate = Candidate(block.photographer, None, None, offset, offset, False)
                person = self._add(candidate, block_index, None)
                if person is not None:
                    self.full_mentions.append((person, block_index, offset, offset))
        self._accept_listed_with_people(doubtful)
        named = full_names_of_the_named(doubtful, self.people, self.units, english=self.english)
        for found in named:
            self._record(*found)
        if not self.english:
            recorded = {id(candidate) for candidate, _, _ in named}
            for candidate, block_index, text in doubtful:
                if id(candidate) not in recorded and opens_on_a_person(candidate, text, self._is_common_word) \
                        and not self._in_quote(block_index, candidate.start):
                    self._record(candidate, block_index, text)
        self._accept_interviewee(doubtful)

    def _record(self, candidate, block_index, text, preceding=None):
        """Record a name found as a person's mention; False for a name an editor says is no one."""
        # (``preceding`` as for _accept: None for a doubtful candidate, which had none)
        role = candidate.role or preceding or appositive_role(text, candidate.end, english=self.english)
        if role is None and not self.english:
            role = title_set_off_before(text, candidate.start)
        person = self._add(candidate, block_index, role)
        if person is None:
            return False
        if candidate.gender:
            person.votes[candidate.gender] += 3
        for gender in filter(None, map(gender_of_role_word, role.lower().split() if role else ())):
            person.votes[gender] += 2
        self.full_mentions.append((person, block_index, candidate.start, candidate.end))
        return True

    def _accept_interviewee(self, doubtful):
        """The full names that lead an interview's turns are people; in a Q:/A: interview, the
        first clean uncued name of the introduction is the interviewee."""
        leads = named_turn_leads(self.body)
        for candidate, block_index, text in (d for d in doubtful if d[0].name in leads):
            self._record(candidate, block_index, text)
        if (first_turn := first_lettered_turn(self.body)) is None:
            return
        known = {(person.first, person.name) for person in self.people}
        for candidate, block_index, text in doubtful:
            if block_index >= first_turn:
                return
            words = candidate.name.split()
            if 2 <= len(words) <= 3 and not any(self._is_common_word(w) for w in words) \
                    and not THE_BEFORE.search(text[max(0, candidate.start - 40):candidate.start]):
                if ((block_index, candidate.start), candidate.name) in known or \
                        self._record(candidate, block_index, text):
                    return

    def _accept_listed_with_people(self, doubtful):
        """Accept an uncued pair listed next to a person: "from Viktor Ray, Jo Li and Ana Roe".

        A worklist from the people already found: each accepted name may in turn vouch for
        the next one in its list, and every name is looked up by position, not searched for.
        """
        if not doubtful:
            return  # every name was accepted already
        starting_at = {(bi, candidate.start): (candidate, bi, text) for candidate, bi, text in doubtful}
        ending_at = {(bi, candidate.end): (candidate, bi, text) for candidate, bi, text in doubtful}
        texts = dict(self.units)
        queue = [(bi, start, end) for _, bi, start, end in self.full_mentions]
        accepted = set()
        while queue:
            block_index, start, end = queue.pop()
            text = texts.get(block_index, "")
            after = LIST_SEPARATOR.match(text, end)
            before = LIST_SEPARATOR_BEFORE.search(text, max(0, start - 12), start)
            neighbours = [starting_at.get((block_index, after.end())) if after else None,
                          ending_at.get((block_index, before.start())) if before else None]
            for item in neighbours:
                if item and id(item[0]) not in accepted:
                    accepted.add(id(item[0]))
                    candidate, bi, item_text = item
                    if self._listed_thing(candidate, item_text):
                        continue
                    if self._record(candidate, bi, item_text):  # (a name that is no one vouches for no one)
                        queue.append((bi, candidate.start, candidate.end))

    def _find_mentions(self):
        by_surname, first_named = {}, {}  # (names are settled by now)
        for person in self.people:
            surname = person.words[-1]
            by_surname.setdefault(surname, []).append(person)
            first_named.setdefault(surname, {}).setdefault(person.name, person)
        for middle, person in middle_surnames(self.people, by_surname):
            by_surname.setdefault(middle, [person])  # "Serrano" for "Julián Serrano Ocaña"
        # (and a surname of two words, "Lo Presti" for "Alessandro Lo Presti", read as one run)
        last_two = {tuple(person.words[-2:]): person for person in self.people
                    if len(person.words) > 2 and self._opens_on_a_given_name(person)}
        found = [([p], bi, s, e) for p, bi, s, e in self.full_mentions]
        # Where the full names lie in each block: their starts in order, and the furthest any
        # of them up to there reaches, so that whether a word lies inside one is a bisection.
        spans_by_block = {}
        for _, bi, s, e in self.full_mentions:
            spans_by_block.setdefault(bi, []).append((s, e))
        covered_by_block = {}
        for bi, spans in spans_by_block.items():
            if len(spans) == 1:  # (a block of one name needs no ordering)
                covered_by_block[bi] = [spans[0][0]], [spans[0][1]]
                continue
            spans.sort()
            covered_by_block[bi] = [s for s, _ in spans], list(accumulate((e for _, e in spans), max))
        for block_index, text in self.units:
            starts, reach = covered_by_block.get(block_index, ((), ()))
            for run in self.runs[block_index]:
                if len(run) == 2 and (person := last_two.get((run[0].word, run[1].word))) \
                        and not inside_a_span(starts, reach, run[0].start):
                    found.append(([person], block_index, run[0].start, run[1].end))
                    continue
                for token in run:
                    people = by_surname.get(token.word)
                    if not people and len(run) == 1 and _CLERGY_BEFORE.search(text, max(0, token.start - 8), token.start):
                        # a priest or a nun by their given name: "dice don Emilio" for don Emilio Sartori
                        people = [person for person in self.people if person.words[0] == token.word][:1]
                    if not people:
                        continue
                    if inside_a_span(starts, reach, token.start):
                        continue  # part of a full name
                    if len(run) > 1 and not all(is_title(t.word) for t in run if t is not token):
                        continue
                    found.append((people, block_index, token.start, token.end))
        # A surname shared by two people stands for the one mentioned last (the first of that
        # name among them), before any is mentioned for the first of them. Mentions are read in
        # order, so the one mentioned last is the one whose name was taken last.
        latest = {}  # surname -> the name its people were last mentioned by
        mentions, quote_spans = self.mentions, self.quote_spans
        for people, block_index, start, end in sorted(found, key=itemgetter(1, 2)):
            person = people[0]
            surname = person.words[-1]  # (the same for all of people)
            if len(people) > 1 and surname in latest:
                person = first_named[surname][latest[surname]]
            latest[surname] = person.name
            in_quote = self._in_quote(block_index, start) if quote_spans.get(block_index) else False
            mentions.append(_Mention(person, block_index, start, end, in_quote))
            if (block_index, start) < person.first:
                person.first = (block_index, start)

    def mentions_in(self, block_index, start, end):
        """Mentions inside text[start:end] of one block, in order."""
        starts = self._mention_starts.get(block_index, [])
        return self._mentions_by_block.get(block_index, [])[bisect_left(starts, start):bisect_left(starts, end)]

    def mention_ending_near(self, block_index, offset, *, slack):
        """The last mention starting before offset and ending at most ``slack`` characters before it."""
        mentions = self._mentions_by_block.get(block_index, [])
        if not mentions:
            return None
        if block_index not in self._longest_mention:
            self._longest_mention[block_index] = max(m.end - m.start for m in mentions)
        longest = self._longest_mention[block_index]
        for index in range(bisect_left(self._mention_starts[block_index], offset) - 1, -1, -1):
            mention = mentions[index]
            if mention.start < offset - slack - longest:
                break  # it and every mention before it end too early
            if offset - mention.end <= slack:
                return mention
        return None

    def ordered_people(self):
        """ParsedPerson records in order of first mention."""
        return [ParsedPerson(p.name, p.role, p.first[0]) for p in sorted(self.people, key=lambda p: p.first)]
