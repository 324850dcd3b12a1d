"""HTTP benchmark of the API's story detail (the seed story): cached and uncached, under gunicorn.

Usage: python bench/api_bench.py [--database sqlite|postgres] [--duration 8] [--rounds 2]

Builds a throwaway site under bench/results/api-<database>/ (migrated database, the seed story,
collected static files), starts two gunicorn servers with production settings on the loopback,
one with the page cache on and one with it off (NEWSROOM_PAGE_CACHE_SECONDS=0), and runs wrk
against /api/v1/stories/<seed id>/ on each, alternating, round after round. The anonymous
throttle stays on with a rate no benchmark reaches, so its bookkeeping is part of the uncached
cost. Prints requests/s, p50, p99 and the server's CPU time per request (which holds on a
busy machine, where requests/s does not) per run and the medians, and writes them as JSON next to
the site. Only 127.0.0.1 is used; every wrk run is bounded by --duration.
"""

import json
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import http_bench  # noqa: E402  (the page benchmark's server and wrk plumbing)

TARGET_CACHED_RPS = 1000


def build_site(args, folder, env):
    """A fresh site with the seed story; returns the seed story's API path."""
    import shutil

    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    if args.database == "postgres":
        for sql in ("DROP DATABASE IF EXISTS newsroom_bench_http WITH (FORCE)", "CREATE DATABASE newsroom_bench_http"):
            http_bench.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-q", "-c", sql, "postgres"], env, timeout=60)
        http_bench.run(["redis-cli", "-u", args.redis_url, "flushdb"], env, timeout=30)
    http_bench.run([http_bench.PYTHON, "manage.py", "migrate", "--noinput", "-v", "0"], env, timeout=300)
    http_bench.run([http_bench.PYTHON, "manage.py", "load_seed"], env, timeout=120)
    http_bench.run([http_bench.PYTHON, "manage.py", "collectstatic", "--noinput", "-v", "0"], env, timeout=300)
    out = http_bench.run([http_bench.PYTHON, "manage.py", "shell", "-c", (
        "from articles.models import Article; print('@@id', Article.objects.get(source_key='seed-article').pk)"
    )], env, timeout=60).stdout
    story_id = int(out[out.index("@@id "):].split()[1])
    return f"/api/v1/stories/{story_id}/"


def main(argv=None):
    args = http_bench.parse_args(argv)
    folder = http_bench.RESULTS / f"api-{args.database}"
    env = {**http_bench.site_environment(args, folder), "NEWSROOM_API_THROTTLE_RATE": "100000000/s"}
    path = build_site(args, folder, env)
    ports = {"cached": http_bench.free_port(), "uncached": http_bench.free_port()}
    servers = {
        "cached": http_bench.start_server(args, env, ports["cached"], 300),
        "uncached": http_bench.start_server(args, env, ports["uncached"], 0),
    }
    runs = {kind: {} for kind in servers}
    try:
        for kind, server in servers.items():
            body = http_bench.wait_for(f"http://127.0.0.1:{ports[kind]}{path}", server)
            assert json.loads(body)["id"], f"{kind}: not the story's JSON"
        connections = [int(c) for c in args.connections.split(",")]
        for round_number in range(1, args.rounds + 1):
            for count in connections:
                for kind in servers:
                    url = f"http://127.0.0.1:{ports[kind]}{path}"
                    cpu_before = http_bench.server_cpu_seconds(server)
                    result = http_bench.wrk(url, connections=count, threads=args.threads, duration=args.duration)
                    cpu_after = http_bench.server_cpu_seconds(server)
                    result["cpu_ms"] = (
                        (cpu_after - cpu_before) * 1000 / max(result["requests"], 1)
                        if cpu_before is not None and cpu_after is not None else None
                    )
                    runs[kind].setdefault(count, []).append(result)
                    print(f"round {round_number} {kind:9} c={count:<4} {result['rps']:9.0f} req/s  "
                          f"p50 {result['p50']:7.2f} ms  p99 {result['p99']:7.2f} ms  "
                          f"CPU {result['cpu_ms'] or 0:6.2f} ms/req  "
                          f"non-2xx {result['non_2xx']}  errors {result['socket_errors']}", flush=True)
    finally:
        for server in servers.values():
            http_bench.stop(server)

    summary = {"database": args.database, "path": path, "workers": args.workers, "machine": http_bench.machine(),
               "duration": args.duration, "rounds": args.rounds, "medians": {}}
    machine = summary["machine"]
    print(f"\nstory detail {path} ({args.database}, {args.workers} gunicorn workers, "
          f"{machine['cores']} cores, load {machine['load_average']:.1f})")
    for count in connections:
        medians = {kind: statistics.median(r["rps"] for r in runs[kind][count]) for kind in servers}
        cpu = {kind: statistics.median(r["cpu_ms"] or 0 for r in runs[kind][count]) for kind in servers}
        summary["medians"][count] = {**medians, "cpu_ms": cpu}
        verdict = "meets" if medians["cached"] >= TARGET_CACHED_RPS else "below"
        print(f"c={count:<4} cached {medians['cached']:8.0f} req/s ({verdict} the {TARGET_CACHED_RPS}/s target)  "
              f"uncached {medians['uncached']:7.0f} req/s  ratio {medians['cached'] / medians['uncached']:5.1f}x  "
              f"CPU ms/req cached {cpu['cached']:.2f} / uncached {cpu['uncached']:.2f}")
    (folder / "api_bench.json").write_text(json.dumps({"summary": summary, "runs": runs}, indent=2))


if __name__ == "__main__":
    main()
