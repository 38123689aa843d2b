"""Unit tests of trigger words added to the diplomatic lexicon: each on sentences of our own,
with the wording it must find and a near miss it must not."""

from __future__ import annotations

from tests.unit.diplomatic_helpers import codes, extract, only


def test_a_staged_walkout_is_a_rejection() -> None:
    records = extract(
        "Delegates from Armenia staged a walkout on Tuesday when Azerbaijan's envoy took the "
        "floor at the OSCE in Vienna."
    )
    assert "ARM" in codes(only(records, "REJECT"))


def test_relief_flights_that_land_are_aid() -> None:
    records = extract(
        "A New Zealand air force plane landed in Nuku'alofa on Sunday carrying water and "
        "tarpaulins, the first of several New Zealand relief flights to Tonga after the eruption."
    )
    aid = only(records, "AID")
    assert codes(aid) >= {"NZL", "TON"}


def test_humanitarian_support_pledged_is_aid() -> None:
    records = extract(
        "Japan pledged $3 million in humanitarian support to Morocco on Monday after the "
        "earthquake."
    )
    assert codes(only(records, "AID")) >= {"JPN", "MAR"}


def test_relief_flights_without_a_delivery_are_not_aid() -> None:
    records = extract("Airlines cancelled relief flights and holiday charters alike on Monday.")
    assert not [r for r in records if r.event_type == "AID"], records


def test_a_joint_naval_patrol_is_cooperation() -> None:
    records = extract(
        "The navies of Australia and the Philippines held a joint naval patrol in the South "
        "China Sea on Saturday."
    )
    assert codes(only(records, "COOPERATE")) >= {"AUS", "PHL"}


def test_a_maritime_cooperative_activity_is_cooperation() -> None:
    records = extract(
        "Vietnam and India held a two-day maritime cooperative activity off Da Nang on "
        "Thursday and Friday."
    )
    assert codes(only(records, "COOPERATE")) >= {"VNM", "IND"}


def test_thanks_are_not_coded() -> None:
    """As coded in the golden corpus and held-out set 1 (four "thanked", none an event): no support."""
    records = extract(
        "Kenyan President William Ruto on Tuesday thanked Qatar for its mediation between "
        "Nairobi and Addis Ababa."
    )
    assert not [r for r in records if r.event_type == "SUPPORT"], records
