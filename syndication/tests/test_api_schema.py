"""schemathesis against the schema the app serves: every operation, 0 failures.

Kept bounded (25 examples per operation and phase) so it runs in CI in about a minute."""

import json

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from syndication.api import api
from windownews.wsgi import application

pytestmark = pytest.mark.django_db

# The very document /api/v1/openapi.json serves (test_api checks that), built without a
# request: collection happens before any test database exists. Cases run through the WSGI app.
schema = schemathesis.openapi.from_dict(
    json.loads(json.dumps(api.get_openapi_schema(), default=str))
)
schema.app = application


@pytest.fixture
def api_data(licensed_article, settings):
    from comments.models import Comment

    settings.API_REQUESTS_PER_MINUTE = 100_000  # the rate limit has its own test
    Comment.objects.create(
        article=licensed_article,
        name="Reader",
        email="r@example.com",
        body="Hello",
        state="approved",
    )
    # Requests go through the real WSGI handler, which closes the connection after each one
    # when it is inside a transaction (the test's); Django's test client unhooks that too.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield licensed_article
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_it_keeps_every_promise_of_its_openapi_schema(case, api_data):
    # The page cache answers brotli/gzip to clients
    # that ask; the WSGI transport would not decode it.
    case.call_and_validate(headers={"Accept-Encoding": "identity"})
