"""Behind NUM_PROXIES proxies the reader's address is the one the nearest proxy appended."""

from django.test import RequestFactory

from windownews.client_address import ClientAddressMiddleware


def address(forwarded, **headers):
    request = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1", **headers)
    if forwarded is not None:
        request.META["HTTP_X_FORWARDED_FOR"] = forwarded
    return ClientAddressMiddleware(lambda request: request.META["REMOTE_ADDR"])(request)


def test_it_trusts_only_the_socket_without_proxies(settings):
    settings.NUM_PROXIES = 0
    assert address("203.0.113.7") == "127.0.0.1"


def test_it_takes_the_address_the_nearest_proxy_appended(settings):
    settings.NUM_PROXIES = 1
    assert address("203.0.113.7") == "203.0.113.7"
    # What the reader wrote into the header themselves stays to the left, unread.
    assert address("198.51.100.1, 203.0.113.7") == "203.0.113.7"


def test_it_counts_each_proxy(settings):
    settings.NUM_PROXIES = 2  # Varnish, then nginx
    assert address("198.51.100.1, 203.0.113.7, 10.0.0.2") == "203.0.113.7"


def test_it_keeps_the_socket_when_no_proxy_forwarded(settings):
    settings.NUM_PROXIES = 1
    assert address(None) == "127.0.0.1"
