"""WordPress text before it is HTML: shortcodes, block comments and wpautop's line breaks.

Core shortcodes become plain HTML the block converter understands (a figure, an embed wrapper,
an audio or video element); an unknown shortcode loses its brackets, keeps what it wrapped and
is named in the report. Gutenberg's block comments are dropped once their names are noted."""

import html
import re
import shlex

from django.utils.html import escape

BLOCK_COMMENT = re.compile(r"<!--\s*(/?)wp:([a-z0-9/_-]+)(.*?)(/?)-->", re.S)
HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
# A shortcode is [name], [name attr=...] or [/name]; "[sic]" or "[1]" without a closing
# tag or attributes is ordinary text and stays.
SHORTCODE = re.compile(r"\[(\[?)(/?)([A-Za-z_][\w-]*)((?:\s[^\]]*)?)(/?)\](\]?)")
ENCLOSING = ("caption", "wp_caption", "embed", "audio", "video")
GALLERIES = {"gallery", "slideshow", "tiled-gallery"}  # Jetpack's two show the same images
# Jetpack's and WordPress.com's embeds: [youtube=URL], [youtube URL], [vimeo 123], [tweet URL].
EMBEDS = {
    "youtube": "https://www.youtube.com/watch?v={}",
    "vimeo": "https://vimeo.com/{}",
    "dailymotion": "https://www.dailymotion.com/video/{}",
    "tweet": "https://twitter.com/i/status/{}",
    "twitter": "https://twitter.com/i/status/{}",
    "instagram": "https://www.instagram.com/p/{}/",
    "soundcloud": "https://soundcloud.com/{}",
    "spotify": "https://open.spotify.com/{}",
    "ted": "https://www.ted.com/talks/{}",
    "slideshare": "https://www.slideshare.net/{}",
    "flickr": "https://www.flickr.com/photos/{}",
    "wpvideo": "https://videopress.com/v/{}",
    "videopress": "https://videopress.com/v/{}",
    "gist": "https://gist.github.com/{}",
    "googlemaps": "{}",
    "facebook": "{}",
}
EMBED_NAMES = "|".join(EMBEDS)
EMBED_SHORTCODE = re.compile(
    rf"\[({EMBED_NAMES})(?:=|\s+)([^\]]*)\](?:\[/\1\])?|\[({EMBED_NAMES})\]([^\[]*)\[/\3\]",
    re.I,
)
# SyntaxHighlighter's and WordPress.com's code shortcodes: [code lang="py"]...[/code] and
# [python]...[/python]; the text inside is code, kept to the character in a <pre>.
CODE_NAMES = (
    "code|sourcecode|source|php|python|py|js|javascript|jscript|css|html|xml|xhtml|bash|shell|"
    "sh|sql|ruby|rails|java|cpp|csharp|c-sharp|perl|plain|plaintext|text|diff|patch|"
    "powershell|ps|go|golang|swift|yaml|json|scala|groovy|lua|r|objc|matlab|erlang|vb"
)
CODE = re.compile(rf"\[({CODE_NAMES})(\s[^\]]*)?\](.*?)\[/\1\]", re.I | re.S)
# Plugin shortcodes often written bare ([toc], [contact-form]); a bare [word] otherwise stays,
# since "[sic]" and "[1]" are ordinary text.
BARE_SHORTCODES = {
    "toc",
    "contact-form",
    "archives",
    "sitemap",
    "subscribe",
    "donate",
    "recipe",
    "playlist",
    "polldaddy",
    "crowdsignal",
    "blog_subscription_form",
    "jetpack_subscription_form",
    "wpforms",
    "contact-form-7",
    "ninja_form",
    "gravityform",
    "mailpoet_form",
    "newsletter",
    "ad",
    "ads",
    "adsense",
    "related_posts",
    "jetpack-related-posts",
    "simple-payment",
    "sharing",
    "social_share",
    "ultimatemember",
    "woocommerce_cart",
    "products",
}

MEDIA_SOURCES = ("src", "mp3", "m4a", "ogg", "wav", "mp4", "m4v", "webm", "ogv", "wmv", "flv")
BLOCK_TAGS = (
    "address|blockquote|dd|div|dl|dt|figure|figcaption|form|h[1-6]|hr|li|ol|ul|p|pre|"
    "section|table|tbody|td|th|thead|tr|details|summary|iframe|audio|video|aside|style|script"
)
STARTS_WITH_BLOCK = re.compile(rf"^\s*</?({BLOCK_TAGS})[\s>/]", re.I)
# Block-level tags are split onto their own chunk, so a paragraph never swallows a figure.
PREFORMATTED = re.compile(r"<(pre|script|style)[\s>].*?</\1>", re.S | re.I)
AROUND_BLOCK = re.compile(rf"(</?(?:{BLOCK_TAGS})(?:\s[^>]*)?>)", re.I)


def attributes(text):
    try:
        parts = shlex.split(text)
    except ValueError:
        parts = text.split()
    found = {}
    for part in parts:
        name, sep, value = part.partition("=")
        found[name.lower()] = value if sep else ""
    return found


