"""How sure an attribution is: each rule's confidence, what a rule finds, a speaker borrowed from another quote."""

from typing import NamedTuple


# How sure an attribution is, by the rule that made it: the one table of confidences. A name
# written beside the quote is near certain; a pronoun is as good as the distance back to its
# antecedent; a quote that only borrows a neighbour's speaker is never surer than that neighbour.
RULE_CONFIDENCE = {
    "name beside the quote": 0.95,        # “…,” said Jo Li / Jo Li said “…” / according to Jo Li
    "name in apposition": 0.9,            # the mayor’s aide, Jo Li, said
    "name after the title": 0.9,          # said the team’s manager, Jo Li
    "name after how it was said": 0.9,    # dijo entre risas Jo Li
    "named in the next sentence": 0.85,   # “…” Jo Li added. / That was the view of Jo Li.
    "quote points back at a name": 0.85,  # “…” — that was Jo Li’s answer
    "subject of the clause": 0.8,         # Jo Li toured the site and said “…”
    "subject before a colon": 0.8,        # Jo Li was blunt: “…”
    "for whom the sentence speaks": 0.8,  # Pour Jo Li, l'enjeu est « … » / Para la jefa, «…»
    "who after a name": 0.8,              # Jo Li, who said “…”
    "I, in the interviewee's answer": 0.85,  # A: I told them, “…”
    "you, in a question": 0.8,            # Q: You once said “…”. Why?
    "title, holder named before": 0.75,   # the mayor said, after Mayor Jo Li
    "pronoun, same paragraph": 0.8,
    "pronoun, paragraph before": 0.65,
    "pronoun, further back": 0.4,
    "the N-year-old": 0.5,
    "title, holder named later": 0.5,     # the mayor said, before the mayor is named
    "title set off before the name": 0.6,  # The judge, Jo Li, … ¶ “…,” the judge said
    "described, named just before": 0.65,   # Jo Li … «…», explicó el delantero
    "described, named in the paragraph before": 0.55,  # Jo Li … ¶ «…», explicó el delantero
    "another quote in the paragraph": 0.85,
    "carried over from the paragraph before": 0.6,
    "subject of the sentence before": 0.55,  # Jo Li called the plan a gamble. “…”
    "according to, the sentence before": 0.55,  # According to Jo Li, … . It was “…”
    "described in the sentence before": 0.55,  # O investigador defende que … . «…»
    "reported in the sentence before": 0.55,  # Jo Weber widerspricht. Man habe … . „…“
    "reported, the sentence's subject": 0.55,  # Jo Weber zeichnete das Bild einer Firma, die „…“ habe.
    "reported, carried over from the paragraph before": 0.55,  # „…“, sagt Jo Weber. ¶ Es sei ernst. „…“
    "subject unsaid, named before": 0.55,  # Jo Li … . Mas deixa um aviso: «…»
    "subject unsaid, named in the paragraph before": 0.65,  # as a pronoun: Jo Li … ¶ Sin embargo, reconoció: «…»
    "named in the paragraph before": 0.55,  # Jo Li, 87, ran the projector. ¶ “I still have the keys.”
    "an unnamed subject": 0.9,            # a spokesperson said, a sign read: sure nobody named spoke
    "no person in the subject": 0.7,      # the company said
    "a name the story never introduced": 0.3,  # Acme said, or Li said where Li was never named
    "pronoun, nobody before": 0.2,
    "title, nobody holds it": 0.3,
    "unattributed": 0.0,
}


class Attribution(NamedTuple):
    """What an attribution rule found: whether it applies, the speaker (or None), the rule's name."""

    found: bool
    speaker: str | None
    rule: str = "unattributed"

    @property
    def confidence(self):
        return RULE_CONFIDENCE[self.rule]


NOTHING = Attribution(False, None)  # no rule applies


def borrowed(source, rule):
    """The speaker of source (another quote's attribution, or an attributed quote) under rule."""
    if source is None or not getattr(source, "found", True):
        return NOTHING
    return Borrowed(True, source.speaker, rule, source.confidence)


class Borrowed(NamedTuple):
    # A speaker taken from another quote is never surer than that quote's own attribution.
    found: bool
    speaker: str | None
    rule: str
    source_confidence: float

    @property
    def confidence(self):
        return min(RULE_CONFIDENCE[self.rule], self.source_confidence)
