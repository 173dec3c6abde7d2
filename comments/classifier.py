"""The learned half of the spam filter: a local text classifier, no third-party service.

TF-IDF over character n-grams (2-5 within word boundaries: they still see "v1agra", "c.i.a.l.i.s",
a link shortener's host, Cyrillic or Chinese script) and over words and word pairs, into a
logistic regression. It reads the comment's text with its disguises undone (`normalise`), the name,
the website and marker words for signals such as a phone number or a shortened link, never the
email.

It learns from
  * the shipped labelled sets (TRAINING_SETS, in comments/data/; their provenance is in
    bench/data/README.md), never the held-back sets the benchmark measures on, and
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
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import joblib
from django.core.cache import cache
from django.tasks import task

from comments.models import Comment, FilterModel
from comments.plaintext import site_of
from comments.spam import TRUSTED_LINK_DOMAINS, is_among

DATA = Path(__file__).resolve().parent / "data"  # packaged with the app: the wheel has it
TRAINING_SETS = tuple(
    DATA / f"comment_spam{name}.jsonl"
    # the tuning and training sets, then held-back 1 to 11: spent (measured on, then learned from)
    for name in ("", "_training", "_heldback", *(f"_heldback{n}" for n in range(2, 12)))
)
MODERATOR_WEIGHT = 10.0  # one moderator decision counts as ten shipped examples (of about 8,800)
MAX_CHARS = 2_000  # the opening is enough to tell, and keeps one comment well under 10 ms
RETRAIN_AFTER = 20  # new moderator decisions before the worker refits
RECHECK_SECONDS = 60
# the regression's inverse regularisation, chosen by leave-one-set-out (bench/comment_spam.py)
C = 10
RETRAIN_QUEUED = "comments:filter-retrain-queued"  # one refit queued at a time


@dataclass(frozen=True)
class Example:
    text: str
    spam: bool
    weight: float = 1.0


# Letters made to look like others so a word slips past filters: Cyrillic and Greek lookalikes
# inside a Latin word ("сasino"), digits and symbols inside one ("v1agr@"). Read as the Latin
# letter before the text is vectorised, so "cаsino" and "casino" are the same word to the model.
LOOKALIKES = str.maketrans(
    "аеорсухіјѕАВЕКМНОРСТХІЈЅαερικοντυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsABEKMHOPCTXIJSaepikovtuxABEZHIKMNOPTYX",
)
LEET = str.maketrans("013457@$", "oieastas")
LATIN_WORD_WITH_LOOKALIKES = re.compile(r"\w*[a-zA-Z]\w*")
# Characters with no width inside a word, put there
# to split one a filter would read ("cas\u200bino").
INVISIBLE_IN_WORD = re.compile("(?<=[a-zA-Z0-9])[\u00ad\u200b-\u200d\u2060\ufeff]+(?=[a-zA-Z0-9])")
# "B O N U S", "c.i.a.l.i.s", "v-i-a-g-r-a": four or more single letters, one separator between.
SPACED = re.compile(
    r"(?<!\w)[a-zA-Z](?P<sep>[ .\-_*·])(?:[a-zA-Z](?P=sep)){2,}[a-zA-Z](?!\w)(?![^\s\w]\w)"
)
# Full-width Latin ("Ｖｉａｇｒａ") and the mathematical bold, italic and script
# alphabets ("𝐕𝐢𝐚𝐠𝐫𝐚").
STYLED_LATIN = re.compile("[\uff21-\uff3a\uff41-\uff5a\U0001d400-\U0001d6a3]")
CJK = re.compile(
    "[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
)  # where full-width Latin is ordinary typing
# A word with digits or symbols between its letters ("c1al1s", "v1agr@"); not an email address.
LEET_WORD = re.compile(r"(?<![\w@$.])[a-zA-Z]+(?:[013457@$]+[a-zA-Z]+)+[@$]?(?![\w@$])(?!\.\w)")


def _unspaced(match):
    return match.group(0).replace(match.group("sep"), "")


def _unmixed(match):
    word = match.group(0)
    return word.translate(LOOKALIKES) if not word.isascii() else word


def normalise(text):
    """Undo the disguises bots use (full-width or styled letters, invisible characters inside
    words, lookalike letters, digits for letters, spaced-out words): what the model reads."""
    text = INVISIBLE_IN_WORD.sub("", unicodedata.normalize("NFKC", text))
    text = LATIN_WORD_WITH_LOOKALIKES.sub(_unmixed, text)
    text = SPACED.sub(_unspaced, text)
    return LEET_WORD.sub(lambda match: match.group(0).translate(LEET), text)


def is_disguised(text):
    """Invisible characters or styled letters inside words, or words in two alphabets at once."""
    if INVISIBLE_IN_WORD.search(text) or (STYLED_LATIN.search(text) and not CJK.search(text)):
        return True
    return any(
        not word.isascii() and word.translate(LOOKALIKES).isascii()
        for word in LATIN_WORD_WITH_LOOKALIKES.findall(text)
    )


# Well-known public link shorteners: they hide where a link goes, which a reader citing a
# source has no reason to do. A general list, not taken from any comment set.
SHORTENERS = frozenset(
    (
        *(
            "bit.ly",
            "bitly.com",
            "tinyurl.com",
            "t.co",
            "goo.gl",
            "is.gd",
            "v.gd",
            "ow.ly",
            "buff.ly",
            "rb.gy",
            "cutt.ly",
        ),
        *(
            "shorturl.at",
            "s.id",
            "t.ly",
            "tiny.cc",
            "rebrand.ly",
            "bl.ink",
            "clck.ru",
            "goo.su",
            "shorte.st",
            "adf.ly",
            "ouo.io",
        ),
        *("linktr.ee", "lnkd.in", "qr.ae", "u.to", "surl.li"),
    )
)
# Top-level domains the abuse trackers (Spamhaus, Interisle) list as the most abused for a decade:
# registrations cost cents. A hint for the model, not a rule: real sites live there too.
CHEAP_TLDS = frozenset(
    (
        *(
            "top",
            "xyz",
            "icu",
            "buzz",
            "fun",
            "live",
            "site",
            "online",
            "click",
            "club",
            "win",
            "bid",
            "loan",
            "work",
            "rest",
        ),
        *("cyou", "sbs", "cfd", "monster", "quest", "bond", "shop", "store", "vip", "today"),
    )
)
HOST = re.compile(
    r"(?:https?://|(?<![\w@/.-]))((?:[a-z0-9-]+\.)+[a-z][a-z0-9-]+)(?=[/:?#]|\s|$|[).,;!])",
    re.IGNORECASE,
)
LINK = re.compile(r"https?://\S+|(?<![\w@/.-])(?:[a-z0-9-]+\.)+[a-z]{2,}/\S*", re.IGNORECASE)

MESSENGERS = r"whats ?app|telegram|wechat|viber|signal|微信|QQ|ватсап|вотсап|телеграм"
# a number, a handle, an account id ("vip_79464", "ly886709") or whatever follows "WhatsApp:"
CONTACT = r"(?:\+?\d[\d ().-]{5,}\d|@\w|[:：]\s*(?!https?:)[\w.+-]{4,}|\b[a-z_]+\d{3,}\w*)"

# Signals that mean the same in any language or family, added as marker words the model weighs
# from the examples: a way to be contacted off-site, money, hidden words, where links go.
SIGNALS = {
    "xphonex": re.compile(r"\+?\d[\d ().-]{7,}\d"),
    # A messenger as a way to reach someone: its name next to a number or a handle
    # ("WhatsApp +1 ...", "@name on Telegram"), a chat link (wa.me, t.me/name), or the names
    # spam gives messengers in Asia (TG and 飞机, "plane", for Telegram; VX and V信 for WeChat). A
    # messenger named in passing ("the opposition's Telegram channel", "our street's WhatsApp
    # group") is not one, nor is a Telegram post (t.me/channel/123) or a channel's public page
    # (t.me/s/channel): sources cited.
    "xmessengerx": re.compile(
        rf"(?:{MESSENGERS})[^\n]{{0,30}}?{CONTACT}|{CONTACT}[^\n]{{0,20}}?\b(?:on|via|at)\s+(?:{MESSENGERS})"
        r"|\b(?:add|contact|message|text|reach|write to|call)\s+(?:me|us|him|her)"
        rf"\s+(?:on|via|at|through)\s+(?:{MESSENGERS})"
        rf"|(?:加|联系|加我)(?:{MESSENGERS})"
        r"|wa\.me|t\.me/(?!s/|\w+/\d)|\btg\s*[:：@]|加\s*tg|飞机|\bvx\s*[:：]|[vV]信|薇信|扣扣|\bline\s*id\b|\bskype\s*(live)?\s*:",
        re.I,
    ),
    "xmailx": re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+"),
    # a handle to write to; "@mike_r 100% agree" at the start of a line replies to another reader
    "xhandlex": re.compile(
        r"(?<![\w.])(?<!^)(?<!\n)@[a-z]*[\d_][\w.]*\b|\b(?:dm|message|contact|add|reach)\b.{0,20}@\w",
        re.IGNORECASE,
    ),
    # money, not shares: "prices up 33 %" and "100% agree" are how readers talk
    "xmoneyx": re.compile(r"[$€£₦₹¥]\s?\d|\d\s?(usd|usdt|btc|eth|dollars|euros)\b", re.IGNORECASE),
    "xhiddenx": re.compile(
        r"[a-z][0-9@$!][a-z]|\b\w([ .])(\w\1){3,}|[a-z][а-яё]|[а-яё][a-z]", re.IGNORECASE
    ),
    "xmarkupx": re.compile(
        r"\[/?(url|link)\b|<a\s|\]\(\s*(https?:|www\.)|!\[[^\]]*\]\(", re.IGNORECASE
    ),
    "xbarelinkx": re.compile(
        r"(?<![\w@/.-])(?:www\.)?[a-z0-9-]+\.[a-z]{2,}/[\w/?=&#-]+", re.IGNORECASE
    ),
    "xshoutx": re.compile(r"!!|\b[A-Z]{4,}\b.*\b[A-Z]{4,}\b"),
}


# Google Maps' own share links live under the retired goo.gl shortener's name: a place, not a
# hidden destination.
MAP_SHARE = re.compile(r"goo\.gl/maps/", re.IGNORECASE)


def link_signals(body):
    """Marker words for where the comment's links go: a shortener, a bare IP address or
    punycode host, a much-abused top-level domain; and how many links there are."""
    hosts = {
        host.lower().removeprefix("www.")
        for host in HOST.findall(MAP_SHARE.sub("maps.google.com/", body))
        if "." in host
    }
    hosts = {host for host in hosts if not host.replace(".", "").isdigit() or host.count(".") == 3}
    markers = []
    if hosts & SHORTENERS:
        markers.append("xshortenerx")
    if any(
        host.replace(".", "").isdigit() or host.startswith("xn--") or ".xn--" in host
        for host in hosts
    ):
        markers.append("xrawhostx")
    if any(host.rsplit(".", 1)[-1] in CHEAP_TLDS for host in hosts):
        markers.append("xcheaptldx")
    links = len(LINK.findall(body))
    if links:
        markers.append(f"xlinks{min(links, 3)}x")
    return markers


# Markers read from the link as well as the words around it; the rest describe the prose only: the
# digits of a post's id in a link are not a phone number, nor is a letter-digit slug a disguise.
IN_LINKS = {"xmessengerx", "xmarkupx", "xbarelinkx"}


def signals(body, normalised):
    prose = (LINK.sub(" ", body), LINK.sub(" ", normalised))
    read = lambda marker: (body, normalised) if marker in IN_LINKS else prose  # noqa: E731
    found = [
        marker
        for marker, pattern in SIGNALS.items()
        if any(pattern.search(text) for text in read(marker))
    ]
    if is_disguised(body):
        found.append("xdisguisedx")
    return " ".join(found + link_signals(normalised))


# The shipped sets can only name sites under the reserved documentation domains (RFC 2606), in
# shapes that differ between their ham and spam ("x.example" vs "x.example.org"): read them all
# without the suffix so the model cannot learn that accident.
RESERVED_DOMAINS = re.compile(r"\.example(\.(org|net|com))?\b", re.IGNORECASE)


TRUSTED_SOURCES = frozenset(TRUSTED_LINK_DOMAINS)


def _as_source(match):
    """A link to a trusted source (the default list of the links rule: newspapers, agencies,
    broadcasters, public bodies, journals) as one word: the model learns what citing one says
    about a comment, rather than the words of one URL ("uutiset", "3-78335111")."""
    link = match.group(0)
    return f"{link} xsourcex" if is_among(site_of(link), TRUSTED_SOURCES) else link


def model_text(body, name="", url=""):
    """What the model reads of a comment: the text (undisguised), the name, the website and the
    signals, one line each. The email is deliberately not an argument."""
    body = body[:MAX_CHARS]
    normalised = normalise(body)
    one_line = LINK.sub(_as_source, " ".join(normalised.splitlines()))
    text = f"{one_line}\n{normalise(name)}\n{url.split('//', 1)[-1]}\n{signals(body, normalised)}"
    return RESERVED_DOMAINS.sub("", text)


def text_part(text):
    """The comment's own words in what the model reads (no name, website or signals)."""
    return text.split("\n", 1)[0]


