"""Turn public article-extraction benchmark pages into the pastes an editor would make.

Usage:
    python bench/build_paste_corpus.py [--scrapinghub REPO] [--readability REPO]
                                       [--out bench/pastes] [--limit N] [--timeout S]

REPO is a checkout of github.com/scrapinghub/article-extraction-benchmark or
github.com/mozilla/readability: a plain ``git clone`` or a bare mirror (read through
``git show``). Each page is rendered in Chromium (/usr/bin/chromium, through Playwright) with
JavaScript off and every request except the local file aborted, and gives three files under
OUT/<corpus>/ (git-ignored: third-party text never enters the repository):

* ``<id>.region.txt``: the story region as an editor selects it, from the headline to the end
  of the story's last sentence: a DOM Range over those nodes, put in the window's selection
  and read with ``Selection.toString()``, which is the plain text a copy gives;
* ``<id>.page.txt``: the whole page, ``document.body.innerText`` (what Ctrl+A, Ctrl+C gives);
* ``<id>.truth.json``: the headline (the page's visible text of it), the story's paragraphs
  (from the benchmark's ground truth) and how the region was located.

How the region is located: the visible text nodes of the page are read in document order as
a stream of lowercased word tokens. The region starts at the first occurrence of the first
eight words of the story's first paragraph (the next paragraph is tried when a paragraph is not
found) and ends at the last occurrence, after the start, of the last eight words of the story's
last paragraph (earlier paragraphs are tried likewise). The headline is the visible heading
(h1-h3, ``[itemprop=headline]``, or an element whose class names a title or headline) whose
words best match the page's own title (``og:title``, ``twitter:title``, ``<title>``, and for
Readability pages the expected metadata title); when it stands before the story start the
region starts at it. Pages whose story or headline cannot be found are reported and saved
without a region file (or with a null headline); a page that shows no text at all without
JavaScript gets no page file either.

Pages are rendered one at a time in one browser, each bounded by --timeout seconds; a page
that fails is reported on stderr and the run goes on. The exit status is 1 when any page failed.
"""

import argparse
import gzip
import json
import re
import subprocess
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"

LOCATE_JS = r"""
({paragraphs, titles}) => {
  const WORD = /[\p{L}\p{N}]+/gu;
  const words = (s) => (s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(WORD) || []);
  const seen = new Map();
  const visible = (el) => {
    if (!seen.has(el)) {
      seen.set(el, el.checkVisibility({visibilityProperty: true}) && el.getClientRects().length > 0);
    }
    return seen.get(el);
  };
  const tokens = [], owners = [], ends = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || ['SCRIPT', 'STYLE', 'TEMPLATE', 'TEXTAREA'].includes(el.tagName) || !visible(el)) continue;
    for (const w of words(node.data)) { tokens.push(w); owners.push(node); }
  }
  const stream = ' ' + tokens.join(' ') + ' ';
  const starts = [];
  for (let i = 0, pos = 1; i < tokens.length; i++) { starts.push(pos); pos += tokens[i].length + 1; }
  const tokenAt = (offset) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= offset) lo = mid; else hi = mid - 1; }
    return lo;
  };
  const find = (seq, last, after) => {
    if (!seq.length) return -1;
    const needle = ' ' + seq.join(' ') + ' ';
    const at = last ? stream.lastIndexOf(needle) : stream.indexOf(needle, after);
    if (at < 0 || (last && at < after)) return -1;
    return tokenAt(at + 1);
  };
  let first = -1, firstPara = -1;
  for (let p = 0; p < paragraphs.length && first < 0; p++) {
    const w = words(paragraphs[p]);
    for (const n of [8, 4]) { if (first < 0 && w.length >= Math.min(n, 2)) first = find(w.slice(0, n), false, 0); }
    if (first >= 0) firstPara = p;
  }
  let last = -1, lastPara = -1;
  for (let p = paragraphs.length - 1; p >= 0 && last < 0 && first >= 0; p--) {
    const w = words(paragraphs[p]);
    for (const n of [8, 4]) {
      if (last < 0 && w.length >= Math.min(n, 2)) {
        const seq = w.slice(-n);
        const at = find(seq, true, starts[first]);
        if (at >= 0) last = at + seq.length - 1;
      }
    }
    if (last >= 0) lastPara = p;
  }

  const titleWords = titles.map((t) => new Set(words(t))).filter((s) => s.size);
  let headline = null, headlineScore = 0;
  const candidates = document.querySelectorAll(
    'h1, h2, h3, [itemprop=headline], [class*=headline i], [class*=title i]');
  for (const el of candidates) {
    if (!visible(el)) continue;
    const w = words(el.innerText || '');
    if (!w.length || w.length > 40) continue;
    const mine = new Set(w);
    let best = 0;
    for (const ref of titleWords) {
      let shared = 0;
      for (const x of mine) if (ref.has(x)) shared++;
      // the visible heading often drops the title's " | Site name" tail, so weigh its own words most
      const score = shared / mine.size * 0.7 + shared / ref.size * 0.3;
      if (score > best) best = score;
    }
    if (el.tagName === 'H1') best += 0.05;
    if (best > headlineScore) { headline = el; headlineScore = best; }
  }
  if (headlineScore < 0.6) headline = null;

  let region = null, startsAtHeadline = false;
  if (first >= 0 && last >= first) {
    const range = document.createRange();
    const startNode = owners[first], endNode = owners[last];
    if (headline && (headline.compareDocumentPosition(startNode) & Node.DOCUMENT_POSITION_FOLLOWING)
        && !headline.contains(startNode)) {
      range.setStartBefore(headline);
      startsAtHeadline = true;
    } else {
      range.setStart(startNode, 0);
    }
    range.setEnd(endNode, endNode.length);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    region = selection.toString();
    selection.removeAllRanges();
  }
  return {
    page: document.body ? document.body.innerText : '',
    region,
    headline: headline ? headline.innerText.replace(/\s+/g, ' ').trim() : null,
    headline_score: Math.round(headlineScore * 1000) / 1000,
    starts_at_headline: startsAtHeadline,
    first_paragraph: firstPara,
    last_paragraph: lastPara,
    paragraphs: paragraphs.length,
  };
}
"""

