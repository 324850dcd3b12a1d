"""The subject before a speech verb and the noun phrase after it."""

import pytest

from articles.parsing.phrases import object_phrase, subject_phrase


@pytest.mark.parametrize("text, offset, phrase", [
    ("Sen. Jo Li, R-Okla., who chairs the panel, also said", 0, "Sen. Jo Li"),
    ("But the mayor, who was late, has repeatedly said", 4, "the mayor"),
    ("and Jo Li later said", 4, "Jo Li"),
])
def test_subject_phrase_drops_clauses_fillers_party_tags_and_conjunctions(text, offset, phrase):
    assert subject_phrase(text, 0, text.rfind(" said")) == (offset, phrase)


@pytest.mark.parametrize("text, phrase", [
    ("said Gov. Jo Cox in a statement", "Gov. Jo Cox"),
    ("said Jo A. Cox, the mayor", "Jo A. Cox"),
])
def test_object_phrase_ends_at_a_comma_or_preposition_but_not_after_an_abbreviation(text, phrase):
    assert object_phrase(text, 5, len(text)) == (5, phrase)
