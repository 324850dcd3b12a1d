"""Profile one page in-process with cProfile: where the server time of a request goes.

Usage (with the same environment as the site, e.g. after bench/http_bench.py built one):
    python bench/profile_page.py /world/ --requests 200 [--cache] [--sort tottime] [--top 40] [--plain]

Without --cache the page cache is off (NEWSROOM_PAGE_CACHE_SECONDS=0), so every request renders.
Prints the median time per request and the top functions; with --plain, only the median of
requests timed without the profiler (which slows every call it records).
"""

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--cache", action="store_true", help="Leave the page cache on.")
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--plain", action="store_true", help="Time without the profiler; print only the median.")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    if not args.cache:
        os.environ["NEWSROOM_PAGE_CACHE_SECONDS"] = "0"
    import django

    django.setup()
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    first = client.get(args.path)
    if first.status_code != 200:
        raise SystemExit(f"{args.path} answered {first.status_code}")
    times = []
    if args.plain:
        for _ in range(args.requests):
            started = time.perf_counter()
            client.get(args.path)
            times.append(time.perf_counter() - started)
        print(f"{args.path}: median {statistics.median(times) * 1000:.2f} ms over {args.requests} requests")
        return
    profiler = cProfile.Profile()
    for _ in range(args.requests):
        started = time.perf_counter()
        profiler.enable()
        client.get(args.path)
        profiler.disable()
        times.append(time.perf_counter() - started)
    print(f"{args.path}: median {statistics.median(times) * 1000:.2f} ms over {args.requests} requests (profiled)")
    pstats.Stats(profiler).strip_dirs().sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
