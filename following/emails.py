"""The emails of following: confirmation, alert and digest, each as plain text and HTML.

An alert is rendered once per edition; only the subscriber's own links differ between copies,
so they are put in by string replacement. Rendering 100,000 copies would take minutes."""

from dataclasses import dataclass
from email.utils import make_msgid
from functools import cached_property

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.mail.utils import DNS_NAME
from django.template.loader import render_to_string
from django.urls import reverse

# Stand-ins for the subscriber's links in the rendered alert; no article text can contain them.
MANAGE_MARK = "@@following-manage-url@@"
UNSUBSCRIBE_MARK = "@@following-unsubscribe-url@@"
RECIPIENT_MARK = "following-recipient@recipient.invalid"
MESSAGE_ID_MARK = "<following-message-id@recipient.invalid>"
TOKEN_MARK = "following-token"  # noqa: S105 (a stand-in, not a secret)
PICTURE = "fill-1200x675"


def absolute(path):
    return settings.SITE_URL.rstrip("/") + path


def message_id():
    return make_msgid(domain=DNS_NAME.get_fqdn())  # the host name looked up once, not per email


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

    @cached_property
    def links(self):
        """The unsubscribe and manage URLs with a stand-in token: `reverse` once, not per copy."""
        return (
            absolute(reverse("following:unsubscribe", args=[TOKEN_MARK])),
            absolute(reverse("following:manage", args=[TOKEN_MARK])),
        )

    def links_of(self, subscriber):
        unsubscribe, manage = self.links
        return (
            unsubscribe.replace(TOKEN_MARK, subscriber.unsubscribe_token()),
            manage.replace(TOKEN_MARK, subscriber.manage_token()),
        )

    def to(self, subscriber):
        return self.message(subscriber.email, *self.links_of(subscriber), message_id())

    def message(self, address, unsubscribe, manage, message_id):
        def fill(text):
            return text.replace(UNSUBSCRIBE_MARK, unsubscribe).replace(MANAGE_MARK, manage)

        message = EmailMultiAlternatives(
            subject=self.subject,
            body=fill(self.text),
            to=[address],
            headers={
                "List-Unsubscribe": f"<{unsubscribe}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                "Message-ID": message_id,
            },
        )
        message.attach_alternative(fill(self.html), "text/html")
        return message

    @cached_property
    def wire(self):
        """The alert serialised once for SMTP, with marks where each copy differs; None when
        the text cannot travel as 8bit (a line over 998 bytes). Building each copy with
        Python's email package costs ~10 ms: 100,000 copies would take a quarter of an hour."""
        message = self.message(
            RECIPIENT_MARK, UNSUBSCRIBE_MARK, MANAGE_MARK, MESSAGE_ID_MARK
        ).message()
        try:
            for part in message.walk():
                if part.get_content_maintype() == "text":
                    # 8bit keeps the marks verbatim; quoted-printable could split them.
                    part.set_content(
                        part.get_content(), subtype=part.get_content_subtype(), cte="8bit"
                    )
        except ValueError:
            return None
        return message.as_bytes(policy=message.policy.clone(linesep="\r\n"))

    def wire_to(self, subscriber):
        """This subscriber's copy as bytes, or None when it must be built the slow way."""
        if self.wire is None or not subscriber.email.isascii():
            return None
        unsubscribe, manage = self.links_of(subscriber)
        return (
            self.wire.replace(RECIPIENT_MARK.encode(), subscriber.email.encode())
            .replace(MESSAGE_ID_MARK.encode(), message_id().encode())
            .replace(UNSUBSCRIBE_MARK.encode(), unsubscribe.encode())
            .replace(MANAGE_MARK.encode(), manage.encode())
        )


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
