"""A read WordPress export written as people, sections, photos and stories, one post per transaction.

Each item's row is remembered in ``WordPressRecord`` (the site's base address plus the item's id
there), so importing the same export again updates those rows and never adds a second copy.
Statuses are reached through ``articles.publishing``, as every other entry point does; quotes are
found and attributed by the plain-text parser's own layers; old permalinks are left as redirects
by ``articles.redirecting.leave_redirect``. What cannot be imported is reported, and the rest
goes on.
"""

import re
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import DatabaseError, reset_queries, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify

import reversion
from people.querysets import normalise_name

from .. import history, publishing
from ..encoding import MIS_DECODING_REPAIRED, repair_mis_decoding
from ..importing import (
    ArticleImportError, find_or_create_organization, find_or_create_people, mention_role, one_per_person,
    read_regular_file, related_title, resolve_section, unique_article_slug,
)
from ..models import Article, Block, Byline, Image, Mention, Quote, Section, validate_section_slug
from .. import parsing
from ..parsing import Block as ParsedBlock
from ..parsing.captions import parse_credit, split_caption
from ..parsing.names import looks_like_person_name
from ..querysets import confidence_needs_check
from ..parsing.quotes import quote_text
from ..redirecting import leave_redirect
from ..uploads import clean_image_upload
from .content import original_size, plain_text, read_content
from .records import WordPressRecord

Status = Article.Status
Kind = WordPressRecord.Kind
PHOTO_EXTENSIONS = {"jpg", "jpeg", "png", "gif", "webp"}
STATUSES = {"publish", "draft", "pending", "future", "private"}


class ItemError(ArticleImportError):
    """One item cannot be imported; the message says why."""


@dataclass
class Report:
    counts: dict = field(default_factory=dict)  # "posts created" → n
    skipped: list = field(default_factory=list)  # {"id", "type", "title", "reason"}
    failed: list = field(default_factory=list)
    notes: list = field(default_factory=list)  # {"id", "note"}: dropped content, quotes to review

    def count(self, what, n=1):
        self.counts[what] = self.counts.get(what, 0) + n

    def skip(self, item, reason):
        self.count(f"{item.post_type or 'item'} items skipped")
        self.skipped.append({"id": item.post_id, "type": item.post_type, "title": item.title, "reason": reason})

    def fail(self, item, reason):
        self.failed.append({"id": item.post_id, "type": item.post_type, "title": item.title, "reason": reason})

    def note(self, wordpress_id, text):
        self.notes.append({"id": wordpress_id, "note": text})

    def to_dict(self):
        return {"counts": self.counts, "skipped": self.skipped, "failed": self.failed, "notes": self.notes}


def parse_wordpress_date(value):
    """A WXR date (``YYYY-MM-DD HH:MM:SS``; all zeros when unset) as a naive datetime, or None."""
    try:
        moment = datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return None
    return moment


def path_of(url):
    """The path (and query) of an address, as django.contrib.redirects matches it; "" for the home page."""
    parts = urlsplit(url or "")
    path = parts.path or "/"
    if parts.query:
        path += f"?{parts.query}"
    return "" if path == "/" else path


def slug_of(value, *, fallback):
    return slugify(unquote(value or "")) or slugify(fallback) or "item"


def attribute_quotes(body):
    """(quotes, people) of a body, by the plain-text parser's own layers."""
    quotes, cast = parsing.attribute_quotes(body)
    found = [(words, q.speaker, q.block_index, q.confidence) for q in quotes if (words := quote_text(q, body))]
    return found, cast.ordered_people()


