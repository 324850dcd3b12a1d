"""What the words around a capitalised pair say of it: a title or role beside it, a list it
stands in, "the" or a longer name's head before it; the cues ``cast`` accepts a person by."""

import re
from bisect import bisect_right
from dataclasses import replace

from .givennames import FEMALE_NAMES, GIVEN_NAMES, MALE_NAMES
from .appositions import after_name_cue
from .names import starts_sentence
from .text import sentence_bounds
from .words import (
    AGED_ENDINGS,
    FOREIGN_DETERMINER_PATTERN,
    FOREIGN_DETERMINERS,
    FOREIGN_SPEECH_VERBS,
    MANNER_PHRASE,
    PARTICLES,
    SPEECH_VERBS,
    STOPWORDS,
    is_role_noun,
    is_role_or_compound,
)


# "Name is a columnist", "Name was the band's drummer": a person described by a role noun.
IS_A_ROLE = re.compile(r"\s+(is|was|has been|had been|became|remains)\s+(a|an|the|his|her)\s+"
                       r"(?P<words>([a-z][\w’'-]*\s+){0,2}[a-z][\w-]*)")


LIST_SEPARATOR = re.compile(r",\s*(and\s+|or\s+)?|\s+(and|or|&)\s+")
LIST_SEPARATOR_BEFORE = re.compile(r"(,\s*(and\s+|or\s+)?|\s+(and|or|&)\s+)$")
PROPER_NAME_TAIL = re.compile(r"[A-Z][\w’'.]*\s+(of|for|on|de|to)\s+(the\s+)?$")
PROPER_NAME_TAIL_WORDS = ("of", "for", "on", "de", "to", "the")  # the words it can end with
# A determiner and a person noun, then a comma: "her nephew, " "a sister, " "his longtime aide, ".
ROLE_APPOSITION = re.compile(
    r"\b(his|her|their|its|our|my|a|an|the)\s+([\w’'-]+\s+){0,2}(?P<noun>[a-z][\w-]*),\s*$")
# A capitalised title in apposition, of a place or a body: ", Prime Minister of Kosovo",
# ", Chief Executive, said" (not ", Chief Executive Jo Li": a title before another name).
TITLE_APPOSITION = re.compile(r",\s+(?P<words>(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*)(?=\s+(?:of|for|at)\s|,)")
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# A name right after a title's lower-case words, not after "of" in a language: "diputado opositor
# Gregorio Salcedo" (not "coordenadora do Sindicato").
NAME_AFTER_A_TITLE = re.compile(
    r"(?<![\w’'])(?!(?:de|do|da|dos|das|del|della|dei|di|des|du|van|von|der|of|la|le|les|el|al|alla|ao|à|au|the)\s)"
    r"[a-zß-ÿ][\w-]*\s+[A-ZÀ-Þ]")
LOWER_THE_BEFORE = re.compile(r"\bthe\s+$")
YEAR_OLD_BEFORE = re.compile(r"\b\d+-year-old\s+$")
SAID_BEFORE = re.compile(r"(\bsaid|\bsays|according to)\s+$")
_AGE_OF_BEFORE = re.compile(r",\s*\d{1,3},\s+of\s+$")


def place_surname_cued(before, after, near):
    """Whether a pair ending on a word of places ("Jo Hill", "Fenwick Lane") is a person: a cue
    after it or "said" before it, and not the address after someone's age ("Jo Li, 61, of
    Fenwick Lane, Upper Mardle, admitted …")."""
    return not _AGE_OF_BEFORE.search(before, near) and bool(
        after_name_cue(after) or SAID_BEFORE.search(before, near))
PLACE_PREPOSITION_BEFORE = re.compile(
    r"\b(in|at|near|from|across|throughout|outside|inside|into|toward|towards|via)\s+$")
# (a team or a body led by someone, in another language: "el equipo dirigido por Jo Li")
_LED_BY = (r"(?:dirigid[oa]s?|entrenad[oa]s?|liderad[oa]s?|presidid[oa]s?|treinad[oa]s?|comandad[oa]s?"
           r"|dirigée?s?|entraînée?s?|présidée?s?|allenat[oa]|guidat[oa]|presiedut[oa]|geleid|getraind"
           r"|geleitet|trainiert|angeführt) (?:por|par|da|von|door)")
