"""Near misses a review of the thirty-fourth session's casualty rules found them over-reaching
on, each kept here with the rule it narrows."""

from __future__ import annotations

from tests.unit.casualty_helpers import CasualtyReader

PUBLISHED = "2024-03-14T10:00:00+00:00"  # a Thursday

_read = CasualtyReader(PUBLISHED, "s34rev")


def _full(body: str, title: str = "World news") -> list[tuple]:
    """(killed, injured, cause, date, place name, country) of each record."""
    return [
        (
            r.killed.count if r.killed else None,
            r.injured.count if r.injured else None,
            r.cause,
            r.date,
            r.location.name if r.location else None,
            r.location.country_code if r.location else None,
        )
        for r in _read.records(body, title)
    ]


def test_the_datelines_country_decides_only_a_town_bearing_the_name_against_an_alias() -> None:
    """The dateline's country as "home" decides only a town of exactly that name at home against
    a larger foreign city that holds it as another name ("MADRID - ... in Arrecife"), never two
    cities of the same name, and never against a country the sentence names for the place."""
    cases = {
        "BEIRUT, March 14 (Reuters) - Lebanon's foreign ministry condemned fighting in Tripoli "
        "that killed 20 people on Wednesday and urged Libya's rival factions to hold talks.": "LBY",
        "OTTAWA, March 14 (Reuters) - Canada warned travellers on Wednesday after gang violence "
        "in Kingston killed 12 people, Jamaican police said.": "JAM",
        "ISLAMABAD, March 14 (Reuters) - Pakistan on Wednesday condemned a bomb blast that "
        "killed 12 people in Hyderabad, Indian police said, and denied any role in the attack "
        "in India.": "IND",
        "MADRID, March 14 (Reuters) - Spain offered condolences to Argentina on Wednesday after "
        "a building collapse in Cordoba killed 11 people, Argentine officials said.": "ARG",
        "MADRID, March 14 (Reuters) - Spain's foreign ministry said on Wednesday that protests "
        "in Valencia had killed four people, Venezuelan officials said, and called for calm in "
        "Venezuela.": "VEN",
        "WASHINGTON, March 14 (Reuters) - A factory fire in Canton killed 30 workers on "
        "Wednesday, China's state media said, and the U.S. embassy said no Americans were "
        "hurt.": "CHN",
    }
    for body, country in cases.items():
        assert _read.countries(body) == [country], body
    # the alias case the rule was made for still holds
    arrecife = (
        "MADRID, March 14 (Reuters) - A fire in a block of flats in Arrecife killed three people "
        "on Wednesday, police said. Spain's prime minister was on a visit to Brazil at the time."
    )
    assert _read.countries(arrecife) == ["ESP"]


def test_a_town_after_from_is_a_journeys_start_only_after_a_journeys_word() -> None:
    """ "a bus carrying pilgrims from the northern city of Lucknow" is where a journey set out;
    "not far from", "30 miles (48 km) from", "bodies from", "people from", "fled from" the
    town of X are not."""
    voi = "NAIROBI, March 14 (Reuters) - A bus overturned {} the town of Voi on Wednesday, killing nine people, police said."
    for distance in ("not far from", "about 30 miles (48 km) from"):
        assert _read.place_names(voi.format(distance)) == ["Voi"], distance
    bodies = (
        "MAIDUGURI, March 14 (Reuters) - Rescuers recovered 20 bodies from the town of Gwoza on "
        "Wednesday after a suicide bombing there killed worshippers, officials said."
    )
    assert _read.place_names(bodies) == ["Gwoza"]
    people = (
        "KHARTOUM, March 14 (Reuters) - Paramilitary fighters killed 40 people from the town of "
        "Wad Madani on Wednesday, activists said."
    )
    assert _read.place_names(people) == ["Wad Madani"]
    fled = (
        "KYIV, March 14 (Reuters) - Russian shelling killed 12 people on Wednesday as thousands "
        "fled from the city of Kharkiv, officials said."
    )
    assert _read.countries(fled) == ["UKR"]
    # the journey the rule was made for still sets out from its town
    origin = (
        "NEW DELHI, March 14 (Reuters) - A bus carrying pilgrims from the northern city of "
        "Lucknow plunged into a gorge in Uttarakhand on Wednesday, killing 22 people, police "
        "said."
    )
    assert _read.place_names(origin) != ["Lucknow"]
