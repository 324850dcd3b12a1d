"""The lines of a paste that the parse left out of the story: the page's menus, adverts, share
rows, other stories' titles, bylines and stamps.

An importer that drops lines by rules of thumb owes the editor a look at what it dropped: a
line of the story read as page chrome would otherwise be lost without anyone seeing it.
"""

import re
from dataclasses import replace

from .contract import Block
from .paragraphing import is_subhead

_WORD_RE = re.compile(r"\w+")
_MARKER_REACH = 4  # lines from a Related marker to its title


def left_out_lines(lines, headline, body, dek=None):
    """(line number, line as normalised) of the non-blank lines no part of the parse holds, in order.

    ``headline`` is the headline's line index or None; ``body`` the blocks, each with the
    number of its first line. A block holds the lines from its first one on, as long as each
    comes next in its text (a paragraph joins its lines with spaces; a caption's line holds
    its credit after a bar), or a line that holds the whole block (a paragraph cut off a
    teaser card glued to it); the dek holds the standfirst's lines and the key points'.
    """
    held = {headline} if headline is not None else set()
    for block in body:
        held.update(_lines_of(block, lines))
    # A line that says again what the parse keeps (the page's title over its headline, a
    # paragraph set twice) loses nothing: only its copy went. (Lines are compared as they
    # are: a whole page leaves tens of thousands out, and each is asked once.)
    kept = {block.text for block in body} | ({lines[headline]} if headline is not None else set())
    return [(index + 1, line) for index, line in enumerate(lines)
            if line and index not in held and line not in kept and not (dek and line in dek)]


def keep_lines(body, left_out, numbers):
    """(the body with the left-out lines numbered in ``numbers`` put back where they stood, the
    lines still left out): what an editor keeps that the parser took for the page's own. A line
    comes back as the parser reads a line of its own: a short one with no stop as a subhead
    ("The road ahead"), any other as a paragraph. Numbers of lines that were not left out are
    no business of this and are passed over.
    """
    kept = [(number, line) for number, line in left_out if number in numbers]
    body = list(body)
    for number, line in kept:
        place = next((position for position, block in enumerate(body) if block.line > number), len(body))
        body.insert(place, Block("subhead" if is_subhead(line) else "paragraph", line, line=number))
    return body, [(number, line) for number, line in left_out if number not in numbers]


def leave_out_blocks(body, left_out, numbers):
    """(the body without the blocks whose first line is numbered in ``numbers``, the lines left
    out with those blocks among them, each under its first line's number): what the parser kept
    that an editor leaves out (an advert, another story's title). A left-out photo is listed as
    its caption and credit, as a caption line reads. Other numbers are passed over.
    """
    going = {block.line: block for block in body if block.line in numbers}
    listed = [(number, " | ".join(filter(None, (block.text, block.credit)))) for number, block in going.items()]
    return [block for block in body if block.line not in going], sorted(left_out + listed)


def turn_blocks(body, numbers):
    """The body with the paragraphs whose first line is numbered in ``numbers`` made subheads and
    the subheads made paragraphs: a heading the parser read as prose ("What the council
    decided.") or a short line of prose it took for a heading ("He did not answer").
    Other numbers, and blocks of other kinds, are passed over.
    """
    turned = {"paragraph": "subhead", "subhead": "paragraph"}
    return [replace(block, kind=turned[block.kind]) if block.line in numbers and block.kind in turned else block
            for block in body]


def _lines_of(block, lines):
    # The indexes of the lines the block was made of, from its first line on.
    text = _words(" ".join(part for part in (block.text, block.credit) if part))
    index, start = block.line - 1, 0
    if block.kind == "related":
        # the marker ("Related") on its line, and the title on the next line that is not blank
        title = next((at for at in range(index + 1, min(index + _MARKER_REACH, len(lines)))
                      if lines[at]), None)
        yield index
        if title is not None and _words(lines[title]) == text:
            yield title
        return
    if block.kind == "image" and block.credit:
        # a credit set over its caption, a blank line between them ("Jo Li/Reuters")
        above = index - 2
        if above >= 0 and not lines[index - 1] and lines[above] == block.credit:
            yield above
    while 0 <= index < len(lines) and lines[index]:
        words = _words(lines[index])
        found = text.find(words, start) if words else start
        end = found + len(words)
        if found < 0 or text[found - 1:found] not in ("", " ") or text[end:end + 1] not in ("", " "):
            if block.text and block.text in lines[index]:
                yield index  # the block is this line cut short
            return
        yield index
        start, index = end, index + 1


def _words(text):
    return " ".join(_WORD_RE.findall(text.lower()))
