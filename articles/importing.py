"""Structured article → database rows, one story per transaction.

The parser (``articles.parsing``) turns text into dataclasses; this module writes them as a
Section's Article with its Blocks, Quotes, Mentions, People, Organizations and Images. Every
story is written inside one ``transaction.atomic()``, so a failure leaves the database as it was.
"""

import logging
import os
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import reversion
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify

from people.models import Organization, Person
from people.querysets import normalise_name

from . import history, publishing
from .blocks import BLOCK_KINDS, contract_block
from .encoding import MIS_DECODING_REPAIRED, repair_mis_decoding
from .models import Article, Block, Byline, Image, Mention, Quote, Section
from .parsing.contract import ParsedQuote

logger = logging.getLogger(__name__)

# The text of one story. A whole news page copied with Ctrl+A is 10 KB on average and 150 KB
# at most among 310 real ones; a limit a few times that holds any story and keeps the parse of
# any text it admits within a few seconds (docs/performance.md, "Parsing worst-case texts").
MAX_FILE_BYTES = 512 * 1024
# A story in the article JSON form is not parsed as text, and its escapes and lists of quotes
# and people make it larger than its text: an exported story must import again.
MAX_JSON_BYTES = 4 * MAX_FILE_BYTES
DEFAULT_SECTION = ("news", "News")


class ArticleImportError(Exception):
    """A story that cannot be imported; the message names the file and the problem."""


class EditedSinceImport(ArticleImportError):
    """The story was changed by an editor after its last import."""


@dataclass
class ImportResult:
    article: Article
    created: bool
    warnings: list = field(default_factory=list)


def read_article_text(path, *, max_bytes=MAX_FILE_BYTES, repair=True):
    """Read a story file as text; return (text, warnings) or raise ArticleImportError naming the file.

    Only a regular file is read: a symbolic link (which could point anywhere, such as a
    system file), a directory, a device or a pipe is refused. The file is opened without
    following links and checked on the open descriptor, so it cannot be swapped in between.
    Text that was mis-decoded before it reached the file is put right (see ``repair_mis_decoding``)
    unless ``repair`` is false: the article JSON form holds a story's text exactly as it was saved.
    """
    path = Path(path)
    data = read_regular_file(path, max_bytes=max_bytes)
    text, warnings = decode_article_text(data, name=path)
    text, repaired = repair_mis_decoding(text) if repair else (text, False)
    if repaired:
        warnings.append(f"{path}: {MIS_DECODING_REPAIRED}")
    return text, warnings


def too_large(name, size, max_bytes=MAX_FILE_BYTES):
    return f"{name}: {size:,} bytes is larger than the {max_bytes:,}-byte limit for one story"


def decode_article_text(data, *, name):
    """A story file's bytes as text; return (text, warnings) or raise ArticleImportError naming it."""
    if not data.strip():
        raise ArticleImportError(f"{name}: the file is empty")
    nul = data.find(b"\x00")
    if nul >= 0:
        # PostgreSQL refuses NUL in text, and no story holds one: refuse the file, not the batch.
        raise ArticleImportError(f"{name}: has a NUL byte at byte {nul:,}; looks like a binary file, not story text")
    warnings = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = data.decode("cp1252", errors="replace")
        warnings.append(
            f"{name}: not valid UTF-8 (byte {exc.start}); read as Windows-1252 — check accents and quotes"
        )
    return text, warnings


