"""Casualty rules of the thirty-third session (helper h2), each with the near misses that keep it
narrow."""

from __future__ import annotations

from tests.unit.casualty_helpers import CasualtyReader

PUBLISHED = "2026-11-11T12:00:00+00:00"  # a Wednesday

_read = CasualtyReader(PUBLISHED, "s33h2")


def _caused(body: str) -> list[tuple[int | None, int | None, str | None]]:
    """(killed, injured, cause) of each record."""
    return [
        (
            r.killed.count if r.killed else None,
            r.injured.count if r.injured else None,
            r.cause,
        )
        for r in _read.records(body)
    ]


def test_an_explosion_at_an_industrial_site_is_an_accidental_fire() -> None:
    """ "an explosion at a Chinese-owned nickel smelter", "a methane explosion at a coal mine",
    "an explosion at a clandestine fireworks workshop": an industrial accident, a fire (as a
    fuel depot's), unless the sentence names a bomb."""
    smelter = (
        "An explosion at a copper smelter in northern Chile killed four workers on Tuesday, "
        "police said."
    )
    assert _caused(smelter) == [(4, None, "fire")]
    coal_mine = (
        "A blast ripped through a coal mine in southern Colombia on Tuesday, killing nine "
        "miners, officials said."
    )
    assert _caused(coal_mine) == [(9, None, "fire")]
    refinery = (
        "An explosion at an oil refinery in southern Iraq on Tuesday killed six workers, "
        "police said."
    )
    assert _caused(refinery) == [(6, None, "fire")]
    methane = (
        "A methane blast killed five miners at a pit in Silesia on Tuesday, the operator said."
    )
    assert _caused(methane) == [(5, None, "fire")]
    workshop = (
        "An explosion at a fireworks workshop in Valencia killed three people on Tuesday, "
        "firefighters said."
    )
    assert _caused(workshop) == [(3, None, "fire")]
    # near miss: a bomb named at the site is a bombing
    bomb = (
        "A bomb exploded at an oil refinery in southern Iraq on Tuesday, killing six guards, "
        "police said."
    )
    assert _caused(bomb) == [(6, None, "bombing")]
    # near miss: a site with no explosion or fire told names no cause
    collapse = "A coal mine collapsed in Sulawesi on Tuesday, killing five miners, officials said."
    assert _caused(collapse) == [(5, None, None)]
    leak = "A gas leak at a chemical plant in Gujarat killed 11 people on Tuesday."
    assert _caused(leak) == [(11, None, None)]
    # near miss: a bare "mine" blast is a landmine's
    landmine = (
        "A mine blast killed three soldiers on a patrol road in eastern Ukraine on Tuesday, "
        "officials said."
    )
    assert _caused(landmine) == [(3, None, "bombing")]


_GAS = (
    "The death toll from a gas explosion at a restaurant in central Lyon rose to five on "
    "Wednesday, police said. "
)


def test_the_blast_named_again_after_an_accidents_fire_is_that_fire() -> None:
    """ "The death toll from a gas explosion ... has risen to four ... Wednesday morning's blast
    destroyed two floors": the accident's explosion told again with "the" or a day's
    possessive is the same fire, for the figures that take their cause from it (the wounded
    join the toll)."""
    again = (
        _GAS + "The explosion happened shortly after 8 p.m. on Tuesday. A doctor at the city "
        "hospital said 11 people were being treated for burns and cuts."
    )
    assert _caused(again) == [(5, 11, "fire")]
    possessive = (
        _GAS + "Tuesday evening's blast also injured 11 people in the street, a doctor at the "
        "city hospital said."
    )
    assert _caused(possessive) == [(5, 11, "fire")]
    # near miss: "a blast" elsewhere is another incident, a bombing
    indefinite = (
        _GAS + "In the north of the country, a blast at a market killed two people on Tuesday."
    )
    assert _caused(indefinite)[-1] == (2, None, "bombing")
    # near miss: "the car bomb blast" names its own cause
    bomb = _GAS + "In Corsica, the car bomb blast outside a bar killed two people on Tuesday."
    assert _caused(bomb)[-1] == (2, None, "bombing")


