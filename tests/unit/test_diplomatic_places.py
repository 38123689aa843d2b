"""Where an event happens when the sentence says it without "in": a visit's object, the place
a withdrawal leaves."""

from __future__ import annotations

from tests.unit.diplomatic_helpers import codes, extract, only


def test_the_capital_a_leader_visits_is_where_the_visit_is() -> None:
    visit = only(
        extract("Chinese President Xi Jinping visited Hanoi on Tuesday, Vietnam said."), "CONSULT"
    )
    assert visit.location is not None
    assert visit.location.name == "Hanoi"
    assert codes(visit) == {"CHN", "VNM"}


def test_a_visit_planned_to_a_capital_is_placed_there() -> None:
    visit = only(
        extract("Somali President Hassan Sheikh Mohamud plans to visit Nairobi next week."),
        "CONSULT",
    )
    assert visit.status == "scheduled"
    assert visit.location is not None
    assert visit.location.name == "Nairobi"


def test_a_capital_met_in_is_not_a_visit_destination() -> None:
    talks = only(
        extract("Kenyan and Somali ministers held talks on Tuesday about trade with Nairobi."),
        "CONSULT",
    )
    assert talks.location is None


def test_the_town_troops_withdraw_from_is_where_the_withdrawal_is() -> None:
    retreat = only(
        extract(
            "Russian troops withdrew from the southern Ukrainian city of Kherson on Friday, "
            "Ukraine said."
        ),
        "RETREAT",
    )
    assert retreat.location is not None
    assert retreat.location.name == "Kherson"


def test_a_state_withdrawn_from_stays_a_party() -> None:
    retreat = only(extract("Chad withdrew its troops from Nigeria on Monday."), "RETREAT")
    assert codes(retreat) == {"TCD", "NGA"}
    assert retreat.location is None
