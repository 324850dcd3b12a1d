"""Image files made with Pillow: placeholders now, responsive renditions for the reader site.

A rendition is a file whose name follows from the original's name and the width, e.g.
``images/2025/05/photo.jpg`` at 640 px → ``renditions/images/2025/05/photo-jpg-640w.webp``.
Nothing is stored in the database: a page computes the names. Uploads get a fresh name when
replaced, so a name never points at an old photo. Renditions carry no EXIF, GPS or XMP data
from the camera, only the colour profile.

The files are made in the background, never in a reader's request: a saved photo (any path:
the admin, an import, ``loaddata``) enqueues :func:`make_renditions` once its transaction
commits (``connect_signals``, from ``ArticlesConfig.ready()``), and the worker
(``manage.py db_worker``, django-tasks' database backend) makes them. A page that finds the
set missing (a photo saved before the worker ran, a deleted ``renditions`` folder) asks the
worker again, once per process, and meanwhile shows the widths already made or the
"awaiting its photo" box: never a wait, never the full-size original. An original whose file
is missing or unreadable shows the same box and is logged once per process.
"""

import functools
import io
import logging
from dataclasses import dataclass
from functools import cached_property
from pathlib import PurePosixPath
from urllib.parse import urljoin

from django.apps import apps
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import DatabaseError, transaction
from django.db.models.signals import post_save
from django.utils.functional import empty
from PIL import Image as PILImage
from django_tasks import task
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
# Originals this process has asked the worker about, and those it has logged as unreadable.
REQUESTED = set()
LOGGED = set()
UNREADABLE = (OSError, UnidentifiedImageError, ValueError, SyntaxError, PILImage.DecompressionBombError)
# Modes Image.reduce() takes; others (palettes, CMYK, 16-bit) are converted to RGB first.
REDUCIBLE_MODES = {"L", "LA", "RGB", "RGBA", "RGBX", "RGBa", "La", "I", "F"}
# EXIF orientation → the turn that makes the pixels upright (as ImageOps.exif_transpose does).
TRANSPOSE = {
    2: PILImage.Transpose.FLIP_LEFT_RIGHT, 3: PILImage.Transpose.ROTATE_180, 4: PILImage.Transpose.FLIP_TOP_BOTTOM,
    5: PILImage.Transpose.TRANSPOSE, 6: PILImage.Transpose.ROTATE_270, 7: PILImage.Transpose.TRANSVERSE,
    8: PILImage.Transpose.ROTATE_90,
}


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
    """The renditions of an Image that exist now, or None: the page then shows it awaiting its photo.

    A page never makes renditions and never sends the original: when the set is not there yet,
    the worker is asked for it and the page gets the widths already made, if any.
    """
    found = full_picture(image)
    if found is None:
        return None
    if renditions_ready(*found):
        return found[2]
    return partial_picture(found[2])


def full_picture(image):
    """(file name, upright size, Picture of every rendition) of an Image with a file, or None."""
    if not image.file:
        return None
    name = image.file.name
    size = stored_size(image) or header_size(name)
    if size is None:
        return None
    return name, size, known_picture(name, size, media_storage())


def renditions_ready(name, size, picture):
    """Whether the whole set of an original is stored; when not, the worker is asked to make it.

    The widest JPEG is written last, so its presence means the whole set (crops too) exists.
    """
    if rendition_exists(picture.largest.name):
        return True
    request_renditions(name, size)
    # A task backend that runs tasks at once (the tests') has made them by now.
    return rendition_exists(picture.largest.name)


def partial_picture(picture):
    """The renditions of a picture already in storage (one folder listing), or None when there are none."""
    folder = PurePosixPath(picture.largest.name).parent.as_posix()
    try:
        present = set(default_storage.listdir(folder)[1])
    except (OSError, NotImplementedError):
        return None
    webp = tuple(r for r in picture.webp if PurePosixPath(r.name).name in present)
    jpeg = tuple(r for r in picture.jpeg if PurePosixPath(r.name).name in present)
    if not jpeg:
        return None
    return Picture(webp=webp, jpeg=jpeg, width=picture.width, height=picture.height)


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
    """Cropped JPEGs in Google's three aspect ratios, for structured data; empty until they are made."""
    found = full_picture(image)
    if found is None or not renditions_ready(*found):
        return ()
    name, size, _ = found
    return known_crops(name, size, media_storage())


def rendition_exists(name):
    if _known_key(name) in KNOWN_RENDITIONS:
        return True
    if not default_storage.exists(name):
        return False
    remember(KNOWN_RENDITIONS, name)
    return True


def remember(seen, name):
    """Add an original or rendition to one of this process's bounded sets; False when it was there."""
    key = _known_key(name)
    if key in seen:
        return False
    if len(seen) >= KNOWN_RENDITIONS_MAX:
        seen.clear()
    seen.add(key)
    return True


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


def header_size(name):
    """The upright size of an original of unknown size (a person's photo), read once per process."""
    return _header_size(_known_key(name))


@functools.lru_cache(maxsize=4096)
def _header_size(key):
    return read_size(key[1])


