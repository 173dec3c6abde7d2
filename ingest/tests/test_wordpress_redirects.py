"""Every old address of both real exports answers one 301 to a page that answers 200."""

import pytest

from ingest.tests.wordpress import BLOCKS, THEME, run, unanswered, uploads
from ingest.wordpress import parse
from ingest.wordpress.links import item_paths, old_path


def old_addresses(path):
    found = {"/feed/", "/comments/feed/"}
    for record in parse.read(path):
        if isinstance(record, parse.Author):
            found.add(f"/author/{record.login}/")
        elif isinstance(record, parse.Term) and record.kind == "tag":
            found.add(f"/tag/{record.slug}/")
        elif (
            isinstance(record, parse.Item)
            and record.post_type in ("post", "page")
            and (record.status == "publish" and not record.password)
        ):
            found |= item_paths(record.post_type, record.wp_id, record.link, record.guid)
            date = record.date_gmt[:10].split("-")
            found |= (
                {f"/{date[0]}/", f"/{date[0]}/{date[1]}/"} if record.post_type == "post" else set()
            )
    found.discard(old_path(""))
    return sorted(found)


@pytest.mark.parametrize("export", [THEME, BLOCKS], ids=["theme", "blocks"])
def test_it_answers_every_old_address_with_one_redirect(db, client, tmp_path, export):
    run(export, uploads(tmp_path))
    assert unanswered(client, old_addresses(export)) == []
