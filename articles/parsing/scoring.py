"""Score a parsed article against a gold parse.

Both sides are in the article JSON form described in ``docs/spec/article-json.md``
(five keys: headline, body, quotes, people, comment_count). Texts are compared after
Unicode NFC and whitespace collapsing. Block and quote order matter, so both are aligned
with a longest-common-subsequence match rather than compared as sets.
"""

import re
import unicodedata

TARGETS = {
    "blocks_f1": 0.97,
    "quotes_f1": 0.95,
    "speaker_accuracy": 0.90,
    "comment_count_exact": True,
    "furniture_leaked": 0,
}


def normalize_text(value):
    """NFC-normalise a text value and collapse runs of whitespace; None stays None."""
    if value is None:
        return None
    return " ".join(unicodedata.normalize("NFC", str(value)).split())


def block_key(block):
    """The parts of a body block that must be equal for it to match a gold block."""
    kind = block.get("type")
    if kind == "related":
        return (kind, normalize_text(block.get("title")))
    if kind == "image":
        return (kind, normalize_text(block.get("caption")), normalize_text(block.get("credit")))
    return (kind, normalize_text(block.get("text")))


def align(predicted, gold, same):
    """Index pairs (i, j) of a longest order-preserving match between two sequences."""
    rows, cols = len(predicted), len(gold)
    table = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(cols - 1, -1, -1):
            if same(predicted[i], gold[j]):
                table[i][j] = table[i + 1][j + 1] + 1
            else:
                table[i][j] = max(table[i + 1][j], table[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < rows and j < cols:
        if same(predicted[i], gold[j]) and table[i][j] == table[i + 1][j + 1] + 1:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def _bare_quote(text):
    # A stray comma, stop or quote mark at either end is the kind of "small difference"
    # the contract tolerates; compare without them.
    return re.sub(r"^[\s,.;:“”\"'‘’]+|[\s,.;:“”\"'‘’]+$", "", normalize_text(text) or "")


def quote_texts_match(predicted, gold):
    """True when two quote texts are equal, or one contains the other with a small difference."""
    a, b = _bare_quote(predicted), _bare_quote(gold)
    if a == b:
        return bool(a) or predicted == gold
    shorter, longer = sorted((a, b), key=len)
    if not shorter or shorter not in longer:
        return False
    return len(longer) - len(shorter) <= max(3, 0.1 * len(longer))


def _ratio(numerator, denominator, *, empty):
    return numerator / denominator if denominator else empty


def _prf(matched, n_predicted, n_gold):
    precision = _ratio(matched, n_predicted, empty=1.0 if n_gold == 0 else 0.0)
    recall = _ratio(matched, n_gold, empty=1.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score_article(predicted, gold):
    """Compare a predicted article dict with a gold one and return the figures."""
    pred_blocks = [block_key(b) for b in predicted.get("body", [])]
    gold_blocks = [block_key(b) for b in gold.get("body", [])]
    block_pairs = align(pred_blocks, gold_blocks, lambda a, b: a == b)
    bp, br, bf = _prf(len(block_pairs), len(pred_blocks), len(gold_blocks))
    gold_block_set = set(gold_blocks)
    leaked = [key for key in pred_blocks if key not in gold_block_set]

    pred_quotes = predicted.get("quotes", [])
    gold_quotes = gold.get("quotes", [])
    quote_pairs = align(
        pred_quotes, gold_quotes, lambda a, b: quote_texts_match(a.get("text"), b.get("text"))
    )
    qp, qr, qf = _prf(len(quote_pairs), len(pred_quotes), len(gold_quotes))
    right_speakers = sum(
        normalize_text(pred_quotes[i].get("speaker")) == normalize_text(gold_quotes[j].get("speaker"))
        for i, j in quote_pairs
    )
    speaker_accuracy = _ratio(right_speakers, len(quote_pairs), empty=1.0 if not gold_quotes else 0.0)
    wrong_speakers = [
        (pred_quotes[i].get("text"), pred_quotes[i].get("speaker"), gold_quotes[j].get("speaker"))
        for i, j in quote_pairs
        if normalize_text(pred_quotes[i].get("speaker")) != normalize_text(gold_quotes[j].get("speaker"))
    ]

    pred_people = {normalize_text(p.get("name")).casefold() for p in predicted.get("people", [])}
    gold_people = {normalize_text(p.get("name")).casefold() for p in gold.get("people", [])}
    pp, pr, pf = _prf(len(pred_people & gold_people), len(pred_people), len(gold_people))

    return {
        "blocks_precision": bp,
        "blocks_recall": br,
        "blocks_f1": bf,
        "quotes_precision": qp,
        "quotes_recall": qr,
        "quotes_f1": qf,
        "speaker_accuracy": speaker_accuracy,
        "people_precision": pp,
        "people_recall": pr,
        "people_f1": pf,
        "comment_count_exact": predicted.get("comment_count") == gold.get("comment_count"),
        "headline_exact": normalize_text(predicted.get("headline")) == normalize_text(gold.get("headline")),
        "furniture_leaked": len(leaked),
        "leaked_blocks": leaked,
        "missing_blocks": [key for key in gold_blocks if key not in set(pred_blocks)],
        "wrong_speakers": wrong_speakers,
        "missing_people": sorted(gold_people - pred_people),
        "extra_people": sorted(pred_people - gold_people),
    }


def missed_targets(scores):
    """Names of the targets in TARGETS that these scores do not meet."""
    missed = []
    for name, target in TARGETS.items():
        value = scores[name]
        if name == "furniture_leaked":
            ok = value <= target
        elif isinstance(target, bool):
            ok = value is target
        else:
            ok = value >= target
        if not ok:
            missed.append(name)
    return missed


def format_scores(scores, *, label=None, details=True):
    """Human-readable summary of score_article() output, one figure per line."""
    lines = [label] if label else []
    for prefix, title in (("blocks", "blocks"), ("quotes", "quotes"), ("people", "people")):
        lines.append(
            f"  {title:<8} P {scores[prefix + '_precision']:.3f}  R {scores[prefix + '_recall']:.3f}"
            f"  F1 {scores[prefix + '_f1']:.3f}"
        )
    lines.append(f"  speaker accuracy     {scores['speaker_accuracy']:.3f}")
    lines.append(f"  comment count exact  {scores['comment_count_exact']}")
    lines.append(f"  headline exact       {scores['headline_exact']}")
    lines.append(f"  furniture leaked     {scores['furniture_leaked']}")
    missed = missed_targets(scores)
    lines.append(f"  targets              {'MISSED: ' + ', '.join(missed) if missed else 'all met'}")
    if details:
        for key in scores["leaked_blocks"]:
            lines.append(f"    unmatched block: {key}")
        for key in scores["missing_blocks"]:
            lines.append(f"    missing block:   {key}")
        for text, got, want in scores["wrong_speakers"]:
            lines.append(f"    speaker {got!r} should be {want!r}: {text[:60]!r}")
        for name in scores["missing_people"]:
            lines.append(f"    missing person:  {name}")
        for name in scores["extra_people"]:
            lines.append(f"    extra person:    {name}")
    return "\n".join(lines)
