"""Near misses from the review of the twenty-second session's rules (a helper's own sentences):
each was coded wrongly by a first version of a rule of that session."""

from __future__ import annotations

import pytest

from tests.unit.diplomatic_helpers import codes, extract, only


@pytest.mark.parametrize(
    "body",
    [
        # a request of the press, not an appeal rejected
        "U.S. officials accused China of hacking Treasury computers on Tuesday. The Chinese "
        "embassy in Washington declined a request for comment.",
        # support withdrawn, solidarity lacking: no endorsement
        "Hungarian Prime Minister Viktor Orban reiterated on Tuesday that Budapest had withdrawn "
        "its support for Ukraine's bid to join the European Union.",
        "Italian Prime Minister Giorgia Meloni expressed frustration on Tuesday at what she "
        "called a lack of solidarity with Italy from Germany and France.",
        # a gerund in a charge is no agreement
        "Armenian opposition lawmakers on Tuesday accused Prime Minister Nikol Pashinyan of "
        "agreeing to hand over four border villages to Azerbaijan.",
    ],
)
def test_no_rejection_endorsement_or_agreement_is_read_into(body: str) -> None:
    assert [r for r in extract(body) if r.event_type in ("REJECT", "SUPPORT", "AGREE")] == []


def test_a_meeting_held_before_agreeing_to_hold_more_stays_held() -> None:
    records = extract(
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on "
        "Tuesday and agreed to hold regular consultations."
    )
    assert only(records, "CONSULT").status == "occurred"


def test_a_summit_clash_of_leaders_is_a_summit() -> None:
    records = extract(
        "EU leaders are braced for a summit clash with Hungarian Prime Minister Viktor Orban in "
        "Brussels on Thursday."
    )
    assert only(records, "CONSULT").mode == "summit"


@pytest.mark.parametrize(
    "body",
    [
        # the background ends at the comma
        "The fighting came two months after a truce collapsed, and on Tuesday Congo and Rwanda "
        "agreed to a new ceasefire in Doha.",
        # "could be a turning point": what the signed agreement is, not whether it is signed
        "The peace agreement between Armenia and Azerbaijan could be a turning point for the "
        "South Caucasus, Pashinyan said after he and Aliyev signed it in Washington on Friday.",
    ],
)
def test_an_agreement_told_as_news_is_kept(body: str) -> None:
    assert only(extract(body), "AGREE").status == "occurred"


def test_a_meeting_of_other_people_after_both_sides_is_not_theirs() -> None:
    records = extract(
        "Troops from Sudan and South Sudan clashed near Heglig on Monday.\n\n"
        "Both armies reported casualties, and aid agencies will meet in Nairobi on Friday."
    )
    assert all(codes(r) != {"SDN", "SSD"} for r in records if r.event_type == "CONSULT")


def test_an_airport_greeting_or_a_reception_of_no_named_side_is_not_its_own_meeting() -> None:
    records = extract(
        "Kazakh Foreign Minister Murat Nurtleu held talks with his Uzbek counterpart Bakhtiyor "
        "Saidov in Astana on Monday. President Kassym-Jomart Tokayev received the two ministers."
    )
    assert [codes(r) for r in records if r.event_type == "CONSULT"] == [{"KAZ", "UZB"}]


def test_discussing_in_a_city_and_promising_calls_is_no_call() -> None:
    records = extract(
        "Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin discussed "
        "the Black Sea grain deal in Sochi on Monday and agreed to stay in touch by phone."
    )
    assert [r for r in records if r.mode == "phone_call"] == []


def test_another_appeal_of_the_same_state_told_next_stays_apart() -> None:
    records = extract(
        "Pakistan and Afghanistan traded fire on Monday. China urged Pakistan and Afghanistan to "
        "show restraint. Foreign Ministry spokesman Lin Jian also called on Pakistan to ensure "
        "the safety of Chinese nationals."
    )
    assert len([r for r in records if r.event_type == "REQUEST"]) == 2


def test_an_invitation_made_at_a_news_conference_keeps_the_city() -> None:
    records = extract(
        "Speaking at a joint news conference in Hanoi on Tuesday, Chinese President Xi Jinping "
        "invited Vietnamese leader To Lam to visit Beijing next year."
    )
    invitation = only(records, "REQUEST")
    assert invitation.location is not None
    assert invitation.location.name == "Hanoi"


def test_talks_with_a_state_s_own_territory_are_at_home() -> None:
    assert (
        extract(
            "French President Emmanuel Macron held talks with New Caledonian leaders "
            "in Noumea on Monday."
        )
        == []
    )
