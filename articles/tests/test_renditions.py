import io
import re

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage

from articles.models import Block
from articles.renditions import crops_for, picture_for, rendition_name, rendition_widths

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
    made = sorted(default_storage.listdir(f"renditions/{image.file.name.rsplit('/', 1)[0]}")[1])
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


def test_unreadable_image_falls_back_to_the_original_without_failing(client):
    image = make_image(with_file=False)
    image.file.save("broken.jpg", SimpleUploadedFile("broken.jpg", b"not a jpeg at all"), save=False)
    type(image).objects.filter(pk=image.pk).update(file=image.file.name, width=640, height=480)
    image.refresh_from_db()
    assert picture_for(image) is None
    article = make_article()
    Block.objects.create(article=article, kind=Block.Kind.IMAGE, position=1, image=image)
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert image.file.url in response.content.decode()


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


def test_sideways_phone_photo_is_served_upright_with_its_upright_size():
    exif = PILImage.Exif()
    exif[0x0112] = 6
    buffer = io.BytesIO()
    PILImage.new("RGB", (1600, 1000), (10, 120, 40)).save(buffer, format="JPEG", exif=exif.tobytes())
    image = make_image(with_file=False, file=SimpleUploadedFile("phone.jpg", buffer.getvalue()))
    assert (image.width, image.height) == (1600, 1000)
    picture = picture_for(image)
    assert (picture.width, picture.height) == (1000, 1600)
    with default_storage.open(picture.largest.name, "rb") as handle, PILImage.open(handle) as made:
        assert made.size == (1000, 1600)
    image.refresh_from_db()
    assert (image.width, image.height) == (1000, 1600)
    assert picture_for(image) == picture
