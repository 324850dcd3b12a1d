"""Uploaded photos served by the app itself, for a newsroom on one machine (``NEWSROOM_SERVE_MEDIA``).

Larger sites put media on object storage or behind nginx/Caddy instead (docs/deploy.md). Here,
files under ``MEDIA_ROOT`` are streamed with Django's static view, which refuses paths outside
the folder and never lists a directory, and then:

- only the image types uploads are checked against go out inline; any other file is sent as
  an attachment of no particular type, so a browser never runs or renders what someone managed
  to put there;
- ``X-Content-Type-Options: nosniff``, so the declared type is the one a browser uses;
- renditions are cached for a year: their names follow from the original's name and width, and
  a replaced photo gets a new name. Originals, which readers' pages do not link, for a day.
"""

from django.conf import settings
from django.views import static

from articles.renditions import RENDITION_ROOT

INLINE_TYPES = {"image/jpeg", "image/png", "image/webp", "image/gif"}
RENDITION_CACHE = "public, max-age=31536000, immutable"
ORIGINAL_CACHE = "public, max-age=86400"


def serve_media(request, path):
    """One file from MEDIA_ROOT, with the headers above; 404 for folders and anything outside it."""
    response = static.serve(request, path, document_root=settings.MEDIA_ROOT)
    if response.status_code == 200 and response.headers.get("Content-Type") not in INLINE_TYPES:
        response.headers["Content-Type"] = "application/octet-stream"
        response.headers["Content-Disposition"] = "attachment"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = RENDITION_CACHE if path.startswith(f"{RENDITION_ROOT}/") else ORIGINAL_CACHE
    return response
