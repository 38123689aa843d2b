"""Casualty rules of the thirty-third session (helper h), each with the near misses that keep it
narrow."""

from __future__ import annotations

from tests.unit.casualty_helpers import CasualtyReader

PUBLISHED = "2026-11-11T12:00:00+00:00"  # a Wednesday

_read = CasualtyReader(PUBLISHED, "s33h")
_tolls = _read.tolls

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
