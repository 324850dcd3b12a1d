"""Subject and object phrases around a speech verb: who stands before ``said``, who after it."""

import re

from .words import ABBREVIATIONS, word_set


_CONJUNCTIONS = word_set("""
    and but though although while as because when after before since so yet then that
    where if whereas also even however meanwhile which whom what how
""")
# Adverbs and auxiliaries between a subject and its verb ("Lima also said", "Li has said").
_FILLER_WORDS = word_set("""
    also later then previously repeatedly again once further recently simply just only never
    always often has had have was were is are been would will could did does do
""")
_LY_NOUNS = word_set("family ally rally supply assembly monopoly anomaly")
_LAST_WORD = re.compile(r"\s+(\w+)$")


def _strip_trailing_filler(phrase):
    # Word by word from the end: a "$"-anchored regex would rescan from every position.
    while True:
        window = phrase[-40:]
        # The last word, when _LAST_WORD finds one, is the window's last token: most phrases end
        # in a name, which that token alone tells without a search.
        token = window.rsplit(None, 1)[-1:]
        if not token or (token[0] not in _FILLER_WORDS and not token[0].endswith("ly")):
            break
        last = _LAST_WORD.search(window)
        if last is None:
            break
        word = last.group(1)
        adverb = word.endswith("ly") and word.isalpha() and word.islower() and word not in _LY_NOUNS
        if word not in _FILLER_WORDS and not adverb:
            break
        phrase = phrase[: len(phrase) - len(last.group())]
    return phrase


# "D-N.M.", "R-Okla.", "(I-Vt.)": a legislator's party and state after the name.
_PARTY_TAG = re.compile(r",\s*[RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?(?=,)|\s*\([RDI]-[A-Z][A-Za-z. ]*\)")


_CLAUSE_AT_END = re.compile(r",[^,]*,\s*$")
_AND_OR_BUT = re.compile(r",\s*(and|but)\b")
_LEADING_WORD = re.compile(r"\s*(\w+)\s+")
_LAST_BOUNDARY = re.compile(r"[,;:—–(][^,;:—–(]*$")  # (a search the engine skips ahead in)


def subject_phrase(text, start, end):
    """(offset, phrase): the subject standing right before a verb at ``end``.

    Drops adverbs and auxiliaries before the verb, parenthetical clauses
    (``Name, who chairs the board, said``) and leading conjunctions.
    """
    phrase = text[start:end]
    if "-" in phrase:  # every party tag holds one
        # "Sen. Jo Li, R-Okla., who …": blank the party tag so the name stays the subject.
        phrase = _PARTY_TAG.sub(lambda m: " " * len(m.group()), phrase)
    phrase = _strip_trailing_filler(phrase.rstrip())
    if "," in phrase:  # (both cuts below need a comma)
        for _ in range(3):
            clause = _CLAUSE_AT_END.search(phrase)
            if clause and not _AND_OR_BUT.search(clause.group()):
                phrase = phrase[: clause.start()]
            elif phrase.endswith(","):
                phrase = phrase[:-1].rstrip()
            else:
                break  # (nothing cut: another turn would cut nothing either)
    # The phrase starts after the last comma, semicolon, colon, dash or bracket and the spaces after it.
    if "," in phrase or ";" in phrase or ":" in phrase or "—" in phrase or "–" in phrase or "(" in phrase:
        last = _LAST_BOUNDARY.search(phrase)
        boundary = len(phrase) - len(phrase[last.start() + 1:].lstrip()) if last else 0
    else:
        boundary = 0
    phrase, start = phrase[boundary:], start + boundary
    # (_LEADING_WORD's word, when it finds one, is the first token: most phrases open with none)
    first = phrase.split(None, 1)[:1]
    while first and first[0].lower() in _CONJUNCTIONS \
            and (lead := _LEADING_WORD.match(phrase)) and lead.group(1).lower() in _CONJUNCTIONS:
        phrase, start = phrase[lead.end():], start + lead.end()
        first = phrase.split(None, 1)[:1]
    return start + len(phrase) - len(phrase.lstrip()), phrase.strip()


_OBJECT_ENDS = re.compile(r",|;|\.|:|\s(in|on|at|as|after|during|about|of|to|from|with|who|that)\s")
_LAST_TOKEN = re.compile(r"(\S+)$")


def object_phrase(text, start, end):
    """(offset, phrase): the noun phrase right after a verb (``said Name, the …``)."""
    phrase = text[start:end]
    for cut in _OBJECT_ENDS.finditer(phrase):
        word = _LAST_TOKEN.search(phrase[: cut.start()])
        if cut.group() == "." and word and (word.group(1).lower() in ABBREVIATIONS or len(word.group(1)) == 1):
            continue  # "said Gov. Jo Cox", "said Jo A. Cox"
        phrase = phrase[: cut.start()]
        break
    return start + len(phrase) - len(phrase.lstrip()), phrase.strip()
