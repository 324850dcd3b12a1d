"""The editing side, declared: stories with their body, quotes and notes; images; sections.

Each module registers its admins with ``@admin.register``; what an action *does* (publish,
unpublish, record a version, move the update time, renumber parts, refuse a stale save) lives in
``articles/publishing.py``, shared with the importer and every other entry point.

- ``articles.py``: the story list and form, the publishing actions, deleting (``ArticleAdmin``);
- ``versions.py``: the story's history page, comparing and restoring versions;
- ``inlines.py``: the parts edited inside the story form (bylines, body, quotes, mentions, notes);
- ``forms.py``: the story form (with the version the editor opened) and the body block form;
- ``parts.py``: quotes, mentions, blocks and notes on their own pages;
- ``library.py``: images and sections;
- ``scoping.py``: which rows a form's foreign keys offer and accept, per user and story;
- ``editor_api.py``: what the body's document editor asks while writing (stories, addresses, photos).

Roles are in ``articles/roles.py``; the whole workflow is described in ``docs/workflow.md``.
"""

from .articles import ArticleAdmin
from .forms import FIELDS_BY_KIND
from .library import ImageAdmin, SectionAdmin
from .parts import BlockAdmin, MentionAdmin, NoteAdmin, QuoteAdmin

__all__ = [
    "FIELDS_BY_KIND", "ArticleAdmin", "BlockAdmin", "ImageAdmin", "MentionAdmin", "NoteAdmin", "QuoteAdmin",
    "SectionAdmin",
]
