"""What follows a capitalised pair and marks it as a person's name: a comma and a description
(", who", ", the head of", ", 41,", ", entré en jeu"), a verb of saying, a role after a comma, a
place someone comes from."""

import re
from functools import lru_cache

from .names import is_title
from .words import (
    DEMONYMS,
    FEMALE_WORDS,
    FOREIGN_DETERMINER_PATTERN,
    GERMAN_TITLE_ENDINGS,
    MALE_WORDS,
    SPEECH_VERBS,
    is_role_noun,
)


_PERSONS_PARTICIPLES = "|".join("""
    entré entrée né née âgé élu élue réélu réélue nommé nommée interrogé interrogée contacté contactée blessé blessée
    nacido nacida elegido elegida nombrado nombrada entrevistado entrevistada consultado consultada herido herida
    nato nata eletto eletta nominato nominata intervistato intervistata contattato contattata raggiunto raggiunta
    nascido nascida eleito eleita nomeado nomeada ouvido ouvida contactado contactada contatado contatada
""".split())
_AFTER_NAME_CUE = re.compile(
    rf"^(\s*,\s*(the|a|an|who|whose|now|\d+|left|right|center|centre|pictured|also)\b"
    rf"|\s*\((left|right|center|centre|\d+)\)"
    # (an age in another language: "Ana Lima, de 47 anos,", "Jo Rossi, di 61 anni,", "âgée de 50 ans")
    rf"|\s*,\s*(de|di|âgée?) (de )?\d{{1,3}} (anos|años|anni|ans)\b"
    # (a participle said only of a person: "Jo Ndiaye, entré en jeu à la pause,", "nacida en")
    rf"|\s*,\s*(?-i:{_PERSONS_PARTICIPLES})\s"
    rf"|\s*(,[^,.]{{0,80}}+,\s*+)?((?-i:[a-z]+ly)\s+|also\s+|later\s+|then\s+|has\s+|had\s+)*"
    rf",?\s*(?:{SPEECH_VERBS})\b)",
    re.IGNORECASE)
_ARTICLE_APPOSITIVE = re.compile(r"\s*,\s*(the|a|an)\s+(?P<words>[^,.;:“”\"]{0,60})", re.IGNORECASE)


@lru_cache(maxsize=256)  # a list of names repeats what follows each one
def after_name_cue(after):
    """Whether the words after a capitalised pair mark it as a person (``, who``, ``said``).

    ``Name, the/a …`` only counts when the apposition describes a person (``, the head of``,
    ``, a planetary scientist``): ``Nature Astronomy, the team reported`` is a new clause.
    """
    if not _AFTER_NAME_CUE.match(after):
        return _role_after_comma(after) or bool(_FROM_A_PLACE.match(after))
    appositive = _ARTICLE_APPOSITIVE.match(after)
    if not appositive:
        return True
    words = re.findall(r"[\w’'-]+", appositive.group("words").lower())[:5]
    return any(is_role_noun(w) or w in DEMONYMS or w in FEMALE_WORDS or w in MALE_WORDS
               or re.fullmatch(r"\d+-year-old", w)
               for w in words)


# Where someone comes from, in German and Dutch: "Livio Tschümperlin aus Haldikon", "Jan Peeters (45) uit Gent".
_FROM_A_PLACE = re.compile(r"\s+(?:\(\d{1,3}\)\s+)?(?:aus|uit)\s+[A-ZÀ-Þ]")
# A noun for a person set after a name and a comma, maybe after an article: "Yanis Ould-Ferhat,
# directeur de séjours", "Jonatan Sancho, un vecino de 29 años", "Jo Li, spokesperson for …".
_ROLE_AFTER_COMMA = re.compile(
    # (maybe after the years it was held: "Ferdinand Kitzmüller, von 2009 bis 2022 Bürgermeister von …")
    r"\s*,\s*(?:(?:from|since|von|seit|de|desde|depuis|dal|van|sinds) \d{4}"
    r"(?: (?:to|until|bis|à|a|hasta|al|tot) \d{4})? )?"
    rf"(?:(?:{FOREIGN_DETERMINER_PATTERN}|un|une|una|uno|um|uma|een|ein|eine)\s*)?"
    r"(?P<noun>[^\W\d_][\w’'-]*)(?P<rest>[^,.;:]{0,80})")
# Words a place's or a body's name follows in a description ("députée de la Haute-Vienne").
_BEFORE_A_BODY = frozenset("""
    de del della di du des la le les el los il of the van von der den dem da do dos das en in at for eines einer einem
""".split())


def _role_after_comma(after):
    found = _ROLE_AFTER_COMMA.match(after)
    if not found:
        return False
    noun, rest = found.group("noun"), found.group("rest").split()
    # (a German title's word alone before whom or what it heads: "Leiter des Rottach-Gymnasiums")
    german = noun.lower() in GERMAN_TITLE_ENDINGS and rest[:1] in (["des"], ["der"], ["vom"])
    if not (noun[0].islower() or is_title(noun) or german):
        return False
    # not a title before another name: "Boston Celtics, coach Brad Stevens said", "la comisión
    # de Presupuesto, el diputado opositor Gregorio Salcedo"
    previous = noun
    for word in rest:
        if word[0].isupper() and previous.lower() not in _BEFORE_A_BODY:
            return False
        previous = word
    return german or is_role_noun(noun) or is_title(noun)
