from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Stories"

    def ready(self):
        # Every content write, from any path, starts a new page-cache generation and
        # runs the CDN purge hook: the one place for that is articles/invalidation.py.
        # A story or section whose address changes leaves redirects, and a moved section takes
        # its subsections along, whatever saved it: articles/redirecting.py.
        from . import invalidation, redirecting, renditions

        invalidation.connect_signals()
        redirecting.connect_signals()
        # Every saved photo gets its renditions made in the background (articles/renditions.py).
        renditions.connect_signals()
