import json

from django.contrib.auth import get_user_model
from django.core.management import BaseCommand, CommandError

from articles.importing import ArticleImportError
from articles.wordpress.importing import WordPressImport
from articles.wordpress.wxr import read_export


class Command(BaseCommand):
    help = (
        "Import a WordPress WXR export (1.0–1.2): authors as people, categories as sections, tags, "
        "posts as stories with their status, attachments as photos, old permalinks as redirects. "
        "Each post is saved in its own transaction; importing the same export again updates it. "
        "Exits non-zero when any item failed; the rest is imported."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", metavar="EXPORT.xml", help="The WXR file exported from WordPress (Tools › Export).")
        parser.add_argument("--media-dir", metavar="DIR",
                            help="A copy of the site's wp-content/uploads folder; photos are copied from it.")
        parser.add_argument("--section-root", metavar="PATH",
                            help="Slug or path of an existing section to nest the categories under.")
        parser.add_argument("--user", help="User name the import is recorded under, in each story's history and log.")
        parser.add_argument("--create-users", action="store_true",
                            help="Give each author a user account (without a password) linked to their person.")
        parser.add_argument("--dry-run", action="store_true", help="Read and report everything; save nothing.")
        parser.add_argument("--json", action="store_true", help="Print the report as JSON on stdout.")

    def handle(self, *args, path, media_dir, section_root, user, create_users, dry_run, json: bool, **options):
        acting = self.find_user(user)
        try:
            export = read_export(path)
            run = WordPressImport(
                export, media_dir=media_dir, section_root=section_root, user=acting,
                create_users=create_users, dry_run=dry_run, progress=self.show_progress,
            )
        except ArticleImportError as exc:
            raise CommandError(str(exc)) from exc
        report = run.run()
        if json:
            self.stdout.write(dumps(report, export, dry_run=dry_run))
        else:
            self.write_report(report, export, dry_run=dry_run)
        if report.failed:
            raise CommandError(f"{path}: {len(report.failed)} item(s) failed; the rest was imported")

    def find_user(self, name):
        if not name:
            return None
        model = get_user_model()
        found = model.objects.filter(**{model.USERNAME_FIELD: name}).first()
        if found is None:
            raise CommandError(f"no user named “{name}”")
        return found

    def show_progress(self, done, total, item):
        if done == total or done % 50 == 0:
            self.stderr.write(f"{done}/{total} items", ending="\n")

    def write_report(self, report, export, *, dry_run):
        heading = f"WordPress {export.version} export of {export.base_url or 'an unnamed site'}"
        self.stdout.write(heading + (" (dry run: nothing saved)" if dry_run else ""))
        for what, n in report.counts.items():
            self.stdout.write(f"  {what}: {n}")
        for entry in report.skipped:
            self.stdout.write(f"skipped {entry['type']} {entry['id']} “{entry['title']}”: {entry['reason']}")
        for entry in report.notes:
            self.stdout.write(self.style.WARNING(f"note: item {entry['id']}: {entry['note']}"))
        for entry in report.failed:
            self.stderr.write(self.style.ERROR(f"failed {entry['type']} {entry['id']} “{entry['title']}”: {entry['reason']}"))


def dumps(report, export, *, dry_run):
    return json.dumps(
        {"file": str(export.path), "version": export.version, "site": export.base_url, "dry_run": dry_run,
         **report.to_dict()},
        ensure_ascii=False, indent=2,
    )
