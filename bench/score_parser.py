"""Score the article parser against gold parses.

Usage: python bench/score_parser.py [--check] [--quiet] [TEXT GOLD.json ...]

For each pair, parses TEXT with articles.parsing.parse_article, compares the result with
GOLD.json using articles.parsing.scoring.score_article and prints the figures. With no pairs, scores
the seed story and every fixtures/samples/*.txt against its .expected.json. With --check the
exit status is 1 when any text misses a target (see articles.parsing.scoring.TARGETS).
"""

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from articles.parsing import parse_article  # noqa: E402
from articles.parsing.scoring import format_scores, missed_targets, score_article  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser(description="Score the article parser against gold JSON files.")
    parser.add_argument("--check", action="store_true", help="exit 1 if any target is missed")
    parser.add_argument("--quiet", action="store_true", help="figures only, no per-block details")
    parser.add_argument("files", nargs="*", metavar="TEXT GOLD",
                        help="pairs of story text and gold JSON (default: the seed and all samples)")
    args = parser.parse_args(argv)
    if len(args.files) % 2:
        parser.error("expected pairs of TEXT GOLD.json")
    if not args.files:
        args.files = default_pairs()

    failed = []
    for text_path, gold_path in zip(args.files[::2], args.files[1::2]):
        text = Path(text_path).read_text(encoding="utf-8")
        gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
        scores = score_article(parse_article(text).to_dict(), gold)
        print(format_scores(scores, label=text_path, details=not args.quiet))
        if missed_targets(scores):
            failed.append(text_path)
    if failed:
        print(f"\n{len(failed)} of {len(args.files) // 2} texts missed a target: {', '.join(failed)}")
    else:
        print(f"\nall {len(args.files) // 2} texts met every target")
    return 1 if args.check and failed else 0


def default_pairs():
    """The seed story and every sample text, each followed by its gold file."""
    pairs = [ROOT / "fixtures" / "seed-article.txt", ROOT / "docs" / "spec" / "seed.expected.json"]
    for text in sorted((ROOT / "fixtures" / "samples").glob("*.txt")):
        pairs += [text, text.with_name(text.name[: -len(".txt")] + ".expected.json")]
    return [str(path) for path in pairs]


if __name__ == "__main__":
    sys.exit(main())