def read_size(name):
    """The size of the photo as it is shown, read from the file's header, or None when it cannot be read.

    Django stores the size as encoded, but a phone photo is often encoded sideways with an
    EXIF flag to turn it; renditions are upright, so the page must announce the upright size.
    """
    try:
        with default_storage.open(name, "rb") as handle, PILImage.open(handle) as source:
            width, height = source.size
            turned = source.getexif().get(ORIENTATION_TAG) in TURNED_ORIENTATIONS
    except FileNotFoundError:
        log_once(name, "Image file %s is missing: it shows as awaiting its photo")
        return None
    except UNREADABLE as exc:
        log_once(name, "Cannot read image %s (%s): it shows as awaiting its photo", exc)
        return None
    return (height, width) if turned else (width, height)


def log_once(name, message, *args, exc_info=False):
    """A warning about one original, logged once per process however often it is shown or asked for."""
    if remember(LOGGED, name):
        logger.warning(message, name, *args, exc_info=exc_info)


def request_renditions(name, size):
    """Ask the worker for the renditions of an original, once per process (the task skips a set already made)."""
    if not remember(REQUESTED, name):
        return
    try:
        make_renditions.enqueue(name, list(size) if size else None)
    except DatabaseError:
        # The page goes on with what exists; a later request asks again.
        REQUESTED.discard(_known_key(name))
        logger.warning("Cannot ask the worker for renditions of %s", name, exc_info=True)


@task()
def make_renditions(name, known_size=None):
    """The worker's task: make the renditions of one original, then show them on the next render.

    ``known_size`` is the size the database holds for the photo; when the file's upright size
    differs (a sideways phone photo), the rows are corrected so pages name the right files.
    """
    made = make_all_renditions(name)
    if made is None:
        return False
    size, written = made
    if known_size is not None and tuple(known_size) != size:
        from .models import Image

        Image.objects.filter(file=name).update(width=size[0], height=size[1])
    elif not written:
        return True
    # Pages rendered while the photo was awaited are cached; the next request renders them again.
    from .invalidation import content_changed

    content_changed()
    return True


# Where each model keeps its photo: a saved row with a photo has its renditions made in the background.
PHOTO_FIELDS = {"articles.Image": "file", "people.Person": "photo"}


def on_photo_saved(sender, instance, using=None, **kwargs):
    photo = getattr(instance, PHOTO_FIELDS[sender._meta.label])
    if not photo:
        return
    size = (instance.width, instance.height) if getattr(instance, "width", None) else None
    # After the commit: the worker must find the row's file, and nothing is asked for a rolled-back save.
    # Robust: the photo is saved whatever happens to the request for its renditions.
    transaction.on_commit(functools.partial(request_renditions, photo.name, size), using=using, robust=True)


def connect_signals():
    """Called from ``ArticlesConfig.ready()``: every saved photo, from any path (admin, import, loaddata), gets renditions."""
    for label in PHOTO_FIELDS:
        post_save.connect(on_photo_saved, sender=apps.get_model(label), dispatch_uid=f"renditions-{label}")


def make_all_renditions(name):
    """Make every rendition and crop of one original from a single decode, unless the set is there.

    Returns (upright size, whether files were written now), or None (logged once) when the
    original cannot be read.
    """
    size = read_size(name)
    if size is None:
        return None
    made = rendition_set(name, size)
    renditions = [*made["webp"], *made["jpg"]]
    if default_storage.exists(renditions[-1].name):
        return size, False
    if not write_renditions(name, crop_set(name, size), renditions):
        return None
    return size, True


def write_renditions(name, crops, renditions):
    """Write the crops, then the renditions in order, from one decode of the original; False when it cannot be read.

    Memory: the original is decoded once (JPEGs at a reduced scale), at once shrunk by a whole
    factor to about twice the widest file made, and only that copy is turned upright, flattened
    and resized.
    """
    try:
        with default_storage.open(name, "rb") as handle, PILImage.open(handle) as source:
            icc_profile = source.info.get("icc_profile")
            orientation = source.getexif().get(ORIENTATION_TAG, 1)
            widest = max(r.width for r in (*crops, *renditions))
            tallest = max(r.height for r in (*crops, *renditions))
            # JPEG decoding at a reduced scale: 1/2 to 1/8 of the pixels are ever decoded.
            source.draft("RGB", (widest, widest))
            upright = flatten(upright_pixels(shrink(source, widest, tallest, orientation), orientation))
            for crop in crops:
                save_rendition(ImageOps.fit(upright, (crop.width, crop.height), PILImage.Resampling.LANCZOS), crop,
                               icc_profile=icc_profile)
            for rendition in renditions:
                resized = upright.resize((rendition.width, rendition.height), PILImage.Resampling.LANCZOS)
                save_rendition(resized, rendition, icc_profile=icc_profile)
    except UNREADABLE as exc:
        log_once(name, "Cannot make renditions of image %s (%s)", exc, exc_info=True)
        return False
    return True


def shrink(source, widest, tallest, orientation):
    """The source reduced by the largest whole factor that leaves twice the pixels the files need."""
    width, height = source.size
    if orientation in TURNED_ORIENTATIONS:
        width, height = height, width
    factor = max(1, min(width // (2 * widest), height // (2 * tallest)))
    if factor == 1:
        return source
    if source.mode not in REDUCIBLE_MODES:
        source = flatten(source)
    return source.reduce(factor)


def upright_pixels(image, orientation):
    method = TRANSPOSE.get(orientation)
    return image.transpose(method) if method is not None else image


def flatten(image):
    """RGB pixels only: transparency goes onto white, palettes and CMYK become RGB."""
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = PILImage.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    # Already RGB: no copy (the source may be the full decoded original).
    return image if image.mode == "RGB" else image.convert("RGB")


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
