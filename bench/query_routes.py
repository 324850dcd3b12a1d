"""Time one article page query by each route: compiled once, the ORM, Manager.raw(), the bare cursor.

Usage (with the same environment as the site, the seed story loaded):
    python bench/query_routes.py [--runs 2000]

Prints median microseconds per run of the seed story's body query (its blocks with their
photos, credits, pull quotes and linked stories). ``Manager.raw()`` is given the same SQL and
builds only the blocks, not their joined objects, so its figure is a lower bound for that route.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def median_us(run, runs):
    run()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1e6


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2000)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection

    from articles import article_page
    from articles.models import Article, Block

    story = Article.objects.get(source_key="seed-article")
    sql, params = Block.objects.for_page().filter(article_id=story.pk).query.sql_with_params()

    def run_query(prepared):
        settings.NEWSROOM_PREPARED_QUERIES = prepared
        return lambda: article_page.BLOCKS.run(story=story.pk)

    def cursor_only():
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            cursor.fetchall()

    figures = {
        "compiled once": median_us(run_query(True), args.runs),
        "ORM": median_us(run_query(False), args.runs),
        "Manager.raw(), blocks only": median_us(lambda: list(Block.objects.raw(sql, params)), args.runs),
        "cursor only": median_us(cursor_only, args.runs),
    }
    rows = len(article_page.BLOCKS.run(story=story.pk))
    print(f"The seed story's body query ({rows} rows), median µs per run over {args.runs} runs:")
    for route, micros in figures.items():
        print(f"  {route:<28} {micros:8.0f}")


if __name__ == "__main__":
    main()