# (and a verb of saying in another language, group "foreign": "sagte Jo Weber", "selon Jo Li")
# (and in another language, how it was said between the two: "dijo entre risas Jo Li")
BEFORE_NAME_CUE = re.compile(rf"(\b(?:{SPEECH_VERBS})|according to|\bby|\bwith"
                             rf"|(?<![\w-])(?P<foreign>(?:{FOREIGN_SPEECH_VERBS})(?:\s+{MANNER_PHRASE})?|selon|según"
                             rf"|{_LED_BY}))\s+$",
                             re.IGNORECASE)

# After a quotation, its verb and a few words describing the speaker, a name closing the
# sentence: "“…,” said SCLU shop steward Nomvula Dlamini-Khumalo." (the words: no "of", "the"
# or "in", so not "said the mayor of New York.")
_DESCRIBED_AFTER_A_QUOTE = re.compile(
    rf"[”\"’],?\s+(?:{SPEECH_VERBS})\s+(?P<words>(?:(?:[A-Z]{{2,}}|[a-z][\w-]*)\s+){{1,4}})$")
_CLOSES_THE_SENTENCE = re.compile(r"(?:[.!?]|,\s+(?:a|an|the|who|whose|which)\s)")


def described_after_a_quote(before, after, near):
    """Whether a pair is named by the verb after a quotation, past a description that is no
    title ("said SCLU shop steward Jo Li."), and closes the sentence or opens an apposition."""
    cue = _DESCRIBED_AFTER_A_QUOTE.search(before, near)
    return bool(cue) and describes_a_speaker(cue.group("words").split()) and bool(_CLOSES_THE_SENTENCE.match(after))


def describes_a_speaker(words):
    """Whether words before a name, after a verb of saying, describe the speaker though they are
    no title ("SCLU shop steward"): acronyms and lower-case words, none a small word ("a
    spokesperson for")."""
    return len(words) <= _DESCRIBING_WORDS and all(
        word.isupper() and len(word) > 1 or word.islower() and word.replace("-", "").isalpha()
        and word not in STOPWORDS for word in words)


_DESCRIBING_WORDS = 4


# The small words English and German are written with most: German sets every noun with a
# capital ("Daten der Akte", "Kontext der Digitalisierung").
_ENGLISH_WORDS = re.compile(r"\b(?:the|and|of|to|is|was|that|with)\b")
_GERMAN_WORDS = re.compile(r"\b(?:der|die|das|und|ist|nicht|mit|sich|auf|dem)\b")


def capitalises_nouns(text):
    """Whether text is written in German rather than English (by the small words of its first
    few thousand characters): there, a capitalised word set alone later is no sign that a pair
    ending in it is a name."""
    sample = text[:_LANGUAGE_SAMPLE_CHARS]
    return len(_GERMAN_WORDS.findall(sample)) > len(_ENGLISH_WORDS.findall(sample))


_LANGUAGE_SAMPLE_CHARS = 20000  # a story is written in one language; its first pages tell which


# Small words of French, Spanish, Portuguese, Italian, Dutch and German that English never writes.
_OTHER_WORDS = re.compile(r"\b(?:el|los|las|la|les|le|des|du|une|est|et|il|che|della|di|não|uma|um|o|os|em|ao|da|é|à"
                          r"|y|het|een|zijn|van|der|und|nicht|ist)\b")


def writes_in_english(text):
    """Whether text is written in English rather than another European language (by the small
    words of its first few thousand characters)."""
    sample = text[:_LANGUAGE_SAMPLE_CHARS]
    return len(_ENGLISH_WORDS.findall(sample)) >= len(_OTHER_WORDS.findall(sample))


