"""The parser package stays pure Python and layered: each module imports only those below it."""

import ast
import subprocess
import sys

import articles.parsing

from .stories import ROOT

PACKAGE = ROOT / "articles" / "parsing"
# From the bottom up: a module may import only modules earlier in this list.
LAYERS = ["contract", "linepatterns", "words", "givennames", "stamps", "text", "boxes", "matchboxes", "names",
          "appositions", "roles", "phrases", "captions", "linklists", "widgets", "furniture", "notices", "shapes",
          "threads", "teasers", "span", "cards", "captionlines", "paragraphing", "titlelines", "headline", "segmenting",
          "standfirst", "leftover", "quotes", "interviews", "namecues", "namesakes", "cast", "confidence", "paragraphs",
          "antecedents", "foreignspeech", "attribution", "scoring", "__init__"]


def imports_of(path):
    """(module, level) for every import statement in a source file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, 0) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found.append((node.module or "", node.level))
    return found


def test_every_module_of_the_package_has_a_layer():
    assert sorted(path.stem for path in PACKAGE.glob("*.py")) == sorted(LAYERS)


def test_modules_import_only_the_standard_library_and_lower_layers():
    standard = set(sys.stdlib_module_names)
    for path in PACKAGE.glob("*.py"):
        for module, level in imports_of(path):
            if level:
                assert LAYERS.index(module) < LAYERS.index(path.stem), f"{path.name} imports .{module}"
            else:
                assert module.split(".")[0] in standard, f"{path.name} imports {module}"


def test_importing_the_package_loads_no_django():
    modules = ", ".join(f"articles.parsing.{name}" for name in LAYERS if name != "__init__")
    script = (f"import sys, {modules}\n"
              "print(sorted(m for m in sys.modules if m == 'django' or m.startswith('django.')))")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
    assert "parse_article" in articles.parsing.__all__
