from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Stories"

    def ready(self):
        # Every content write, from any path, starts a new page-cache generation and
        # runs the CDN purge hook: the one place for that is articles/invalidation.py.
        # A story or section whose address changes leaves redirects, and a moved section takes
        # its subsections along, whatever saved it: articles/redirecting.py.
        # Every saved photo gets its renditions made in the background (articles/renditions.py).
        # Putting a colleague in a role group makes them staff: articles/staffing.py.
        from . import invalidation, redirecting, renditions, staffing

        invalidation.connect_signals()
        redirecting.connect_signals()
        renditions.connect_signals()
        staffing.connect_signals()
