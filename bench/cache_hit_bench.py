"""In-process cost of a page-cache hit: median µs per request for the seed story page.

Usage: python bench/cache_hit_bench.py [--backend file|redis|both] [--redis-url URL]
                                      [--requests 2000] [--repeats 7] [--profile]

Builds a throwaway SQLite site in a temporary folder (migrated, the seed story loaded), then
measures each cache backend in a process of its own with the production settings for it:
the file cache (no REDIS_URL) and Redis (REDIS_URL set, django-redis with hiredis). Each
process renders the page once, checks that the next request is a hit, then times requests
in two ways:

- ``wsgi``: the whole Django WSGI handler, as a gunicorn worker calls it (request object,
  every middleware, request signals), minus HTTP parsing and the socket;
- ``middleware``: ``PageCacheMiddleware`` alone on a fresh request object each time.

Each figure is the median of ``--repeats`` batches of ``--requests`` requests, with the
lowest and highest batch medians beside it, and the CPU time this process spent per request
(median over the batches, timing loop included, Redis's own CPU not). A Redis round trip
costs about 10 µs when the machine is busy and 50-100 µs when Redis must first be woken on an
idle virtual machine, so Redis figures jump between two levels from run to run: compare
before and after only from runs made one after the other, and run each more than once. A
hit does no database query, so SQLite serves for both backends.

The Redis run needs a database number of its own (``--redis-url``, default ``$REDIS_URL``;
without either the Redis run is skipped): it leaves the page and generation keys behind and
starts a new generation, which only makes other processes sharing it render their pages again.
``--profile`` prints the top functions of the ``wsgi`` hits under cProfile.
"""

import argparse
import cProfile
import io
import json
import os
import pstats
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["file", "redis", "both"], default="both")
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL", ""))
    parser.add_argument("--requests", type=int, default=2000, help="Requests per batch.")
    parser.add_argument("--repeats", type=int, default=7, help="Batches per measure.")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def site_environment(folder):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        "DJANGO_DEBUG": "",
        "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(50),
        "DATABASE_URL": f"sqlite:///{folder / 'bench.sqlite3'}",
        "DJANGO_MEDIA_ROOT": str(folder / "media"),
        "NEWSROOM_CACHE_DIR": str(folder / "cache"),
        "NEWSROOM_PAGE_CACHE_SECONDS": "300",
        "DJANGO_LOG_LEVEL": "ERROR",
    }
    for name in ("DATABASE_REPLICA_URL", "REDIS_URL", "AWS_STORAGE_BUCKET_NAME", "NEWSROOM_RELEASE"):
        env.pop(name, None)
    return env


def build_site(env):
    for command in (["migrate", "--noinput", "-v", "0"], ["load_seed"]):
        subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=env, check=True, capture_output=True, timeout=300)


def batches(call, requests, repeats):
    medians, cpu = [], []
    for _ in range(repeats):
        times = []
        cpu_started = time.process_time()
        for _ in range(requests):
            started = time.perf_counter()
            call()
            times.append(time.perf_counter() - started)
        cpu.append((time.process_time() - cpu_started) / requests * 1e6)
        medians.append(statistics.median(times) * 1e6)
    return {
        "median": statistics.median(medians), "low": min(medians), "high": max(medians), "cpu": statistics.median(cpu),
    }


def child(args):
    """One backend, in this process: settings come from the environment the parent set."""
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.core.handlers.wsgi import WSGIHandler, WSGIRequest
    from django.test.client import FakePayload

    from newsroom.pagecache.middleware import PageCacheMiddleware
    from articles.models import Article

    path = Article.objects.get(source_key="seed-article").get_absolute_url()

    def environ():
        return {
            "REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": "", "SCRIPT_NAME": "",
            "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "80", "SERVER_PROTOCOL": "HTTP/1.1",
            "HTTP_HOST": "127.0.0.1", "HTTP_USER_AGENT": "wrk", "HTTP_ACCEPT": "*/*",
            "REMOTE_ADDR": "127.0.0.1", "wsgi.url_scheme": "http", "wsgi.input": FakePayload(b""),
            "wsgi.errors": sys.stderr, "wsgi.version": (1, 0), "wsgi.multithread": False,
            "wsgi.multiprocess": True, "wsgi.run_once": False,
        }

    handler = WSGIHandler()
    statuses = []

    def start_response(status, headers, exc_info=None):
        statuses.append((status, dict(headers).get("X-Cache")))

    def wsgi_hit():
        response = handler(environ(), start_response)
        b"".join(response)
        response.close()

    wsgi_hit()
    wsgi_hit()
    if statuses[-1] != ("200 OK", "hit"):
        raise SystemExit(f"{path}: expected a cache hit, got {statuses}")

    def render(request):
        raise AssertionError("a hit must not reach the view")

    middleware = PageCacheMiddleware(render)

    def middleware_hit():
        middleware(WSGIRequest(environ()))

    backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[1]
    result = {"backend": backend, "path": path}
    for name, call in (("wsgi", wsgi_hit), ("middleware", middleware_hit)):
        batches(call, args.requests // 4, 1)
        result[name] = batches(call, args.requests, args.repeats)
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(args.requests):
            wsgi_hit()
        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("tottime").print_stats(30)
        result["profile"] = out.getvalue()
    print("@@result " + json.dumps(result))


def main(argv=None):
    args = parse_args(argv)
    if args.child:
        return child(args)
    backends = ["file", "redis"] if args.backend == "both" else [args.backend]
    if "redis" in backends and not args.redis_url:
        print("No --redis-url and no REDIS_URL: the Redis run is skipped.")
        backends.remove("redis")
    with tempfile.TemporaryDirectory(prefix="newsroom-cache-bench-") as name:
        env = site_environment(Path(name))
        build_site(env)
        print(f"{'backend':>22} {'measure':>10} {'median µs':>10} {'low':>8} {'high':>8} {'CPU µs':>8}")
        for backend in backends:
            child_env = {**env, "REDIS_URL": args.redis_url} if backend == "redis" else env
            command = [PYTHON, __file__, "--child", backend, "--requests", str(args.requests),
                       "--repeats", str(args.repeats)] + (["--profile"] if args.profile else [])
            output = subprocess.run(command, cwd=ROOT, env=child_env, check=True, capture_output=True,
                                    text=True, timeout=600).stdout
            result = json.loads(output[output.index("@@result ") + 9:])
            for measure in ("wsgi", "middleware"):
                figures = result[measure]
                print(f"{result['backend']:>22} {measure:>10} {figures['median']:>10.1f} {figures['low']:>8.1f} "
                      f"{figures['high']:>8.1f} {figures['cpu']:>8.1f}", flush=True)
            if args.profile:
                print(result["profile"])
        print(f"1-minute load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