def block_names(content):
    """Names of the Gutenberg blocks used, and those that hold no HTML (rendered by PHP)."""
    used, dynamic = set(), set()
    for closing, name, _, self_closing in BLOCK_COMMENT.findall(content):
        if not closing:
            used.add(name)
            if self_closing:
                dynamic.add(name)
    return used, dynamic


def strip_comments(content):
    return HTML_COMMENT.sub("", BLOCK_COMMENT.sub("", content))


def expand(content, unknown):
    """Core shortcodes to HTML; unknown ones unwrapped, their names added to `unknown`."""
    kept = []

    def keep_code(match):  # code is text: no shortcode inside it is expanded
        kept.append(_code(match.group(3)))
        return f"\n\n<pre data-code='{len(kept) - 1}'></pre>\n\n"

    content = CODE.sub(keep_code, content)
    content = EMBED_SHORTCODE.sub(_embed_shortcode, content)
    for name in ENCLOSING:
        content = re.sub(
            rf"\[{name}(\s[^\]]*)?\](.*?)\[/{name}\]",
            lambda m, name=name: _enclosing(name, attributes(m.group(1) or ""), m.group(2)),
            content,
            flags=re.S | re.I,
        )
    content = SHORTCODE.sub(lambda m: _single(m, unknown), content)
    if kept:
        content = re.sub(r"<pre data-code='(\d+)'></pre>", lambda m: kept[int(m.group(1))], content)
    return content


def _code(text):
    # The editor saved it escaped or not, depending on the plugin: decode once, escape once.
    return f"<pre><code>{escape(html.unescape(text.strip(chr(10))))}</code></pre>"


def _embed_shortcode(match):
    name = (match.group(1) or match.group(3)).lower()
    value = html.unescape(match.group(2) if match.group(1) else match.group(4)).strip()
    attrs = attributes(value)
    candidates = [*value.split()[:1], *attrs.values()]
    addresses = (part.strip("\"'") for part in candidates)
    url = next((part for part in addresses if part.startswith(("http://", "https://"))), "")
    if not url:
        ident = (attrs.get("id") or attrs.get("url") or next(iter(attrs), "")).strip("\"'")
        url = EMBEDS[name].format(ident) if ident else ""
    return _embed(url) if url else ""


def _enclosing(name, attrs, inner):
    if name in ("caption", "wp_caption"):
        inner = inner.strip()
        caption = attrs.get("caption", "")
        match = re.match(r"(.*<img[^>]*>(?:\s*</a>)?)(.*)", inner, re.S)
        if match:
            inner, caption = match.group(1), caption or match.group(2).strip()
        return (
            f'\n\n<figure class="wp-caption">{inner}<figcaption>{caption}</figcaption></figure>\n\n'
        )
    if name == "embed":
        return _embed(inner.strip())
    return _media(name, attrs, inner)


def _embed(url):
    return (
        '\n\n<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">'
        f"{escape(url)}</div></figure>\n\n"
    )


def _media(name, attrs, inner=""):
    src = next((attrs[key] for key in MEDIA_SOURCES if attrs.get(key)), inner.strip())
    return f'\n\n<figure class="wp-block-{name}"><{name} src="{escape(src)}"></{name}></figure>\n\n'


def _single(match, unknown):
    escaped_open, closing, name, attrs, _, escaped_close = match.groups()
    lowered = name.lower()
    if escaped_open and escaped_close:  # [[gallery]] is how WordPress writes a literal one
        return f"&#91;{name}{attrs}&#93;"
    if lowered in GALLERIES and not closing:
        found = attributes(attrs)
        ids = escape(found.get("ids", ""))
        return f'\n\n<div class="wp-shortcode-gallery" data-ids="{ids}"></div>\n\n'
    if lowered in ("audio", "video") and not closing:
        return _media(lowered, attributes(attrs))
    bare = not (closing or attrs.strip()) and not _closes(match)
    if lowered == "embed" or bare and not _known_bare(lowered):
        return match.group(0) if lowered != "embed" else ""
    unknown.add(lowered)
    return ""


def _known_bare(name):
    """[toc], [contact-form], [related_posts]: plugin shortcodes, not bracketed words."""
    return name in BARE_SHORTCODES or "_" in name


def _closes(match):
    """True when [name] is closed later by [/name]: then it is a shortcode, not text."""
    name = match.group(3)
    return f"[/{name}]" in match.string[match.end() :]


def autop(content):
    """wpautop: blank lines make paragraphs, single line breaks inside one make <br>."""
    content = content.replace("\r\n", "\n")
    kept = []

    def keep(match):  # preformatted text keeps its own line breaks
        kept.append(match.group(0))
        return f"\n\n<hr data-kept='{len(kept) - 1}'>\n\n"

    content = PREFORMATTED.sub(keep, content)
    content = AROUND_BLOCK.sub(r"\n\n\1\n\n", content)
    chunks, html = re.split(r"\n\s*\n", content), []
    for chunk in chunks:
        chunk = chunk.strip()
        if not chunk:
            continue
        if STARTS_WITH_BLOCK.match(chunk):
            html.append(chunk)
        else:
            html.append("<p>" + chunk.replace("\n", "<br>\n") + "</p>")
    joined = "\n".join(html)
    return re.sub(r"<hr data-kept='(\d+)'>", lambda m: kept[int(m.group(1))], joined)
