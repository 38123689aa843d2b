"""Casualty rules of the thirty-fourth session (helper h), each with the near misses that keep it
narrow."""

from __future__ import annotations

from tests.unit.casualty_helpers import CasualtyReader

PUBLISHED = "2027-02-10T12:00:00+00:00"  # a Wednesday

_read = CasualtyReader(PUBLISHED, "s34h")
_tolls = _read.tolls

_TALKS = (
    "SUVA, Feb 10 (AAP) - Fiji and Tonga agreed on Tuesday to set up a joint fisheries "
    "commission after two days of talks, officials said. "
)


def test_an_incident_named_by_its_year_with_its_toll_in_a_relative_clause_is_background() -> None:
    """ "Japan pledged money on Wednesday to rebuild schools wrecked by the March 2019
    cyclone, which killed 40 people": the incident the year names is an old one, whatever day
    the sentence tells of the pledge."""
    month_year = _TALKS + (
        "Separately, Japan pledged $5 million on Wednesday to rebuild schools in Lautoka that "
        "were wrecked by the March 2019 cyclone, which killed 40 people."
    )
    assert _tolls(month_year) == []
    year = _TALKS + (
        "New Zealand said on Wednesday it would repair the wharf destroyed in the 2021 "
        "tsunami that killed six people."
    )
    assert _tolls(year) == []
    # near miss: an incident of this year is not an old one
    this_year = _TALKS + (
        "Separately, Japan pledged $5 million on Wednesday to rebuild schools in Lautoka that "
        "were wrecked by the January 2027 cyclone, which killed 40 people."
    )
    assert (40, None) in _tolls(this_year)
    # near miss: a running toll in the perfect
    running = _TALKS + (
        "Officials said on Wednesday the 2025 dengue outbreak, which has killed 40 people, "
        "was still spreading in Lautoka."
    )
    assert (40, None) in _tolls(running)


_STATE = (
    "TEHRAN, Feb 10 (Reuters) - Iran's judiciary said on Monday that a dual national jailed for "
    "spying had been put to death, drawing protests from European governments. "
)


def test_a_lone_surname_with_an_age_after_it_is_a_named_victim() -> None:
    """ "Karimov, 58, had been executed": one capitalised word followed by an age is a person,
    as a full name is."""
    aged = _STATE + "The judiciary's website said Farrokhzad, 58, had been executed at dawn."
    assert _tolls(aged) == [(1, None)]
    # near miss: a lone capitalised word without an age is not taken for a person
    bare = _STATE + "The judiciary's website said Farrokhzad had been executed at dawn."
    assert _tolls(bare) == []
    # near miss: a lone word before a description (not an age) is not either
    described = (
        _STATE + "The judiciary's website said Farrokhzad, a former engineer, had been "
        "executed at dawn."
    )
    assert _tolls(described) == []


def _causes(body: str) -> list[tuple[int | None, str | None]]:
    """(killed, cause) of each record."""
    return [(r.killed.count if r.killed else None, r.cause) for r in _read.records(body)]


def test_a_capsized_or_sunken_boat_keeps_no_cause() -> None:
    """ "drowned when their canoe capsized", "the barge sank": the accident finds and dates
    the toll, but the closed list has no cause for a capsizing (the sets code it null)."""
    capsized = (
        "MONGU, Feb 10 (Reuters) - Nine traders drowned on Tuesday when their canoe capsized on "
        "the Zambezi river near Mongu, police said."
    )
    assert _causes(capsized) == [(9, None)]
    sank = (
        "MONGU, Feb 10 (Reuters) - An overloaded barge sank on the Zambezi river on Tuesday, "
        "killing 14 passengers, police said."
    )
    assert _causes(sank) == [(14, None)]
    # near miss: a bus or a train accident is still a crash
    bus = (
        "MONGU, Feb 10 (Reuters) - A minibus overturned on the Mongu road on Tuesday, killing "
        "seven passengers, police said."
    )
    assert _causes(bus) == [(7, "crash")]
    train = (
        "LUSAKA, Feb 10 (Reuters) - A freight train derailed near Kabwe on Tuesday, killing "
        "two workers, police said."
    )
    assert _causes(train) == [(2, "crash")]