# An article or possessive and a title of a few words, then a comma, maybe after a verb of
# saying: the name after it is the title's holder ("disse o secretário municipal da Fazenda, Rui
# Costa", "a déclaré la maire de la ville, Ana Lima", "O presidente da Câmara de Arcas, Rui Costa").
_FOREIGN_TITLE_BEFORE = re.compile(
    rf"(?:(?<![\w-])(?P<verb>{FOREIGN_SPEECH_VERBS}|selon|según|segundo|secondo)\s+)?(?<![\w-])"
    rf"(?:{FOREIGN_DETERMINER_PATTERN})\s*(?P<head>[\w-]+)"
    r"[^,.;:!?“”«»\"„]{0,60},\s+$", re.IGNORECASE)


def foreign_title_before(before):
    """Whether the text before a name ends on a title set off by a comma, after a verb of saying
    or opening on a title word (in a story written in another language: the caller tells)."""
    if not before.endswith(", "):
        return False
    found = _FOREIGN_TITLE_BEFORE.search(before)
    return found is not None and (found.group("verb") is not None or is_role_noun(found.group("head")))


# German sets a title before a name with its capital, as every noun ("Bürgermeisterin Ana
# Lima", "Geschäftsführer Jo Weber"): the nouns for people end so.
_PERSON_NOUN_END = re.compile(r"(?:er|in|or|ent|ant|chef|rat|rätin)$")


def noun_title_words(words, before, *, anywhere=True):
    """How many of a capitalised run's first words stand before the name in a story written in
    German (``before``: the text before the run): its title, a first word of three or more that
    is no given name nor particle, before a given name, or ending as nouns for people do right
    after a verb of saying and maybe an article ("sagte die Sprecherin Jo Weber", not "Hersteller
    von Systeme"); with the word of the sentence that opens a run of four before the title and a
    given name ("Auch Pendlerin Sabine Koch"): 0, 1 or 2.

    Not ``anywhere`` (a language that capitalises only a sentence's first word, and names): a noun
    for a person before a given name and a surname, capitalised as a sentence's first word
    ("Buurman Hüseyin Demirtaş rekende uit", "Pianist Diana Kirschner says"); a given name there
    may be a middle name ("Tommy Lee Jones", "Asif Ali Zardari"): 0 or 1.
    """
    if not anywhere:
        # (or a name with a particle after it: "Bewoonster Jozefien Van de Casteele"; or a title
        # made of two nouns, as Dutch writes them: "Oppositieraadslid Hilde Claeys")
        return int(is_role_or_compound(words[0].lower()) and (
            len(words) in (3, 4) and words[1].lower() in GIVEN_NAMES
            or 3 <= len(words) <= 6 and any(word.lower() in PARTICLES for word in words[2:-1])))
    if len(words) > 3 and words[0].lower() not in GIVEN_NAMES and words[2].lower() in GIVEN_NAMES \
            and noun_title_words(words[1:], ""):
        return 2
    if len(words) in (4, 5) and words[0].lower() in _ARTICLES and is_role_noun(words[1].lower()) \
            and _GIVEN_NAME_SHAPE.fullmatch(words[2]):
        return 2  # the article opening the sentence, then the title: "Die Richterin Elisabeth Hörmann"
    if len(words) > 3 and words[1].lower() in PARTICLES and is_role_noun(words[-3].lower()) \
            and _GIVEN_NAME_SHAPE.fullmatch(words[-2]):
        return len(words) - 2  # "Vorsitz von Richterin Hemma Pölzl": the title, its name, after what it chairs
    if len(words) < 3 or words[0].lower() in GIVEN_NAMES or words[0].lower() in PARTICLES \
            or words[1].lower() in PARTICLES:
        return 0
    # (a known title before a given name the lists lack: "Verteidiger Kasimir Wurzenberger")
    return 1 if words[1].lower() in GIVEN_NAMES or len(words) == 3 and is_role_noun(words[0].lower()) \
        and _GIVEN_NAME_SHAPE.fullmatch(words[1]) or (
        _PERSON_NOUN_END.search(words[0]) and BEFORE_NAME_CUE.search(_ARTICLE_AT_END.sub("", before[-44:]))) else 0


_ARTICLE_AT_END = re.compile(r"\b(?:der|die|den|dem|des)\s+$")  # "sagte der Bürgermeister Jo Weber"
_ARTICLES = frozenset("der die das den dem des".split())


