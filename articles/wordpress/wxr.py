"""A WordPress WXR export (1.0, 1.1, 1.2) read into dataclasses; no Django models here.

The file is parsed with defusedxml and no DTD at all is accepted, so entity expansion
("billion laughs"), external entities and DTD tricks are refused before any data is read.
Elements are matched by namespace URI, not by prefix: a file that binds ``wp:`` to some other
URI, or mixes two export versions, is refused rather than half-read.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from articles.importing import ArticleImportError, read_regular_file

# A WXR file of a large site is a few hundred megabytes; anything larger is not one export.
MAX_EXPORT_BYTES = 1024 * 1024 * 1024
EXPORT_NAMESPACE = re.compile(r"^https?://wordpress\.org/export/(?P<version>1\.[0-2])/$")
CONTENT = "http://purl.org/rss/1.0/modules/content/"
DC = "http://purl.org/dc/elements/1.1/"


class ExportError(ArticleImportError):
    """The file is not a WordPress export we can read safely; the message names the file."""


@dataclass
class Author:
    login: str
    display_name: str
    email: str = ""
    first_name: str = ""
    last_name: str = ""

    @property
    def name(self):
        full = f"{self.first_name} {self.last_name}".strip()
        return self.display_name.strip() or full or self.login


@dataclass
class Term:
    slug: str
    name: str
    parent: str = ""  # the parent category's slug


@dataclass
class Item:
    """One ``<item>``: a post, a page, an attachment or any other post type."""

    post_id: str
    post_type: str
    status: str
    title: str = ""
    link: str = ""
    guid: str = ""
    content: str = ""
    excerpt: str = ""
    creator: str = ""
    post_date: str = ""
    post_date_gmt: str = ""
    post_name: str = ""
    parent_id: str = ""
    attachment_url: str = ""
    categories: list = field(default_factory=list)  # Term, in the order the post lists them
    tags: list = field(default_factory=list)  # tag names
    comment_count: int = 0  # approved comments
    meta: dict = field(default_factory=dict)  # postmeta key → value (the first of each key)


@dataclass
class Export:
    path: Path
    version: str
    base_url: str
    authors: list = field(default_factory=list)
    categories: list = field(default_factory=list)
    tags: list = field(default_factory=list)
    items: list = field(default_factory=list)


def read_export(path):
    """The export at path as an Export, or ExportError naming the file and what is wrong with it."""
    path = Path(path)
    data = read_regular_file(path, max_bytes=MAX_EXPORT_BYTES)
    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise ExportError(
            f"{path}: refused: the file declares a DTD, entities or external references ({type(exc).__name__}); "
            "a WordPress export has none, and expanding them could exhaust memory or read local files"
        ) from None
    except ParseError as exc:
        raise ExportError(f"{path}: not well-formed XML ({exc})") from None
    return read_root(root, path)


def find_namespace(root, path):
    """The export's ``wp`` namespace URI and version; refuses none, or two versions mixed."""
    found = {}
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if re.match(r"\{https?://wordpress\.org/export/", tag):
            uri = tag[1:].split("}", 1)[0]
            match = EXPORT_NAMESPACE.match(uri)
            if match:
                found[uri] = match.group("version")
            elif not re.match(r"^https?://wordpress\.org/export/1\.[0-2]/excerpt/$", uri):
                raise ExportError(f"{path}: refused: unknown WordPress export namespace {uri}")
    if not found:
        raise ExportError(f"{path}: not a WordPress export: no element in the http://wordpress.org/export/1.x/ namespace")
    if len(found) > 1:
        raise ExportError(f"{path}: refused: the file mixes export namespaces {', '.join(sorted(found))}")
    return next(iter(found.items()))


def read_root(root, path):
    if root.tag != "rss" or root.find("channel") is None:
        raise ExportError(f"{path}: not a WordPress export: the root is <{root.tag}>, not <rss> with a <channel>")
    uri, version = find_namespace(root, path)
    wp = f"{{{uri}}}"
    excerpt = f"{{{uri}excerpt/}}"
    channel = root.find("channel")
    declared = text_of(channel, f"{wp}wxr_version")
    if declared and declared != version:
        raise ExportError(f"{path}: refused: wxr_version {declared} does not match the namespace of version {version}")
    export = Export(
        path=path, version=version,
        # The blog's own address: one WordPress (a network, WordPress.com) hosts many blogs.
        base_url=(
            text_of(channel, f"{wp}base_blog_url") or text_of(channel, f"{wp}base_site_url") or text_of(channel, "link")
        ).rstrip("/"),
    )
    for node in channel.findall(f"{wp}author"):
        export.authors.append(Author(
            login=text_of(node, f"{wp}author_login"), display_name=text_of(node, f"{wp}author_display_name"),
            email=text_of(node, f"{wp}author_email"), first_name=text_of(node, f"{wp}author_first_name"),
            last_name=text_of(node, f"{wp}author_last_name"),
        ))
    for node in channel.findall(f"{wp}category"):
        export.categories.append(Term(
            slug=text_of(node, f"{wp}category_nicename"), name=text_of(node, f"{wp}cat_name"),
            parent=text_of(node, f"{wp}category_parent"),
        ))
    for node in channel.findall(f"{wp}tag"):
        export.tags.append(Term(slug=text_of(node, f"{wp}tag_slug"), name=text_of(node, f"{wp}tag_name")))
    for node in channel.findall("item"):
        export.items.append(read_item(node, wp, excerpt))
    return export


def read_item(node, wp, excerpt):
    item = Item(
        post_id=text_of(node, f"{wp}post_id"), post_type=text_of(node, f"{wp}post_type") or "post",
        status=text_of(node, f"{wp}status"), title=text_of(node, "title"), link=text_of(node, "link"),
        guid=text_of(node, "guid"), content=text_of(node, f"{{{CONTENT}}}encoded"),
        excerpt=text_of(node, f"{excerpt}encoded"), creator=text_of(node, f"{{{DC}}}creator"),
        post_date=text_of(node, f"{wp}post_date"), post_date_gmt=text_of(node, f"{wp}post_date_gmt"),
        post_name=text_of(node, f"{wp}post_name"), parent_id=text_of(node, f"{wp}post_parent"),
        attachment_url=text_of(node, f"{wp}attachment_url"),
    )
    for category in node.findall("category"):
        domain, nicename = category.get("domain", ""), category.get("nicename", "")
        name = (category.text or "").strip()
        if domain == "category":
            item.categories.append(Term(slug=nicename, name=name))
        elif domain == "post_tag":
            item.tags.append(name or nicename)
    for meta in node.findall(f"{wp}postmeta"):
        item.meta.setdefault(text_of(meta, f"{wp}meta_key"), text_of(meta, f"{wp}meta_value", strip=False))
    item.comment_count = sum(
        1 for comment in node.findall(f"{wp}comment")
        if text_of(comment, f"{wp}comment_approved") == "1"
        and text_of(comment, f"{wp}comment_type") in ("", "comment")
    )
    return item


def text_of(node, tag, *, strip=True):
    child = node.find(tag)
    text = "" if child is None or child.text is None else child.text
    return text.strip() if strip else text
