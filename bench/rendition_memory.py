"""Peak memory and time of the worker making one photo's renditions, on the largest upload allowed.

    python bench/rendition_memory.py [--side 8900] [--formats png jpeg]

Writes a side × side photo (8900 × 8900 = 79 million pixels, under the 80 million limit) in
each format to a temporary media folder, then, in a fresh process per format, does what the
background worker does for it (``articles.renditions.make_all_renditions``: five widths in
WebP and JPEG and three crops) and prints the process's resident memory before, its peak,
and the time taken; twice, to show that the second photo costs no more than the first.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_photo(folder, side, fmt):
    from PIL import Image

    # Noise over a gradient: a photo's entropy, so the file is as big as a real one and the decoder works as hard.
    noise = Image.effect_noise((side, side), 40)
    gradient = Image.linear_gradient("L").resize((side, side))
    photo = Image.merge("RGB", (noise, gradient, gradient.transpose(Image.Transpose.ROTATE_90)))
    name = f"images/bench/huge.{'jpg' if fmt == 'jpeg' else fmt}"
    (folder / name).parent.mkdir(parents=True, exist_ok=True)
    photo.save(folder / name, format=fmt.upper(), **({"quality": 90} if fmt == "jpeg" else {"compress_level": 1}))
    return name


def status_mb(field):
    # /proc rather than getrusage(): ru_maxrss survives exec, so it would count the parent's memory.
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith(field)) / 1024


def measure(name):
    """In this process: set Django up, then make the renditions and report."""
    import django

    django.setup()
    from articles.renditions import make_all_renditions

    before = status_mb("VmRSS")
    for run in (1, 2):
        start = time.perf_counter()
        size, _ = make_all_renditions(name)
        elapsed = time.perf_counter() - start
        print(f"{name}, run {run}: {size[0]}x{size[1]}, resident before {before:.0f} MB, "
              f"peak {status_mb('VmHWM'):.0f} MB, after {status_mb('VmRSS'):.0f} MB, {elapsed:.1f} s")
        # The second run makes the same set again from scratch: memory must not grow from one photo to the next.
        shutil.rmtree(Path(os.environ["DJANGO_MEDIA_ROOT"]) / "renditions")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--side", type=int, default=8900)
    parser.add_argument("--formats", nargs="+", default=["png", "jpeg"])
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure)
        return
    with tempfile.TemporaryDirectory() as tmp:
        media = Path(tmp)
        env = {**os.environ, "DJANGO_DEBUG": "1", "DJANGO_MEDIA_ROOT": str(media),
               "DJANGO_SETTINGS_MODULE": "newsroom.settings"}
        for fmt in args.formats:
            name = write_photo(media, args.side, fmt)
            print(f"{fmt}: {(media / name).stat().st_size / 1e6:.1f} MB file")
            subprocess.run([sys.executable, __file__, "--measure", name], cwd=ROOT, env=env, check=True)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
