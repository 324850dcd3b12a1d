"""Time `manage.py import_article` over many seed-sized stories on a fresh SQLite database.

    python bench/import_bench.py [--stories 1000] [--keep]

Writes N variants of the sample stories (distinct keys, names and numbers shuffled so no two
are identical) to a temporary folder, migrates a fresh SQLite file, imports them all in one
command and prints the wall time, the rate and the command's peak memory. Run it twice with
different --stories to see that memory stays flat with the number of files.
"""

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_stories(folder, count, seed=7):
    sources = [ROOT / "fixtures" / "seed-article.txt"] + sorted((ROOT / "fixtures" / "samples").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    rng = random.Random(seed)
    paths = []
    for n in range(count):
        text = texts[n % len(texts)]
        # Vary numbers so stories differ without changing their structure.
        text = text.replace("2025", str(2000 + rng.randint(0, 25))).replace("42\nComments", f"{rng.randint(0, 900)}\nComments")
        path = folder / f"story-{n:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="newsroom-import-bench-"))
    database = folder / "bench.sqlite3"
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SECRET_KEY": "bench-only-secret-key",
        "DJANGO_DEBUG": "",
        "DJANGO_MEDIA_ROOT": str(folder / "media"),
    }
    python = sys.executable
    subprocess.run([python, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True)
    paths = write_stories(folder, args.stories)

    started = time.perf_counter()
    result = subprocess.run(
        [python, "manage.py", "import_article", "--status", "published", *map(str, paths)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if result.returncode != 0:
        print(result.stderr[-2000:], file=sys.stderr)
        sys.exit(f"import failed with exit code {result.returncode}")
    print(f"imported {args.stories} stories in {elapsed:.1f} s ({args.stories / elapsed:.0f} stories/s), "
          f"peak memory {peak_mb:.0f} MB (SQLite, WAL)")
    if not args.keep:
        import shutil

        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