def read_regular_file(path, *, max_bytes):
    """The bytes of a regular file at most max_bytes long, else ArticleImportError naming it."""
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        raise ArticleImportError(f"{path}: no such file") from None
    except OSError as exc:
        raise ArticleImportError(f"{path}: cannot be read ({exc.strerror})") from exc
    if stat.S_ISLNK(mode):
        raise ArticleImportError(f"{path}: is a symbolic link, not a regular file; give the file itself")
    if stat.S_ISDIR(mode):
        raise ArticleImportError(f"{path}: is a directory, not a text file")
    if not stat.S_ISREG(mode):
        raise ArticleImportError(f"{path}: is not a regular file (a device, pipe or socket)")
    try:
        # O_NONBLOCK: should a pipe replace the file after the check, opening it must not hang.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise ArticleImportError(f"{path}: cannot be opened as a regular file ({exc.strerror})") from exc
    with os.fdopen(descriptor, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise ArticleImportError(f"{path}: is not a regular file")
        if info.st_size > max_bytes:
            raise ArticleImportError(too_large(path, info.st_size, max_bytes))
        data = file.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ArticleImportError(f"{path}: larger than the {max_bytes:,}-byte limit for one story")
    return data


def parse_text(text, *, source, **corrections):
    """The parse of a story's text; a text the parser cannot read is an ArticleImportError naming ``source``.

    ``corrections``: an editor's ``keep`` (numbers of lines the parse leaves out to keep),
    ``leave_out`` (first lines' numbers of blocks it keeps to leave out), ``turn`` (of
    paragraphs to make subheads and subheads to make paragraphs), ``headline_line`` (the
    number of the line to read as the headline) and ``not_people`` (names it takes for
    people that are no one), as ``parse_article`` takes them.

    A text with no story in it says so. The parser reads text from anywhere with rules of
    thumb, so a shape no rule foresaw may still break one of them: that text fails with its
    own error (its traceback logged for a report) while the rest of a batch goes on, and an
    editor's paste gets a message instead of a server error.
    """
    from .parsing import ParseError, parse_article

    try:
        return parse_article(text, **corrections)
    except ParseError as exc:
        raise ArticleImportError(f"{source}: {exc}") from exc
    except Exception as exc:  # (see above: one text's failure, never the batch's or a 500)
        logger.exception("the parser failed on %s", source)
        raise ArticleImportError(
            f"{source}: the parser failed on this text ({type(exc).__name__}); nothing was saved. "
            "Please report it with the text.") from exc


def import_article_file(path, *, section=None, headline=None, status=None, key=None, force=False, user=None,
                        **corrections):
    """Parse one file and save it as a story; return an ImportResult.

    ``corrections``: what an editor keeps, leaves out and turns of the parse (``parse_text``).
    """
    text, warnings = read_article_text(path)
    parsed = parse_text(text, source=path, **corrections)
    result = import_article(
        parsed, section=section, headline=headline, status=status,
        key=key or Path(path).stem, force=force, user=user,
    )
    result.warnings[:0] = warnings
    return result


def resolve_section(value):
    """The Section named by a path or slug, or the default News section when value is empty."""
    if not value:
        section, _ = Section.objects.get_or_create(
            path=DEFAULT_SECTION[0], defaults={"slug": DEFAULT_SECTION[0], "name": DEFAULT_SECTION[1]}
        )
        return section
    value = value.strip("/")
    section = Section.objects.filter(path=value).first() or Section.objects.filter(slug=value).first()
    if section is None:
        raise ArticleImportError(f"no section with the slug or path “{value}”")
    return section


HEADLINE_LIMIT = Article._meta.get_field("headline").max_length


def fitted(text, limit):
    """``text`` cut to ``limit`` characters at most, after a word where one ends near the cut,
    an ellipsis where it was cut: a line of a paste may run longer than a headline, a photo's
    credit or a related story's title may be."""
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    words = cut.rsplit(" ", 1)[0]
    return (words if len(words) >= limit // 2 else cut).rstrip() + "…"


def related_title(title):
    """A related story's title as a block keeps it, cut to the field's length."""
    return fitted(title, Block._meta.get_field("link_title").max_length)


def provisional_headline(parsed):
    """A headline for a text that has none: the first sentence of its first paragraph, shortened."""
    for block in parsed.body:
        if block.kind == "paragraph":
            sentence = block.text.split(". ")[0].rstrip(".")
            words = sentence.split()
            return " ".join(words[:14]) + ("…" if len(words) > 14 else "")
    return "Untitled story"


def import_article(parsed, *, section=None, headline=None, dek=None, status=None, key=None, force=False, user=None):
    """Write a parsed story in one transaction; re-importing the same key updates the same story.

    A status is reached through ``articles.publishing``, so an imported story is published (and
    logged, when a user is given) exactly as from the admin.
    """
    if not isinstance(section, Section):
        section = resolve_section(section)
    warnings = []
    with transaction.atomic():
        article = Article.objects.select_for_update().filter(source_key=key).first() if key else None
        created = article is None
        if not created and article.imported_version is not None and article.version != article.imported_version:
            if not force:
                raise EditedSinceImport(
                    f"“{article.headline}” was edited after its last import "
                    f"(by {article.updated_by or 'someone'} at {timezone.localtime(article.modified_at):%Y-%m-%d %H:%M}); "
                    "use --force to overwrite it (the edited version is kept in its history)"
                )
            keep_previous_version(article)
            warnings.append(f"overwrote editor changes to “{article.headline}”; the previous version is in its history")
        if created:
            article = Article(source_key=key)
        if not (headline or parsed.headline):
            warnings.append("the text has no headline line; a provisional headline was written from its first sentence")
        if headline and len(headline) > HEADLINE_LIMIT:
            raise ArticleImportError(f"the headline given is {len(headline):,} characters long; "
                                     f"a headline may have {HEADLINE_LIMIT} at most")
        article.headline = headline or fitted(
            parsed.headline or (article.headline if not created else provisional_headline(parsed)), HEADLINE_LIMIT)
        # The paste's standfirst, unless the caller says what the summary is ("" for none).
        dek = parsed.dek if dek is None else dek
        if dek:
            article.dek = dek
        article.section = section
        article.comment_count = parsed.comment_count
        if user is not None:
            article.updated_by = user
            if created:
                article.created_by = user
        if created:
            article.slug = unique_article_slug(article.headline)
        article.save()
        write_body(article, parsed, replacing=not created)
        record_import(article, status, created=created, user=user)
        Article.objects.filter(pk=article.pk).update(imported_version=F("version"))
        article.imported_version = article.version
    return ImportResult(article=article, created=created, warnings=warnings)


def record_import(article, status, *, created, user):
    """One version for the import and the status it reaches, named for both ("Created by import. Published.").

    The status is reached through ``publishing.change_status``, so the story is logged, reviewed
    and announced as from the admin; its version merges into the import's, since both are one
    transaction and no one could see the story in between.
    """
    comment = "Created by import" if created else "Updated by re-import"
    with reversion.create_revision(manage_manually=True):
        if user is not None:
            reversion.set_user(user)
        if status and publishing.change_status(article, status, user=user):
            comment = f"{comment}. {reversion.get_comment()}"
        else:
            history.add_story_to_revision(article)
        reversion.set_comment(comment)


def keep_previous_version(article):
    """Record the story as it stands before an import overwrites it."""
    record_version(article, comment="As edited, before a forced re-import")


def record_version(article, *, comment, user=None):
    history.save_version(article, comment=comment, user=user)


def unique_article_slug(headline):
    base = (slugify(headline) or "story")[:80].strip("-")
    taken = set(Article.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    return candidate


class BodyTargets:
    """What imported blocks point at: photos found or made from a caption and credit, stories found by title."""

    def __init__(self, article, people):
        self.article, self.people = article, people

    def image_for(self, parsed_block):
        return find_or_create_image(parsed_block, self.people)

    def story_titled(self, title):
        return find_articles_by_title([title], exclude=self.article).get(fold(title))

    @staticmethod
    def related_title(title):
        return related_title(title)


def write_body(article, parsed, *, replacing=True):
    """Replace the story's blocks, quotes and mentions with the parsed ones (a new story has none to replace)."""
    if replacing:
        # Pull quotes first: a quote cannot be deleted while a block features it.
        Block.objects.filter(article=article, quote__isnull=False).delete()
        Quote.objects.filter(article=article).delete()
        Mention.objects.filter(article=article).delete()
        Block.objects.filter(article=article).delete()

    bylines = list(getattr(parsed, "bylines", []) or [])
    people = find_or_create_people(names_in(parsed))
    targets, blocks = BodyTargets(article, people), []
    for position, parsed_block in enumerate(parsed.body, start=1):
        kind = BLOCK_KINDS.get(parsed_block.kind)
        if kind is None or kind.from_contract is None:
            raise ArticleImportError(
                f"a body block of type “{parsed_block.kind}” is not part of the article JSON contract"
            )
        blocks.append(Block(
            article=article, kind=kind.name, position=position, **kind.from_contract(parsed_block, targets),
        ))
    blocks = Block.objects.bulk_create(blocks)

    Quote.objects.bulk_create([
        Quote(
            article=article, position=position, text=quote.text,
            speaker=people.get(normalise_name(quote.speaker)) if quote.speaker else None,
            block=blocks[quote.block_index] if 0 <= quote.block_index < len(blocks) else None,
            confidence=quote.confidence,
        )
        for position, quote in enumerate(parsed.quotes, start=1)
    ])
    Mention.objects.bulk_create([
        Mention(
            article=article, position=position, person=people[normalise_name(person.name)],
            role=mention_role(person),
            block=blocks[person.block_index] if 0 <= person.block_index < len(blocks) else None,
        )
        for position, person in enumerate(one_per_person(parsed.people), start=1)
    ])
    if bylines:
        # The text's "By …" line is the byline; without one, an editor's byline stays.
        Byline.objects.filter(article=article).delete()
        Byline.objects.bulk_create([
            Byline(article=article, person=people[key], position=position)
            for position, key in enumerate(dict.fromkeys(map(normalise_name, bylines)), start=1)
        ])
    lead = next((b.image for b in blocks if b.image_id), None)
    if article.lead_image_id is None and lead is not None and lead.file:
        Article.objects.filter(pk=article.pk).update(lead_image=lead)


def one_per_person(parsed_people):
    """The people a parse names, once each: the parser may name one person in two spellings that
    fold to the same name ("José Ruiz", "Jose Ruiz"; "Jo LI"), and a story mentions a person once."""
    first = {}
    for person in parsed_people:
        first.setdefault(normalise_name(person.name), person)
    return list(first.values())


def mention_role(person):
    """The role a parsed person's mention keeps, cut to the field's length."""
    return (person.role or "")[:Mention._meta.get_field("role").max_length]


def names_in(parsed):
    """Everyone a parsed story names as a person: its reporters, people, speakers and photographers."""
    return (
        list(getattr(parsed, "bylines", []) or [])
        + [p.name for p in parsed.people]
        + [q.speaker for q in parsed.quotes if q.speaker]
        + [b.photographer for b in parsed.body if b.photographer]
    )


def wanted_people(names):
    """Map normalised name → the name as written (its first spelling), once per person."""
    wanted = {}
    for name in names:
        wanted.setdefault(normalise_name(name), " ".join(name.split()))
    return wanted


def people_named(parsed):
    """The names a parse takes for people, once each as they would be filed: what an editor
    may say is no one (parse_article's ``not_people``)."""
    return list(wanted_people(names_in(parsed)).values())


def find_people(names):
    """Map normalised name → Person for those of the names already in the CMS; one query, nothing created."""
    return {p.normalized_name: p for p in Person.objects.filter(normalized_name__in=wanted_people(names))}


def find_or_create_people(names):
    """Map normalised name → Person, reusing people already in the CMS; one query to look up."""
    wanted = wanted_people(names)
    found = find_people(wanted.values())
    missing = [name for key, name in wanted.items() if key not in found]
    if missing:
        slugs = {name: slugify(unicodedata.normalize("NFKD", name)) or "person" for name in missing}
        taken = set(Person.objects.filter(slug__in=slugs.values()).values_list("slug", flat=True))
        new_people = []
        for name in missing:
            slug, n = slugs[name], 2
            while slug in taken:
                slug = f"{slugs[name]}-{n}"
                n += 1
            taken.add(slug)
            new_people.append(Person(name=name, slug=slug, normalized_name=normalise_name(name)))
        for person in Person.objects.bulk_create(new_people):
            found[person.normalized_name] = person
    return found


def organization_kind(credit):
    lowered = credit.lower()
    if lowered.startswith("courtesy"):
        return Organization.Kind.INSTITUTION
    if " for " in f" {lowered} ":
        return Organization.Kind.PUBLICATION
    return Organization.Kind.NEWS_AGENCY


def find_or_create_organization(name, credit):
    name = fitted(name, Organization._meta.get_field("name").max_length)
    organization = Organization.objects.filter(name__iexact=name).first()
    if organization is None:
        organization = Organization(name=name, kind=organization_kind(credit))
        organization.save()
    return organization


def find_or_create_image(parsed_block, people):
    """The image with this caption and credit, so one agency photo is one asset across stories."""
    credit = fitted(parsed_block.credit or "", Image._meta.get_field("credit_line").max_length)
    image = Image.objects.filter(caption=parsed_block.text, credit_line=credit).first()
    if image is None:
        image = Image(caption=parsed_block.text, credit_line=credit)
    if parsed_block.photographer:
        image.photographer = people[normalise_name(parsed_block.photographer)]
    if parsed_block.agency:
        image.agency = find_or_create_organization(parsed_block.agency, credit)
    image.save()
    return image


def fold(text):
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    return " ".join(text.replace("“", '"').replace("”", '"').split()).casefold()


def title_variants(title):
    """The same title with straight and curly apostrophes and quotes, as copied text mixes them."""
    straight = title.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    curly = straight.replace("'", "’")
    return {title, straight, curly}


def find_articles_by_title(titles, *, exclude=None):
    """Map folded title → Article for related links whose story is already in the CMS."""
    if not titles:
        return {}
    variants = set().union(*(title_variants(t) for t in titles))
    candidates = Article.objects.filter(headline__in=variants)
    if exclude is not None and exclude.pk:
        candidates = candidates.exclude(pk=exclude.pk)
    # Prefer a public story when several share a title.
    found = {}
    for article in candidates.order_by("-published_at"):
        key = fold(article.headline)
        if key not in found or (article.is_public and not found[key].is_public):
            found[key] = article
    for title in titles:
        if fold(title) not in found:
            match = candidates.model.objects.filter(headline__iexact=title)
            if exclude is not None and exclude.pk:
                match = match.exclude(pk=exclude.pk)
            match = match.first()
            if match:
                found[fold(title)] = match
    return found


def export_article(article, *, parts=None, for_readers=False):
    """A saved story in the article JSON form (pull quotes appear only among the quotes).

    ``parts`` are the story's blocks, quotes and mentions when the caller has them loaded
    already (the API's story, ``articles.api.loading``), so the form costs no query more.
    For the desk a related block names a linked story even before readers may see it;
    ``for_readers`` keeps to what readers see and leaves out a link with nothing public to show.
    """
    if parts is None:
        parts = (
            article.blocks.select_related("image", "image__photographer", "image__agency", "link_article")
            .order_by("position", "id"),
            article.quotes.select_related("speaker").order_by("position", "id"),
            article.mentions.select_related("person").order_by("position", "id"),
        )
    blocks, quotes, mentions = parts
    body = []
    for block in blocks:
        to_contract = BLOCK_KINDS[block.kind].to_contract
        if to_contract is None:
            continue
        if for_readers and "link_title" in BLOCK_KINDS[block.kind].fields:
            if block.related_title:
                body.append(contract_block(block.kind, block.related_title).to_dict())
            continue
        body.append(to_contract(block).to_dict())
    return {
        "headline": article.headline,
        "body": body,
        "quotes": [
            ParsedQuote(q.text, q.speaker.name if q.speaker_id else None, 0, 0, q.confidence).to_dict() for q in quotes
        ],
        "people": [{"name": m.person.name, "role": m.role or None} for m in mentions],
        "comment_count": article.comment_count,
    }


ARTICLE_SCHEMA = Path(__file__).resolve().parent.parent / "docs" / "spec" / "article.schema.json"


def read_article_json(path, *, max_bytes=MAX_JSON_BYTES):
    """Read a file of article JSON (as ``export_article`` writes it), checked against its schema."""
    import json

    from jsonschema import Draft202012Validator

    text, _warnings = read_article_text(path, max_bytes=max_bytes, repair=False)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ArticleImportError(f"{path}: not JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from exc
    validator = Draft202012Validator(json.loads(ARTICLE_SCHEMA.read_text()))
    error = next(iter(sorted(validator.iter_errors(data), key=lambda e: list(e.path))), None)
    if error is not None:
        where = "/".join(str(part) for part in error.path) or "the top level"
        raise ArticleImportError(f"{path}: not article JSON: at {where}: {error.message}")
    return data


def import_article_json_file(path, *, section=None, headline=None, status=None, key=None, force=False, user=None):
    """Save a file of article JSON as a story, as ``import_article_file`` saves a text file."""
    from .parsing import from_dict

    parsed = from_dict(read_article_json(path))
    return import_article(
        parsed, section=section, headline=headline, status=status,
        key=key or Path(path).stem, force=force, user=user,
    )
