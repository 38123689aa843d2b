"""Near misses a review of the thirty-fourth session's diplomatic rules found over-reached, each
kept narrow now."""

from __future__ import annotations

from tests.unit.diplomatic_helpers import codes, extract, only, place


def _persons(record: object) -> set[str]:
    return {p.name for p in record.participants if p.kind.value == "person"}  # type: ignore[attr-defined]


def test_a_release_to_come_does_not_make_the_agreement_to_come() -> None:
    body = (
        "BAKU, March 14 (Reuters) - Armenia and Azerbaijan agreed on Wednesday that detained "
        "soldiers from both sides would be released before the end of the month."
    )
    agreement = only(extract(body), "AGREE")
    assert (agreement.status.value, agreement.date) == ("occurred", "2024-03-13")


def test_only_a_governments_spokesperson_voices_its_statement() -> None:
    opposition = (
        "HELSINKI, March 14 (Reuters) - Russia warned Finland on Wednesday against hosting NATO "
        "bases.\n\nRussian opposition spokeswoman Kira Yarmysh said the warning was madness."
    )
    assert _persons(only(extract(opposition), "THREATEN")) == set()
    television = (
        "TEHRAN, March 14 (Reuters) - Iran condemned on Wednesday an Israeli strike on its "
        "consulate in Damascus.\n\nIranian state TV spokesman Ali Rezaei said the consulate was "
        "destroyed."
    )
    condemnation = only(extract(television), "ACCUSE")
    assert _persons(condemnation) == set()
    assert codes(condemnation) == {"IRN", "ISR"}
    kremlin = (
        "HELSINKI, March 14 (Reuters) - Russia warned Finland on Wednesday against hosting "
        'troops.\n\n"Any such bases will be targets," Kremlin spokesman Dmitry Peskov told '
        "reporters."
    )
    assert _persons(only(extract(kremlin), "THREATEN")) == {"Dmitry Peskov"}


def test_an_envoy_posted_elsewhere_or_of_another_time_is_not_the_one_summoned() -> None:
    for later in (
        "Turkey's ambassador to Washington, Sedat Onal, said the strike targeted militants.",
        "In Ankara, Ambassador Majid al-Lajmawi delivered a similar protest note to the Turkish "
        "foreign ministry.",
    ):
        body = (
            "BAGHDAD, March 14 (Reuters) - Iraq summoned Turkey's ambassador on Wednesday over a "
            "drone strike.\n\n" + later
        )
        assert _persons(only(extract(body), "ACCUSE")) == set(), later
    expelled = (
        "VILNIUS, March 14 (Reuters) - Lithuania expelled Russia's charge d'affaires on "
        "Wednesday.\n\nRussian Ambassador Alexei Isakov was expelled in 2022."
    )
    assert _persons(only(extract(expelled), "SANCTION")) == set()


def test_a_work_told_in_another_clause_leaves_the_act_news() -> None:
    for body in (
        "HANOI, March 14 (Reuters) - After a Chinese film depicted the nine-dash line on a map, "
        "Vietnam lodged a protest with China on Wednesday.",
        "KUALA LUMPUR, March 14 (Reuters) - A British documentary portrayed the minister as "
        "corrupt, and on Wednesday Malaysia summoned Britain's envoy.",
    ):
        assert [r.event_type.value for r in extract(body)] == ["ACCUSE"], body


def test_an_arrival_then_a_meeting_with_no_side_or_to_come_is_one_visit() -> None:
    for body in (
        "ANKARA, March 14 (Reuters) - Greek Prime Minister Kyriakos Mitsotakis, who arrived in "
        "Ankara on Wednesday, meets Turkish President Tayyip Erdogan on Friday.",
        "BEIJING, March 14 (Reuters) - German Chancellor Olaf Scholz, who arrived in Beijing on "
        "Tuesday, met students at Tsinghua University on Wednesday.",
    ):
        consults = [r for r in extract(body) if r.event_type.value == "CONSULT"]
        assert len(consults) == 1, body
        assert all(r.date is None or r.date <= "2024-03-14" for r in consults), body


def test_later_that_year_is_background_only_after_an_earlier_year() -> None:
    body = (
        "ATHENS, March 14 (Reuters) - Greek and Turkish officials held talks in Athens in "
        "January. Relations warmed later that year when Turkish President Tayyip Erdogan hosted "
        "Greek Prime Minister Kyriakos Mitsotakis in Ankara."
    )
    assert any(place(r) == ("Ankara", "TUR") for r in extract(body))


