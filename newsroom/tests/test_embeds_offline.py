"""An embed (YouTube, X ...) is shown as a link card: rendering the article fetches nothing
(no oEmbed call), so it renders offline and readers' browsers contact no third party."""

import socket

import pytest
from wagtail.embeds.models import Embed

LINKS = {
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ": "On YouTube",
    "https://x.com/WordPress/status/1": "On X",
    "https://bsky.app/profile/a.example/post/1": "On Bluesky",
    "https://video.example.org/v/1": "On video.example.org",
}


@pytest.fixture
def offline(monkeypatch):
    """Any connection off this machine fails loudly (the test database and Redis are local)."""
    connect = socket.socket.connect

    def local_only(sock, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(address, tuple) and host not in ("127.0.0.1", "::1", "localhost"):
            raise AssertionError(f"the render tried to reach {address}")
        return connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", local_only)


def test_an_embed_renders_as_a_link_card_offline(make_article, client, offline):
    article = make_article("Watch this", body=[("embed", url) for url in LINKS])
    html = client.get(article.url).content.decode()
    for url, label in LINKS.items():
        assert f'<a href="{url}" rel="noopener nofollow external">' in html
        assert label in html
    assert "<iframe" not in html
    assert not Embed.objects.exists()  # Wagtail stores every oEmbed answer it fetches
