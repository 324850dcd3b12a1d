"""Moving a site over from WordPress: its WXR export read, mapped and written as stories.

``wxr``        the export file read safely (defusedxml) into plain dataclasses
``content``    a post's HTML (classic or block editor) turned into ordered body blocks
``importing``  authors, categories, tags, attachments and posts written as rows, one post per transaction

``manage.py import_wordpress`` is the command; docs/wordpress.md describes the mapping.
"""
