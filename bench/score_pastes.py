"""Score the article parser on real pastes built by bench/build_paste_corpus.py.

Usage: python bench/score_pastes.py [--corpus bench/pastes] [--variant region|page]
                                    [--half even|odd] [--json] [--worst N] [--check]

Each ``<id>.region.txt`` and ``<id>.page.txt`` under CORPUS/<corpus>/ is parsed with
``articles.parsing.parse_article`` and compared with ``<id>.truth.json``:

* story text kept: the share of the story's sentences found in the kept text (paragraph,
  subhead and quote blocks, the standfirst the importer saves as the story's summary, and the
  headline: a page whose headline the builder could not name has its title line among the
  story's paragraphs, and the parser rightly makes it the headline). Only sentences that the
  paste itself holds count: a sentence the page never showed cannot be kept ("story in paste"
  is the share the paste holds). A sentence is found when its word sequence (see
  ``text_key``) occurs in the kept text's.
* clutter dropped: the paste's clutter is, for each of its sentences (lines split at sentence
  ends) whose word sequence does not occur in the story or the headline, what is left of it once
  story sentences and the headline are cut out (text run together without a space). Weighted by
  characters, clutter dropped is 1 minus the share of those pieces found, each copy once, in the
  kept body blocks with their story and headline text cut out (the headline and the summary
  are the story's head, not its body: the benchmarks' bodies leave a standfirst out). A page
  without clutter is left out of the mean; "pooled" sums characters over all pages; "clutter
  in kept" is the share of the kept blocks' characters that is clutter.
* headline right: the parsed headline has the same word sequence as the page's headline, or
  its words overlap it with precision and recall both at least 0.8. Pages whose headline the
  builder could not find are left out of this share.

``--half even`` or ``--half odd`` scores only the pages at even or odd positions of each
corpus (sorted by id): rules are tuned on one half and checked on the other, so a rule that
only fits the pages it was written against shows as a gap between the halves.

The figures per page are averaged per corpus and variant; ``--check`` exits 1 when a variant's
mean misses a target in TARGETS or a paste failed to parse.
"""

import argparse
import json
import re
import sys
import time
import unicodedata
from pathlib import Path
from statistics import mean

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

VARIANTS = ("region", "page")
KEPT_TYPES = {"paragraph", "subhead", "quote"}
TARGETS = {
    "region": {"kept": 0.99, "clutter_dropped": 0.90, "headline": 0.90},
    "page": {"kept": 0.98, "clutter_dropped": 0.80},
}
HEADLINE_OVERLAP = 0.8

WORD = re.compile(r"\w+")
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
SENTENCE_END = re.compile(r"(?:(?<=[.!?…。！？])|(?<=[.!?…。！？][\"'”’)\]]))\s+")


def text_key(text):
    """Lowercased words of text joined by single spaces, so quotes, dashes and spacing don't matter."""
    text = unicodedata.normalize("NFKC", text.translate(INVISIBLE)).lower()
    return " ".join(WORD.findall(text))


def split_sentences(text):
    """Sentences of text: each line split after terminal punctuation, empty pieces left out."""
    sentences = []
    for line in text.splitlines():
        sentences += [piece.strip() for piece in SENTENCE_END.split(line) if piece.strip()]
    return sentences


def contains(haystack_key, needle_key):
    """Whether the word sequence needle_key occurs in haystack_key on word boundaries."""
    return bool(needle_key) and f" {needle_key} " in f" {haystack_key} "


def story_sentences(paragraphs, *, headline=None):
    """Distinct sentence keys of the story, without a paragraph that is only the headline."""
    headline_key = text_key(headline or "")
    keys = []
    for paragraph in paragraphs:
        if headline_key and text_key(paragraph) == headline_key:
            continue
        for sentence in split_sentences(paragraph):
            key = text_key(sentence)
            if key and key not in keys:
                keys.append(key)
    return keys


def kept_blocks(parsed):
    """The body blocks the parser kept as story text."""
    return [block for block in parsed["body"] if block["type"] in KEPT_TYPES]


def clutter_fragments(sentence_key, story_key, not_clutter):
    """The word sequences of a paste sentence that are clutter: none for story text.

    A sentence that is not story text as a whole may still hold story sentences or the
    headline run together with clutter (a missing space after a full stop); those parts
    are cut out and the pieces around them are the clutter.
    """
    if contains(story_key, sentence_key):
        return []
    rest = f" {sentence_key} "
    for key in not_clutter:
        if len(key.split()) >= 3:
            rest = rest.replace(f" {key} ", " | ")
    return [piece.strip() for piece in rest.split("|") if piece.strip()]