def the_before(before, tail, near):
    # "the Utah Jazz", "The White House" (``tail``: before without its trailing space; a
    # "$"-anchored search from ``near`` only)
    return tail.endswith(("the", "The")) and THE_BEFORE.search(before, near) is not None


def of_a_title(tail):
    """Whether the text before a name (``tail``, without its trailing space) ends on a title and
    the word for what it is of: "el fiscal de", "o procurador da", "la sindaca di"."""
    found = _TITLE_OF.search(tail, max(0, len(tail) - 40))
    return found is not None and is_role_noun(found.group(1))


_TITLE_OF = re.compile(r"(?<![\w’'-])([a-zß-ÿ][\w-]*) (?:de|del|della|di|da|do|des|du)$")


def ends_a_proper_name(before, tail):
    # the tail of a longer proper name: "Center for Fiscal Policy"
    return tail.endswith(PROPER_NAME_TAIL_WORDS) and PROPER_NAME_TAIL.search(before) is not None


# The same in other languages, maybe with the place or body it is of: "la sindaca di Valdrana,",
# "A vereadora da Educação,", "son ancienne première échevine,".
# (what the title is of, maybe, then the comma: " des Finances,", " da Educação,", " di Valdrana,")
_TITLE_OF_AND_COMMA = (r"(?:\s+(?:de|di|da|do|del|della|des|du|van|von|der|of|alla|al|ao|à|au)\s+"
                       r"(?:l[’']|la\s+|le\s+|les\s+|o\s+|a\s+"
                       r"|the\s+)?[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){0,2})?,\s*$")
_FOREIGN_ROLE_OPENING = (
    rf"(?:^|[\s(])(?i:{FOREIGN_DETERMINER_PATTERN}|son|sa|ses|sua|seu|ihr|ihre|sein|seine"
    r"|d[’']|dell[’']|dall[’']|all[’']|nell[’']|sull[’'])(?:(?<=[’'])|\s+)(?:[\w’'-]+\s+){0,2}?"  # ("dell'assessore")
    r"(?P<noun>[^\W\d_A-ZÀ-Þ][\w-]*)")
_FOREIGN_ROLE_APPOSITION = re.compile(_FOREIGN_ROLE_OPENING + _TITLE_OF_AND_COMMA)
# (an adjective after the noun: "l'assessore regionale alla Sanità,")
_FOREIGN_ROLE_AND_ADJECTIVE_APPOSITION = re.compile(_FOREIGN_ROLE_OPENING + r"\s+[a-zß-ÿ][\w-]*" + _TITLE_OF_AND_COMMA)
_APPOSITION_REACH = 80
_ROLE_WORD_BEFORE = re.compile(r"(?<![\w’'])([a-zß-ÿ][\w-]*)\s+$")
# A sentence opening on the title alone: "Échevin des Finances, Ghislain Fontinoy fait partie …".
_OPENING_TITLE_APPOSITION = re.compile(r"(?:^|[.!?]\s+)(?P<noun>[A-ZÀ-Þ][\w-]*)" + _TITLE_OF_AND_COMMA)


def role_in_apposition_before(tail, *, english=True):
    """The noun for a person set off by a comma that the text before a name (``tail``, ending in
    the comma) ends in, with what it is of: "nephew" of "her nephew,", "sister" of "a sister,"; in
    another language "sindaca di Valdrana" of "la sindaca di Valdrana,", "vereadora da Educação",
    "Échevin des Finances" opening the sentence; else None."""
    if ends_in_lowercase_word_and_comma(tail):
        found = ROLE_APPOSITION.search(tail)
        if found and is_role_noun(found.group("noun")):
            return found.group("noun")
    if english:
        return None
    near = tail[-_APPOSITION_REACH:]
    found = _FOREIGN_ROLE_APPOSITION.search(near) or _OPENING_TITLE_APPOSITION.search(near)
    if not found or not is_role_noun(found.group("noun").lower()):
        found = _FOREIGN_ROLE_AND_ADJECTIVE_APPOSITION.search(near)
    if not found or not is_role_noun(found.group("noun").lower()):
        return None
    start = found.start("noun")
    while (before := _ROLE_WORD_BEFORE.search(near, 0, start)) and is_role_noun(before.group(1)):
        start = before.start(1)  # the nouns before it too: "gerente general de la compañía"
    return near[start:].rstrip(" ,")


