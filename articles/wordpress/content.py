"""A post's HTML, classic or block editor, turned into ordered body blocks; no Django models here.

WordPress stores classic posts with paragraphs separated by blank lines (its ``wpautop`` adds
the ``<p>`` tags when a page is shown) and block-editor posts as HTML between
``<!-- wp:… -->`` comments. Both are read by one walk over the HTML (the standard library's
``html.parser``): text outside any block element is split into paragraphs on blank lines, as
``wpautop`` does; block elements start their own block. Only text is kept: tags, scripts,
styles and other markup never reach a block.

- ``<p>``, ``<div>``, ``<pre>`` and text between blank lines → paragraphs;
- ``<h1>``–``<h6>`` → subheads; each list item → a paragraph;
- ``<img>`` (in a ``<figure>`` or the ``[caption]`` shortcode, with its caption) → an image,
  which names the attachment by its ``wp-image-N`` class or its address;
- ``<blockquote>`` → a pull quote, its ``<cite>`` the speaker;
- embeds (block-editor embed figures, ``[embed]``, a link alone on its line, ``<iframe>``) →
  related links to their address; other embedded media, scripts, forms and tables are dropped,
  each with a note for the report.
"""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlsplit

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
PARAGRAPHS = {"p", "div", "pre", "li", "dd", "dt", "address", "section", "article", "header", "footer", "main", "aside"}
CONTAINERS = {"ul", "ol", "dl", "details", "summary", "center"}
# Elements whose content is never story text.
DROPPED = {"script", "style", "noscript", "template", "form", "select", "textarea", "button", "object",
           "video", "audio", "canvas", "svg", "math", "table", "map", "head", "title"}
