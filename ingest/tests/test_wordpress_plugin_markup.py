"""Markup real sites have beyond WordPress core's: Jetpack and WordPress.com shortcodes, code
shortcodes, bare plugin shortcodes, reusable blocks, footnotes, big images kept "-scaled" and
links to an image's attachment page."""

import json

from PIL import Image

from ingest.models import WordPressItem
from ingest.tests.wordpress import OLD, attachment, export, item, meta, run
from ingest.wordpress.content import convert
from ingest.wordpress.links import Links
from newsroom.models import ArticlePage


def blocks_of(content):
    return convert(content, Links({"old.example"}))


def article(wp_id):
    row = WordPressItem.objects.get(kind="post", wp_id=wp_id)
    return ArticlePage.objects.get(pk=row.object_id)


def test_it_turns_jetpack_embed_shortcodes_into_embeds(db):
    blocks, _ = blocks_of(
        "[youtube=http://www.youtube.com/watch?v=abc123&amp;w=640]\n\n"
        "[vimeo 4567]\n\n[tweet https://twitter.com/someone/status/89]\n\n"
        '[soundcloud url="https://api.soundcloud.com/tracks/12" params="auto_play=false"]'
    )
    assert blocks == [
        ("embed", "http://www.youtube.com/watch?v=abc123&w=640"),
        ("embed", "https://vimeo.com/4567"),
        ("embed", "https://twitter.com/someone/status/89"),
        ("embed", "https://api.soundcloud.com/tracks/12"),
    ]


def test_it_keeps_code_shortcodes_as_code_to_the_character(db):
    blocks, _ = blocks_of(
        'Before\n\n[code language="python"]\nif a < b:\n    print(x[i])\n\n    done()\n[/code]'
        "\n\n[php]echo &quot;[gallery]&quot;;[/php]"
    )
    assert [kind for kind, _ in blocks] == ["paragraph", "html", "html"]
    assert "<pre><code>if a &lt; b:\n    print(x[i])\n\n    done()</code></pre>" in blocks[1][1]
    assert 'echo "[gallery]";' in blocks[2][1]


def test_it_drops_bare_plugin_shortcodes_but_keeps_bracketed_words(db):
    blocks, notes = blocks_of("[toc]\n\nHe said [sic] it was [contact-form] over.")
    assert blocks == [("paragraph", "<p>He said [sic] it was  over.</p>")]
    assert "shortcode [toc]" in notes and "shortcode [contact-form]" in notes


def test_it_places_reusable_blocks_and_footnotes(db, tmp_path):
    notes = [{"content": "The <em>first</em> source.", "id": "a1"}]
    post = item(
        2,
        '<!-- wp:paragraph --><p>Claim<sup data-fn="a1" class="fn"><a href="#a1">1</a></sup>'
        '</p><!-- /wp:paragraph --><!-- wp:block {"ref":1} /--><!-- wp:footnotes /-->',
        meta("footnotes", json.dumps(notes)),
    )
    shared = item(
        1,
        "<!-- wp:paragraph --><p>Sign up for our letter.</p><!-- /wp:paragraph -->",
        post_type="wp_block",
    )
    report = run(export(tmp_path, post, shared))
    stored = json.dumps(list(article("2").body.raw_data))
    assert "Sign up for our letter." in stored
    assert "The <i>first</i> source." in stored
    assert report.counts["other items"]["skipped"] == 1
    assert not any("wp:footnotes" in note or "wp:block" in note for note in report.notes)


def test_it_finds_an_image_by_any_size_in_any_text(db, tmp_path):
    folder = tmp_path / "uploads" / "2020" / "01"
    folder.mkdir(parents=True)
    Image.new("RGB", (2560, 1920), (90, 30, 150)).save(folder / "photo-scaled.jpg")
    uploads = f"{OLD}/wp-content/uploads/2020/01"
    content = (
        f'<p><img src="{uploads}/photo-1024x768.jpg" alt="A photo"></p>'
        f'<p><a href="{uploads}/photo-scaled.jpg"><img class="alignright size-medium wp-image-5"'
        f' src="{uploads}/photo-300x225.jpg" alt=""></a>The text goes on.</p>'
        f'<p>See <a href="{OLD}/?attachment_id=5">the photo</a>.</p>'
        f'<table><tr><td><img src="{uploads}/photo-150x150.jpg" alt="Ours"></td>'
        '<td><img src="https://elsewhere.example/chart.png" alt="Chart"></td></tr></table>'
    )
    path = export(tmp_path, attachment(5, "2020/01/photo-scaled.jpg", parent="1"), item(1, content))
    run(path, tmp_path / "uploads")
    body = article("1").body
    kinds = [block.block_type for block in body]
    assert kinds == ["image", "image", "paragraph", "paragraph", "html"]
    file_url = WordPressItem.objects.get(kind="attachment", wp_id="5").data["file_url"]
    assert body[2].value.source == "<p>The text goes on.</p>"
    assert f'href="{file_url}"' in body[3].value.source
    table = str(body[4].value)
    assert f'src="{file_url}"' in table and "elsewhere" not in table and "Chart" in table