def title_set_off_before(text, start):
    """In another language, the title set off by a comma before the name at ``start``: "vereadora
    da Educação" of "A vereadora da Educação, Leopoldina Mota, …"; else None."""
    tail = text[max(0, start - _APPOSITION_REACH - 10):start].rstrip()
    return role_in_apposition_before(tail, english=False) if tail.endswith(",") else None


def ends_in_lowercase_word_and_comma(text):
    # What ROLE_APPOSITION needs at the end ("… nephew,"), told without searching the text.
    if not text.endswith(","):
        return False
    words = text[:-1].rsplit(None, 1)
    return bool(words) and "a" <= words[-1][:1] <= "z"


# A capitalised word after a lower-case "the", then a mark or a word (group(2)). The word
# boundary before "the" is checked apart: a pattern opening on a literal is searched for fastest.
_THE_WORD = re.compile(r"the ([A-Z][\w’'-]*)(?=[.,;:!?)]| ([\w’']+))")
_WORD_CHAR = re.compile(r"\w")


def group_words(texts):
    """The capitalised words the texts write as "the X" before a mark or a stopword: a team's,
    a band's or a thing's ("from the Jets after", "for the Canucks, who", "play the Switch on"),
    never a surname, which "the" takes only before a noun ("the Obama administration") or in a
    list ("the Horowitz and Durham reports")."""
    found = set()
    for text in texts:
        for match in _THE_WORD.finditer(text):
            if match.start() and _WORD_CHAR.match(text, match.start() - 1):
                continue  # ("breathe Air")
            following = match.group(2)
            if following is None or following in STOPWORDS and following not in ("and", "or"):
                found.add(match.group(1))
    return found


# Words that may follow a person's name after a cue without being its noun ("told Jo Li yesterday").
_AFTER_A_PERSON = frozenset(
    "yesterday today tonight recently earlier later last next first previously himself herself".split())
_WORD_AFTER = re.compile(r" ([a-z][\w’'-]*)")


def qualifies_a_noun(after):
    """Whether a name is followed by a lower-case word that is no stopword, verb or adverb, so
    qualifies it: "by White House staff", "said Sierra Leone rebels", "with Social Security
    numbers" (not "with Jo Li facing a ban", "by Jo Li helped", "told Jo Li yesterday"). English
    only: "sagte Jo Weber am Montag", "a déclaré Ana Lima mardi"."""
    match = _WORD_AFTER.match(after)
    if match is None:
        return False
    word = match.group(1)
    return word not in STOPWORDS and word not in _AFTER_A_PERSON and not word.endswith(("ing", "ed", "ly"))


def middle_surnames(people, surnames):
    """(middle word, person) for each three-word name whose middle word stands for the person
    alone: Spanish and Portuguese names carry two surnames, and a story calls the person by the
    first ("Julián Serrano Ocaña" is "Serrano"). Not a given name ("Lee Harvey Oswald"), a
    particle, an initial, nor another person's surname (a key of ``surnames``)."""
    for person in people:
        if len(person.words) == 3 and (middle := person.words[1]) not in surnames and len(middle) > 2 \
                and middle.isalpha() and middle.lower() not in GIVEN_NAMES and middle.lower() not in PARTICLES:
            yield middle, person


