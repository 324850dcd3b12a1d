import time

from django.core.management import BaseCommand, CommandError

from articles.archive import build_archive


class Command(BaseCommand):
    help = (
        "Add a synthetic archive of stories (sections, people, quotes, photos, related links) "
        "to the database, for measuring the site at scale. Deterministic for a given --seed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--stories", type=int, default=100_000, help="How many stories to add (100,000 by default).")
        parser.add_argument("--seed", type=int, default=6, help="Random seed; the same seed builds the same archive.")
        parser.add_argument("--batch-size", type=int, default=1000, help="Stories written per transaction.")

    def handle(self, *args, stories, seed, batch_size, **options):
        if stories < 1 or batch_size < 1:
            raise CommandError("--stories and --batch-size must be at least 1")
        started = time.monotonic()
        show = options["verbosity"] > 0

        def progress(done, total):
            if not show:
                return
            width = 30
            filled = width * done // total
            elapsed = time.monotonic() - started
            self.stderr.write(
                f"\r[{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,} stories  {elapsed:5.1f} s",
                ending="",
            )
            self.stderr.flush()

        written = build_archive(stories, seed=seed, batch_size=batch_size, progress=progress)
        if show:
            self.stderr.write("")
        self.stdout.write(self.style.SUCCESS(
            f"Added {written:,} stories in {time.monotonic() - started:.1f} s."
        ))