def test_a_town_of_the_datelines_country_bearing_the_name_beats_a_larger_alias() -> None:
    """ "MADRID - ... in Arrecife" in a story that also names Brazil: the Spanish town that
    bears the name, not Brazil's far larger Recife, whose other spelling it is."""
    home = (
        "MADRID, Feb 10 (Reuters) - A fire in a block of flats in Arrecife killed three people "
        "on Tuesday, police said. Spain's prime minister was on a visit to Brazil at the time."
    )
    assert _read.countries(home) == ["ESP"]
    # near miss: with a dateline in the other country the larger city is kept
    abroad = (
        "BRASILIA, Feb 10 (Reuters) - A fire in a block of flats in Arrecife killed three "
        "people on Tuesday, police said. Spain's prime minister was on a visit to Brazil at the "
        "time."
    )
    assert _read.countries(abroad) == ["BRA"]


_PROBE = (
    "LIMA, Feb 10 (Reuters) - Peru has expelled a foreign diplomat accused of obstructing the "
    "inquiry into the 2009 bombing of the Harbour Street market, the foreign minister said on "
    "Tuesday.\n\nThe diplomat was given 48 hours to leave the country, the minister said.\n\n"
    "His government rejected the accusation and recalled its own envoy from Lima.\n\n"
)


def test_an_incident_named_again_by_its_proper_name_after_an_old_year_is_background() -> None:
    """ "the inquiry into the 2009 bombing of the Harbour Street market ... The Harbour
    Street bombing killed 40 people": the incident the article dated by its name to an old
    year, paragraphs before, named again as the subject of its toll."""
    again = _PROBE + "The Harbour Street bombing killed 40 people and wounded more than 100."
    assert _tolls(again) == []
    attributive = _PROBE.replace(
        "the 2009 bombing of the Harbour Street market", "the 2009 Harbour Street bombing"
    )
    assert _tolls(attributive + "The Harbour Street bombing killed 40 people.") == []
    # near miss: an incident of this year or the last is not background
    recent = _PROBE.replace("2009", "2026") + "The Harbour Street bombing killed 40 people."
    assert (40, None) in _tolls(recent)
    # near miss: a toll told with a recent day of its own is news
    today = _PROBE + "The Harbour Street bombing killed 40 people on Monday."
    assert (40, None) in _tolls(today)


def _places(body: str) -> list[str | None]:
    """The place name of each record."""
    return [r.location.name if r.location else None for r in _read.records(body)]


def test_a_town_a_journey_set_out_from_is_not_where_it_ended() -> None:
    """ "a bus carrying traders from the coastal city of Mombasa to Nairobi overturned": the
    town named by its kind after "from" is where the journey began, not the crash's place."""
    origin = (
        "NAIROBI, Feb 10 (Reuters) - A bus carrying 40 traders from the coastal city of Mombasa "
        "to the capital overturned on a bend on Tuesday, killing nine people, police said."
    )
    assert _places(origin) != ["Mombasa"]
    port = (
        "NAIROBI, Feb 10 (Reuters) - A lorry carrying fuel from the port of Mombasa overturned "
        "on Tuesday, killing nine people, police said."
    )
    assert _places(port) != ["Mombasa"]
    # near miss: a distance from a town places the incident near it
    distance = (
        "NAIROBI, Feb 10 (Reuters) - A bus overturned about 20 km from the town of Voi on "
        "Tuesday, killing nine people, police said."
    )
    assert _places(distance) == ["Voi"]


def test_a_health_centre_the_wounded_were_taken_to_is_not_where_they_were_wounded() -> None:
    """ "taken to the health centre in Montepuez": a care place named by two words, like a
    hospital, is where the wounded were treated, not another incident's place."""
    lead = (
        "MAPUTO, Feb 10 (AFP) - Gunmen killed seven villagers in an attack on a village near "
        "Mueda in northern Mozambique on Tuesday, a local official said. "
    )
    centre = lead + "Four people were wounded and taken to the health centre in Montepuez."
    assert _tolls(centre) == [(7, 4)]
    medical = lead + "Four people were wounded and flown to a medical center at Pemba."
    assert _tolls(medical) == [(7, 4)]
    # near miss: a wounding told in a town of its own is its own record
    elsewhere = lead + "Four people were wounded in a separate attack in Montepuez on Monday."
    assert len(_tolls(elsewhere)) == 2
