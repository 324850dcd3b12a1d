import contextlib
import html as html_lib
import io
import logging
import re
import signal
import types

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import OperationalError
from django_tasks_db.models import DBTaskResult
from PIL import Image as PILImage

from articles import renditions
from articles.models import Article, Block
from articles.renditions import crops_for, make_renditions, picture_for, rendition_name, rendition_widths

from .factories import make_article, make_image

pytestmark = pytest.mark.django_db

GPS_IFD = 0x8825


def jpeg_with_gps(width=1600, height=1000):
    """A camera-like JPEG: EXIF with a maker, a GPS position and a rotation flag."""
    exif = PILImage.Exif()
    exif[0x010F] = "Test Camera Maker"
    exif[0x0112] = 1
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (52.0, 31.0, 12.0), 3: "E", 4: (13.0, 24.0, 0.0)})
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (30, 90, 160)).save(buffer, format="JPEG", exif=exif.tobytes())
    return SimpleUploadedFile("camera.jpg", buffer.getvalue(), content_type="image/jpeg")


def png_upload(width, height, mode="RGB"):
    buffer = io.BytesIO()
    PILImage.new(mode, (width, height), 120).save(buffer, format="PNG")
    return SimpleUploadedFile("chart.png", buffer.getvalue(), content_type="image/png")


def meta_content(html, prop):
    found = re.search(rf'<meta property="{prop}" content="([^"]*)"', html)
    return html_lib.unescape(found.group(1)) if found else None


def test_rendition_names_follow_from_the_file_name_and_width():
    assert rendition_name("images/2025/05/photo.jpg", 640, "webp") == "renditions/images/2025/05/photo-jpg-640w.webp"
    assert rendition_name("images/2025/05/photo.png", 640, "webp") != rendition_name("images/2025/05/photo.jpg", 640, "webp")
    assert rendition_name("photo.jpg", 320, "jpg", ratio=(16, 9)) == "renditions/photo-jpg-320w-16x9.jpg"


def test_widths_stop_at_the_source_width():
    assert rendition_widths(1200) == (320, 640, 960, 1200)
    assert rendition_widths(5000) == (320, 640, 960, 1280, 1600)
    assert rendition_widths(200) == (200,)


def test_picture_makes_webp_and_jpeg_at_several_widths(django_assert_num_queries):
    image = make_image(with_file=False, file=jpeg_with_gps(), caption="Camera photo")
    with django_assert_num_queries(0):
        picture = picture_for(image)
    assert [r.width for r in picture.webp] == [320, 640, 960, 1280, 1600]
    assert [r.height for r in picture.jpeg] == [200, 400, 600, 800, 1000]
    for rendition in (*picture.webp, *picture.jpeg):
        with default_storage.open(rendition.name, "rb") as handle, PILImage.open(handle) as made:
            assert made.format == ("WEBP" if rendition.format == "webp" else "JPEG")
            assert made.size == (rendition.width, rendition.height)
    assert picture.fallback.width == 640
    assert "640w" in picture.webp_srcset and picture.webp_srcset.count("w,") == 4


def test_renditions_drop_camera_and_gps_metadata():
    image = make_image(with_file=False, file=jpeg_with_gps())
    with default_storage.open(image.file.name, "rb") as handle, PILImage.open(handle) as original:
        assert original.getexif().get_ifd(GPS_IFD), "the test photo should carry a GPS position"
    picture = picture_for(image)
    for rendition in (*picture.webp, *picture.jpeg, *crops_for(image)):
        with default_storage.open(rendition.name, "rb") as handle:
            data = handle.read()
        with PILImage.open(io.BytesIO(data)) as made:
            assert not made.getexif(), rendition.name
            assert "exif" not in made.info and "xmp" not in made.info
        assert b"Test Camera Maker" not in data


def test_second_render_reuses_the_files():
    image = make_image(with_file=False, file=jpeg_with_gps(800, 600))
    first = picture_for(image)
    stamp = default_storage.get_modified_time(first.largest.name)
    again = picture_for(image)
    assert again == first
    assert default_storage.get_modified_time(first.largest.name) == stamp
    folder = default_storage.listdir(f"renditions/{image.file.name.rsplit('/', 1)[0]}")[1]
    made = sorted(name for name in folder if not re.search(r"-\d+x\d+\.jpg$", name))
    assert len(made) == 2 * len(rendition_widths(800))


