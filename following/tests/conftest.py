import base64
import email
import threading
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


@pytest.fixture
def smtp(settings):
    """A real SMTP server on loopback; the site's mailer speaks to it."""
    sink = Sink()
    port = free_port()  # the SQLite and PostgreSQL runs of the suite go side by side
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": port, "timeout": 10},
        }
    }
    yield sink
    controller.stop()


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
