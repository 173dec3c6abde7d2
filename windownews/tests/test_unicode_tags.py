"""Tags in any script: the article shows them, their pages and feeds answer (a corpus article
tagged "Luiz Inácio Lula da Silva" once failed to render)."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", ["Luiz Inácio Lula da Silva", "Київ", "São Paulo"])
def test_an_article_with_a_non_ascii_tag_links_to_a_working_tag_page_and_feed(
    client, make_article, name
):
    article = make_article("Presidents meet for lunch")
    article.tags.add(name)
    article.save()
    tag = article.tags.get()
    tag_url = reverse("tag", args=[tag.slug])  # percent-encoded, as browsers send it
    response = client.get(article.url)
    assert response.status_code == 200 and f'href="{tag_url}"' in response.content.decode()
    page = client.get(tag_url)
    assert page.status_code == 200 and "Presidents meet for lunch" in page.content.decode()
    feed = client.get(reverse("tag-feed-rss", args=[tag.slug]))
    assert feed.status_code == 200 and b"Presidents meet for lunch" in feed.content


def test_publishing_purges_a_non_ascii_tag_page(
    client, make_article, django_capture_on_commit_callbacks
):
    first = make_article("Presidents meet for lunch")
    first.tags.add("Київ")
    first.save()
    tag_url = reverse("tag", args=[first.tags.get().slug])
    client.get(tag_url)
    assert client.get(tag_url)["X-Cache"] == "HIT"
    second = make_article("Mayor opens the metro", live=False)
    second.tags.add("Київ")
    with django_capture_on_commit_callbacks(execute=True):
        second.save_revision().publish()
    assert "Mayor opens the metro" in client.get(tag_url).content.decode()
