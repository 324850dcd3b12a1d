"""Capitalised runs of words and whether they name a person, with the title or role around them."""

import re
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from .givennames import GIVEN_NAMES
from .text import TRAILING_TOKEN, rstrip_offset
from .words import (
    ABBREVIATIONS,
    BUSINESS_WORDS,
    DAYS_AND_MONTHS,
    DEMONYMS,
    FEMALE_WORDS,
    FOREIGN_HONORIFICS,
    FOREIGN_OPENERS,
    GERMAN_TITLE_ENDINGS,
    HONORIFICS,
    MALE_WORDS,
    ORG_WORDS,
    PARTICLES,
    PLACE_NAMES,
    PLACE_PREFIXES,
    PRODUCT_WORDS,
    STOPWORDS,
    SURNAME_PLACE_WORDS,
    THING_PREFIXES,
    TITLE_WORDS,
    TO_A_BODY,
    WIRE_SERVICES,
    is_role_noun,
    names_a_body,
    word_set,
)


def _is_org_name(text):
    words = [w.strip(".,").lower() for w in text.split()]
    if not words:
        return False
    if any(w in ORG_WORDS or w in WIRE_SERVICES for w in words):
        return True
    return any(w.isupper() and len(w) > 1 and not _is_initial(w) for w in text.replace("/", " ").split())


_NOT_IN_NAMES = STOPWORDS | DAYS_AND_MONTHS | DEMONYMS


def fold_name(name):
    """A name as an editor's correction names it: the parse's spelling, any case and spacing."""
    return " ".join(name.split()).casefold()


@lru_cache(maxsize=8192)
def looks_like_person_name(text):
    """True for 2–4 capitalised words (initials and particles allowed) naming no organisation."""
    core = []  # the words that are not particles: two to four, read no further than a fifth
    for token in text.split():
        if token.lower() not in PARTICLES:
            core.append(token)
            if len(core) > 4:
                return False
    # The cheap word-shape test first: most lines of a story fail it ("Smith spoke.").
    if len(core) < 2 or not all(_is_name_word(t) or _is_initial(t) for t in core):
        return False
    if _is_org_name(text) or _names_a_thing(core):
        return False
    return not any(t.lower().strip(".") in _NOT_IN_NAMES for t in core)


def _names_a_thing(words):
    # "Hurricane Delia", "Entergy Louisiana", "The New Yorker": a storm, a company named
    # after its state, a publication. A person's name never starts with "The".
    return _opens_a_thing(words[0].lower()) or _ends_in_a_place(words[-1].lower())


def _opens_a_thing(lowered):
    first = lowered.strip(".,")
    return first in THING_PREFIXES or first == "the"


def _ends_in_a_place(lowered):
    return lowered.strip(".,’'") in PLACE_NAMES


@dataclass(slots=True)
class _Token:
    word: str
    start: int
    end: int
    opens: bool
    closes: bool
    kind: str | None = None  # _word_kind(word), worked out once per distinct piece of text
    # Whether the word splits a run: 1 a day or month always, 2 a stopword at a sentence start.
    splits: int = 0
    flags: int = 0  # what analyse_run asks of the word (_word_flags), worked out with kind


# The bits of _Token.flags.
_TITLE = 1  # _is_title_word
_PLURAL_TITLE = 2  # _is_plural_title_word
_NOT_A_NAME_WORD = 4  # (stripped of a full stop) in _NOT_IN_PERSON_NAMES
_PLACE_SURNAME = 8  # (stripped of a full stop) in _PLACE_SURNAMES
# "der", "den", "das" join a name only after another particle ("von der Leyen", "van den Berg"):
# alone between capitalised words they are a German noun's article ("Anleger der Möweninsel").
_ARTICLE_PARTICLES = frozenset(("der", "den", "das"))
_OPENS_THING = 16  # _opens_a_thing, or a place's first word (PLACE_PREFIXES)
_ENDS_IN_PLACE = 32  # _ends_in_a_place
_CAPITAL_INSIDE = 64  # _has_capital_inside


# A capital inside a word after two lower-case letters or more, as a name's last word: a
# product's or a company's ("Apple CarPlay", "Apple AirPods", "Apache OpenOffice"). Surnames
# capitalised inside after a prefix ("McCain", "DiCaprio", "DeVos") have one lower-case letter
# before it, or open on these; given names may not ("JamesOn Curry"), so only the last word counts.
_CAPITAL_INSIDE_RE = re.compile(r"[A-Z][a-z]{2,}[A-Z]")
_NAME_PREFIXES_BEFORE_CAPITAL = ("Mac", "Van", "Von", "Fitz", "Del", "Des", "Dal", "Della")