def test_renditions_seen_once_are_not_looked_up_in_storage_again(monkeypatch):
    image = make_image(with_file=False, file=jpeg_with_gps(800, 600))
    first = picture_for(image)
    crops = crops_for(image)
    asked = []
    monkeypatch.setattr(default_storage, "exists", lambda name: asked.append(name) or True)
    assert picture_for(image) == first
    assert crops_for(image) == crops
    assert asked == []


def test_crops_match_googles_three_aspect_ratios():
    image = make_image(with_file=False, file=jpeg_with_gps(1600, 1000))
    sizes = []
    for crop in crops_for(image):
        with default_storage.open(crop.name, "rb") as handle, PILImage.open(handle) as made:
            sizes.append(made.size)
    assert sizes == [(1200, 675), (1200, 900), (1200, 1200)]


def test_unreadable_image_shows_as_awaiting_its_photo_without_failing(client):
    image = make_image(with_file=False)
    image.file.save("broken.jpg", SimpleUploadedFile("broken.jpg", b"not a jpeg at all"), save=False)
    type(image).objects.filter(pk=image.pk).update(file=image.file.name, width=640, height=480)
    image.refresh_from_db()
    assert picture_for(image) is None
    article = make_article()
    Block.objects.create(article=article, kind=Block.Kind.IMAGE, position=1, image=image)
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    # Never the original, whose size nobody checked: the box that stands in for a photo.
    assert image.file.url not in html
    assert 'class="awaiting-photo"' in html


def test_article_page_serves_renditions_with_size_and_lazy_loading(client):
    article = make_article()
    lead = make_image(with_file=False, file=jpeg_with_gps(1600, 1000), alt_text="Lead photo alt")
    inline = make_image(with_file=False, file=jpeg_with_gps(1200, 800), alt_text="Inline photo alt")
    article.lead_image = lead
    article.save()
    Block.objects.create(article=article, kind=Block.Kind.PARAGRAPH, position=1, text="First paragraph.")
    Block.objects.create(article=article, kind=Block.Kind.IMAGE, position=2, image=inline)
    html = client.get(article.get_absolute_url()).content.decode()
    images = re.findall(r"<img [^>]*>", html)
    lead_tag = next(tag for tag in images if "Lead photo alt" in tag)
    inline_tag = next(tag for tag in images if "Inline photo alt" in tag)
    assert 'width="1600" height="1000"' in lead_tag
    assert "loading=" not in lead_tag
    assert 'width="1200" height="800"' in inline_tag and 'loading="lazy"' in inline_tag
    assert "sizes=" in inline_tag and "-jpg-640w.jpg 640w" in inline_tag
    assert '<source type="image/webp" srcset="' in html and "-jpg-1200w.webp 1200w" in html


def test_sideways_phone_photo_is_served_upright_with_its_upright_size(django_capture_on_commit_callbacks):
    exif = PILImage.Exif()
    exif[0x0112] = 6
    buffer = io.BytesIO()
    PILImage.new("RGB", (1600, 1000), (10, 120, 40)).save(buffer, format="JPEG", exif=exif.tobytes())
    with django_capture_on_commit_callbacks(execute=True):
        image = make_image(with_file=False, file=SimpleUploadedFile("phone.jpg", buffer.getvalue()))
    assert (image.width, image.height) == (1600, 1000)
    # The worker made the renditions upright and corrected the stored size pages read.
    image.refresh_from_db()
    picture = picture_for(image)
    assert (picture.width, picture.height) == (1000, 1600)
    with default_storage.open(picture.largest.name, "rb") as handle, PILImage.open(handle) as made:
        assert made.size == (1000, 1600)
    assert (image.width, image.height) == (1000, 1600)
    assert picture_for(image) == picture


# In the background: pages never make renditions, the worker does


