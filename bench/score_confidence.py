"""How well the quotes' confidence tells a doubtful attribution from a sure one.

Usage: python bench/score_confidence.py [--threshold T] [TEXT GOLD.json ...]

Parses each text (by default the seed story and every fixtures/samples/*.txt, as
bench/score_parser.py does), pairs its quotes with the gold file's quotes, and counts the
paired quotes whose speaker is right or wrong. At a threshold T a quote is flagged "needs
check" when its confidence is below T (the admin's rule, NEWSROOM_QUOTE_CHECK_BELOW). It
prints, for the default threshold and a small table of others:

* wrong flagged: the share of wrong attributions that are flagged (higher is better);
* right unflagged: the share of right attributions left alone (higher is better);
* flagged: how many quotes an editor would be asked to check.

Figures are given for all texts and for the blind samples (``blind*``) alone.

The parser gets nearly every speaker of these texts right, which leaves few wrong attributions
to count. ``--drop-paragraphs`` adds the commonest way a real paste goes wrong: for each text,
one variant per paragraph without quotation marks, with that paragraph left out (a paste that
lost a paragraph, or clutter removal that took one). The gold speakers stay those of the whole
story, so a pronoun whose antecedent was in the lost paragraph now points at someone else:
the question is whether such quotes are flagged.
"""

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from articles.parsing import parse_article  # noqa: E402
from articles.parsing.scoring import align, normalize_text, quote_texts_match  # noqa: E402
from score_parser import default_pairs  # noqa: E402

DEFAULT_THRESHOLD = 0.6  # NEWSROOM_QUOTE_CHECK_BELOW's default in newsroom/settings.py
THRESHOLDS = (0.3, 0.5, 0.6, 0.7, 0.8, 0.9)


def paired_outcomes(text, gold_path):
    """(confidence, speaker right?, quote, got, wanted) for each parsed quote paired with a gold one."""
    predicted = parse_article(text).to_dict()["quotes"]
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))["quotes"]
    pairs = align(predicted, gold, lambda a, b: quote_texts_match(a.get("text"), b.get("text")))
    return [
        (predicted[i].get("confidence", 0.0),
         normalize_text(predicted[i]["speaker"]) == normalize_text(gold[j]["speaker"]),
         predicted[i]["text"], predicted[i]["speaker"], gold[j]["speaker"])
        for i, j in pairs
    ]


def without_one_paragraph(text):
    """The text once for each paragraph holding no quotation mark, with that paragraph left out."""
    chunks = text.split("\n\n")
    for index, chunk in enumerate(chunks):
        prose = len(chunk) > 60 and chunk.rstrip()[-1:] in ".!?"
        if index and prose and not any(mark in chunk for mark in "“”\""):
            yield "\n\n".join(chunks[:index] + chunks[index + 1:])


def shares(outcomes, threshold):
    """(wrong flagged, right unflagged, flagged count) at a threshold; None for an empty share."""
    wrong = [confidence for confidence, right, *_ in outcomes if not right]
    right = [confidence for confidence, ok, *_ in outcomes if ok]
    wrong_flagged = sum(c < threshold for c in wrong) / len(wrong) if wrong else None
    right_unflagged = sum(c >= threshold for c in right) / len(right) if right else None
    return wrong_flagged, right_unflagged, sum(c < threshold for c, *_ in outcomes)


def format_share(value):
    return "  n/a" if value is None else f"{value:.3f}"


def report(label, outcomes, threshold):
    wrong = sum(not right for _, right, *_ in outcomes)
    lines = [f"{label}: {len(outcomes)} paired quotes, {len(outcomes) - wrong} right, {wrong} wrong"]
    lines.append("  threshold  wrong flagged  right unflagged  flagged")
    for value in sorted(set(THRESHOLDS) | {threshold}):
        wrong_flagged, right_unflagged, flagged = shares(outcomes, value)
        mark = "  <- default" if value == threshold else ""
        lines.append(f"  {value:9.2f}  {format_share(wrong_flagged):>13}  {format_share(right_unflagged):>15}"
                     f"  {flagged:7d}{mark}")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description="Score the quotes' confidence against gold speakers.")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--drop-paragraphs", action="store_true",
                        help="also score every variant of each text with one prose paragraph left out")
    parser.add_argument("--verbose", action="store_true", help="list the wrong attributions of the variants")
    parser.add_argument("files", nargs="*", metavar="TEXT GOLD")
    args = parser.parse_args(argv)
    if len(args.files) % 2:
        parser.error("expected pairs of TEXT GOLD.json")
    files = args.files or default_pairs()
    everything, blind, dropped = [], [], []
    for text_path, gold_path in zip(files[::2], files[1::2]):
        text = Path(text_path).read_text(encoding="utf-8")
        outcomes = paired_outcomes(text, gold_path)
        everything += outcomes
        if Path(text_path).name.startswith("blind"):
            blind += outcomes
        for confidence, right, quote, got, wanted in outcomes:
            if not right:
                print(f"wrong ({confidence:.2f}) {Path(text_path).name}: {got!r} should be {wanted!r}: {quote[:50]!r}")
        if args.drop_paragraphs:
            for variant in without_one_paragraph(text):
                dropped += paired_outcomes(variant, gold_path)
    print(report(f"all {len(files) // 2} texts", everything, args.threshold))
    if blind:
        print(report("blind samples", blind, args.threshold))
    if dropped:
        print(report("variants with one prose paragraph left out", dropped, args.threshold))
        if args.verbose:
            for confidence, right, quote, got, wanted in dropped:
                if not right:
                    print(f"  wrong ({confidence:.2f}): {got!r} should be {wanted!r}: {quote[:50]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
