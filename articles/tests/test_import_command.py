import json
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from articles.models import Article
from articles.parsing import parse_article

pytestmark = pytest.mark.django_db

FIXTURES = Path(settings.BASE_DIR) / "fixtures"
SEED_TEXT = FIXTURES / "seed-article.txt"


def run(*args):
    out, err = StringIO(), StringIO()
    call_command("import_article", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_dry_run_json_prints_the_parse_and_saves_nothing():
    out, _ = run(SEED_TEXT, "--dry-run", "--json")
    data = json.loads(out)
    assert list(data) == ["headline", "body", "quotes", "people", "comment_count"]
    assert data == parse_article(SEED_TEXT.read_text(encoding="utf-8")).to_dict()
    assert not Article.objects.exists()


def test_import_prints_admin_and_public_urls_and_export_round_trips():
    out, _ = run(SEED_TEXT, "--status", "published", "--headline", "A headline from the desk")
    article = Article.objects.get()
    assert f"/admin/articles/article/{article.pk}/change/" in out
    assert article.get_absolute_url() in out and article.is_public
    exported = StringIO()
    call_command("export_article", article.slug, stdout=exported)
    parsed = parse_article(SEED_TEXT.read_text(encoding="utf-8")).to_dict()
    data = json.loads(exported.getvalue())
    assert data["headline"] == "A headline from the desk"
    assert {k: v for k, v in data.items() if k != "headline"} == {k: v for k, v in parsed.items() if k != "headline"}


@pytest.mark.parametrize("make_input, message", [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: d, "is a directory"),
    (lambda d: write(d / "empty.txt", b"  \n\n"), "empty"),
    (lambda d: write(d / "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00"), "binary"),
    (lambda d: write(d / "huge.txt", b"word " * 600_000), "limit"),
    (lambda d: write(d / "furniture.txt", b"Advertisement\n\nShare this article\n"), "furniture.txt"),
])
def test_bad_input_fails_with_a_message_naming_the_file(tmp_path, make_input, message):
    path = make_input(tmp_path)
    with pytest.raises(CommandError) as info:
        run(path)
    assert message in str(info.value) and str(path.name) in str(info.value)
    assert not Article.objects.exists()


def write(path, data):
    path.write_bytes(data)
    return path


def test_windows_1252_text_is_read_with_a_warning(tmp_path):
    text = SEED_TEXT.read_text(encoding="utf-8")
    path = write(tmp_path / "legacy.txt", text.encode("cp1252", errors="replace"))
    _, err = run(path)
    assert "Windows-1252" in err
    assert Article.objects.get(source_key="legacy").quotes.count() > 0


def test_several_files_each_in_its_own_transaction_with_a_summary(tmp_path):
    good = write(tmp_path / "good.txt", SEED_TEXT.read_bytes())
    bad = write(tmp_path / "bad.txt", b"")
    with pytest.raises(CommandError) as info:
        run(good, bad)
    assert "1 of 2 file(s) failed" in str(info.value) and "bad.txt" in str(info.value)
    assert Article.objects.filter(source_key="good").exists()


def test_key_and_headline_need_a_single_file(tmp_path):
    with pytest.raises(CommandError, match="one file"):
        run(SEED_TEXT, SEED_TEXT, "--key", "x")
