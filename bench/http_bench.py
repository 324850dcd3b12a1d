"""HTTP benchmark of the seed story page: cached, uncached and as a static file, under gunicorn.

Usage: python bench/http_bench.py [--database sqlite|postgres] [--duration 8] [--rounds 2]
       python bench/http_bench.py --tracking [--database sqlite|postgres] [--tracking-seconds 60]

Builds a throwaway site under bench/results/<database>/ (migrated database, the seed story,
collectstatic with whitenoise's manifest storage), renders the seed story page once and saves
that HTML as a static file, then starts two gunicorn servers with production settings on the
loopback, one with the page cache on and one with it off (NEWSROOM_PAGE_CACHE_SECONDS=0).
wrk then alternates cached, uncached and static runs at each connection count, round after
round, so all three see the same machine state. It prints requests/s, p50, p99, non-2xx
responses and socket errors per run, the medians and their ratios, and writes them as JSON
next to the site. Only 127.0.0.1 is used; every wrk run is bounded by --duration.

``--tracking`` measures marketing links instead: on the cached server, the home page as it is,
then the home page with a random ``utm_source`` and ``utm_campaign`` on every request (a wrk
Lua script) for ``--tracking-seconds``, back to back, and the cache's size (entries and
bytes: the files of the cache folder, or the keys of the Redis database) before and after.
"""

import argparse
import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
PYTHON = sys.executable
# The published reference: a Wagtail article page under the same gunicorn set-up.
REFERENCE_RPS = 180
POSTGRES = "postgres://postgres@127.0.0.1:5432"
STATIC_PATH = "/static/bench/seed-story.html"


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/12",
                        help="Redis for the PostgreSQL run's cache (a database number of its own).")
    parser.add_argument("--cache", choices=["files", "redis"], help="The page cache (default: files on SQLite, Redis on PostgreSQL).")
    parser.add_argument("--duration", type=int, default=8, help="Seconds per wrk run.")
    parser.add_argument("--rounds", type=int, default=3, help="Times each kind runs at each connection count.")
    parser.add_argument("--connections", default="32,128")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads.")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--worker-class", default="sync")
    parser.add_argument("--worker-threads", type=int, default=1)
    parser.add_argument("--tracking", action="store_true", help="Random utm_* parameters against the plain page.")
    parser.add_argument("--tracking-seconds", type=int, default=60)
    return parser.parse_args(argv)


