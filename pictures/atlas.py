"""Countries and their outlines, from Natural Earth's 1:110m boundaries (see data/README.md).

TopoJSON stores each border once, as a delta-encoded "arc" shared by the two countries it
separates; `countries()` turns that back into rings of (longitude, latitude) per country."""

import json
import re
from functools import cache
from pathlib import Path

ATLAS = Path(__file__).parent / "data" / "countries-110m.json"

# Names editors and wires write, for Natural Earth's abbreviated or formal ones.
ALIASES = {
    "United States": "United States of America",
    "USA": "United States of America",
    "US": "United States of America",
    "UK": "United Kingdom",
    "Britain": "United Kingdom",
    "England": "United Kingdom",
    "Scotland": "United Kingdom",
    "Wales": "United Kingdom",
    "Czech Republic": "Czechia",
    "Democratic Republic of the Congo": "Dem. Rep. Congo",
    "DR Congo": "Dem. Rep. Congo",
    "Republic of the Congo": "Congo",
    "South Sudan": "S. Sudan",
    "Bosnia and Herzegovina": "Bosnia and Herz.",
    "North Macedonia": "Macedonia",
    "Central African Republic": "Central African Rep.",
    "Dominican Republic": "Dominican Rep.",
    "Equatorial Guinea": "Eq. Guinea",
    "Ivory Coast": "Côte d'Ivoire",
    "Eswatini": "eSwatini",
    "Swaziland": "eSwatini",
    "Burma": "Myanmar",
    "East Timor": "Timor-Leste",
    "Western Sahara": "W. Sahara",
    "Solomon Islands": "Solomon Is.",
    "Falkland Islands": "Falkland Is.",
}
# The country's adjective in a headline names it as well as its noun does.
DEMONYMS = {
    "Ukrainian": "Ukraine",
    "Russian": "Russia",
    "American": "United States of America",
    "British": "United Kingdom",
    "Chinese": "China",
    "French": "France",
    "German": "Germany",
    "Australian": "Australia",
    "Canadian": "Canada",
    "Indian": "India",
    "Japanese": "Japan",
    "Brazilian": "Brazil",
    "Mexican": "Mexico",
    "Iranian": "Iran",
    "Israeli": "Israel",
    "Turkish": "Turkey",
    "Polish": "Poland",
    "Belarusian": "Belarus",
    "Kazakh": "Kazakhstan",
    "Pakistani": "Pakistan",
    "Afghan": "Afghanistan",
    "Nigerian": "Nigeria",
    "Kenyan": "Kenya",
    "Egyptian": "Egypt",
    "Italian": "Italy",
    "Spanish": "Spain",
    "Greek": "Greece",
    "Irish": "Ireland",
}


@cache
def countries() -> dict[str, list[list[tuple[float, float]]]]:
    """Country name -> its rings (outer boundaries and holes alike), in degrees."""
    topology = json.loads(ATLAS.read_text())
    arcs = [_decode(arc, topology["transform"]) for arc in topology["arcs"]]
    shapes = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs", [])
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        rings = [_ring(ring, arcs) for polygon in polygons for ring in polygon]
        shapes[geometry["properties"]["name"]] = rings
    return shapes


def _decode(arc, transform):
    (kx, ky), (dx, dy) = transform["scale"], transform["translate"]
    x = y = 0
    points = []
    for step_x, step_y in arc:
        x, y = x + step_x, y + step_y
        points.append((x * kx + dx, y * ky + dy))
    return points


def _ring(indexes, arcs):
    points = []
    for index in indexes:
        # A negative index is the arc ~index walked backwards (TopoJSON's convention).
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


@cache
def _name_pattern():
    names = sorted({*countries(), *ALIASES, *DEMONYMS}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(name) for name in names) + r")\b")


def canonical(name: str) -> str | None:
    name = ALIASES.get(name, DEMONYMS.get(name, name))
    return name if name in countries() else None


def place_of(tags, headline) -> str | None:
    """The article's country: the first tag naming one, else the first its headline names."""
    for tag in tags:
        if found := canonical(tag.strip()):
            return found
    match = _name_pattern().search(headline)
    return canonical(match[1]) if match else None
