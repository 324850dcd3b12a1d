"""The API's resources: read-only viewsets over what readers may see.

Every answer carries an ETag (the body's digest) and, where the resource knows it, a
Last-Modified time, and a conditional request that matches gets a 304. The representation
depends on the URL alone (``?format=`` chooses it, never the Accept header), so the page cache
(``newsroom.pagecache``) may keep an answer per URL for every anonymous client, and drops it on
the same content writes that drop the site's pages.
"""

import hashlib
import re

from django.conf import settings
from django.http import Http404
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import renderers, viewsets
from rest_framework.decorators import action
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.pagination import CursorPagination
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle

from articles import search
from articles.importing import export_article
from articles.models import Article, Image, Section
from newsroom.pagecache.keys import SECTION_PATH, SLUG
from people.models import Person

from . import ninjs
from .filters import StoryFilter
from .loading import load_summaries, public_story
from .serializers import (
    PersonDetailSerializer, PersonSerializer, PhotoSerializer, SectionSerializer, StoryDetailSerializer,
    StorySummarySerializer,
)

# A person's page in the API lists this many of their newest public quotes.
PERSON_QUOTES = 50


class NinjsRenderer(renderers.JSONRenderer):
    """IPTC ninjs is JSON: chosen with ?format=ninjs, the view gives it the ninjs form."""

    format = "ninjs"


