"""Casualty rules of the forty-eighth session, each with the near misses that keep it narrow."""

from __future__ import annotations

from tests.unit.casualty_helpers import CasualtyReader

PUBLISHED = "2025-06-12T18:00:00+00:00"  # a Thursday

_read = CasualtyReader(PUBLISHED, "s48c")
_tolls = _read.tolls


def test_victims_aged_by_decade_in_an_aside_are_still_counted() -> None:
    """ "another three people, all in their seventies, died": the aside's decade is an age, the
    three are the toll (as with "all of them elderly" or "aged 71 to 78")."""
    body = (
        "TIRANA, June 12 (Reuters) - Two firefighters were killed on Wednesday when flames "
        "encircled their engine near Vlora.\n\n"
        "On Tuesday, three people, all in their seventies, died when flames reached their homes "
        "near Gjirokaster, police said."
    )
    assert sorted(_tolls(body)) == [(2, None), (3, None)]
    # near miss: a decade that is no aside of the victims counts nobody
    decade = (
        "TIRANA, June 12 (Reuters) - Two firefighters were killed on Wednesday when flames "
        "encircled their engine near Vlora, the worst fire season since the seventies, police "
        "said."
    )
    assert _tolls(decade) == [(2, None)]


def test_a_single_victim_aged_by_decade_or_named_by_a_singular_noun() -> None:
    """ "A woman in her 70s died after she was swept off the promenade", "One suspected pirate
    was killed in an exchange of fire": one victim each (the decade is an age, "pirate" a
    person like "pirates")."""
    decade = (
        "GALWAY, June 12 (Reuters) - A woman in her 70s died after she was swept off the "
        "promenade at Salthill by a wave on Tuesday, police said."
    )
    assert _tolls(decade) == [(1, None)]
    pirate = (
        "VICTORIA, June 12 (Reuters) - One suspected pirate was killed in an exchange of fire "
        "with the Seychelles coast guard on Tuesday, officials said."
    )
    assert _tolls(pirate) == [(1, None)]
    # near miss: a decade of a time, not of the victim's age, and a pirate who survived
    era = (
        "GALWAY, June 12 (Reuters) - A woman who ran the promenade cafe in the 1970s said on "
        "Tuesday that the storm was the worst she had seen."
    )
    assert _tolls(era) == []
    arrested = (
        "VICTORIA, June 12 (Reuters) - One suspected pirate was arrested after an exchange of "
        "fire with the Seychelles coast guard on Tuesday, officials said."
    )
    assert _tolls(arrested) == []


def test_one_more_victim_of_a_passive_whose_auxiliary_is_elided() -> None:
    """ "One soldier was killed and another wounded": one killed, one wounded (as with "and
    another was wounded"); not "another arrested", nor after a passive of no harm."""
    body = (
        "MOGADISHU, June 12 (Reuters) - One soldier was killed and another wounded in an "
        "exchange of fire with al Shabaab fighters near Afgoye on Tuesday, the army said."
    )
    assert _tolls(body) == [(1, 1)]
    arrested = body.replace("another wounded", "another arrested")
    assert _tolls(arrested) == [(1, None)]
    detained = (
        "MOGADISHU, June 12 (Reuters) - One man was detained and another questioned near Afgoye "
        "on Tuesday, the army said."
    )
    assert _tolls(detained) == []
