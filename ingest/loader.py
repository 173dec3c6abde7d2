"""Build the demo site: page tree, the flagship seed article and the open-licence corpus.

Every step looks for what it would create first, so running it again adds nothing.
The whole load is one transaction, and the search index is written once at the end
(see `ingest.indexing`), which keeps a first `windownews demo` fast."""

from datetime import UTC, datetime, time

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.utils.html import format_html
from django.utils.text import slugify
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale, Page, Site

from ingest import corpus
from ingest.indexing import deferred_indexing
from ingest.seed import Quote, load_seed
from ingest.text import paragraph_html
from newsroom.models import (
    ArticleAuthor,
    ArticlePage,
    ArticleSource,
    Author,
    HomePage,
    Licence,
    NewsIndexPage,
    TopicIndexPage,
    TopicPage,
)

# The seed file carries no date. Its text places it the day after "Tuesday" on which
# the US$13.6 billion Ukraine aid bill was signed (15 March 2022).
SEED_PUBLISHED_AT = datetime(2022, 3, 16, 9, 0, tzinfo=UTC)
SEED_EXTERNAL_ID = "seed-global-windownews"
SEED_AUTHOR = "Global WindowNews Desk"
TEASER_NOTE = (
    "<p>This is a summary of a story by {name}. "
    '<a href="{url}">Read the full story on {name}.</a></p>'
)


def load_demo(include_corpus=True) -> dict:
    with deferred_indexing(), transaction.atomic():
        return _load(include_corpus)


def _load(include_corpus):
    seed = load_seed()
    tree = ensure_sections(seed.site_name)
    home, news, topics = tree["home"], tree["news"], tree["topics"]
    topics[corpus.FALLBACK_TOPIC[0]] = ensure_topic(tree["topics_index"], *corpus.FALLBACK_TOPIC)
    _keep_demo_comments_open(home)
    loader = ArticleLoader(news, topics)
    if SEED_EXTERNAL_ID not in loader.existing:
        loader.add_seed(seed)
    if include_corpus:
        for item in corpus.wikinews(skip=loader.existing) + corpus.global_voices(
            skip=loader.existing
        ):
            loader.add_corpus_article(item)
    loader.finish()
    if loader.created:
        # Bulk-created pages send no publish signal: every related list is computed in one batch.
        from discovery.related import compute_all
        from discovery.suggest import learn_everything
        from pictures.articles import draw_missing

        compute_all()
        learn_everything()  # the search's "did you mean" vocabulary
        draw_missing()  # the locator maps and title cards of articles without a photo
    if include_corpus:
        from ingest.live_demo import ensure_live_page

        ensure_live_page()
    return {"home": home, "created": loader.created}


def _keep_demo_comments_open(home):
    """The demo's articles date from 2022: without this the default 'close comments after
    30 days' would close every one of them and there would be nothing to try."""
    from comments.models import CommentSettings

    CommentSettings.objects.get_or_create(site=home.get_site(), defaults={"close_after_days": 0})


def ensure_sections(site_name: str) -> dict:
    """The home page, /news/, /topics/ and a story-line per demo topic, found or made."""
    home = ensure_site(site_name)
    news = ensure_child(home, NewsIndexPage, title="News", slug="news")
    topics_index = ensure_child(home, TopicIndexPage, title="Topics", slug="topics")
    topics = {
        name: ensure_topic(topics_index, name, description)
        for name, (description, _) in corpus.TOPICS.items()
    }
    return {"home": home, "news": news, "topics_index": topics_index, "topics": topics}


def ensure_site(site_name: str) -> HomePage:
    home = HomePage.objects.first()
    if home is None:
        # Wagtail's first migration leaves a "Welcome" page (slug "home") as the site root;
        # ours replaces it.
        Page.objects.filter(depth=2, content_type__model="page").delete()
        home = _tree_root().add_child(instance=HomePage(title=site_name, slug="home"))
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.root_page, site.hostname, site.port = home, site.hostname or "localhost", site.port or 80
    site.site_name = site.site_name or site_name
    site.save()
    return home


def _tree_root() -> Page:
    """Wagtail's migrations make the tree's root and the default locale; a database emptied
    since (a transactional test's flush) has neither, so make them again."""
    root = Page.get_first_root_node()
    if root is None:
        # The flush also emptied django_content_type; ids cached before it are gone.
        ContentType.objects.clear_cache()
        Locale.objects.get_or_create(
            language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
        )
        root = Page.add_root(instance=Page(title="Root", slug="root"))
    return root


def root_collection() -> Collection:
    """The image library's root, which Wagtail's migrations make (and a flush empties):
    without it every new image or document fails on its default collection."""
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def ensure_topic(index, name, description, slug=None) -> TopicPage:
    slug = slug or slugify(name)
    return ensure_child(index, TopicPage, title=name, slug=slug, description=description)


