"""What a live entry is made of: the article's own blocks, minus headings (an entry is short)."""

from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock

from newsroom.blocks import PARAGRAPH_FEATURES, ImageBlock, QuoteBlock


class LiveEntryBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=PARAGRAPH_FEATURES, template="newsroom/blocks/paragraph.html"
    )
    quote = QuoteBlock()
    image = ImageBlock()
    embed = EmbedBlock(template="newsroom/blocks/embed.html")
