"""Checks and clean-up for uploaded photos, before anything reaches storage.

An upload is refused, with a form error, when it is
- larger than ``NEWSROOM_MAX_UPLOAD_BYTES``;
- not a JPEG, PNG, WebP or GIF as Pillow reads its content (the file name and the browser's
  content type are ignored, so an HTML or SVG file called ``photo.jpg`` goes no further);
- more than ``NEWSROOM_MAX_IMAGE_PIXELS`` pixels, read from the header before any decoding, so a
  small file that would unpack into gigabytes of pixels (a decompression bomb) is never decoded;
  for an animation, the pixels of all its frames together count against that limit (and it may
  have at most ``MAX_FRAMES`` frames), so a long animation of large frames is not decoded either;
- not decodable to the end: a file cut short or damaged inside its pixels.

Every decode of an upload happens here, inside the form's validation, so a file Pillow cannot
read is a form error naming the problem, never a server error.

What is stored is a re-encoded copy: the EXIF orientation is applied to the pixels, and the
colour profile, artist and copyright are kept, but GPS position, camera serial numbers, other
EXIF, XMP, IPTC, comments, text chunks and any bytes trailing the image are dropped. Every
rendition is made from the stored file, so none can leak them. JPEGs keep their own
quantisation tables where no rotation is needed, so re-encoding costs next to nothing.

The stored name is a lowercase ASCII slug of the original with the extension of the real format.
"""

import io
import struct
import warnings

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.text import slugify
from PIL import ExifTags, ImageOps
from PIL import Image as PILImage

EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}
CONTENT_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "GIF": "image/gif"}
KEPT_EXIF_TAGS = (ExifTags.Base.Artist, ExifTags.Base.Copyright)
# Image.info entries that describe how to draw the picture, as opposed to who took it and where.
KEPT_INFO = {"icc_profile", "transparency", "duration", "loop", "background", "disposal", "dpi"}
MAX_FRAMES = 500


def megabytes(n):
    return f"{n / (1024 * 1024):.1f}".rstrip("0").rstrip(".")


def check_image_upload(upload):
    """Refuse an upload that is too big, not an image we accept, or too many pixels; return its format."""
    limit = settings.NEWSROOM_MAX_UPLOAD_BYTES
    if upload.size > limit:
        raise ValidationError(
            f"The file is {megabytes(upload.size)} MB; the limit is {megabytes(limit)} MB.", code="file_too_big",
        )
    max_pixels = settings.NEWSROOM_MAX_IMAGE_PIXELS
    too_many_pixels = ValidationError(
        f"The image has too many pixels; the limit is {max_pixels / 1_000_000:g} million.", code="too_many_pixels",
    )
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            # Pillow only warns between its own limit and twice that; a warning is as good as a refusal.
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            with PILImage.open(upload) as probe:
                width, height = probe.size
                if width * height > max_pixels:
                    raise too_many_pixels
                frames = getattr(probe, "n_frames", 1)
                if frames > MAX_FRAMES:
                    raise ValidationError(f"The animation has more than {MAX_FRAMES} frames.", code="too_many_frames")
                if width * height * frames > max_pixels:
                    raise ValidationError(
                        f"The animation has too many pixels across its {frames} frames "
                        f"({width * height * frames / 1_000_000:g} million); the limit is {max_pixels / 1_000_000:g} million.",
                        code="too_many_pixels",
                    )
                image_format = probe.format
                probe.verify()
    except ValidationError:
        raise
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning) as exc:
        raise too_many_pixels from exc
    except Exception as exc:
        raise ValidationError(
            "Upload a valid image: a JPEG, PNG, WebP or GIF file.", code="invalid_image",
        ) from exc
    if image_format not in EXTENSIONS:
        raise ValidationError(
            f"{image_format} images are not accepted: upload a JPEG, PNG, WebP or GIF file.", code="invalid_format",
        )
    return image_format


def strip_metadata(upload, image_format):
    """The image re-encoded without private metadata, as bytes."""
    upload.seek(0)
    with PILImage.open(upload) as image:
        exif = image.getexif()
        kept = PILImage.Exif()
        for tag in KEPT_EXIF_TAGS:
            if tag in exif:
                kept[tag] = exif[tag]
        for key in list(image.info):
            if key not in KEPT_INFO:
                del image.info[key]
        options = {"format": image_format}
        if image.info.get("icc_profile"):
            options["icc_profile"] = image.info["icc_profile"]
        if len(kept) and image_format in ("JPEG", "PNG", "WEBP"):
            options["exif"] = kept.tobytes()
        if getattr(image, "n_frames", 1) > 1:
            options["save_all"] = True
        orientation = exif.get(ExifTags.Base.Orientation, 1)
        if image_format == "JPEG":
            if orientation in range(2, 9):
                image = ImageOps.exif_transpose(image)
                options.update(quality=90, optimize=True)
            else:
                options.update(quality="keep", subsampling="keep")
        elif orientation in range(2, 9) and not options.get("save_all"):
            image = ImageOps.exif_transpose(image)
        if image_format == "WEBP" and not options.get("save_all"):
            options.update(lossless=False, quality=90)
        output = io.BytesIO()
        image.save(output, **options)
    return output.getvalue()


def safe_file_name(name, image_format):
    """A lowercase ASCII file name with the extension of the image's real format."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    stem = base.rsplit(".", 1)[0] if "." in base else base
    stem = slugify(stem.replace(".", "-").replace("_", "-"))[:80].strip("-") or "photo"
    return f"{stem}.{EXTENSIONS[image_format]}"


def undecodable_image(exc):
    if "truncated" in str(exc):
        return ValidationError(
            "The image file is cut short: the upload is incomplete or the file is damaged.", code="truncated_image",
        )
    return ValidationError(f"The image cannot be decoded ({exc}).", code="undecodable_image")


def clean_image_upload(upload):
    """Check an uploaded photo and return the clean copy to store in its place (raises ValidationError)."""
    image_format = check_image_upload(upload)
    try:
        # The first full decode of the pixels: whatever Pillow finds wrong there is the file's fault.
        data = strip_metadata(upload, image_format)
    except (OSError, ValueError, SyntaxError, EOFError, struct.error, PILImage.DecompressionBombError) as exc:
        raise undecodable_image(exc) from exc
    return SimpleUploadedFile(
        safe_file_name(upload.name, image_format), data, content_type=CONTENT_TYPES[image_format],
    )


class CleanImageField(forms.ImageField):
    """An image form field that accepts only checked photos and hands on their clean copy."""

    def to_python(self, data):
        if data in self.empty_values or not hasattr(data, "read"):
            return super().to_python(data)
        return super().to_python(clean_image_upload(data))