def _has_capital_inside(word):
    return _CAPITAL_INSIDE_RE.match(word) is not None and not word.startswith(_NAME_PREFIXES_BEFORE_CAPITAL)


def without_glued_tail(name):
    """A byline's name without what a copy glued to it ("Meg JamesStaff Writer", "Jo LiNovember 3"):
    cut where a capital follows two lower-case letters inside a word ("MacArthur", "DeVos" stay)."""
    words = name.split()
    for position, word in enumerate(words[1:], start=1):
        if _has_capital_inside(word):
            glued = _CAPITAL_INSIDE_RE.match(word)
            return " ".join(words[:position] + [word[:glued.end() - 1]])
    return name


def _word_flags(word):
    lowered = word.lower()
    bare = lowered.rstrip(".")
    return ((_TITLE if _is_title_word(lowered) else 0) | (_PLURAL_TITLE if _is_plural_title_word(bare) else 0)
            | (_NOT_A_NAME_WORD if bare in _NOT_IN_PERSON_NAMES else 0)
            | (_PLACE_SURNAME if bare in _PLACE_SURNAMES else 0)
            | (_OPENS_THING if _opens_a_thing(lowered) or bare in PLACE_PREFIXES else 0)
            | (_ENDS_IN_PLACE if _ends_in_a_place(lowered) else 0)
            | (_CAPITAL_INSIDE if _has_capital_inside(word) else 0))


_SHORT_ACRONYMS = word_set("us uk un eu ap tv ai pm gm ny la dc nj ok id ip hr pr uv ev")