def full_names_of_the_named(doubtful, people, units, *, english):
    """The doubtful (candidate, block index, text) whose name ends on the one word a person was
    named by: "Henrike Vossberg" where the story also says "Frau Vossberg" (words before the
    last two that are no given names are the sentence's and a title: "Die Hydrologin Henrike
    Vossberg"), or the word alone after a verb of saying in another language ("sagt Gmür" for
    "die leitende Hebamme Flurina Gmür"). In English, where a pair of capitalised words is more
    often a thing's name ("Penguin History", "Make Trump"), only a known given name opens it.

    So is a pair that opens on a known given name which the story's texts (``units``: (block
    index, text)) also use alone: "Teresa Valadão" where it goes on "Teresa passou duas semanas
    …", as stories name actors, artists and players.
    """
    alone = {person.words[0] for person in people if len(person.words) == 1}
    said_alone = None  # (read only when needed)
    # (and in another language, a person's whole name written again with no cue beside it:
    # "Maëlys Le Goaziou : « … »"; in English a thing's name taken for a person would spread)
    named = () if english else {person.name for person in people if len(person.words) > 1}
    found = [(candidate, block_index, text) for candidate, block_index, text in doubtful
             if candidate.name in named or _called_by_given_name(candidate.name, units)]
    for candidate, block_index, text in doubtful:
        words = candidate.name.split()
        if not 2 <= len(words) <= 4:
            continue
        if said_alone is None and not english and words[-1] not in alone:
            said_alone = _speaking_alone(units)
        # (said alone, the name needs a title before it, a known given name or the next sentence
        # describing a person by age, "Hansruedi Achermann steht … . Der 58-Jährige …": not "Bäckerei Gmür")
        said = words[-1] in (said_alone or ()) and (len(words) > 2 or words[0].lower() in GIVEN_NAMES or bool(
            _AGED_NEXT.match(text, candidate.end, len(text))))
        if (words[-1] in alone or said) and not any(c is candidate for c, _, _ in found):
            while len(words) > 2 and words[0].lower() not in GIVEN_NAMES:
                title = words.pop(0)
                cut = len(title) + 1
                candidate = replace(candidate, name=candidate.name[cut:], start=candidate.start + cut,
                                    role=None if title.lower() in FOREIGN_DETERMINERS else title)
            first = words[0]
            if len(words) == 2 and (first.lower() in GIVEN_NAMES if english else _GIVEN_NAME_SHAPE.fullmatch(first)):
                found.append((candidate, block_index, text))
    return found


_GIVEN_NAME_SHAPE = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+")  # "Henrike": a word with its capital only
_AGED_NEXT = re.compile(r"[^.!?]{0,200}[.!?] (?:Der|Die|De) \d{1,3}(?i:%s)\b" % "|".join(AGED_ENDINGS))
_SAID_ALONE = re.compile(rf"(?<![\w-])(?:{FOREIGN_SPEECH_VERBS}) ([A-ZÀ-Þ][\w’'-]+)(?=[.,;:!?)»“”\"]| [^A-ZÀ-Þ]|$)")


def _speaking_alone(units):
    # Words alone as the subject of a verb of saying, as a surname is once its person is
    # introduced: "Gmür" of "«…», sagt Gmür." after "die leitende Hebamme Flurina Gmür".
    return {match.group(1) for _, text in units for match in _SAID_ALONE.finditer(text)}


def _called_by_given_name(name, units):
    words = name.split()
    if len(words) != 2 or words[0].lower() not in GIVEN_NAMES or not _GIVEN_NAME_SHAPE.fullmatch(words[1]) \
            or words[1].lower() in STOPWORDS:  # ("All Carla All the Time")
        return False
    # the given name with no capitalised word after it (another name's start: "Teresa Lima") or
    # before it (another name's end: "Robert Falcon Scott")
    alone = re.compile(r"(?<![\w’'-])%s\b(?![\w’'-]| +[A-ZÀ-Þ])" % re.escape(words[0]))
    return any(not _CAPITALISED_BEFORE_RE.search(text, max(0, match.start() - _WORD_BEFORE), match.start())
               for _, text in units for match in alone.finditer(text))


_WORD_BEFORE = 30
_CAPITALISED_BEFORE_RE = re.compile(r"\b[A-ZÀ-Þ][\w’'-]*,? +$")  # ("Clark, Ross": a reference's author)


def vote_genders_by_given_names(people):
    """A vote for each person's gender by their given name: a weak prior, which an honorific (3)
    or two nearby pronouns outweigh."""
    for person in people:
        given = person.name.split()[0].lower()
        if given in MALE_NAMES:
            person.votes["m"] += 1.5
        elif given in FEMALE_NAMES:
            person.votes["f"] += 1.5


