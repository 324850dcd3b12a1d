"""The JSON form of the parse: to_dict/from_dict and the schema."""

import json
import re
from pathlib import Path

import pytest

from articles.parsing import parse_article, parsed_from_dict
from articles.parsing.contract import Block, ParsedArticle, ParsedQuote, from_dict, to_dict

from .stories import ROOT, SAMPLES, SPEC


def test_to_dict_has_the_five_keys_in_order():
    assert list(parse_article("The council voted.").to_dict()) == [
        "headline", "body", "quotes", "people", "comment_count"]


def test_block_to_dict_shapes():
    assert Block("related", "Old story").to_dict() == {"type": "related", "title": "Old story"}
    assert Block("subhead", "Part two").to_dict() == {"type": "subhead", "text": "Part two"}


def test_parsed_from_dict_round_trips_the_seed():
    gold = json.loads((SPEC / "seed.expected.json").read_text(encoding="utf-8"))
    article = parsed_from_dict(gold)
    assert article.to_dict() == gold
    umerov = next(q for q in article.quotes if q.speaker == "Rustem Umerov")
    assert article.body[umerov.block_index].text[umerov.start:].startswith("“We know")


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_parsed_from_dict_recovers_positions(path):
    parsed = parse_article(path.read_text(encoding="utf-8"))
    rebuilt = parsed_from_dict(parsed.to_dict())
    assert rebuilt.to_dict() == parsed.to_dict()
    assert [(q.block_index, q.start) for q in rebuilt.quotes] == [(q.block_index, q.start) for q in parsed.quotes]


@pytest.mark.parametrize("path", SAMPLES + [ROOT / "fixtures" / "seed-article.txt"], ids=lambda p: p.stem)
def test_output_matches_the_schema(path):
    schema = json.loads((SPEC / "article.schema.json").read_text(encoding="utf-8"))
    data = parse_article(path.read_text(encoding="utf-8")).to_dict()
    assert schema_errors(data, schema, schema) == []


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_gold_files_match_the_schema(path):
    schema = json.loads((SPEC / "article.schema.json").read_text(encoding="utf-8"))
    gold = json.loads(Path(str(path)[:-4] + ".expected.json").read_text(encoding="utf-8"))
    assert schema_errors(gold, schema, schema) == []


def schema_errors(value, rule, root, where="$"):
    """Check value against the small part of JSON Schema that article.schema.json uses."""
    if "$ref" in rule:
        rule = root["$defs"][rule["$ref"].rsplit("/", 1)[-1]]
    errors = []
    if "oneOf" in rule:
        matching = [r for r in rule["oneOf"] if not schema_errors(value, r, root, where)]
        return [] if len(matching) == 1 else [f"{where}: matches {len(matching)} of oneOf"]
    types = rule.get("type")
    if types:
        names = {"string": str, "integer": int, "number": (int, float), "null": type(None), "object": dict,
                 "array": list}
        allowed = tuple(kind for t in ([types] if isinstance(types, str) else types)
                        for kind in (names[t] if isinstance(names[t], tuple) else (names[t],)))
        if not isinstance(value, allowed) or isinstance(value, bool):
            return [f"{where}: {value!r} is not {types}"]
    if "const" in rule and value != rule["const"]:
        errors.append(f"{where}: {value!r} != {rule['const']!r}")
    if isinstance(value, str):
        blank = "pattern" in rule and not re.search(rule["pattern"], value)
        if len(value) < rule.get("minLength", 0) or blank:
            errors.append(f"{where}: {value!r} too short or blank")
    if isinstance(value, (int, float)) and value < rule.get("minimum", value):
        errors.append(f"{where}: {value} below minimum")
    if isinstance(value, (int, float)) and value > rule.get("maximum", value):
        errors.append(f"{where}: {value} above maximum")
    if isinstance(value, dict):
        errors += [f"{where}: missing {key}" for key in rule.get("required", []) if key not in value]
        properties = rule.get("properties", {})
        if rule.get("additionalProperties") is False:
            errors += [f"{where}: extra {key}" for key in value if key not in properties]
        for key, item in value.items():
            if key in properties:
                errors += schema_errors(item, properties[key], root, f"{where}.{key}")
    if isinstance(value, list) and "items" in rule:
        for index, item in enumerate(value):
            errors += schema_errors(item, rule["items"], root, f"{where}[{index}]")
    return errors


def test_schema_check_catches_mistakes():
    schema = json.loads((SPEC / "article.schema.json").read_text(encoding="utf-8"))
    bad = {"headline": None, "body": [{"type": "image", "caption": "x", "credit": " "}],
           "quotes": [{"text": "q", "speaker": None, "extra": 1}], "people": [], "comment_count": -1}
    errors = schema_errors(bad, schema, schema)
    assert any("body[0]" in e for e in errors)
    assert any("quotes[0]" in e for e in errors)
    assert any("comment_count" in e for e in errors)


def test_quote_confidence_is_omitted_when_unknown_and_kept_when_known():
    unknown = ParsedQuote("We are ready", "Ana Lima", 0, 0)
    known = ParsedQuote("We are ready", "Ana Lima", 0, 0, confidence=0.8)
    assert unknown.to_dict() == {"text": "We are ready", "speaker": "Ana Lima"}
    assert known.to_dict() == {"text": "We are ready", "speaker": "Ana Lima", "confidence": 0.8}


def test_confidence_round_trips_and_matches_the_schema():
    schema = json.loads((SPEC / "article.schema.json").read_text(encoding="utf-8"))
    article = ParsedArticle("Title", [Block("paragraph", "“We are ready,” Ana Lima said.")],
                            [ParsedQuote("We are ready", "Ana Lima", 0, 0, confidence=0.9),
                             ParsedQuote("ready", None, 0, 0)])
    data = to_dict(article)
    assert schema_errors(data, schema, schema) == []
    assert [q.confidence for q in from_dict(data).quotes] == [0.9, None]
    assert to_dict(from_dict(data)) == data
    data["quotes"][0]["confidence"] = 1.5
    assert any("above maximum" in e for e in schema_errors(data, schema, schema))


def test_the_article_methods_and_the_module_serialiser_agree():
    parsed = parse_article((ROOT / "fixtures" / "seed-article.txt").read_text(encoding="utf-8"))
    assert parsed.to_dict() == to_dict(parsed)
    assert parsed_from_dict is from_dict
