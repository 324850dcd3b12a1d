"""Time `manage.py import_wordpress` over a generated WXR export on a fresh SQLite database.

    python bench/wordpress_bench.py [--posts 1000] [--keep]

Writes a WXR 1.2 file of N posts (classic and block-editor content with quotes, subheads,
lists and images, nested categories, tags, a few authors and attachments) to a temporary
folder, migrates a fresh SQLite file, imports it in one command and prints the wall time, the
rate and the CPU time the command used (the wall time on a machine shared with other work
grows with its load; the CPU time does not); with --rerun it imports it again (every post updated).
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
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
GIVEN = ["Ana", "Ben", "Chloe", "Dmitri", "Esra", "Femi", "Grace", "Hugo", "Ines", "Jonas"]
FAMILY = ["Alvarez", "Brooks", "Chen", "Dubois", "Eze", "Fischer", "Gomez", "Hansen", "Ito", "Jensen"]
PLACES = ["the harbour", "the council", "the school board", "the river district", "the old mill"]


def cdata(text):
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def post_content(rng, n):
    speaker = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
    place = rng.choice(PLACES)
    paragraphs = [
        f"{speaker}, a spokesperson for {place}, said the plan would take {rng.randint(2, 9)} years.",
        f"“We have waited long enough for this,” {speaker.split()[1]} said on Tuesday.",
        f"The cost is estimated at {rng.randint(1, 90)} million, according to a report published in {2000 + n % 25}.",
    ]
    image = f"https://example.org/wp-content/uploads/2020/01/photo-{n % 20}.jpg"
    if n % 2:
        return "\n\n".join(paragraphs[:2]) + f"\n<h2>What comes next</h2>\n{paragraphs[2]}\n\n" + (
            f'[caption id="attachment_{9000 + n % 20}"]<img class="wp-image-{9000 + n % 20}" src="{image}" alt="A view"> '
            f"The site in spring | {rng.choice(GIVEN)} {rng.choice(FAMILY)}/Wire[/caption]\n\n"
            "<ul><li>First point</li><li>Second point</li></ul>"
        )
    blocks = [f"<!-- wp:paragraph -->\n<p>{escape(p)}</p>\n<!-- /wp:paragraph -->" for p in paragraphs]
    blocks.insert(2, '<!-- wp:heading -->\n<h2 class="wp-block-heading">What comes next</h2>\n<!-- /wp:heading -->')
    blocks.append(
        f'<!-- wp:image {{"id":{9000 + n % 20}}} -->\n<figure class="wp-block-image"><img src="{image}" alt="A view" '
        f'class="wp-image-{9000 + n % 20}"/><figcaption>The site in spring</figcaption></figure>\n<!-- /wp:image -->'
    )
    return "\n\n".join(blocks)


def write_export(path, posts, seed=11):
    rng = random.Random(seed)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Bench</title><link>https://example.org</link>',
        "<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://example.org</wp:base_site_url>",
        "<wp:base_blog_url>https://example.org</wp:base_blog_url>",
    ]
    for a in range(5):
        out.append(f"<wp:author><wp:author_login>writer{a}</wp:author_login><wp:author_display_name>"
                   f"{cdata(f'{GIVEN[a]} {FAMILY[a]}')}</wp:author_display_name></wp:author>")
    for c in range(10):
        parent = f"desk-{c // 5}" if c >= 2 else ""
        slug = f"desk-{c}"
        out.append(f"<wp:category><wp:category_nicename>{slug}</wp:category_nicename><wp:category_parent>{parent}"
                   f"</wp:category_parent><wp:cat_name>{cdata(f'Desk {c}')}</wp:cat_name></wp:category>")
    for a in range(20):
        url = f"https://example.org/wp-content/uploads/2020/01/photo-{a}.jpg"
        out.append(f"<item><title>Photo {a}</title><link>https://example.org/photo-{a}/</link>"
                   f"<guid isPermaLink=\"false\">{url}</guid><excerpt:encoded>{cdata(f'Scene number {a}')}</excerpt:encoded>"
                   f"<wp:post_id>{9000 + a}</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>"
                   f"<wp:attachment_url>{url}</wp:attachment_url></item>")
    statuses = ["publish"] * 7 + ["draft", "pending", "private"]
    for n in range(posts):
        date = f"20{10 + n % 14:02d}-{1 + n % 12:02d}-{1 + n % 28:02d} 10:{n % 60:02d}:00"
        tags = "".join(f'<category domain="post_tag" nicename="tag-{t}">{cdata(f"Tag {t}")}</category>'
                       for t in rng.sample(range(30), 3))
        out.append(
            f"<item><title>{cdata(f'Story number {n} about the plan')}</title>"
            f"<link>https://example.org/{date[:4]}/story-{n}/</link><guid isPermaLink=\"false\">https://example.org/?p={n + 1}</guid>"
            f"<dc:creator>writer{n % 5}</dc:creator><content:encoded>{cdata(post_content(rng, n))}</content:encoded>"
            f"<excerpt:encoded>{cdata(f'The plan, explained ({n}).')}</excerpt:encoded>"
            f"<wp:post_id>{n + 1}</wp:post_id><wp:post_date>{date}</wp:post_date><wp:post_date_gmt>{date}</wp:post_date_gmt>"
            f"<wp:post_name>story-{n}</wp:post_name><wp:status>{statuses[n % len(statuses)]}</wp:status>"
            f"<wp:post_type>post</wp:post_type>"
            f'<category domain="category" nicename="desk-{n % 10}">{cdata(f"Desk {n % 10}")}</category>{tags}'
            "<wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_approved>1</wp:comment_approved>"
            "<wp:comment_type>comment</wp:comment_type></wp:comment></item>"
        )
    out.append("</channel></rss>")
    path.write_text("\n".join(out), encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--keep", action="store_true", help="Keep the temporary folder and print its path.")
    parser.add_argument("--rerun", action="store_true", help="Import the same file a second time (every post updated).")
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="wordpress-bench-"))
    export = folder / "export.xml"
    write_export(export, options.posts)
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{folder / 'bench.sqlite3'}",
           "DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": "bench-key", "DJANGO_MEDIA_ROOT": str(folder / "media")}
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run(manage + ["migrate", "-v0"], env=env, check=True)
    for run in ("first import", "re-import") if options.rerun else ("first import",):
        started = time.perf_counter()
        cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        result = subprocess.run(manage + ["import_wordpress", str(export), "--json"], env=env, capture_output=True, text=True)
        elapsed = time.perf_counter() - started
        cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
        if result.returncode:
            print(result.stderr[-2000:], file=sys.stderr)
            raise SystemExit(f"{run} failed")
        print(f"{run}: {options.posts:,} posts in {elapsed:.1f} s ({options.posts / elapsed:.0f} posts/s), "
              f"{cpu:.1f} s of CPU, load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
              f"{export.stat().st_size / 1e6:.1f} MB export, SQLite")
    if options.keep:
        print(f"kept {folder}")


if __name__ == "__main__":
    main()