def take(residuals, fragment):
    """Remove one occurrence of fragment from the kept blocks' residual text; return its block type."""
    needle = f" {fragment} "
    for index, (kind, residual) in enumerate(residuals):
        if needle in residual:
            residuals[index] = (kind, residual.replace(needle, " | ", 1))
            return kind
    return None


def score_headline(found, expected):
    """True or False for a paste whose headline is known; None when it is not."""
    if not expected:
        return None
    found_key, expected_key = text_key(found or ""), text_key(expected)
    if not found_key:
        return False
    if found_key == expected_key:
        return True
    found_words, expected_words = set(found_key.split()), set(expected_key.split())
    shared = len(found_words & expected_words)
    return shared / len(found_words) >= HEADLINE_OVERLAP and shared / len(expected_words) >= HEADLINE_OVERLAP


def score_paste(paste, parsed, truth):
    """Figures and counts for one parsed paste against its truth."""
    headline = truth.get("headline")
    headline_key = text_key(headline or "")
    paste_key = text_key(paste)
    every_sentence = story_sentences(truth["paragraphs"], headline=headline)
    story = [key for key in every_sentence if contains(paste_key, key)]
    # paragraph boundaries are not kept apart: a paste may join or split the story's lines
    story_key = " ".join([headline_key] + [text_key(p) for p in truth["paragraphs"]])
    not_clutter = story + ([headline_key] if headline_key else [])

    blocks = kept_blocks(parsed)
    # A title line the parser made the headline is not lost (a page whose headline the
    # builder could not name keeps that line among the story's paragraphs).
    # (the standfirst, ``dek`` beside the contract's keys when the caller gives it, is saved as
    # the story's summary: its sentences are not lost either)
    kept_key = " ".join([text_key(parsed.get("headline") or ""), text_key(parsed.get("dek") or "")]
                        + [text_key(block["text"]) for block in blocks])
    dropped = [key for key in story if not contains(kept_key, key)]

    # What remains of each kept block once the story and the headline are cut out of it;
    # every clutter fragment of the paste found there is clutter the parser kept.
    residuals = []
    kept_chars = 0
    for block in blocks:
        residual = f" {text_key(block['text'])} "
        kept_chars += len(residual) - 2
        for key in sorted(not_clutter, key=len, reverse=True):
            if len(key.split()) >= 3:
                residual = residual.replace(f" {key} ", " | ")
        residuals.append((block["type"], residual))
    clutter_total = clutter_kept = 0
    clutter_blocks = {}
    for sentence in split_sentences(paste):
        key = text_key(sentence)
        if not key or key == headline_key:
            continue
        for fragment in clutter_fragments(key, story_key, not_clutter):
            clutter_total += len(fragment)
            kind = take(residuals, fragment)
            if kind:
                clutter_kept += len(fragment)
                clutter_blocks[kind] = clutter_blocks.get(kind, 0) + 1

    counts = {kind: 0 for kind in ("paragraph", "subhead", "image", "related")}
    for block in parsed["body"]:
        counts[block["type"]] = counts.get(block["type"], 0) + 1
    return {
        "kept": 1 - len(dropped) / len(story) if story else None,
        "clutter_dropped": 1 - clutter_kept / clutter_total if clutter_total else None,
        "headline": score_headline(parsed.get("headline"), headline),
        "story_sentences": len(story),
        "in_paste": len(story) / len(every_sentence) if every_sentence else None,
        "dropped_sentences": len(dropped),
        "dropped_as": where_dropped(dropped, parsed),
        "clutter_chars": clutter_total,
        "clutter_kept_chars": clutter_kept,
        "kept_chars": kept_chars,
        "clutter_blocks": clutter_blocks,
        "blocks": counts,
        "headline_found": parsed.get("headline") is not None,
    }


def where_dropped(dropped, parsed):
    """How the dropped story sentences left the story: as the headline, a caption, a related title or nothing."""
    places = {}
    parts = [("headline", parsed.get("headline") or "")]
    for block in parsed["body"]:
        if block["type"] == "image":
            parts.append(("caption", f"{block['caption']} {block.get('credit') or ''}"))
        elif block["type"] == "related":
            parts.append(("related", block["title"]))
    keyed = [(place, text_key(text)) for place, text in parts]
    for key in dropped:
        place = next((place for place, text in keyed if contains(text, key)), "removed")
        places[place] = places.get(place, 0) + 1
    return places


