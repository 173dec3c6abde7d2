"""Granian's ceiling for any Python app: a WSGI app that returns fixed bytes (the article's)."""

import os
from pathlib import Path

BODY = Path(os.environ["TRIVIAL_BODY_FILE"]).read_bytes()
HEADERS = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(BODY)))]


def application(environ, start_response):
    start_response("200 OK", HEADERS)
    return [BODY]
