"""Which picture an article without a photo gets, drawn once and kept as a Wagtail image.

A locator map depends only on the country, so one image serves every article about it; a
title card is the article's own. Either way the article's key records what was drawn: the
picture is redrawn only when the key changes (a new headline, topic or place, or a new
DRAWING_VERSION after the design of the pictures changed)."""

from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Collection

from newsroom.images import CleanImageFile
from newsroom.models import ArticlePage
from pictures import atlas, drawing

DRAWING_VERSION = 1
MAP_TITLE = "Map showing where {} is"
# Every size of a picture that reader pages ask for, spelled as their tags spell them: the cards
# (templates/components/article_card.html), the article's own (templates/newsroom/lead_image.html)
# and its social card and JSON-LD (syndication.links). Made by the publish task before a page
# shows the picture: made on a page's first render instead, they cost a reader ~1 s of CPU
# (pictures/tests/test_renditions_ready.py keeps this list in step with the templates).
READER_RENDITIONS = (
    *Filter.expand_spec(
        "fill-{480x270,800x450,1200x675,160x90,320x180,640x360,720x405,960x540}|format-webp"
    ),
    *Filter.expand_spec("fill-{1200x630,1200x675,1200x900,1200x1200}"),
)
DRAWN_RENDITIONS = (
    *READER_RENDITIONS,
    *Filter.expand_spec("format-{webp,jpeg}|fill-{400x225,800x450,1200x675}"),
)
PHOTO_RENDITIONS = (
    *READER_RENDITIONS,
    *Filter.expand_spec("format-{avif,webp,jpeg}|width-{400,800,1200}"),
)


def wanted(article):
    """(key, place) of the picture the article should have; place is None for a title card."""
    tags = [tag.name for tag in article.tags.all()]
    place = atlas.place_of(tags, article.title)
    if place:
        return f"v{DRAWING_VERSION}:map:{place}", place
    topic = article.topic.title if article.topic_id else ""
    return f"v{DRAWING_VERSION}:card:{topic}:{article.title}"[:200], None


def ensure_picture(article, renditions=()) -> bool:
    """Draw (or find) the article's picture unless it has the right one; True when it changed.
    The `renditions` are made before the article names the picture, so no page waits on them."""
    if article.lead_image_id:
        return False
    key, place = wanted(article)
    if key == article.generated_image_key and article.generated_image_id:
        return False
    old = article.generated_image if article.generated_image_id else None
    own_card = old if old is not None and "/card-" in old.file.name else None
    image = map_image(place, key) if place else card_image(article, key, own_card)
    image.get_renditions(*renditions)
    ArticlePage.objects.filter(pk=article.pk).update(generated_image=image, generated_image_key=key)
    article.generated_image, article.generated_image_key = image, key
    return True


def map_image(place, key):
    title = MAP_TITLE.format(place)
    Image = get_image_model()
    found = Image.objects.filter(title=title, file__contains=f"map-v{DRAWING_VERSION}-").first()
    if found:
        return found
    slug = place.lower().replace(" ", "-").replace(".", "")
    return store(title, f"map-v{DRAWING_VERSION}-{slug}.jpg", drawing.locator_map(place))


def card_image(article, key, own_card=None):
    """The article's title card, redrawn in place when it has one: the image row keeps its id,
    so a page row or revision still naming it never points at a deleted image."""
    topic = article.topic.title if article.topic_id else "News"
    picture = drawing.title_card(topic, article.title)
    if own_card is None:
        return store(f"Title card: {topic}", f"card-{article.pk}.jpg", picture)
    own_card.renditions.all().delete()
    own_card.title = f"Title card: {topic}"
    own_card.file = CleanImageFile(f"card-{article.pk}.jpg", drawing.jpeg(picture), "image/jpeg")
    own_card.save()
    return own_card


def store(title, name, picture):
    data = drawing.jpeg(picture)
    # Wagtail's migration makes the root collection; a database flushed by a test has none.
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    image = get_image_model()(title=title, collection=root)
    # Our own PNG needs no re-encoding (newsroom.images does it for uploads).
    image.file = CleanImageFile(name, data, content_type="image/jpeg")
    image.save()
    return image


def draw_missing(articles=None) -> int:
    """Every article's picture that is missing or out of date, e.g. after a bulk import."""
    articles = articles if articles is not None else ArticlePage.objects.all()
    changed = 0
    articles = articles.filter(lead_image__isnull=True).select_related("topic", "generated_image")
    for article in articles.prefetch_related("tags"):
        changed += ensure_picture(article)
    return changed


def reader_renditions(article):
    return PHOTO_RENDITIONS if article.lead_image_id else DRAWN_RENDITIONS
