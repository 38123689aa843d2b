"""Dates an act takes from the act told just before it."""

from __future__ import annotations

from tests.unit.diplomatic_helpers import extract, only


def test_an_undated_act_takes_the_day_of_the_act_before_it_with_a_shared_state() -> None:
    records = extract(
        "U.S. Secretary of State Marco Rubio met Panamanian President Jose Raul Mulino in "
        "Panama City on Sunday. Rubio warned Panama of unspecified measures over the canal."
    )
    assert str(only(records, "CONSULT").date) == "2024-03-10"
    assert str(only(records, "THREATEN").date) == "2024-03-10"


def test_an_act_of_other_states_keeps_no_day() -> None:
    records = extract(
        "U.S. Secretary of State Marco Rubio met Panamanian President Jose Raul Mulino in "
        "Panama City on Sunday. Japan accused China of violating its airspace."
    )
    assert only(records, "ACCUSE").date is None


def test_an_act_told_far_later_keeps_no_day() -> None:
    records = extract(
        "U.S. Secretary of State Marco Rubio met Panamanian President Jose Raul Mulino in "
        "Panama City on Sunday. The canal carries 5% of world trade. Ships queue for days. "
        "Fees have risen. Rubio warned Panama of unspecified measures over the canal."
    )
    assert only(records, "THREATEN").date is None
