"""Rules of the forty-eighth session (held-out sets 63 and 64 as development sets, with sets
45 to 62), each with the near misses that keep it narrow."""

from __future__ import annotations

from tests.unit.diplomatic_helpers import extract, place


def test_talks_in_the_perfect_after_a_guests_arrival_are_their_own_day() -> None:
    """ "X, who arrived in Amman on Monday, had held talks with his counterpart on Tuesday": a
    visit (Monday) and talks (Tuesday), as with "held talks"; told on the arrival's own day,
    the talks stay the visit's."""
    body = (
        "Jordan and Egypt agreed to link their power grids, officials said on Wednesday.\n\n"
        "Egyptian Prime Minister Mostafa Madbouly, who arrived in Amman on Monday, had held talks "
        "with his Jordanian counterpart Jafar Hassan on Tuesday morning."
    )
    records = extract(body)
    talks = [r for r in records if r.mode == "talks"]
    assert len(talks) == 1
    assert talks[0].date == "2024-03-12"
    assert place(talks[0]) == ("Amman", "JOR")
    visit = next(r for r in records if r.mode == "visit")
    assert visit.date == "2024-03-11"
    # near miss: talks of the arrival's own day are the visit's
    same_day = body.replace("on Tuesday morning", "on Monday evening")
    assert [r for r in extract(same_day) if r.mode == "talks"] == []


def test_a_state_that_meets_its_debt_repayments_meets_nobody() -> None:
    """ "to help it meet foreign debt repayments", "failed to meet its obligations": no
    meeting; "will meet" a person still is one."""
    body = (
        "Kuwait will deposit $500 million with Egypt's central bank to help it meet foreign debt "
        "repayments this year, the Kuwaiti finance ministry said on Wednesday."
    )
    assert [r for r in extract(body) if r.event_type == "CONSULT"] == []
    obligations = body.replace("meet foreign debt repayments", "meet its obligations")
    assert [r for r in extract(obligations) if r.event_type == "CONSULT"] == []
    # near miss: a meeting of people
    people = (
        "Kuwait's finance minister will meet Egyptian Prime Minister Mostafa Madbouly in Cairo "
        "next week, the Kuwaiti finance ministry said on Wednesday."
    )
    assert [r.mode for r in extract(people) if r.event_type == "CONSULT"] == ["meeting"]


def test_an_agreement_signed_in_a_city_on_a_day_is_done_whatever_it_will_do() -> None:
    """ "X will lend Y $300 million under an agreement signed in Algiers on Wednesday": the
    signing is done (Wednesday before the report), though the loan is to come, as with "an
    agreement signed Monday"; an agreement to be signed is not."""
    body = (
        "Qatar will lend Egypt $300 million to help it buy wheat under an agreement signed in "
        "Doha on Tuesday, the Egyptian cabinet said on Wednesday."
    )
    agreement = next(r for r in extract(body) if r.event_type == "AGREE")
    assert agreement.status == "occurred"
    assert agreement.date == "2024-03-12"
    # near miss: one still to be signed
    later = body.replace(
        "an agreement signed in Doha on Tuesday", "an agreement to be signed in Doha on Tuesday"
    )
    assert all(r.status != "occurred" for r in extract(later) if r.event_type == "AGREE")
