"""Time until the change form of a 200-block story is interactive, in headless Debian Chromium.

Usage:
    python bench/editor_load.py [--blocks 200] [--runs 5]

Builds a throw-away SQLite database with one story of --blocks blocks (paragraphs with a quote in
every tenth, a subhead every twentieth, a photo and a related story), serves it with Django's
development server (DEBUG on, static files from the apps) and loads the story's change form
--runs times in /usr/bin/chromium with Playwright, signed in as a superuser. For each load it
prints the milliseconds from navigation start to:
- DOMContentLoaded;
- the body's document editor ready (the ``story-editor-ready`` performance mark the editor sets
  once its document is built and editable), which is when the form is interactive;
- the load event.
Then the median of each. A measurement, not a test: nothing is asserted.
"""

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build_story(blocks):
    """The story, its author and a session for them; returns (change path, session key)."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.urls import reverse

    call_command("migrate", verbosity=0)
    from articles.models import Article, Block, Image, Quote, Section
    from articles.tests.browser import signed_in_session_key
    from people.models import Person

    user = get_user_model().objects.create_superuser("bench", "bench@example.com", "a-long-bench-password")
    section = Section.objects.create(name="Bench", slug="bench")
    story = Article.objects.create(headline="A long story", slug="a-long-story", section=section)
    other = Article.objects.create(headline="Another story", slug="another-story", section=section)
    speaker = Person.objects.create(name="Sam Speaker", slug="sam-speaker")
    image = Image.objects.create(caption="A photo", alt_text="A photo")
    rows = []
    for n in range(1, blocks + 1):
        if n == 5:
            rows.append(Block(article=story, position=n, kind="image", image=image))
        elif n == 9:
            rows.append(Block(article=story, position=n, kind="related", link_article=other, link_title="More"))
        elif n % 20 == 0:
            rows.append(Block(article=story, position=n, kind="subhead", text=f"Part {n // 20}"))
        else:
            rows.append(Block(article=story, position=n, kind="paragraph",
                              text=f"Paragraph {n}: “Words said here, plainly,” a speaker told reporters on the day."))
    Block.objects.bulk_create(rows)
    Quote.objects.bulk_create([
        Quote(article=story, block=block, position=block.position, text="Words said here, plainly", speaker=speaker)
        for block in Block.objects.filter(article=story, kind="paragraph") if block.position % 10 == 1
    ])
    return reverse("admin:articles_article_change", args=[story.pk]), signed_in_session_key(user)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blocks", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        sys.exit(f"{CHROMIUM} is missing: apt-get install chromium")

    sys.path.insert(0, str(ROOT))
    workdir = Path(tempfile.mkdtemp(prefix="newsroom-editor-bench-"))
    env = {
        **os.environ, "DJANGO_SETTINGS_MODULE": "newsroom.settings", "DJANGO_DEBUG": "1",
        "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}", "DJANGO_MEDIA_ROOT": str(workdir / "media"),
        "NEWSROOM_PAGE_CACHE_SECONDS": "0",
    }
    os.environ.update(env)
    path, session_key = build_story(args.blocks)

    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--nothreading"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        from playwright.sync_api import sync_playwright

        from articles.tests.browser import CHROMIUM_ARGS

        url = f"http://127.0.0.1:{port}{path}"
        figures = {"DOMContentLoaded": [], "editor ready": [], "load": []}
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            context.add_cookies([{"name": "sessionid", "value": session_key, "url": url}])
            page = context.new_page()
            page.goto(url)  # a first load warms the server and the browser's cache of static files
            page.wait_for_selector(".story-editor[data-ready='true']")
            for run in range(1, args.runs + 1):
                page.goto(url, wait_until="load")
                page.wait_for_selector(".story-editor[data-ready='true']")
                timing = page.evaluate("""() => {
                    const nav = performance.getEntriesByType('navigation')[0];
                    const ready = performance.getEntriesByName('story-editor-ready')[0];
                    return {dom: nav.domContentLoadedEventEnd, ready: ready ? ready.startTime : null, load: nav.loadEventEnd};
                }""")
                figures["DOMContentLoaded"].append(timing["dom"])
                figures["editor ready"].append(timing["ready"])
                figures["load"].append(timing["load"])
                print(f"run {run}: DOMContentLoaded {timing['dom']:.0f} ms, editor ready {timing['ready']:.0f} ms, "
                      f"load {timing['load']:.0f} ms")
            browser.close()
        print(f"{args.blocks}-block story, median of {args.runs}: " + ", ".join(
            f"{name} {statistics.median(values):.0f} ms" for name, values in figures.items()
        ))
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
