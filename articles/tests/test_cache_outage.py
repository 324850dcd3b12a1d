"""A cache that does not answer costs a render, never the page, and never an editor's save.

Redis is reached on closed ports, on a socket that accepts and never answers, and on a
throwaway ``redis-server`` this module starts and stops (skipped when it is not installed);
the machine's own Redis is never stopped.
"""

import logging
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import uuid

import pytest
from django.conf import settings as django_settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from newsroom.pagecache import generation, middleware
from newsroom.pagecache.outage import outage

from .factories import make_article
from .test_two_servers import POSTGRES, Browser, free_port, manage, skip_unless_services, wait_until_up

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def fresh_outage():
    """Each test starts with a cache this process has never seen fail, and leaves it so."""

    def reset():
        outage.retry_at, outage.warned_at, outage.missed_invalidation = 0.0, None, False
        middleware._local_pages.clear()

    reset()
    yield outage
    reset()


def redis_at(settings, port, *, timeout=0.2):
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 300
    settings.NEWSROOM_CACHE_RETRY_SECONDS = 5
    settings.CACHES = {"default": {
        "BACKEND": "django_redis.cache.RedisCache", "LOCATION": f"redis://127.0.0.1:{port}/0",
        "KEY_PREFIX": "outage-test",
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": timeout, "SOCKET_TIMEOUT": timeout},
    }}


class SilentServer:
    """A socket that accepts connections and never answers: a Redis hung or behind a dead link."""

    def __init__(self):
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.accepted = []
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self):
        while True:
            try:
                conn, _ = self.socket.accept()
            except OSError:
                return
            self.accepted.append(conn)

    def close(self):
        self.socket.close()
        for conn in self.accepted:
            conn.close()


def test_pages_render_while_redis_refuses_connections(client, settings, caplog):
    redis_at(settings, free_port())
    article = make_article(headline="Bridge reopens to traffic")
    with caplog.at_level(logging.WARNING, logger="newsroom.pagecache"):
        responses = [client.get(article.get_absolute_url()) for _ in range(5)]
    assert [r.status_code for r in responses] == [200] * 5
    assert all("Bridge reopens to traffic" in r.content.decode() for r in responses)
    assert all("X-Cache" not in r for r in responses)
    warnings = [r for r in caplog.records if r.name == "newsroom.pagecache"]
    assert len(warnings) == 1 and "not answering" in warnings[0].getMessage()


def test_a_cache_that_never_answers_is_tried_once_per_interval(client, settings):
    silent = SilentServer()
    try:
        redis_at(settings, silent.port)
        article = make_article(headline="Harbour fees frozen")
        for _ in range(4):
            response = client.get(article.get_absolute_url())
            assert response.status_code == 200 and "Harbour fees frozen" in response.content.decode()
        # One connection timed out; the next requests did not wait on the cache at all.
        assert len(silent.accepted) == 1
        outage.retry_at = 0.0
        assert client.get(article.get_absolute_url()).status_code == 200
        assert len(silent.accepted) == 2
    finally:
        silent.close()


def test_an_editors_save_is_never_reported_as_failed(client, editor, settings):
    redis_at(settings, free_port())
    article = make_article(headline="Budget vote delayed")
    client.force_login(editor)
    response = client.post("/admin/articles/article/", {
        "action": "unpublish", "_selected_action": [str(article.pk)], "index": "0",
    })
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == Article.Status.UNPUBLISHED
    assert outage.missed_invalidation
    client.logout()
    assert client.get(article.get_absolute_url()).status_code == 404


@pytest.fixture
def throwaway_redis(tmp_path, settings):
    """A redis-server of this test's own on a free port, stopped with its data saved and started again."""
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed")
    port = free_port()
    command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--dir", str(tmp_path),
               "--save", "", "--appendonly", "no", "--daemonize", "no"]
    processes = []

    def start():
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        processes.append(process)
        deadline = time.monotonic() + 10
        while subprocess.run(["redis-cli", "-p", str(port), "ping"], capture_output=True, text=True).stdout.strip() != "PONG":
            if time.monotonic() > deadline:
                raise RuntimeError("redis-server did not start")
            time.sleep(0.05)

    def stop():
        # SHUTDOWN SAVE keeps every key, so the server comes back holding the pre-edit pages.
        subprocess.run(["redis-cli", "-p", str(port), "shutdown", "save"], capture_output=True, timeout=10)
        processes[-1].wait(timeout=10)

    start()
    redis_at(settings, port)
    yield start, stop
    for process in processes:
        if process.poll() is None:
            process.kill()
            process.wait()


def cached_headline(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries) == 0


