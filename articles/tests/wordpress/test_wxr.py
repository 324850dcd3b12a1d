"""Reading WXR files: both versions, and hostile or malformed files refused with a clear message."""

from pathlib import Path

import pytest

from articles.wordpress.wxr import ExportError, read_export

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "wordpress"


def test_reads_a_1_2_export():
    export = read_export(FIXTURES / "site-1.2.xml")
    assert export.version == "1.2"
    assert export.base_url == "https://ledger.example.org"
    assert [a.login for a in export.authors] == ["mara", "tobias"]
    assert export.authors[1].name == "Tobias Wren"
    assert {(c.slug, c.parent) for c in export.categories} == {("local", "regional"), ("regional", ""), ("opinion", "")}
    assert [t.name for t in export.tags] == ["Harbour", "Council"]
    post = next(item for item in export.items if item.post_id == "201")
    assert post.comment_count == 2  # approved comments only: not spam, not pingbacks
    assert post.tags == ["Harbour", "Council"]
    assert [c.slug for c in post.categories] == ["local"]
    photo = next(item for item in export.items if item.post_id == "101")
    assert photo.meta["_wp_attachment_image_alt"] == "Three cranes against an orange sky"


def test_reads_a_1_1_export():
    export = read_export(FIXTURES / "site-1.1.xml")
    assert export.version == "1.1"
    assert [item.title for item in export.items] == ["Hello world"]


@pytest.mark.parametrize(("name", "message"), [
    ("billion-laughs.xml", "declares a DTD, entities or external references"),
    ("external-entity.xml", "declares a DTD, entities or external references"),
    ("doctype-only.xml", "declares a DTD, entities or external references"),
    ("wrong-namespace.xml", "not a WordPress export"),
    ("mixed-namespaces.xml", "mixes export namespaces"),
    ("malformed.xml", "not well-formed XML"),
])
def test_hostile_or_malformed_files_are_refused(name, message):
    with pytest.raises(ExportError) as refused:
        read_export(FIXTURES / "hostile" / name)
    assert message in str(refused.value)
    assert name in str(refused.value)


def test_a_file_that_is_not_rss_is_refused(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text('<feed xmlns:wp="http://wordpress.org/export/1.2/"><wp:x/></feed>')
    with pytest.raises(ExportError, match="not a WordPress export"):
        read_export(path)


def test_a_version_that_contradicts_its_namespace_is_refused(tmp_path):
    path = tmp_path / "export.xml"
    path.write_text('<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel>'
                    "<wp:wxr_version>1.1</wp:wxr_version></channel></rss>")
    with pytest.raises(ExportError, match="does not match"):
        read_export(path)


def test_a_link_instead_of_a_file_is_refused(tmp_path):
    link = tmp_path / "export.xml"
    link.symlink_to(FIXTURES / "site-1.1.xml")
    with pytest.raises(ExportError.__mro__[1], match="symbolic link"):
        read_export(link)
