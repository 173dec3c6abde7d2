"""The learned half of the spam filter: a local text classifier, no third-party service.

TF-IDF over character n-grams (2-5 within word boundaries: they still see "v1agra", "c.i.a.l.i.s",
a link shortener's host, Cyrillic or Chinese script) and over words and word pairs, into a
logistic regression. It reads the comment's text, the name and the website, never the email.

It learns from
  * the shipped labelled sets (TRAINING_SETS, described in bench/data/README.md), which never
    include the held-back set the benchmark measures on, and
  * this site's moderators: comments a person approved (ham) or marked spam, weighted above the
    shipped examples so the site's own readers count most.

`train_comment_filter` (a management command and a task the worker runs after RETRAIN_AFTER new
decisions) stores the fitted model in the database (FilterModel): the database is the system of
record every web process and every machine already shares and backs up, whereas var/ is one
machine's disk. The pickle is only ever written and read by this module, from our own database.
Each process loads it once and looks for a newer one at most every RECHECK_SECONDS.
"""

import functools
import io
import json
import math
import re
import threading
import time
from collections import Counter
from dataclasses import dataclass

import joblib
from django.conf import settings
from django.core.cache import cache
from django.tasks import task
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, make_pipeline

TRAINING_SETS = ("bench/data/comment_spam.jsonl", "bench/data/comment_spam_training.jsonl")
HELD_BACK_SETS = ("bench/data/comment_spam_heldback.jsonl", "bench/data/comment_spam_heldback2.jsonl")  # measured on, never learned from
MODERATOR_WEIGHT = 5.0  # one moderator decision counts as five shipped examples
MAX_CHARS = 2_000  # the opening is enough to tell, and keeps one comment well under 10 ms
RETRAIN_AFTER = 20  # new moderator decisions before the worker refits
RECHECK_SECONDS = 60
RETRAIN_QUEUED = "comments:filter-retrain-queued"  # one refit queued at a time


@dataclass(frozen=True)
class Example:
    text: str
    spam: bool
    weight: float = 1.0


# Signals that mean the same in any language or family, added to the text as marker words so
# the model weighs them from the examples: a way to be contacted off-site, money, hidden words.
SIGNALS = {
    "xphonex": re.compile(r"\+?\d[\d ().-]{7,}\d"),
    "xmessengerx": re.compile(r"whats ?app|telegram|wechat|viber|微信|QQ|ватсап|телеграм", re.IGNORECASE),
    "xmailx": re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+"),
    "xmoneyx": re.compile(r"[$€£₦]\s?\d|\d\s?(usd|usdt|btc|dollars|euros|%)", re.IGNORECASE),
    "xhiddenx": re.compile(r"[a-z][0-9@$!][a-z]|\b\w([ .])(\w\1){3,}|[a-z][а-яё]|[а-яё][a-z]", re.IGNORECASE),
}


# The shipped sets can only name sites under the reserved documentation domains (RFC 2606), in
# shapes that differ between their ham and spam ("x.example" vs "x.example.org"): read them all
# without the suffix so the model cannot learn that accident.
RESERVED_DOMAINS = re.compile(r"\.example(\.(org|net|com))?\b", re.IGNORECASE)


def model_text(body, name="", url=""):
    """What the model reads of a comment. The email is deliberately not an argument."""
    body = body[:MAX_CHARS]
    markers = " ".join(marker for marker, pattern in SIGNALS.items() if pattern.search(body))
    text = f"{body}\n{name}\n{url.split('//', 1)[-1]}\n{markers}"
    return RESERVED_DOMAINS.sub("", text)


def shipped_examples(paths=TRAINING_SETS):
    assert not set(paths) & set(HELD_BACK_SETS), "the held-back set is never trained on"
    examples = []
    for path in paths:
        for line in (settings.BASE_DIR / path).read_text().splitlines():
            item = json.loads(line)
            examples.append(Example(model_text(item["body"], item["name"], item["url"]), item["label"] == "spam"))
    return examples


def moderated_examples():
    """Comments a moderator decided on: approved is ham, spam is spam. Left-alone comments and
    the trash (off-topic, duplicates) teach nothing about spam."""
    from comments.models import Comment

    decided = Comment.objects.filter(moderated_at__isnull=False, state__in=[Comment.State.APPROVED, Comment.State.SPAM])
    rows = decided.values_list("body", "name", "url", "state")
    return [Example(model_text(body, name, url), state == Comment.State.SPAM, MODERATOR_WEIGHT) for body, name, url, state in rows]