def test_redis_going_away_and_coming_back(client, throwaway_redis, caplog):
    caplog.set_level(logging.WARNING, logger="newsroom.pagecache")
    start, stop = throwaway_redis
    article = make_article(headline="Before the outage")
    url = article.get_absolute_url()
    client.get(url)
    response, from_cache = cached_headline(client, url)
    assert from_cache and "Before the outage" in response.content.decode()
    before = generation.read_generation()

    stop()
    article.headline = "Edited while the cache was away"
    article.save()
    assert outage.missed_invalidation
    response = client.get(url)
    assert response.status_code == 200 and "Edited while the cache was away" in response.content.decode()

    start()
    # Still within the retry interval: the cache is left alone, the page rendered.
    assert "Edited while the cache was away" in client.get(url).content.decode()
    outage.retry_at = 0.0
    response = client.get(url)
    assert "Edited while the cache was away" in response.content.decode()
    assert not outage.missed_invalidation
    assert generation.read_generation().token != before.token
    messages = [record.getMessage() for record in caplog.records if record.name == "newsroom.pagecache"]
    assert len(messages) == 2 and "not answering" in messages[0] and "answers again" in messages[1]
    response, from_cache = cached_headline(client, url)
    assert from_cache and "Edited while the cache was away" in response.content.decode()


def test_a_pre_edit_page_lives_no_longer_than_the_page_lifetime(client, throwaway_redis, settings, monkeypatch):
    """The bound when the process that owed the new generation ended before the cache came back."""
    start, stop = throwaway_redis
    article = make_article(headline="Before the outage")
    url = article.get_absolute_url()
    client.get(url)
    edited_at = time.time()
    stop()
    article.headline = "Edited while the cache was away"
    article.save()
    start()
    # Another worker: it owes nothing and never saw the outage.
    outage.retry_at, outage.missed_invalidation = 0.0, False
    middleware._local_pages.clear()
    assert "Before the outage" in client.get(url).content.decode()

    later = edited_at + settings.NEWSROOM_PAGE_CACHE_SECONDS + 1
    monkeypatch.setattr(middleware.time, "time", lambda: later)
    response = client.get(url)
    assert response["X-Cache"] == "miss" and "Edited while the cache was away" in response.content.decode()


@pytest.fixture
def story_on_postgres(tmp_path):
    """A PostgreSQL database of this test's own holding one published story; its address and the story's."""
    skip_unless_services()
    database = f"newsroom_outage_{uuid.uuid4().hex[:8]}"
    psql = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-q", "-c"]
    subprocess.run([*psql, f"CREATE DATABASE {database}", "postgres"], check=True, capture_output=True, timeout=60)
    env = {
        **os.environ, "DATABASE_URL": f"{POSTGRES}/{database}", "DJANGO_SECRET_KEY": "outage-test-key",
        "DJANGO_DEBUG": "", "DJANGO_MEDIA_ROOT": str(tmp_path / "media"), "NEWSROOM_CACHE_DIR": str(tmp_path / "cache"),
        "NEWSROOM_PAGE_CACHE_SECONDS": "300", "NEWSROOM_RELEASE": "outage-test",
    }
    for name in ("REDIS_URL", "DATABASE_REPLICA_URL"):
        env.pop(name, None)
    try:
        manage(env, "migrate", "--noinput", "--verbosity", "0")
        output = manage(env, "shell", stdin=(
            "from django.utils import timezone\n"
            "from articles.models import Article, Section\n"
            "s = Section(name='Metro', slug='metro'); s.save()\n"
            "a = Article(headline='Tram line extended', slug='tram-line-extended', section=s, status='published',"
            " published_at=timezone.now() - timezone.timedelta(hours=1)); a.save()\n"
            "print('URL', a.get_absolute_url())\n"
        ))
        yield env, re.search(r"URL (\S+)", output).group(1)
    finally:
        subprocess.run([*psql, f"DROP DATABASE IF EXISTS {database} WITH (FORCE)", "postgres"],
                       capture_output=True, timeout=60)


def serve(env):
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "newsroom.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
        cwd=django_settings.BASE_DIR, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    wait_until_up(base, process)
    return base, process


def stop_server(process):
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=False)
def test_with_postgresql_away_cached_pages_serve_and_the_rest_is_our_500_page(story_on_postgres):
    env, path = story_on_postgres
    reader = Browser()
    base, process = serve(env)
    try:
        assert reader.request(base + path)[0] == 200
        status, headers, body = reader.request(base + path)
        assert status == 200 and headers.get("X-Cache") == "hit"
    finally:
        stop_server(process)

    # The same cache folder and release; the database's address answers nothing.
    base, process = serve({**env, "DATABASE_URL": f"postgres://postgres@127.0.0.1:{free_port()}/gone"})
    try:
        status, headers, body = reader.request(base + path)
        assert status == 200 and headers.get("X-Cache") == "hit" and "Tram line extended" in body
        status, _headers, body = reader.request(base + "/people/")
        assert status == 500 and "Something went wrong on our side" in body
        status, _headers, body = reader.request(base + "/admin/login/")
        assert status == 500 and "Something went wrong on our side" in body
    finally:
        stop_server(process)
