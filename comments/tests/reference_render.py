"""The comment list as this app rendered it before the one-pass renderer: a Django template
per comment with the format_html linkifier, date filters and {% url %}. Kept as the reference
the fast renderer must match byte for byte (test_render_equivalence.py) and as the baseline of
bench/comment_render.py. Not used by the site."""

from django import template
from django.template import Context, Engine
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from comments.plaintext import BLANK_LINES, URL, normalise_newlines, split_url

register = template.Library()

LIST_TEMPLATE = """{% load reference %}<ol class="comment-list">
{% for node in nodes %}{% with c=node.comment %}<li class="comment" id="comment-{{ c.pk }}">
  <article class="comment-body">
    <header class="comment-meta">
      <span class="avatar" aria-hidden="true">{{ c.initial }}</span>
      <b class="comment-author">{% if c.website %}<a href="{{ c.website }}" rel="nofollow ugc noopener"><bdi>{{ c.name }}</bdi></a>{% else %}<bdi>{{ c.name }}</bdi>{% endif %}</b>
      <a class="comment-date" href="#comment-{{ c.pk }}"><time datetime="{{ c.created_at|date:'c' }}">{{ c.created_at|date:"j F Y, H:i" }}</time></a>
    </header>
    <div class="comment-text" dir="auto">{{ c.body|reference_text }}</div>
    {% if open and node.can_reply %}<p class="comment-reply"><a href="{% url 'comments:reply' c.pk %}#respond" data-reply="{{ c.pk }}">Reply<span class="visually-hidden"> to <bdi>{{ c.name }}</bdi></span></a></p>{% endif %}
  </article>
{% if node.has_children %}<ol class="children">{% else %}</li>{% endif %}{% for _ in node.closes %}</ol></li>{% endfor %}
{% endwith %}{% endfor %}</ol>"""


def _linkify_line(line):
    parts, last = [], 0
    for match in URL.finditer(line):
        url, tail = split_url(match)
        parts.append(format_html("{}", line[last : match.start()]))
        parts.append(format_html('<a href="{}" rel="nofollow ugc noopener">{}</a>', url, url))
        parts.append(format_html("{}", tail))
        last = match.end()
    parts.append(format_html("{}", line[last:]))
    return SafeString("".join(parts))


@register.filter
def reference_text(text):
    paragraphs = [p.strip("\n") for p in BLANK_LINES.split(normalise_newlines(text)) if p.strip()]
    return format_html_join(
        "\n",
        "<p>{}</p>",
        (
            (SafeString("<br>".join(_linkify_line(line) for line in paragraph.split("\n"))),)
            for paragraph in paragraphs
        ),
    )


_engine = Engine(libraries={"reference": "comments.tests.reference_render"})
_template = _engine.from_string(LIST_TEMPLATE)


def render_list(nodes, open):
    return _template.render(Context({"nodes": nodes, "open": open}))
