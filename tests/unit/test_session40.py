"""Rules of the fortieth session (held-out sets 47 and 48), each with the near misses that
keep it narrow."""

from __future__ import annotations

from tests.unit.casualty_helpers import CasualtyReader
from tests.unit.diplomatic_helpers import codes, extract

_read = CasualtyReader("2027-05-11T19:50:00+05:30", "s40")

_SHELLING = (
    "SRINAGAR, May 11 (Reuters) - Pakistani shelling across the Line of Control killed four "
    "Indian civilians and wounded nine in Kashmir's Poonch district late on Monday, Indian "
    "police said, while Pakistan said Indian fire had killed three villagers on its side.\n\n"
    "Pakistan's military said Indian troops had opened fire first and that three civilians "
    "had been killed and five wounded in the Kotli district."
)


def test_an_armys_fire_is_gunfire_not_a_blaze() -> None:
    """ "Pakistan said Indian fire had killed three villagers", then "Indian troops had opened
    fire ... three civilians had been killed and five wounded": one incident told twice."""
    assert sorted(_read.tolls(_SHELLING)) == [(3, 5), (4, 9)]
    enemy = "Two soldiers were killed by enemy fire near the border on Monday, the army said."
    assert _read.causes(enemy) == ["shooting"]
    # near miss: a fire with no one firing it is a blaze
    blaze = "A fire killed three people in a market in Karachi on Monday, officials said."
    assert _read.causes(blaze) == ["fire"]
    house = "A Pakistani house fire killed three people on Monday, police said."
    assert _read.causes(house) == ["fire"]


def test_the_toll_of_an_old_conflict_named_again_is_background() -> None:
    """ "... since May 2025, when the two countries fought a four-day conflict ... At least 70
    people were killed in that conflict": that year's toll, not news."""
    body = _SHELLING + (
        "\n\nThe exchange was the most serious since May 2025, when the two countries fought a "
        "four-day conflict. At least 70 people were killed in that conflict, according to "
        "official figures."
    )
    assert (70, None) not in _read.tolls(body)
    # near miss: a conflict of this year is no background
    recent = _SHELLING + (
        "\n\nThe exchange was the most serious since March 2027, when the two countries fought "
        "a four-day conflict. At least 70 people were killed in that conflict, according to "
        "official figures."
    )
    assert (70, None) in _read.tolls(recent)


def test_two_armies_agreeing_to_observe_the_ceasefire_is_an_agreement() -> None:
    """ "The directors general of military operations of the two armies ... agreed to
    'strictly observe' the ceasefire": a ceasefire agreed again, by the pair told before."""
    lead = (
        "SRINAGAR, May 11 (Reuters) - India accused Pakistan on Tuesday of violating the "
        "ceasefire understanding.\n\n"
    )
    body = lead + (
        "The directors general of military operations of the two armies spoke over their "
        'hotline on Tuesday afternoon and agreed to "strictly observe" the ceasefire, the '
        "Indian army said."
    )
    agreed = [r for r in extract(body) if r.event_type.value == "AGREE"]
    assert [(r.mode, codes(r)) for r in agreed] == [("ceasefire", {"IND", "PAK"})]
    named = (
        "SRINAGAR, May 11 (Reuters) - India and Pakistan agreed on Tuesday to respect the "
        "ceasefire, the Indian army said."
    )
    assert [r.mode for r in extract(named) if r.event_type.value == "AGREE"] == ["ceasefire"]
    # near miss: a call to respect it is an appeal, not an agreement
    appeal = (
        "SRINAGAR, May 11 (Reuters) - The United Nations called on India and Pakistan on "
        "Tuesday to respect the ceasefire."
    )
    assert [r.event_type.value for r in extract(appeal)] == ["REQUEST"]
    # near miss: "the two militaries" proposed to meet are not the pair told before
    proposal = lead + (
        "South Korea's defense ministry had proposed on Oct. 28 that the two militaries meet "
        "at Panmunjom."
    )
    assert all(
        codes(r) != {"IND", "PAK"} for r in extract(proposal) if r.event_type.value == "CONSULT"
    )


_LANDSLIDE = (
    "YANGON (AP) - A landslide at a jade mine killed 19 people on Saturday, officials said. "
)


def test_a_vague_tally_of_recent_years_is_background() -> None:
    """ "Hundreds of people have died in landslides in the area in recent years": a vague tally
    of many incidents, not news; nor "over the past decade" with a vague figure."""
    read = CasualtyReader("2027-07-04T19:00:00+06:30", "s40")
    years = _LANDSLIDE + "Hundreds of people have died in landslides in the area in recent years."
    assert read.tolls(years) == [(19, None)]
    decade = _LANDSLIDE + "Dozens of miners have died in such accidents over the past decade."
    assert read.tolls(decade) == [(19, None)]
    # near miss: an exact figure over a decade is a running toll of its own
    exact = _LANDSLIDE + "At least 1,200 people have died in landslides over the past decade."
    assert (1200, None) in read.tolls(exact)
    # near miss: a comparison with recent years says how bad the news is, nothing more
    worst = (
        "PORT-AU-PRINCE (AP) - A gang attack on the town of Pont-Sonde killed 70 people on "
        "Thursday, one of the deadliest attacks in Haiti in recent years."
    )
    assert read.tolls(worst) == [(70, None)]
