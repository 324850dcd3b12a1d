"""Server times at newsroom scale: pages of a 100,000-story archive, rendered without the page cache.

Usage: python bench/archive_bench.py [--database sqlite|postgres] [--stories 100000] [--requests 15] [--reuse]

Builds the archive with `manage.py build_archive` into a database of its own (a SQLite file
under bench/results/archive-sqlite/, or the PostgreSQL database newsroom_bench_archive),
timing the build, unless --reuse finds one already built. Then it times requests in-process
(Django's test client, page cache off, a warm connection) and prints the median server
time of each page against the issue's targets: home and section < 50 ms, page 2,000 of a
section < 100 ms, the page of a person quoted in 5,000 stories < 100 ms, the admin's story
list < 300 ms, search < 200 ms on PostgreSQL.
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
POSTGRES = "postgres://postgres@127.0.0.1:5432"
TARGETS_MS = {"home": 50, "section": 50, "section page 2,000": 100, "person": 100, "admin story list": 300, "search": 200}


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--stories", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=15, help="Timed requests per page.")
    parser.add_argument("--reuse", action="store_true", help="Keep an archive already built by an earlier run.")
    return parser.parse_args(argv)


def configure(args, folder):
    os.environ.update({
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        "DJANGO_DEBUG": "",
        "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY") or "archive-bench-only",
        "DJANGO_MEDIA_ROOT": str(folder / "media"),
        "NEWSROOM_CACHE_DIR": str(folder / "cache"),
        "NEWSROOM_PAGE_CACHE_SECONDS": "0",
        "DJANGO_LOG_LEVEL": "ERROR",
    })
    for name in ("DATABASE_REPLICA_URL", "REDIS_URL", "AWS_STORAGE_BUCKET_NAME"):
        os.environ.pop(name, None)
    if args.database == "postgres":
        os.environ["DATABASE_URL"] = f"{POSTGRES}/newsroom_bench_archive"
    else:
        os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'archive.sqlite3'}"


def psql(sql):
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-q", "-c", sql, "postgres"],
                   check=True, capture_output=True, timeout=120)


def fresh_database(args, folder):
    folder.mkdir(parents=True, exist_ok=True)
    if args.database == "postgres":
        psql("DROP DATABASE IF EXISTS newsroom_bench_archive WITH (FORCE)")
        psql("CREATE DATABASE newsroom_bench_archive")
    else:
        for path in folder.glob("archive.sqlite3*"):
            path.unlink()


def archive_exists(args, folder):
    if args.database == "sqlite":
        return (folder / "archive.sqlite3").exists()
    found = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-tAc",
         "SELECT 1 FROM pg_database WHERE datname = 'newsroom_bench_archive'", "postgres"],
        capture_output=True, text=True, timeout=60,
    )
    return found.stdout.strip() == "1"


def median_ms(client, url, requests):
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200, f"{url} answered {response.status_code}"
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main(argv=None):
    args = parse_args(argv)
    folder = RESULTS / f"archive-{args.database}"
    configure(args, folder)
    sys.path.insert(0, str(ROOT))
    build_seconds = None
    rebuild = not (args.reuse and archive_exists(args, folder))
    if rebuild:
        fresh_database(args, folder)

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.db.models import Count
    from django.test import Client

    from articles.models import Article, Quote, Section

    call_command("migrate", "--noinput", verbosity=0)
    if rebuild:
        print(f"Building {args.stories:,} stories on {args.database} …", flush=True)
        started = time.monotonic()
        call_command("build_archive", "--stories", str(args.stories))
        build_seconds = time.monotonic() - started

    stories = Article.objects.count()
    section = max(Section.objects.filter(parent__isnull=True), key=lambda s: Article.objects.published().in_section(s).count())
    section_count = Article.objects.published().in_section(section).count()
    star = Quote.objects.values("speaker__slug").annotate(n=Count("article", distinct=True)).order_by("-n").first()
    topic = "Korholt"
    from django.contrib.auth import get_user_model

    staff, _ = get_user_model().objects.get_or_create(
        username="archive-bench", defaults={"is_staff": True, "is_superuser": True, "email": "bench@example.com"},
    )
    reader, editor = Client(HTTP_HOST="127.0.0.1"), Client(HTTP_HOST="127.0.0.1")
    editor.force_login(staff)
    pages = [
        ("home", reader, "/"),
        ("section", reader, section.get_absolute_url()),
        ("section page 2,000", reader, f"{section.get_absolute_url()}?page=2000"),
        ("person", reader, f"/people/{star['speaker__slug']}/"),
        ("admin story list", editor, "/admin/articles/article/"),
        ("search", reader, f"/search/?q={topic}"),
    ]
    print(f"{stories:,} stories; {section.name}: {section_count:,} public; the most quoted person is quoted in "
          f"{star['n']:,} stories; search for “{topic}”.")
    results = {}
    for name, client, url in pages:
        ms = median_ms(client, url, args.requests)
        target = TARGETS_MS[name]
        applies = name != "search" or args.database == "postgres"
        verdict = ("ok" if ms < target else "SLOW") if applies else "target is for PostgreSQL"
        results[name] = {"url": url, "median_ms": round(ms, 2), "target_ms": target, "verdict": verdict}
        print(f"  {name:<20} {ms:8.1f} ms  (target < {target} ms: {verdict})  {url}", flush=True)

    report = {
        "when": time.strftime("%Y-%m-%d %H:%M:%S %z"), "database": args.database, "vendor": connection.vendor,
        "stories": stories, "build_seconds": round(build_seconds, 1) if build_seconds else None,
        "section": {"path": section.path, "public_stories": section_count}, "star_quoted_in": star["n"],
        "machine": {"cores": os.cpu_count(), "python": platform.python_version(), "load": os.getloadavg()},
        "pages": results,
    }
    if build_seconds:
        print(f"Build: {build_seconds:.0f} s for {args.stories:,} stories.")
    out = folder / "archive-bench.json"
    if build_seconds is None and out.exists():
        # A reused archive keeps the build time measured when it was built.
        report["build_seconds"] = json.loads(out.read_text(encoding="utf-8")).get("build_seconds")
    out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(f"Written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
