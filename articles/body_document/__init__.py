"""The story body as one editor document, to and from the same Block, Quote and Mention rows.

The admin's document editor (static/articles/admin/story-editor.js, on django-prose-editor's
Tiptap/ProseMirror build) edits the body as a ProseMirror document in JSON:

- ``paragraph`` and ``heading`` (a subhead) nodes hold text and carry ``blockId``, the Block
  they came from (none for a new one);
- ``storyBlock`` atoms stand for the blocks the editor does not write as text (photos, related
  stories, pull quotes): each carries its Block's id (none for one inserted in the editor), its
  ``kind`` and the fields its kind declares (``articles.blocks``), under the names of
  ``FIELD_ATTRS``: a photo's ``imageId`` and story ``caption``; a related story's ``linkStoryId``,
  ``linkUrl`` and ``linkTitle``; a pull quote's ``quoteId``, or the ``quoteKey`` of a quote marked
  in the same document and not saved yet;
- a ``quote`` mark on words of a paragraph is a Quote of those exact words, carrying ``quoteId``
  (an existing quote) and its speaker: ``speakerId`` (an existing person) or ``speakerName`` and
  ``speakerRole`` (a new person, created on save with a Mention in this story). ``needsCheck``
  shows that the importer was unsure of the speaker (``Quote.objects.marking_needing_check()``);
  ``confirmed`` is the editor vouching for them, which ``Quote.confirm()`` records on save, as
  choosing another speaker does.

``document_for(article)`` builds the document from the rows; ``read_document(data, ...)`` checks
a posted one (kinds from ``articles.blocks`` and each kind's ``validate``, every id against what
this story holds and the user may choose, as ``articles.admin.scoping`` rules, text limits) and
returns a ``BodyPlan`` or raises ``ValidationError``; ``write_body(plan)`` writes it in a constant
number of queries. The caller saves the story and completes it (``publishing.complete_story``), so the history, the
stale-save check and the numbering are those of every other save.
"""

from .building import document_for
from .reading import read_document
from .schema import ATOM_ATTRS, ATOM_KINDS, FIELD_ATTRS
from .writing import write_body

__all__ = ["ATOM_ATTRS", "ATOM_KINDS", "FIELD_ATTRS", "document_for", "read_document", "write_body"]
