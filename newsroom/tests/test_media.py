"""Photos under production settings (DEBUG off, gunicorn): served by the app when NEWSROOM_SERVE_MEDIA is on.

A real server on a fresh SQLite database: a photo is saved, the background worker makes its
renditions, and the original and a rendition come back over HTTP with the headers readers'
browsers and a CDN need; folders, paths outside the media folder and other file types do not.
"""

import os
import subprocess
import sys
import urllib.error
import urllib.request

import pytest
from django.conf import settings

from articles.tests.test_two_servers import free_port, manage, wait_until_up

from .test_deploy_settings import read_settings

MAKE_PHOTO = """
import io
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from articles.models import Image
buffer = io.BytesIO()
PILImage.new("RGB", (1000, 750), (40, 90, 160)).save(buffer, format="JPEG")
image = Image(caption="Harbour", alt_text="Boats at a quay")
image.file = SimpleUploadedFile("harbour.jpg", buffer.getvalue())
image.save()
print("FILE", image.file.name)
"""


@pytest.fixture
def production_server(tmp_path):
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "NEWSROOM_", "DATABASE_", "REDIS_"))},
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "DJANGO_SECRET_KEY": "media-test-key",
        "DJANGO_MEDIA_ROOT": str(tmp_path / "media"),
        "NEWSROOM_CACHE_DIR": str(tmp_path / "cache"),
        "NEWSROOM_SERVE_MEDIA": "1",
        "DJANGO_SECURE_COOKIES": "0",
    }
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    name = manage(env, "shell", stdin=MAKE_PHOTO).split("FILE ", 1)[1].strip()
    manage(env, "db_worker", "--batch", "--no-startup-delay", "--verbosity", "0")
    media = tmp_path / "media"
    (media / "notes").mkdir()
    (media / "notes" / "page.html").write_text("<script>alert(1)</script>")
    (tmp_path / "secret.txt").write_text("outside the media folder")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "newsroom.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
        cwd=settings.BASE_DIR, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, process)
        yield base, name
    finally:
        process.terminate()
        process.wait(timeout=30)


def get(url):
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers={"Host": "localhost"}), timeout=10) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


def test_photos_are_served_with_production_settings(production_server):
    base, name = production_server
    status, headers, _ = get(f"{base}/media/{name}")
    assert status == 200 and headers["content-type"] == "image/jpeg"
    assert headers["x-content-type-options"] == "nosniff" and "max-age=86400" in headers["cache-control"]
    rendition = f"renditions/{name.rsplit('.', 1)[0]}-jpg-640w.webp"
    status, headers, _ = get(f"{base}/media/{rendition}")
    assert status == 200 and headers["content-type"] == "image/webp"
    assert headers["cache-control"] == "public, max-age=31536000, immutable"
    assert headers["x-content-type-options"] == "nosniff"


def test_folders_other_types_and_paths_outside_are_not_served_inline(production_server):
    base, name = production_server
    assert get(f"{base}/media/images/")[0] == 404
    assert get(f"{base}/media/{name.rsplit('/', 1)[0]}/")[0] == 404
    for outside in ("../secret.txt", "%2e%2e/secret.txt", "images/%2e%2e/%2e%2e/secret.txt"):
        status, _, body = get(f"{base}/media/{outside}")
        assert status in (400, 404) and b"outside the media folder" not in body
    status, headers, _ = get(f"{base}/media/notes/page.html")
    assert status == 200 and headers["content-type"] == "application/octet-stream"
    assert headers["content-disposition"] == "attachment" and headers["x-content-type-options"] == "nosniff"


def test_the_app_serves_media_only_when_asked():
    production = {"DJANGO_SECRET_KEY": "k" * 60}
    assert read_settings(production, ["NEWSROOM_SERVE_MEDIA"]) == {"NEWSROOM_SERVE_MEDIA": False}
    assert read_settings({**production, "NEWSROOM_SERVE_MEDIA": "1"}, ["NEWSROOM_SERVE_MEDIA"]) == {"NEWSROOM_SERVE_MEDIA": True}
    assert read_settings({"DJANGO_DEBUG": "1"}, ["NEWSROOM_SERVE_MEDIA"]) == {"NEWSROOM_SERVE_MEDIA": True}
