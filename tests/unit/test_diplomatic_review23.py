"""Near misses from the review of the twenty-third session's rules (a helper's own sentences):
each was coded wrongly by a first version of a rule of that session."""

from __future__ import annotations

import pytest

from tests.unit.diplomatic_helpers import codes, extract


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # an earlier period of a relative or time clause, or before an act with its own day
        (
            "Senegal's President Bassirou Diomaye Faye, who took office earlier this month, met "
            "Malian leader Assimi Goita in Bamako on Wednesday.",
            "CONSULT",
        ),
        (
            "Russia and North Korea signed a strategic partnership treaty last month, and on "
            "Wednesday Russian Defence Minister Andrei Belousov arrived in Pyongyang.",
            "CONSULT",
        ),
        # a plane carrying a leader
        (
            "A plane carrying Ukrainian President Volodymyr Zelenskiy landed in Hiroshima on "
            "Wednesday.",
            "CONSULT",
        ),
        (
            "A U.S. Air Force jet with Secretary of State Antony Blinken aboard landed in Tel "
            "Aviv on Wednesday.",
            "CONSULT",
        ),
        # "at the time of", and "at the time" of another clause
        (
            "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping at the time of "
            "the BRICS summit in Johannesburg on Wednesday.",
            "CONSULT",
        ),
        (
            "Haniyeh was killed in Tehran, where he was staying at the time; Iran accused Israel "
            "on Wednesday of the assassination.",
            "ACCUSE",
        ),
        # a state's demand that another's leader step down, and a first wish of another thing
        (
            "The United States on Tuesday urged Venezuelan President Nicolas Maduro to step down.",
            "REQUEST",
        ),
        (
            "The United States urged Serbia on Tuesday to protect protesters calling on the "
            "government to resign.",
            "REQUEST",
        ),
        # a force or group word naming a person hosted
        (
            "Egyptian President Abdel Fattah al-Sisi hosted Sudanese armed forces chief Abdel "
            "Fattah al-Burhan in Cairo on Tuesday.",
            "CONSULT",
        ),
        ("Jordan's King Abdullah hosted a group of U.S. senators in Amman on Tuesday.", "CONSULT"),
        # an expulsion in a relative clause is not the act "accusing him" goes with
        (
            "Colombian President Gustavo Petro, who on Wednesday ordered the expulsion of "
            "Argentine diplomats, hit back at Argentine President Javier Milei, accusing him of "
            "insulting Colombians.",
            "ACCUSE",
        ),
    ],
)
def test_the_act_is_kept(body: str, kind: str) -> None:
    found = [r for r in extract(body) if r.event_type == kind and len(codes(r)) >= 2]
    assert found, body


@pytest.mark.parametrize(
    "body",
    [
        "Hamas militants handed over three Israeli hostages to the Red Cross in Gaza on "
        "Wednesday, and the vehicles carrying them crossed into Egypt.",
        "Russia handed over the bodies of 500 soldiers to Ukraine on Wednesday, taken away in "
        "refrigerated vehicles.",
        "Azerbaijani border guards handed over two Armenian soldiers, along with their vehicles, "
        "to Armenia on Wednesday.",
        "The U.S. military handed over the Ain al-Asad base to the Iraqi army on Wednesday, "
        "along with hundreds of vehicles.",
    ],
)
def test_vehicles_beside_what_is_handed_over_are_no_aid(body: str) -> None:
    assert [r for r in extract(body) if r.event_type == "AID"] == [], body


def test_a_deal_reached_last_month_is_background_beside_a_dated_meeting() -> None:
    records = extract(
        "Chinese President Xi Jinping met Brazilian President Lula in Beijing on Wednesday to "
        "follow up on a trade deal reached last month."
    )
    assert [r.event_type for r in records] == ["CONSULT"]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # "opposition" as a stance or a topic, not the speaker
        (
            "China's foreign ministry expressed firm opposition to the arms sale and urged "
            "Washington to stop arming Taiwan.",
            "REQUEST",
        ),
        (
            "Following the jailing of opposition leader Ousmane Sonko, the European Union urged "
            "Senegal to release him.",
            "REQUEST",
        ),
        (
            "Senegal's new President Bassirou Diomaye Faye, a former opposition figure, called on "
            "France on Wednesday to close its military bases.",
            "REQUEST",
        ),
        # a case filed is the day's accusation
        (
            "Nicaragua on Friday filed a case at the International Court of Justice accusing "
            "Germany of facilitating genocide in Gaza.",
            "ACCUSE",
        ),
        # a joint action done after an agreement in the same clause
        (
            "Indonesia and Malaysia agreed a truce and launched joint patrols along the border on "
            "Wednesday.",
            "COOPERATE",
        ),
    ],
)
def test_the_act_is_kept_second_review(body: str, kind: str) -> None:
    assert [r for r in extract(body) if r.event_type == kind and len(codes(r)) >= 2], body


def test_in_what_will_be_keeps_a_visit_to_come() -> None:
    records = extract(
        "Chinese President Xi Jinping visits France on Monday in what will be his first trip to "
        "Europe in five years."
    )
    assert [(r.status, str(r.date)) for r in records] == [("scheduled", "2024-03-18")]


def test_a_battalion_elsewhere_in_the_sentence_makes_no_withdrawal() -> None:
    assert (
        extract(
            "Senegal's ruling party withdrew its candidate after the battalion commander was "
            "arrested."
        )
        == []
    )
