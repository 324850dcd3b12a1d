"""Uploads: size limit, content checked by Pillow, decompression bombs, private EXIF, file names."""

import io
import random
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags
from PIL import Image as PILImage

from articles.models import Image
from people.models import Person

from .factories import jpeg_bytes

pytestmark = pytest.mark.django_db

ADD_IMAGE = "/admin/articles/image/add/"
GPS_LATITUDE = (59.0, 54.0, 36.0)


def image_form(upload, **overrides):
    data = {"file": upload, "caption": "The harbour.", "alt_text": "Boats at a quay.", "photographer": "",
            "agency": "", "credit_line": "", "usage_terms": "", "usage_expires": ""}
    data.update(overrides)
    return data


def photo_with_private_exif(*, width=60, height=40, orientation=1):
    exif = PILImage.Exif()
    exif[ExifTags.Base.Make] = "CameraCo"
    exif[ExifTags.Base.Model] = "Pro 9"
    exif[ExifTags.Base.Artist] = "Ana Ruiz"
    exif[ExifTags.Base.Copyright] = "Harbor Wire"
    exif[ExifTags.Base.Orientation] = orientation
    exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.BodySerialNumber] = "SN-123456"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = GPS_LATITUDE
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (10.0, 45.0, 0.0)
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (20, 120, 200)).save(buffer, format="JPEG", exif=exif, quality=95)
    return buffer.getvalue()


