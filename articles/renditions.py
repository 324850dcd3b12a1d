"""Image files made with Pillow: placeholders now, responsive renditions for the reader site.

A rendition is a file whose name follows from the original's name and the width, e.g.
``images/2025/05/photo.jpg`` at 640 px → ``renditions/images/2025/05/photo-jpg-640w.webp``.
Nothing is stored in the database: a page computes the names, and the files are made on
first use. Uploads get a fresh name when replaced, so a name never points at an old photo.
Renditions carry no EXIF, GPS or XMP data from the camera, only the colour profile.
"""

import functools
import io
import logging
from dataclasses import dataclass
from functools import cached_property
from pathlib import PurePosixPath
from urllib.parse import urljoin

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.functional import empty
from PIL import Image as PILImage
from PIL import ImageDraw, ImageOps, UnidentifiedImageError

logger = logging.getLogger(__name__)

RENDITION_ROOT = "renditions"
WIDTHS = (320, 640, 960, 1280, 1600)
FORMATS = {"webp": ("WEBP", "image/webp", {"quality": 78, "method": 4}),
           "jpg": ("JPEG", "image/jpeg", {"quality": 80, "optimize": True, "progressive": True})}
# Google asks for 16:9, 4:3 and 1:1 crops of an article's image in its structured data.
CROP_RATIOS = ((16, 9), (4, 3), (1, 1))
CROP_WIDTH = 1200
ORIENTATION_TAG = 0x0112
# EXIF orientations that turn the picture a quarter: its upright width is the encoded height.
TURNED_ORIENTATIONS = {5, 6, 7, 8}
# Rendition files this process has seen in storage. A name follows from the original's name,
# which changes when a photo is replaced, so a file once there stays right: pages need not ask
# the storage again (a network round trip on cloud storage). Bounded; cleared when full.
KNOWN_RENDITIONS = set()
KNOWN_RENDITIONS_MAX = 20_000


def make_placeholder_jpeg(*, width=1200, height=800, text="Photo to come"):
    """A plain grey JPEG with a line of text: stands in for a photo we may not ship."""
    canvas = PILImage.new("RGB", (width, height), (214, 214, 210))
    draw = ImageDraw.Draw(canvas)
    for y in range(0, height, 40):
        draw.line([(0, y), (width, y)], fill=(204, 204, 200), width=1)
    box = draw.textbbox((0, 0), text, font_size=64)
    draw.text(
        ((width - (box[2] - box[0])) / 2, (height - (box[3] - box[1])) / 2),
        text, fill=(90, 90, 90), font_size=64,
    )
    buffer = io.BytesIO()
    canvas.save(buffer, format="JPEG", quality=80, optimize=True)
    return buffer.getvalue()


@dataclass(frozen=True)
class Rendition:
    name: str
    width: int
    height: int
    format: str

    @cached_property
    def url(self):
        return default_storage.url(self.name)

    @property
    def absolute_url(self):
        return absolute_media_url(self.url)


@dataclass(frozen=True)
class Picture:
    """What a <picture> element needs: a srcset per format, the fallback and the intrinsic size."""

    webp: tuple
    jpeg: tuple
    width: int
    height: int

    @property
    def fallback(self):
        # The 640 px file (or the widest below it) is a fair default for browsers without srcset.
        fitting = [r for r in self.jpeg if r.width <= 640]
        return fitting[-1] if fitting else self.jpeg[0]

    @cached_property
    def webp_srcset(self):
        return ", ".join(f"{r.url} {r.width}w" for r in self.webp)

    @cached_property
    def jpeg_srcset(self):
        return ", ".join(f"{r.url} {r.width}w" for r in self.jpeg)

    @property
    def largest(self):
        return self.jpeg[-1]


def absolute_media_url(url):
    """A media URL readers can follow from another site: storages with their own host keep it."""
    return _absolute_url(settings.NEWSROOM_SITE_URL, url)


@functools.lru_cache(maxsize=4096)
def _absolute_url(site_url, url):
    return urljoin(site_url + "/", url)


def rendition_widths(source_width):
    """The widths made for a source: the standard steps below it, then the source width capped."""
    top = min(source_width, WIDTHS[-1])
    return tuple(w for w in WIDTHS if w < top) + (top,)


def rendition_name(file_name, width, fmt, *, ratio=None):
    """The storage name of one rendition, derived only from the original's name and the width."""
    path = PurePosixPath(file_name)
    suffix = path.suffix.lstrip(".").lower() or "img"
    crop = f"-{ratio[0]}x{ratio[1]}" if ratio else ""
    return f"{RENDITION_ROOT}/{path.parent.as_posix()}/{path.stem}-{suffix}-{width}w{crop}.{fmt}".replace("/./", "/")


def scaled_height(source_width, source_height, width):
    return max(1, round(source_height * width / source_width))


def picture_for(image):
    """The renditions of an Image (made now when missing), or None when its file cannot be read."""
    if not image.file:
        return None
    name = image.file.name
    size = stored_size(image) or upright_size(image)
    if size is None:
        return None
    picture = known_picture(name, size, media_storage())
    # The widest JPEG is written last, so its presence means the whole set exists.
    if not rendition_exists(picture.largest.name):
        size = upright_size(image)
        if size is None:
            return None
        made = rendition_set(name, size)
        if not write_renditions(name, [*made["webp"], *made["jpg"]]):
            return None
        remember_rendition(made["jpg"][-1].name)
        picture = known_picture(name, size, media_storage())
    return picture


