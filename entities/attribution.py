"""A second opinion on a quote's speaker, from the structure of the sentence around it.

The rules of `entities.quotes` read the words next to a quote. In a long attribution they can
take a name the speech verb does not govern: "Ben Summerskill of the gay rights organization,
Stonewall, said" is Summerskill's, "Borg Palm, Kazemi's solicitor, stated" is Palm's. Here the
sentence is parsed (`entities.syntax`) with every quoted sentence in it replaced by a one-word
stand-in, so the parser sees the attribution alone ('"Yes," said Jane Smith, the party
leader.') and never a long quote; the subject of the speech verb that governs the quote is
then looked up among the article's name mentions, with where the parse places the other names
of the sentence. `entities.quotes` decides what to do with it: it keeps its own speaker unless
the parse places that one outside the subject phrase, or the sentence never names it.

Pure functions on text; the mentions and the sentence starts come from the extractor, which
this module does not import (it imports this one).
"""

import re
from bisect import bisect_right
from dataclasses import dataclass

STAND_IN = "Yes"
# A quoted sentence, not a fragment the sentence runs through ('called it "a mess"', 'told
# MSNBC he "was a great man,"'): it opens with a capital.
SENTENCE_LIKE_RE = re.compile(r"^[\"“'‘(\[]?[A-Z0-9]")
SUBJECTS = {"nsubj", "nsubj:pass", "csubj"}
RELATIVES = {"who", "which", "that"}
# "X …, saying" / "X … and added": the governing clause's subject speaks
CLIMB = {"advcl", "xcomp", "conj", "acl", "parataxis"}
QUOTING = {"quoted", "quotes", "quoting", "cited", "cites"}  # "X quoted Y as saying": Y
PHRASE = {"compound", "flat", "appos", "amod", "det", "punct", "nummod", "cc", "conj"}


@dataclass(frozen=True)
class Subject:
    """The subject phrase of the speech verb that governs a quote, as name mentions."""

    head: object  # the mention the phrase names its speaker by, or None
    phrase: tuple  # every mention of the phrase itself (not of a possessor or an "of" phrase)
    others: tuple  # mentions the parse places elsewhere: a possessor, "of" phrase or relative
    # clause of the subject ("Kazemi's solicitor"), the verb's object ("told AFP"), another clause
    governs: bool  # whether the speech verb's clause holds the quote (else it is only near)
    nearby: tuple  # every mention of the quote's sentence


def subjects(text, quotes, spans, sentence_starts, names, verbs, nlp) -> dict:
    """(start, end) of each quote → its Subject, where the parse finds one."""
    outer = _outer_starts(spans, sentence_starts)
    windows = {q: _window(text, q.start, q.end, outer) for q in quotes}
    nearby = {w: tuple(m for m in names if w[0] <= m.start < w[1]) for w in windows.values()}
    windows = {q: w for q, w in windows.items() if _open(q, nearby[w])}
    condensed = {w: _condensed(text, *w, spans) for w in dict.fromkeys(windows.values())}
    # one batch: the parser's cost per call outweighs a short sentence's own
    docs = dict(zip(condensed, nlp.pipe(short for short, _ in condensed.values()), strict=True))
    found = {}
    for quote, window in windows.items():
        doc, pieces = docs[window], condensed[window][1]
        where = _placed(pieces, quote.start, quote.end)
        verb, governs = _speech_verb(doc, *where, verbs) if where else (None, False)
        head = verb is not None and _subject_of(verb)
        if head and _above_participle(verb, head):
            governs = False
        if head:
            mentions = _Mentions(names, pieces)
            found[(quote.start, quote.end)] = Subject(
                mentions.naming(head),
                tuple(mentions.phrase(head)),
                mentions.others(head, verb),
                governs,
                nearby[window],
            )
    return found


def _open(quote, nearby) -> bool:
    """Whether the parse could name another speaker: a name in the window, and another one
    than the rules' where they named one (most quotes have one name beside them)."""
    named = {m.name for m in nearby if m.kind != "pronoun"}
    return len(named - {quote.speaker}) > 0


def _above_participle(verb, head) -> bool:
    """ "X met Y, who called for patience, saying:" — whose participle? The parse often hangs
    it on the main verb, so a subject found above a participle decides no rules' speaker; but
    "X is quoted in the Times as saying" is X's."""
    if verb.tag_ != "VBG" or head.head == verb or verb.is_ancestor(head):
        return False
    return not (any(c.lower_ == "as" for c in verb.children) and verb.head.lower_ in QUOTING)