def png_header_only(width, height):
    """A PNG that claims to be width × height pixels: a few hundred bytes that would decode into gigabytes."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = zlib.compress(b"\x00" * 1024)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", rows) + chunk(b"IEND", b""))


def stored_image():
    image = Image.objects.get()
    image.file.open("rb")
    data = image.file.read()
    image.file.close()
    return image, data


def test_a_file_over_the_size_limit_is_refused(editor_client, settings):
    settings.NEWSROOM_MAX_UPLOAD_BYTES = 1024 * 1024
    big = jpeg_bytes(width=2000, height=1500) + b"\0" * (1024 * 1024)
    response = editor_client.post(ADD_IMAGE, image_form(SimpleUploadedFile("big.jpg", big, "image/jpeg")))
    assert response.status_code == 200
    assert "the limit is 1 MB" in response.content.decode()
    assert not Image.objects.exists()


@pytest.mark.parametrize("name,content", [
    ("photo.jpg", b"<html><script>alert(1)</script></html>"),
    ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    ("photo.jpg", b"GIF89a" + b"\0" * 20),
])
def test_content_that_is_not_an_accepted_image_is_refused_whatever_its_name(editor_client, name, content):
    response = editor_client.post(ADD_IMAGE, image_form(SimpleUploadedFile(name, content, "image/jpeg")))
    assert response.status_code == 200
    assert "Upload a valid image" in response.content.decode()
    assert not Image.objects.exists()


def test_an_accepted_format_is_read_from_the_content_not_the_name(editor_client):
    buffer = io.BytesIO()
    PILImage.new("RGBA", (30, 20), (0, 128, 0, 128)).save(buffer, format="PNG")
    response = editor_client.post(ADD_IMAGE, image_form(SimpleUploadedFile("chart.jpg", buffer.getvalue(), "image/jpeg")))
    assert response.status_code == 302
    image, data = stored_image()
    assert image.file.name.endswith("/chart.png")
    assert PILImage.open(io.BytesIO(data)).format == "PNG"


def test_a_bmp_is_refused_as_a_format_we_do_not_publish(editor_client):
    buffer = io.BytesIO()
    PILImage.new("RGB", (10, 10)).save(buffer, format="BMP")
    response = editor_client.post(ADD_IMAGE, image_form(SimpleUploadedFile("scan.jpg", buffer.getvalue(), "image/jpeg")))
    assert "BMP images are not accepted" in response.content.decode()
    assert not Image.objects.exists()


def test_a_decompression_bomb_is_refused_before_decoding(editor_client):
    bomb = png_header_only(60_000, 60_000)  # 3.6 billion pixels in well under a kilobyte
    assert len(bomb) < 2000
    response = editor_client.post(ADD_IMAGE, image_form(SimpleUploadedFile("bomb.png", bomb, "image/png")))
    assert response.status_code == 200
    assert "too many pixels" in response.content.decode()
    assert not Image.objects.exists()


def test_an_image_over_our_pixel_limit_is_refused(editor_client, settings):
    settings.NEWSROOM_MAX_IMAGE_PIXELS = 10_000
    response = editor_client.post(ADD_IMAGE, image_form(SimpleUploadedFile("wide.png", png_header_only(200, 100), "image/png")))
    assert "too many pixels; the limit is 0.01 million" in response.content.decode()
    assert not Image.objects.exists()


def test_pillows_own_bomb_warning_is_a_refusal_too(editor_client, settings):
    settings.NEWSROOM_MAX_IMAGE_PIXELS = 10**12
    width = int((PILImage.MAX_IMAGE_PIXELS * 1.5) ** 0.5)
    response = editor_client.post(ADD_IMAGE, image_form(SimpleUploadedFile("big.png", png_header_only(width, width), "image/png")))
    assert "too many pixels" in response.content.decode()
    assert not Image.objects.exists()


def test_gps_and_camera_exif_are_stripped_from_the_stored_file(editor_client):
    original = photo_with_private_exif() + b"<script>trailing bytes</script>"
    assert b"CameraCo" in original and b"SN-123456" in original
    response = editor_client.post(ADD_IMAGE, image_form(SimpleUploadedFile("harbour.jpg", original, "image/jpeg")))
    assert response.status_code == 302, response.content.decode()[:2000]
    image, data = stored_image()
    exif = PILImage.open(io.BytesIO(data)).getexif()
    assert ExifTags.IFD.GPSInfo not in exif and not exif.get_ifd(ExifTags.IFD.GPSInfo)
    assert ExifTags.Base.Make not in exif and ExifTags.Base.Model not in exif
    assert not exif.get_ifd(ExifTags.IFD.Exif)
    assert b"CameraCo" not in data and b"SN-123456" not in data and b"trailing bytes" not in data
    # Credit metadata is not private: it stays with the photo.
    assert exif[ExifTags.Base.Artist] == "Ana Ruiz" and exif[ExifTags.Base.Copyright] == "Harbor Wire"
    # What readers get is that same file.
    html = editor_client.get(f"/admin/articles/image/{image.pk}/change/").content.decode()
    assert image.file.url in html


def test_the_orientation_is_applied_to_the_pixels(editor_client):
    rotated = photo_with_private_exif(width=60, height=40, orientation=6)
    response = editor_client.post(ADD_IMAGE, image_form(SimpleUploadedFile("turned.jpg", rotated, "image/jpeg")))
    assert response.status_code == 302
    image, data = stored_image()
    stored = PILImage.open(io.BytesIO(data))
    assert stored.size == (40, 60) and (image.width, image.height) == (40, 60)
    assert ExifTags.Base.Orientation not in stored.getexif()


def test_file_names_are_sanitised(editor_client):
    name = "../../Évènement Name<script>.PHP.jpeg"
    response = editor_client.post(ADD_IMAGE, image_form(SimpleUploadedFile(name, jpeg_bytes(), "image/jpeg")))
    assert response.status_code == 302
    image, _ = stored_image()
    stored_name = image.file.name.rsplit("/", 1)[-1]
    assert stored_name == "evenement-namescript-php.jpg"
    assert image.file.name.startswith("images/") and ".." not in image.file.name


def test_person_photos_get_the_same_treatment(editor_client):
    response = editor_client.post("/admin/people/person/add/", {
        "name": "Ana Ruiz", "slug": "ana-ruiz", "title": "", "bio": "", "user": "",
        "photo": SimpleUploadedFile("ana.jpg", photo_with_private_exif(), "image/jpeg"),
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    person = Person.objects.get(slug="ana-ruiz")
    with person.photo.open("rb") as handle:
        data = handle.read()
    assert b"CameraCo" not in data and not PILImage.open(io.BytesIO(data)).getexif().get_ifd(ExifTags.IFD.GPSInfo)


def noisy_jpeg(width=400, height=300):
    """A JPEG of random pixels, so its entropy-coded data fills most of the file."""
    pixels = PILImage.frombytes("RGB", (width, height), bytes(random.Random(7).randbytes(width * height * 3)))
    buffer = io.BytesIO()
    pixels.save(buffer, format="JPEG", quality=90)
    return buffer.getvalue()


def animated_gif(*, frames, width, height):
    buffer = io.BytesIO()
    shades = [PILImage.new("RGB", (width, height), (i * 7 % 256, 40, 255 - i * 7 % 256)) for i in range(frames)]
    shades[0].save(buffer, format="GIF", save_all=True, append_images=shades[1:], duration=40, loop=0)
    return buffer.getvalue()


def refusal_page(client, upload):
    """The form page an upload is refused with, once it is clear nothing was stored."""
    response = client.post(ADD_IMAGE, image_form(upload))
    assert response.status_code == 200
    assert not Image.objects.exists()
    return response.content.decode()


def test_a_truncated_jpeg_is_a_form_error_naming_the_problem(editor_client):
    whole = noisy_jpeg()
    page = refusal_page(editor_client, SimpleUploadedFile("cut.jpg", whole[: len(whole) // 2], "image/jpeg"))
    assert "The image file is cut short" in page


def test_an_animation_is_limited_by_its_pixels_across_all_frames(editor_client, settings):
    settings.NEWSROOM_MAX_IMAGE_PIXELS = 100_000
    # Each frame is a tenth of the limit; thirty of them decode to three times it.
    gif = animated_gif(frames=30, width=100, height=100)
    page = refusal_page(editor_client, SimpleUploadedFile("loop.gif", gif, "image/gif"))
    assert "The animation has too many pixels across its 30 frames" in page


def test_an_animation_within_the_limit_is_stored_with_its_frames(editor_client, settings):
    settings.NEWSROOM_MAX_IMAGE_PIXELS = 100_000
    gif = animated_gif(frames=8, width=100, height=100)
    response = editor_client.post(ADD_IMAGE, image_form(SimpleUploadedFile("loop.gif", gif, "image/gif")))
    assert response.status_code == 302, response.content.decode()[:2000]
    _, data = stored_image()
    assert PILImage.open(io.BytesIO(data)).n_frames == 8