def test_a_separate_accident_takes_no_cause_of_the_accident_in_focus() -> None:
    """ "The blast happened at about 3 p.m. on Friday ... In a separate accident on Thursday, a
    rock fall at an iron ore mine ... killed two workers": an accident happens once; another
    incident told apart is not of its cause."""
    separate = (
        _GAS + "The blast happened shortly after 8 p.m. on Tuesday. In a separate accident on "
        "Tuesday, a scaffold collapsed at a building site in Grenoble, killing two workers."
    )
    assert _caused(separate)[-1] == (2, None, None)
    # near miss: a disaster in focus (the rains) brings its separate incidents
    flood = (
        "Floods swept through villages in northern Peru on Tuesday, killing at least 12 "
        "people, officials said. In a separate incident on Tuesday, a wall weakened by the "
        "rains collapsed on a market in Piura, killing two people."
    )
    assert _caused(flood)[-1] == (2, None, "natural_disaster")
    # near miss: a separate accident that names its own fire keeps it
    own = (
        _GAS + "The blast happened shortly after 8 p.m. on Tuesday. In a separate accident on "
        "Tuesday, a fire at a warehouse in Grenoble killed two workers."
    )
    assert _caused(own)[-1] == (2, None, "fire")


def test_the_wounded_a_hospital_counts_are_the_tolls() -> None:
    """ "Eight miners were injured ... and were being treated at the cantonal hospital in
    Zenica, hospital director Dr. Sead Malkoc said": those who treat the wounded count them for
    the toll another office gave, no rival report of it."""
    izmir = (
        "The death toll from a gas explosion at a hotel in Izmir rose to six on Wednesday, the "
        "governor's office said. The explosion brought down two floors on Tuesday night. "
    )
    hospital = (
        izmir + "Nine people were injured and were being treated at the state hospital, "
        "hospital director Ayse Kaya said."
    )
    assert _caused(hospital) == [(6, 9, "fire")]
    # near miss: a newspaper's count of the wounded is another source's report
    paper = izmir + "Nine people were injured, the daily Hurriyet said."
    assert _caused(paper) == [(6, None, "fire"), (None, 9, "fire")]


def test_a_blast_and_gunfire_by_the_same_attackers_is_an_assault() -> None:
    """ "Separatist militants blew up a railway track and opened fire on a passenger train ...,
    killing 14": one attack by bomb and gun is an armed assault, and its figures told again
    with one of its weapons are the same record."""
    assault = (
        "Rebels detonated a roadside bomb under a bus and opened fire on the passengers near "
        "Goma on Tuesday, killing nine people, officials said. Nine people died and 14 were "
        "wounded, the governor's spokesman said."
    )
    assert _caused(assault) == [(9, 14, "armed_clash")]
    # near miss: gunfire alone is a shooting
    gunfire = (
        "Gunmen opened fire on a bus near Goma on Tuesday, killing nine people, officials said."
    )
    assert _caused(gunfire) == [(9, None, "shooting")]
    # near miss: a bomber's blast and the police's shots are no one assault
    bomber = (
        "A suicide bomber blew himself up at a checkpoint near Goma on Tuesday, killing nine "
        "people, and police opened fire on his accomplice, officials said."
    )
    assert _caused(bomber) == [(9, None, "bombing")]


def test_the_cause_of_a_part_of_a_tally_is_not_the_tallys() -> None:
    """ "more than 1,200 civilians have been killed in Kordofan since July, many of them in
    drone strikes": the drone strikes killed some of them, the tally has no one cause."""
    part = (
        "The U.N. says more than 900 civilians have been killed in North Kivu since June, many "
        "of them in drone strikes."
    )
    assert _caused(part) == [(901, None, None)]
    # near miss: the tally's own cause
    whole = (
        "The U.N. says more than 900 civilians have been killed in drone strikes in North Kivu "
        "since June."
    )
    assert _caused(whole) == [(901, None, "drone_strike")]
