"""Near misses of the thirty-fifth session's casualty rules found by a review (helper c's
rules narrowed): each test shows a text a rule over-reached on, with the coding expected."""

from __future__ import annotations

from tests.unit.casualty_helpers import CasualtyReader

PUBLISHED = "2024-03-14T10:00:00+00:00"  # a Thursday

_read = CasualtyReader(PUBLISHED, "s35c-review")


def test_protest_words_outside_the_clash_leave_it_an_armed_clash() -> None:
    """Protesters, strikers or crowds make a clash unrest only as its parties: not its victims,
    a state's protests, unrest of another day or sparked by it, nor a prison's rioters."""
    day_after = (
        "QUETTA, March 11 (Reuters) - Twelve soldiers were killed in clashes with insurgents in "
        "Balochistan on Monday, a day after demonstrators blocked a highway in the province, "
        "officials said."
    )
    assert _read.causes(day_after) == ["armed_clash"]
    victims = (
        "KHARTOUM, March 11 (Reuters) - Clashes between the army and the Rapid Support Forces "
        "in El Fasher killed 25 people on Monday, including four truck drivers caught in the "
        "crossfire, medics said."
    )
    assert _read.causes(victims) == ["armed_clash"]
    state = (
        "KABUL, March 11 (Reuters) - Kabul lodged strong protests with Islamabad on Monday after "
        "border clashes between Afghan and Pakistani forces killed three Afghan soldiers, "
        "officials said."
    )
    assert _read.causes(state) == ["armed_clash"]
    sparked = (
        "PESHAWAR, March 11 (Reuters) - Sectarian clashes between rival tribes in Kurram district "
        "killed 40 people on Monday, sparking protests in Peshawar, officials said."
    )
    assert _read.causes(sparked) == ["armed_clash"]
    prison = (
        "QUITO, March 11 (Reuters) - At least 12 inmates were killed in clashes between rioters "
        "and guards at the Litoral prison in Guayaquil on Monday, officials said."
    )
    assert _read.causes(prison) == ["armed_clash"]
    # near miss: protesters and the police are the clash's parties
    parties = (
        "DAKAR, March 11 (Reuters) - Three people were killed in clashes between protesters and "
        "police in Ziguinchor on Monday, the interior ministry said."
    )
    assert _read.causes(parties) == [None]
    riot_police = (
        "LA PAZ, March 11 (Reuters) - Two protesters were killed and 30 injured in clashes with "
        "riot police at a highway blockade near Cochabamba on Monday, the ombudsman said."
    )
    assert _read.causes(riot_police) == [None]
