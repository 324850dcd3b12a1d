import threading

import pytest


@pytest.fixture(autouse=True)
def isolated_media(settings, tmp_path):
    """Uploads and renditions go to a fresh folder per test, never the developer's media."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def isolated_cache(settings, request):
    """An empty cache per test, never the developer's cache folder or Redis."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"test-{request.node.nodeid}",
        }
    }


@pytest.fixture(autouse=True)
def tasks_run_at_once(settings):
    """Background tasks (photo renditions) run where they are enqueued, so tests need no worker."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


class RequestsInFlight:
    """Counts the requests the live server is answering, by wrapping its WSGI application."""

    def __init__(self, application):
        self.application, self.active, self.idle = application, 0, threading.Condition()

    def __call__(self, environ, start_response):
        with self.idle:
            self.active += 1
        try:
            return self.application(environ, start_response)
        finally:
            with self.idle:
                self.active -= 1
                self.idle.notify_all()

    def wait_until_idle(self, timeout):
        with self.idle:
            return self.idle.wait_for(lambda: self.active == 0, timeout=timeout)


@pytest.fixture(autouse=True)
def live_server_settles(request):
    """A test with a live server ends once the server has answered every request it was sent.

    A browser closed at the end of a test can leave a request running (a heartbeat, a search);
    the server thread shares SQLite's in-memory connection, so the database flushed under it
    fails the teardown with "database table is locked".
    """
    if "live_server" not in request.fixturenames:
        yield
        return
    httpd = request.getfixturevalue("live_server").thread.httpd
    if not isinstance(httpd.get_app(), RequestsInFlight):
        httpd.set_app(RequestsInFlight(httpd.get_app()))
    yield
    assert httpd.get_app().wait_until_idle(timeout=30), "the live server was still answering a request after 30 s"


@pytest.fixture(autouse=True)
def login_throttle_off(settings):
    """Sign-in throttling needs the request, which client.login() does not pass; its own tests turn it on."""
    settings.AXES_ENABLED = False


@pytest.fixture
def site(settings):
    """The publisher's identity as a deployment sets it, for absolute URLs in feeds, sitemaps and structured data."""
    settings.NEWSROOM_SITE_URL = "https://news.example.org"
    settings.NEWSROOM_SITE_NAME = "Example Daily"


@pytest.fixture
def seed(db):
    """The seed story loaded from fixtures/seed.json, with its placeholder image in media storage."""
    from django.core.management import call_command

    from articles.models import Article

    call_command("load_seed", verbosity=0)
    return Article.objects.get(source_key="seed-article")


@pytest.fixture
def editor(db, django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.com", "a-long-test-password")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def contributor(db):
    """A staff writer in the Contributor group: their own drafts only, no publishing."""
    from articles.roles import CONTRIBUTOR
    from articles.tests.factories import make_staff_user

    return make_staff_user("contributor", role=CONTRIBUTOR)


@pytest.fixture
def desk_editor(db):
    """A staff member in the Editor group (not a superuser): edits any story and publishes."""
    from articles.roles import EDITOR
    from articles.tests.factories import make_staff_user

    return make_staff_user("desk-editor", role=EDITOR)


@pytest.fixture
def photo_editor(db):
    """A staff member in the Photo editor group: images and credits."""
    from articles.roles import PHOTO_EDITOR
    from articles.tests.factories import make_staff_user

    return make_staff_user("photo-editor", role=PHOTO_EDITOR)


@pytest.fixture(params=["files", "redis"])
def page_cache(request, settings, tmp_path):
    """The page cache on, on each production backend: a folder of files, then Redis (skipped when it does not answer)."""
    from articles.tests.caches import page_cache_on

    yield from page_cache_on(request.param, settings, tmp_path)


@pytest.fixture
def redis_cache(settings, tmp_path):
    """The page cache on in Redis only (skipped when Redis does not answer)."""
    from articles.tests.caches import page_cache_on

    yield from page_cache_on("redis", settings, tmp_path)