class FormatOnlyNegotiation(BaseContentNegotiation):
    """The first renderer unless ``?format=`` names another: the Accept header never changes a response."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        wanted = format_suffix or request.query_params.get("format")
        for renderer in renderers:
            if wanted is None or renderer.format == wanted:
                return renderer, renderer.media_type
        raise Http404(f"No “{wanted}” format here.")


class NewestFirst(CursorPagination):
    """Cursor pages, newest publication first: a story published meanwhile never shifts a page."""

    ordering = ("-published_at", "-id")
    page_size_query_param = "page_size"
    max_page_size = 100


class ByName(CursorPagination):
    ordering = ("name", "id")
    page_size_query_param = "page_size"
    max_page_size = 100


class ByPath(CursorPagination):
    ordering = ("path",)
    page_size_query_param = "page_size"
    max_page_size = 200


class NewestPhotoFirst(CursorPagination):
    ordering = ("-created_at", "-id")
    page_size_query_param = "page_size"
    max_page_size = 100


class ConditionalMixin:
    """ETag and Last-Modified on every successful read, and 304 for a conditional request that matches."""

    content_negotiation_class = FormatOnlyNegotiation

    @property
    def default_response_headers(self):
        # DRF adds "Vary: Accept" when a view has several renderers; here the URL alone decides.
        headers = super().default_response_headers
        headers.pop("Vary", None)
        return headers

    def last_modified_of(self, data):
        """The time the answer last changed, when the resource knows it cheaply."""
        return None

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        last_modified = self.last_modified_of(response.data)
        response.render()
        etag = '"' + hashlib.md5(response.content, usedforsecurity=False).hexdigest() + '"'
        response.headers["ETag"] = etag
        if last_modified is not None:
            response.headers["Last-Modified"] = http_date(last_modified.timestamp())
        timestamp = int(last_modified.timestamp()) if last_modified else None
        return get_conditional_response(request, etag=etag, last_modified=timestamp, response=response)


class AnonymousThrottle(AnonRateThrottle):
    """Requests per client address, at ``NEWSROOM_API_THROTTLE_RATE`` (read when each request is checked)."""

    def get_rate(self):
        return settings.NEWSROOM_API_THROTTLE_RATE


# The one written form of each query parameter the page cache may key an answer on
# (newsroom/pagecache/keys.py); other parameters are taken off the request before the view runs.
FORMAT = re.compile(r"json|ninjs").fullmatch
CURSOR = re.compile(r"[A-Za-z0-9+/=]{1,200}").fullmatch
PAGE_SIZE = re.compile(r"[1-9][0-9]{0,2}").fullmatch
ISO_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:T[0-9:.]{2,15}(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?").fullmatch
LIST_PARAMETERS = {"cursor": CURSOR, "page_size": PAGE_SIZE, "format": FORMAT}


class ReadOnlyViewSet(ConditionalMixin, viewsets.ReadOnlyModelViewSet):
    throttle_classes = [AnonymousThrottle]
    list_parameters = LIST_PARAMETERS
    detail_parameters = {"format": FORMAT}

    @classmethod
    def as_view(cls, actions=None, **initkwargs):
        """The view, with the query parameters its action reads declared for the page cache."""
        view = super().as_view(actions, **initkwargs)
        view.page_cache_parameters = cls.list_parameters if actions.get("get") == "list" else cls.detail_parameters
        return view


@extend_schema_view(
    list=extend_schema(summary="Published stories, newest first"),
    retrieve=extend_schema(
        summary="A published story's whole structure",
        parameters=[OpenApiParameter("format", str, enum=["json", "ninjs"], description="ninjs: the IPTC ninjs 3.x form.")],
    ),
)
class StoryViewSet(ReadOnlyViewSet):
    """Stories readers may see now; a draft, scheduled or embargoed story is a 404."""

    filter_backends = [DjangoFilterBackend]
    filterset_class = StoryFilter
    list_parameters = {
        **LIST_PARAMETERS, "section": SECTION_PATH, "person": SLUG, "tag": SLUG,
        "published_since": ISO_TIME, "updated_since": ISO_TIME, "q": search.is_clean_query,
    }
    pagination_class = NewestFirst
    serializer_class = StoryDetailSerializer
    renderer_classes = [renderers.JSONRenderer, NinjsRenderer]

    def get_queryset(self):
        return Article.objects.published().for_listing()

    def get_serializer_class(self):
        return StorySummarySerializer if self.action == "list" else StoryDetailSerializer

    def list(self, request, *args, **kwargs):
        if request.accepted_renderer.format == "ninjs":
            raise Http404("ninjs is offered for one story at a time.")
        queryset = self.filter_queryset(self.get_queryset())
        page = load_summaries(self.paginate_queryset(queryset))
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    def get_object(self):
        try:
            pk = int(self.kwargs["pk"])
        except ValueError:
            raise Http404("No such story.") from None
        story = public_story(pk, timezone.now())
        if story is None:
            raise Http404("No such story.")
        self.story = story
        return story

    def retrieve(self, request, *args, **kwargs):
        story = self.get_object()
        if request.accepted_renderer.format == "ninjs":
            return Response(ninjs.story_item(story))
        return Response(self.get_serializer(story).data)

    @extend_schema(summary="A published story as IPTC ninjs 3.x", responses={200: OpenApiTypes.OBJECT})
    @action(detail=True, methods=["get"], renderer_classes=[renderers.JSONRenderer])
    def ninjs(self, request, *args, **kwargs):
        return Response(ninjs.story_item(self.get_object()))

    @extend_schema(
        summary="A published story in the article JSON form that export_article writes and import_article --json reads",
        responses={200: OpenApiTypes.OBJECT},
    )
    @action(detail=True, methods=["get"], url_path="article-json", renderer_classes=[renderers.JSONRenderer])
    def article_json(self, request, *args, **kwargs):
        story = self.get_object()
        parts = (story.page_blocks, story.page_quotes, story.page_mentions)
        return Response(export_article(story, parts=parts, for_readers=True))

    def last_modified_of(self, data):
        # The story's own save time too: an edit to its body or byline saves the story
        # without moving the update time readers see, and a note may be newer than both.
        story = getattr(self, "story", None)
        if story is None:
            return None
        return max([story.last_modified, story.modified_at, *(note.created_at for note in story.page_notes)])


@extend_schema_view(list=extend_schema(summary="Sections, in tree order"), retrieve=extend_schema(summary="A section"))
class SectionViewSet(ReadOnlyViewSet):
    """Every section; filter stories by a section's path to get its stories and its subsections'."""

    serializer_class = SectionSerializer
    pagination_class = ByPath
    queryset = Section.objects.all()


@extend_schema_view(
    list=extend_schema(summary="People readers may know of: quoted, mentioned, in a byline or credited in public stories"),
    retrieve=extend_schema(summary="A person, with their quotes in public stories"),
)
class PersonViewSet(ReadOnlyViewSet):
    """People a public story quotes, mentions or bylines, or whose photo it shows; nobody else."""

    pagination_class = ByName

    def get_queryset(self):
        return Person.objects.public().only("name", "slug", "title", "bio")

    def get_serializer_class(self):
        return PersonSerializer if self.action == "list" else PersonDetailSerializer

    def get_object(self):
        person = super().get_object()
        quotes = person.quotes.published_newest_first().select_related("article").only(
            "text", "context", "article_id", "speaker_id", "article__headline", "article__published_at",
        )
        person.public_quotes = list(quotes[:PERSON_QUOTES])
        return person


@extend_schema_view(
    list=extend_schema(summary="Photos readers can see, newest first"),
    retrieve=extend_schema(
        summary="A photo with its credits and renditions",
        parameters=[OpenApiParameter("format", str, enum=["json", "ninjs"], description="ninjs: the IPTC ninjs 3.x form.")],
    ),
)
class PhotoViewSet(ReadOnlyViewSet):
    """Photos with a file that a public story shows, with their credits and renditions."""

    serializer_class = PhotoSerializer
    pagination_class = NewestPhotoFirst
    renderer_classes = [renderers.JSONRenderer, NinjsRenderer]

    def get_queryset(self):
        return Image.objects.public().select_related("photographer", "agency")

    def list(self, request, *args, **kwargs):
        if request.accepted_renderer.format == "ninjs":
            raise Http404("ninjs is offered for one photo at a time.")
        return super().list(request, *args, **kwargs)

    def retrieve(self, request, *args, **kwargs):
        photo = self.get_object()
        if request.accepted_renderer.format == "ninjs":
            return Response(ninjs.photo_item(photo))
        return Response(self.get_serializer(photo).data)

    @extend_schema(summary="A photo as IPTC ninjs 3.x", responses={200: OpenApiTypes.OBJECT})
    @action(detail=True, methods=["get"], renderer_classes=[renderers.JSONRenderer])
    def ninjs(self, request, *args, **kwargs):
        return Response(ninjs.photo_item(self.get_object()))
