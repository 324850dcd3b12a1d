"""Small factories with sensible defaults and unique slugs, for tests."""

import io
import itertools

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image as PILImage

from articles.models import Article, Block, Image, Quote, Section
from people.models import Organization, Person

_counter = itertools.count(1)


def make_section(**overrides):
    n = next(_counter)
    values = {"name": f"Section {n}", "slug": f"section-{n}"}
    values.update(overrides)
    section = Section(**values)
    section.save()
    return section


def make_person(**overrides):
    n = next(_counter)
    values = {"name": f"Person Number{n}"}
    values.update(overrides)
    person = Person(**values)
    person.save()
    return person


def make_organization(**overrides):
    n = next(_counter)
    values = {"name": f"Agency {n}", "kind": Organization.Kind.NEWS_AGENCY}
    values.update(overrides)
    organization = Organization(**values)
    organization.save()
    return organization


def make_article(**overrides):
    n = next(_counter)
    values = {
        "headline": f"Story number {n}",
        "slug": f"story-{n}",
        "status": Article.Status.PUBLISHED,
        "published_at": timezone.now() - timezone.timedelta(hours=n),
    }
    values.update(overrides)
    if "section" not in values:
        values["section"] = make_section()
    article = Article(**values)
    article.save()
    return article


def jpeg_bytes(width=64, height=48, color=(200, 30, 30)):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), color).save(buffer, format="JPEG")
    return buffer.getvalue()


def jpeg_upload(name="photo.jpg", **kwargs):
    return SimpleUploadedFile(name, jpeg_bytes(**kwargs), content_type="image/jpeg")


def make_image(*, with_file=True, **overrides):
    values = {"caption": "A test photo.", "alt_text": "A red rectangle.", "credit_line": "Test Person, Test Agency"}
    values.update(overrides)
    image = Image(**values)
    if with_file:
        image.file = jpeg_upload()
    image.save()
    return image


def add_blocks(article, count, *, kind=Block.Kind.PARAGRAPH):
    """Append count paragraphs (or another kind) to a story in one query."""
    start = article.blocks.count()
    return Block.objects.bulk_create([
        Block(article=article, kind=kind, position=start + i + 1, text=f"Paragraph {start + i + 1} of the story.")
        for i in range(count)
    ])


def make_rich_article(*, blocks=100, quotes=10, images=5, related=5, **overrides):
    """A story with every block kind, for query-count tests."""
    article = make_article(**overrides)
    speaker = make_person()
    photographer = make_person()
    agency = make_organization()
    other = make_article(section=article.section)
    items, position = [], 0
    for i in range(blocks):
        position += 1
        items.append(Block(article=article, kind=Block.Kind.PARAGRAPH, position=position, text=f"Paragraph {i}."))
    for i in range(images):
        position += 1
        image = make_image(photographer=photographer, agency=agency, caption=f"Photo {i}.")
        items.append(Block(article=article, kind=Block.Kind.IMAGE, position=position, image=image))
    for i in range(related):
        position += 1
        items.append(Block(
            article=article, kind=Block.Kind.RELATED, position=position, link_title=f"Related {i}",
            link_article=other if i % 2 == 0 else None, link_url="" if i % 2 == 0 else f"https://example.com/{i}",
        ))
    created = Block.objects.bulk_create(items)
    quote_rows = Quote.objects.bulk_create([
        Quote(article=article, position=i + 1, text=f"Words number {i}", speaker=speaker, block=created[i])
        for i in range(quotes)
    ])
    if quote_rows:
        position += 1
        Block.objects.create(article=article, kind=Block.Kind.QUOTE, position=position, quote=quote_rows[0])
    return article


def make_staff_user(username, *, role=None, **overrides):
    """A staff account in one of the editorial groups (articles.roles), or in none."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from articles.roles import sync_roles

    user = get_user_model().objects.create_user(
        username, f"{username}@example.com", "a-long-test-password", is_staff=True, **overrides,
    )
    if role:
        # The migration made the groups; a transactional test's flush may have removed them since.
        if not Group.objects.filter(name=role).exists():
            sync_roles()
        user.groups.add(Group.objects.get(name=role))
    return user


# A short story of our own with quotation marks, a pound sign and an accent: what mis-decoding breaks.
MOJIBAKE_STORY = (
    "Ferry fares rise in May\n\n"
    "The harbor board voted on Tuesday to raise ferry fares by £1 from May, the third rise in two years.\n\n"
    "“We have no choice, the fuel costs too much,” said Ana Lima, the board’s chair.\n\n"
    "Riders at the north pier said the café on board would lose custom.\n"
)


def mis_decoded(text):
    # the story as a page shows it after UTF-8 was read as Windows-1252 on the way (a browser
    # reads the five bytes that code page leaves undefined as the control characters of Latin-1)
    return "".join(bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in text.encode("utf-8"))