def media_storage():
    if default_storage._wrapped is empty:
        default_storage._setup()
    return default_storage._wrapped


@functools.lru_cache(maxsize=4096)
def known_picture(name, size, storage):
    """The Picture of an original of that name and size, with its URLs worked out once per process.

    Names and sizes are all it derives from (and the storage, for the URLs), so a photo shown on
    many pages costs its srcset strings once rather than on every render.
    """
    made = rendition_set(name, size)
    return Picture(webp=made["webp"], jpeg=made["jpg"], width=made["jpg"][-1].width, height=made["jpg"][-1].height)


def rendition_set(name, size):
    source_width, source_height = size
    return {
        fmt: tuple(
            Rendition(rendition_name(name, w, fmt), w, scaled_height(source_width, source_height, w), fmt)
            for w in rendition_widths(source_width)
        )
        for fmt in FORMATS
    }


def crops_for(image):
    """Cropped JPEGs in Google's three aspect ratios, for structured data; empty when unreadable."""
    if not image.file:
        return ()
    name = image.file.name
    size = stored_size(image) or upright_size(image)
    if size is None:
        return ()
    crops = known_crops(name, size, media_storage())
    if not rendition_exists(crops[-1].name):
        size = upright_size(image)
        if size is None:
            return ()
        crops = crop_set(name, size)
        if not write_renditions(name, crops, crop=True):
            return ()
        remember_rendition(crops[-1].name)
        crops = known_crops(name, size, media_storage())
    return crops


def rendition_exists(name):
    if _known_key(name) in KNOWN_RENDITIONS:
        return True
    if not default_storage.exists(name):
        return False
    remember_rendition(name)
    return True


def remember_rendition(name):
    if len(KNOWN_RENDITIONS) >= KNOWN_RENDITIONS_MAX:
        KNOWN_RENDITIONS.clear()
    KNOWN_RENDITIONS.add(_known_key(name))


def _known_key(name):
    # The storage's folder too, so a storage moved by settings (as in tests) is asked afresh.
    return (getattr(default_storage, "location", ""), name)


@functools.lru_cache(maxsize=4096)
def known_crops(name, size, storage):
    """crop_set() of an original, with its URLs worked out once per process (see known_picture)."""
    return tuple(crop_set(name, size))


def crop_set(name, size):
    width = min(CROP_WIDTH, size[0])
    return [
        Rendition(rendition_name(name, width, "jpg", ratio=ratio), width, round(width * ratio[1] / ratio[0]), "jpg")
        for ratio in CROP_RATIOS
    ]


def stored_size(image):
    return (image.width, image.height) if image.width and image.height else None


def upright_size(image):
    """The size of the photo as it is shown, read from the file; corrects the stored size.

    Django stores the size as encoded, but a phone photo is often encoded sideways with an
    EXIF flag to turn it; renditions are upright, so the page must announce the upright size.
    """
    size = read_size(image.file.name)
    if size is not None and size != stored_size(image) and getattr(image, "pk", None):
        type(image)._default_manager.filter(pk=image.pk).update(width=size[0], height=size[1])
        image.width, image.height = size
    return size


def read_size(name):
    try:
        with default_storage.open(name, "rb") as handle, PILImage.open(handle) as source:
            width, height = source.size
            turned = source.getexif().get(ORIENTATION_TAG) in TURNED_ORIENTATIONS
    except (OSError, UnidentifiedImageError, ValueError, PILImage.DecompressionBombError):
        logger.warning("Cannot read the size of image %s", name, exc_info=True)
        return None
    return (height, width) if turned else (width, height)


def write_renditions(name, renditions, *, crop=False):
    """Write the given renditions of one original; False (and a log line) when it cannot be read."""
    try:
        with default_storage.open(name, "rb") as handle, PILImage.open(handle) as source:
            icc_profile = source.info.get("icc_profile")
            largest = max(r.width for r in renditions)
            # JPEG decoding at a reduced scale is much faster for big camera files.
            source.draft("RGB", (largest, largest))
            upright = flatten(ImageOps.exif_transpose(source))
            for rendition in renditions:
                size = (rendition.width, rendition.height)
                if crop:
                    resized = ImageOps.fit(upright, size, PILImage.Resampling.LANCZOS)
                else:
                    resized = upright.resize(size, PILImage.Resampling.LANCZOS)
                save_rendition(resized, rendition, icc_profile=icc_profile)
    except (OSError, UnidentifiedImageError, ValueError, PILImage.DecompressionBombError):
        logger.warning("Cannot make renditions of image %s", name, exc_info=True)
        return False
    return True


def flatten(image):
    """RGB pixels only: transparency goes onto white, palettes and CMYK become RGB."""
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = PILImage.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def save_rendition(pixels, rendition, *, icc_profile=None):
    pil_format, _, options = FORMATS[rendition.format]
    # A fresh image carries no metadata at all: camera EXIF, GPS position and XMP stay behind.
    clean = PILImage.new("RGB", pixels.size)
    clean.paste(pixels)
    buffer = io.BytesIO()
    extra = {"icc_profile": icc_profile} if icc_profile else {}
    clean.save(buffer, format=pil_format, **options, **extra)
    saved = default_storage.save(rendition.name, ContentFile(buffer.getvalue()))
    if saved != rendition.name:
        # Another request wrote the same file a moment earlier; keep theirs.
        default_storage.delete(saved)
