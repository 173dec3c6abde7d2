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
# Words that only sell: pharma brands, loan and casino bait, scams, adult. On their own they
# hold a comment; with a link they mark it spam.
SELLING = re.compile(
    r"\b(viagra|cialis|levitra|tramadol|xanax|valium|phentermine|oxycontin)\b"
    r"|\bpayday\s+loans?\b|\bloans? (online|approved|no credit)|\bno credit check\b|\bno deposit bonus\b|\bcasino bonus\b"
    r"|\b(buy|cheap|order)\s+(backlinks|pills|meds|followers)\b|\b(high quality )?backlinks\b.{0,40}\bservices?\b"
    r"|\bguest posting services?\b|\bseo services?\b"
    r"|\brecover (your )?(lost|stolen|scammed) (funds|crypto|bitcoin)|\brecovery expert\b|\bhacker\b.{0,60}\b(whats ?app|telegram)"
    r"|\bbitcoin doubler\b|\bcrypto investment platform\b|\bforex signals\b|\btrading bot\b"
    r"|\b(replica|fake) (watches|handbags|rolex)\b|\bessay writing service\b|\b(diet|keto|weight loss) pills\b"
    r"|\bhot singles\b|\b(porn|xxx)\b|\bsex (cam|chat)\b"
    r"|\bearn \$\d+|\$\d[\d,]* (a|per) (day|week|hour)\b|\bpassive income\b|\bcheap jerseys\b",
    re.IGNORECASE,
)
# Phrases bots use to look like readers. Readers use some of them too, so one alone does nothing.
BOT_PRAISE = re.compile(
    r"\b(check out|visit|click)\s+(my|our)\s+(site|website|blog|page|store|shop)\b|\bvisit our (site|website|store)\b"
    r"|\bkeep (up the good work|posting|sharing)\b|\bthanks for sharing\b|\bbookmarked (your|this) (site|blog)\b"
    r"|\b(very|so|really) (informative|helpful)\b|\b(great|nice|awesome) (post|blog|info)\b|\byour blog( posts)?\b"
    r"|\b(my|our) (site|blog)\b|\bfor (more tips|the best deals)\b|\bfree spins\b|\bonline (casino|betting|pharmacy)\b",
    re.IGNORECASE,
)
# Names and web addresses that are anchor text rather than a person or a blog: "Best SEO Agency".
COMMERCIAL = re.compile(
    r"(seo|casino|loans?|viagra|cialis|pharma|pills|bitcoin|crypto|forex|escort|porn|backlinks?|cheap|discount|agency|"
    r"services?|shop|store|deals?|replica|dating|plumber|essay|keto|recovery|bonus|sale)",
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
    """(strong, weak): reasons a comment looks like bot spam, independent of the site's lists."""
    strong, weak = [], []
    if LINK_MARKUP.search(submission.body):
        strong.append("link markup (BBCode or HTML)")
    if SELLING.search(submission.body) or SELLING.search(submission.name):
        strong.append("selling words")
    praise = {match.group(0).lower() for match in BOT_PRAISE.finditer(submission.body)}
    weak += [f"bot phrase “{phrase}”" for phrase in sorted(praise)]
    name = submission.name.lower()
    if "http" in name or "www." in name or COMMERCIAL.search(submission.name):
        weak.append("name is link text")
    if submission.url and COMMERCIAL.search(submission.url.split("//", 1)[-1].split("/", 1)[0]):
        weak.append("website address is link text")
    if count_links(submission.body):
        weak.append("links in the text")
    return strong, weak


def judge(submission, rules):
    """-> (state, reason). Spam is blocked, pending is held for a moderator."""
    word = _matches(rules.disallowed_words, submission)
    if word:
        return SPAM, f"disallowed word “{word}”"
    strong, weak = bot_signals(submission)
    if strong and (weak or len(strong) > 1):
        return SPAM, "; ".join(strong + weak)
    if strong or len(weak) >= 2:
        return PENDING, "; ".join(strong + weak)
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
