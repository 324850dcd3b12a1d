"""Story search: ranked full-text search on PostgreSQL, substring matching on SQLite.

On PostgreSQL every story carries ``search_vector`` (headline weighted A, summary B, body C),
kept current by the triggers created in migration ``0002_search`` and indexed with GIN; a
query is read with ``websearch_to_tsquery``, so anything a reader types is valid syntax.
SQLite has no full-text column here, so each word must appear somewhere in the story.

Results carry a ``passage``: the best matching paragraph around the words found, escaped,
with the matches in ``<mark>``.
"""

import html
import re

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import F, Q, Value
from django.db.models.functions import Replace
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .blocks import BLOCK_KINDS
from .models import Article, Block

SEARCH_CONFIG = "english"
MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
PASSAGE_WORDS = 40
# Private-use characters mark the matches until the passage is escaped; then they become <mark>.
START, STOP = "\ue000", "\ue001"
PASSAGE_KINDS = tuple(name for name, kind in BLOCK_KINDS.items() if kind.passage)


def clean_query(raw):
    """What a reader typed, made safe to search: no control characters, single spaces, bounded length."""
    text = "".join(ch if ch.isprintable() else " " for ch in (raw or "")[: MAX_QUERY_LENGTH * 4])
    text = text.replace(START, " ").replace(STOP, " ")
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def is_clean_query(raw):
    """True when raw is already a query as clean_query() leaves it."""
    return raw == clean_query(raw)


def query_terms(query):
    """The distinct words of a query, for the SQLite fallback and for highlighting."""
    seen = []
    for word in re.findall(r"\w+", query):
        if word.casefold() not in (w.casefold() for w in seen):
            seen.append(word)
    return seen[:MAX_TERMS]


def uses_full_text():
    return connection.vendor == "postgresql"


def search_articles(query, queryset=None):
    """Published stories matching query, best first (newest first on SQLite)."""
    queryset = Article.objects.published() if queryset is None else queryset
    if not query:
        return queryset.none()
    if uses_full_text():
        ts_query = SearchQuery(query, config=SEARCH_CONFIG, search_type="websearch")
        return (
            queryset.filter(search_vector=ts_query)
            .annotate(rank=SearchRank(F("search_vector"), ts_query))
            .order_by("-rank", "-published_at", "-id")
        )
    terms = query_terms(query)
    if not terms:
        return queryset.none()
    for term in terms:
        in_body = Block.objects.filter(text__icontains=term).values("article_id")
        queryset = queryset.filter(Q(headline__icontains=term) | Q(dek__icontains=term) | Q(id__in=in_body))
    return queryset.order_by("-published_at", "-id")


def attach_passages(articles, query):
    """Give each story of a results page its matching passage, in one query whatever the page size."""
    articles = list(articles)
    if not articles or not query:
        return articles
    ids = [article.id for article in articles]
    if uses_full_text():
        best = passages_from_full_text(ids, query)
    else:
        best = passages_from_substrings(ids, query)
    for article in articles:
        article.passage = best.get(article.id) or highlight_text(article.dek, query_terms(query))
    return articles


def passages_from_full_text(ids, query):
    ts_query = SearchQuery(query, config=SEARCH_CONFIG, search_type="websearch")
    rows = (
        Block.objects.filter(article_id__in=ids, kind__in=PASSAGE_KINDS)
        .annotate(vector=SearchVector("text", config=SEARCH_CONFIG))
        .filter(vector=ts_query)
        .annotate(
            rank=SearchRank(F("vector"), ts_query),
            # ts_headline drops anything shaped like an HTML tag, so it reads the text escaped.
            passage=SearchHeadline(
                escaped_in_sql("text"), ts_query, config=SEARCH_CONFIG, start_sel=START, stop_sel=STOP,
                max_words=PASSAGE_WORDS, min_words=PASSAGE_WORDS // 2,
            ),
        )
        .order_by("article_id", "-rank", "position")
        .distinct("article_id")
        .values_list("article_id", "passage")
    )
    return {article_id: marked_passage(html.unescape(passage)) for article_id, passage in rows}


def escaped_in_sql(field):
    expression = F(field)
    for raw, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")):
        expression = Replace(expression, Value(raw), Value(entity))
    return expression


def passages_from_substrings(ids, query):
    terms = query_terms(query)
    if not terms:
        return {}
    match = Q()
    for term in terms:
        match |= Q(text__icontains=term)
    rows = (
        Block.objects.filter(article_id__in=ids, kind__in=PASSAGE_KINDS).filter(match)
        .order_by("article_id", "position", "id").values_list("article_id", "text")
    )
    best = {}
    for article_id, text in rows:
        if article_id not in best:
            best[article_id] = highlight_text(text, terms)
    return best


def highlight_text(text, terms, *, words=PASSAGE_WORDS):
    """A window of text around the first matching word, escaped, with the matches marked."""
    if not text:
        return ""
    pattern = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE) if terms else None
    found = pattern.search(text) if pattern else None
    tokens = text.split(" ")
    if found and len(tokens) > words:
        before = text[: found.start()].count(" ")
        start = max(0, before - words // 3)
        window = " ".join(tokens[start:start + words])
        text = ("… " if start else "") + window + (" …" if start + words < len(tokens) else "")
    elif len(tokens) > words:
        text = " ".join(tokens[:words]) + " …"
    if pattern:
        text = pattern.sub(lambda m: f"{START}{m.group(0)}{STOP}", text)
    return marked_passage(text)


def marked_passage(text):
    """Escape a passage, then turn the match markers (and only well-formed pairs) into <mark>."""
    escaped = escape(text or "")
    marked = re.sub(f"{START}([^{START}{STOP}]*){STOP}", r"<mark>\1</mark>", escaped)
    return mark_safe(marked.replace(START, "").replace(STOP, ""))