_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_HYPHEN_LOWER = re.compile(r"[^\W\d_]+-[a-z]")
_ARABIC_ARTICLE = re.compile(r"(al|el|bin|abu)-", re.IGNORECASE)
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[’'\-][^\W\d_]+)*\.?")


def _is_initial(word):
    return "." in word and bool(_INITIALS.fullmatch(word))


@lru_cache(maxsize=8192)
def _is_name_word(word):
    if word.isupper() and len(word) == 2 and word.lower() not in _SHORT_ACRONYMS:
        return True
    if not word or not word[0].isupper() or word.isupper() and len(word) > 1:
        return False
    if word.isalpha():
        return True  # (what _NAME_WORD matches at its simplest, told without it)
    if "-" in word:
        # (_HYPHEN_LOWER needs a lower-case letter after the first hyphen; letters joined by
        # single hyphens, "Smith-Lee", are what _NAME_WORD matches: both told without them)
        if "a" <= word[word.index("-") + 1:][:1] <= "z" and _HYPHEN_LOWER.match(word) \
                and not _ARABIC_ARTICLE.match(word):
            return False
        if "--" not in word and not word.endswith("-") and word.replace("-", "").isalpha():
            return True
    return bool(_NAME_WORD.fullmatch(word))


# Stands for any plain lower-case word: it can be no part of a name, so offsets are not kept.
_PLAIN_WORD = _Token("", -1, -1, False, False)


_OPENING_MARKS, _CLOSING_MARKS = "“\"‘'([{", ",.;:!?”\"’')]}…"


def tokenize(text):
    """Word tokens with offsets, quote and punctuation flags, possessive ’s removed.

    Plain lower-case words come back as the shared ``_PLAIN_WORD`` token, one for each stretch
    of them: they can only end a run of capitalised words, so a token of their own would be
    wasted work.
    """
    tokens, end, find, shapes = [], 0, text.find, _SHAPES
    for raw in text.split():  # (what "\S+" finds, each found after the one before)
        start = find(raw, end)
        end = start + len(raw)
        if raw.islower() and raw.isalpha() and raw not in PARTICLES and raw not in ("of", "for"):
            # Most words: only their being there matters (a run ends at them).
            if tokens and tokens[-1] is not _PLAIN_WORD:
                tokens.append(_PLAIN_WORD)
            continue
        shape = shapes.get(raw, _UNKNOWN)
        if shape is _UNKNOWN:
            if len(shapes) >= _SHAPES_KEPT:
                shapes.clear()
            shape = shapes[raw] = _token_shape(raw)
        if shape is _PLAIN_SHAPE or shape is None and _SETS_APART.intersection(raw):
            # (a mark standing alone ends a run as a word does: French sets its colon and
            # guillemets apart, "Maëlys Le Goaziou : « Ils …")
            if tokens and tokens[-1] is not _PLAIN_WORD:
                tokens.append(_PLAIN_WORD)
        elif shape is not None:
            lead, word, closes, kind, splits, flags = shape
            start += lead
            tokens.append(_Token(word, start, start + len(word), lead > 0, closes, kind, splits, flags))
    return tokens


_SETS_APART = frozenset(":;!?«»“”\"„‹›–—|/()[]")
# Shapes by piece of text: pieces repeat in any story (names, titles, "Mr"), and a shape
# depends on the piece alone. Emptied when full, so a long story keeps it small.
_SHAPES, _SHAPES_KEPT, _UNKNOWN = {}, 16384, object()
_PLAIN_SHAPE = ()
# A lower-case word between opening and closing marks, without a possessive ’s.
_MARKED_PLAIN_WORD = re.compile(r"[“\"‘'(\[{]*([a-z]+)[,.;:!?”\"’')\]}…]*")


def _token_shape(raw):
    # What a whitespace-delimited piece of text is as a token, the same wherever it stands:
    # _PLAIN_SHAPE (a word that can be no part of a name: it ends a run), None (no word in
    # it), or (lead, word, closes, kind, splits, flags).
    # "spoke." or “yes,” is just as plain (a capital cannot open one: told without the pattern)
    marked = None if raw[0].isupper() else _MARKED_PLAIN_WORD.fullmatch(raw)
    if marked and marked.group(1) not in PARTICLES and marked.group(1) not in ("of", "for"):
        return _PLAIN_SHAPE
    lead = len(raw) - len(raw.lstrip(_OPENING_MARKS))
    core = raw[lead:]
    stripped = core.rstrip(_CLOSING_MARKS)
    trail = core[len(stripped):]
    if trail.startswith(".") and (_is_initial(stripped + ".") or stripped.lower() in ABBREVIATIONS):
        stripped, trail = stripped + ".", trail[1:]
    possessive = stripped.endswith(("’s", "'s")) and len(stripped) > 2
    word = stripped[:-2] if possessive else stripped
    if not word:
        return None
    kind = _word_kind(word)
    if kind is None:
        return _PLAIN_SHAPE  # ends a run just as a plain word does
    lowered = word.lower().rstrip(".")
    # ("Jan" and "Jun" without a stop are given names too, "Goh Jun Hao": a date writes "Jan. 12"
    # or "Jun 12", a number after it)
    splits = 1 if lowered in DAYS_AND_MONTHS and word not in ("Jan", "Jun") else 2 if (
        lowered in STOPWORDS or lowered in FOREIGN_OPENERS) and word not in ("of", "for") else 0
    return lead, word, bool(trail) or possessive, kind, splits, _word_flags(word)


_ARTICLE_AND_NAME = re.compile(r"(al|el|bin|abu)-[A-Z]")
_ROMAN_NUMERAL = re.compile(r"(?=\w{2})X{0,3}(IX|IV|V?I{0,3})")


def _word_kind(word):  # (asked once per distinct token: see _token_shape)
    if word.lower() in PARTICLES or "-" in word and word[0] in "abe" and _ARTICLE_AND_NAME.match(word):
        return "particle" if word.lower() in PARTICLES else "name"
    if _is_initial(word) or (word[:1] in "XIV" and _ROMAN_NUMERAL.fullmatch(word)):
        return "initial"  # "J.", and the numeral of "Charles III", "Leo XIV"
    if word.isupper() and len(word) > 1 and word.isalpha():
        return "name" if len(word) == 2 and word.lower() not in _SHORT_ACRONYMS else "acronym"
    if _is_name_word(word):
        return "name"
    if word in ("of", "for"):
        return "connector"
    return None


def starts_sentence(text, offset):
    """Whether offset opens a sentence: at the text's start, or after a stop and any closing marks."""
    # Looks back from offset over spaces, then over closing marks (“… done.” Will …), char by
    # char: copying the text before offset would make every call cost the paragraph's length.
    end = rstrip_offset(text, offset)
    if not end or text[end - 1] in ".?!…:;—–(“\"‘":
        return True
    closing = end
    while closing and text[closing - 1] in "”\"’')":
        closing -= 1
    return 0 < closing < end and text[closing - 1] in ".?!…"


@lru_cache(maxsize=8192)
def is_title(word):
    return _is_title_word(word.lower())


def _is_title_word(lowered):
    return lowered in TITLE_WORDS or lowered.rstrip(".") in TITLE_WORDS or (
        lowered.endswith(GERMAN_TITLE_ENDINGS) and _is_german_compound_title(lowered))


_COMPOUND_HEAD = 4  # letters at least before a compound title's ending: "Umwelt|ministerin"


def _is_german_compound_title(lowered):
    return any(lowered.endswith(ending) and len(lowered) >= len(ending) + _COMPOUND_HEAD
               for ending in GERMAN_TITLE_ENDINGS)


def _is_plural_title_word(bare):
    # "Teammates", "Sens.": a title for the two names of "Teammates Jo Li and Ann Roe" (bare:
    # in lower case, without its full stop).
    return bare.endswith("s") and len(bare) > 3 and bare[:-1] in TITLE_WORDS


_SPLITS, _KIND = attrgetter("splits"), attrgetter("kind")


def _of_a_body_after(tokens, position, current):
    # "Mohamed El Haddaoui van Lokaal Kleiwerd": "van" or "von" with two names right after a
    # whole name says what the person is of (a party, a club); a surname after it is one word,
    # or opens on an article ("van der Meulen", "von der Leyen"), and what a title is of is the
    # title's ("Schepen van Energie Roeland Vanhaverbeke")
    return tokens[position].word in ("van", "von") and position + 2 < len(tokens) \
        and sum(token.kind == "name" and not is_title(token.word) for token in current) >= 2 \
        and tokens[position + 1].kind == "name" and tokens[position + 2].kind == "name" \
        and tokens[position + 2].start - tokens[position + 1].end == 1


def _joins_given_names(tokens, position, current):
    # "das" between a given name and a second given name before the surname is Portuguese
    # ("Maria das Graças Nogueira"), not a German article: a given name alone before it, two
    # names after it
    return tokens[position].word == "das" and len(current) == 1 and current[0].word.lower() in GIVEN_NAMES \
        and position + 2 < len(tokens) and tokens[position + 1].kind == "name" \
        and tokens[position + 2] is not _PLAIN_WORD and tokens[position + 2].kind == "name" \
        and tokens[position + 2].start - tokens[position + 1].end == 1


def find_capitalised_runs(text):
    """Runs of capitalised tokens that could hold a name, split at punctuation and quotes."""
    tokens = tokenize(text)
    last = len(tokens) - 1
    runs, current = [], []
    for position, token in enumerate(tokens):
        if token is _PLAIN_WORD:  # (most words: it ends the run, as below)
            if current:
                runs.append(current)
                current = []
            continue
        kind = token.kind
        if current and token.opens and token.closes and kind == "name" and position < last \
                and tokens[position + 1] is not _PLAIN_WORD and tokens[position + 1].kind == "name" \
                and not tokens[position + 1].opens and not current[-1].closes:
            continue  # a nickname between the names: "Ramón “Tito” Olivera" is Ramón Olivera
        if current and (current[-1].closes or token.opens):
            runs.append(current)
            current = []
        if kind in ("name", "initial", "acronym"):
            current.append(token)
        elif kind in ("particle", "connector") and current and position < last \
                and tokens[position + 1].kind in ("name", "particle") \
                and not _of_a_body_after(tokens, position, current) \
                and (kind == "particle" or any(is_title(t.word) for t in current)) \
                and (token.word not in _ARTICLE_PARTICLES or current[-1].kind == "particle"
                     or _joins_given_names(tokens, position, current)) \
                and not (kind == "particle" and names_a_body(tokens[position + 1].word)):
            current.append(token)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    pieces = []
    for run in runs:
        while run[-1].kind in ("particle", "connector"):
            run.pop()  # a chain of particles ends on a word: "Jo Li van de rederij" names Jo Li
        if not any(map(_SPLITS, run)):
            pieces.append(run)
            continue
        piece = []
        for token in run:
            # A capitalised "Will" or "May" mid-sentence is a name; at a sentence start it
            # is just the first word.
            if token.splits == 1 or token.splits == 2 and starts_sentence(text, token.start):
                if piece:
                    pieces.append(piece)
                piece = []
            else:
                piece.append(token)
        if piece:
            pieces.append(piece)
    return tuple([tuple(piece) for piece in pieces if "name" in map(_KIND, piece)])


@dataclass(slots=True)
class Candidate:
    name: str
    role: str | None
    gender: str | None
    start: int
    end: int
    single: bool
    surname_is_place_word: bool = False


# Patterns matched at an offset (``pattern.match(text, offset)``) rather than on a copy of the
# rest of the paragraph, which would cost its whole length for every name in it.
_MORE_NAMES_FOLLOW = re.compile(r",?\s+(and|&)\s+[A-Z]")
_NUMBER_FOLLOWS = re.compile(r"\s+\d")



_PLACE_SURNAMES = SURNAME_PLACE_WORDS & (ORG_WORDS | TITLE_WORDS)
# not roles ("His Honour", "Her Excellency" are styles of address)
_PERSONAL_HONORIFICS = ("mr", "mrs", "ms", "miss", "madam", "mx", "dr", "honour", "honor", "excellency", "worship",
                        *(h.rstrip(".") for h in FOREIGN_HONORIFICS))
_NOT_IN_PERSON_NAMES = ORG_WORDS | BUSINESS_WORDS | PRODUCT_WORDS | DEMONYMS | WIRE_SERVICES | TITLE_WORDS


_GENERATION_SUFFIXES = frozenset(("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"))
# German determiners and possessives a sentence may open on before a title, capitalised as it is,
# and English's before a style of address ("His Honour Jo Li", "Her Excellency Ana Lima")
_POSSESSIVES = frozenset("dessen deren ihr ihre sein seine unser unsere der die das den dem des his her".split())


# To a paper, where other languages set its name before the speaker's: "disse ao Correio do Vale
# Jo Lima", "disse ao jornal Voz da Serra Jo Lima", "dijo al diario El Sol Jo Li".
# (the run may open inside the paper's name, after its particle)
_TO_A_BODY_BEFORE = re.compile(r"(?<![\w-])" + TO_A_BODY
                               + r"(?:\s+[A-ZÀ-Þ][\w’'-]*\s+(?:da|de|do|del|della|di|du|des|dos|das))?\s+$")


def _after_a_body(run):
    """The run from its last given name on when two names or more follow it, for a run that
    opens on a body's name (a word no name holds, "Republican Tom Davis", or a paper named after
    "to", "disse ao Diário da Planície Manuel Rosado"); else the run as it is."""
    for index in range(len(run) - 2, 0, -1):
        token = run[index]
        if token.kind == "name" and token.word.lower() in GIVEN_NAMES and run[index + 1].kind == "name":
            return run[index:]
    return run


def analyse_run(run, text):
    """Split a capitalised run into title and name; None when it cannot be a person."""
    if len(run) == 1:
        return None  # a single word has no title before it, and an untitled name needs two words
    title_at = None
    for index in range(len(run) - 1):
        token = run[index]
        flags = token.flags
        titled = flags & _TITLE or (
            flags & _PLURAL_TITLE and bool(_MORE_NAMES_FOLLOW.match(text, run[-1].end))) or (
            # "Pianist Jo Li said …": a role noun capitalised only because it opens the sentence
            # (with its article run into it: "L'architetto Jo Li")
            index == 0 and is_role_noun(_ELIDED_OPENING.sub("", token.word)) and starts_sentence(text, token.start))
        if titled and run[index + 1].kind in ("name", "initial", "connector", "acronym", "particle") \
                and not (index + 2 == len(run) and run[index + 1].word in _GENERATION_SUFFIXES):
            title_at = index  # (not "Martin Luther King Jr.": a name's suffix after a title word)
    role_tokens, name_tokens = (), run
    if title_at is None and (run[0].flags & _NOT_A_NAME_WORD or _TO_A_BODY_BEFORE.search(
            text, max(0, run[0].start - 40), run[0].start) and run[0].word.lower() not in GIVEN_NAMES):
        name_tokens = _after_a_body(run)
    elif title_at is not None:
        role_tokens, name_tokens = run[: title_at + 1], run[title_at + 1:]
        first = name_tokens[0].word if len(name_tokens) > 2 else ""
        if first.isupper() and first.isalpha() and len(first) > 1 and not name_tokens[1].word.isupper():
            # a rank's or a degree's letters between the title and the name, part of the role:
            # "Feuerwehrkommandant HBI Markus Leitgeb", "Obmann DI Gerhard Zach"
            role_tokens, name_tokens = run[: title_at + 2], run[title_at + 2:]
        if name_tokens and name_tokens[0].word in ("of", "for"):
            tail = 3 if len(name_tokens) > 3 and name_tokens[-2].kind in ("initial", "particle") else 2
            role_tokens, name_tokens = run[: len(run) - tail], run[len(run) - tail:]
            if name_tokens[0].kind == "connector":
                return None  # "Prime Minister of Kosovo": the title's place, no one's name
        elif len(name_tokens) in (4, 5) and name_tokens[0].kind == "particle" and name_tokens[0].word.islower() \
                and run[title_at].word.lower() not in HONORIFICS and name_tokens[-1].word not in _GENERATION_SUFFIXES \
                and name_tokens[1].kind == name_tokens[2].kind == name_tokens[-1].kind == "name":
            # what the title is of, then the name: "Schepen van Energie Roeland Vanhaverbeke",
            # "Schepen van Financiën Pieter De Smedt" (a capitalised particle opens the name:
            # "L'entraîneur El Hadji Ousmane Diouf")
            role_tokens, name_tokens = run[: title_at + 3], run[title_at + 3:]
    # The name's words without "of"/"for" (the connectors), and its core without particles.
    names, core = [], []
    end = run[-1].end
    for token in name_tokens:
        kind = token.kind
        if kind == "connector":
            if core:
                # "Mayor Ana Lima of Boston": the name ends where "of" begins, and its mention
                # runs on over the place, so that "said" after it is still beside the name
                break
            continue
        names.append(token)
        if kind != "particle":
            if kind != "name" and kind != "initial":
                return None
            core.append(token)
    # Each test below only rules the run out, so the cheapest go first.
    if not core or len(core) > 4 or (len(core) == 1 and not role_tokens):
        return None
    # "Tom Hill", "Ana Park": a surname that is also a place word needs a firm cue (see _accept).
    place_surname = len(core) > 1 and core[-1].flags & _PLACE_SURNAME > 0
    for token in core[:-1] if place_surname else core:
        if token.flags & _NOT_A_NAME_WORD:
            return None
    if core[-1].flags & _CAPITAL_INSIDE:
        return None
    thing = names if role_tokens else run
    if thing[0].flags & _OPENS_THING or thing[-1].flags & _ENDS_IN_PLACE:
        return None  # see _names_a_thing
    if run[0].opens and text[run[0].start - 1] in "“\"‘" and run[-1].closes:
        return None  # a quoted title of a work, like “Low Water”
    if text[run[-1].end:run[-1].end + 1].isspace() and _NUMBER_FOLLOWS.match(text, run[-1].end):
        return None  # "Route 9", "Local 412"
    gender = role = None
    if len(role_tokens) == 1:  # (most titles: the same as below, told more quickly)
        word = _ELIDED_OPENING.sub("", role_tokens[0].word)
        gender = HONORIFICS.get(word.lower())
        role = None if word.lower().rstrip(".") in _PERSONAL_HONORIFICS else word
    elif role_tokens:
        honorific = [t.word.lower() for t in role_tokens if t.word.lower() in HONORIFICS]
        gender = HONORIFICS[honorific[-1]] if honorific else None
        role = " ".join([t.word for t in role_tokens if t.word.lower().rstrip(".") not in _PERSONAL_HONORIFICS
                         and t.word.lower() not in _POSSESSIVES]) or None  # (not "Dessen Geschäftsführer")
    name = " ".join([t.word for t in names]) if len(names) > 1 else names[0].word
    return Candidate(name, role, gender, names[0].start, end, len(core) == 1, place_surname)


_ELIDED_OPENING = re.compile(r"^(?:L|D|Dell|All|Sull)['’](?=[a-zà-ÿ])")


# Endings of the feminine forms of nouns for people in French, Spanish, Italian, Portuguese and
# Dutch ("députée", "directrice", "chercheuse", "conseillère", "alcaldesa", "dottoressa",
# "vereadora", "diputada", "secretaria", "lerares"); their masculine forms serve either sex.
_FEMININE_ENDINGS = ("ée", "rice", "euse", "ère", "ienne", "esa", "essa", "ora", "ada", "ria", "ária", "eres")


def gender_of_role_word(word):
    """"f" or "m" for a word of a person's role that tells it ("mother", "Bürgermeisterin",
    "députée"), else None."""
    lowered = word.lower()
    if lowered in FEMALE_WORDS or lowered in MALE_WORDS:
        return "f" if lowered in FEMALE_WORDS else "m"
    if lowered.endswith("in") and _is_title_word(lowered[:-2]):
        return "f"  # German: "Oberbürgermeisterin", "Ministerin"
    return "f" if lowered.endswith(_FEMININE_ENDINGS) and is_role_noun(lowered) else None


def strip_trailing_titles(text):
    """The text without the title words it ends with: "a spokesperson, Sgt. " → "a spokesperson, "."""
    while (last := TRAILING_TOKEN.search(text[-40:])) and is_title(last.group(1)):
        text = text[: len(text) - len(last.group())]
    return text
