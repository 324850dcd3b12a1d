"""A match report's box set into a story: its line-ups and the facts of the match.

It is not written as the story is: a line-up lists a team's players between semicolons ("PRO
LAGO (4-3-3): Baldini; Rota, Lanzi, …; …"), and the lines around the line-ups are labels with
their values ("ARBITRO: …", "Goles: …"), rows of figures (a table of standings) or short lines
of figures ("Estadio X. 11.842 espectadores."). A page copied as text keeps these shapes in
any language; the box goes with its title over it ("IL TABELLINO", "Ficha técnica", the
result). (A table of figures on its own is the story's: the benchmarks count it, and a story
about a company's year may be told in one.)
"""

import re

from .text import has_terminal_punctuation

# A cell of figures: "361,4", "+14,0%", "-12,5", "2024", or a dash for an empty cell.
_FIGURE_CELL_RE = re.compile(r"[-+−±]?\d[\d.,']*%?|[-–—]")
# "Name (4-3-3):", "2 - Atlético Lago:": what a line-up's players follow.
_LINEUP_HEAD_CHARS = 60
_LINEUP_MIN_PLAYERS = 8
_PLAYER_WORDS = 4
# "ARBITRO: …", "Goles: …", "Fonte: …", "Source: …": a label of one or two words and its value.
_LABEL_RE = re.compile(r"[^\W\d][\w'’.]*(?: [\w'’.]+)?:\s")
_LABEL_LINE_WORDS = 40
_TITLE_WORDS = 8          # a box's title, the match's result over its line-ups
_TITLE_LINES = 2
_FIGURE_LINE_WORDS = 8    # "Estadio de Los Olivares. 11.842 espectadores."
_ROW_WORDS = 7            # the label of a row: "Posizione finanziaria netta"
_MIN_LINEUPS = 2


def _is_table_row(line):
    # a label, if any, then two or more cells of figures: "Ebitda 47,9 58,3 +21,7%", "2024 2025 Var."
    if not line or not (line[-1].isdigit() or line[-1] in "%.-–—"):
        return False
    cells = line.split()
    figures = sum(1 for cell in cells if _FIGURE_CELL_RE.fullmatch(cell))
    return figures >= 2 and len(cells) - figures <= _ROW_WORDS


def _is_lineup(line):
    # "PRO LAGO (4-3-3): Baldini; Rota, Lanzi, Guerrieri, Sala (18' st Paoletti); …"
    if line.count(";") < 2:
        return False
    colon = line.find(":", 0, _LINEUP_HEAD_CHARS)
    if colon < 0:
        return False
    players = [piece for piece in re.split(r"[;,]| y | e | and | und | et | en ", line[colon + 1:]) if piece.strip()]
    return len(players) >= _LINEUP_MIN_PLAYERS and \
        sum(len(piece.split()) <= _PLAYER_WORDS for piece in players) >= 0.8 * len(players)


def _is_box_line(line):
    # a line that goes on a box once its line-ups have begun
    if _is_lineup(line) or _is_table_row(line):
        return True
    if _LABEL_RE.match(line):
        return len(line.split(None, _LABEL_LINE_WORDS)) <= _LABEL_LINE_WORDS
    return len(line.split(None, _FIGURE_LINE_WORDS)) <= _FIGURE_LINE_WORDS and any(char.isdigit() for char in line)


def match_box_end(lines, index):
    """The index of the last line of a match report's box that opens at ``index`` (its title,
    the result, or the first line-up), or None when none does."""
    # (a line-up holds semicolons: the title's lines and the first line-up are told by that alone)
    if not any(";" in line for line in lines[index:index + _TITLE_LINES + 3]):
        return None
    following, titles = index, 0
    while following < len(lines):
        line = lines[following]
        if line:
            if _is_lineup(line):
                break
            if titles == _TITLE_LINES or has_terminal_punctuation(line) \
                    or len(line.split(None, _TITLE_WORDS)) > _TITLE_WORDS:
                return None
            titles += 1
        following += 1
    else:
        return None
    last, lineups = following, 0
    while following < len(lines):
        line = lines[following]
        if line:
            if not _is_box_line(line):
                break
            lineups += _is_lineup(line)
            last = following
        following += 1
    return last if lineups >= _MIN_LINEUPS else None
