import argparse
import json
import time
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import BaseCommand, CommandError
from django.db import DatabaseError, reset_queries
from django.urls import reverse
from django.utils.text import Truncator

from articles import roles
from articles.importing import (
    ArticleImportError, import_article_file, import_article_json_file, parse_text, people_named, read_article_text,
    resolve_section,
)
from articles.models import Article


class Command(BaseCommand):
    help = (
        "Import stories from plain-text files copied from news pages: paragraphs, subheads, "
        "Related links, captioned photos with credits, quotes with their speakers and the people named. "
        "Each file is one story, saved in its own transaction; re-importing a file updates its story. "
        "With --json, the files are article JSON, as export_article prints it."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH",
                            help="UTF-8 text files, one story each (regular files: links are refused).")
        parser.add_argument("--section", help="Slug or path of the section (default: news, created if missing).")
        parser.add_argument("--headline", help="Headline to use instead of the text's own (one file only).")
        parser.add_argument("--status", choices=["draft", "published"], help="Status for the story (new stories: draft).")
        parser.add_argument("--key", help="Source key of the story (default: the file name's stem; one file only).")
        parser.add_argument("--keep", type=line_numbers, default=(), metavar="N[,N...]",
                            help="Numbers of lines the parser leaves out (as --dry-run -v 2 lists them) to keep "
                                 "in the story where they stood (one file only).")
        parser.add_argument("--leave-out", type=line_numbers, default=(), metavar="N[,N...]",
                            help="First lines' numbers of blocks the parser keeps (as --dry-run -v 2 lists them) "
                                 "to leave out of the story (one file only).")
        parser.add_argument("--headline-line", type=line_number, metavar="N",
                            help="Number of the line to read as the headline, when the parser takes another "
                                 "(as --dry-run -v 2 lists lines and blocks): the story is read from there on "
                                 "(one file only).")
        parser.add_argument("--turn", type=line_numbers, default=(), metavar="N[,N...]",
                            help="First lines' numbers of paragraphs to make subheads, and of subheads to make "
                                 "paragraphs (as --dry-run -v 2 lists them; one file only).")
        parser.add_argument("--not-person", action="append", default=[], metavar="NAME", dest="not_people",
                            help="A name the parser takes for a person that is no one (a place, a team, a product), "
                                 "as --dry-run -v 2 lists people: no person is added or linked for it, and its "
                                 "quotes go to whom they would without it (repeatable; one file only).")
        parser.add_argument("--force", action="store_true", help="Overwrite a story an editor changed since its import; the edited version is kept in its history.")
        parser.add_argument("--user", help="User name the import is recorded under, in each story's history and actions log.")
        parser.add_argument("--dry-run", action="store_true", help="Parse and report; save nothing.")
        parser.add_argument(
            "--json", action="store_true",
            help="The files are article JSON (as export_article prints it) to import; with --dry-run, "
                 "text files whose parse is printed as article JSON on stdout instead.",
        )

    def handle(self, *args, paths, section, headline, status, key, force, dry_run, json: bool, user=None, keep=(),
               leave_out=(), turn=(), headline_line=None, not_people=(), **options):
        # (what an editor keeps, leaves out, turns, names the headline of and says is no one in
        # the parse: see importing.parse_text)
        corrections = {name: value for name, value in (
            ("keep", keep), ("leave_out", leave_out), ("turn", turn), ("headline_line", headline_line),
            ("not_people", not_people)) if value}
        if len(paths) > 1 and (headline or key or corrections):
            raise CommandError("--headline, --key, --keep, --leave-out, --turn, --headline-line and --not-person "
                               "apply to one file; give one PATH with them")
        if corrections and json:
            raise CommandError("--keep, --leave-out, --turn, --headline-line and --not-person apply to text files, "
                               "not to article JSON")
        if dry_run:
            return self.dry_run(paths, as_json=json, listing=options["verbosity"] >= 2, corrections=corrections)
        if section:
            try:
                resolve_section(section)
            except ArticleImportError as exc:
                raise CommandError(str(exc)) from exc
        user = self.find_user(user, status=status)
        progress = Progress(len(paths), self.stderr)
        failures = []
        for path in paths:
            reset_queries()  # with DEBUG on, Django would otherwise keep every query of the run in memory
            try:
                result = (import_article_json_file if json else import_article_file)(
                    path, section=section, headline=headline, status=status, key=key, force=force, user=user,
                    **corrections,
                )
            except ArticleImportError as exc:
                failures.append(str(exc))
                self.stderr.write(self.style.ERROR(f"failed: {exc}"))
            except DatabaseError as exc:
                # The story's transaction was rolled back; the database refusing one file must
                # not cost the rest of the batch.
                failures.append(f"{path}: the database refused the story ({exc.__class__.__name__}: {exc})")
                self.stderr.write(self.style.ERROR(f"failed: {failures[-1]}"))
            else:
                for warning in result.warnings:
                    self.stderr.write(self.style.WARNING(f"warning: {path}: {warning}"))
                self.stdout.write(self.describe(result))
            progress.step(failed=len(failures))
        progress.finish(failed=len(failures))
        if failures:
            done = len(paths) - len(failures)
            raise CommandError(
                f"{len(failures)} of {len(paths)} file(s) failed ({done} imported):\n  " + "\n  ".join(failures)
            )

    def find_user(self, name, *, status):
        if not name:
            return None
        user = get_user_model().objects.filter(**{get_user_model().USERNAME_FIELD: name}).first()
        if user is None:
            raise CommandError(f"--user: no user named “{name}”")
        if status == Article.Status.PUBLISHED and not roles.can_publish(user):
            raise CommandError(f"--user: {name} may not publish stories")
        return user

    def describe(self, result):
        article = result.article
        admin_url = settings.NEWSROOM_SITE_URL + reverse("admin:articles_article_change", args=[article.pk])
        verb = "created" if result.created else "updated"
        state = article.display_status.lower()
        return f"{verb} ({state}): {admin_url}  {article.get_absolute_url()}"

    def dry_run(self, paths, *, as_json, listing, corrections):
        failures = []
        self.database_unread = False
        for path in paths:
            try:
                text, warnings = read_article_text(path)
                parsed = parse_text(text, source=path, **corrections)
            except ArticleImportError as exc:
                message = str(exc) if str(exc).startswith(str(path)) else f"{path}: {exc}"
                failures.append(message)
                self.stderr.write(self.style.ERROR(f"failed: {message}"))
                continue
            for warning in warnings:
                self.stderr.write(self.style.WARNING(f"warning: {warning}"))
            if parsed.dek:
                # (the JSON form has no field for it: said beside the output, not in it)
                summary = parsed.dek.replace("\n", " / ")  # a box of key points: a point to a line
                self.stderr.write(f"{path}: the standfirst becomes the story's summary: “{summary}”")
            if parsed.left_out:
                self.stderr.write(
                    f"{path}: {len(parsed.left_out)} line(s) left out as the page's own (menus, adverts, bylines, "
                    "other stories' titles)" + (":" if listing else "; -v 2 lists them"))
                for number, line in parsed.left_out if listing else ():
                    self.stderr.write(f"  {number}: {line}")
            if listing:
                # (the numbers --leave-out and --turn take: each block's first line)
                self.stderr.write(f"{path}: {len(parsed.body)} block(s) kept, by their first line:")
                for block in parsed.body:
                    self.stderr.write(f"  {block.line}: [{block.kind}] {Truncator(block.text).chars(_LISTED_CHARS)}")
                # (the names --not-person takes)
                people = people_named(parsed)
                # (the story's writers and photographers are filed as people too)
                self.stderr.write(f"{path}: {len(people)} people named, writers and photographers among them"
                                  + (":" if people else ""))
                for name in people:
                    self.stderr.write(f"  {name}")
            data = parsed.to_dict()
            if as_json:
                indent = 2 if len(paths) == 1 else None
                self.stdout.write(json_dumps(data, indent=indent))
            else:
                kinds = {}
                for block in data["body"]:
                    kinds[block["type"]] = kinds.get(block["type"], 0) + 1
                comments = data["comment_count"]
                self.stdout.write(
                    f"{path}: would {self.import_verb(Path(path).stem)} “{data['headline'] or '(no headline line)'}”: "
                    + ", ".join(counted(n, _BLOCK_NOUNS.get(k, k)) for k, n in sorted(kinds.items()))
                    + f"; {counted(len(data['quotes']), 'quote')}, "
                    + f"{counted(len(data['people']), 'person', 'people')} in the story, "
                    + ("no comment count" if comments is None else counted(comments, "comment"))
                )
        if failures:
            raise CommandError(f"{len(failures)} of {len(paths)} file(s) could not be parsed")

    def import_verb(self, key):
        """"update" for a story imported before under this key, "create" for a new one; "import"
        when the database cannot be read (a dry run needs it for nothing else)."""
        try:
            return "update" if Article.objects.filter(source_key=key).exists() else "create"
        except DatabaseError as error:
            if not self.database_unread:
                self.database_unread = True
                self.stderr.write(f"the database could not be read ({type(error).__name__}: {error}); "
                                  "this dry run cannot tell new stories from updates")
            return "import"


