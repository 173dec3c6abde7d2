"""The demo's WordPress site moves in once, and every address its start-up text names answers
as promised: articles with their pictures, embed and comments, the old permalink with a 301."""

import re

from ingest import wordpress_demo
from ingest.models import ImportRun


def test_it_moves_the_site_in_once_with_what_the_start_up_text_names(
    site_tree, client, settings, tmp_path
):
    settings.DATA_DIR = tmp_path
    run = wordpress_demo.import_site()
    assert run.status == ImportRun.Status.DONE
    assert run.report["counts"]["attachments"]["imported"] >= 30  # the stand-ins were taken
    assert wordpress_demo.summary(run).startswith("WordPress site moved in: ")

    text = "\n".join(wordpress_demo.startup_text("http://127.0.0.1:8000"))
    shown = {}
    for what, path in wordpress_demo.SHOWN.items():
        assert re.search(rf"{what} +http://127\.0\.0\.1:8000{path}\n", text)
        response = client.get(path)
        assert response.status_code == 200, what
        shown[what] = response.content.decode()
    assert "/media/images/" in shown["a featured image"]
    assert len(re.findall(r"<img[^>]+/media/images/", shown["a gallery"])) >= 3
    assert "youtube.com" in shown["a YouTube embed"]
    assert shown["threaded comments"].count('<li class="comment"') >= 10
    assert '<ol class="children">' in shown["threaded comments"]  # replies under their parent

    old = client.get(wordpress_demo.OLD_ADDRESS)
    assert f"http://127.0.0.1:8000{wordpress_demo.OLD_ADDRESS} (a 301" in text
    assert old.status_code == 301
    assert old.headers["Location"].endswith(wordpress_demo.SHOWN["threaded comments"])

    assert wordpress_demo.import_site() is None  # a later start leaves it be
