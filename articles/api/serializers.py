"""What the API says about stories, sections, people and photos.

Every serializer reads objects already limited to what readers may see: the views choose them
with the models' QuerySet methods, and a story's parts arrive loaded by ``articles.api.loading``.
A body block shows the fields its kind declares (``articles.blocks``), under the API's names.
"""

from django.conf import settings
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from articles.blocks import BLOCK_KINDS
from articles.renditions import absolute_media_url, picture_for


def site_url(path):
    return settings.NEWSROOM_SITE_URL + path


class Leaf(serializers.Serializer):
    """A small form drawn straight from its object by ``represent``, its fields kept for the schema.

    A story shows dozens of people and photos. DRF copies a serializer's declared fields for
    every instance it makes, which cost most of a story's answer; these never touch their fields.
    """

    def to_representation(self, instance):
        return self.represent(instance)


class PersonRefSerializer(Leaf):
    id = serializers.IntegerField()
    name = serializers.CharField()
    slug = serializers.CharField()
    url = serializers.URLField(help_text="The person's page on the site.")

    @staticmethod
    def represent(person):
        return {"id": person.pk, "name": person.name, "slug": person.slug, "url": site_url(person.get_absolute_url())}


class OrganizationRefSerializer(Leaf):
    id = serializers.IntegerField()
    name = serializers.CharField()
    slug = serializers.CharField()

    @staticmethod
    def represent(organization):
        return {"id": organization.pk, "name": organization.name, "slug": organization.slug}


class RenditionSerializer(serializers.Serializer):
    url = serializers.URLField()
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    mime_type = serializers.CharField()


def renditions_of(image):
    """The photo's renditions, narrowest first, WebP then JPEG; none while it awaits its file."""
    picture = picture_for(image)
    if picture is None:
        return []
    return [
        {"url": r.absolute_url, "width": r.width, "height": r.height, "mime_type": f"image/{fmt}"}
        for fmt, renditions in (("webp", picture.webp), ("jpeg", picture.jpeg)) for r in renditions
    ]


class PhotoSerializer(Leaf):
    id = serializers.IntegerField()
    caption = serializers.CharField()
    alt_text = serializers.CharField()
    credit = serializers.CharField(help_text="The credit line readers see.")
    photographer = PersonRefSerializer(allow_null=True)
    agency = OrganizationRefSerializer(allow_null=True)
    width = serializers.IntegerField(allow_null=True)
    height = serializers.IntegerField(allow_null=True)
    original = serializers.URLField(allow_null=True)
    renditions = RenditionSerializer(many=True)

    @staticmethod
    def represent(image):
        return {
            "id": image.pk, "caption": image.caption, "alt_text": image.alt_text, "credit": image.credit,
            "photographer": PersonRefSerializer.represent(image.photographer) if image.photographer_id else None,
            "agency": OrganizationRefSerializer.represent(image.agency) if image.agency_id else None,
            "width": image.width, "height": image.height,
            "original": absolute_media_url(image.file.url) if image.file else None,
            "renditions": renditions_of(image),
        }


class SectionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    path = serializers.CharField(help_text="e.g. world/europe; filter stories with ?section=world/europe.")
    parent = serializers.IntegerField(source="parent_id", allow_null=True)
    url = serializers.SerializerMethodField(help_text="The section's page on the site.")

    def get_url(self, section) -> str:
        return site_url(section.get_absolute_url())


class SectionRefSerializer(Leaf):
    name = serializers.CharField()
    path = serializers.CharField()

    @staticmethod
    def represent(section):
        return {"name": section.name, "path": section.path}


class TagSerializer(Leaf):
    name = serializers.CharField()
    slug = serializers.CharField()

    @staticmethod
    def represent(tag):
        return {"name": tag.name, "slug": tag.slug}


class StorySummarySerializer(serializers.Serializer):
    """A story in a list: enough for a card, with the address of its whole structure."""

    id = serializers.IntegerField()
    headline = serializers.CharField()
    dek = serializers.CharField()
    label = serializers.CharField()
    section = SectionRefSerializer()
    byline = PersonRefSerializer(many=True, source="page_bylines_people")
    published_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField(allow_null=True)
    lead_photo = PhotoSerializer(source="lead_image", allow_null=True)
    tags = TagSerializer(many=True, source="page_tags")
    canonical_url = serializers.SerializerMethodField()
    api_url = serializers.SerializerMethodField()

    def get_canonical_url(self, story) -> str:
        return site_url(story.get_absolute_url())

    def get_api_url(self, story) -> str:
        request = self.context.get("request")
        path = f"/api/v1/stories/{story.pk}/"
        return request.build_absolute_uri(path) if request else site_url(path)


class QuoteRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    text = serializers.CharField()
    speaker = PersonRefSerializer(allow_null=True)