TITLES_JS = r"""
() => {
  const meta = (sel) => { const m = document.querySelector(sel); return m ? m.getAttribute('content') || '' : ''; };
  return [meta('meta[property="og:title"]'), meta('meta[name="twitter:title"]'), document.title || '']
    .filter((t) => t.trim());
}
"""


class Repository:
    """Files of a benchmark repository, from a working tree or a bare git directory."""

    def __init__(self, path):
        self.path = Path(path)
        self.bare = not (self.path / ".git").exists() and (self.path / "objects").is_dir()
        if not self.bare and not self.path.is_dir():
            raise SystemExit(f"{path}: not a directory")

    def list(self, folder):
        if not self.bare:
            base = self.path / folder
            return sorted(str(p.relative_to(self.path)) for p in base.rglob("*") if p.is_file())
        out = subprocess.run(["git", "--git-dir", str(self.path), "ls-tree", "-r", "--name-only", "HEAD",
                              *([folder] if folder else [])], check=True, capture_output=True, text=True).stdout
        return sorted(out.split("\n")[:-1])

    def read(self, name):
        if not self.bare:
            return (self.path / name).read_bytes()
        return subprocess.run(["git", "--git-dir", str(self.path), "show", f"HEAD:{name}"],
                              check=True, capture_output=True).stdout


def split_paragraphs(text):
    """Non-empty lines of a ground-truth body, whitespace collapsed."""
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def scrapinghub_pages(repo):
    """(id, html bytes, paragraphs callable, extra titles) for every page with ground truth."""
    truth = json.loads(repo.read("ground-truth.json"))
    for name in repo.list("html"):
        key = Path(name).name.split(".")[0]
        if key not in truth:
            continue
        data = repo.read(name)
        if name.endswith(".gz"):
            data = gzip.decompress(data)
        body = truth[key]["articleBody"]
        yield key[:16], data, (lambda page, body=body: split_paragraphs(body)), []


def readability_pages(repo):
    """Each test page's source, its expected text (rendered like the page) and metadata title."""
    names = set(repo.list("test/test-pages"))
    for folder in sorted({str(Path(n).parent) for n in names}):
        if f"{folder}/source.html" not in names or f"{folder}/expected.html" not in names:
            continue
        meta = {}
        if f"{folder}/expected-metadata.json" in names:
            meta = json.loads(repo.read(f"{folder}/expected-metadata.json"))
        titles = [meta["title"]] if meta.get("title") else []
        expected = repo.read(f"{folder}/expected.html").decode("utf-8", "replace")

        def paragraphs(page, expected=expected):
            page.set_content(expected, wait_until="domcontentloaded")
            return split_paragraphs(page.evaluate("() => document.body ? document.body.innerText : ''"))

        yield Path(folder).name, repo.read(f"{folder}/source.html"), paragraphs, titles


