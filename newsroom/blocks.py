"""The StreamField blocks an article body is made of, kept in one place."""

import nh3
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200)
    level = blocks.ChoiceBlock(choices=[("h2", "Heading"), ("h3", "Subheading")], default="h2")

    class Meta:
        icon = "title"
        template = "newsroom/blocks/heading.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(help_text="The words quoted, without quotation marks.")
    speaker = blocks.CharBlock(max_length=200, help_text="Who said it.")
    source = blocks.CharBlock(
        max_length=200,
        required=False,
        help_text="Outlet the quote was taken from, if not our own reporting.",
    )
    context = blocks.CharBlock(
        max_length=500,
        required=False,
        help_text="When and where it was said, e.g. 'told the RBK newspaper'.",
    )

    class Meta:
        icon = "openquote"
        template = "newsroom/blocks/quote.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=300, help_text="Describe the picture for readers who cannot see it."
    )
    caption = blocks.CharBlock(max_length=500, required=False)
    credit = blocks.CharBlock(max_length=200, required=False)

    class Meta:
        icon = "image"
        template = "newsroom/blocks/image.html"


class GalleryImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(max_length=300, required=False)
    caption = blocks.CharBlock(max_length=500, required=False)


class GalleryBlock(blocks.StructBlock):
    images = blocks.ListBlock(GalleryImageBlock())
    caption = blocks.CharBlock(max_length=500, required=False)

    class Meta:
        icon = "image"
        template = "newsroom/blocks/gallery.html"


class MediaBlock(blocks.StructBlock):
    """An audio or video file played in the page (an embed is for hosted players)."""

    kind = blocks.ChoiceBlock(choices=[("audio", "Audio"), ("video", "Video")], default="video")
    url = blocks.CharBlock(max_length=500, help_text="The file's address.")
    caption = blocks.CharBlock(max_length=500, required=False)

    class Meta:
        icon = "media"
        template = "newsroom/blocks/media.html"


class SanitisedHTMLBlock(blocks.RawHTMLBlock):
    """HTML no other block can hold (a table, code, an imported widget), always cleaned by nh3
    when read, so whatever was stored can never carry a script into a page."""

    def to_python(self, value):
        return super().to_python(nh3.clean(value or ""))

    def get_prep_value(self, value):
        return nh3.clean(str(value or ""))

    class Meta:
        icon = "code"
        template = "newsroom/blocks/html.html"


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=PARAGRAPH_FEATURES, template="newsroom/blocks/paragraph.html"
    )
    heading = HeadingBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    embed = EmbedBlock(
        help_text="A link to a post or video (YouTube, X, Bluesky ...).",
        template="newsroom/blocks/embed.html",
    )
    gallery = GalleryBlock()
    media = MediaBlock()
    separator = blocks.StaticBlock(
        admin_text="A line between two parts of the text.",
        template="newsroom/blocks/separator.html",
        icon="horizontalrule",
    )
    html = SanitisedHTMLBlock()
