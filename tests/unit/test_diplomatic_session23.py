"""Rules of the twenty-third session, each with the near misses that keep it narrow."""

from __future__ import annotations

from tests.unit.diplomatic_helpers import codes, extract


def test_talks_held_are_not_the_trip_called_off_in_the_title() -> None:
    records = extract(
        "Argentine Foreign Minister Gerardo Werthein and his Chilean counterpart Alberto van "
        "Klaveren held talks in Santiago on Tuesday. Werthein was also received by Chilean "
        "President Gabriel Boric. Milei's state visit to Santiago, which had been planned for "
        "November, has been postponed, the Argentine presidency said.",
        title="Argentina, Chile sign border deal; Milei's trip to Santiago postponed",
    )
    consult = [r for r in records if r.event_type == "CONSULT"]
    held = [r for r in consult if r.status == "occurred"]
    assert {r.mode for r in held} == {"talks", "meeting"}  # the talks, the audience
    assert all(codes(r) == {"ARG", "CHL"} for r in held)
    assert all(
        "Gerardo Werthein" not in {p.name for p in r.participants}
        for r in consult
        if r.status == "cancelled"
    )


def test_a_summit_called_off_told_again_stays_one_summit() -> None:
    records = extract(
        "A summit of Congolese President Felix Tshisekedi and Rwandan President Paul Kagame in "
        "Luanda was called off on Wednesday. The summit had been due to seal a peace deal.",
        title="Luanda summit called off",
    )
    summits = [r for r in records if r.event_type == "CONSULT"]
    assert [r.status for r in summits] == ["cancelled"]


def test_a_meeting_only_needed_is_no_meeting() -> None:
    for body in (
        "Diplomats say a meeting of the Saudi and Iranian foreign ministers would be needed "
        "before embassies could reopen.",
        "Talks between Kyiv and Moscow are necessary, the Turkish president said on Tuesday.",
    ):
        assert [r for r in extract(body) if r.event_type == "CONSULT"] == [], body
    # near miss: a meeting held "as needed"
    held = extract(
        "A meeting of the Saudi and Iranian foreign ministers was held in Baghdad on Tuesday, "
        "and more would follow as needed."
    )
    assert [r.status for r in held if r.event_type == "CONSULT"] == ["occurred"]