def _outer_starts(spans, sentence_starts) -> list[int]:
    """Sentence starts outside every quote (a quote's own sentences are one unit here)."""
    opens = [start for start, _ in spans]

    def inside(position):
        index = bisect_right(opens, position) - 1
        return index >= 0 and spans[index][0] <= position < spans[index][1]

    return sorted({0, *(s for s in sentence_starts if not inside(s))})


def _window(text, start, end, outer) -> tuple[int, int]:
    """From the sentence start before the opening mark to the sentence end after the closing
    one, inside the quote's paragraph."""
    low = outer[bisect_right(outer, max(start - 1, 0)) - 1]
    index = bisect_right(outer, end)
    high = outer[index] if index < len(outer) else len(text)
    paragraph_end = text.find("\n", end)
    low = max(low, text.rfind("\n", 0, start) + 1)
    return low, min(high, len(text) if paragraph_end == -1 else paragraph_end)


def _condensed(text, low, high, spans):
    """The window's text, each quoted sentence in it replaced by the stand-in; and its pieces,
    (new start, new end, old start, old end, quote span or None), to map offsets back."""
    pieces, parts, position, length = [], [], low, 0
    for start, end in spans:
        content = text[start:end]
        if start < low or end > high or len(content.split()) < 4:
            continue
        if not SENTENCE_LIKE_RE.search(content):
            continue
        stand_in = STAND_IN + ("," if content.endswith(",") else "")
        for part, old, span in (
            (text[position:start], (position, start), None),
            (stand_in, (start, end), (start, end)),
        ):
            parts.append(part)
            pieces.append((length, length + len(part), *old, span))
            length += len(part)
        position = end
    parts.append(text[position:high])
    pieces.append((length, length + high - position, position, high, None))
    return "".join(parts), pieces


def _placed(pieces, start, end):
    """Where the quote (start, end) of the article sits in the condensed text."""
    for new_start, new_end, old_start, old_end, span in pieces:
        if span == (start, end):
            return new_start, new_end
        if span is None and old_start <= start and end <= old_end:
            return new_start + start - old_start, new_start + end - old_start
    return None


def _speech_verb(doc, start, end, verbs):
    """The speech verb outside the quote whose clause holds it ('"…," X said'; 'X said
    the plan was "…"'), else the nearest speech verb of the window; and whether it governs
    the quote (or is the window's only one)."""
    inside = [t for t in doc if start <= t.idx < end]
    for token in inside:
        if start <= token.head.idx < end and token.head != token:
            continue
        node = token
        for _ in range(4):
            if node.head == node:
                break
            node = node.head
            if not start <= node.idx < end and node.lower_ in verbs:
                return node, True
    outside = [t for t in doc if not start <= t.idx < end and t.lower_ in verbs]
    nearest = min(outside, key=lambda t: min(abs(t.idx - start), abs(t.idx - end)), default=None)
    return nearest, len(outside) == 1  # 'X said: "…"': the parse often leaves the quote apart


def _subject_of(verb):
    """Who speaks: the passive's agent ("was described by X"), the subject, the antecedent of
    "who", or the governing clause's subject for a participle ("X …, saying")."""
    if verb.lower_ == "according":
        return next((t for t in verb.subtree if t.dep_ in {"obl", "pobj"}), None)
    node = verb
    for _ in range(3):
        agent = next((c for c in node.children if _is_agent(c)), None)
        if agent is not None and node.lower_ in QUOTING:  # "X is quoted by Fox as saying": X
            agent = next((c for c in node.children if c.dep_ == "nsubj:pass"), None)
        if agent is not None:
            return agent
        subjects = [c for c in node.children if c.dep_ in SUBJECTS]
        if subjects:  # two when the parse splits a name: the one next to the verb
            subject = min(subjects, key=lambda c: abs(c.i - node.i))
            relative = subject.lower_ in RELATIVES and node.dep_ == "acl:relcl"
            return node.head if relative else subject
        if node.dep_ == "acl:relcl":
            return node.head
        after = _inverted(node)
        if after is not None:
            return after
        if node.dep_ not in CLIMB or node.head == node or not node.head.tag_.startswith("VB"):
            return None  # only a verb's subject is shared ("… was "barely recognizable" and
            # described it as": not the locomotive's)
        as_saying = any(c.lower_ == "as" for c in node.children) and node.dep_ != "conj"
        if as_saying and node.head.lower_ in QUOTING:
            quoted = next((c for c in node.head.children if c.dep_ == "obj"), None)
            if quoted is not None:
                return quoted
        node = node.head
    return None


