"""POST data for the real Wagtail admin article form, as the editor's browser would send it."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


def article_form(
    title="A story", slug="a-story", topic=None, body="The facts, in order.", **fields
):
    data = {
        "title": title,
        "slug": slug,
        "topic": topic.pk if topic else "",
        "standfirst": "",
        "article_authors": inline_formset([]),
        "sources": inline_formset([]),
        "related_picks": inline_formset([]),
        "body": streamfield([("paragraph", rich_text(f"<p>{body}</p>"))] if body else []),
        "lead_image": "",
        "lead_image_alt": "",
        "lead_image_caption": "",
        "lead_image_credit": "",
        "tags": "",
        "comments_policy": "open",
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
        "published_at": "",
        "updated_at": "",
        "embargo_until": "",
        "breaking_until": "",
        "source_url": "",
        "licence": "",
    }
    data.update(fields)
    return nested_form_data(data)


def add_url(news):
    return f"/admin/pages/add/newsroom/articlepage/{news.pk}/"


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"