def select_half(truth_paths, half):
    """The truth files at even or odd positions within each corpus (all of them for None)."""
    if half is None:
        return list(truth_paths)
    position, chosen = {}, []
    for path in sorted(truth_paths):
        index = position.get(path.parent, 0)
        position[path.parent] = index + 1
        if index % 2 == (0 if half == "even" else 1):
            chosen.append(path)
    return chosen


def score_corpus(folder, variants, *, parse, half=None, repair=None):
    """One record per paste under folder: its figures, parse time, or the error it raised.

    ``repair`` (text to text), when given, is applied to each paste before it is parsed and to
    its truth as well: the benchmarks' truths hold the same mis-decoded characters as their
    pages ("â 790million"), which the repaired story no longer holds.
    """
    records = []
    for truth_path in select_half(folder.glob("*/*.truth.json"), half):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        if repair:
            truth = dict(truth, headline=truth.get("headline") and repair(truth["headline"]),
                         paragraphs=[repair(paragraph) for paragraph in truth["paragraphs"]])
        key = truth_path.name[: -len(".truth.json")]
        for variant in variants:
            paste_path = truth_path.with_name(f"{key}.{variant}.txt")
            if not paste_path.exists():
                continue
            paste = paste_path.read_text(encoding="utf-8")
            if repair:
                paste = repair(paste)
            record = {"corpus": truth_path.parent.name, "id": key, "variant": variant, "chars": len(paste)}
            started = time.perf_counter()
            try:
                article = parse(paste)
                parsed = dict(article.to_dict(), dek=article.dek)
            except Exception as error:  # a crash is a per-file finding, never the end of the run
                record["seconds"] = time.perf_counter() - started
                record["error"] = f"{type(error).__name__}: {str(error)[:200]}"
                records.append(record)
                continue
            record["seconds"] = time.perf_counter() - started
            record.update(score_paste(paste, parsed, truth))
            records.append(record)
    return records


def summarise(records):
    """Mean figures per (corpus, variant), per variant over all corpora, with parse times."""
    groups = {}
    for record in records:
        for group in ((record["corpus"], record["variant"]), ("all", record["variant"])):
            groups.setdefault(group, []).append(record)
    summary = {}
    for (corpus, variant), rows in sorted(groups.items()):
        scored = [r for r in rows if "error" not in r]
        kept = [r["kept"] for r in scored if r["kept"] is not None]
        clutter = [r["clutter_dropped"] for r in scored if r["clutter_dropped"] is not None]
        in_paste = [r["in_paste"] for r in scored if r["in_paste"] is not None]
        clutter_total = sum(r["clutter_chars"] for r in scored)
        clutter_kept = sum(r["clutter_kept_chars"] for r in scored)
        kept_chars = sum(r["kept_chars"] for r in scored)
        headlines = [r["headline"] for r in scored if r["headline"] is not None]
        summary[f"{corpus}/{variant}"] = {
            "corpus": corpus,
            "variant": variant,
            "pastes": len(rows),
            "errors": len(rows) - len(scored),
            "in_paste": round(mean(in_paste), 3) if in_paste else None,
            "kept": round(mean(kept), 3) if kept else None,
            "clutter_dropped": round(mean(clutter), 3) if clutter else None,
            "clutter_pages": len(clutter),
            "clutter_dropped_pooled": round(1 - clutter_kept / clutter_total, 3) if clutter_total else None,
            "kept_clutter_share": round(clutter_kept / kept_chars, 3) if kept_chars else None,
            "headline": round(sum(headlines) / len(headlines), 3) if headlines else None,
            "headline_pages": len(headlines),
            "subheads": sum(r["blocks"]["subhead"] for r in scored),
            "paragraphs": sum(r["blocks"]["paragraph"] for r in scored),
            "parse_max_s": round(max(r["seconds"] for r in rows), 3),
            "parse_total_s": round(sum(r["seconds"] for r in rows), 2),
        }
    return summary


def missed_targets(summary):
    """Lines naming each target a variant's mean over all corpora misses."""
    missed = []
    for variant, targets in TARGETS.items():
        row = summary.get(f"all/{variant}")
        if row is None:
            continue
        for measure, target in targets.items():
            if row[measure] is None or row[measure] < target:
                missed.append(f"{variant}: {measure} {row[measure]} < {target}")
        if row["errors"]:
            missed.append(f"{variant}: {row['errors']} pastes failed to parse")
    return missed


