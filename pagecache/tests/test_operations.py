"""What operators rely on: the health endpoint and one JSON object per log line."""

import json
import logging

import pytest
from django.conf import settings
from django.utils.module_loading import import_string


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
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    response = client.get("/healthz")  # Django's setting_changed signal reconnects the cache
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert response.json()["cache"] != "ok"


def json_formatter():
    options = dict(settings.JSON_LOG_FORMATTER)
    return import_string(options.pop("()"))(**options)


def test_it_writes_json_log_lines_with_extra_fields():
    record = logging.LogRecord(
        "pagecache.purge", logging.INFO, __file__, 1, "purged %s", ("x",), None
    )
    record.paths = ["/news/a/"]
    line = json.loads(json_formatter().format(record))
    assert line["message"] == "purged x" and line["paths"] == ["/news/a/"]
    assert line["level"] == "INFO" and line["logger"] == "pagecache.purge" and line["time"]
