"""Alerts pipeline their SMTP commands where the server allows it, and an address the server
refuses for good is suppressed without holding up anyone else's email."""

import smtplib

import pytest

from following import pipelining, tasks
from following.models import Alert, Subscriber
from following.tests.conftest import PipeliningSink, publish, smtp_server, text_of

pytestmark = pytest.mark.django_db


def test_a_line_that_starts_with_a_dot_arrives_whole(settings):
    raw = b"Subject: dots\r\n\r\nfirst\r\n.second starts with a dot\r\n.\r\nlast"
    with smtp_server(settings, PipeliningSink()) as sink:
        options = settings.MAILERS["default"]["OPTIONS"]
        with smtplib.SMTP(options["host"], options["port"]) as smtp:
            smtp.ehlo()
            assert smtp.has_extn("pipelining")
            pipelining.send(smtp, "desk@example.org", "reader@example.org", raw)
            with pytest.raises(smtplib.SMTPRecipientsRefused):
                sink.refuse.add("gone@example.org")
                pipelining.send(smtp, "desk@example.org", "gone@example.org", raw)
            pipelining.send(smtp, "desk@example.org", "again@example.org", raw)  # still usable

    [(rcpts, message)] = sink.messages[:1]
    assert rcpts == ["reader@example.org"]
    assert message.get_content() == "first\r\n.second starts with a dot\r\n.\r\nlast\r\n"
    assert [rcpts for rcpts, _ in sink.messages] == [["reader@example.org"], ["again@example.org"]]


def test_a_refused_address_is_suppressed_and_the_others_get_theirs(
    settings, run_tasks, site_tree, draft, follower, monkeypatch
):
    topic = site_tree["topics"]["Sport"]
    article = draft("Derby moved to Sunday", topic=topic, standfirst="Police asked for it.")
    for name in ("ana", "gone", "zoe"):
        follower(f"{name}@example.org", topic=topic)
    pipelined = []
    real_send = pipelining.send
    monkeypatch.setattr(
        pipelining,
        "send",
        lambda smtp, *args, **kw: pipelined.append(args[1]) or real_send(smtp, *args, **kw),
    )

    refusing = PipeliningSink(refuse={"gone@example.org"})
    with smtp_server(settings, refusing) as sink, run_tasks():
        publish(article)

    assert sorted(pipelined) == ["ana@example.org", "gone@example.org", "zoe@example.org"]
    assert [rcpts for rcpts, _ in sorted(sink.messages)] == [
        ["ana@example.org"],
        ["zoe@example.org"],
    ]
    assert all("Police asked for it." in text_of(message) for _, message in sink.messages)
    gone = Subscriber.objects.get(email="gone@example.org")
    assert gone.suppressed_reason == Subscriber.Suppressed.BOUNCE
    assert Alert.objects.get(subscriber=gone).state == Alert.State.SKIPPED
    assert Alert.objects.filter(state=Alert.State.SENT).count() == 2
    tasks.send_alerts.enqueue(Alert.objects.get(subscriber=gone).edition_id, 0, 10**9)
    assert len(sink.messages) == 2  # nothing more, and no retry to the refused address
