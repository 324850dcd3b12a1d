"""Two real server processes sharing PostgreSQL and Redis: an edit through one is visible through the other at once.

Skipped, with the reason printed, when PostgreSQL or Redis is not answering on 127.0.0.1.
"""

import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

import pytest
from django.conf import settings

pytestmark = pytest.mark.postgres

POSTGRES = "postgres://postgres@127.0.0.1:5432"
REDIS_DB = 14


def answering(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def skip_unless_services():
    for name, port in (("PostgreSQL", 5432), ("Redis", 6379)):
        if not answering(port):
            reason = f"{name} is not answering on 127.0.0.1:{port}"
            print(f"SKIPPED test_two_servers: {reason}")
            pytest.skip(reason)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args, stdin=None):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=settings.BASE_DIR, env=env, input=stdin,
        capture_output=True, text=True, check=True, timeout=120,
    ).stdout


class Browser:
    """A tiny HTTP client with its own cookies; answers errors as responses.

    Every request names the same public host, as a load balancer in front of both servers would.
    """

    def __init__(self):
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect(),
        )

    def request(self, url, data=None, headers=None):
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(url, data=body, headers={"Host": "localhost", **(headers or {})})
        try:
            with self.opener.open(request, timeout=10) as response:
                return response.status, dict(response.headers), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read().decode()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def wait_until_up(base, process):
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server at {base} stopped: {process.stderr.read()}")
        if answering(int(base.rsplit(":", 1)[1])):
            return
        time.sleep(0.1)
    raise RuntimeError(f"the server at {base} did not start")


@pytest.fixture
def two_servers(tmp_path):
    skip_unless_services()
    database = f"newsroom_two_servers_{uuid.uuid4().hex[:8]}"
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-q", "-c", f"CREATE DATABASE {database}", "postgres"],
                   check=True, capture_output=True, timeout=60)
    env = {
        **os.environ,
        "DATABASE_URL": f"{POSTGRES}/{database}",
        "REDIS_URL": f"redis://127.0.0.1:6379/{REDIS_DB}",
        "DJANGO_SECRET_KEY": "two-servers-test-key",
        "DJANGO_DEBUG": "",
        "DJANGO_MEDIA_ROOT": str(tmp_path / "media"),
        "NEWSROOM_PAGE_CACHE_SECONDS": "300",
        "DJANGO_SUPERUSER_PASSWORD": "a-long-test-password",
        # Plain http on the loopback: cookies marked Secure would never come back.
        "DJANGO_SECURE_COOKIES": "0",
    }
    env.pop("DATABASE_REPLICA_URL", None)
    servers = []
    try:
        manage(env, "migrate", "--noinput", "--verbosity", "0")
        manage(env, "createsuperuser", "--noinput", "--username", "desk", "--email", "desk@example.com")
        url = manage(env, "shell", stdin=(
            "from django.core.cache import cache; cache.clear()\n"
            "from django.utils import timezone\n"
            "from articles.models import Article, Section\n"
            "s = Section(name='Metro', slug='metro'); s.save()\n"
            "a = Article(headline='Ferry service resumes', slug='ferry-service-resumes', section=s, status='published',"
            " published_at=timezone.now() - timezone.timedelta(hours=1)); a.save()\n"
            "print('URL', a.pk, a.get_absolute_url())\n"
        ))
        pk, path = re.search(r"URL (\d+) (\S+)", url).groups()
        bases = []
        for _ in range(2):
            port = free_port()
            process = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "newsroom.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
                cwd=settings.BASE_DIR, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            )
            servers.append(process)
            bases.append(f"http://127.0.0.1:{port}")
        for base, process in zip(bases, servers):
            wait_until_up(base, process)
        yield bases, int(pk), path
    finally:
        for process in servers:
            process.terminate()
        for process in servers:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        subprocess.run(
            ["psql", "-h", "127.0.0.1", "-U", "postgres", "-q", "-c", f"DROP DATABASE IF EXISTS {database} WITH (FORCE)", "postgres"],
            capture_output=True, timeout=60,
        )
        subprocess.run(["redis-cli", "-n", str(REDIS_DB), "flushdb"], capture_output=True, timeout=30)


def sign_in(browser, base):
    _status, _headers, form = browser.request(f"{base}/admin/login/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    status, _headers, _body = browser.request(
        f"{base}/admin/login/?next=/admin/",
        {"csrfmiddlewaretoken": token, "username": "desk", "password": "a-long-test-password", "next": "/admin/"},
        headers={"Referer": "http://localhost/admin/login/"},
    )
    assert status == 302, "could not sign in"


def run_action(browser, base, action, pk):
    _status, _headers, page = browser.request(f"{base}/admin/articles/article/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    status, _headers, _body = browser.request(
        f"{base}/admin/articles/article/",
        {"csrfmiddlewaretoken": token, "action": action, "_selected_action": [str(pk)], "index": "0"},
        headers={"Referer": "http://localhost/admin/articles/article/"},
    )
    assert status == 302, f"the {action} action failed with {status}"


def test_an_edit_through_one_server_is_visible_through_the_other_at_once(two_servers):
    (first, second), pk, path = two_servers
    reader = Browser()

    status, headers, body = reader.request(first + path)
    assert status == 200 and "Ferry service resumes" in body
    status, headers, body = reader.request(second + path)
    assert status == 200 and headers.get("X-Cache") == "hit", "the second server did not share the first's cache"

    editor = Browser()
    sign_in(editor, first)
    run_action(editor, first, "unpublish", pk)
    assert reader.request(second + path)[0] == 404
    assert reader.request(first + path)[0] == 404

    run_action(editor, first, "publish", pk)
    status, headers, body = reader.request(second + path)
    assert status == 200 and "Ferry service resumes" in body
    assert reader.request(first + "/")[2].count("Ferry service resumes") >= 1
