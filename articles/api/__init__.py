"""The read API at /api/v1/: published stories, sections, people and photos as JSON and IPTC ninjs.

Only what readers may see on the site is here, chosen by the same QuerySet methods the pages use
(``Article.objects.published()``, ``Person.objects.public()``, ``Image.objects.public()``).
docs/api.md describes the resources for the people who build on them.
"""
