"""The emails of following: confirmation, alert and digest, each as plain text and HTML.

An alert is rendered once per edition; only the subscriber's own links differ between copies,
so they are put in by string replacement. Rendering 100,000 copies would take minutes."""

from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse

# Stand-ins for the subscriber's links in the rendered alert; no article text can contain them.
MANAGE_MARK = "@@following-manage-url@@"
UNSUBSCRIBE_MARK = "@@following-unsubscribe-url@@"
PICTURE = "fill-1200x675"


def absolute(path):
    return settings.SITE_URL.rstrip("/") + path


def manage_url(subscriber):
    return absolute(reverse("following:manage", args=[subscriber.manage_token()]))


def unsubscribe_url(subscriber):
    return absolute(reverse("following:unsubscribe", args=[subscriber.unsubscribe_token()]))


def picture_url(article):
    if not article.lead_image_id:
        return ""
    url = article.lead_image.get_rendition(PICTURE).url
    return url if url.startswith(("http://", "https://")) else absolute(url)


def compose(subject, to, template, context, *, one_click=True):
    """Plain text and HTML from the template pair; list headers for RFC 8058 one-click
    unsubscribe (Gmail and Yahoo require them of bulk senders)."""
    headers = {}
    if one_click:
        headers = {
            "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"following/email/{template}.txt", context),
        to=[to],
        headers=headers,
    )
    message.attach_alternative(
        render_to_string(f"following/email/{template}.html", context), "text/html"
    )
    return message


def confirmation(subscriber, follows):
    context = {
        "confirm_url": absolute(
            reverse("following:confirm", args=[subscriber.confirmation_token()])
        ),
        "follows": follows,
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    subject = f"Confirm to follow on {settings.WAGTAIL_SITE_NAME}"
    return compose(subject, subscriber.email, "confirm", context, one_click=False)


def article_context(article):
    return {
        "article": article,
        "article_url": absolute(article.url),
        "picture_url": picture_url(article),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }


@dataclass
class AlertCopy:
    """One edition's alert, rendered once, with stand-ins for each subscriber's links."""

    subject: str
    text: str
    html: str

    @classmethod
    def of(cls, edition):
        article = edition.article
        context = article_context(article) | {
            "edition": edition,
            "manage_url": MANAGE_MARK,
            "unsubscribe_url": UNSUBSCRIBE_MARK,
        }
        prefix = "Updated: " if edition.kind == "update" else ""
        return cls(
            subject=f"{prefix}{article.title}"[:200],
            text=render_to_string("following/email/alert.txt", context),
            html=render_to_string("following/email/alert.html", context),
        )

    def to(self, subscriber):
        unsubscribe, manage = unsubscribe_url(subscriber), manage_url(subscriber)

        def fill(text):
            return text.replace(UNSUBSCRIBE_MARK, unsubscribe).replace(MANAGE_MARK, manage)

        message = EmailMultiAlternatives(
            subject=self.subject,
            body=fill(self.text),
            to=[subscriber.email],
            headers={
                "List-Unsubscribe": f"<{unsubscribe}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
        message.attach_alternative(fill(self.html), "text/html")
        return message


def digest(subscriber, articles):
    context = {
        "articles": [article_context(article) for article in articles],
        "manage_url": manage_url(subscriber),
        "unsubscribe_url": unsubscribe_url(subscriber),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    count = len(articles)
    subject = f"Your {settings.WAGTAIL_SITE_NAME} digest: {count} new article{'s' * (count != 1)}"
    return compose(subject, subscriber.email, "digest", context)