@pytest.fixture
def database_tasks(settings):
    """The production task backend: tasks wait in the database for `manage.py db_worker`."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)}
    yield settings
    # The worker installs its own shutdown handlers; give the test runner its own back.
    for sig, handler in handlers.items():
        signal.signal(sig, handler)


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", verbosity=0)


def story_with_photo(photo, *, capture):
    article = make_article()
    with capture(execute=True):
        image = make_image(with_file=False, file=photo, alt_text="Harbour at dawn")
    Block.objects.create(article=article, kind=Block.Kind.IMAGE, position=1, image=image)
    return article, image


# The worker runs its own transactions and closes connections it finds inside one: real commits here.
@pytest.mark.django_db(transaction=True)
def test_a_saved_photo_is_queued_after_its_commit_and_readers_never_wait(
    client, database_tasks, django_capture_on_commit_callbacks,
):
    article, image = story_with_photo(jpeg_with_gps(1600, 1000), capture=django_capture_on_commit_callbacks)
    queued = DBTaskResult.objects.get()
    assert queued.task_path == "articles.renditions.make_renditions"
    assert queued.args_kwargs["args"] == [image.file.name, [1600, 1000]]
    # Before the worker runs: the box that stands in for a photo, never the full-size original.
    html = client.get(article.get_absolute_url()).content.decode()
    assert 'class="awaiting-photo"' in html and image.file.url not in html
    assert not default_storage.exists(rendition_name(image.file.name, 320, "jpg"))
    assert "og:image" not in html
    # The page asked again (once per process), so two tasks wait; the first makes the set, the second finds it.
    run_worker()
    assert DBTaskResult.objects.filter(status="SUCCESSFUL").count() == DBTaskResult.objects.count() >= 1
    html = client.get(article.get_absolute_url()).content.decode()
    assert "-jpg-1600w.webp 1600w" in html and 'class="awaiting-photo"' not in html
    assert meta_content(html, "og:image").endswith("-jpg-1200w-16x9.jpg")


def test_a_reader_before_the_whole_set_gets_the_widths_already_made(client, database_tasks):
    article = make_article()
    image = make_image(with_file=False, file=jpeg_with_gps(1600, 1000), alt_text="Harbour at dawn")
    Block.objects.create(article=article, kind=Block.Kind.IMAGE, position=1, image=image)
    make_renditions.call(image.file.name)
    for width in (960, 1280, 1600):
        for fmt in ("jpg", "webp"):
            default_storage.delete(rendition_name(image.file.name, width, fmt))
    html = client.get(article.get_absolute_url()).content.decode()
    tag = re.search(r'<img [^>]*alt="Harbour at dawn"[^>]*>', html).group(0)
    assert "-jpg-640w.jpg 640w" in tag and "1600w" not in tag and image.file.url not in html
    assert 'width="1600" height="1000"' in tag
    assert DBTaskResult.objects.filter(task_path="articles.renditions.make_renditions").count() == 1


def test_load_seed_has_the_seed_photo_rendered(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_seed", verbosity=0)
    image = Article.objects.get(source_key="seed-article").lead_image
    assert default_storage.exists(picture_for(image).largest.name)


def test_a_photo_whose_file_is_gone_shows_as_awaited_and_is_logged_once(client, caplog):
    article, image = story_with_photo(jpeg_with_gps(800, 600), capture=lambda **kw: contextlib.nullcontext())
    default_storage.delete(image.file.name)
    with caplog.at_level(logging.WARNING, logger="articles.renditions"):
        pages = [client.get(article.get_absolute_url()) for _ in range(3)]
    assert all(page.status_code == 200 for page in pages)
    assert all('class="awaiting-photo"' in page.content.decode() for page in pages)
    warnings = [r for r in caplog.records if r.name == "articles.renditions"]
    assert len(warnings) == 1 and image.file.name in warnings[0].getMessage() and "missing" in warnings[0].getMessage()
    assert not warnings[0].exc_info


def test_renditions_of_a_huge_png_are_made_from_a_reduced_copy(monkeypatch):
    image = make_image(with_file=False, file=png_upload(6400, 4800, mode="L"))
    sizes = []
    monkeypatch.setattr(renditions, "upright_pixels", lambda pixels, orientation: sizes.append(pixels.size) or pixels)
    make_renditions.call(image.file.name)
    # Halved before anything else is done with it: twice the widest file still fits.
    assert sizes == [(3200, 2400)]
    with default_storage.open(rendition_name(image.file.name, 1600, "jpg"), "rb") as handle:
        assert PILImage.open(handle).size == (1600, 1200)


def test_a_queue_that_cannot_be_written_costs_the_photo_not_the_page(client, monkeypatch):
    article, image = story_with_photo(jpeg_with_gps(800, 600), capture=lambda **kw: contextlib.nullcontext())

    def refuse(*args, **kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(renditions, "make_renditions", types.SimpleNamespace(enqueue=refuse))
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200 and 'class="awaiting-photo"' in response.content.decode()
    # Asked again on the next request, and made once the queue answers.
    monkeypatch.undo()
    html = client.get(article.get_absolute_url()).content.decode()
    assert "-jpg-800w.webp 800w" in html
