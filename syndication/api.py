"""The read API: published articles, topics, authors and approved comments, as JSON.

django-ninja rather than Wagtail API v2: it writes an OpenAPI 3.1 schema from typed
signatures (Wagtail's API v2 has none), validates every query parameter into a clear 422
instead of a 500, and brings pagination and cache-based throttling; it is a dependency already."""

import re
from datetime import date, datetime
from typing import Annotated

from django.conf import settings
from django.db.models import Case, IntegerField, Value, When
from django.shortcuts import get_object_or_404
from ninja import Field, NinjaAPI, Path, Query, Schema
from ninja.decorators import decorate_view
from ninja.pagination import PageNumberPagination, paginate
from ninja.throttling import AnonRateThrottle
from pydantic import BeforeValidator

from comments.models import Comment
from discovery import search, suggest
from entities.models import Entity, Quote
from entities.text import plain_text
from newsroom.models import ArticlePage, Author, TopicPage
from syndication import links
from syndication.http import conditional_get, public

SLUG = r"^[-a-zA-Z0-9_]+$"
MAX_ID = 2**31 - 1
SEARCH_LIMIT = 500  # relevance beyond the first few hundred matches is noise


class ReaderThrottle(AnonRateThrottle):
    """Per client address, counted in Django's cache
    (Redis in production); the rate is a setting."""

    def allow_request(self, request):
        self.rate = f"{settings.API_REQUESTS_PER_MINUTE}/m"
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request)


api = NinjaAPI(
    title="WindowNews read API",
    version="1",
    description=(
        "Published articles, topics, authors, approved comments, and the people, organisations "
        "and places articles name, with their quotes. Read-only; GET only."
    ),
    urls_namespace="api",
    throttle=[ReaderThrottle("120/m")],
    docs_url="/docs",
)


class Pages(PageNumberPagination):
    class Input(Schema):
        page: int = Field(1, ge=1, le=10_000)
        page_size: int = Field(20, ge=1, le=100)


class SearchPages(Pages):
    """Pages of articles, with the search page's "did you mean" for a query's near misses."""

    class Output(Schema):
        items: list
        count: int
        suggestion: str | None = Field(
            None,
            description='Search words to try instead ("did you mean"), when the q words found '
            "nothing or not every word matched and a near miss of an unknown word is known",
        )

    def paginate_queryset(self, queryset, pagination, request, **params):
        page = super().paginate_queryset(queryset, pagination, request, **params)
        return {**page, "suggestion": getattr(request, "search_suggestion", "") or None}


class Error(Schema):
    detail: object


ERRORS = {404: Error, 422: Error, 429: Error}


def shared(response):
    # Every origin may read, on every response: a page cache in front may hand this one to
    # any reader, with or without an Origin header (CorsMiddleware answers the preflights).
    response["Access-Control-Allow-Origin"] = "*"
    return public(response)


def cached(view):
    """ETag/304, public caching and CORS for every GET."""
    return decorate_view(conditional_get, lambda fn: lambda *a, **k: shared(fn(*a, **k)))(view)


def page_of(path, item, router=None, pages=None, **options):
    """GET `path` (on the API or one of its routers): one page (?page=, ?page_size=) of a list
    of `item`, cached like every GET."""

    def register(view):
        response = {200: list[item], **ERRORS}
        get = (router or api).get(path, response=response, **options)
        return get(cached(paginate(pages or Pages)(view)))

    return register


class TopicRef(Schema):
    slug: str
    title: str
    url: str

    resolve_url = staticmethod(links.page_url)


class TopicOut(TopicRef):
    description: str


class AuthorOut(Schema):
    slug: str
    name: str
    role: str
    url: str

    @staticmethod
    def resolve_url(author):
        return links.absolute(author.get_absolute_url())


class PageOut(Schema):
    """What the API says of every page: its id, plain-text title and canonical URL."""

    id: int
    title: str
    url: str

    @staticmethod
    def resolve_title(page):
        return links.plain(page.title)

    resolve_url = staticmethod(links.page_url)


class ArticleOut(PageOut):
    summary: str
    topic: TopicRef | None
    authors: list[AuthorOut]
    tags: list[str]
    published_at: datetime | None
    modified_at: datetime | None
    image: str | None = Field(
        None, description="16:9 lead image, else the drawn locator map or title card; absolute URL"
    )
    credit: str | None = Field(None, description="The credit line the text's licence asks for")

    resolve_summary = staticmethod(links.summary)
    resolve_published_at = staticmethod(links.published)
    resolve_modified_at = staticmethod(links.modified)

    @staticmethod
    def resolve_tags(article):
        return [tagged.tag.name for tagged in article.tagged_items.all()]

    @staticmethod
    def resolve_image(article):
        found = links.renditions(article.picture, [links.CARD_IMAGE])
        return links.absolute(found[0].url) if found else None

    @staticmethod
    def resolve_credit(article):
        return article.licence.credit_text(article.source_url) if article.licence_id else None