# Dropped elements that stand between paragraphs (others, like a script, may sit inside one).
BLOCK_DROPPED = {"form", "object", "video", "audio", "table", "canvas"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
SHORTCODE = re.compile(r"\[(?P<close>/?)(?P<name>[a-z][a-z0-9_-]*)(?P<attrs>(?:\s[^\]]*)?)\]")
# WordPress's own media shortcodes: dropped with a note; any other shortcode keeps its inner text.
MEDIA_SHORTCODES = {"gallery", "audio", "video", "playlist"}
BARE_URL = re.compile(r"^https?://\S+$")
IMAGE_ID = re.compile(r"\bwp-image-(\d+)\b")


@dataclass
class ContentBlock:
    kind: str  # paragraph, subhead, image, related or pullquote
    text: str = ""  # paragraph/subhead text, an image's caption, a related link's title, a pull quote's words
    attachment_id: str = ""  # an image's attachment, from its wp-image-N class
    src: str = ""  # an image's address
    alt: str = ""
    url: str = ""  # a related link's address
    cite: str = ""  # a pull quote's speaker


@dataclass
class Content:
    blocks: list = field(default_factory=list)
    notes: list = field(default_factory=list)  # what was dropped, for the report


def squash(text):
    return " ".join(text.split())


def web_url(value):
    value = (value or "").strip()
    parts = urlsplit(value)
    return value if parts.scheme in ("http", "https") and parts.netloc and len(value) <= 500 else ""


def expand_shortcodes(html, notes):
    """Shortcodes as HTML the walk understands: captions as figures, embeds as links, media dropped."""
    html = re.sub(
        r"\[(?:wp_)?caption(?P<attrs>[^\]]*)\](?P<inner>.*?)\[/(?:wp_)?caption\]",
        lambda m: caption_figure(m.group("attrs"), m.group("inner")), html, flags=re.DOTALL,
    )
    html = re.sub(
        r"\[embed[^\]]*\](?P<url>.*?)\[/embed\]",
        lambda m: f'\n\n<figure class="wp-block-embed">{m.group("url")}</figure>\n\n', html, flags=re.DOTALL,
    )

    def replace(match):
        name = match.group("name")
        if name in MEDIA_SHORTCODES:
            if not match.group("close"):
                notes.append(f"dropped a [{name}] shortcode")
            return ""
        # Any other shortcode: the brackets go, enclosed text stays; "[sic]" or "[1]" in prose
        # has no attributes and no closing tag, so only forms with either are treated as shortcodes.
        if match.group("close") or "=" in match.group("attrs") or f"[/{name}]" in html:
            return ""
        return match.group(0)

    html = re.sub(r"\[(?P<close>/?)(?P<name>(?:gallery|audio|video|playlist))\b[^\]]*\].*?\[/(?P=name)\]",
                  lambda m: (notes.append(f"dropped a [{m.group('name')}] shortcode") or ""), html, flags=re.DOTALL)
    return SHORTCODE.sub(replace, html)


def caption_figure(attrs, inner):
    # The caption is the text after the image; older exports put it in a caption="…" attribute.
    text = re.sub(r"<a\b[^>]*>\s*(<img\b[^>]*>)\s*</a>", r"\1", inner.strip(), flags=re.DOTALL)
    image = re.search(r"<img\b[^>]*>", text)
    caption = text[image.end():] if image else text
    if not caption.strip():
        attribute = re.search(r'caption="([^"]*)"', attrs)
        caption = attribute.group(1) if attribute else ""
    return f"\n\n<figure>{image.group(0) if image else ''}<figcaption>{caption}</figcaption></figure>\n\n"


class BodyWalker(HTMLParser):
    """Collects blocks in reading order while walking the HTML once."""

    def __init__(self, notes):
        super().__init__(convert_charrefs=True)
        self.blocks, self.notes = [], notes
        self.kind, self.parts = None, []  # the text block being collected
        self.dropping = []  # open elements whose content is dropped
        self.figure = None  # the image or embed being collected
        self.quote = None  # the blockquote being collected: its words and its cite
        self.in_cite = self.in_caption = False

    # Text blocks.

    def flush(self):
        text = squash("".join(self.parts))
        kind, self.kind, self.parts = self.kind, None, []
        if not text:
            return
        if self.quote is not None:
            self.quote["words"].append(text)
        elif kind in (None, "paragraph") and BARE_URL.match(text) and web_url(text):
            # A link alone on its line is an oEmbed in WordPress: an embedded post or video.
            self.blocks.append(ContentBlock("related", text=text, url=text))
        else:
            self.blocks.append(ContentBlock(kind or "paragraph", text=text))

    def start_block(self, kind):
        self.flush()
        self.kind = kind

    # The parser's callbacks.

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        if self.dropping:
            if tag not in VOID:
                self.dropping.append(tag)
            return
        if tag in DROPPED:
            if tag in BLOCK_DROPPED:
                self.flush()
            self.notes.append(f"dropped a <{tag}> element")
            self.dropping.append(tag)
            return
        if tag == "figure":
            self.flush()
            classes = attrs.get("class", "")
            self.figure = {"embed": "wp-block-embed" in classes, "images": [], "caption": [], "text": []}
        elif tag == "figcaption":
            self.in_caption = True
        elif tag == "img":
            self.add_image(attrs)
        elif tag == "iframe" or tag == "embed":
            url = web_url(attrs.get("src"))
            self.flush()
            if url:
                self.blocks.append(ContentBlock("related", text=attrs.get("title") or url, url=url))
            else:
                self.notes.append(f"dropped an <{tag}> without a web address")
            if tag == "iframe":
                self.dropping.append(tag)
        elif tag == "blockquote":
            self.flush()
            self.quote = {"words": [], "cite": []}
        elif tag == "cite" and self.quote is not None:
            self.flush()
            self.in_cite = True
        elif tag in HEADINGS:
            self.start_block("subhead")
        elif tag in PARAGRAPHS:
            self.start_block("paragraph")
        elif tag in CONTAINERS or tag == "hr":
            self.flush()
        elif tag == "br":
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if self.dropping:
            if tag in self.dropping:
                while self.dropping and self.dropping.pop() != tag:
                    pass
            return
        if tag == "figcaption":
            self.in_caption = False
        elif tag == "figure" and self.figure is not None:
            self.end_figure()
        elif tag == "cite" and self.in_cite:
            self.in_cite = False
        elif tag == "blockquote" and self.quote is not None:
            self.flush()
            quote, self.quote = self.quote, None
            words = squash(" ".join(quote["words"]))
            cite = squash(" ".join(quote["cite"])).lstrip("—–- ").strip()
            if words:
                self.blocks.append(ContentBlock("pullquote", text=words.strip("“”\" "), cite=cite))
        elif tag in HEADINGS or tag in PARAGRAPHS or tag in CONTAINERS:
            self.flush()

    def handle_data(self, data):
        if self.dropping:
            return
        if self.figure is not None:
            (self.figure["caption"] if self.in_caption else self.figure["text"]).append(data)
        elif self.in_cite:
            self.quote["cite"].append(data)
        elif self.kind is None:
            # Text outside any block element: blank lines separate paragraphs (wpautop).
            pieces = re.split(r"\n\s*\n", data)
            for index, piece in enumerate(pieces):
                if index:
                    self.flush()
                self.parts.append(piece)
        else:
            self.parts.append(data)

    def handle_comment(self, data):
        # Block-editor delimiters: the markup between them carries the content; this only
        # notes blocks whose content is not story text.
        match = re.match(r"\s*wp:(?P<name>[a-z0-9/-]+)\s*(?P<json>\{.*\})?\s*/?\s*$", data, re.DOTALL)
        if match and match.group("name") in ("core-embed/wordpress", "latest-posts", "archives", "calendar", "rss", "search"):
            self.notes.append(f"dropped a wp:{match.group('name')} block")

    # Images and embeds.

    def add_image(self, attrs):
        found = IMAGE_ID.search(attrs.get("class", ""))
        image = ContentBlock(
            "image", attachment_id=found.group(1) if found else "", src=attrs.get("src", "").strip(),
            alt=squash(attrs.get("alt", "")),
        )
        if self.figure is not None:
            self.figure["images"].append(image)
        else:
            # An image in running text stands as a block of its own, where it was.
            self.flush()
            self.blocks.append(image)

    def end_figure(self):
        figure, self.figure = self.figure, None
        caption = squash("".join(figure["caption"]))
        if figure["embed"]:
            url = web_url(squash("".join(figure["text"])))
            if url:
                self.blocks.append(ContentBlock("related", text=caption or url, url=url))
            else:
                self.notes.append("dropped an embed without a web address")
            return
        for image in figure["images"]:
            image.text = caption
            self.blocks.append(image)

    def close(self):
        super().close()
        self.flush()


def read_content(html):
    """The post's content as a Content: its blocks in order and notes on what was dropped."""
    notes = []
    walker = BodyWalker(notes)
    walker.feed(expand_shortcodes(html or "", notes))
    walker.close()
    return Content(blocks=walker.blocks, notes=notes)


def original_size(src):
    """An image address without WordPress's size suffix (``photo-300x200.jpg`` → ``photo.jpg``)."""
    return re.sub(r"-\d+x\d+(\.\w+)$", r"\1", (src or "").split("?", 1)[0])


def plain_text(html):
    """An excerpt or caption as plain text: its paragraphs joined by a space."""
    return " ".join(block.text for block in read_content(html).blocks if block.kind in ("paragraph", "subhead"))