def fit(examples):
    features = FeatureUnion(
        [
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True)),
            ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)),
        ]
    )
    # C=10 and the thresholds in comments/spam.py were chosen by training on one shipped set and
    # scoring the other (bench/data/README.md), never on the held-back set.
    classifier = LogisticRegression(C=10, class_weight="balanced", max_iter=2000, random_state=0)
    pipeline = make_pipeline(features, classifier)
    pipeline.fit([e.text for e in examples], [e.spam for e in examples], logisticregression__sample_weight=[e.weight for e in examples])
    return Scorer(pipeline)


class Scorer:
    """A fitted pipeline's spam probability for one text, computed with dictionary look-ups:
    the same number as `pipeline.predict_proba` (a test checks it), a few times faster for a
    single comment, where scikit-learn's per-call checks cost more than the arithmetic."""

    def __init__(self, pipeline):
        self.pipeline = pipeline
        union, regression = pipeline[0], pipeline[-1]
        coef, offset, self.views = regression.coef_[0], 0, []
        for _, vectorizer in union.transformer_list:
            idf = vectorizer.idf_
            weights = {term: (idf[i], coef[offset + i]) for term, i in vectorizer.vocabulary_.items()}
            self.views.append((vectorizer.build_analyzer(), weights))
            offset += len(weights)
        self.intercept = float(regression.intercept_[0])

    def probability(self, text):
        """Sublinear TF-IDF, L2-normalised per view, dotted with the regression's weights."""
        z = self.intercept
        for analyze, weights in self.views:
            counts = Counter(term for term in analyze(text) if term in weights)
            values = [((1 + math.log(n)) * weights[term][0], weights[term][1]) for term, n in counts.items()]
            norm = math.sqrt(sum(value * value for value, _ in values))
            if norm:
                z += sum(value * w for value, w in values) / norm
        return 1 / (1 + math.exp(-z))


def spam_probability(model, body, name="", url=""):
    return model.probability(model_text(body, name, url))


def dumps(model):
    buffer = io.BytesIO()
    joblib.dump(model.pipeline, buffer, compress=3)
    return buffer.getvalue()


def loads(blob):
    return Scorer(joblib.load(io.BytesIO(bytes(blob))))


class Loaded:
    """The model this process uses: the newest stored one, or (before any `train_comment_filter`)
    one fitted on the shipped sets the first time it is needed."""

    def __init__(self):
        self.lock = threading.Lock()
        self.forget()

    def forget(self):
        self.pk, self.model, self.checked = None, None, float("-inf")

    def get(self):
        from comments.models import FilterModel

        with self.lock:
            if time.monotonic() - self.checked >= RECHECK_SECONDS:
                self.checked = time.monotonic()
                newest = FilterModel.objects.order_by("-pk").values_list("pk", flat=True).first()
                if newest is not None and newest != self.pk:
                    self.pk, self.model = newest, loads(FilterModel.objects.get(pk=newest).blob)
            if self.model is None:
                self.model = shipped_model()
            return self.model

    def use(self, pk, model):
        with self.lock:
            self.pk, self.model, self.checked = pk, model, time.monotonic()


loaded = Loaded()


@functools.cache
def shipped_model():
    """The fit on the shipped sets alone: once per process, however often `forget()` runs."""
    return fit(shipped_examples())


def score(body, name="", url=""):
    """The current model's spam probability for a new comment (0..1)."""
    return spam_probability(loaded.get(), body, name, url)


def train_and_store(keep=3):
    """Fit on the shipped sets and every moderator decision, store it, use it in this process."""
    from comments.models import FilterModel

    shipped, moderated = shipped_examples(), moderated_examples()
    model = fit(shipped + moderated)
    row = FilterModel.objects.create(shipped_examples=len(shipped), moderator_examples=len(moderated), blob=dumps(model))
    FilterModel.objects.filter(pk__in=FilterModel.objects.values_list("pk", flat=True)[keep:]).delete()
    loaded.use(row.pk, model)
    return row


@task
def retrain():
    try:
        return train_and_store().pk
    finally:
        cache.delete(RETRAIN_QUEUED)


def retrain_if_due():
    """After RETRAIN_AFTER moderator decisions newer than the stored model, queue one refit."""
    from comments.models import Comment, FilterModel

    newest = FilterModel.objects.values_list("created_at", flat=True).first()
    decisions = Comment.objects.filter(moderated_at__isnull=False)
    if newest is not None:
        decisions = decisions.filter(moderated_at__gt=newest)
    if decisions[:RETRAIN_AFTER].count() >= RETRAIN_AFTER and cache.add(RETRAIN_QUEUED, True, timeout=3600):
        retrain.enqueue()
