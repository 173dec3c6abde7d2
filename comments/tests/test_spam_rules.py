"""The bot heuristics: link dumps and selling words are caught, readers on the same topics are not."""

import pytest

from comments import spam


def judge(body, name="Reader", url="", **rules):
    return spam.judge(spam.Submission(body=body, name=name, email="r@example.org", url=url), spam.Rules(**rules))[0]


@pytest.mark.parametrize(
    ("body", "name", "url"),
    [
        ("[url=http://x.example]cheap meds[/url]", "Jessica", ""),
        ('<a href="http://x.example">click</a> nice', "Emma", ""),
        ("Buy viagra online http://rx.example", "Mark", ""),
        ("Great post! Thanks for sharing. Check out my site.", "Anna", ""),
        ("Very informative article.", "Best SEO Agency", "https://seo-agency.example"),
    ],
)
def test_it_catches_bot_comments(body, name, url):
    assert judge(body, name, url) in ("pending", "spam")


@pytest.mark.parametrize(
    "body",
    [
        "The casino licence was granted in 2003; the council minutes are public.",
        "The IMF loan comes with conditions that will hit pensioners first.",
        "Great article, thanks for sharing the sources at the end.",
        "Interesting. The official statement is here: https://www.gov.example/press/statement",
        "Crypto exchanges collapsing was predictable.",
    ],
)
def test_it_lets_readers_talk_about_the_same_topics(body):
    assert judge(body) == "approved"


def test_selling_with_a_link_is_blocked_not_just_held():
    assert judge("payday loans approved in minutes http://loans.example") == "spam"
