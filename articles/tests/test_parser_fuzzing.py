"""The parser fuzzer (bench/fuzz_parser.py), on a corpus of our own sample stories."""

import random
import shutil
from pathlib import Path

import pytest
from django.conf import settings

from .benchscripts import load_bench_script

SAMPLES = Path(settings.BASE_DIR) / "fixtures" / "samples"


@pytest.fixture(scope="module")
def fuzzer():
    return load_bench_script("fuzz_parser")


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus" / "samples"
    folder.mkdir(parents=True)
    for sample in sorted(SAMPLES.glob("*.txt"))[:3]:
        shutil.copy(sample, folder / f"{sample.stem}.page.txt")
    return folder.parent


def test_the_same_seed_mangles_the_same_way(fuzzer):
    text = (SAMPLES / sorted(p.name for p in SAMPLES.glob("*.txt"))[0]).read_text(encoding="utf-8")
    first = [fuzzer.mangle(text, random.Random(5)) for _ in range(3)]
    assert first == [fuzzer.mangle(text, random.Random(5)) for _ in range(3)]
    assert any(mangled != text for mangled in first)


def test_the_parser_survives_mangled_samples(fuzzer, corpus, tmp_path, capsys):
    assert fuzzer.main(["--corpus", str(corpus), "--count", "60", "--out", str(tmp_path / "out")]) == 0
    assert "60 mangled pastes, 0 crashed" in capsys.readouterr().out
    assert not (tmp_path / "out").exists()


def test_a_crash_is_reported_with_its_text_kept(fuzzer, corpus, tmp_path, capsys, monkeypatch):
    from articles import parsing

    def broken(text, **options):
        raise IndexError("list index out of range")

    monkeypatch.setattr(parsing, "parse_article", broken)
    assert fuzzer.main(["--corpus", str(corpus), "--count", "4", "--out", str(tmp_path / "out")]) == 1
    output = capsys.readouterr().out
    assert "4 mangled pastes, 4 crashed" in output and "IndexError: list index out of range" in output
    assert len(list((tmp_path / "out").glob("crash-1-*.txt"))) == 4