def may_hold_pronoun(text):
    """Whether text may hold he, she, his or her: each holds "he" or "hi" (a dotless "ı"
    matches an "i" when case is ignored)."""
    lowered = text.lower()
    return "he" in lowered or "hi" in lowered or "\u0131" in lowered


def is_lowercase_word_in(word, lowered_text):
    """Whether the word stands in the lower-cased text as a word of its own."""
    return re.search(rf"(?<![\w’']){re.escape(word.lower())}(?![\w’'])", lowered_text) is not None


def first_fitting(people, first, length):
    """The first of people (in the order found) whose name still opens with ``first`` and has
    ``length`` words (either None: any), as a list of it or none; the people before it that no
    longer fit are dropped, for a name that grew never fits again under the same key."""
    while people:
        words = people[0].words
        if (first is None or words[0] == first) and (length is None or len(words) == length):
            return people[:1]
        people.pop(0)
    return []


# Spanish, Italian and Portuguese set "Don", "Doña" or "Dona" before a person's whole name ("Don
# Efrén Tlapale Moctezuma, quien atiende …"): a man's or a woman's, as "Señor" is. (In English
# "Don" is a given name.)
# French sets "Me" (maître) before a lawyer's name and "M." (monsieur) before a man's, whole or
# not: "Me Grégoire Dethier", "Me Dethier", "M. Pelletier". (In English "Me" opens a title, "Call
# Me By Your Name", and "M." is an initial, "J. M. Coetzee".)
_HONORIFICS_BEFORE_A_NAME = {"Don": "m", "Doña": "f", "Dona": "f", "Me": None, "M.": "m"}
_BEFORE_A_SURNAME_ALONE = ("Me", "M.")


def without_an_honorific(candidate, english):
    """The candidate without the honorific that opens it in a story in another language, its
    gender taken from it; else the candidate as it is."""
    honorific, name = candidate.name.split(" ", 1)
    if english or honorific not in _HONORIFICS_BEFORE_A_NAME \
            or " " not in name and honorific not in _BEFORE_A_SURNAME_ALONE:
        return candidate
    return replace(candidate, name=name, start=candidate.start + len(honorific) + 1,
                   gender=_HONORIFICS_BEFORE_A_NAME[honorific], single=" " not in name)


_LOWER_WORD = re.compile(r"[a-z]+")
_PRONOUN_OPENING = re.compile(r"\s*(he|she|his|her)\b", re.IGNORECASE)


def vote_genders_by_pronouns(cast):
    """A vote for a person's gender by each he or she soon after their name, outside quotations:
    it usually stands for them (``cast``: a Cast whose people and mentions are found)."""
    previous = None
    for block_index, block in enumerate(cast.body):
        if block.kind != "paragraph":
            continue
        text = cast.masked[block_index]
        if not cast.mentions_in(block_index, 0, len(text)) and (previous is None or not may_hold_pronoun(text)):
            continue  # nobody to give a vote to here
        for start, end in sentence_bounds(text):
            here = cast.mentions_in(block_index, start, end)
            if not here:
                pronoun = _PRONOUN_OPENING.match(text, start, end)
                if pronoun and previous:
                    previous.votes["m" if pronoun.group(1).lower() in ("he", "his") else "f"] += 1
                continue
            for mention, nxt in zip(here, here[1:] + [None]):
                window = text[mention.end: nxt.start if nxt else end].lower()
                if "he" not in window and "hi" not in window:
                    continue  # each of the pronouns counted holds one or the other
                words = _LOWER_WORD.findall(window)
                mention.person.votes["m"] += sum(w in ("he", "him", "his", "himself") for w in words)
                mention.person.votes["f"] += sum(w in ("she", "her", "hers", "herself") for w in words)
            previous = here[-1].person


