"""The learned half of the spam filter: it generalises past its training texts, keeps readers,
learns from the site's moderators, and never sees an email.
How fast it answers is measured by bench/comment_spam_speed.py, not here."""

import pickle

import pytest

from comments import classifier, spam
from comments.models import Comment, FilterModel

# Written for this test; none of these texts or templates is in any shipped set.
FRESH_SPAM = [
    (
        "I was broke until Dr. Kalu gave me a lucky charm for the lottery. I won $2 million! "
        "WhatsApp him +234 814 555 0199",
        "Grace",
    ),
    (
        "Srochno? Быстрый кредит наличными без справок и поручителей, одобрим за 10 минут, звоните",
        "Финансы",
    ),
    ("加我微信，在家兼职轻松赚钱，日入八百", "小李"),
    ("Join our VIP telegram for crypto pump signals, 500% profit every month guaranteed", "Kevin"),
    (
        "Ch3ap c1al1s and v1agr@ no prescription needed, fast discreet shipping worldwide",
        "Pharmacy",
    ),
    # Praise whose only payload is a trade name: the model scores it 0.32, under HOLD_AT; the rules
    # hold it for the name (an anchor-text name waits on a first comment).
    (
        "Lovely article, very well written, I will definitely come back for more.",
        "Gutter Cleaning Houston",
    ),
]
FRESH_HAM = [
    "The bridge closure has doubled my commute. I hope the council reads this before the vote.",
    "Danke für den Bericht. Die Zahlen zur Arbeitslosigkeit in meiner Region stimmen genau.",
    "Я живу в этом районе, и всё написано верно. Спасибо автору.",
    "My grandfather fished these waters for forty years; the decline started long before the dam.",
    "Which year does the budget table in the third paragraph refer to? It looks like 2019's "
    "figures.",
]


@pytest.fixture
def fresh_loaded():
    """Stored models live in the test's transaction: put the process's model back afterwards."""
    saved = vars(classifier.loaded).copy()
    yield classifier.loaded
    vars(classifier.loaded).update(saved)


def judged(body, name="Reader", url="", first_time=True):
    submission = spam.Submission(
        body=body, name=name, email="someone@example.org", url=url, first_time=first_time
    )
    return spam.judge(submission, spam.Rules(), classifier.score(body, name, url))


@pytest.mark.parametrize(("body", "name"), FRESH_SPAM)
def test_it_holds_spam_it_was_never_trained_on(db, body, name):
    assert judged(body, name)[0] in (spam.State.PENDING, spam.State.SPAM)


@pytest.mark.parametrize("body", FRESH_HAM)
def test_it_keeps_readers(db, body):
    assert judged(body) == (spam.State.APPROVED, "")


def test_a_returning_commenter_is_held_rather_than_blocked(db):
    body, name = FRESH_SPAM[3]  # scored above BLOCK_AT
    assert judged(body, name)[0] == spam.State.SPAM
    assert judged(body, name, first_time=False)[0] == spam.State.PENDING


def test_it_learns_from_a_moderators_spam_decision(
    db, article, fresh_loaded, django_capture_on_commit_callbacks, monkeypatch
):
    pitch = (
        "Our timeshare in Lake Wobegon has three weeks left this summer, call Brenda on 555 "
        "0142 to book a tour."
    )
    similar = (
        "Lake Wobegon timeshare: two weeks left this autumn, call Brenda on 555 0177 for a tour."
    )
    assert judged(similar)[0] == spam.State.APPROVED
    comment = Comment.objects.create(
        article=article, body=pitch, name="Brenda", email="b@example.org", state="approved"
    )
    monkeypatch.setattr(classifier, "RETRAIN_AFTER", 1)
    with django_capture_on_commit_callbacks(execute=True):
        Comment.objects.filter(pk=comment.pk).moderate(
            Comment.State.SPAM
        )  # the worker's task runs (immediate backend)
    assert FilterModel.objects.get().moderator_examples == 1
    assert judged(similar)[0] in (spam.State.PENDING, spam.State.SPAM)


def test_it_learns_readers_a_moderator_approved(db, article, fresh_loaded):
    body = (
        "Casino Royale screening at the harbour cinema, free entry, bring a chair, call 555 "
        "0199 to volunteer"
    )
    before = classifier.score(body)
    comment = Comment.objects.create(
        article=article, body=body, name="Harbour Film Club", email="f@example.org", state="pending"
    )
    comment.state = Comment.State.APPROVED
    comment.save()  # a moderator approving it one at a time
    classifier.train_and_store()
    assert classifier.score(body) < before