def test_support_voiced_by_another_than_the_caller_is_its_own() -> None:
    body = (
        "ANKARA, March 14 (Reuters) - Turkish President Tayyip Erdogan spoke by phone with "
        "Ukrainian President Volodymyr Zelenskiy on Wednesday after Turkey's parliament expressed "
        "support for Ukraine's territorial integrity in a resolution."
    )
    assert codes(only(extract(body), "SUPPORT")) == {"TUR", "UKR"}


def test_talks_mediated_by_a_state_keep_it_as_the_target_of_a_refusal() -> None:
    body = (
        "ADDIS ABABA, March 14 (Reuters) - Ethiopia rejected on Wednesday an offer of talks "
        "mediated by Egypt on the Grand Renaissance Dam."
    )
    assert codes(only(extract(body), "REJECT")) == {"ETH", "EGY"}
    listed = (
        "DOHA, March 14 (Reuters) - Sudan and South Sudan agreed on Wednesday to reopen their "
        "border at talks mediated by Qatar, Egypt and the United States."
    )
    assert codes(only(extract(listed), "AGREE")) == {"SDN", "SSD"}
    labour = (
        "KATHMANDU, March 14 (Reuters) - Nepal and Malaysia held talks overseen by the Malaysian "
        "labour ministry on Wednesday on recruitment fees for Nepali migrant workers."
    )
    assert codes(only(extract(labour), "CONSULT")) == {"NPL", "MYS"}


def test_second_review_mediators_before_the_trigger_are_only_the_first_named() -> None:
    body = (
        "ISTANBUL, March 14 (Reuters) - In talks brokered by Turkey, Russia and Ukraine agreed on "
        "Wednesday to resume grain shipments."
    )
    assert codes(only(extract(body), "AGREE")) == {"RUS", "UKR"}


def test_second_review_a_work_then_and_another_subjects_act() -> None:
    body = (
        "TAIPEI, March 14 (Reuters) - A Chinese state TV documentary portrayed Taiwan's "
        "president as a separatist and Taiwan protested to Beijing on Wednesday."
    )
    assert codes(only(extract(body), "ACCUSE")) == {"TWN", "CHN"}
    news = (
        "WASHINGTON, March 14 (Reuters) - A New York Times story about talks between Israeli "
        "and Saudi officials in Riyadh on Tuesday was accurate, the White House said."
    )
    assert codes(only(extract(news), "CONSULT")) == {"ISR", "SAU"}


def test_second_review_meetings_with_a_place_and_day_are_meetings() -> None:
    body = (
        "MANILA, March 14 (Reuters) - Philippine and Chinese officials, in their previous "
        "meetings in Manila on Tuesday and Wednesday, agreed to keep talking."
    )
    assert any(r.event_type.value == "CONSULT" for r in extract(body))


def test_second_review_an_arrival_then_a_meeting_with_the_visitors_own_people() -> None:
    body = (
        "BEIJING, March 14 (Reuters) - German Chancellor Olaf Scholz, who arrived in Beijing on "
        "Tuesday, met German business executives on Wednesday."
    )
    assert len([r for r in extract(body) if r.event_type.value == "CONSULT"]) == 1


def test_second_review_support_voiced_later_by_another_is_its_own() -> None:
    body = (
        "TEHRAN, March 14 (Reuters) - Iranian President Ebrahim Raisi spoke by phone with "
        "Qatar's emir on Wednesday, and Qatar's foreign ministry later voiced support for Iran's "
        "position."
    )
    assert any(r.event_type.value == "SUPPORT" for r in extract(body))


def test_second_review_an_envoy_who_speaks_is_not_the_one_summoned() -> None:
    body = (
        "WARSAW, March 14 (Reuters) - Poland summoned Russia's ambassador on Wednesday over a "
        "missile.\n\nAt the U.N. Security Council, Russian Ambassador Vassily Nebenzia told "
        "members the missile was Ukrainian."
    )
    assert _persons(only(extract(body), "ACCUSE")) == set()


def test_second_review_a_health_ministrys_spokesman_voices_no_accusation() -> None:
    body = (
        "JERUSALEM, March 14 (Reuters) - Israel accused Iran on Wednesday of arming Hamas.\n\n"
        '"At least 31,000 people have been killed," Gaza health ministry spokesman Ashraf '
        "al-Qidra said."
    )
    accusation = only(extract(body), "ACCUSE")
    assert _persons(accusation) == set()
    assert {"ISR", "IRN"} <= codes(accusation)
