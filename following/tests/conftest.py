import base64
import email
import threading
from contextlib import contextmanager
from email import policy

import pytest
from aiosmtpd.controller import Controller
from django.utils import timezone

from following.models import Follow, Subscriber
from pagecache.tests.edge import free_port

ORIGIN = "http://testserver"
WEBHOOK_SECRET = "anymail:webhook-secret"


class Sink:
    """An SMTP server's handler that keeps every message it is handed."""

    def __init__(self):
        self.messages = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        with self.lock:
            self.messages.append((envelope.rcpt_tos, message))
        return "250 OK"

    def to(self, address):
        return [message for rcpts, message in self.messages if address in rcpts]


class PipeliningSink(Sink):
    """Announces RFC 2920 PIPELINING, as Postfix and the providers' relays do (aiosmtpd reads
    pipelined commands in order but does not say so), and refuses the addresses in `refuse`."""

    def __init__(self, refuse=()):
        super().__init__()
        self.refuse = set(refuse)

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        return [*responses[:-1], "250-PIPELINING", responses[-1]]

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 No such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"


@contextmanager
def smtp_server(settings, handler):
    """A real SMTP server on loopback with `handler`; the site's mailer speaks to it."""
    port = free_port()  # the SQLite and PostgreSQL runs of the suite go side by side
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": port, "timeout": 10},
        }
    }
    try:
        yield handler
    finally:
        controller.stop()


@pytest.fixture
def smtp(settings):
    with smtp_server(settings, Sink()) as sink:
        yield sink


@pytest.fixture
def run_tasks(django_capture_on_commit_callbacks):
    """Runs what the code leaves for after commit (tasks are immediate in tests)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def text_of(message):
    return message.get_body(("plain",)).get_content()


def html_of(message):
    return message.get_body(("html",)).get_content()


@pytest.fixture
def follower():
    """follower("a@example.org", topic=page, author=author, tag=tag, frequency=...)"""

    def make(address, frequency="instant", daily_cap=10, **targets):
        subscriber = Subscriber.objects.create(
            email=address, confirmed_at=timezone.now(), frequency=frequency, daily_cap=daily_cap
        )
        for kind, target in targets.items():
            Follow.objects.create(
                subscriber=subscriber, kind=kind, target_id=target.pk, confirmed_at=timezone.now()
            )
        return subscriber

    return make


@pytest.fixture
def draft(make_article):
    """draft("Title", topic=..., authors=[...], tags=[...]) -> an article never published yet."""
    from newsroom.models import ArticleAuthor

    def make(title, authors=(), tags=(), **fields):
        article = make_article(title, live=False, **fields)
        for author in authors:
            ArticleAuthor.objects.create(article=article, author=author)
        article.tags.add(*tags)
        article.save_revision()
        return article

    return make


def publish(article):
    article.refresh_from_db()
    article.save_revision().publish()


def same_site(client):
    def post(url, data):
        return client.post(url, data, HTTP_ORIGIN=ORIGIN, HTTP_SEC_FETCH_SITE="same-origin")

    return post


def basic_auth(secret=WEBHOOK_SECRET):
    return "Basic " + base64.b64encode(secret.encode()).decode()
