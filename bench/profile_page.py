"""Profile one page in-process with cProfile: where the server time of a request goes.

Usage (with the same environment as the site, e.g. after bench/http_bench.py built one):
    python bench/profile_page.py /world/ --requests 200 [--cache] [--sort tottime] [--top 40] [--no-profile]

Without --cache the page cache is off (NEWSROOM_PAGE_CACHE_SECONDS=0), so every request renders.
Prints the median time per request and the top functions. With --no-profile it only times the
requests (the profiler's own cost grows with the number of calls, which skews comparisons) and
prints the median wall and CPU time: on a machine shared with other work, CPU time is the steadier.
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
    parser.add_argument("--no-profile", action="store_true", help="Time the requests without cProfile.")
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
    times, cpu_times = [], []
    profiler = cProfile.Profile()
    for _ in range(args.requests):
        started, started_cpu = time.perf_counter(), time.process_time()
        if not args.no_profile:
            profiler.enable()
        client.get(args.path)
        if not args.no_profile:
            profiler.disable()
        times.append(time.perf_counter() - started)
        cpu_times.append(time.process_time() - started_cpu)
    if args.no_profile:
        print(
            f"{args.path}: median {statistics.median(times) * 1000:.2f} ms, "
            f"CPU {statistics.median(cpu_times) * 1000:.2f} ms over {args.requests} requests"
        )
        return
    print(f"{args.path}: median {statistics.median(times) * 1000:.2f} ms over {args.requests} requests (profiled)")
    pstats.Stats(profiler).strip_dirs().sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
