"""Time the article parser on generated worst-case inputs as large as the importer accepts.

    python bench/parse_bench.py [--bytes 2097152] [--only NAME ...] [--timeout 600]
    python bench/parse_bench.py --pastes bench/pastes --bytes 2097152

Each input repeats one short, made-up pattern (a sentence naming the same person, a quoted
paragraph, lines ending in a bare carriage return …) until the text reaches --bytes, by
default the importer's per-file limit (``articles.importing.MAX_FILE_BYTES``). Each input is
parsed in a child process, so one that runs away can be stopped at --timeout; the figures
printed are the CPU time of the parse (steadier than wall time on a busy machine) and the size
of the input. Parsing should stay linear, so every
input under the limit should parse in a few seconds.

``--pastes FOLDER`` times real text instead: the whole-page pastes that
``bench/build_paste_corpus.py`` wrote there, one after another (blank lines between) up to
--bytes, as one paste: what a producer's paste of many pages at once costs.
"""

import argparse
import multiprocessing
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_BYTES = 512 * 1024  # articles.importing.MAX_FILE_BYTES (kept here: no Django in this script)

# name -> (unit repeated, text before the repeats: a string, or a function of the size). In a
# unit, "{name}" is a new person each time ("Jo Bakaru"), "{surname}" their surname and "{word}"
# the same in lower case, a made-up word: a paragraph that repeats another word for word would
# be dropped as a page's duplicate, and the rest of the parse would never see it.
PATTERNS = {
    "one-paragraph": ("Smith spoke. ", ""),
    "single-spaced": ("Smith spoke.\n", ""),
    "surname-mentions": ("Smith spoke.\n", "Mayor Jo Smith arrived.\n\n"),
    "paragraphs": ("Smith spoke.\n\n", ""),
    "cr-only-lines": ("Smith spoke.\r", ""),
    "quoted-paragraphs": ("“Yes, {word},” Ana Lima said.\n\n", ""),
    "quotes-one-paragraph": ("“Yes,” Ana Lima said. ", ""),
    "pronouns": ("Ana Lima arrived. She said “{word}.” He left.\n\n", "Mayor Tom Reed met Ana Lima.\n\n"),
    "titles": ("Mayor Ana Lima spoke. “No, {word},” the mayor said.\n\n", ""),
    "name-list": ("Ana Lima, Tom Reed, ", ""),
    "hyphenated-names": ("John {surname}-Lee, ", ""),
    "many-people": ("Mayor {name} said “no.”\n\n", ""),
    "interview-leads": ("{name}: yes. Mayor {name} agreed.\n\n", ""),
    "namesakes": ("Mayor {surname} Smith arrived. Smith said “no.”\n\n", ""),
    "title-holders": ("Mayor {name} arrived. “No,” the mayor said.\n\n", ""),
    "family-name-first": ("Mayor {name} arrived. Ms Jo said “no.”\n\n", ""),
    "run-on-verbs": ("a man said and ", "Mayor Jo Li arrived. "),
    "run-on-quotes": ("Jo Li, who said “no,” and ", "Mayor Jo Li arrived. "),
    "wrapped": ("the council met on Monday and the mayor said that\n", ""),
    "full-stops": (".", ""),
    "quote-marks": ("“a” ", ""),
    # half the text blank lines, then lower-case lines: each could be a title only at the very top
    "blank-lines": ("evolve extension for mercurial tools\n", lambda size: "\n" * (size // 2)),
}


def surnames():
    """Distinct made-up capitalised surnames: Bakaru, Bakeli, … (letters, not numbers, so they are names)."""
    consonants, vowels = "bdfgklmnprstvz", "aeiou"
    for a in consonants:
        for b in vowels:
            for c in consonants:
                for d in vowels:
                    for e in consonants:
                        for f in vowels:
                            yield (a + b + c + d + e + f).capitalize()


def make_text(name, size):
    """The named pathological text, repeated to at most ``size`` UTF-8 bytes."""
    unit, head = PATTERNS[name]
    head = head(size) if callable(head) else head
    parts, total = [head], len(head.encode())
    names = surnames()
    while True:
        if "{" in unit:  # a new person or word each time
            surname = next(names)
            piece = unit.format(name=f"Jo {surname}", surname=surname, word=surname.lower())
        else:
            piece = unit
        length = len(piece.encode())
        if total + length > size:
            break
        parts.append(piece)
        total += length
    return "".join(parts)


def pastes_text(folder, size):
    """Whole-page pastes from folder, in name order, joined by blank lines up to at most size UTF-8 bytes."""
    parts, total = [], 0
    for path in sorted(Path(folder).glob("*/*.page.txt")):
        piece = path.read_text(encoding="utf-8") + "\n\n"
        length = len(piece.encode())
        if total + length > size:
            break
        parts.append(piece)
        total += length
    return "".join(parts), len(parts)


def parse_in_child(text, queue):
    from articles.parsing import ParseError, parse_article

    started = time.process_time()
    try:
        parsed = parse_article(text)
        summary = f"{len(parsed.body)} blocks, {len(parsed.quotes)} quotes, {len(parsed.people)} people"
    except ParseError as exc:
        summary = f"ParseError: {exc}"
    queue.put((time.process_time() - started, summary))


def time_parse(text, timeout):
    """(seconds, summary) for parsing text in a child process; seconds is None past the timeout."""
    queue = multiprocessing.Queue()
    child = multiprocessing.Process(target=parse_in_child, args=(text, queue))
    child.start()
    child.join(timeout)
    if child.is_alive():
        child.terminate()
        child.join()
        return None, f"stopped after {timeout:.0f} s"
    return queue.get()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bytes", type=int, default=DEFAULT_BYTES,
                        help="size of each input (default: the import limit)")
    parser.add_argument("--only", nargs="+", choices=sorted(PATTERNS), help="run only these inputs")
    parser.add_argument("--timeout", type=float, default=600, help="seconds before one parse is stopped")
    parser.add_argument("--pastes", metavar="FOLDER", help="time real whole-page pastes from this corpus instead")
    args = parser.parse_args(argv)
    if args.pastes:
        text, count = pastes_text(args.pastes, args.bytes)
        if not count:
            parser.error(f"{args.pastes}: no whole-page pastes here; build them with bench/build_paste_corpus.py")
        seconds, summary = time_parse(text, args.timeout)
        shown = f"{seconds:.2f} s" if seconds is not None else "> limit"
        print(f"{count} whole pages, {len(text.encode()) / 1e6:.2f} MB: {shown}  {summary}")
        return 0
    slowest = 0.0
    for name in args.only or PATTERNS:
        text = make_text(name, args.bytes)
        seconds, summary = time_parse(text, args.timeout)
        shown = f"{seconds:8.2f} s" if seconds is not None else "   > limit"
        print(f"{name:22} {len(text.encode()) / 1e6:5.2f} MB {shown}  {summary}", flush=True)
        slowest = max(slowest, seconds if seconds is not None else float("inf"))
    print(f"slowest: {slowest:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
