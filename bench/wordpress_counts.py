"""Check `import_wordpress` against a WXR file's own counts, on a fresh SQLite database.

    python bench/wordpress_counts.py EXPORT.xml [more.xml ...]

Counts each file independently of the importer (ElementTree path queries over the parsed XML:
posts by status, pages, other post types, attachments, authors, categories, tags), imports it
with ``--json`` into a throwaway database, and prints both side by side with a verdict per
line. Meant for WordPress's own importer test exports (fetch them; never commit them).
"""

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from defusedxml.ElementTree import parse

ROOT = Path(__file__).resolve().parent.parent
PHOTO_EXTENSIONS = ("jpg", "jpeg", "png", "gif", "webp")


def count_file(path):
    root = parse(path, forbid_dtd=True).getroot()
    wp = next(
        e.tag[1:].split("}")[0] for e in root.iter()
        if isinstance(e.tag, str) and "wordpress.org/export/" in e.tag and "/excerpt/" not in e.tag
    )
    ns = {"wp": wp}
    items = root.findall("./channel/item")
    types = Counter((i.findtext("wp:post_type", "", ns) or "").strip() for i in items)
    posts = [i for i in items if (i.findtext("wp:post_type", "", ns) or "").strip() == "post"]
    statuses = Counter((i.findtext("wp:status", "", ns) or "").strip() for i in posts)
    attachments = [i for i in items if (i.findtext("wp:post_type", "", ns) or "").strip() == "attachment"]
    photos = sum(
        1 for i in attachments
        if (i.findtext("wp:attachment_url", "", ns) or i.findtext("guid", "")).strip().lower().endswith(PHOTO_EXTENSIONS)
    )
    categories = {c.findtext("wp:category_nicename", "", ns).strip() for c in root.findall("./channel/wp:category", ns)}
    categories |= {c.get("nicename") for i in items for c in i.findall("category") if c.get("domain") == "category"}
    tags = {t.findtext("wp:tag_name", "", ns).strip() for t in root.findall("./channel/wp:tag", ns)}
    tags |= {(c.text or "").strip() for i in items for c in i.findall("category") if c.get("domain") == "post_tag"}
    wanted = {"publish", "draft", "pending", "future", "private"}
    return {
        "posts imported": sum(n for s, n in statuses.items() if s in wanted),
        "posts skipped (other statuses)": sum(n for s, n in statuses.items() if s not in wanted),
        "pages skipped": types["page"],
        "other post types skipped": sum(n for t, n in types.items() if t not in ("post", "page", "attachment")),
        "photos": photos,
        "attachments skipped (not photos)": len(attachments) - photos,
        "authors": len(root.findall("./channel/wp:author", ns)),
        "categories": len(categories),
        "tags": len(tags),
    }


def import_counts(path, folder):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{folder / 'counts.sqlite3'}", "DJANGO_DEBUG": "0",
           "DJANGO_SECRET_KEY": "bench-key", "DJANGO_MEDIA_ROOT": str(folder / "media")}
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run(manage + ["migrate", "-v0"], env=env, check=True)
    result = subprocess.run(manage + ["import_wordpress", str(path), "--json"], env=env, capture_output=True, text=True)
    if not result.stdout.strip():
        return None, result.stderr.strip().splitlines()[-1]
    report = json.loads(result.stdout)
    counts = report["counts"]
    skipped = Counter(entry["type"] for entry in report["skipped"])
    return {
        "posts imported": counts.get("posts created", 0) + counts.get("posts updated", 0),
        "posts skipped (other statuses)": skipped["post"],
        "pages skipped": skipped["page"],
        "other post types skipped": sum(n for t, n in skipped.items() if t not in ("post", "page", "attachment")),
        "photos": counts.get("photos", 0) + counts.get("photos awaiting their file", 0),
        "attachments skipped (not photos)": skipped["attachment"],
        "authors": counts.get("authors", 0),
        "categories": counts.get("categories", 0),
        "tags": counts.get("tags in the export", 0),
    }, f"{len(report['failed'])} failed, {len(report['skipped'])} skipped items reported, exit {result.returncode}"


def main():
    for name in sys.argv[1:]:
        path = Path(name)
        print(f"== {path.name}")
        try:
            expected = count_file(path)
        except Exception as exc:  # noqa: BLE001 - the file itself is broken: say so and go on
            expected = None
            print(f"   the file does not parse as XML ({type(exc).__name__}); the importer must refuse it")
        with tempfile.TemporaryDirectory() as folder:
            found, summary = import_counts(path, Path(folder))
        if found is None:
            print(f"   importer: {summary}")
            continue
        for key, value in (expected or {}).items():
            verdict = "ok" if found[key] == value else "MISMATCH"
            print(f"   {key:34} file {value:5}  import {found[key]:5}  {verdict}")
        print(f"   {summary}")


if __name__ == "__main__":
    main()
