"""Which state a new comment starts in, and why: the moderation rules plus the bot signals.

Everything runs locally (no Akismet or other third party). `judge()` is a pure function of
the submission and the rules so the benchmark (bench/comment_spam.py) measures exactly what
the site runs.
"""

import re
from dataclasses import dataclass, field

from comments.plaintext import count_links

PENDING, APPROVED, SPAM = "pending", "approved", "spam"

# Markup only link-building bots send to a plain-text form: BBCode links and HTML anchors.
LINK_MARKUP = re.compile(r"\[/?(url|link)\b|<a\s[^>]*href|\[/a\]", re.IGNORECASE)
# Phrases from link-building and scam comment spam. They are phrases, not single words, so
# a reader discussing a casino licence or a crypto crash is not caught.
SPAM_PHRASES = re.compile(
    r"\b(buy|cheap|order|discount|generic)\s+(viagra|cialis|levitra|tramadol|xanax|valium|pills?|meds|ambien|oxycodone)\b"
    r"|\b(viagra|cialis|levitra|tramadol|xanax|phentermine|oxycontin)\b"
    r"|\bonline\s+(casino|pharmacy|slots?|poker|betting|dating)\b"
    r"|\b(casino|slot|betting|poker)\s+(bonus|sites?|games? online|free spins)\b|\bfree\s+spins\b|\bno deposit bonus\b"
    r"|\bpayday\s+loans?\b|\b(quick|fast|instant|easy)\s+(cash|loans?|money)\b|\bloans? (online|no credit)\b"
    r"|\b(seo|backlinks?|link building|guest post(ing)?)\s+(services?|packages?|agency|expert)\b|\bhigh (da|pa|quality backlinks?)\b"
    r"|\b(make|earn)(ed|ing)?\s+(\$|usd|money|\d[\d,]*\s*(dollars|usd|\$))|\bwork(ing)? from home\b.*\b(earn|\$|income)"
    r"|\$\d[\d,]*\s*(a|per)\s+(day|week|month|hour)\b|\bpassive income\b"
    r"|\b(bitcoin|crypto|btc|forex|binary options?)\s+(doubler|investment platform|signals?|trading bot|recovery expert|mining pool)\b"
    r"|\brecover (your )?(lost|stolen|scammed) (funds|crypto|bitcoin)\b|\bhacker\b.{0,40}\b(whats ?app|telegram|contact)\b"
    r"|\b(replica|fake) (watches|handbags|rolex|designer)\b|\b(essay|dissertation|homework) (writing|help) service\b"
    r"|\b(weight loss|keto|diet) (pills?|supplements?|gummies)\b|\b(male|penis) enhancement\b"
    r"|\bhot (singles|girls|milfs?)\b|\b(porn|xxx|nude|escort)s?\b|\bsex (cam|chat|videos?)\b"
    r"|\b(check out|visit|click)\s+(my|our)\s+(site|website|blog|page|channel|profile|store|shop)\b"
    r"|\b(subscribe|follow)\s+(to\s+)?my\s+(channel|page|blog)\b"
    r"|\bi (really )?(like|love|enjoy)(d)? (reading|this|your) (post|article|blog)s?\b.{0,80}\b(my|our) (site|website|blog)\b"
    r"|\b(great|nice|awesome|informative|useful) (post|article|blog|info(rmation)?)[.!,]? (thanks|thank you|keep (it up|posting|sharing))"
    r"|\bkeep (up the good work|posting|sharing)\b|\bbookmarked (your|this) (site|blog)\b|\bvery informative\b"
    r"|\bthanks for sharing\b|\bi have (bookmarked|shared) (it|this)\b|\bthis (blog|site) is (really|very|so) (helpful|informative)\b",
    re.IGNORECASE,
)
# Names that are anchor text rather than a person's name: "Best SEO Agency", "cheap loans".
COMMERCIAL_NAME = re.compile(
    r"\b(seo|casino|loans?|viagra|cialis|pharmacy|bitcoin|crypto|forex|escort|porn|buy|cheap|discount|agency|services?|"
    r"online|shop|store|sale|deals?|best|top|marketing|dating|repair|plumber|lawyer|attorney|insurance|hosting|vpn)\b",
    re.IGNORECASE,
)


@dataclass
class Submission:
    body: str
    name: str
    email: str
    url: str = ""
    ip: str = ""
    first_time: bool = True


@dataclass
class Rules:
    hold_all: bool = False
    hold_first_time: bool = False
    hold_links: int = 2
    hold_words: list = field(default_factory=list)
    disallowed_words: list = field(default_factory=list)
    premoderated: bool = False

    @classmethod
    def from_settings(cls, settings, article=None):
        return cls(
            hold_all=settings.hold_all,
            hold_first_time=settings.hold_first_time,
            hold_links=settings.hold_links,
            hold_words=settings.word_list(settings.hold_words),
            disallowed_words=settings.word_list(settings.disallowed_words),
            premoderated=getattr(article, "comments_policy", "") == "premoderated",
        )


def _matches(words, submission):
    haystack = "\n".join((submission.body, submission.name, submission.email, submission.url, submission.ip)).lower()
    return next((word for word in words if word in haystack), None)


def bot_signals(submission):
    """Reasons a comment looks like bot spam, independent of the site's word lists."""
    reasons = []
    if LINK_MARKUP.search(submission.body):
        reasons.append("link markup (BBCode or HTML)")
    if SPAM_PHRASES.search(submission.body):
        reasons.append("spam phrase in the text")
    name = submission.name
    if "http" in name.lower() or "www." in name.lower() or (COMMERCIAL_NAME.search(name) and submission.url):
        reasons.append("name is link text")
    return reasons


def judge(submission, rules):
    """-> (state, reason). Spam is blocked, pending is held for a moderator."""
    word = _matches(rules.disallowed_words, submission)
    if word:
        return SPAM, f"disallowed word “{word}”"
    signals = bot_signals(submission)
    if len(signals) >= 2 or (signals and count_links(submission.body) >= 1):
        return SPAM, "; ".join(signals)
    if signals:
        return PENDING, signals[0]
    links = count_links(submission.body)
    if rules.hold_links and links >= rules.hold_links:
        return PENDING, f"{links} links"
    word = _matches(rules.hold_words, submission)
    if word:
        return PENDING, f"hold word “{word}”"
    if rules.premoderated:
        return PENDING, "the article is pre-moderated"
    if rules.hold_all:
        return PENDING, "every comment is held"
    if rules.hold_first_time and submission.first_time:
        return PENDING, "first comment from this email"
    return APPROVED, ""
