"""What operators rely on: the health endpoint and one JSON object per log line."""

import json
import logging

import pytest

from pagecache.logs import JsonFormatter


@pytest.mark.django_db
def test_it_reports_database_and_cache_health(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_it_fails_health_when_the_cache_is_down(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    response = client.get("/healthz")  # Django's setting_changed signal reconnects the cache
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert response.json()["cache"] != "ok"


def test_it_writes_json_log_lines_with_extra_fields():
    record = logging.LogRecord(
        "pagecache.purge", logging.INFO, __file__, 1, "purged %s", ("x",), None
    )
    record.paths = ["/news/a/"]
    line = json.loads(JsonFormatter().format(record))
    assert (
        line["message"] == "purged x" and line["level"] == "info" and line["paths"] == ["/news/a/"]
    )
