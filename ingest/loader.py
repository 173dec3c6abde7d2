"""Build the demo site: page tree, the flagship seed article and the open-licence corpus.

Every step looks for what it would create first, so running it again adds nothing."""

from datetime import UTC, datetime, time

from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Page, Site

from ingest import corpus
from ingest.seed import Quote, load_seed
from ingest.text import paragraph_html
from newsroom.models import ArticleAuthor, ArticlePage, ArticleSource, Author, HomePage, Licence, NewsIndexPage, TopicIndexPage, TopicPage

# The seed file carries no date. Its text places it the day after "Tuesday" on which
# the US$13.6 billion Ukraine aid bill was signed (15 March 2022).
SEED_PUBLISHED_AT = datetime(2022, 3, 16, 9, 0, tzinfo=UTC)
SEED_EXTERNAL_ID = "seed-global-windownews"
SEED_AUTHOR = "Global WindowNews Desk"


@transaction.atomic
def load_demo(include_corpus=True) -> dict:
    seed = load_seed()
    home = ensure_site(seed.site_name)
    news = _child(home, NewsIndexPage, title="News", slug="news")
    topics_index = _child(home, TopicIndexPage, title="Topics", slug="topics")
    topics = {name: ensure_topic(topics_index, name, description) for name, (description, _) in corpus.TOPICS.items()}
    topics[corpus.FALLBACK_TOPIC[0]] = ensure_topic(topics_index, *corpus.FALLBACK_TOPIC)
    _keep_demo_comments_open(home)
    created = 0
    if not _exists(SEED_EXTERNAL_ID):
        add_seed_article(news, topics, seed)
        created += 1
    if include_corpus:
        for item in corpus.wikinews() + corpus.global_voices():
            if not _exists(item.external_id):
                add_corpus_article(news, topics, item)
                created += 1
    if created:
        # Bulk-created pages send no publish signal: every related list is computed in one batch.
        from discovery.related import compute_all

        compute_all()
    return {"home": home, "created": created}


def _keep_demo_comments_open(home):
    """The demo's articles date from 2022: without this the default 'close comments after
    30 days' would close every one of them and there would be nothing to try."""
    from comments.models import CommentSettings

    CommentSettings.objects.get_or_create(site=home.get_site(), defaults={"close_after_days": 0})


def ensure_site(site_name: str) -> HomePage:
    home = HomePage.objects.first()
    if home is None:
        # Wagtail's first migration leaves a "Welcome" page (slug "home") as the site root; ours replaces it.
        Page.objects.filter(depth=2, content_type__model="page").delete()
        home = Page.get_first_root_node().add_child(instance=HomePage(title=site_name, slug="home"))
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.root_page, site.hostname, site.port = home, site.hostname or "localhost", site.port or 80
    site.site_name = site.site_name or site_name
    site.save()
    return home


def ensure_topic(index, name, description) -> TopicPage:
    return _child(index, TopicPage, title=name, slug=slugify(name), description=description)


def add_seed_article(news, topics, seed):
    body = [_quote_block(part) if isinstance(part, Quote) else ("paragraph", paragraph_html(part)) for part in seed.body]
    article = _article(
        news,
        title=seed.headline,
        topic=topics[seed.topic],
        body=body,
        published_at=SEED_PUBLISHED_AT,
        external_id=SEED_EXTERNAL_ID,
        authors=[SEED_AUTHOR],
        tags=["Ukraine", "NATO", "Russia"],
        sources=seed.sources,
    )
    return article


def add_corpus_article(news, topics, item: corpus.CorpusArticle):
    name, template = corpus.CREDITS[item.credit]
    licence, _ = Licence.objects.get_or_create(name=name, credit_template=template)
    body = [("paragraph", paragraph_html(text)) for text in item.paragraphs]
    if item.is_teaser:
        body.append(("paragraph", f'<p><a href="{item.url}">Read the full story on {name}.</a></p>'))
    return _article(
        news,
        title=item.title,
        topic=topics[item.topic],
        body=body,
        published_at=datetime.combine(item.date, time(12, 0), tzinfo=UTC),
        external_id=item.external_id,
        authors=item.authors,
        tags=item.tags[:8],
        licence=licence,
        source_url=item.url,
    )


def _article(news, *, title, topic, body, published_at, external_id, authors, tags, licence=None, source_url="", sources=()):
    article = ArticlePage(
        title=title[:255],
        slug=_unique_slug(news, title),
        topic=topic,
        body=body,
        published_at=published_at,
        external_id=external_id,
        licence=licence,
        source_url=source_url,
        first_published_at=published_at,
        last_published_at=published_at,
        live=True,
    )
    article.tags.add(*[tag[:100] for tag in tags])
    article.article_authors = [ArticleAuthor(author=_author(name), sort_order=order) for order, name in enumerate(authors)]
    article.sources = [ArticleSource(name=name, url=url, sort_order=order) for order, (name, url) in enumerate(sources)]
    news.add_child(instance=article)
    return article


def _author(name):
    return Author.objects.filter(name=name).first() or Author.objects.create(name=name, slug=_author_slug(name))


def _author_slug(name):
    base = slugify(name) or "author"
    slug, n = base, 2
    while Author.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _quote_block(quote: Quote):
    return ("quote", {"text": quote.text, "speaker": quote.speaker, "source": quote.source, "context": quote.attribution})


def _exists(external_id):
    return ArticlePage.objects.filter(external_id=external_id).exists()


def _child(parent, model, **fields):
    existing = model.objects.child_of(parent).filter(slug=fields["slug"]).first()
    return existing or parent.add_child(instance=model(**fields))


def _unique_slug(parent, title):
    base = slugify(title)[:70].strip("-") or "article"
    taken = set(Page.objects.child_of(parent).filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug
