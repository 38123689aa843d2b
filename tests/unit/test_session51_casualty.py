"""Casualty rules of the fifty-first session (held-out sets 70 and 71 as development sets)."""

from __future__ import annotations

from tests.unit.casualty_helpers import CasualtyReader

_READER = CasualtyReader("2026-02-15T17:40:00-05:00")


def test_a_death_when_a_running_toll_rose_is_inside_it() -> None:
    """ "the death toll rose to seven on Sunday when a Canadian woman died in hospital": the
    woman is the seventh, no incident of her own (as "rose to 14 after a woman died" is); a new
    attack when the toll rose is still its own."""
    body = (
        "HAVANA (AP) - A tour bus collided with a truck near the city of Matanzas on Saturday, "
        "and the death toll rose to seven on Sunday when a Canadian woman died in hospital, "
        "Cuban officials said."
    )
    assert _READER.tolls(body) == [(7, None)]
    # near miss: the toll rose when gunmen killed others, a new killing
    attack = body.replace(
        "when a Canadian woman died in hospital", "when gunmen killed two guards at the hospital"
    )
    assert sorted(_READER.tolls(attack)) == [(2, None), (7, None)]


def test_a_counted_group_with_an_age_by_decade_before_its_verb() -> None:
    """ "two people in their 80s died when flames engulfed their wooden house": two dead, the
    decade their age (as "a woman in her 70s died" is one)."""
    body = (
        "WARSAW, Feb 15 (Reuters) - In a separate fire on Sunday, two people in their 80s died "
        "when flames engulfed their wooden house in a village near Nowy Sacz, firefighters said."
    )
    assert _READER.tolls(body) == [(2, None)]
    # the same group told without its age
    plain = body.replace(" in their 80s", "")
    assert _READER.tolls(plain) == [(2, None)]
