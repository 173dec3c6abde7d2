"""Which story-line (topic) a new article belongs to: the one most of its nearest published
articles are in, nearness being the Related score (text, entities, tags). A hint for the editor
on the edit screen (newsroom.desk.panels.StoryLineHintPanel); nothing is written."""

from dataclasses import dataclass

import numpy as np
from django.utils import timezone
from scipy import sparse

from discovery import documents
from discovery.related import _published, candidate_ids, counts_of, id_set, stored_idf
from discovery.scoring import GOOD_MATCH, Doc, Scorer, keywords, term_counts

NEIGHBOURS = 7  # the nearest articles that vote
MIN_SHARE = 0.5  # of the neighbours' score a story-line needs to be suggested


@dataclass
class Suggestion:
    topic: object  # newsroom.TopicPage
    votes: int  # how many of the neighbours are in it
    neighbours: int


def suggest_topic(article) -> Suggestion | None:
    """The story-line of most of `article`'s nearest published neighbours, from its current
    (perhaps unsaved) text, or None when no story-line has a clear majority."""
    from newsroom.models import TopicPage

    body = documents.body_text(article.body.raw_data if article.body else [])
    text = documents.article_text(article.title, article.standfirst, body)
    if not text.strip(". "):
        return None
    stored = documents.load(_published().filter(pk=article.pk), text=False) if article.pk else []
    doc = Doc(
        id=article.pk or 0,
        text=text,
        day=documents.day_of(article.published_at or timezone.now()),
        entities=stored[0].entities if stored else {},
    )
    own, idf = term_counts([doc.text]), stored_idf()
    ids = candidate_ids(doc, keywords(own, idf)[0])
    pool = _published().exclude(pk=doc.id).exclude(topic=None)
    others = documents.load(pool if ids is None else pool.filter(pk__in=id_set(ids)), text=False)
    if not others:
        return None
    counts = sparse.vstack([own, counts_of(others)], format="csr")
    scores = Scorer([doc, *others], idf=idf, counts=counts).scores(np.array([0]))[0]
    nearest = [j for j in np.argsort(-scores)[:NEIGHBOURS] if scores[j] >= GOOD_MATCH]
    votes = {}
    for j in nearest:
        topic = others[j - 1].topic
        votes[topic] = votes.get(topic, 0.0) + float(scores[j])
    if not votes:
        return None
    best = max(votes, key=votes.get)
    if votes[best] < MIN_SHARE * sum(votes.values()):
        return None
    topic = TopicPage.objects.filter(pk=best).first()
    count = sum(others[j - 1].topic == best for j in nearest)
    return Suggestion(topic, count, len(nearest)) if topic else None