# A pronoun for one person, as a sentence's subject, in the languages other than English the
# parser reads: not "sie", "zij", "ze" (also "they"), "il" (Italian's "the"), "lui" (also "him"); a verb of
# saying set off by commas, with no subject.
_ONE_PERSON = re.compile(r"(?<![\w’'-])(?:[Ee]r|[Ee]la|[Ee]le|[Ee]lle|[Ee]lla|[Éé]l|[Ll]ei|[Hh]ij)(?![\w’'-])")
# (Dutch "zij", "ze" before a verb in the singular, which ends on no "-en": "Zij stond op de
# bewuste ochtend aan de schoolpoort", not "Ze wonen"; German "Sie" is also the polite "you",
# whose verb may end on none: "Kommen Sie", "Sie sind")
_SHE_BY_HER_VERB = re.compile(r"(?<![\w’'-])(?:[Zz]ij|[Zz]e) (?![a-z]*en(?![\w-]))[a-z]+")
_SAYS_WITHOUT_A_SUBJECT = re.compile(rf",\s*(?:{FOREIGN_SPEECH_VERBS}),")
_SPEECH_VERB_BEFORE = re.compile(rf"(?<![\w-])(?:{FOREIGN_SPEECH_VERBS})(?:-t-|-)? ?$")
_NAME_WORD = re.compile(rf"{_GIVEN_NAME_SHAPE.pattern}(?:-{_GIVEN_NAME_SHAPE.pattern})?")  # ("Lindner-Moosbrugger")
_VERB_AFTER = re.compile(r" [a-zß-ÿ]")


def opens_on_a_person(candidate, text, is_common_word):
    """Whether a pair no list knows, opening a sentence of a story in another language, is a
    person: its words shaped as names and none a word of the story (``is_common_word``), a verb
    right after it, and a pronoun for one person or a verb of saying without a subject soon
    after ("Dulcineia Mourão vende peixe … Hoje, diz, …")."""
    words = [word for word in candidate.name.split() if word.lower() not in PARTICLES]
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(word) for word in words) \
            or any(word.lower() in STOPWORDS or is_common_word(word) for word in words):
        return False
    if not _VERB_AFTER.match(text, candidate.end) or not starts_sentence(text, candidate.start):
        return False
    # (the rest of its sentence and the next one)
    ends = [end for _, end in sentence_bounds(text) if end > candidate.end]
    window_end = ends[1] if len(ends) > 1 else len(text)
    # (not a pronoun after its verb of saying: "Viele Verkaufsflächen seien zu groß, sagte er")
    pronouns = [*_ONE_PERSON.finditer(text, candidate.end, window_end),
                *_SHE_BY_HER_VERB.finditer(text, candidate.end, window_end)]
    return any(not _SPEECH_VERB_BEFORE.search(text, max(0, pronoun.start() - 20), pronoun.start())
               for pronoun in pronouns) or bool(_SAYS_WITHOUT_A_SUBJECT.search(text, candidate.end, window_end))


# A title's noun and the word for "of" right before a run of capitals: "o procurador da República
# Heitor Bragança de Sá", "il sindaco di Roma Roberto Gualtieri".
_TITLE_OF_BEFORE = re.compile(r"(?<![\w’'])([a-zß-ÿ][\w-]*) (?:of|de|da|do|del|della|dello|di|du|des|van|von) $")


def without_what_a_title_is_of(candidate, text):
    """The candidate of three words or more without its first when a title's noun and "of" stand
    right before it: that word is what the title is of, and the title with it the person's role
    ("procurador da República" for Heitor Bragança de Sá); else the candidate as it is."""
    words = candidate.name.split()
    before = _TITLE_OF_BEFORE.search(text, max(0, candidate.start - 40), candidate.start)
    if len(words) < 3 or candidate.role or not before or not is_role_noun(before.group(1)) \
            or not _GIVEN_NAME_SHAPE.fullmatch(words[1]) or words[1].lower() in PARTICLES:
        return candidate
    cut = len(words[0]) + 1
    return replace(candidate, name=candidate.name[cut:], start=candidate.start + cut,
                   role=text[before.start():candidate.start + cut - 1])


def inside_a_span(starts, reach, offset):
    """Whether offset lies inside one of a block's spans, given their starts in order
    (``starts``) and the furthest any of them up to each reaches (``reach``)."""
    inside = bisect_right(starts, offset) - 1
    return inside >= 0 and offset < reach[inside]