class Source(Schema):
    name: str
    url: str


class ArticleDetail(ArticleOut):
    body_html: str
    sources: list[Source]

    @staticmethod
    def resolve_body_html(article):
        return links.plain(str(article.body))

    @staticmethod
    def resolve_sources(article):
        return list(article.sources.all())


class CommentOut(Schema):
    """What the article page shows of a comment: never the email, address or user agent."""

    id: int
    parent_id: int | None
    name: str
    website: str = Field(description="The commenter's http(s) website, or empty")
    body: str = Field(description="Plain text, as typed: escape it before putting it in HTML")
    created_at: datetime


def iso_day(value):
    # pydantic would also take "0" (a Unix time) as a date; the schema promises YYYY-MM-DD only.
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("Use a date as YYYY-MM-DD.")
    return value


Day = Annotated[date, BeforeValidator(iso_day)]


class ArticleFilters(Schema):
    topic: str | None = Field(None, pattern=SLUG, max_length=100, description="Topic slug")
    tag: str | None = Field(None, pattern=SLUG, max_length=100, description="Tag slug")
    author: str | None = Field(None, pattern=SLUG, max_length=200, description="Author slug")
    since: Day | None = Field(None, description="Published on or after this day")
    until: Day | None = Field(None, description="Published on or before this day")
    q: str | None = Field(None, max_length=200, description="Search words")


def articles():
    return (
        ArticlePage.objects.published()
        .for_listing()
        .select_related("licence")
        .prefetch_related("tagged_items__tag")
    )


def filtered(filters: ArticleFilters, request=None):
    found = articles()
    if filters.topic:
        found = found.filter(topic__slug=filters.topic)
    if filters.tag:
        found = found.filter(tagged_items__tag__slug=filters.tag)
    if filters.author:
        found = found.filter(article_authors__author__slug=filters.author)
    if filters.since:
        found = found.filter(published_at__date__gte=filters.since)
    if filters.until:
        found = found.filter(published_at__date__lte=filters.until)
    found = found.distinct()
    if not search.clean_query(filters.q or ""):
        return found.newest_first()
    # The site's one reader search (discovery.search): the same safe words, the same ranking.
    results = search.find(filters.q)
    ranked = list(results[:SEARCH_LIMIT])
    if request is not None:  # read by SearchPages, as the search page shows it
        request.search_suggestion = suggest.did_you_mean(search.clean_query(filters.q), results)
    rank = Case(
        *[When(pk=pk, then=Value(n)) for n, pk in enumerate(ranked)], output_field=IntegerField()
    )
    return found.filter(pk__in=ranked).annotate(rank=rank).order_by("rank")


@page_of(
    "/articles",
    ArticleOut,
    pages=SearchPages,
    tags=["articles"],
    summary="Published articles, newest first",
)
def list_articles(request, filters: Query[ArticleFilters]):
    return filtered(filters, request)


@api.get("/articles/{article_id}", response={200: ArticleDetail, **ERRORS}, tags=["articles"])
@cached
def get_article(request, article_id: int = Path(..., ge=1, le=MAX_ID)):
    return get_object_or_404(articles().prefetch_related("sources"), pk=article_id)


@page_of(
    "/articles/{article_id}/comments",
    CommentOut,
    tags=["comments"],
    summary="Approved comments, oldest first",
)
def list_comments(request, article_id: int = Path(..., ge=1, le=MAX_ID)):
    article = get_object_or_404(ArticlePage.objects.published(), pk=article_id)
    return Comment.objects.approved().filter(article=article).oldest_first()


@page_of("/topics", TopicOut, tags=["topics"])
def list_topics(request):
    return TopicPage.objects.published().order_by("title")


@api.get("/topics/{slug}", response={200: TopicOut, **ERRORS}, tags=["topics"])
@cached
def get_topic(request, slug: str = Path(..., pattern=SLUG, max_length=100)):
    return get_object_or_404(TopicPage.objects.published(), slug=slug)


