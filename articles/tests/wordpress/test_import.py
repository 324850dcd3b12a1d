"""import_wordpress: each mapping of the export, re-runs, failures, dry runs and the command's report."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.redirects.models import Redirect
from django.core.management import CommandError, call_command

from articles import publishing
from articles.models import Article, Block, Image, Section
from articles.wordpress.importing import WordPressImport, import_wordpress_export
from articles.wordpress.records import WordPressRecord
from articles.wordpress.wxr import read_export
from people.models import Person

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "wordpress"
SITE = FIXTURES / "site-1.2.xml"
UPLOADS = FIXTURES / "uploads"


def run_import(path=SITE, **options):
    return import_wordpress_export(path, **options)[1]


def story(post_id):
    return WordPressRecord.objects.get(kind="post", wordpress_id=str(post_id)).article


@pytest.mark.django_db
def test_posts_keep_their_status_dates_slugs_excerpts_and_comment_counts():
    run_import()
    expanded = story(201)
    assert (expanded.status, expanded.is_public) == (Article.Status.PUBLISHED, True)
    assert expanded.published_at.isoformat() == "2024-05-03T07:30:00+00:00"
    assert expanded.slug == "harbour-expansion-approved"
    assert expanded.dek == "The east quay will be extended."
    assert expanded.comment_count == 2
    assert story(203).status == Article.Status.DRAFT
    assert story(203).published_at is None
    assert story(204).status == Article.Status.IN_REVIEW
    festival = story(205)
    assert festival.is_scheduled and festival.published_at.year == 2099
    memo = story(206)
    assert memo.status == Article.Status.UNPUBLISHED and not memo.is_public
    assert Article.objects.published().count() == 2


@pytest.mark.django_db
def test_statuses_are_recorded_in_each_story_history_like_the_admins():
    editor = get_user_model().objects.create_user("desk")
    run_import(user=editor)
    from reversion.models import Version

    comments = list(Version.objects.get_for_object(story(201)).values_list("revision__comment", flat=True))
    assert comments == ["Created by WordPress import (post 201); published."]
    assert story(201).updated_by == editor


@pytest.mark.django_db
def test_categories_become_nested_sections_with_their_slugs_and_tags_become_tags():
    run_import()
    assert set(Section.objects.values_list("path", flat=True)) >= {"regional", "regional/local", "opinion"}
    assert story(201).section.path == "regional/local"
    assert story(202).section.path == "opinion"  # the first of its categories
    assert sorted(story(201).tags.names()) == ["Council", "Harbour"]
    assert story(204).section.path == "news"  # no category: the default section


@pytest.mark.django_db
def test_sections_nest_under_a_given_root():
    root = Section.objects.create(name="Archive", slug="archive")
    run_import(section_root="archive")
    assert Section.objects.get(path="archive/regional/local").parent.parent == root
    assert story(204).section == root


@pytest.mark.django_db
def test_authors_become_people_and_bylines_with_accounts_only_when_asked():
    run_import()
    assert set(Person.objects.filter(wordpress_records__kind="author").values_list("name", flat=True)) == {
        "Mara Quill", "Tobias Wren",
    }
    assert [b.person.name for b in story(202).bylines.all()] == ["Tobias Wren"]
    assert not get_user_model().objects.exists()
    run_import(create_users=True)
    mara = Person.objects.get(name="Mara Quill")
    assert mara.user.username == "mara" and mara.user.email == "mara@example.org"
    assert not mara.user.has_usable_password()


@pytest.mark.django_db
def test_classic_content_becomes_ordered_blocks_with_attributed_quotes():
    report = run_import(media_dir=UPLOADS)
    article = story(201)
    blocks = list(article.blocks.order_by("position"))
    assert [b.kind for b in blocks] == [
        "paragraph", "paragraph", "subhead", "image", "paragraph", "paragraph", "quote", "related", "paragraph",
    ]
    assert blocks[1].text.startswith('"This is the biggest change') and blocks[1].text.endswith("work would begin in the autumn.")
    assert blocks[3].image == WordPressRecord.objects.get(kind="attachment", wordpress_id="101").image
    assert blocks[3].caption == "Cranes over the east quay."
    assert blocks[6].quote.text == "We were never asked what we wanted."
    assert blocks[6].quote.speaker.name == "Jonas Berg"
    assert blocks[7].link_url == "https://www.youtube.com/watch?v=abc123"
    quotes = {q.text: q.speaker.name for q in article.quotes.exclude(pull_blocks__isnull=False)}
    assert quotes == {
        "This is the biggest change to the waterfront in a generation": "Petra Lindqvist",
        "We will keep watching the costs": "Harald Voss",
    }
    assert article.quotes.get(speaker__name="Petra Lindqvist").block == blocks[1]
    assert article.mentions.get(person__name="Petra Lindqvist").role
    assert all("<" not in b.text and "alert" not in b.text for b in blocks)
    assert {"id": "201", "note": "dropped a <script> element"} in report.notes
    assert {"id": "201", "note": "dropped a [gallery] shortcode"} in report.notes
    assert article.lead_image == blocks[3].image


@pytest.mark.django_db
def test_block_editor_content_becomes_ordered_blocks():
    run_import()
    blocks = list(story(202).blocks.order_by("position"))
    assert [(b.kind, b.text or b.link_title or b.caption) for b in blocks] == [
        ("paragraph", "Every morning the ferry carries four hundred people across the bay."),
        ("subhead", "A lifeline"),
        ("paragraph", "“Without it I would lose my job,” said Aino Sorensen, a nurse who crosses daily."),
        ("image", "The chamber, empty after the vote."),
        ("related", "The crossing, filmed by a passenger"),
        ("quote", ""),
        ("paragraph", "Departures every hour"),
        ("paragraph", "Last crossing at ten"),
    ]
    assert story(202).quotes.get(block=blocks[2]).speaker.name == "Aino Sorensen"


@pytest.mark.django_db
def test_attachments_become_photos_with_files_from_the_media_folder(isolated_media):
    report = run_import(media_dir=UPLOADS)
    cranes = WordPressRecord.objects.get(kind="attachment", wordpress_id="101").image
    assert cranes.file and (cranes.width, cranes.height) == (64, 48)
    assert Path(cranes.file.path).is_relative_to(isolated_media)
    assert cranes.alt_text == "Three cranes against an orange sky"
    assert (cranes.caption, cranes.credit_line) == ("Cranes over the east quay at dawn.", "Lena Ostrova/Valley Ledger")
    assert cranes.photographer.name == "Lena Ostrova" and cranes.agency.name == "Valley Ledger"
    chamber = WordPressRecord.objects.get(kind="attachment", wordpress_id="102")
    assert chamber.image.is_awaiting_photo and chamber.image.credit_line == "Ivo Marchetti"
    assert chamber.original_url == "https://ledger.example.org/wp-content/uploads/2024/05/council-chamber.jpg"
    broken = WordPressRecord.objects.get(kind="attachment", wordpress_id="104").image
    assert broken.is_awaiting_photo
    assert any(n["id"] == "104" and "Upload a valid image" in n["note"] for n in report.notes)
    assert {"id": "103", "type": "attachment", "title": "Minutes of the meeting",
            "reason": "not a photo (“.pdf” file); only images become photos"} in report.skipped


@pytest.mark.django_db
def test_without_a_media_folder_photos_await_their_file_with_the_original_address():
    run_import()
    record = WordPressRecord.objects.get(kind="attachment", wordpress_id="101")
    assert record.image.is_awaiting_photo
    assert record.original_url.endswith("/wp-content/uploads/2024/05/harbour-cranes.jpg")


@pytest.mark.django_db
def test_a_media_path_cannot_leave_the_media_folder(tmp_path):
    export = read_export(SITE)
    photo = next(item for item in export.items if item.post_id == "101")
    photo.meta["_wp_attached_file"] = "../../../etc/passwd"
    report = WordPressImport(export, media_dir=UPLOADS).run()
    assert any(n["id"] == "101" and "no file under the media folder" in n["note"] for n in report.notes)


@pytest.mark.django_db
def test_old_permalinks_redirect_permanently_to_the_new_addresses(client):
    run_import()
    new_url = story(201).get_absolute_url()
    for old in ("/2024/05/03/harbour-expansion-approved/", "/?p=201"):
        assert Redirect.objects.get(old_path=old).new_path == new_url
    response = client.get("/2024/05/03/harbour-expansion-approved/")
    assert response.status_code == 301 and response["Location"] == new_url
    assert client.get(new_url).status_code == 200
    # A draft's or a private post's old address leads nowhere.
    assert not Redirect.objects.filter(old_path__in=["/?p=203", "/?p=206"]).exists()


@pytest.mark.django_db
def test_running_the_same_export_again_updates_and_never_duplicates(tmp_path):
    run_import(media_dir=UPLOADS)
    counts = (Article.objects.count(), Image.objects.count(), Section.objects.count(), Person.objects.count(),
              Block.objects.count(), Redirect.objects.count())
    changed = tmp_path / "export.xml"
    changed.write_text(SITE.read_text().replace("Harbour expansion approved after long night",
                                                "Harbour expansion approved"), encoding="utf-8")
    report = run_import(changed, media_dir=UPLOADS)
    assert report.counts["posts updated"] == 6 and "posts created" not in report.counts
    assert (Article.objects.count(), Image.objects.count(), Section.objects.count(), Person.objects.count(),
            Block.objects.count(), Redirect.objects.count()) == counts
    assert story(201).headline == "Harbour expansion approved"


@pytest.mark.django_db
def test_a_person_named_in_two_spellings_that_fold_alike_is_mentioned_once(tmp_path):
    changed = tmp_path / "export.xml"
    changed.write_text(SITE.read_text().replace(
        "<content:encoded><![CDATA[The council voted 7 to 2 on Thursday",
        "<content:encoded><![CDATA[“We need a steady hand,” said José Ruiz.\n\n“It is a big job,” said Jose Ruiz."
        "\n\nThe council voted 7 to 2 on Thursday"), encoding="utf-8")
    report = run_import(changed)
    assert report.counts["posts created"] == 6
    mentioned = [m.person.name for m in story(201).mentions.all()]
    assert mentioned.count("José Ruiz") == 1 and "Jose Ruiz" not in mentioned


@pytest.mark.django_db
def test_a_story_edited_since_its_import_is_left_as_edited():
    run_import()
    article = story(202)
    article.headline = "Edited at the desk"
    article.save()
    report = run_import()
    assert story(202).headline == "Edited at the desk"
    assert any(f["id"] == "202" and "edited here after its last import" in f["reason"] for f in report.failed)


@pytest.mark.django_db
def test_a_broken_item_is_reported_and_the_rest_still_imports():
    report = run_import()
    assert report.failed == [{"id": "207", "type": "post", "title": "Post with no date",
                              "reason": "a “publish” post needs a date and this one has none"}]
    assert not WordPressRecord.objects.filter(kind="post", wordpress_id="207").exists()
    assert report.counts["posts created"] == 6
    assert {(s["id"], s["type"]) for s in report.skipped} == {("103", "attachment"), ("301", "page"), ("208", "post")}


@pytest.mark.django_db
def test_the_command_reports_as_json_and_exits_non_zero_on_a_failed_item():
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match="1 item\\(s\\) failed"):
        call_command("import_wordpress", str(SITE), "--json", stdout=out, stderr=err)
    report = json.loads(out.getvalue())
    assert report["version"] == "1.2" and report["site"] == "https://ledger.example.org"
    assert [f["id"] for f in report["failed"]] == ["207"]
    assert report["counts"]["authors"] == 2
    assert "13/13 items" in err.getvalue()


@pytest.mark.django_db
def test_a_dry_run_writes_nothing(isolated_media):
    out = StringIO()
    with pytest.raises(CommandError):
        call_command("import_wordpress", str(SITE), "--dry-run", "--media-dir", str(UPLOADS), stdout=out, stderr=StringIO())
    assert "dry run: nothing saved" in out.getvalue()
    assert "posts created: 6" in out.getvalue() and "photos: 1" in out.getvalue()
    assert not Article.objects.exists() and not Section.objects.exists() and not Person.objects.exists()
    assert not WordPressRecord.objects.exists() and not Redirect.objects.exists()
    assert not isolated_media.exists() or not any(isolated_media.rglob("*.jpg"))


@pytest.mark.django_db
def test_a_hostile_file_is_refused_by_the_command_with_nothing_written():
    with pytest.raises(CommandError, match="billion-laughs.xml: refused"):
        call_command("import_wordpress", str(FIXTURES / "hostile" / "billion-laughs.xml"), stdout=StringIO())
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_an_unknown_user_or_section_root_is_a_clear_error():
    with pytest.raises(CommandError, match="no user named"):
        call_command("import_wordpress", str(SITE), "--user", "nobody", stdout=StringIO())
    with pytest.raises(CommandError, match="no section"):
        call_command("import_wordpress", str(SITE), "--section-root", "missing", stdout=StringIO())


@pytest.mark.django_db
def test_a_1_1_export_imports():
    report = run_import(FIXTURES / "site-1.1.xml")
    article = story(1)
    assert report.counts["posts created"] == 1 and not report.failed
    assert [b.text for b in article.blocks.all()] == ["Welcome to the blog.", "Second paragraph, with a link."]
    assert article.section.path == "uncategorized"


@pytest.mark.django_db
def test_publishing_after_import_goes_through_the_usual_operations():
    run_import()
    draft = story(203)
    assert publishing.publish(draft, user=None)
    assert story(203).is_public


@pytest.mark.django_db
def test_paragraph_quotes_keep_the_parsers_confidence_and_the_unsure_ones_wait_for_a_check(tmp_path):
    unsure = tmp_path / "export.xml"
    unsure.write_text(SITE.read_text().replace(
        "The roof will be repaired over the summer.",
        "The roof will be repaired over the summer.\n\n“We have waited three years for this.”",
    ), encoding="utf-8")
    report = run_import(unsure)

    said = story(201).quotes.exclude(pull_blocks__isnull=False)
    assert said.count() == 2 and not said.needing_check().exists()
    assert all(quote.confidence is not None and quote.confidence > 0.9 for quote in said)
    flagged = story(204).quotes.needing_check().get()
    assert flagged.text == "We have waited three years for this." and flagged.speaker is None
    assert any(note["id"] == "204" and note["note"].startswith("review quote “We have waited")
               for note in report.notes)


@pytest.mark.django_db
def test_text_mis_decoded_in_the_old_sites_database_is_put_right_with_a_note(tmp_path):
    from ..factories import mis_decoded

    broken = tmp_path / "export.xml"
    broken.write_text(SITE.read_text().replace(
        "The roof will be repaired over the summer.",
        mis_decoded("The roof will be repaired over the summer, the café’s owner said."),
    ), encoding="utf-8")
    report = run_import(broken)

    texts = list(story(204).blocks.values_list("text", flat=True))
    assert "The roof will be repaired over the summer, the café’s owner said." in texts
    assert not any("â€" in text or "Ã©" in text for text in texts)
    assert any(note["id"] == "204" and "mis-decoded" in note["note"] for note in report.notes)
    assert not any("mis-decoded" in note["note"] for note in run_import().notes)