# A new utm_source, utm_campaign and fbclid on every request, different in each wrk thread.
# The plain run goes through the same script with the parameters off, so wrk spends the same
# on each request in both runs (a Lua request() costs wrk, on the same cores, more than its default).
REQUEST_LUA = """
local counter = 0
local random_utm = %s
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end
function init(args)
  math.randomseed(os.time() * 1000 + id)
end
function request()
  if not random_utm then
    return wrk.format("GET", wrk.path)
  end
  return wrk.format("GET", wrk.path .. "?utm_source=" .. math.random(1, 1000000000)
    .. "&utm_campaign=" .. math.random(1, 1000000000) .. "&fbclid=" .. math.random(1, 1000000000))
end
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def site_environment(args, folder):
    env = {
        **os.environ,
        "DJANGO_DEBUG": "",
        "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(50),
        "DJANGO_STATIC_MANIFEST": "1",
        "DJANGO_STATIC_ROOT": str(folder / "static"),
        "DJANGO_MEDIA_ROOT": str(folder / "media"),
        "NEWSROOM_CACHE_DIR": str(folder / "cache"),
        "DJANGO_LOG_LEVEL": "ERROR",
    }
    for name in ("DATABASE_REPLICA_URL", "REDIS_URL", "NEWSROOM_PAGE_CACHE_SECONDS", "AWS_STORAGE_BUCKET_NAME"):
        env.pop(name, None)
    if args.database == "postgres":
        env["DATABASE_URL"] = f"{POSTGRES}/newsroom_bench_http"
    else:
        env["DATABASE_URL"] = f"sqlite:///{folder / 'bench.sqlite3'}"
    if (args.cache or ("redis" if args.database == "postgres" else "files")) == "redis":
        env["REDIS_URL"] = args.redis_url
    return env


def run(command, env, **kwargs):
    return subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, text=True, **kwargs)


def build_site(args, folder, env):
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    if args.database == "postgres":
        for sql in ("DROP DATABASE IF EXISTS newsroom_bench_http WITH (FORCE)", "CREATE DATABASE newsroom_bench_http"):
            run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-q", "-c", sql, "postgres"], env, timeout=60)
    if env.get("REDIS_URL"):
        run(["redis-cli", "-u", args.redis_url, "flushdb"], env, timeout=30)
    run([PYTHON, "manage.py", "migrate", "--noinput", "-v", "0"], env, timeout=300)
    run([PYTHON, "manage.py", "load_seed"], env, timeout=120)
    # The seed photo's renditions, as the worker beside `make serve` makes them.
    run([PYTHON, "manage.py", "db_worker", "--batch", "--no-startup-delay", "-v", "0"], env, timeout=300)
    run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v", "0"], env, timeout=300)
    # The static copy is the page exactly as the site renders it, saved before the servers start
    # (whitenoise lists its files once, at start-up).
    html = run([PYTHON, "manage.py", "shell", "-c", (
        "import sys; from django.test import Client; from articles.models import Article; "
        "a = Article.objects.get(source_key='seed-article'); r = Client(HTTP_HOST='127.0.0.1').get(a.get_absolute_url()); "
        "assert r.status_code == 200, r.status_code; print('@@page', a.get_absolute_url()); sys.stdout.write(r.content.decode())"
    )], {**env, "NEWSROOM_PAGE_CACHE_SECONDS": "0"}, timeout=120).stdout
    first, _, body = html[html.index("@@page "):].partition("\n")
    path = first.removeprefix("@@page ").strip()
    target = folder / "static" / STATIC_PATH.removeprefix("/static/")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(body, encoding="utf-8")
    return path, len(body.encode())


def start_server(args, env, port, cache_seconds):
    command = [
        PYTHON, "-m", "gunicorn", "newsroom.wsgi", "--bind", f"127.0.0.1:{port}",
        "--workers", str(args.workers), "--worker-class", args.worker_class,
        "--threads", str(args.worker_threads), "--backlog", "2048", "--log-level", "warning",
    ]
    return subprocess.Popen(
        command, cwd=ROOT, env={**env, "NEWSROOM_PAGE_CACHE_SECONDS": str(cache_seconds)},
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )


def wait_for(url, process, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn stopped: {process.stderr.read()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return response.read()
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"{url} did not answer within {timeout} s")


def stop(process):
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def server_cpu_seconds(process):
    """CPU time used so far by a gunicorn master and its workers, from /proc.

    Other work on a shared machine changes requests/s but not the CPU a request costs, so
    CPU per request gives ratios that hold even when the machine is busy.
    """
    ticks = os.sysconf("SC_CLK_TCK")
    pids = [process.pid]
    try:
        for task in Path(f"/proc/{process.pid}/task").iterdir():
            pids += [int(pid) for pid in (task / "children").read_text().split()]
    except OSError:
        return None
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / ticks


def to_ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def parse_wrk(output):
    """requests/s, p50 and p99 (ms), non-2xx responses and socket errors from wrk --latency output."""
    result = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))}
    for name, label in (("p50", "50%"), ("p99", "99%")):
        value, unit = re.search(rf"^\s+{label}\s+([\d.]+)(us|ms|s)\s*$", output, re.M).groups()
        result[name] = to_ms(value, unit)
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    result["non_2xx"] = int(non_2xx.group(1)) if non_2xx else 0
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    result["socket_errors"] = sum(int(n) for n in errors.groups()) if errors else 0
    result["requests"] = int(re.search(r"(\d+) requests in", output).group(1))
    return result


def wrk(url, *, connections, threads, duration, script=None):
    output = subprocess.run(
        ["wrk", "--latency", "-t", str(min(threads, connections)), "-c", str(connections),
         "-d", f"{duration}s", "--timeout", "10s", *(["-s", str(script)] if script else []), url],
        capture_output=True, text=True, check=True, timeout=duration + 30,
    ).stdout
    return parse_wrk(output)


def machine():
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(), "system": platform.platform(),
        # Other work on the machine skews every figure: the 1-minute load when the runs ended.
        "load_average": os.getloadavg()[0],
    }


def cache_size(args, env, folder):
    """(entries, bytes) held by the page cache: the Redis database's keys, or the cache folder's files."""
    if env.get("REDIS_URL"):
        import redis

        client = redis.Redis.from_url(args.redis_url)
        keys = list(client.scan_iter(count=1000))
        return len(keys), sum(client.memory_usage(key) or 0 for key in keys)
    files = [path for path in (folder / "cache").rglob("*") if path.is_file()]
    return len(files), sum(path.stat().st_size for path in files)


def tracking_run(args, folder, env):
    """The home page plain, then with random tracking parameters, then plain again, on one server."""
    port = free_port()
    server = start_server(args, env, port, 300)
    scripts = {}
    for name, random_utm in (("plain", "false"), ("random", "true")):
        scripts[name] = folder / f"{name}.lua"
        scripts[name].write_text(REQUEST_LUA % random_utm, encoding="utf-8")
    url = f"http://127.0.0.1:{port}/"
    connections = int(args.connections.split(",")[0])
    runs = []

    def measure(name, duration):
        cpu_before = server_cpu_seconds(server)
        result = wrk(url, connections=connections, threads=args.threads, duration=duration, script=scripts[name])
        cpu_after = server_cpu_seconds(server)
        result["cpu_ms"] = (cpu_after - cpu_before) * 1000 / max(result["requests"], 1)
        result["name"] = name
        runs.append(result)
        return result

    try:
        wait_for(url, server)
        wrk(url, connections=connections, threads=args.threads, duration=1)
        measure("plain", args.duration)
        before = cache_size(args, env, folder)
        measure("random", args.tracking_seconds)
        after = cache_size(args, env, folder)
        measure("plain", args.duration)
    finally:
        stop(server)
    print(f"Home page, {connections} connections, {args.workers} {args.worker_class} workers, "
          f"cache: {'Redis' if env.get('REDIS_URL') else 'files'}")
    for result in runs:
        label = "random utm_*" if result["name"] == "random" else "plain (cached)"
        print(f"  {label:>15}: {result['rps']:>8,.0f} req/s, p50 {result['p50']:.2f} ms, p99 {result['p99']:.2f} ms, "
              f"{result['requests']:,} requests, non-2xx {result['non_2xx']}, socket errors {result['socket_errors']}, "
              f"server CPU {result['cpu_ms']:.3f} ms/request")
    plain = [r for r in runs if r["name"] == "plain"]
    random_run = runs[1]
    plain_rps = statistics.mean(r["rps"] for r in plain)
    plain_cpu = statistics.mean(r["cpu_ms"] for r in plain)
    print(f"  random ÷ plain (the plain runs' mean): {random_run['rps'] / plain_rps:.2f} in requests/s, "
          f"{plain_cpu / random_run['cpu_ms']:.2f} in server CPU per request (target ≥ 0.8)")
    print(f"  cache before the random run: {before[0]:,} entries, {before[1] / 1024:,.0f} KiB; "
          f"after {args.tracking_seconds} s of it: {after[0]:,} entries, {after[1] / 1024:,.0f} KiB")
    print(f"  1-minute load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")


def main(argv=None):
    args = parse_args(argv)
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (Debian: apt-get install wrk)")
    folder = RESULTS / f"http-{args.database}"
    env = site_environment(args, folder)
    print(f"Building the {args.database} site under {folder.relative_to(ROOT)} …", flush=True)
    path, size = build_site(args, folder, env)
    if args.tracking:
        return tracking_run(args, folder, env)
    ports = {"cached": free_port(), "uncached": free_port()}
    servers = {
        "cached": start_server(args, env, ports["cached"], 300),
        "uncached": start_server(args, env, ports["uncached"], 0),
    }
    urls = {
        "cached": f"http://127.0.0.1:{ports['cached']}{path}",
        "uncached": f"http://127.0.0.1:{ports['uncached']}{path}",
        "static": f"http://127.0.0.1:{ports['cached']}{STATIC_PATH}",
    }
    runs = []
    try:
        for kind, url in urls.items():
            wait_for(url, servers["cached" if kind != "uncached" else "uncached"])
        print(f"Seed story page {path}: {size:,} bytes. {args.workers} {args.worker_class} workers, wrk -t{args.threads}, "
              f"{args.duration} s a run.", flush=True)
        print(f"{'connections':>11} {'round':>5} {'kind':>9} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'non-2xx':>8} "
              f"{'sock err':>8} {'cpu ms/req':>10}")
        for connections in [int(c) for c in args.connections.split(",")]:
            for round_number in range(1, args.rounds + 1):
                for kind in ("cached", "uncached", "static"):
                    # A warm-up so each run starts from a filled cache and open files.
                    wrk(urls[kind], connections=connections, threads=args.threads, duration=1)
                    server = servers["uncached" if kind == "uncached" else "cached"]
                    cpu_before = server_cpu_seconds(server)
                    result = wrk(urls[kind], connections=connections, threads=args.threads, duration=args.duration)
                    cpu_after = server_cpu_seconds(server)
                    result["cpu_ms"] = (
                        (cpu_after - cpu_before) * 1000 / result["requests"]
                        if cpu_before is not None and cpu_after is not None and result["requests"] else None
                    )
                    result.update(kind=kind, connections=connections, round=round_number)
                    runs.append(result)
                    print(f"{connections:>11} {round_number:>5} {kind:>9} {result['rps']:>9.0f} {result['p50']:>8.2f} "
                          f"{result['p99']:>8.2f} {result['non_2xx']:>8} {result['socket_errors']:>8} "
                          f"{result['cpu_ms'] or 0:>10.3f}", flush=True)
    finally:
        for process in servers.values():
            stop(process)

    summary = summarise(runs)
    report = {
        "when": time.strftime("%Y-%m-%d %H:%M:%S %z"), "database": args.database,
        "cache": "redis" if env.get("REDIS_URL") else "files",
        "machine": machine(), "page": path, "page_bytes": size,
        "gunicorn": {"workers": args.workers, "worker_class": args.worker_class, "threads": args.worker_threads},
        "wrk": {"threads": args.threads, "duration": args.duration, "rounds": args.rounds},
        "runs": runs, "summary": summary,
    }
    out = folder / "http-bench.json"
    out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print_summary(summary)
    print(f"Machine: {report['machine']['cpu']}, {report['machine']['cores']} cores, "
          f"load average {report['machine']['load_average']:.2f} at the end.")
    print(f"Written to {out.relative_to(ROOT)}")
    failures = [r for r in runs if r["non_2xx"] or r["socket_errors"]]
    if failures:
        raise SystemExit(f"{len(failures)} run(s) had non-2xx responses or socket errors")


def summarise(runs):
    summary = {}
    for connections in sorted({r["connections"] for r in runs}):
        medians = {}
        for kind in ("cached", "uncached", "static"):
            mine = [r for r in runs if r["connections"] == connections and r["kind"] == kind]
            medians[kind] = {
                "rps": statistics.median(r["rps"] for r in mine),
                "p50": statistics.median(r["p50"] for r in mine),
                "p99": statistics.median(r["p99"] for r in mine),
                "non_2xx": sum(r["non_2xx"] for r in mine),
                "socket_errors": sum(r["socket_errors"] for r in mine),
                "cpu_ms": statistics.median(r["cpu_ms"] for r in mine) if all(r["cpu_ms"] for r in mine) else None,
            }
        static = medians["static"]["rps"]
        cpu = {kind: medians[kind]["cpu_ms"] for kind in medians}
        summary[str(connections)] = {
            **medians,
            "cached_to_static": medians["cached"]["rps"] / static,
            "uncached_to_static": medians["uncached"]["rps"] / static,
            "uncached_to_reference": medians["uncached"]["rps"] / REFERENCE_RPS,
            "cached_to_uncached": medians["cached"]["rps"] / medians["uncached"]["rps"],
            # Capacity ratios from server CPU per request: steady when other work shares the machine.
            "cpu_cached_to_static": cpu["static"] / cpu["cached"] if all(cpu.values()) else None,
            "cpu_uncached_to_static": cpu["static"] / cpu["uncached"] if all(cpu.values()) else None,
        }
    return summary


def print_summary(summary):
    print("\nMedians and ratios (targets: cached ≥ 0.7 × static; uncached ≥ 3 × 180 req/s):")
    for connections, row in summary.items():
        print(
            f"  {connections:>3} connections: cached {row['cached']['rps']:,.0f} req/s, "
            f"uncached {row['uncached']['rps']:,.0f}, static {row['static']['rps']:,.0f}; "
            f"cached/static {row['cached_to_static']:.2f}, uncached/static {row['uncached_to_static']:.3f}, "
            f"uncached/180 {row['uncached_to_reference']:.1f}x"
        )
        if row["cpu_cached_to_static"]:
            print(
                f"      server CPU per request: cached {row['cached']['cpu_ms']:.2f} ms, uncached "
                f"{row['uncached']['cpu_ms']:.2f} ms, static {row['static']['cpu_ms']:.2f} ms; capacity ratios "
                f"cached/static {row['cpu_cached_to_static']:.2f}, uncached/static {row['cpu_uncached_to_static']:.3f}"
            )


if __name__ == "__main__":
    main()
