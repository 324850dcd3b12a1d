"""Capitalised runs and the names in them: word shapes, offsets, titles and particles."""

from articles.parsing.names import analyse_run, find_capitalised_runs


def _runs(text):
    return [[(token.word, token.start, token.end) for token in run] for run in find_capitalised_runs(text)]


def _names(text):
    found = [analyse_run(run, text) for run in find_capitalised_runs(text)]
    return [(candidate.name, candidate.role, candidate.gender) for candidate in found if candidate]


def test_hyphens_and_particles_in_runs():
    text = "Yesterday Jo Smith-Lee met al-Assad, Jean--Paul and Ana de la Cruz in Paris."
    assert _runs(text) == [[("Jo", 10, 12), ("Smith-Lee", 13, 22)], [("al-Assad", 27, 35)],
                           [("Ana", 52, 55), ("de", 56, 58), ("la", 59, 61), ("Cruz", 62, 66)],
                           [("Paris", 70, 75)]]
    assert _names(text) == [("Jo Smith-Lee", None, None), ("Ana de la Cruz", None, None)]


def test_offsets_survive_uneven_spaces_and_marks():
    text = "Mayor  Ana\tLima said “yes” to Gov. Tom Reed’s plan on Monday with Teammates Jo Li and Ann Roe."
    assert _runs(text) == [[("Mayor", 0, 5), ("Ana", 7, 10), ("Lima", 11, 15)],
                           [("Gov.", 30, 34), ("Tom", 35, 38), ("Reed", 39, 43)],
                           [("Teammates", 66, 75), ("Jo", 76, 78), ("Li", 79, 81)],
                           [("Ann", 86, 89), ("Roe", 90, 93)]]
    assert _names(text) == [("Ana Lima", "Mayor", None), ("Tom Reed", "Gov.", None),
                            ("Jo Li", "Teammates", None), ("Ann Roe", None, None)]


def test_honorifics_give_a_gender_and_titles_with_of_stay_whole():
    text = "Ms. Ana Lima met Secretary of State Jo Li and Ludwig van Beethoven."
    assert _names(text) == [("Ana Lima", None, "f"), ("Jo Li", "Secretary of State", None),
                            ("Ludwig van Beethoven", None, None)]
