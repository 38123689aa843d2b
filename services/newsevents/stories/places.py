"""How two reported places (or dates, or causes) relate, for deciding whether reports match.

Used by the diplomatic and casualty merges of the story stage. Places compare by
GeoNames id when both have one, else by name; a country or region and a city in
the same country neither match nor contradict each other ("contains").
"""

from __future__ import annotations

from enum import Enum

from newsevents.contracts import Location


class Relation(Enum):
    SAME = "same"
    CONTAINS = "contains"  # a country or region and a city in that country
    UNKNOWN = "unknown"  # one side is missing
    DIFFERENT = "different"


def place_relation(a: Location | None, b: Location | None) -> Relation:
    if a is None or b is None:
        return Relation.UNKNOWN
    if a.geonames_id is not None and b.geonames_id is not None:
        if a.geonames_id == b.geonames_id:
            return Relation.SAME
    elif a.name.casefold() == b.name.casefold() and (
        a.country_code == b.country_code or a.country_code is None or b.country_code is None
    ):
        return Relation.SAME
    one_city = (a.feature == "city") != (b.feature == "city")
    if one_city and a.country_code is not None and a.country_code == b.country_code:
        return Relation.CONTAINS
    if a.feature == "country" and b.feature == "country" and a.country_code == b.country_code:
        return Relation.SAME
    return Relation.DIFFERENT


def value_relation(a: str | None, b: str | None) -> Relation:
    """Dates (ISO strings) and causes: equal, one missing, or different."""
    if a is None or b is None:
        return Relation.UNKNOWN
    return Relation.SAME if a == b else Relation.DIFFERENT


def more_specific(current: Location | None, new: Location | None) -> bool:
    """Whether ``new`` names the place more precisely (a city inside a country or region)."""
    if new is None:
        return False
    if current is None:
        return True
    return (
        place_relation(current, new) is Relation.CONTAINS
        and new.feature == "city"
        and current.feature != "city"
    )
