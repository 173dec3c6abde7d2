"""Reading pages over HTTP from a live server or the Varnish in front of it."""

import contextlib
import http.client
import os
import socket
import urllib.error
import urllib.request


def free_port() -> int:
    """A free loopback port: any, or one of TEST_PORTS ("8120-8139") on a shared machine."""
    first, _, last = os.environ.get("TEST_PORTS", "0-0").partition("-")
    for port in range(int(first), int(last) + 1):
        with socket.socket() as probe, contextlib.suppress(OSError):
            probe.bind(("127.0.0.1", port))
            return probe.getsockname()[1]
    raise OSError(f"no free port in TEST_PORTS={os.environ['TEST_PORTS']}")


def fetch(url, **headers):
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 (loopback)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (loopback)
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, ""


def fetch_raw(base, path, **headers):
    """(status, headers, body) of a GET, redirects not followed (a login redirect is a 302)."""
    connection = http.client.HTTPConnection(base.removeprefix("http://"), timeout=10)
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    body = response.read().decode(errors="replace")
    connection.close()
    return response.status, response.headers, body
