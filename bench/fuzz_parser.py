"""Feed the article parser mangled pastes and report any that raise something other than ParseError.

    python bench/fuzz_parser.py [--corpus bench/pastes] [--count 2000] [--seed 1] [--out DIR]

Each round takes a paste that bench/build_paste_corpus.py wrote under CORPUS and mangles it one
way: its lines shuffled, lines of page chrome and stray marks put between them (quotation
marks, bars, "By", "Related", "Q:", invisible characters), every other line dropped, a short
slice of it kept, or characters of its lines swapped for such marks. A paste the parser finds
no story in (ParseError) is a fine answer; any other exception is a bug: its text is written
to DIR (a git-ignored folder by default) and its traceback's last lines printed. Exits 1 when
any paste crashed. The same --seed gives the same pastes.
"""

import argparse
import random
import sys
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MARKS = ["", " ", "\t", "\u00a0", "“", "”", '"', "'", "‘", "’", "«", "»", "By", "By ", "Related", "Q:", "A:",
         "—", "|", " | ", "Photo: ", "Credit:", "•", "1.", "\u200b", "\ufeff", "said", "he said.",
         "“Yes,” she said", "Key points", "Highlights", "Summary", "Comments", "0", "Advertisement",
         "Read more", ":", "(", ")", "...", "…", "\u202e", "\u0301", "🙂", "A", "I", "„", "°", "Foto: "]


def mangle(text, rng):
    """One mangled copy of a paste."""
    lines = text.splitlines()
    way = rng.randrange(5)
    if way == 0:
        rng.shuffle(lines)
    elif way == 1:
        for _ in range(rng.randint(1, 30)):
            lines.insert(rng.randrange(len(lines) + 1), rng.choice(MARKS))
    elif way == 2:
        lines = [line for line in lines if rng.random() < 0.5]
    elif way == 3:
        start = rng.randrange(len(lines) or 1)
        lines = lines[start:start + rng.randint(1, 12)]
    else:
        lines = ["".join(rng.choice(MARKS) if rng.random() < 0.05 else char for char in line) for line in lines]
    return rng.choice(["\n", "\n\n", "\r\n"]).join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description="Fuzz the article parser with mangled real pastes.")
    parser.add_argument("--corpus", default=str(ROOT / "bench" / "pastes"), help="folder the corpus builder wrote")
    parser.add_argument("--count", type=int, default=2000, help="pastes to try")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "fuzz"), help="where crashing texts go")
    args = parser.parse_args(argv)

    files = sorted(Path(args.corpus).glob("*/*.txt"))
    if not files:
        parser.error(f"{args.corpus}: no pastes here; build them with bench/build_paste_corpus.py")
    from articles.parsing import ParseError, parse_article

    rng = random.Random(args.seed)
    crashes = 0
    for number in range(args.count):
        source = rng.choice(files)
        text = mangle(source.read_text(encoding="utf-8"), rng)
        try:
            parse_article(text).to_dict()
        except ParseError:
            continue
        except Exception:  # noqa: BLE001 - every other exception is what this script looks for
            crashes += 1
            out = Path(args.out)
            out.mkdir(parents=True, exist_ok=True)
            saved = out / f"crash-{args.seed}-{number}.txt"
            saved.write_text(text, encoding="utf-8")
            last = " | ".join(traceback.format_exc().strip().splitlines()[-3:])
            print(f"{saved} (from {source.relative_to(args.corpus)}): {last}")
    print(f"{args.count} mangled pastes, {crashes} crashed")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