_LISTED_CHARS = 80


def line_number(value):
    """--headline-line's value: one line number."""
    numbers = line_numbers(value)
    if len(numbers) != 1:
        raise argparse.ArgumentTypeError(f"“{value}”: give one line number")
    return numbers[0]


def line_numbers(value):
    """--keep's, --leave-out's and --turn's value: line numbers separated by commas ("4,7")."""
    try:
        numbers = tuple(int(part) for part in value.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{value}”: give line numbers separated by commas, such as 4,7") from None
    if not numbers or min(numbers) < 1:
        raise argparse.ArgumentTypeError(f"“{value}”: line numbers start at 1")
    return numbers


def json_dumps(data, *, indent):
    return json.dumps(data, ensure_ascii=False, indent=indent)


class Progress:
    """Files done, rate and failures on stderr, at most about once a second."""

    def __init__(self, total, stream):
        self.total, self.stream, self.done = total, stream, 0
        self.started = self.last = time.monotonic()
        self.enabled = total > 1

    def step(self, *, failed):
        self.done += 1
        now = time.monotonic()
        if self.enabled and now - self.last >= 1:
            self.last = now
            self.write(failed)

    def finish(self, *, failed):
        if self.enabled:
            self.write(failed)

    def write(self, failed):
        elapsed = max(time.monotonic() - self.started, 1e-6)
        self.stream.write(
            f"{self.done}/{self.total} files, {self.done / elapsed:.1f} files/s, {failed} failed, {elapsed:.1f}s"
        )


_BLOCK_NOUNS = {"related": "related link"}


def counted(number, noun, plural=None):
    """"1 quote", "3 quotes", "2 people": a count with its noun."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"
