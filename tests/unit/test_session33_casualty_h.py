"""Casualty rules of the thirty-third session (helper h), each with the near misses that keep it
narrow."""

from __future__ import annotations

from tests.unit.casualty_helpers import CasualtyReader

PUBLISHED = "2026-11-11T12:00:00+00:00"  # a Wednesday

_read = CasualtyReader(PUBLISHED, "s33h")
_tolls = _read.tolls


def _scoped(body: str) -> list[tuple[int | None, str]]:
    """(killed, scope) of each record."""
    return [(r.killed.count if r.killed else None, r.scope.value) for r in _read.records(body)]


_LEAD = (
    "KABUL, Nov 11 (Reuters) - Insurgents ambushed an army convoy on Tuesday, killing nine "
    "soldiers, officials said. "
)


def test_an_indefinite_month_and_year_dates_the_incident_a_definite_noun_recalls() -> None:
    """ "... the scene of a March 2025 siege in which ... . Twenty-six hostages were killed
    before troops ended the siege.": the figure belongs to the siege the sentence before dated
    to an earlier month, introduced by "a" as well as by "the"."""
    recalled = (
        _LEAD + "The same pass was the scene of an April 2025 siege in which the insurgents "
        "cut off hundreds of families for a week. Thirty residents died before soldiers broke "
        "the siege."
    )
    assert _tolls(recalled) == [(9, None)]
    definite = (
        _LEAD + "The same pass was the scene of the April 2025 siege, when the insurgents "
        "cut off hundreds of families for a week. Thirty residents died before soldiers broke "
        "the siege."
    )
    assert _tolls(definite) == [(9, None)]
    # near miss: a month of this year not before the report's is no earlier incident
    this_month = (
        _LEAD + "The pass was the scene of a November siege in which the insurgents held "
        "hundreds of truck drivers. Thirty residents died before soldiers broke the siege."
    )
    assert (30, None) in _tolls(this_month)
    # near miss: the figure's own sentence names a recent day
    recent = (
        _LEAD + "The pass was the scene of an April 2025 siege in which the insurgents held "
        "hundreds of truck drivers. Thirty residents died on Tuesday before soldiers broke the "
        "siege."
    )
    assert (30, None) in _tolls(recent)


_FLOOD = (
    "LIMA, Nov 11 (AP) - Floods swept through villages in northern Peru on Tuesday, killing at "
    "least 12 people, officials said Wednesday. "
)


def test_a_toll_risen_from_a_figure_after_bodies_were_found() -> None:
    """ "the toll had risen from five overnight after rescuers pulled two bodies from a
    collapsed house": the two are the rise (no incident of their own), and the toll told
    before is a running one."""
    rise = _FLOOD + (
        "The civil defence agency said the toll had risen from eight after divers recovered four "
        "bodies from the river near Piura."
    )
    assert _scoped(rise) == [(12, "cumulative")]
    climbed = _FLOOD + (
        "The toll climbed from nine overnight after firefighters found three bodies in a "
        "buried car."
    )
    assert _tolls(climbed) == [(12, None)]
    # near miss: bodies found with no toll told as risen are their own figure
    plain = _FLOOD + "Separately, divers recovered four bodies from the river near Piura."
    assert _scoped(plain)[0] == (12, "incremental")
    # near miss: a figure before the rise is not its increment; a toll risen from a figure as
    # large as the one told before leaves that one alone
    larger = _FLOOD + (
        "The toll had risen from 20 in the neighbouring region after divers recovered four "
        "bodies there."
    )
    assert _scoped(larger)[0] == (12, "incremental")


_QUAKE = (
    "SAN SALVADOR (AP) - A magnitude 6.1 earthquake shook eastern El Salvador late Tuesday, "
    "killing at least four people in the department of La Union, authorities said. "
    "The U.S. Geological Survey said the quake struck at a depth of 40 kilometers. "
)
_QUAKE_TITLE = "Quake kills at least 4 in eastern El Salvador"


def test_a_disaster_told_as_reaching_another_country_dates_a_figure_there() -> None:
    """ "It was felt strongly ... across the border in Mexico's Chiapas state. In Chiapas, a
    man was killed when part of a church facade fell on him": the quake's day and cause for
    a figure in the country it reached, at the figure's own place."""
    reached = _QUAKE + (
        "It was felt across the Gulf of Fonseca in Honduras. In Honduras, an elderly woman died "
        "when the roof of her house in Choluteca fell on her, officials said."
    )
    records = _read.records(reached, _QUAKE_TITLE)
    assert [(r.killed.count if r.killed else None, r.cause, r.date) for r in records][-1] == (
        1,
        "natural_disaster",
        "2026-11-10",
    )
    # near miss: a country the sentences since the quake did not name is another incident
    unnamed = _QUAKE + (
        "In Honduras, an elderly woman died when the roof of her house in Choluteca fell on "
        "her, officials said."
    )
    records = _read.records(unnamed, _QUAKE_TITLE)
    assert [(r.cause, r.date) for r in records][-1] == (None, None)
