from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Stories"

    def ready(self):
        # Every content write, from any path, starts a new page-cache generation and
        # runs the CDN purge hook: the one place for that is articles/invalidation.py.
        from . import invalidation

        invalidation.connect_signals()
