"""The editor document's vocabulary: its node and attribute names for each Block kind, and its limits."""

import re

from people.models import Person

from ..blocks import BLOCK_KINDS
from ..models import Mention

TEXT_KINDS = {"paragraph": "paragraph", "heading": "subhead"}
# The kinds the document carries as boxes rather than as text: photos, related stories, pull quotes.
ATOM_KINDS = tuple(name for name, kind in BLOCK_KINDS.items() if "text" not in kind.fields)
# The document's name for each Block field an atom's kind declares (BlockKind.fields).
FIELD_ATTRS = {
    "image": "imageId", "caption": "caption", "quote": "quoteId",
    "link_title": "linkTitle", "link_article": "linkStoryId", "link_url": "linkUrl",
}
# Every attribute of an atom, as the editor's schema declares them: a kind leaves the others at these.
ATOM_ATTRS = {
    "blockId": None, "kind": "", "label": "", "preview": "", "quoteKey": None,
    **{attr: None if attr.endswith("Id") else "" for attr in FIELD_ATTRS.values()},
}
MAX_BLOCKS = 2000
MAX_TEXT = {"paragraph": 10_000, "subhead": 300, "caption": 2_000}
MAX_SPEAKER_NAME = Person._meta.get_field("name").max_length
MAX_SPEAKER_ROLE = Mention._meta.get_field("role").max_length
QUOTE_KEY = re.compile(r"[A-Za-z0-9_-]{1,40}")