@page_of("/authors", AuthorOut, tags=["authors"], summary="Authors with published articles")
def list_authors(request):
    return Author.objects.filter(
        pk__in=ArticlePage.objects.published().values("article_authors__author")
    ).order_by("name")


@api.get("/authors/{slug}", response={200: AuthorOut, **ERRORS}, tags=["authors"])
@cached
def get_author(request, slug: str = Path(..., pattern=SLUG, max_length=200)):
    return get_object_or_404(Author, slug=slug)


# --- Who said what (entities) --------------------------------------------------------------
ENTITY_SLUG = r"^[-\w]+$"
KIND_PATHS = {
    Entity.Kind.PERSON: "people",
    Entity.Kind.ORGANISATION: "organisations",
    Entity.Kind.PLACE: "places",
}


class EntityRef(Schema):
    slug: str
    name: str
    kind: str = Field(description="person, organisation or place")
    url: str

    @staticmethod
    def resolve_url(entity):
        return links.absolute(entity.get_absolute_url())


class EntityOut(EntityRef):
    description: str = Field(description="One line on who this is, written by an editor")
    aliases: list[str] = Field(description="Other spellings and transliterations")
    same_as: list[str] = Field(description="The same entity elsewhere (Wikidata, Wikipedia)")
    iso_code: str = Field(description="ISO 3166-1 alpha-2 of a country, or a city's country")
    geonames_id: int | None


class QuoteOut(Schema):
    """A direct quote; `text == plain_text[start:end]` of its article."""

    text: str
    start: int = Field(description="Character offset into the article's plain text")
    end: int
    speaker: EntityRef | None
    confidence: float = Field(
        description="0..1: how likely the speaker is right; suggestions from 0.9 are public"
    )
    status: str = Field(description="suggested (found by rules) or confirmed (by an editor)")


class MentionOut(Schema):
    entity: EntityRef
    count: int
    salience: float = Field(description="0..1: how central to the article (1 = most)")
    confidence: float
    status: str = Field(description="suggested (found by rules) or confirmed (by an editor)")


class ArticleEntities(Schema):
    plain_text: str = Field(description="The text the quotes' offsets point into")
    quotes: list[QuoteOut]
    mentions: list[MentionOut]


class QuoteInArticle(QuoteOut):
    article_id: int
    article_url: str

    @staticmethod
    def resolve_article_url(quote):
        return links.page_url(quote.article)


@api.get(
    "/articles/{article_id}/entities",
    response={200: ArticleEntities, **ERRORS},
    tags=["entities"],
    summary="An article's quotes and the entities it names, confirmed and suggested",
    description="Everything but what editors rejected, so outside tools can check and reuse it.",
)
@cached
def get_article_entities(request, article_id: int = Path(..., ge=1, le=MAX_ID)):
    article = get_object_or_404(ArticlePage.objects.published(), pk=article_id)
    rejected = Quote.Status.REJECTED
    return {
        "plain_text": plain_text(article),
        "quotes": article.quotes.exclude(status=rejected).select_related("speaker"),
        "mentions": article.mentions.exclude(status=rejected).select_related("entity"),
    }


def entity_routes(kind, path):
    """/people, /people/{slug} and /people/{slug}/quotes, likewise for the other kinds."""

    @page_of(
        f"/{path}",
        EntityOut,
        tags=["entities"],
        summary=f"{path.capitalize()} named or quoted in published articles",
        operation_id=f"list_{path}",
        url_name=f"list_{path}",
    )
    def listing(request):
        return Entity.objects.public().filter(kind=kind).order_by("name")

    @api.get(
        f"/{path}/{{slug}}",
        response={200: EntityOut, **ERRORS},
        tags=["entities"],
        operation_id=f"get_{path}",
        url_name=f"get_{path}",
    )
    @cached
    def detail(request, slug: str = Path(..., pattern=ENTITY_SLUG, max_length=200)):
        return get_object_or_404(Entity.objects.public(), kind=kind, slug=slug)

    @page_of(
        f"/{path}/{{slug}}/quotes",
        QuoteInArticle,
        tags=["entities"],
        summary="Public quotes (confirmed, or suggested with confidence), newest article first",
        operation_id=f"list_{path}_quotes",
        url_name=f"list_{path}_quotes",
    )
    def quotes(request, slug: str = Path(..., pattern=ENTITY_SLUG, max_length=200)):
        entity = get_object_or_404(Entity.objects.public(), kind=kind, slug=slug)
        return entity.public_quotes().select_related("speaker")


for _kind, _path in KIND_PATHS.items():
    entity_routes(_kind, _path)