def _inverted(verb):
    """'"…," said Tom Smith': a name right after a speech verb that has no subject."""
    following = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    right_after_quote = verb.i > 0 and verb.nbor(-1).is_punct
    names = right_after_quote and following is not None and following.tag_ in {"NNP", "NNPS"}
    if names and following.head == verb and following.dep_ in {"obj", "iobj", "dep", "appos"}:
        return following
    if names and following.head.head == verb and following.head.tag_ in {"NNP", "NNPS"}:
        return following.head  # "said Tom Smith": "Tom" under "Smith"
    return None


def _is_agent(token) -> bool:
    by = any(c.dep_ == "case" and c.lower_ == "by" for c in token.children)
    return token.dep_ in {"obl", "obl:agent"} and by


BESIDE = {"nmod", "nmod:poss", "acl:relcl", "acl"}  # a subject's dependents that are not it
OBJECTS = {"obj", "iobj", "obl"}


def _elsewhere(token, head, verb) -> bool:
    """Whether the path from ``token`` up the tree puts it outside the subject phrase: through
    a possessor, "of" phrase or relative clause of the subject, as the verb's object, or under
    another clause's verb. A token the parse leaves unattached to either stays undecided."""
    relations, other_verb, node = [], False, token
    while node.head != node:
        relations.append(node.dep_)
        node = node.head
        if node == head:
            return bool(BESIDE.intersection(relations))
        if node == verb:
            return relations[-1] in OBJECTS or other_verb
        other_verb = other_verb or node.tag_.startswith("VB")
    return other_verb


class _Mentions:
    """The article's name mentions, looked up by a token of the condensed text."""

    def __init__(self, names, pieces):
        self.names, self.pieces = names, pieces

    def at(self, token):
        offset = self._old(token.idx)
        if offset is None:
            return None
        return next((m for m in self.names if m.start <= offset < m.end), None)

    def _old(self, offset):
        for new_start, new_end, old_start, _, span in self.pieces:
            if new_start <= offset < new_end:
                return None if span else old_start + offset - new_start
        return None

    def phrase(self, head):
        """Mentions of the subject phrase itself, not of a possessor or an "of" phrase."""
        tokens, todo, found = [], [head], []
        while todo:
            token = todo.pop()
            tokens.append(token)
            todo += [c for c in token.children if c.dep_ in PHRASE]
        for token in tokens:
            mention = self.at(token)
            if mention and mention not in found:
                found.append(mention)
        return found

    def others(self, head, verb) -> tuple:
        """Mentions the parse places outside the subject phrase: under a possessor, an "of"
        phrase or a relative clause of the subject ("Kazemi's solicitor", "who tracks jihadi
        Web sites"), the speech verb's object or oblique ("told AFP"), or another clause's
        verb ("X has sent ministers, while Y promised")."""
        phrase = set(self.phrase(head))
        found = set()
        for token in verb.doc:
            mention = self.at(token)
            if mention is None or mention in phrase or mention in found:
                continue
            if _elsewhere(token, head, verb):
                found.add(mention)
        return tuple(found)

    def naming(self, head):
        """The mention the phrase names its speaker by: the head's own name, else the last
        person named in the phrase ("the mayor of London, Sadiq Khan", "Caloundra coach Geoff
        Ingram"), else its last organisation; a role ("the mayor") only when no name is
        given, to be resolved by the extractor."""
        own = self.at(head)
        if own and own.kind != "role":
            return own
        phrase = self.phrase(head)
        if own:  # "the mother of the victim, Claire X": the parse may hang X on "victim"
            for child in (c for c in head.children if c.dep_ == "nmod"):
                phrase += [m for m in self.phrase(child) if m.kind == "person"]
        named = [m for m in phrase if m.kind in {"person", "organisation"}]
        people = [m for m in named if m.kind == "person"]
        last = max(people or named, key=lambda m: m.start, default=None)
        return last or own
