"""Word lists."""

import pytest

from articles.parsing.words import is_role_noun


@pytest.mark.parametrize("word, expected", [
    ("bassist", True), ("nephew", True), ("economist", True), ("goalie", True), ("parent", True),
    ("list", False), ("insist", False), ("journal", False), ("rival", False), ("team", False),
])
def test_is_role_noun(word, expected):
    assert is_role_noun(word) is expected


def test_role_nouns_ending_in_man_or_person():
    assert is_role_noun("postman") and is_role_noun("chairwoman") and is_role_noun("spokesperson")
    assert not is_role_noun("Goldman") and not is_role_noun("human")