def test_the_model_never_gets_or_keeps_the_email(db, article, post, fresh_loaded, monkeypatch):
    secret = "quintessa.vandermolen-7731@example.org"
    seen = []
    monkeypatch.setattr(
        classifier, "score", lambda *args, **kwargs: seen.append((args, kwargs)) or 0.0
    )
    post(article, comment="Spam as a moderator will see it.", email=secret)
    assert seen and secret not in repr(seen) and "quintessa" not in repr(seen)
    Comment.objects.update(state=Comment.State.SPAM, moderated_at=Comment.objects.get().created_at)
    stored = FilterModel.objects.get(pk=classifier.train_and_store().pk)
    assert stored.moderator_examples == 1
    model = classifier.loads(stored.blob)
    assert all("quintessa" not in term for _, weights in model.views for term in weights)
    assert b"quintessa" not in pickle.dumps(model.pipeline)


def test_the_fast_scorer_is_the_pipelines_probability(db):
    model = classifier.loaded.get()
    for body in [*FRESH_HAM, FRESH_SPAM[0][0], FRESH_SPAM[3][0]]:
        text = classifier.model_text(body, "Reader", "https://reader.example.org")
        assert model.probability(text) == pytest.approx(
            model.pipeline.predict_proba([text])[0, 1], abs=1e-9
        )


def test_the_model_is_loaded_once_per_process(db, fresh_loaded, monkeypatch):
    classifier.loaded.get()
    monkeypatch.setattr(classifier, "fit", lambda examples: pytest.fail("refitted"))
    monkeypatch.setattr(classifier, "loads", lambda blob: pytest.fail("reloaded"))
    for _ in range(3):
        classifier.score("Another remark.")


def test_it_never_trains_on_the_held_back_sets(settings):
    held_back = (settings.BASE_DIR / "bench" / "data").glob("comment_spam*.jsonl")
    assert {path.name for path in held_back}.isdisjoint(
        path.name for path in classifier.TRAINING_SETS
    )
    assert all(path.is_relative_to(classifier.DATA) for path in classifier.TRAINING_SETS)


def test_disguised_letters_are_read_as_the_plain_word():
    disguised = (
        "Ｃｈｅａｐ ｃ\u200bａｓｉｎｏ: b0nus for new players at the сasinо, "
        "B O N U S c.o.d.e inside"
    )
    assert (
        classifier.normalise(disguised)
        == "Cheap casino: bonus for new players at the casino, BONUS code inside"
    )
    assert "xdisguisedx" in classifier.model_text(disguised)
    assert "xdisguisedx" not in classifier.model_text(
        "Ｔｏｋｙｏ　２０２０の開会式は延期された。"
    )  # full-width is how Japanese is typed
    assert (
        classifier.normalise("v1agr@ and c1al1s, COVID19 and H5N1")
        == "viagra and cialis, COVID19 and H5N1"
    )
    assert classifier.normalise("write to help@embassy.example") == "write to help@embassy.example"


def test_disguised_spam_is_caught(db):
    plain = "Win real money tonight at our casino, 300 free spins and a bonus code for new players"
    disguised = (
        "Wіn rеal mоney tоnight at our с\u200bаsino, 300 ｆｒｅｅ ｓｐｉｎｓ and a b0nus c0de for "
        "new players"
    )
    assert classifier.score(disguised) >= classifier.score(plain) - 0.05
    assert judged(disguised)[0] in (spam.State.PENDING, spam.State.SPAM)


def test_a_testimonial_with_a_contact_handle_is_held(db):
    body = (
        "My husband came back to me after three years thanks to Priestess Amaka and her "
        "love spell. Reach her on WhatsApp +233 20 555 0143 or Telegram @amaka_spells, "
        "she never fails."
    )
    assert judged(body, "Joy")[0] in (spam.State.PENDING, spam.State.SPAM)


@pytest.mark.parametrize(
    "body",
    [
        "The ministry's WhatsApp channel posted the new curfew times an hour before the press "
        "release did.",
        "In our village the flood warnings came through a Telegram group run by the fire brigade, "
        "not the radio.",
    ],
)
def test_readers_mentioning_messengers_in_the_news_are_not_held(db, body):
    assert judged(body) == (spam.State.APPROVED, "")
