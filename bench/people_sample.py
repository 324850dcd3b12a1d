"""The names the parser takes for people on the real-paste corpus, for reading by eye.

Usage: python bench/people_sample.py [--corpus bench/pastes ...] [--half even|odd] [--variant region|page]
                                     [--sample N] [--seed S] [--save NAMES.json] [--compare OLD.json]

The benchmarks name no people, so whether a name is a person's is read by a person: this
prints how many names the parse of each paste would file as people (as the importer would,
``articles.importing.people_named``: people, speakers, bylines, photographers), and a random
sample of them, one per line with its paste, to mark by hand. The share of a sample that names
no one (a place, a team, a product, words of a sentence) estimates the share of all names.

``--save`` writes every (paste, name) so that a later revision can be compared with
``--compare``: it lists the names that went and the names that came, all of them, so that a
rule's effect is read in full rather than sampled.
"""

import argparse
import json
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]


def names_by_paste(corpora, *, half, variant):
    """[(corpus/id, name)] for every paste of the variant under the corpora."""
    from articles.importing import ArticleImportError, parse_text, people_named
    from score_pastes import select_half

    found = []
    for corpus in corpora:
        for truth_path in select_half(Path(corpus).glob("*/*.truth.json"), half):
            key = truth_path.name[: -len(".truth.json")]
            paste = truth_path.with_name(f"{key}.{variant}.txt")
            if not paste.exists():
                continue
            try:
                parsed = parse_text(paste.read_text(encoding="utf-8"), source=paste)
            except ArticleImportError:
                continue  # (no story found: no names either)
            found += [(f"{truth_path.parent.name}/{key}", name) for name in people_named(parsed)]
    return found


def main(argv=None):
    parser = argparse.ArgumentParser(description="List a sample of the names the parser takes for people.")
    parser.add_argument("--corpus", action="append", help="folder the corpus builder wrote (repeatable)")
    parser.add_argument("--half", choices=("even", "odd"), help="only the pages at even or odd positions")
    parser.add_argument("--variant", choices=("region", "page"), default="region")
    parser.add_argument("--sample", type=int, default=200, help="how many names to print (0: none)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--save", help="write every (paste, name) to this JSON file")
    parser.add_argument("--compare", help="a file --save wrote earlier: list the names gone and come since")
    args = parser.parse_args(argv)

    if args.compare and not Path(args.compare).is_file():
        parser.error(f"{args.compare}: no such file; write one first with --save")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    os.environ.setdefault("DJANGO_SECRET_KEY", "people-sample-only")
    import django

    django.setup()
    corpora = args.corpus or [str(ROOT / "bench" / "pastes")]
    if not any(any(Path(corpus).glob("*/*.truth.json")) for corpus in corpora):
        parser.error("no corpus found; build it with bench/build_paste_corpus.py")
    found = names_by_paste(corpora, half=args.half, variant=args.variant)
    pastes = len({key for key, _ in found})
    print(f"{len(found)} names on {pastes} pastes with any ({len(found) / max(pastes, 1):.1f} a paste)")
    if args.sample:
        print(f"\na sample of {min(args.sample, len(found))} (seed {args.seed}):")
        for key, name in sorted(random.Random(args.seed).sample(found, min(args.sample, len(found))),
                                key=lambda item: item[1]):
            print(f"  {name}    ({key})")
    if args.compare:
        before = {tuple(item) for item in json.loads(Path(args.compare).read_text(encoding="utf-8"))}
        now = set(found)
        print(f"\nsince {args.compare}: {len(before - now)} gone, {len(now - before)} come")
        for sign, names in (("-", before - now), ("+", now - before)):
            for key, name in sorted(names, key=lambda item: item[1]):
                print(f"  {sign} {name}    ({key})")
    if args.save:
        Path(args.save).write_text(json.dumps(sorted(found), ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
