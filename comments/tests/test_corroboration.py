"""One bot signal alone does not hold a comment the model reads as a reader's: readers name what
spam sells when they complain about it, and praise in two phrases is still one signal."""

import pytest

from comments import classifier, spam


def judge(body, score, name="Reader", url=""):
    return spam.judge(
        spam.Submission(body=body, name=name, email="r@example.org", url=url), spam.Rules(), score
    )[0]


def test_it_lets_a_reader_name_what_spam_sells():
    complaint = "Why does this page show six ads for payday loans next to a story about the floods?"
    assert judge(complaint, None) == "pending"  # rules alone: still held
    assert judge(complaint, spam.ALONE_NEEDS / 2) == "approved"
    assert judge(complaint, spam.ALONE_NEEDS) == "pending"  # the model leans to spam: two signals


def test_it_still_holds_selling_words_with_a_second_signal():
    assert judge("Cheap viagra, no prescription", 0.01, name="Best Pharma Deals") == "spam"
    assert judge("payday loans approved in minutes http://loans.example", 0.01) == "spam"
    assert judge("[url=http://shop.example]cheap viagra[/url]", 0.01) == "spam"


def test_two_words_of_praise_are_one_signal():
    praise = "Nice article, really informative. Keep up the good work!"
    assert spam.kinds(
        ["bot phrase “keep up the good work”", "bot phrase “really informative”"]
    ) == {"praise"}
    assert judge(praise, spam.HOLD_AT - 0.01) == "approved"
    assert judge(praise + " Check out my site.", spam.HOLD_AT - 0.01) == "pending"


def markers(body):
    return classifier.model_text(body).rsplit("\n", 1)[-1].split()


def test_the_model_reads_contact_and_disguise_markers_from_the_prose_not_from_links():
    assert "xphonex" not in markers(
        "The statement: https://www.facebook.com/agency/posts/1071225449705120"
    )
    assert "xhiddenx" not in markers("The original post: https://www.instagram.com/p/gy7VEi6gy0e/")
    assert "xmessengerx" not in markers(
        "Their channel posted it first: https://t.me/kyivindependent_official/59902"
    )
    assert "xmessengerx" in markers("Write to me at https://t.me/fastloans_manager")
    assert "xmessengerx" not in markers(
        "The fact-checkers' channel: https://t.me/s/factcheck_rs"
    )  # a channel's public page
    assert "xphonex" in markers("Call +1 844 701 5520 now, see https://support.example/")
    assert "xshortenerx" in markers("Claim it here https://goo.gl/aB3xYz")
    assert "xshortenerx" not in markers(
        "For those asking where: https://goo.gl/maps/EURSgdEURSgd"
    )  # Google Maps' share link


@pytest.mark.parametrize(
    "body",
    [
        "USDT跑分，日赚500+，加TG：pf9880",
        "兼职刷单 加V信 abc123",
        "Reviews for sale, Skype live:reviews_bot",
    ],
)
def test_the_names_spam_gives_messengers_are_messenger_markers(body):
    assert "xmessengerx" in markers(body)


def test_naming_a_messenger_in_passing_is_not_a_contact_marker():
    assert "xmessengerx" not in markers("Cẩn thận với các nhóm Zalo 'đầu tư' hứa lãi 30%/tháng")
    assert "xhiddenx" in markers("Ch3ap c1al1s here")


def test_shares_and_replies_are_not_money_or_handles():
    assert "xmoneyx" not in markers("Fuel went up 33% overnight, bread 20 %")
    assert "xmoneyx" in markers("Earn $500 a day from home")
    assert "xhandlex" not in markers("@mike_r 100% agree")  # a reply to another reader
    assert "xhandlex" in markers("For returns DM @crypto_queen88 today")


@pytest.mark.parametrize(
    "body",
    [
        "The opposition's Telegram channel posted the video: https://t.me/s/free_news",
        "Our street's WhatsApp group had 200 people",
    ],
)
def test_a_messenger_named_in_passing_is_not_a_contact(body):
    assert "xmessengerx" not in markers(body)


@pytest.mark.parametrize(
    "body",
    [
        "Contact him on WhatsApp +234 801 234 5678",
        "message @cryptoqueen via Telegram",
        "加微信 ly886709 了解详情",
        "Text me on Signal",
    ],
)
def test_a_messenger_with_a_number_or_handle_is_a_contact(body):
    assert "xmessengerx" in markers(body)


def test_a_link_to_a_trusted_source_is_a_word_the_model_reads():
    assert "xsourcex" in classifier.model_text(
        "Yle has a good piece: https://yle.fi/uutiset/3-78335111"
    )
    assert "xsourcex" not in classifier.model_text("Cheap pills at https://pills-shop.example/buy")


def test_a_trade_website_on_a_comment_the_model_reads_as_a_readers_waits_only_with_rules_alone():
    body = "And when the same thing happened in Europe last year, where was the outrage?"
    barber = spam.Submission(
        body=body,
        name="Ahmed's Barbershop",
        email="a@example.org",
        url="https://ahmedsbarbershop.example",
    )
    assert spam.judge(barber, spam.Rules(), 0.01)[0] == "approved"
    assert spam.judge(barber, spam.Rules(), spam.READER_BELOW)[0] == "pending"
    assert spam.judge(barber, spam.Rules())[0] == "pending"