def format_table(summary):
    """The summary as a plain-text table, one row per corpus and variant."""
    lines = ["                              story   story   clutter dropped  clutter   headline"
             "     subheads/   parse s",
             "corpus       variant  pastes  in paste kept   mean   pooled   in kept   right (of)"
             "   paragraphs  max/total",
             "-" * 112]
    for row in summary.values():
        headline = "  -" if row["headline"] is None else f"{row['headline']:.3f} ({row['headline_pages']})"
        errors = f"  {row['errors']} errors" if row["errors"] else ""
        lines.append(f"{row['corpus']:<12} {row['variant']:<8} {row['pastes']:>6}  {fmt(row['in_paste'])}    "
                     f"{fmt(row['kept'])}  {fmt(row['clutter_dropped'])}  {fmt(row['clutter_dropped_pooled'])}    "
                     f"{fmt(row['kept_clutter_share'])}     {headline:<11}  {row['subheads']:>5}/{row['paragraphs']:<5}"
                     f"  {row['parse_max_s']:.2f}/{row['parse_total_s']:.1f}{errors}")
    return "\n".join(lines)


def fmt(value):
    return "  -  " if value is None else f"{value:.3f}"


def describe(record):
    """What went wrong with one paste, in general terms."""
    if "error" in record:
        return f"crashed: {record['error']}"
    notes = []
    if record["dropped_sentences"]:
        places = ", ".join(f"{n} {place}" for place, n in record["dropped_as"].items())
        notes.append(f"{record['dropped_sentences']}/{record['story_sentences']} story sentences dropped ({places})")
    if record["clutter_kept_chars"]:
        blocks = ", ".join(f"{n} as {kind}s" for kind, n in record["clutter_blocks"].items())
        notes.append(f"clutter sentences kept: {blocks}")
    if record["headline"] is False:
        notes.append("headline " + ("wrong" if record["headline_found"] else "missing"))
    counts = record["blocks"]
    notes.append(f"{counts['paragraph']} paragraphs, {counts['subhead']} subheads, "
                 f"{counts['image']} images, {counts['related']} related")
    return "; ".join(notes)


def worst(records, n):
    """The n pastes with the lowest of their kept and clutter-dropped figures, most text lost or kept first."""
    def badness(record):
        if "error" in record:
            return (-1.0, 0)
        figures = [record["kept"], record["clutter_dropped"]]
        return (min([figure for figure in figures if figure is not None] or [1.0]),
                -record["clutter_kept_chars"] - 100 * record["dropped_sentences"])
    return sorted(records, key=badness)[:n]


def repaired(text):
    """The text with mis-decoded characters put right, as the importer reads it."""
    from articles.encoding import repair_mis_decoding

    return repair_mis_decoding(text)[0]


def main(argv=None):
    parser = argparse.ArgumentParser(description="Score the article parser on the real-paste corpus.")
    parser.add_argument("--corpus", default=str(ROOT / "bench" / "pastes"), help="folder the builder wrote")
    parser.add_argument("--variant", choices=VARIANTS, action="append", help="only this variant (repeatable)")
    parser.add_argument("--half", choices=("even", "odd"), help="only the pages at even or odd positions")
    parser.add_argument("--json", action="store_true", help="print the summary and every record as JSON")
    parser.add_argument("--worst", type=int, default=0, metavar="N", help="list the N worst pastes")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--repair", action="store_true",
                        help="put mis-decoded text right first, as the importer does (articles.encoding)")
    args = parser.parse_args(argv)

    folder = Path(args.corpus)
    if not any(folder.glob("*/*.truth.json")):
        parser.error(f"{folder}: no corpus here; build it with bench/build_paste_corpus.py")
    from articles.parsing import parse_article

    records = score_corpus(folder, args.variant or VARIANTS, parse=parse_article, half=args.half,
                           repair=repaired if args.repair else None)
    summary = summarise(records)
    missed = missed_targets(summary)
    if args.json:
        print(json.dumps({"summary": summary, "missed": missed, "pastes": records}, indent=1))
    else:
        print(format_table(summary))
        for record in records:
            if "error" in record:
                print(f"error: {record['corpus']}/{record['id']}.{record['variant']}.txt: {record['error']}")
        if args.worst:
            print(f"\nworst {args.worst}:")
            for record in worst(records, args.worst):
                figures = "" if "error" in record else f"kept {fmt(record['kept'])} clutter {fmt(record['clutter_dropped'])}: "
                print(f"  {record['corpus']}/{record['id']}.{record['variant']}: {figures}{describe(record)}")
        print("\ntargets " + ("missed: " + "; ".join(missed) if missed else "met"))
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