class WordPressImport:
    """One run over an export: ``run()`` returns its Report."""

    def __init__(self, export, *, media_dir=None, section_root=None, user=None, create_users=False,
                 dry_run=False, progress=None):
        self.export, self.site = export, export.base_url
        self.media_dir = Path(media_dir).resolve() if media_dir else None
        self.section_root = resolve_section(section_root) if section_root else None
        self.user, self.create_users, self.dry_run = user, create_users, dry_run
        self.progress = progress or (lambda done, total, item: None)
        self.report = Report()
        self.people, self.sections, self.attachments = {}, {}, {}

    def run(self):
        # Each post is its own transaction; a dry run wraps them all in one that is rolled back.
        with transaction.atomic() if self.dry_run else nullcontext():
            self.import_authors()
            self.import_categories()
            tags = {term.name for term in self.export.tags} | {name for item in self.export.items for name in item.tags}
            self.report.count("tags in the export", len(tags))
            # Photos first, so the posts that show them find them.
            items = sorted(self.export.items, key=lambda item: item.post_type != "attachment")
            for done, item in enumerate(items, start=1):
                reset_queries()  # with DEBUG on, Django would otherwise keep every query of the run
                self.import_item(item)
                self.progress(done, len(items), item)
            if self.dry_run:
                transaction.set_rollback(True)
        return self.report

    # Identities.

    def record_for(self, kind, wordpress_id):
        return (
            WordPressRecord.objects.select_related("article", "image", "section", "person")
            .filter(site=self.site, kind=kind, wordpress_id=wordpress_id).first()
        )

    def remember(self, kind, wordpress_id, **rows):
        WordPressRecord.objects.update_or_create(site=self.site, kind=kind, wordpress_id=wordpress_id, defaults=rows)

    # Authors → people (and accounts when asked).

    def import_authors(self):
        for author in self.export.authors:
            record = self.record_for(Kind.AUTHOR, author.login)
            person = record.person if record else find_or_create_people([author.name])[normalise_name(author.name)]
            if self.create_users and person.user_id is None:
                person.user = self.account_for(author)
                person.save()
            self.remember(Kind.AUTHOR, author.login, person=person)
            self.people[author.login] = person
            self.report.count("authors")

    def account_for(self, author):
        User = get_user_model()
        account, created = User.objects.get_or_create(username=author.login[:150], defaults={
            "email": author.email, "first_name": author.first_name[:150], "last_name": author.last_name[:150],
        })
        if created:
            # The person signs in after setting a password: nothing from the old site is trusted.
            account.set_unusable_password()
            account.save()
            self.report.count("user accounts created")
        return account

    # Categories → sections, nested as they were.

    def import_categories(self):
        terms = {term.slug: term for term in self.export.categories}
        for item in self.export.items:
            for term in item.categories:
                terms.setdefault(term.slug, term)
        for slug in terms:
            self.section_for(slug, terms, seen=set())
        self.report.count("categories", len(terms))

    def section_for(self, slug, terms, *, seen):
        if slug in self.sections:
            return self.sections[slug]
        term = terms[slug]
        parent = self.section_root
        if term.parent and term.parent in terms and term.parent not in seen | {slug}:
            parent = self.section_for(term.parent, terms, seen=seen | {slug})
        record = self.record_for(Kind.CATEGORY, slug)
        section = record.section if record else None
        if section is None:
            own_slug = slug_of(slug, fallback=term.name)[:100]
            try:
                validate_section_slug(own_slug)
            except ValidationError:
                self.report.note(slug, f"category slug “{own_slug}” is reserved here; the section is “{own_slug}-section”")
                own_slug = f"{own_slug}-section"
            section = Section.objects.filter(parent=parent, slug=own_slug).first()
            if section is None:
                section = Section.objects.create(parent=parent, slug=own_slug, name=(term.name or slug)[:100])
                self.report.count("sections created")
            self.remember(Kind.CATEGORY, slug, section=section)
        self.sections[slug] = section
        return section

    # Items.

    def import_item(self, item):
        if not item.post_id:
            self.report.fail(item, "the item has no post id")
            return
        if item.post_type == "attachment":
            handler = self.import_attachment
        elif item.post_type == "post":
            if item.status not in STATUSES:
                self.report.skip(item, f"status “{item.status}” is not imported")
                return
            handler = self.import_post
        else:
            self.report.skip(item, f"{item.post_type or 'unknown'} items are not imported (only posts and attachments)")
            return
        try:
            with transaction.atomic():
                handler(item)
        except (ArticleImportError, ValidationError, ValueError) as exc:
            self.report.fail(item, "; ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc))
        except DatabaseError as exc:
            # The post's transaction was rolled back; the rest of the export goes on.
            self.report.fail(item, f"the database refused it ({type(exc).__name__}: {exc})")

    def import_attachment(self, item):
        url = item.attachment_url or item.guid
        extension = urlsplit(url).path.rsplit(".", 1)[-1].lower() if "." in urlsplit(url).path else ""
        if extension not in PHOTO_EXTENSIONS:
            self.report.skip(item, f"not a photo (“.{extension or '?'}” file); only images become photos")
            return
        record = self.record_for(Kind.ATTACHMENT, item.post_id)
        image = record.image if record and record.image else Image()
        caption = plain_text(item.excerpt) or plain_text(item.content)
        credit = ""
        split = split_caption(caption)
        if split:
            caption, credit = split
        credit = credit or metadata_credit(item.meta.get("_wp_attachment_metadata", ""))
        image.caption = caption or item.title
        image.alt_text = " ".join(item.meta.get("_wp_attachment_image_alt", "").split())[:300]
        image.credit_line = credit[:300]
        if credit:
            photographer, agency = parse_credit(credit)
            if photographer:
                image.photographer = find_or_create_people([photographer])[normalise_name(photographer)]
            if agency:
                image.agency = find_or_create_organization(agency, credit)
        attached = bool(image.file) or self.attach_file(image, item, url)
        image.save()
        self.remember(Kind.ATTACHMENT, item.post_id, image=image, original_url=url[:500])
        self.attachments[item.post_id] = image
        self.attachments[url] = image
        self.report.count("photos" if attached else "photos awaiting their file")

    def attach_file(self, image, item, url):
        """Copy the photo from the media folder, checked as an upload (True); else it awaits its photo."""
        if self.media_dir is None:
            return False
        relative = item.meta.get("_wp_attached_file", "").strip()
        if not relative and "/wp-content/uploads/" in url:
            relative = unquote(urlsplit(url).path.split("/wp-content/uploads/", 1)[1])
        source = (self.media_dir / relative).resolve() if relative else None
        if source is None or not source.is_relative_to(self.media_dir):
            self.report.note(item.post_id, f"no file under the media folder for {url}; the photo awaits its file")
            return False
        try:
            data = read_regular_file(source, max_bytes=settings.NEWSROOM_MAX_UPLOAD_BYTES)
            clean = clean_image_upload(SimpleUploadedFile(source.name, data))
        except (ArticleImportError, ValidationError) as exc:
            reason = exc.messages[0] if isinstance(exc, ValidationError) else str(exc)
            self.report.note(item.post_id, f"{source.name}: {reason}; the photo awaits its file")
            return False
        if not self.dry_run:
            image.file.save(clean.name, clean, save=False)
        if not image.alt_text:
            self.report.note(item.post_id, "the photo has no alt text; add one before it is shown")
        return True

    # Posts → stories.

    def import_post(self, item):
        record = self.record_for(Kind.POST, item.post_id)
        article = Article.objects.select_for_update().get(pk=record.article_id) if record and record.article_id else None
        created = article is None
        if not created and article.imported_version is not None and article.version != article.imported_version:
            raise ItemError(f"“{article.headline}” was edited here after its last import; it was left as edited")
        # (an old site's database may hold text that was mis-decoded on its way in: "thatâ€™s")
        (body, title, excerpt), repaired = self.repaired(item.content, item.title, item.excerpt)
        if repaired:
            self.report.note(item.post_id, MIS_DECODING_REPAIRED)
        content = read_content(body)
        for text in content.notes:
            self.report.note(item.post_id, text)
        if created:
            article = Article(created_by=self.user)
        article.headline = (" ".join(plain_text(title).split()) or "Untitled story")[:300]
        article.dek = plain_text(excerpt)
        article.section = self.section_of(item)
        article.comment_count = item.comment_count
        article.updated_by = self.user
        moment = self.date_of(item)
        if item.status in ("publish", "future", "private") and moment is None:
            raise ItemError(f"a “{item.status}” post needs a date and this one has none")
        if item.status == "private":
            article.published_at = moment
        if created:
            article.slug = unique_article_slug(slug_of(item.post_name, fallback=article.headline))
        article.save()
        self.write_body(article, item, content, created=created)
        article.tags.set(list(dict.fromkeys(item.tags)))
        # One version per post: the change of status (publishing's own record) and the import merge into it.
        with reversion.create_revision():
            if not self.set_status(article, item.status, moment):
                history.add_story_to_revision(article)
            verb = "Created" if created else "Updated"
            reversion.set_comment(f"{verb} by WordPress import (post {item.post_id}); {article.display_status.lower()}.")
            if self.user is not None:
                reversion.set_user(self.user)
        Article.objects.filter(pk=article.pk).update(imported_version=F("version"))
        self.remember(Kind.POST, item.post_id, article=article, original_url=(item.link or "")[:500])
        self.redirect_permalinks(article, item)
        self.report.count("posts created" if created else "posts updated")
        self.report.count(f"posts {item.status}")

    @staticmethod
    def repaired(*texts):
        """The texts with mis-decoded runs put right, and whether any was."""
        results = [repair_mis_decoding(text or "") for text in texts]
        return [text for text, _ in results], any(changed for _, changed in results)

    def section_of(self, item):
        if len(item.categories) > 1:
            others = ", ".join(term.name or term.slug for term in item.categories[1:])
            self.report.note(item.post_id, f"in several categories: the section is the first; also in {others}")
        if item.categories:
            return self.sections[item.categories[0].slug]
        return self.section_root or resolve_section(None)

    def date_of(self, item):
        """The post's date: its GMT date, else its local date read in the newsroom's time zone."""
        gmt = parse_wordpress_date(item.post_date_gmt)
        if gmt is not None:
            return gmt.replace(tzinfo=UTC)
        local = parse_wordpress_date(item.post_date)
        return timezone.make_aware(local) if local is not None else None

    def set_status(self, article, status, moment):
        """Move the story to the post's status through articles.publishing; False when it was there already."""
        user = self.user
        if status in ("publish", "future"):
            return publishing.schedule(article, user=user, at=moment)
        if status == "pending":
            return publishing.submit_for_review(article, user=user)
        if status == "private":
            return publishing.change_status(article, Status.UNPUBLISHED, user=user)
        return publishing.change_status(article, Status.DRAFT, user=user)

    def redirect_permalinks(self, article, item):
        if article.status != Status.PUBLISHED:
            return
        new_url = article.get_absolute_url()
        for old_url in dict.fromkeys(path_of(url) for url in (item.link, item.guid)):
            if old_url and old_url != new_url and len(old_url) <= 200:
                leave_redirect(old_url, new_url)
                self.report.count("redirects")

    def write_body(self, article, item, content, *, created):
        if not created:
            # Pull quotes first: a quote cannot be deleted while a block features it.
            Block.objects.filter(article=article, quote__isnull=False).delete()
            Quote.objects.filter(article=article).delete()
            Mention.objects.filter(article=article).delete()
            Block.objects.filter(article=article).delete()

        body = [ParsedBlock(block.kind, block.text) for block in content.blocks]
        try:
            quotes, people = attribute_quotes(body)
        except Exception as exc:  # noqa: BLE001 - a parser failure costs the quotes, not the story
            self.report.note(item.post_id, f"quotes not read ({exc})")
            quotes, people = [], []
        cites = [block.cite for block in content.blocks if block.kind == "pullquote" and looks_like_person_name(block.cite)]
        found = find_or_create_people(
            [name for _, name, _, _ in quotes if name] + [p.name for p in people] + cites
        )
        blocks, pull_quotes = [], []
        for position, block in enumerate(content.blocks, start=1):
            row = Block(article=article, kind=block.kind, position=position)
            if block.kind in ("paragraph", "subhead"):
                row.text = block.text
            elif block.kind == "image":
                row.image = self.image_for(block, item)
                row.caption = block.text
            elif block.kind == "related":
                row.link_title, row.link_url = related_title(block.text), block.url
            else:
                row.kind = Block.Kind.QUOTE
                speaker = found.get(normalise_name(block.cite)) if block.cite in cites else None
                pull_quotes.append((row, Quote(article=article, text=block.text, speaker=speaker,
                                               context="" if speaker else block.cite[:200])))
            blocks.append(row)
        blocks = Block.objects.bulk_create([b for b in blocks if b.kind != Block.Kind.QUOTE])
        # Body index (as the parser counts) → saved row; pull quotes are saved after their quotes.
        kept = dict(zip((i for i, b in enumerate(content.blocks) if b.kind != "pullquote"), blocks))
        saved_quotes = Quote.objects.bulk_create([
            Quote(article=article, position=position, text=text,
                  speaker=found.get(normalise_name(name)) if name else None,
                  block=kept.get(index), confidence=confidence)
            for position, (text, name, index, confidence) in enumerate(quotes, start=1)
        ])
        for quote, (text, name, _, confidence) in zip(saved_quotes, quotes):
            if name is None or confidence_needs_check(confidence):
                why = "no speaker found" if name is None else f"speaker {name} at confidence {confidence:.2f}"
                self.report.note(item.post_id, f"review quote “{text[:60]}”: {why}")
        start = len(saved_quotes)
        for offset, (row, quote) in enumerate(pull_quotes, start=1):
            quote.position = start + offset
            quote.save()
            row.quote = quote
            row.save()
        Mention.objects.bulk_create([
            Mention(article=article, position=position, person=found[normalise_name(person.name)],
                    role=mention_role(person), block=kept.get(person.block_index))
            for position, person in enumerate(one_per_person(people), start=1)
        ])
        author = self.people.get(item.creator)
        if not created:
            Byline.objects.filter(article=article).delete()
        if author is not None:
            Byline.objects.create(article=article, person=author, position=1)
        lead = next((b.image for b in blocks if b.image_id and b.image.file), None)
        if article.lead_image_id is None and lead is not None:
            Article.objects.filter(pk=article.pk).update(lead_image=lead)

    def image_for(self, block, item):
        """The attachment an image block shows, else a photo awaiting its file, its address kept."""
        image = self.attachments.get(block.attachment_id) or self.attachments.get(original_size(block.src))
        if image is None and block.attachment_id:
            record = self.record_for(Kind.ATTACHMENT, block.attachment_id)
            image = record.image if record else None
        if image is not None:
            return image
        address = block.src[:500]
        record = self.record_for(Kind.IMAGE, address)
        image = record.image if record and record.image else Image(caption=block.text, alt_text=block.alt[:300])
        image.save()
        self.remember(Kind.IMAGE, address, image=image, original_url=address if address.startswith("http") else "")
        self.report.note(item.post_id, f"image {address or '(no address)'} is not among the attachments; it awaits its photo")
        return image


def metadata_credit(serialized):
    """The credit, else the copyright, in an attachment's PHP-serialised image metadata."""
    for key in ("credit", "copyright"):
        match = re.search(rf's:\d+:"{key}";s:\d+:"([^"]*)";', serialized)
        if match and match.group(1).strip():
            return match.group(1).strip()
    return ""


def import_wordpress_export(path, **options):
    """Read an export and import it; return (export, Report). ExportError when the file is refused."""
    from .wxr import read_export

    export = read_export(path)
    return export, WordPressImport(export, **options).run()
