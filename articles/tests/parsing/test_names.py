"""Person-name shapes."""

import pytest

from articles.parsing.names import looks_like_person_name


@pytest.mark.parametrize("text, expected", [
    ("Jane Doe", True),
    ("Mary J. Blige", True),
    ("Ludwig van Beethoven", True),
    ("Associated Press", False),
    ("Harbor Museum", False),
    ("Reuters", False),
    ("Getty Images", False),
])
def test_looks_like_person_name(text, expected):
    assert looks_like_person_name(text) is expected
