"""Many whole-line patterns asked together, each tried only on the lines it could match."""

import re
from re import _constants as sre
from re import _parser

# Characters outside ASCII that match an ASCII letter when case is ignored (the long "ſ" is
# an "s", the Kelvin sign a "k"): a line holding one of them is tried against every pattern.
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
_OUTSIDE_ASCII = "\x80"  # stands for any character outside ASCII among those a pattern starts with
_ANY = "\x00"  # stands for any character at all
# The engine keeps the state of every group of a pattern as it tries it; alternations of a
# few patterns cost less per line than one alternation of them all.
_GROUP = 8
# Openings whose patterns are kept, at most: a hostile paste may open each line differently.
_PREFIXES_KEPT = 4096


class LinePatterns:
    """Patterns one of which a line must match whole, as ``any(p.fullmatch(line) for p in patterns)``.

    A line is tried only against the patterns that can start with its first two characters
    (read from each pattern's parse tree; for a line opening outside ASCII, with a quotation
    mark say, the patterns that can start outside ASCII), and a pattern that can start
    anywhere (a lookahead such as ``(?=.*\\bcomment)``) only against lines holding one of the
    words it needs. The answer is the same as trying every pattern: what cannot be read from
    a pattern is tried on every line.
    """

    def __init__(self, patterns, flags=0):
        by_first, by_pair, anywhere, needing, words = {}, {}, [], [], set()
        for pattern in patterns:
            tree = _parser.parse(pattern, flags)
            first, empty = _first_chars(tree)
            if first is not None and not empty:
                for char in first:  # (one list for all the characters outside ASCII)
                    by_first.setdefault(char if char.isascii() else _OUTSIDE_ASCII, []).append(pattern)
                # and by its first two characters, for lines of two or more
                pairs = _prefixes(tree, 2)
                for pair in pairs if pairs is not None else {char + _ANY for char in first}:
                    if len(pair) == 2 and pair[0].isascii():
                        second = pair[1] if pair[1].isascii() else _OUTSIDE_ASCII
                        by_pair.setdefault(pair[0] + second, []).append(pattern)
                continue
            needles = _needles(tree)
            if needles:
                needing.append(pattern)
                words |= needles
            else:
                anywhere.append(pattern)
        self._by_first = {char: _alternations(group, flags) for char, group in by_first.items()}
        # A pair's patterns with those that can have any character second.
        self._after_any = {pair[0]: _alternations(group, flags) for pair, group in by_pair.items() if pair[1] == _ANY}
        self._by_pair = {pair: _alternations(list(dict.fromkeys(group + by_pair.get(pair[0] + _ANY, []))), flags)
                         for pair, group in by_pair.items() if pair[1] != _ANY}
        starting = list(dict.fromkeys(p for group in by_first.values() for p in group))
        self._any_first = _alternations(starting, flags)  # for a line opening with _FOLDS_TO_ASCII
        self._outside_ascii = self._by_first.pop(_OUTSIDE_ASCII, [])
        self._anywhere = _alternations(anywhere, flags)
        self._needing = _alternations(needing, flags)
        # Any of the words, found in the line in lower case (where "İ" is "i" and a combining
        # dot), or a character that stands for an ASCII letter: then the lookaheads are tried.
        self._needed = any_of({*words, *FOLDED_CLUES})
        self._by_prefix = {}

    def fullmatch_any(self, line):
        """True when one of the patterns matches the whole line."""
        # A line's patterns depend only on its first two characters: each opening is sorted
        # out once, and a line then costs a look-up (a paste holds few distinct openings).
        prefix = line[:2]
        tried = self._by_prefix.get(prefix)
        if tried is None:
            tried = self._patterns_for(prefix)
            if len(self._by_prefix) < _PREFIXES_KEPT:
                self._by_prefix[prefix] = tried
        for pattern in tried:
            if pattern.fullmatch(line):
                return True
        if self._needing and self._needed.search(line.lower()):
            for pattern in self._needing:
                if pattern.fullmatch(line):
                    return True
        return False

    def _patterns_for(self, prefix):
        # The patterns a line opening with prefix (its first two characters, or fewer) could match.
        first = prefix[:1]
        if first.isascii():
            first = first.lower()
            second = prefix[1:2]
            if not second or second in _FOLDS_TO_ASCII:
                starting = self._by_first.get(first, ())
            else:
                pair = first + (second.lower() if second.isascii() else _OUTSIDE_ASCII)
                starting = self._by_pair.get(pair) or self._after_any.get(first, ())
        else:
            starting = self._any_first if first in _FOLDS_TO_ASCII else self._outside_ascii
        return (*starting, *self._anywhere)


def needed_words(pattern, flags=0):
    """Lower-case ASCII strings one of which every match of pattern holds, or None when none is known.

    Look for them in the text in lower case; a text holding a character that stands for an
    ASCII letter when case is ignored (``FOLDED_CLUES`` in lower case) may match without them.
    """
    return _needles(_parser.parse(pattern, flags))


# The characters in lower case that stand for an ASCII letter when case is ignored ("İ"
# leaves a combining dot; the Kelvin sign becomes "k").
FOLDED_CLUES = ("\u0131", "\u017f", "\u0307")


def holds_any(text, words):
    """True when text holds one of the strings (for a few strings, a test per string is faster
    than one alternation; for many, see ``any_of``)."""
    for word in words:
        if word in text:
            return True
    return False


def any_of(words):
    """A compiled pattern whose ``search`` finds any of the strings in a text: for a hundred
    strings, faster than a test per string (see ``alternation``)."""
    return re.compile(alternation(words, literal=True))