class _AnnotatedText(HTMLParser):
    """The text blocks of an annotated L3S-GN1 page, each as (label, text) runs.

    The assessors' labels are spans with the classes ``x-nc-sel1`` (headline), ``x-nc-sel2``
    (full text), ``x-nc-sel3`` (supplemental: captions, datelines), ``x-nc-sel4`` (related
    content) and ``x-nc-sel5`` (comments); text the page never shows is marked ``x-nc-invisible``.
    """

    BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "td", "tr", "table",
              "blockquote", "pre", "dd", "dt", "section", "article", "form", "hr"}
    SKIPPED = {"script", "style", "noscript", "title", "head"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.current, self.labels, self.skipping = [], [], [], 0

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if tag in self.BLOCKS:
            self.flush()
        if tag in self.VOID:
            return  # (no end tag follows: nothing inside it to skip or label)
        if tag in self.SKIPPED or "x-nc-invisible" in classes:
            self.skipping += 1
            self.labels.append(("skip", tag))
        elif tag == "span":
            label = next((c[len("x-nc-sel"):] for c in classes if c.startswith("x-nc-sel")), None)
            self.labels.append((label, tag))

    def handle_endtag(self, tag):
        if tag in self.BLOCKS:
            self.flush()
        # close the innermost open span (or skipped element) of this tag
        for index in range(len(self.labels) - 1, -1, -1):
            if self.labels[index][1] == tag:
                if self.labels[index][0] == "skip":
                    self.skipping -= 1
                del self.labels[index:]
                break

    def handle_data(self, data):
        if self.skipping or not data.strip():
            return
        label = next((lab for lab, _ in reversed(self.labels) if lab not in (None, "skip")), "0")
        self.current.append((label, data))

    def flush(self):
        if self.current:
            self.blocks.append(self.current)
        self.current = []

    def close(self):
        super().close()
        self.flush()


def l3s_truth(annotated):
    """(headline, paragraphs) of an annotated L3S-GN1 page: the headline's and the full text's blocks."""
    reader = _AnnotatedText()
    reader.feed(annotated)
    reader.close()
    headline, paragraphs = [], []
    for block in reader.blocks:
        story = " ".join(" ".join(text.split()) for label, text in block if label == "2")
        title = " ".join(" ".join(text.split()) for label, text in block if label == "1")
        if title:
            headline.append(title)
        if story.strip():
            paragraphs.append(story.strip())
    return (" ".join(headline) or None), paragraphs


def l3s_pages(repo):
    """The L3S-GN1 news pages (original HTML) with the assessors' headline and full text."""
    names = repo.list("")
    originals = {Path(n).name: n for n in names if Path(n).parent.name == "original" and n.endswith(".html")}
    for name in names:
        if Path(name).parent.name != "annotated" or Path(name).name not in originals:
            continue
        headline, paragraphs = l3s_truth(repo.read(name).decode("utf-8", "replace"))
        key = Path(name).stem[:16]
        yield key, repo.read(originals[Path(name).name]), (lambda page, p=paragraphs: p), [headline] if headline else []


def block_network(route):
    if route.request.url.startswith(("file:", "data:")):
        route.continue_()
    else:
        route.abort()


_HEAD_RE = re.compile(rb"<head(?:\s[^>]*)?>", re.IGNORECASE)


def with_utf8_declared(html):
    """A page whose bytes read as UTF-8 declared so, as its server's header would have.

    Benchmark sets keep a page's bytes but not the HTTP header that named their encoding; a
    page in UTF-8 with no declaration of its own (or an older, wrong one) would otherwise be
    read as Windows-1252 ("â€™" for "’").
    """
    if html.isascii():
        return html
    try:
        html.decode("utf-8")
    except UnicodeDecodeError:
        return html
    meta = b'<meta charset="utf-8">'
    head = _HEAD_RE.search(html, 0, 8192)
    return html[:head.end()] + meta + html[head.end():] if head else meta + html


def render_page(context, html, paragraphs_of, titles, *, timeout):
    """Render one page and return its pastes and truth, or raise on failure."""
    page = context.new_page()
    page.set_default_timeout(timeout * 1000)
    page.route("**/*", block_network)
    try:
        paragraphs = paragraphs_of(page)
        if not paragraphs:
            raise ValueError("the ground truth holds no text")
        with tempfile.NamedTemporaryFile(suffix=".html") as source:
            source.write(with_utf8_declared(html))
            source.flush()
            page.goto(Path(source.name).as_uri(), wait_until="load")
            titles = titles + page.evaluate(TITLES_JS)
            found = page.evaluate(LOCATE_JS, {"paragraphs": paragraphs, "titles": titles})
    finally:
        page.close()
    found["paragraphs"] = paragraphs
    return found


def save_page(out, key, found):
    """Write the pastes and truth of one page; return a one-line status."""
    for variant in ("page", "region"):
        paste_file = out / f"{key}.{variant}.txt"
        if found[variant] and found[variant].strip():
            paste_file.write_text(found[variant], encoding="utf-8")
        elif paste_file.exists():
            paste_file.unlink()
    truth = {
        "headline": found["headline"],
        "paragraphs": found["paragraphs"],
        "region": {
            "located": bool(found["region"]),
            "starts_at_headline": found["starts_at_headline"],
            "first_paragraph": found["first_paragraph"],
            "last_paragraph": found["last_paragraph"],
            "headline_score": found["headline_score"],
        },
    }
    (out / f"{key}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    notes = []
    if not found["page"].strip():
        notes.append("the page shows no text with JavaScript off: no page paste")
    if not found["region"]:
        notes.append("story not located: no region paste")
    if not found["headline"]:
        notes.append("headline not found")
    return "; ".join(notes)


def build_corpus(sources, out, *, limit, timeout):
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    counts = {"pages": 0, "failed": 0, "no_text": 0, "no_region": 0, "no_headline": 0}
    started = time.perf_counter()
    with sync_playwright() as playwright:
        browser = None
        for corpus, pages in sources:
            folder = out / corpus
            folder.mkdir(parents=True, exist_ok=True)
            for index, (key, html, paragraphs_of, titles) in enumerate(pages):
                if limit is not None and index >= limit:
                    break
                if browser is None or not browser.is_connected():
                    browser = playwright.chromium.launch(executable_path=CHROMIUM)
                    context = browser.new_context(java_script_enabled=False,
                                                  viewport={"width": 1280, "height": 900})
                counts["pages"] += 1
                tick = time.perf_counter()
                try:
                    found = render_page(context, html, paragraphs_of, titles, timeout=timeout)
                except (PlaywrightError, ValueError, OSError) as error:
                    counts["failed"] += 1
                    first_line = str(error).strip().split("\n")[0][:160]
                    print(f"{corpus}/{key}: failed: {type(error).__name__}: {first_line}", file=sys.stderr)
                    browser.close()
                    browser = None
                    continue
                note = save_page(folder, key, found)
                counts["no_text"] += not found["page"].strip()
                counts["no_region"] += not found["region"]
                counts["no_headline"] += not found["headline"]
                took = time.perf_counter() - tick
                print(f"{corpus}/{key}: {took:.1f}s" + (f" ({note})" if note else ""), file=sys.stderr)
        if browser is not None:
            browser.close()
    counts["seconds"] = round(time.perf_counter() - started, 1)
    return counts


def main(argv=None):
    parser = argparse.ArgumentParser(description="Render benchmark pages into region and whole-page pastes.")
    parser.add_argument("--scrapinghub", metavar="REPO", help="scrapinghub/article-extraction-benchmark checkout")
    parser.add_argument("--readability", metavar="REPO", help="mozilla/readability checkout")
    parser.add_argument("--l3s", metavar="REPO", help="a checkout holding the L3S-GN1 news set (annotated/, original/)")
    parser.add_argument("--out", default=str(ROOT / "bench" / "pastes"), help="corpus folder (git-ignored)")
    parser.add_argument("--limit", type=int, help="at most N pages from each repository")
    parser.add_argument("--timeout", type=float, default=30, help="seconds allowed per page (default 30)")
    args = parser.parse_args(argv)
    if not (args.scrapinghub or args.readability or args.l3s):
        parser.error("give --scrapinghub, --readability and/or --l3s")

    sources = []
    if args.scrapinghub:
        sources.append(("scrapinghub", scrapinghub_pages(Repository(args.scrapinghub))))
    if args.readability:
        sources.append(("readability", readability_pages(Repository(args.readability))))
    if args.l3s:
        sources.append(("l3s", l3s_pages(Repository(args.l3s))))
    counts = build_corpus(sources, Path(args.out), limit=args.limit, timeout=args.timeout)
    print(f"{counts['pages']} pages in {counts['seconds']}s: {counts['failed']} failed, "
          f"{counts['no_text']} without visible text, "
          f"{counts['no_region']} without a located story region, {counts['no_headline']} without a headline; "
          f"written under {args.out}")
    return 1 if counts["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
