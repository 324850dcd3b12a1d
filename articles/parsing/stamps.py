"""Date and time stamps and lines of figures: "Updated 8:52 a.m. CDT Thursday, Aug. 28, 2025",
"HLVR 61.37 -10.02 (-14.03%)", "* * *"; lines with no words of their own."""

import re

from .words import DAYS_AND_MONTHS, word_set


STAMP_SEPARATORS = " ,;|/—–-•·"  # what parts a stamp from the name beside it

# Words a date or time line is made of: "Updated 8:52 a.m. CDT Thursday, Aug. 28, 2025".
STAMP_WORDS = DAYS_AND_MONTHS | word_set("""
    mon tue tues wed thu thur thurs fri sat sun am pm at on updated published posted last first
    modified edited original ago st nd rd th min mins read
    et est edt ct cst cdt mt mst mdt pt pst pdt akst akdt hst gmt utc bst cet cest
    eet eest ist jst aest aedt nzst nzdt sast wat msk
""")
# The same words in French, Spanish, Portuguese, German, Italian and Dutch, with their short
# forms ("di 14 okt 2025 om 16:05"), and the "of" of "15th of January": a date line's words only
# (some are surnames or words too, "Le", "Mai", "so", so a byline's names keep them, and a line
# of them is a date only with a figure in it).
_DATE_LINE_WORDS = STAMP_WORDS | word_set("""
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    lundi mardi mercredi jeudi vendredi samedi dimanche le à h mis jour publié modifié
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
    diciembre lunes martes miércoles jueves viernes sábado domingo de del a las actualizado publicado
    janeiro fevereiro março maio junho julho setembro outubro dezembro segunda terça quarta
    quinta sexta feira às em atualizado atualizada publicada
    januar februar märz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag
    samstag sonntag um uhr aktualisiert veröffentlicht stand of
    gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre lunedì martedì
    mercoledì giovedì venerdì sabato domenica alle ore aggiornato pubblicato il modifica modificato modificado
    januari februari maart mei augustus maandag dinsdag woensdag donderdag vrijdag zaterdag
    zondag om bijgewerkt gepubliceerd uur update today yesterday vandaag gisteren heute gestern
    aujourd hui hier hoy ayer oggi ieri hoje ontem
    janv févr avr juil déc ene abr ago dic fev out dez mrt okt mär mrz gen mag giu lug ott
    ma di wo do vr za zo mo mi fr sa so lun mer jeu ven sam dim mié jue vie sáb dom gio sab seg ter qua qui sex
""")


DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")


_GLUED_WORDS = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_GLUED_PAIR = re.compile(r"[a-zA-Z][A-Z]")  # in every line _GLUED_WORDS parts (a quicker search)


def is_stamp_or_data_line(line):
    """A line with no words of its own: a date/time stamp, a price or ticker line, a divider.

    These only ever stand alone; inside a hard-wrapped paragraph a line like "2011." is
    story text, so callers check that the line does not continue a sentence.
    """
    if len(line) > 90:
        return False
    if not DIGIT.search(line):
        return not (line[:1].isalpha() or _LETTER.search(line))  # "* * *"; any word without a figure is text
    # a copy may glue two stamps together: "18.54 GMTLast modified on …"
    lowered = (_GLUED_WORDS.sub(" ", line) if _GLUED_PAIR.search(line) else line).lower()
    if "m." in lowered:
        lowered = _DOTTED_AM_PM.sub(r"\1m", lowered)
    words = _WORD.findall(lowered)
    if not words:
        return True  # "61.37 -10.02 (-14.03%)"
    if all(word in _DATE_LINE_WORDS for word in words):
        return True
    # "HLVR 61.37 -10.02 (-14.03%)": stock tickers (capitals only) and figures
    tickers = _WORD.findall(line)
    return all(t.isupper() and len(t) <= 5 for t in tickers) and bool(_PRICE_OR_DECIMAL.search(line))


_WORD = re.compile(r"[^\W\d_]+")
_DOTTED_AM_PM = re.compile(r"\b([ap])\. ?m\.")  # ("12:47 a. m." in Spanish)
_PRICE_OR_DECIMAL = re.compile(r"[%$€£]|\d\.\d")


def is_date_stamp(text):
    """A date with its month, day or time, beside a writer's name in a byline: not a bare year
    ("Jo Li 2015") nor an age ("Actor Jo Li Dead at 25")."""
    text = text.strip(STAMP_SEPARATORS)
    return bool(text) and DIGIT.search(text) is not None and (
        ":" in text or any(word not in _STAMP_LINKS for word in _WORD.findall(text.lower()))) \
        and is_stamp_or_data_line(text)


_STAMP_LINKS = word_set("at on the a à le de del las às em um om alle il of")
