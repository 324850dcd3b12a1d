"""Front pages editors choose: the home page and each section's page have slots, a lead and top stories in order.

- ``models``: ``FrontPage`` (one per page, the home page has no section) and ``FrontPageSlot``
  (a story, its position, the time it drops out);
- ``arranging``: the one place that changes a page's slots and records each change.

What readers see of a page is ``Article.objects.on_front_page(section)``: the slots' stories
that are public now (``published()``, the one rule for it) and not past their drop-out time,
then the rest of the page newest first without them (``articles/views.py``). The page cache
knows when the next slot drops out through ``ArticleQuerySet.next_public_change()``. Editors
arrange pages on the desk and from a story (``articles/admin/front_pages.py``).
"""
