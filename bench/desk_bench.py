"""The desk's server time for an editor with 10,000 stories in the database (target < 100 ms).

Usage: python bench/desk_bench.py [--database sqlite|postgres] [--stories 10000] [--requests 20] [--reuse]

Builds the stories with `manage.py build_archive` into a database of its own (a SQLite file under
bench/results/desk-sqlite/, or the PostgreSQL database newsroom_bench_desk) unless --reuse finds
one, then gives the archive a working desk: a contributor's stories in review, drafts, stories
sent back with notes, scheduled and embargoed stories, unread notifications, quotes to check, the
home page's and a section's slots. It times the desk (/admin/) in-process with Django's test
client for an editor (Editor group, not a superuser) and a contributor, then the editor's front
pages and the readers' home page, and prints the median wall-clock and CPU time and the number
of queries of each.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
POSTGRES = "postgres://postgres@127.0.0.1:5432"
DATABASE = "newsroom_bench_desk"
TARGET_MS = 100


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=20, help="Timed requests per desk.")
    parser.add_argument("--reuse", action="store_true", help="Keep a database built by an earlier run.")
    return parser.parse_args(argv)


def psql(sql):
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-q", "-c", sql, "postgres"],
                   check=True, capture_output=True, timeout=120)


def configure(args, folder):
    os.environ.update({
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        "DJANGO_DEBUG": "",
        "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY") or "desk-bench-only",
        "DJANGO_MEDIA_ROOT": str(folder / "media"),
        "NEWSROOM_CACHE_DIR": str(folder / "cache"),
        "NEWSROOM_PAGE_CACHE_SECONDS": "0",
        "DJANGO_LOG_LEVEL": "ERROR",
        # Notifications' e-mail goes nowhere while the desk is built.
        "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
    })
    for name in ("DATABASE_REPLICA_URL", "REDIS_URL", "AWS_STORAGE_BUCKET_NAME"):
        os.environ.pop(name, None)
    if args.database == "postgres":
        os.environ["DATABASE_URL"] = f"{POSTGRES}/{DATABASE}"
    else:
        os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'desk.sqlite3'}"


def postgres_database_exists():
    found = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-tAc",
         f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'", "postgres"],
        capture_output=True, text=True, timeout=60,
    )
    return found.stdout.strip() == "1"


def fresh_database(args, folder):
    folder.mkdir(parents=True, exist_ok=True)
    if args.database == "postgres":
        psql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        psql(f"CREATE DATABASE {DATABASE}")
    else:
        for path in folder.glob("desk.sqlite3*"):
            path.unlink()


def staff_user(username, role):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user, _ = get_user_model().objects.get_or_create(
        username=username, defaults={"is_staff": True, "email": f"{username}@example.com"},
    )
    user.groups.add(Group.objects.get(name=role))
    return user


def give_the_archive_a_desk(editor, writer):
    """Spread the archive's stories over the desk's trays, through the publishing functions for a sample."""
    from django.utils import timezone

    from articles import publishing
    from articles.front_pages import arranging
    from articles.front_pages.arranging import Placement, slot_count
    from articles.models import Article, FrontPage, Quote, Section

    now = timezone.now()
    ids = list(Article.objects.order_by("id").values_list("id", flat=True))
    Article.objects.filter(id__in=ids[:3000]).update(created_by=writer)
    Article.objects.filter(id__in=ids[:600]).update(status=Article.Status.IN_REVIEW, published_at=None)
    Article.objects.filter(id__in=ids[600:1000]).update(status=Article.Status.DRAFT, published_at=None)
    Article.objects.filter(id__in=ids[3000:3300]).update(
        status=Article.Status.DRAFT, published_at=None, created_by=editor,
    )
    Article.objects.filter(id__in=ids[1000:1080]).update(published_at=now + timezone.timedelta(days=2))
    Article.objects.filter(id__in=ids[1080:1120]).update(embargo_until=now + timezone.timedelta(hours=6))
    for pk in ids[:40]:
        article = Article.objects.get(pk=pk)
        publishing.send_back(article, user=editor, note=f"Check the figures in paragraph {pk % 7 + 2}.")
        publishing.submit_for_review(article, user=writer) if pk % 2 else None
    # Quotes the importer was unsure of, in one story in twenty, some of them the writer's drafts.
    Quote.objects.filter(article_id__in=ids[::20]).update(confidence=0.4)
    # The home page and a section's page, each with a full set of slots, one of them a scheduled story.
    public = list(Article.objects.published(now).newest_first().values_list("id", flat=True)[:40])
    pages = [FrontPage.objects.of(None), FrontPage.objects.of(Section.objects.order_by("id").first())]
    for page, chosen in zip(pages, (public[:slot_count() - 1], public[20:20 + slot_count() - 1])):
        stories = Article.objects.in_bulk([*chosen, ids[1000]])
        arranging.arrange(page, [Placement(stories[pk]) for pk in (ids[1000], *chosen)], user=editor)


def median_ms(client, url, requests):
    """Median wall-clock and CPU milliseconds of a request, and the queries it ran.

    CPU time is this process's own: on a machine shared with other work it is the steadier figure.
    """
    from django.db import connection

    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200, f"{url} answered {response.status_code}"
    queries = []
    with connection.execute_wrapper(lambda execute, sql, *args: queries.append(sql) or execute(sql, *args)):
        client.get(url)
    wall, cpu = [], []
    for _ in range(requests):
        started, started_cpu = time.perf_counter(), time.process_time()
        client.get(url)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu), len(queries)


def main(argv=None):
    args = parse_args(argv)
    folder = RESULTS / f"desk-{args.database}"
    configure(args, folder)
    sys.path.insert(0, str(ROOT))
    exists = (folder / "desk.sqlite3").exists() if args.database == "sqlite" else postgres_database_exists()
    rebuild = not (args.reuse and exists)
    if rebuild:
        fresh_database(args, folder)

    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from articles.models import Article, Notification
    from articles.roles import CONTRIBUTOR, EDITOR

    call_command("migrate", "--noinput", verbosity=0)
    editor, writer = staff_user("desk-bench-editor", EDITOR), staff_user("desk-bench-writer", CONTRIBUTOR)
    if rebuild:
        print(f"Building {args.stories:,} stories on {args.database} …", flush=True)
        call_command("build_archive", "--stories", str(args.stories), verbosity=0)
        give_the_archive_a_desk(editor, writer)
        # Fresh statistics and visibility after the bulk updates, as autovacuum (or a routine ANALYZE)
        # would leave them: without VACUUM, PostgreSQL's index-only scans visit the table for every row.
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")

    counts = {status: Article.objects.filter(status=status).count() for status in Article.Status.values}
    print(f"{Article.objects.count():,} stories ({', '.join(f'{k} {v:,}' for k, v in counts.items())}); "
          f"{Notification.objects.count():,} notifications.")
    for user in (editor, writer):
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(user)
        ms, cpu_ms, queries = median_ms(client, "/admin/", args.requests)
        verdict = "ok" if ms < TARGET_MS else "SLOW"
        print(f"  desk for {user.username:<20} {ms:7.1f} ms median of {args.requests} ({cpu_ms:.1f} ms of CPU), "
              f"{queries} queries (target < {TARGET_MS} ms: {verdict})", flush=True)
    # Beside the desk: the editor's front-page screen, and the home page readers get (page cache off).
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(editor)
    for label, url, who in (("front pages, editor", "/admin/desk/front-pages/", client),
                            ("home page, reader", "/", Client(HTTP_HOST="127.0.0.1"))):
        ms, cpu_ms, queries = median_ms(who, url, args.requests)
        print(f"  {label:<29} {ms:7.1f} ms median of {args.requests} ({cpu_ms:.1f} ms of CPU), {queries} queries",
              flush=True)
    print(f"Load average while measuring: {', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores.")


if __name__ == "__main__":
    main()
