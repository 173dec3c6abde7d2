"""schemathesis against the schema the app serves: every operation, 0 failures.

Kept bounded (25 examples per operation and phase) so it runs in CI in about a minute."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from windownews.wsgi import application

pytestmark = pytest.mark.django_db

# Fetched from the running app, as a client would; building it touches no database.
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


@pytest.fixture
def api_data(licensed_article, settings):
    from comments.models import Comment

    settings.API_REQUESTS_PER_MINUTE = 100_000  # the rate limit has its own test
    Comment.objects.create(article=licensed_article, name="Reader", email="r@example.com", body="Hello", state="approved")
    return licensed_article


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_it_keeps_every_promise_of_its_openapi_schema(case, api_data):
    case.call_and_validate()