def alternation(words, *, literal=False):
    """A regex alternation of words, written as a tree of shared prefixes: ``sa(?:id|ys)``.

    It matches the same strings as ``"|".join(words)``. A speech verb is looked for at every
    position of a paragraph; as a plain alternation the engine tried each of some two hundred
    words there in turn, as a tree it reads one letter at a time. Words holding regex syntax
    (``talks(?=…)``) are added as alternatives of their own; with ``literal`` every word is a
    plain string, set in the tree with its characters escaped.
    """
    tree, written = {}, []
    for word in sorted(words):
        if not literal and not word.isalpha():
            written.append(word)
            continue
        node = tree
        for char in word:
            node = node.setdefault(re.escape(char) if literal else char, {})
        node[""] = {}  # a word ends here

    def branch(node):
        parts = [char + branch(child) for char, child in sorted(node.items()) if char]
        if not parts:
            return ""
        ends = "" in node
        group = parts[0] if len(parts) == 1 and not ends else "(?:" + "|".join(parts) + ")"
        return group + "?" if ends else group

    return "|".join([char + branch(child) for char, child in sorted(tree.items())] + written)


def _alternations(patterns, flags):
    return [re.compile("|".join(f"(?:{pattern})" for pattern in patterns[start:start + _GROUP]), flags)
            for start in range(0, len(patterns), _GROUP)]


def _first_chars(items):
    """(lower-case characters a match of the parsed sequence can start with, whether it can be
    empty); (None, False) when any character could start it."""
    chars = set()
    for op, value in items:
        if op is sre.AT:
            continue  # \b, ^: no character of its own
        found, empty = _first_of(op, value)
        if found is None:
            return None, False
        chars |= found
        if not empty:
            return chars, False
    return chars, True


def _first_of(op, value):
    if op is sre.LITERAL:
        return _lowered([value]), False
    if op is sre.IN:
        chars = set()
        for kind, item in value:
            if kind is sre.LITERAL:
                found = _lowered([item])
            elif kind is sre.RANGE and item[1] - item[0] < 128:
                found = _lowered(range(item[0], item[1] + 1))
            elif kind is sre.CATEGORY and item is sre.CATEGORY_DIGIT:
                found = {*"0123456789", _OUTSIDE_ASCII}  # and the digits of other scripts
            else:
                found = None
            if found is None:
                return None, False
            chars |= found
        return chars, False
    if op is sre.BRANCH:
        chars, empty = set(), False
        for branch in value[1]:
            found, can_be_empty = _first_chars(branch)
            if found is None:
                return None, False
            chars |= found
            empty = empty or can_be_empty
        return chars, empty
    if op is sre.SUBPATTERN:
        return _first_chars(value[3])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        found, empty = _first_chars(value[2])
        return found, empty or value[0] == 0
    return None, False


def _prefixes(items, size):
    """The lower-case strings of ``size`` characters a match of the parsed sequence can open
    with (``_ANY`` for any character), and the shorter ones it can be whole; None when unknown."""
    found = {""}
    for op, value in items:
        grown = set()
        for start in found:
            if len(start) == size:
                grown.add(start)
                continue
            more = _item_prefixes(op, value, size - len(start))
            if more is None:
                return None
            grown |= {start + rest for rest in more}
        found = grown
        if len(found) > 4096:
            return None
    return found


def _item_prefixes(op, value, size):
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return {""}  # no character of its own (what it asserts only narrows the matches)
    if op in (sre.LITERAL, sre.IN):
        chars, _ = _first_of(op, value)
        return {_ANY} if chars is None else chars
    if op in (sre.ANY, sre.NOT_LITERAL):
        return {_ANY}
    if op is sre.BRANCH:
        found = set()
        for branch in value[1]:
            more = _prefixes(branch, size)
            if more is None:
                return None
            found |= more
        return found
    if op is sre.SUBPATTERN:
        return _prefixes(value[3], size)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, repeated = value
        found, current = set(), {""}
        for count in range(size + 2):
            if count >= low:
                found |= current
            if count == high:
                break
            grown = set()
            for start in current:
                if len(start) == size:
                    grown.add(start)
                    continue
                more = _prefixes(repeated, size - len(start))
                if more is None:
                    return None
                grown |= {start + rest for rest in more}
            if grown == current:
                break
            current = grown
        return found | {start for start in current if len(start) == size}
    return None


def _lowered(codes):
    # The characters in lower case, or None when one of them stands for an ASCII letter too.
    chars = {chr(code) for code in codes}
    return None if any(char in _FOLDS_TO_ASCII for char in chars) else {char.lower() for char in chars}


def _needles(items):
    """Lower-case ASCII strings one of which every match of the parsed sequence holds, or None."""
    best, run = None, ""
    for op, value in [*items, (None, None)]:
        if op is sre.LITERAL and chr(value).isascii():
            run += chr(value).lower()
            continue
        found = {run} if run else None
        run = ""
        if op is sre.SUBPATTERN:
            found = _better(found, _needles(value[3]))
        elif op is sre.BRANCH:
            branches = [_needles(branch) for branch in value[1]]
            if all(branches):
                found = _better(found, set().union(*branches))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[0] >= 1:
            found = _better(found, _needles(value[2]))
        elif op is sre.ASSERT and value[0] == 1:
            found = _better(found, _needles(value[1]))  # a lookahead's words are the line's too
        best = _better(best, found)
    return best


def _better(one, other):
    # The set whose shortest string is longest: the rarest to find by chance.
    if not one or not other:
        return one or other
    return one if min(map(len, one)) >= min(map(len, other)) else other
