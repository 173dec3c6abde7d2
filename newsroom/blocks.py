"""The StreamField blocks an article body is made of, kept in one place."""

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
