"""A person's role as the story gives it beside the name: a title right before it ("head coach
Jo Li", "la juíza federal Ana Moura") or a description set off after it ("Jo Li, the head of X,")."""

import re

from .words import BODY_NOUNS, FOREIGN_DETERMINERS, PARTICLES, ROLE_MODIFIERS, STOPWORDS, TITLE_WORDS, is_role_noun

_ROLE_WORD = re.compile(r"[\w’'.-]+")
# In reversed text: what follows the last _ROLE_WORD, that word, then the start of another.
_LAST_WORD_REVERSED = re.compile(r"[^\w’'.-]*([\w’'.-]+)([^\w’'.-]+[\w’'.-])?")
# Characters that hold the last two words before a name in all but the rarest text.
_LAST_WORDS_SPAN = 24
_ELIDED_ARTICLE = re.compile(r"^(?:[lLdD]|dell|all|nell|dall|sull)['’]")
_HONORIFIC_BEFORE = re.compile(r"(?<= )(?:Dr|Mr|Mrs|Ms|Prof|Madam)\.? $")


def preceding_role(text, start, *, english=True):
    """Lower-case title words right before a name: ``host``, ``head coach``; else None. In
    another language the adjective after the noun goes with it: "a juíza federal Ana Moura",
    "il procuratore capo Ugo Lenzi"."""
    begin = max(0, start - 80)
    if text[start - 1:start] == " " and (honorific := _HONORIFIC_BEFORE.search(text, begin, start)):
        start = honorific.start()  # (past an honorific: "health officer Dr. Ana Lima")
    # The word right before the name decides most cases: unless it is a lower-case role noun
    # (or, in another language, any lower-case word after one) there is no role. It is found in
    # the last few characters; it is whole when another word precedes it there (or when those
    # characters are the whole window).
    # (Read backwards: the last word of those characters, and whether another comes before it.)
    near = _LAST_WORD_REVERSED.match(text[max(begin, start - _LAST_WORDS_SPAN):start][::-1])
    if (near and near.group(2)) or start - _LAST_WORDS_SPAN <= begin:
        last = near.group(1) if near else ""  # (reversed: its first letter is last)
        if not last or not last[-1].islower() or english and not is_role_noun(last[::-1].lower()):
            return None
    # (an article run into the noun is no part of it: "l’enseignante Chantal Nadeau")
    words = [bare for word in _ROLE_WORD.findall(text, begin, start) if (bare := _ELIDED_ARTICLE.sub("", word))]
    adjective = []
    if not english and is_title_of_something(words[-3:]) and words[-1].lower() not in STOPWORDS \
            and words[-1].lower() not in BODY_NOUNS:
        # what the title is of, set before the name: "a diretora do sindicato Ana Lima", "il
        # presidente della regione Ugo Lenzi" (not after a body's noun, which a body's name
        # may follow: "presidente della cooperativa Aurora Bene Comune")
        adjective = words[-2:]
        del words[-2:]
    elif not english and len(words) >= 2 and not is_role_noun(words[-1].lower()):
        last = words[-1].lower()
        if words[-1][0].isupper() or len(last) < 4 or not last.isalpha() or last in STOPWORDS or last in PARTICLES \
                or not words[-2][0].islower() or not is_role_noun(words[-2].lower()):
            return None
        adjective = [words.pop()]
    if len(words) >= 2 and words[-2].lower() in BODY_NOUNS:
        return None  # "a associação ambientalista Ondas Limpas": a body's adjective
    taken = []
    for word in reversed(words[-4:]):
        lowered = word.lower()
        if not taken and is_role_noun(lowered) and word[0].islower():
            taken.append(word)
        elif taken and (lowered in TITLE_WORDS or lowered in ROLE_MODIFIERS):
            taken.append(word)
        else:
            break
    if not taken:
        return None
    return " ".join(taken[::-1] + adjective)


def is_title_of_something(words):
    """Whether words are a noun for a person, then what it is of: "diretora do sindicato"."""
    return len(words) == 3 and bool(_OF_A_BODY.fullmatch(" ".join(words))) and is_role_noun(words[0].lower())


_OF_A_BODY = re.compile(r"[a-zß-ÿ][\w-]* (?:do|da|de|del|della|dello|di|du|des|dos|das) [a-zß-ÿ]{3,}")
_APPOSITIVE = re.compile(r",\s+(?:(?:the|a|an)\s+)?([^,.;:“”\"]+?)\s*(?=,|\.|;|$)")
_APPOSITIVE_ARTICLE = re.compile(r",\s+(the|a|an)\s")
_DIGIT = re.compile(r"\d")
# Since when the person holds it is no part of the role: "bourgmestre depuis 2018 et réélu en
# 2024", "mayor since 2019", "Bürgermeister seit 2010", "técnica de enfermagem há 19 anos".
_SINCE = re.compile(r"\s+(?:since|depuis|desde|seit|sinds|dal|há)\s")


def appositive_role(text, end, *, english=True):
    """The description in ``Name, the head of X,`` (article dropped); else None. In another
    language the description must open on a noun for a person after its article ("Ana Lima, la
    maire de Dijon,"): "a" is an article there before any noun ("Para Rui Costa, a decisão é
    errada")."""
    match = _APPOSITIVE.match(text, end) if text.startswith(",", end) else None
    if not match:
        return None
    role = _SINCE.split(match.group(1), 1)[0]
    words = role.split()
    if len(words) > 10 or _DIGIT.match(role):
        return None
    first = words[0].lower()
    if first in ROLE_MODIFIERS or is_role_noun(first):
        return role
    if english:
        return role if _APPOSITIVE_ARTICLE.match(text, end) else None
    return " ".join(words[1:]) if first in FOREIGN_DETERMINERS and len(words) > 1 and is_role_noun(words[1]) else None