class RelatedSerializer(serializers.Serializer):
    title = serializers.CharField()
    url = serializers.CharField(help_text="The public story's page, or the address given; empty when neither.")
    story = serializers.IntegerField(allow_null=True, help_text="The related story's id, when it is public.")


# A Block field a kind declares → the API's name and value for it. A draft's headline or
# address never shows: related_title and related_href test the linked story's visibility.
BLOCK_FIELD_VALUES = {
    "text": lambda block: {"text": block.text},
    "caption": lambda block: {"caption": block.display_caption},
    "image": lambda block: {"photo": PhotoSerializer.represent(block.image) if block.image_id else None},
    "quote": lambda block: {"quote": quote_ref(block.own_quote)},
    "link_title": lambda block: {"title": block.related_title},
    "link_url": lambda block: {"url": block.related_href},
    "link_article": lambda block: {"story": public_story_id(block)},
}


def public_story_id(block):
    """The linked story's id once readers may see it; None before (the id alone would tell of a draft)."""
    return block.link_article_id if block.link_article_id and block.link_article.is_public else None


def quote_ref(quote):
    if quote is None:
        return None
    speaker = PersonRefSerializer.represent(quote.speaker) if quote.speaker_id else None
    return {"id": quote.pk, "text": quote.text, "speaker": speaker}


class BlockSerializer(serializers.Serializer):
    """One body block: its kind, its place, and the fields that kind declares (the others are absent)."""

    kind = serializers.CharField(help_text="paragraph, subhead, quote (a pull quote), image or related.")
    position = serializers.IntegerField()
    text = serializers.CharField(required=False)
    caption = serializers.CharField(required=False)
    photo = PhotoSerializer(required=False, allow_null=True)
    quote = QuoteRefSerializer(required=False, allow_null=True)
    title = serializers.CharField(required=False)
    url = serializers.CharField(required=False)
    story = serializers.IntegerField(required=False, allow_null=True)

    def to_representation(self, block):
        data = {"kind": block.kind, "position": block.position}
        for name in BLOCK_KINDS[block.kind].fields:
            data.update(BLOCK_FIELD_VALUES[name](block))
        return data


class QuoteSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    text = serializers.CharField()
    context = serializers.CharField()
    speaker = PersonRefSerializer(allow_null=True)
    speaker_id = serializers.IntegerField(allow_null=True)
    paragraph = serializers.IntegerField(
        allow_null=True, source="paragraph_position", help_text="Position of the body block the quote stands in.",
    )
    start = serializers.IntegerField(
        allow_null=True, help_text="Character offset of the quoted words in that paragraph's text, when found there.",
    )
    end = serializers.IntegerField(allow_null=True)


class MentionSerializer(serializers.Serializer):
    person = PersonRefSerializer()
    role = serializers.CharField(help_text="The role this story gives the person.")
    paragraph = serializers.IntegerField(allow_null=True, source="paragraph_position")


class NoteSerializer(serializers.Serializer):
    kind = serializers.CharField(help_text="correction or update")
    text = serializers.CharField()
    created_at = serializers.DateTimeField()


class StoryDetailSerializer(StorySummarySerializer):
    """A story's whole structure, as its page shows it."""

    section = SectionSerializer()
    section_path = SectionRefSerializer(many=True, help_text="The section and its parents, outermost first.")
    dateline = serializers.CharField()
    last_modified = serializers.DateTimeField()
    comment_count = serializers.IntegerField(allow_null=True)
    body = BlockSerializer(many=True, source="page_blocks")
    quotes = QuoteSerializer(many=True, source="page_quotes")
    mentions = MentionSerializer(many=True, source="page_mentions")
    photos = serializers.SerializerMethodField(help_text="The lead photo, then the photos of the body in order.")
    related = serializers.SerializerMethodField()
    notes = NoteSerializer(many=True, source="page_notes")

    @extend_schema_field(PhotoSerializer(many=True))
    def get_photos(self, story):
        return [PhotoSerializer.represent(photo) for photo in story.page_photos]

    @extend_schema_field(RelatedSerializer(many=True))
    def get_related(self, story):
        return [
            {"title": b.related_title, "url": b.related_href, "story": public_story_id(b)}
            for b in story.page_related if b.related_title
        ]


class PersonSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    slug = serializers.CharField()
    url = serializers.SerializerMethodField(help_text="The person's page on the site.")
    title = serializers.CharField()
    bio = serializers.CharField()

    def get_url(self, person) -> str:
        return site_url(person.get_absolute_url())


class PublicQuoteSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    text = serializers.CharField()
    context = serializers.CharField()
    story = serializers.IntegerField(source="article_id")
    story_headline = serializers.CharField(source="article.headline")
    published_at = serializers.DateTimeField(source="article.published_at")


class PersonDetailSerializer(PersonSerializer):
    quotes = PublicQuoteSerializer(many=True, source="public_quotes", help_text="Newest first, from public stories only.")