def shipped_examples(paths=TRAINING_SETS):
    examples = []
    for path in paths:
        for line in Path(path).read_text().splitlines():
            item = json.loads(line)
            examples.append(
                Example(
                    model_text(item["body"], item["name"], item["url"]), item["label"] == "spam"
                )
            )
    return examples


def moderated_examples():
    """Comments a moderator decided on: approved is ham, spam is spam. Left-alone comments and
    the trash (off-topic, duplicates) teach nothing about spam."""
    decided = Comment.objects.filter(
        moderated_at__isnull=False, state__in=[Comment.State.APPROVED, Comment.State.SPAM]
    )
    rows = decided.values_list("body", "name", "url", "state")
    return [
        Example(model_text(body, name, url), state == Comment.State.SPAM, MODERATOR_WEIGHT)
        for body, name, url, state in rows
    ]


def fit(examples):
    # Imported here, not with the app: scikit-learn is two-fifths of a process's memory, and
    # only training needs it (a stored model scores with dictionary look-ups, see Scorer).
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, make_pipeline

    features = FeatureUnion(
        [
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True
                ),
            ),
            ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)),
        ]
    )
    # C, the features and the thresholds in comments/spam.py were chosen by leave-one-set-out
    # cross-validation over the shipped sets (bench/comment_spam.py, bench/data/README.md).
    classifier = LogisticRegression(C=C, class_weight="balanced", max_iter=3000, random_state=0)
    pipeline = make_pipeline(features, classifier)
    pipeline.fit(
        [e.text for e in examples],
        [e.spam for e in examples],
        logisticregression__sample_weight=[e.weight for e in examples],
    )
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
            weights = {
                term: (idf[i], coef[offset + i]) for term, i in vectorizer.vocabulary_.items()
            }
            self.views.append((vectorizer.build_analyzer(), weights))
            offset += len(weights)
        self.intercept = float(regression.intercept_[0])

    def probability(self, text):
        """Sublinear TF-IDF, L2-normalised per view, dotted with the regression's weights."""
        z = self.intercept
        for analyze, weights in self.views:
            counts = Counter(term for term in analyze(text) if term in weights)
            values = [
                ((1 + math.log(n)) * weights[term][0], weights[term][1])
                for term, n in counts.items()
            ]
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
    shipped, moderated = shipped_examples(), moderated_examples()
    model = fit(shipped + moderated)
    row = FilterModel.objects.create(
        shipped_examples=len(shipped), moderator_examples=len(moderated), blob=dumps(model)
    )
    FilterModel.objects.filter(
        pk__in=FilterModel.objects.values_list("pk", flat=True)[keep:]
    ).delete()
    loaded.use(row.pk, model)
    return row


@task
def retrain():
    try:
        return train_and_store().pk
    finally:
        cache.delete(RETRAIN_QUEUED)


def on_moderator_decided(sender, **kwargs):
    retrain_if_due()


def retrain_if_due():
    """After RETRAIN_AFTER moderator decisions newer than the stored model, queue one refit."""
    newest = FilterModel.objects.values_list("created_at", flat=True).first()
    decisions = Comment.objects.filter(moderated_at__isnull=False)
    if newest is not None:
        decisions = decisions.filter(moderated_at__gt=newest)
    if decisions[:RETRAIN_AFTER].count() >= RETRAIN_AFTER and cache.add(
        RETRAIN_QUEUED, True, timeout=3600
    ):
        retrain.enqueue()
