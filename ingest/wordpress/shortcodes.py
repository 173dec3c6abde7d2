"""WordPress text before it is HTML: shortcodes, block comments and wpautop's line breaks.

Core shortcodes become plain HTML the block converter understands (a figure, an embed wrapper,
an audio or video element); an unknown shortcode loses its brackets, keeps what it wrapped and
is named in the report. Gutenberg's block comments are dropped once their names are noted."""

import re
import shlex

from django.utils.html import escape

BLOCK_COMMENT = re.compile(r"<!--\s*(/?)wp:([a-z0-9/_-]+)(.*?)(/?)-->", re.S)
HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
# A shortcode is [name], [name attr=...] or [/name]; "[sic]" or "[1]" without a closing
# tag or attributes is ordinary text and stays.
SHORTCODE = re.compile(r"\[(\[?)(/?)([A-Za-z_][\w-]*)((?:\s[^\]]*)?)(/?)\](\]?)")
ENCLOSING = ("caption", "wp_caption", "embed", "audio", "video")
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
    for name in ENCLOSING:
        content = re.sub(
            rf"\[{name}(\s[^\]]*)?\](.*?)\[/{name}\]",
            lambda m, name=name: _enclosing(name, attributes(m.group(1) or ""), m.group(2)),
            content,
            flags=re.S | re.I,
        )
    return SHORTCODE.sub(lambda m: _single(m, unknown), content)


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
    if lowered == "gallery" and not closing:
        found = attributes(attrs)
        ids = escape(found.get("ids", ""))
        return f'\n\n<div class="wp-shortcode-gallery" data-ids="{ids}"></div>\n\n'
    if lowered in ("audio", "video") and not closing:
        return _media(lowered, attributes(attrs))
    if lowered == "embed" or not (closing or attrs.strip()) and not _closes(match):
        return match.group(0) if lowered != "embed" else ""
    unknown.add(lowered)
    return ""


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
