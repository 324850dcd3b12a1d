import json
import os
import subprocess
import sys

import pytest
from django.conf import settings as django_settings
from django.http import HttpResponse

from newsroom.pagecache.middleware import PageCacheMiddleware
from newsroom import routers


@pytest.fixture
def with_replica(monkeypatch):
    """Pretend a replica is configured, without a second database to connect to."""
    monkeypatch.setattr(routers, "has_replica", lambda: True)
    monkeypatch.setattr(routers, "_replayed", {"position": -1})


def reads_during(request):
    seen = []

    def view(request):
        seen.append(routers.ReplicaRouter().db_for_read(None))
        return HttpResponse("ok")

    PageCacheMiddleware(view)(request)
    return seen[0]


def test_public_page_reads_go_to_the_replica(rf, with_replica):
    assert reads_during(rf.get("/")) == "replica"
    assert reads_during(rf.head("/world/")) == "replica"


def test_admin_writes_and_staff_stay_on_the_primary(rf, with_replica):
    assert reads_during(rf.get("/admin/articles/article/")) == "default"
    assert reads_during(rf.post("/search/")) == "default"
    staff = rf.get("/")
    staff.COOKIES[django_settings.SESSION_COOKIE_NAME] = "abc"
    assert reads_during(staff) == "default"


def test_writes_always_go_to_the_primary(with_replica):
    router = routers.ReplicaRouter()
    with routers.reading_from_replica():
        assert router.db_for_read(None) == "replica"
        assert router.db_for_write(None) == "default"
    assert router.db_for_read(None) == "default"


def test_only_the_primary_is_migrated():
    router = routers.ReplicaRouter()
    assert router.allow_migrate("default", "articles")
    assert not router.allow_migrate("replica", "articles")


def test_without_a_replica_everything_reads_the_primary(rf):
    assert not routers.has_replica()
    assert routers.primary_position() is None
    with routers.reading_from_replica() as used:
        assert used is False
        assert routers.ReplicaRouter().db_for_read(None) == "default"


def test_a_lagging_replica_is_not_read_until_it_catches_up(with_replica, monkeypatch):
    asked = []

    def replayed(lsn):
        asked.append(lsn)
        return lsn == "0/20"

    monkeypatch.setattr(routers, "replica_has_replayed", replayed)
    with routers.reading_from_replica(caught_up_to="0/30") as used:
        assert used is False
        assert routers.ReplicaRouter().db_for_read(None) == "default"
    with routers.reading_from_replica(caught_up_to="0/20") as used:
        assert used is True
    assert asked == ["0/30", "0/20"]


def test_wal_positions_compare_as_numbers():
    assert routers.lsn_to_int("0/A") == 10
    assert routers.lsn_to_int("1/0") == 1 << 32
    assert routers.lsn_to_int("16/B374D848") > routers.lsn_to_int("16/3002D50")


def test_a_replica_known_to_be_ahead_is_not_asked_again(monkeypatch):
    monkeypatch.setattr(routers, "_replayed", {"position": routers.lsn_to_int("5/0")})
    assert routers.replica_has_replayed("4/FFFF")
    assert routers.replica_has_replayed(None)


def settings_with(**env):
    code = (
        "import json, django; from django.conf import settings; django.setup(); "
        "print(json.dumps({'databases': sorted(settings.DATABASES), 'routers': settings.DATABASE_ROUTERS, "
        "'replica_test': settings.DATABASES.get('replica', {}).get('TEST'), "
        "'storage': settings.STORAGES['default'], 'cache': settings.CACHES['default']['BACKEND']}, default=str))"
    )
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "newsroom.settings", "DJANGO_SECRET_KEY": "x", **env}
    for name in ("DATABASE_REPLICA_URL", "AWS_STORAGE_BUCKET_NAME", "REDIS_URL"):
        if name not in env:
            environment.pop(name, None)
    output = subprocess.run(
        [sys.executable, "-c", code], env=environment, cwd=django_settings.BASE_DIR,
        capture_output=True, text=True, check=True, timeout=60,
    ).stdout
    return json.loads(output)


def test_replica_url_adds_the_alias_and_the_router():
    plain = settings_with()
    assert plain["databases"] == ["default"] and plain["routers"] == []
    configured = settings_with(DATABASE_REPLICA_URL="postgres://reader@127.0.0.1:5432/newsroom")
    assert configured["databases"] == ["default", "replica"]
    assert configured["routers"] == ["newsroom.routers.ReplicaRouter"]
    assert configured["replica_test"]["MIRROR"] == "default"


def test_media_go_to_object_storage_only_when_a_bucket_is_named():
    assert settings_with()["storage"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    s3 = settings_with(AWS_STORAGE_BUCKET_NAME="newsroom-media", AWS_S3_ENDPOINT_URL="http://127.0.0.1:9000")
    assert s3["storage"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert s3["storage"]["OPTIONS"]["bucket_name"] == "newsroom-media"
    assert s3["storage"]["OPTIONS"]["endpoint_url"] == "http://127.0.0.1:9000"
    assert s3["storage"]["OPTIONS"]["querystring_auth"] is False


def test_the_default_cache_is_shared_by_processes_and_redis_when_configured():
    assert settings_with()["cache"] == "newsroom.pagecache.filecache.UncompressedFileCache"
    assert settings_with(REDIS_URL="redis://127.0.0.1:6379/0")["cache"] == "django_redis.cache.RedisCache"


def test_s3_storage_builds_public_urls_on_the_custom_domain():
    from storages.backends.s3 import S3Storage

    storage = S3Storage(bucket_name="newsroom-media", custom_domain="media.example.org", querystring_auth=False)
    assert storage.url("images/2025/05/photo.jpg") == "https://media.example.org/images/2025/05/photo.jpg"
