"""Whole-page cache for readers, exactly invalidated: site infrastructure, not an app.

Anonymous GET and HEAD requests for public pages are answered from the shared cache (a
folder of files shared by the machine's processes by default, Redis across machines).

- ``middleware``: the request path (hit, miss, store), before sessions and authentication;
- ``keys``: a page's key (the release, the address, the parameters its view declares);
- ``http``: which requests and responses may be shared; the stored :class:`~.http.Page`;
- ``generation``: the record every committed write replaces, and its one hook into the
  content, ``ArticleQuerySet.next_public_change()``;
- ``stores``: the record's cheapest exact read on each backend;
- ``filecache``: Django's file cache without compression, the default backend;
- ``outage``: rendering uncached while the cache does not answer, and what is owed to it.

What calls in: ``articles.invalidation`` calls ``generation.replace_generation()`` after each
committed content write.
"""
