"""Read the open-licence news corpus shipped in ingest/data and sort it into story-lines."""

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ingest.text import paragraphs
from newsroom.text import clean

DATA_DIR = Path(__file__).parent / "data"
WIKINEWS_FILE = DATA_DIR / "wikinews.jsonl"
GLOBAL_VOICES_FILE = DATA_DIR / "globalvoices-2022-teasers.jsonl"

# The credit lines the corpus README requires, by licence; {link} is the linked source name.
CREDITS = {
    "wikinews-cc-by-2.5": ("Wikinews", "From {link}, licensed CC BY 2.5; text cleaned."),
    "wikinews-pd": ("Wikinews", "From {link}, public domain."),
    "globalvoices-cc-by-3.0": ("Global Voices", "{link}, licensed CC BY 3.0."),
}

# Story-lines the demo groups the corpus into. An article joins the topic whose words
# it uses most (title words count three times); ties and no match go to "World".
TOPICS = {
    "Russia-Ukraine War": (
        "The war that began with Russia's invasion of Ukraine in February 2022.",
        [
            "ukraine",
            "ukrainian",
            "kyiv",
            "russia invades",
            "zelensky",
            "zelenskyy",
            "nato",
            "kremlin",
            "putin",
        ],
    ),
    "Disasters and Accidents": (
        "Fires, crashes, storms and earthquakes, and the people caught in them.",
        [
            "fire",
            "crash",
            "earthquake",
            "flood",
            "storm",
            "hurricane",
            "cyclone",
            "collapse",
            "explosion",
            "killed",
            "dies in",
            "accident",
            "derail",
            "wildfire",
            "typhoon",
        ],
    ),
    "Crime and Justice": (
        "Courts, police and the cases that make the news.",
        [
            "court",
            "judge",
            "police",
            "murder",
            "arrest",
            "sentenced",
            "trial",
            "guilty",
            "jailed",
            "charged",
            "prison",
            "lawsuit",
            "sue",
        ],
    ),
    "Politics and Elections": (
        "Governments, parliaments and the votes that change them.",
        [
            "election",
            "elected",
            "president",
            "parliament",
            "minister",
            "senate",
            "congress",
            "vote",
            "party",
            "referendum",
            "impeach",
            "government",
        ],
    ),
    "Science and Space": (
        "Discoveries, research and exploration.",
        [
            "scientist",
            "study",
            "research",
            "species",
            "space",
            "nasa",
            "spacex",
            "planet",
            "astronom",
            "fossil",
            "researchers",
            "interviews",
        ],
    ),
    "Health and COVID-19": (
        "The pandemic and public health.",
        [
            "covid",
            "coronavirus",
            "pandemic",
            "virus",
            "vaccine",
            "health",
            "hospital",
            "outbreak",
            "ebola",
            "measles",
        ],
    ),
    "Sport": (
        "Results and stories from the world of sport.",
        [
            "football",
            "cricket",
            "olympic",
            "tennis",
            "championship",
            "cup",
            "league",
            "match",
            "rugby",
            "tournament",
        ],
    ),
}
FALLBACK_TOPIC = ("World", "Other news from around the world.")


@dataclass
class CorpusArticle:
    external_id: str
    title: str
    paragraphs: list
    date: date
    url: str
    credit: str
    tags: list
    authors: list
    topic: str
    is_teaser: bool = False


# Every keyword is counted where it starts a word ("astronom" counts "astronomy"). One
# pass finds the places where any keyword starts (a zero-width match, so keywords that
# overlap, like "research" and "researchers", are all found), instead of one pass per keyword.
_KEYWORDS = sorted({word for _, words in TOPICS.values() for word in words})
_KEYWORD_START = re.compile(r"\b(?=" + "|".join(re.escape(word) for word in _KEYWORDS) + ")")


def keyword_counts(text: str) -> Counter:
    counts = Counter()
    for match in _KEYWORD_START.finditer(text):
        counts.update(word for word in _KEYWORDS if text.startswith(word, match.start()))
    return counts


def classify(title: str, body: str, labels=()) -> str:
    counts = keyword_counts(f"{title} {title} {title} {body} {' '.join(labels)}".lower())
    scores = {name: sum(counts[word] for word in words) for name, (_, words) in TOPICS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] >= 2 else FALLBACK_TOPIC[0]


def _read(path: Path):
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def wikinews(skip=()) -> list[CorpusArticle]:
    """The Wikinews articles, less those whose id is in `skip` (already loaded)."""
    articles = []
    for record in _read(WIKINEWS_FILE):
        if record["id"] in skip:
            continue
        body = clean(record["body"])
        title = " ".join(clean(record["title"]).split())
        credit = (
            "wikinews-pd"
            if record["licence"].lower().startswith("public domain")
            else "wikinews-cc-by-2.5"
        )
        articles.append(
            CorpusArticle(
                external_id=record["id"],
                title=title,
                paragraphs=paragraphs(body),
                date=date.fromisoformat(record["date"]),
                url=record["url"],
                credit=credit,
                tags=record.get("categories") or [],
                authors=["Wikinews contributors"],
                topic=classify(title, body, record.get("categories") or []),
            )
        )
    return articles


def is_announcement(record) -> bool:
    labels = record.get("categories", []) + record.get("topics", [])
    return "Announcements" in labels or record["title"].startswith("Global Voices seeks")


def global_voices(skip=()) -> list[CorpusArticle]:
    """The Global Voices posts that are news: not its announcements (job adverts, calls for
    writers), and each title once (the file repeats one post under two ids)."""
    articles, titles = [], set()
    for record in _read(GLOBAL_VOICES_FILE):
        title = " ".join(clean(record["title"]).split())
        if record["id"] in skip or is_announcement(record) or title.lower() in titles:
            continue
        titles.add(title.lower())
        labels = record.get("topics", []) + record.get("regions", [])
        topic = (
            "Russia-Ukraine War"
            if "Russia invades Ukraine" in labels
            else classify(title, record["body"], labels)
        )
        articles.append(
            CorpusArticle(
                external_id=record["id"],
                title=title,
                paragraphs=paragraphs(record["body"]),
                date=date.fromisoformat(record["date"]),
                url=record["url"],
                credit="globalvoices-cc-by-3.0",
                tags=labels,
                authors=record.get("authors") or ["Global Voices"],
                topic=topic,
                is_teaser=bool(record.get("body_is_teaser")),
            )
        )
    return articles