class ArticleLoader:
    """Adds articles under /news/ in bulk: paths, slugs, authors and licences are
    worked out in memory instead of asked of the database once per article."""

    def __init__(self, news, topics):
        self.news, self.topics, self.created = news, topics, 0
        self.existing = set(
            ArticlePage.objects.exclude(external_id="").values_list("external_id", flat=True)
        )
        self.slugs = set(Page.objects.child_of(news).values_list("slug", flat=True))
        self.authors = {author.name: author for author in Author.objects.all()}
        self.author_slugs = {author.slug for author in self.authors.values()}
        self.licences = {}
        last = news.get_last_child()
        self.last_step = int(last.path[-Page.steplen :], 36) if last else 0

    def add_seed(self, seed):
        body = [
            _quote_block(part) if isinstance(part, Quote) else ("paragraph", paragraph_html(part))
            for part in seed.body
        ]
        return self.add(
            title=seed.headline,
            topic=self.topics[seed.topic],
            body=body,
            published_at=SEED_PUBLISHED_AT,
            external_id=SEED_EXTERNAL_ID,
            authors=[SEED_AUTHOR],
            tags=["Ukraine", "NATO", "Russia"],
            sources=seed.sources,
        )

    def add_corpus_article(self, item: corpus.CorpusArticle):
        name, template = corpus.CREDITS[item.credit]
        body = [("paragraph", paragraph_html(text)) for text in item.paragraphs]
        standfirst = ""
        if item.is_teaser:
            # Marked as what it is: the teaser is the standfirst, the body says where the story is.
            standfirst = " ".join(item.paragraphs)
            body = [("paragraph", format_html(TEASER_NOTE, name=name, url=item.url))]
        return self.add(
            standfirst=standfirst,
            title=item.title,
            topic=self.topics[item.topic],
            body=body,
            published_at=datetime.combine(item.date, time(12, 0), tzinfo=UTC),
            external_id=item.external_id,
            authors=item.authors,
            tags=item.tags[:8],
            licence=self.licence(name, template),
            source_url=item.url,
        )

    def add(
        self,
        *,
        title,
        topic,
        body,
        published_at,
        external_id,
        authors,
        tags,
        licence=None,
        source_url="",
        sources=(),
        standfirst="",
    ):
        article = ArticlePage(
            title=title[:255],
            draft_title=title[:255],
            slug=self.slug(title),
            locale_id=self.news.locale_id,
            topic=topic,
            standfirst=standfirst[:500],
            body=body,
            published_at=published_at,
            external_id=external_id,
            licence=licence,
            source_url=source_url,
            first_published_at=published_at,
            last_published_at=published_at,
            # No revision is made for loaded text; the admin's "Updated" column reads this.
            latest_revision_created_at=published_at,
            live=True,
        )
        article.tags.add(*[tag[:100] for tag in tags])
        article.article_authors = [
            ArticleAuthor(author=self.author(name), sort_order=order)
            for order, name in enumerate(authors)
        ]
        article.sources = [
            ArticleSource(name=name, url=url, sort_order=order)
            for order, (name, url) in enumerate(sources)
        ]
        # What treebeard's add_child does, without re-reading the parent for every article.
        self.last_step += 1
        article.depth = self.news.depth + 1
        article.path = Page._get_path(self.news.path, article.depth, self.last_step)
        article.url_path = f"{self.news.url_path}{article.slug}/"
        article.save(clean=False)  # the loader's own data: slug unique, title cut to size
        self.existing.add(external_id)
        self.created += 1
        return article

    def finish(self):
        Page.objects.filter(pk=self.news.pk).update(numchild=F("numchild") + self.created)

    def slug(self, title):
        base = base_slug(title)
        slug, n = base, 2
        while slug in self.slugs:
            slug, n = f"{base}-{n}", n + 1
        self.slugs.add(slug)
        return slug

    def author(self, name):
        if name not in self.authors:
            base = slugify(name) or "author"
            slug, n = base, 2
            while slug in self.author_slugs:
                slug, n = f"{base}-{n}", n + 1
            self.author_slugs.add(slug)
            self.authors[name] = Author.objects.create(name=name, slug=slug)
        return self.authors[name]

    def licence(self, name, template):
        if (name, template) not in self.licences:
            self.licences[name, template] = Licence.objects.get_or_create(
                name=name, credit_template=template
            )[0]
        return self.licences[name, template]


def _quote_block(quote: Quote):
    return (
        "quote",
        {
            "text": quote.text,
            "speaker": quote.speaker,
            "source": quote.source,
            "context": quote.attribution,
        },
    )


def ensure_child(parent, model, **fields):
    """The parent's child page with this slug, made from `fields` if it has none yet."""
    existing = model.objects.child_of(parent).filter(slug=fields["slug"]).first()
    return existing or parent.add_child(instance=model(**fields))


def base_slug(title):
    """A page slug from a title, in its own script (Wagtail allows Unicode slugs)."""
    return slugify(title, allow_unicode=True)[:70].strip("-") or "article"


def _unique_slug(parent, title):
    base = base_slug(title)
    taken = set(
        Page.objects.child_of(parent).filter(slug__startswith=base).values_list("slug", flat=True)
    )
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug
