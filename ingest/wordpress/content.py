"""A WordPress post's content (classic HTML or Gutenberg markup) as our StreamField blocks.

`convert(content, links)` returns (blocks, notes). `links` answers for the old site: which
image an <img> or attachment id is, and where an old address now lives (see `run.Links`).
What no block can hold is kept as sanitised HTML and noted, never dropped."""

import json
import re

import nh3
from lxml import etree, html

from ingest.wordpress import shortcodes
from ingest.wordpress.links import upload_key

RICH_TAGS = {"p", "b", "i", "a", "br", "ul", "ol", "li"}
RENAMED = {"strong": "b", "em": "i"}
HEADINGS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h3", "h5": "h3", "h6": "h3"}
WRAPPERS = {"div", "section", "article", "main", "aside", "header", "footer", "span", "center"}
EMBED_HOSTS = re.compile(
    r"^https?://(www\.|m\.)?(youtube\.com|youtu\.be|vimeo\.com|twitter\.com|x\.com|"
    r"bsky\.app|instagram\.com|flickr\.com|soundcloud\.com|spotify\.com|tiktok\.com|"
    r"facebook\.com|dailymotion\.com|ted\.com|slideshare\.net|wordpress\.tv|"
    r"videopress\.com|speakerdeck\.com|open\.spotify\.com)/\S*$",
    re.I,
)


REUSABLE = re.compile(r"<!--\s*wp:block\s+(\{[^>]*?\})\s*/-->")


class Converter:
    def __init__(self, links, post_id=""):
        self.links, self.post_id = links, post_id
        self.blocks, self.notes = [], set()

    def run(self, content, footnotes=""):
        content = self.reusable(content)
        used, dynamic = shortcodes.block_names(content)
        notes = self.footnotes(footnotes) if "footnotes" in dynamic else []
        dynamic -= {"footnotes"} if notes else set()
        for name in sorted(dynamic):
            self.notes.add(f"block wp:{name} (rendered by WordPress, no content in the export)")
        text = shortcodes.strip_comments(content)
        unknown = set()
        text = shortcodes.expand(text, unknown)
        self.notes.update(f"shortcode [{name}]" for name in unknown)
        if not used:
            text = shortcodes.autop(text)
        if text.strip():
            for node in html.fragments_fromstring(text):
                self.node(node)
        if notes:
            self.add("heading", {"text": "Notes", "level": "h2"})
            self.paragraph("<ol>" + "".join(f"<li>{note}</li>" for note in notes) + "</ol>")
        return self.blocks, sorted(self.notes)

    def reusable(self, content):
        """A reusable block (<!-- wp:block {"ref":12} /-->) is its wp_block item's content."""
        if "wp:block " not in content:
            return content

        def placed(match):
            try:
                ref = str(json.loads(match.group(1)).get("ref", ""))
            except (ValueError, AttributeError):
                ref = ""
            found = self.links.reusable.get(ref)
            if found is None:
                self.notes.add("reusable block not in the export: left out")
                return ""
            return REUSABLE.sub("", found)  # one level: a block can't hold itself

        return REUSABLE.sub(placed, content)

    @staticmethod
    def footnotes(meta):
        """WordPress 6.3's footnotes live in the post's "footnotes" meta (JSON), not its text."""
        try:
            found = json.loads(meta) if meta else []
        except ValueError:
            return []
        if not isinstance(found, list):
            return []
        return [note["content"] for note in found if isinstance(note, dict) and note.get("content")]

    # --- one element ---------------------------------------------------------------------
    def node(self, node):
        if isinstance(node, str):
            if node.strip():
                self.paragraph(f"<p>{node}</p>")
            return
        if not isinstance(node.tag, str):
            return
        tag, classes = node.tag.lower(), node.get("class", "")
        handler = getattr(self, f"tag_{tag}", None)
        if "wp-shortcode-gallery" in classes:
            self.shortcode_gallery(node)
        elif handler is not None:
            handler(node, classes)
        elif tag in HEADINGS:
            self.heading(node, tag)
        elif tag in WRAPPERS:
            self.children(node)
        else:
            self.raw(node)
        if node.tail and node.tail.strip():
            self.paragraph(f"<p>{node.tail}</p>")

    def children(self, node):
        if node.text and node.text.strip():
            self.paragraph(f"<p>{node.text}</p>")
        for child in node:
            self.node(child)

    def tag_p(self, node, classes):
        only = [child for child in node if isinstance(child.tag, str)]
        words = (node.text or "").strip()
        alone = len(only) == 1 and not (only[0].tail or "").strip()
        if not words and alone and self.media_inside(only[0]):
            return self.figure(only[0], "")
        if not only and EMBED_HOSTS.match(words):
            return self.embed(words)
        self.media_out_of(node)
        self.paragraph(outer(node))

    def media_out_of(self, node):
        """An image or player inside a paragraph's text (the classic editor's aligned image,
        the block editor's inline image) becomes a block of its own before the paragraph:
        a paragraph holds only text and links."""
        for found in list(node.iter("img", "iframe")):
            if found is node:
                continue
            wrapper = found.getparent()
            alone = wrapper is not None and wrapper.tag == "a" and len(wrapper) == 1
            alone = alone and not (wrapper.text or "").strip() and not (found.tail or "").strip()
            self.figure(found, "")
            drop(wrapper if alone else found)

    def tag_ul(self, node, classes):
        self.paragraph(outer(node))

    tag_ol = tag_ul

    def tag_hr(self, node, classes):
        self.add("separator", None)

    def tag_blockquote(self, node, classes):
        cite = node.find(".//cite")
        speaker = cite.text_content().strip() if cite is not None else ""
        if cite is not None:
            cite.drop_tree()
        text = (
            "\n\n".join(part.text_content().strip() for part in node if part.text_content().strip())
            or node.text_content().strip()
        )
        if text:
            self.add("quote", {"text": text, "speaker": speaker[:200], "source": "", "context": ""})

    def tag_figure(self, node, classes):
        caption = node.find(".//figcaption")
        words = caption.text_content().strip() if caption is not None else ""
        if caption is not None:
            caption.drop_tree()
        if "wp-block-embed" in classes or node.find(".//iframe") is not None:
            return self.embed(self.embed_url(node), words)
        if node.find(".//blockquote") is not None:
            return self.tag_blockquote(node.find(".//blockquote"), classes)
        images = node.findall(".//img")
        if "gallery" in classes or len(images) > 1:
            return self.gallery(images, words)
        if node.find(".//audio") is not None or node.find(".//video") is not None:
            return self.media(node, words)
        if images:
            return self.image(images[0], words)
        self.raw(node)

    def tag_img(self, node, classes):
        self.image(node, "")

    def tag_iframe(self, node, classes):
        self.embed(node.get("src", ""))

    def tag_audio(self, node, classes):
        self.media(node, "")

    tag_video = tag_audio

    def tag_script(self, node, classes):
        self.notes.add("<script> removed")

    tag_style = tag_script

    # --- blocks --------------------------------------------------------------------------
    def add(self, kind, value):
        self.blocks.append((kind, value))

    def paragraph(self, markup):
        rich = rich_text(markup, self.links)
        if strip_tags(rich):
            self.add("paragraph", rich)

    def heading(self, node, tag):
        text = " ".join(node.text_content().split())
        if text:
            self.add("heading", {"text": text[:200], "level": HEADINGS[tag]})

    def media_inside(self, node):
        return node.tag in ("img", "iframe") or node.find(".//img") is not None

    def figure(self, node, caption):
        if node.tag == "iframe":
            return self.embed(node.get("src", ""), caption)
        img = node if node.tag == "img" else node.find(".//img")
        self.image(img, caption)

    def image(self, img, caption):
        found = self.links.image(img.get("src", ""), img.get("class", ""))
        alt = img.get("alt", "").strip()
        if found is None:
            self.notes.add("image not imported (file missing): kept as its caption")
            if caption or alt:
                self.paragraph(f"<p>{html_escape(caption or alt)}</p>")
            return
        image, stored_alt, stored_caption, credit = found
        self.add(
            "image",
            {
                "image": image,
                "alt_text": (alt or stored_alt or image.title)[:300],
                "caption": (caption or stored_caption)[:500],
                "credit": credit[:200],
            },
        )

    def gallery(self, images, caption, found=None):
        found = found or [
            (self.links.image(img.get("src", ""), img.get("class", "")), img.get("alt", ""))
            for img in images
        ]
        items = [
            {"image": hit[0], "alt_text": (alt or hit[1])[:300], "caption": hit[2][:500]}
            for hit, alt in found
            if hit is not None
        ]
        if len(items) < len(found):
            self.notes.add("gallery image not imported (file missing)")
        if items:
            self.add("gallery", {"images": items, "caption": caption[:500]})

    def shortcode_gallery(self, node):
        ids = [part for part in re.split(r"[,\s]+", node.get("data-ids", "")) if part]
        found = (
            [(self.links.image_by_id(wp_id), "") for wp_id in ids]
            if ids
            else [(hit, "") for hit in self.links.attached_images(self.post_id)]
        )
        self.gallery([], "", found)

    def embed(self, url, caption=""):
        url = url.strip()
        if url.startswith("//"):
            url = "https:" + url
        if url.startswith(("http://", "https://")):
            self.add("embed", url)
            if caption:
                self.paragraph(f"<p>{html_escape(caption)}</p>")
        else:
            self.notes.add("embed without an address")

    def embed_url(self, node):
        wrapper = node.find(".//*[@class='wp-block-embed__wrapper']")
        if wrapper is not None and wrapper.text_content().strip():
            return wrapper.text_content().strip()
        iframe = node.find(".//iframe")
        return iframe.get("src", "") if iframe is not None else ""

    def media(self, node, caption):
        player = node if node.tag in ("audio", "video") else node.find(".//audio")
        player = player if player is not None else node.find(".//video")
        source = player.get("src") or (
            player.find(".//source").get("src", "") if player.find(".//source") is not None else ""
        )
        found = self.links.upload(source) if upload_key(source) else None
        if found is None or "file_url" not in found.data:
            # Not a file imported here (missing from the uploads, or hosted elsewhere): a page
            # may play only its own media (the content security policy), so it becomes a link.
            self.notes.add(f"{player.tag} file not imported: kept as a link")
            label = html_escape(caption or source.rsplit("/", 1)[-1] or source)
            return self.paragraph(f'<p><a href="{html_escape(source)}">{label}</a></p>')
        url = found.data["file_url"][:500]
        self.add("media", {"kind": player.tag, "url": url, "caption": caption[:500]})

    def raw(self, node):
        """HTML kept as it is, cleaned: its links rewritten like a paragraph's, and an image
        shown only if it was imported (a page shows only its own images)."""
        for img in list(node.iter("img")):
            found = self.links.image(img.get("src", ""), img.get("class", ""))
            if found is not None:
                img.set("src", found[0].file.url)
            elif img is not node:
                self.notes.add("image not imported (file missing): kept as its alt text")
                img.tail = img.get("alt", "") + (img.tail or "")
                drop(img)
        markup = nh3.clean(
            outer(node),
            attribute_filter=lambda tag, name, value: (
                self.links.href(value) if name == "href" else value
            ),
        )
        if strip_tags(markup):
            self.notes.add(f"<{node.tag}> kept as HTML")
            self.add("html", markup)


def convert(content, links, post_id="", footnotes=""):
    return Converter(links, post_id).run(content, footnotes)


def drop(node):
    """Remove an element, keeping the text after it."""
    if node.getparent() is not None:
        node.drop_tree()


def outer(node):
    return etree.tostring(node, encoding="unicode", method="html", with_tail=False)


def html_escape(text):
    from django.utils.html import escape

    return escape(text)


def strip_tags(markup):
    return nh3.clean(markup, tags=set()).strip()


def rich_text(markup, links):
    """Wagtail's stored rich text: the few tags our paragraph allows, old links rewritten."""
    for old, new in RENAMED.items():
        markup = re.sub(rf"<(/?){old}([\s>])", rf"<\1{new}\2", markup)
    cleaned = nh3.clean(
        markup,
        tags=RICH_TAGS,
        attributes={"a": {"href"}},
        link_rel=None,
        attribute_filter=lambda tag, name, value: links.href(value) if name == "href" else value,
    )
    return cleaned if cleaned.lstrip().startswith(("<p", "<ul", "<ol")) else f"<p>{cleaned}</p>"
