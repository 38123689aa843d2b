"""Dates an act takes from the act told just before it."""

from __future__ import annotations

import pytest

from newsevents.contracts import DiplomaticEvent
from tests.unit.diplomatic_helpers import PUBLISHED, codes, extract, only

MET_ON_SUNDAY = (
    "U.S. Secretary of State Marco Rubio met Panamanian President Jose Raul Mulino in "
    "Panama City on Sunday. "
)


def told_no_day(record: DiplomaticEvent) -> bool:
    """The act has no day of its own: it is dated by its report (the publication day here)."""
    return (
        record.date_from_report
        and record.date_text is None
        and str(record.date) == PUBLISHED[:10]
        and "date" not in {e.field for e in record.evidence}
    )


SAFADI_IN_DAMASCUS = (
    "Jordanian Foreign Minister Ayman Safadi held talks in Damascus on Tuesday with Syrian "
    "Foreign Minister Asaad al-Shaibani. "
)


def test_an_undated_act_takes_the_day_of_the_act_before_it_with_a_shared_state() -> None:
    records = extract(MET_ON_SUNDAY + "Rubio warned Panama of unspecified measures over the canal.")
    assert str(only(records, "CONSULT").date) == "2024-03-10"
    assert str(only(records, "THREATEN").date) == "2024-03-10"


def test_an_act_of_other_states_keeps_no_day() -> None:
    records = extract(MET_ON_SUNDAY + "Japan accused China of violating its airspace.")
    assert told_no_day(only(records, "ACCUSE"))


def test_an_act_told_far_later_keeps_no_day() -> None:
    records = extract(
        MET_ON_SUNDAY + "The canal carries 5% of world trade. Ships queue for days. "
        "Fees have risen. Droughts have cut traffic. Rubio warned Panama of unspecified "
        "measures over the canal."
    )
    assert told_no_day(only(records, "THREATEN"))


def test_an_act_three_or_four_sentences_later_takes_a_day_of_the_same_week() -> None:
    for between in (
        "The canal carries 5% of world trade. Ships queue for days. ",
        "The canal carries 5% of world trade. Ships queue for days. Fees have risen. ",
    ):
        records = extract(MET_ON_SUNDAY + between + "Rubio warned Panama of unspecified measures.")
        assert str(only(records, "THREATEN").date) == "2024-03-10", between


def test_an_act_three_sentences_after_a_background_day_keeps_no_day() -> None:
    # the day before is a month old: what follows after two more sentences is the story's
    records = extract(
        "U.S. Secretary of State Marco Rubio met Panamanian President Jose Raul Mulino in "
        "Panama City on Feb. 2. The canal carries 5% of world trade. Ships queue for days. "
        "Rubio warned Panama of unspecified measures over the canal."
    )
    assert str(only(records, "CONSULT").date) == "2024-02-02"
    assert told_no_day(only(records, "THREATEN"))
    # two sentences on, any day is still taken
    records = extract(
        "U.S. Secretary of State Marco Rubio met Panamanian President Jose Raul Mulino in "
        "Panama City on Feb. 2. The canal carries 5% of world trade. "
        "Rubio warned Panama of unspecified measures over the canal."
    )
    assert str(only(records, "THREATEN").date) == "2024-02-02"


def test_a_meeting_told_next_without_a_place_is_where_the_visit_was() -> None:
    records = extract(
        SAFADI_IN_DAMASCUS + "Safadi and al-Shaibani also agreed to reopen the "
        "Nasib border crossing."
    )
    agreement = only(records, "AGREE")
    assert agreement.location is not None
    assert agreement.location.name == "Damascus"
    assert str(agreement.date) == "2024-03-12"
    # both are traceable to the sentence that says them
    fields = {e.field for e in agreement.evidence}
    assert {"date", "location"} <= fields


def test_a_call_told_next_has_no_place() -> None:
    records = extract(
        SAFADI_IN_DAMASCUS + "Safadi later spoke by phone with Turkish Foreign "
        "Minister Hakan Fidan."
    )
    calls = [r for r in records if r.mode == "phone_call"]
    assert calls, records
    assert all(c.location is None for c in calls)


def test_a_date_opening_the_sentence_dates_the_act_after_a_clause_between() -> None:
    """ "On Monday, before leaving Astana, X spoke by phone": Monday, not the day told before."""
    records = extract(
        SAFADI_IN_DAMASCUS + "On Monday, before leaving Amman, Safadi spoke by phone with "
        "Turkish Foreign Minister Hakan Fidan."
    )
    calls = [r for r in records if r.mode == "phone_call"]
    assert [str(c.date) for c in calls] == ["2024-03-11"], records


def test_the_day_a_relative_clause_gives_the_event_is_its_date() -> None:
    """ "a two-day joint patrol ..., which began on Saturday": Saturday."""
    records = extract(
        "Philippine and Australian navy units held a two-day joint patrol in the South China "
        "Sea, which began on Saturday."
    )
    assert str(only(records, "COOPERATE").date) == "2024-03-09"


def test_an_act_told_as_of_a_month_long_past_is_background() -> None:
    """ "In December, Hungary blocked ..." in a March article: not news; "In March" is."""
    assert extract("In December, Hungary blocked the aid package for Ukraine.") == []
    records = extract("In March, Japan and China held talks in Tokyo.")
    assert only(records, "CONSULT").status == "occurred"


def test_an_act_told_in_a_month_long_past_inside_the_sentence_is_background() -> None:
    """ "in December it expelled", "had threatened in December to expel" in a March article:
    background; near misses: a month a month back, a day of its own, and a month in what an
    invitation asks ("invited him to visit La Paz in August")."""
    for body in (
        "Somalia denounced the deal, and in December it expelled Ethiopia's ambassador.",
        "Somalia had threatened in December to expel Ethiopia's ambassador.",
        "Kobakhidze, who hosted Hungarian Prime Minister Viktor Orban in Tbilisi in December, "
        "said Georgia would not beg.",
    ):
        assert [r for r in extract(body) if r.status == "occurred"] == [], body
    assert extract("Somalia denounced the deal, and in February it expelled Ethiopia's ambassador.")
    dated = only(
        extract("Somalia expelled Ethiopia's ambassador on Monday over remarks in December."),
        "SANCTION",
    )
    assert str(dated.date) == "2024-03-11"
    # a month of what the act is about, and a perfect that tells news (a review's near misses)
    for body in (
        "Somalia has expelled Ethiopia's ambassador over a port deal signed in December.",
        "Egypt accused Israel on Monday of violating the truce agreed in December.",
    ):
        assert [r.status for r in extract(body) if r.event_type != "AGREE"] == ["occurred"], body
    invited = extract(
        "Bolivian President Luis Arce invited Chilean President Gabriel Boric to visit La Paz in "
        "August."
    )
    # the invitation is news; the visit it asks, without a day, is no record of its own
    assert [(r.event_type, r.status) for r in invited] == [("REQUEST", "occurred")]


def test_an_act_told_as_of_last_year_is_background() -> None:
    """ "expelled the Vatican's ambassador last year", "In March last year": background; near
    miss: last year's deal as the reason for today's act."""
    for body in (
        "Nicaragua expelled the Vatican's ambassador last year.",
        "In March last year, Somalia expelled Ethiopia's ambassador.",
    ):
        assert extract(body) == [], body
    today = extract(
        "Somalia expelled Ethiopia's ambassador on Monday over a deal signed last year."
    )
    assert str(only(today, "SANCTION").date) == "2024-03-11"


def test_a_scene_setting_opening_dates_the_later_clause() -> None:
    """ "At a news conference in Quito on Saturday, X said ... but accused Y": the opening
    phrase's day is the accusation's, though the accusation is in a later clause."""
    records = extract(
        "At a news conference in Quito on Saturday, Ecuadorian Foreign Minister Gabriela "
        "Sommerfeld said her government regretted the crisis but accused Mexico of abusing "
        "its mission."
    )
    assert [str(r.date) for r in records if r.event_type == "ACCUSE"] == ["2024-03-09"]


def test_an_opening_phrase_without_a_day_dates_nothing() -> None:
    """Near miss: an opening phrase with no day gives the later clause no date."""
    records = extract(
        "At a news conference in Quito, Ecuadorian Foreign Minister Gabriela Sommerfeld "
        "said her government regretted the crisis but accused Mexico of abusing its mission."
    )
    assert [told_no_day(r) for r in records if r.event_type == "ACCUSE"] == [True]


def test_a_meeting_planned_in_a_relative_clause_and_postponed_is_cancelled_on_its_day() -> None:
    """ "A meeting ... that had been planned for Saturday in the South Korean port city of Busan
    has been postponed": cancelled, at Busan, on the planned Saturday; the date of an agency
    dateline without brackets ("TOKYO, March 14 Kyodo -") is the report's, not the meeting's."""
    records = extract(
        "TOKYO, March 14 Kyodo - A meeting of the foreign ministers of Japan, China and South "
        "Korea that had been planned for Saturday in the South Korean port city of Busan has "
        "been postponed, diplomatic sources said Thursday."
    )
    meeting = only(records, "CONSULT")
    assert (meeting.status, str(meeting.date)) == ("cancelled", "2024-03-16")
    assert meeting.location is not None
    assert meeting.location.name == "Busan"


def test_a_meeting_planned_in_a_relative_clause_that_goes_ahead_is_scheduled() -> None:
    """Near miss: the planned meeting that "will go ahead" is not cancelled."""
    records = extract(
        "A meeting of the foreign ministers of Japan and China that had been planned for "
        "Saturday in Busan will go ahead."
    )
    assert only(records, "CONSULT").status == "scheduled"


def test_a_second_clause_with_its_own_subject_is_its_own_act_on_the_day_it_names() -> None:
    """ "..., and Tokyo responded the next day when ... summoned ...": two summonses, the
    second a day after the first ("the same day" is the first's day)."""
    records = extract(
        "Vice Foreign Minister Sun Weidong summoned Japanese Ambassador Kenji Kanasugi on "
        'Tuesday to lodge "stern representations," and Tokyo responded the next day when Vice '
        "Foreign Minister Takehiro Funakoshi summoned Chinese Ambassador Wu Jianghao."
    )
    assert sorted(str(r.date) for r in records if r.event_type == "ACCUSE") == [
        "2024-03-12",
        "2024-03-13",
    ]
    records = extract(
        "Germany summoned Iran's charge d'affaires on Tuesday, and Germany recalled its "
        "ambassador in Tehran for consultations the same day."
    )
    assert str(only(records, "SANCTION").date) == "2024-03-12"


def test_the_next_day_after_publication_is_no_day() -> None:
    """Told in the past, a day after the day of publication is not trusted."""
    records = extract(
        "China summoned Japan's ambassador on Thursday, and Japan summoned China's ambassador "
        "the next day."
    )
    dates = [str(r.date) for r in records if r.event_type == "ACCUSE"]
    assert len(dates) == 2
    assert "2024-03-15" not in dates


def test_a_list_with_a_serial_comma_is_one_clause() -> None:
    records = extract("Britain, France, and Germany condemned Russia on Tuesday.")
    assert {p.country_code for p in only(records, "ACCUSE").participants} == {
        "GBR",
        "FRA",
        "DEU",
        "RUS",
    }


def test_an_act_told_without_a_day_takes_the_story_s_day() -> None:
    """The first dated act's day, at most two days before publication, dates the acts the
    article tells without a day; the date's evidence is that day's words."""
    records = extract(
        "Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio "
        "Kishida in Tokyo on Tuesday. The leaders discussed trade. Officials spoke of a "
        "warm mood. Earlier, Beijing accused Manila of provoking a standoff at sea."
    )
    accusation = only(records, "ACCUSE")
    assert str(accusation.date) == "2024-03-12"
    assert accusation.date_from_report
    assert accusation.date_text is None
    assert [e.text for e in accusation.evidence if e.field == "date"] == ["on Tuesday"]
    talks = only(records, "CONSULT")
    assert not talks.date_from_report
    assert talks.date_text == "on Tuesday"


def test_a_story_whose_first_day_is_older_dates_by_publication() -> None:
    """Near miss: a first act three days or more before publication is background to the
    story's own day, so an act told without a day is dated by publication."""
    records = extract(
        "Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio "
        "Kishida in Tokyo on Sunday. The leaders discussed trade. Officials spoke of a "
        "warm mood. Earlier, Beijing accused Manila of provoking a standoff at sea."
    )
    assert told_no_day(only(records, "ACCUSE"))


def test_an_act_still_to_come_takes_no_report_day() -> None:
    """Near miss: only acts that took place are dated by their report."""
    records = extract("Chinese President Xi Jinping will visit France, his office said.")
    [visit] = [r for r in records if r.event_type == "CONSULT"]
    assert visit.status == "scheduled"
    assert visit.date is None
    assert not visit.date_from_report


@pytest.mark.parametrize(
    "body",
    [
        "Pope Francis had written to the two leaders over the summer urging Cuba and the "
        "United States to resolve the case.",
        "The deal followed 18 months of secret talks between Cuba and the United States.",
    ],
)
def test_an_act_of_a_vague_period_takes_no_report_day(body: str) -> None:
    """ "over the summer", "18 months of talks": a period, not the story's day."""
    records = extract(body)
    assert records
    assert all(r.date is None and not r.date_from_report for r in records)


def test_an_act_after_a_month_without_a_day_takes_no_report_day() -> None:
    """ "In February, Britain accused ...": that month's act, not the story's day."""
    records = extract("In February, Britain accused the Maldives of stalling reforms.")
    accusation = only(records, "ACCUSE")
    assert accusation.date is None
    assert not accusation.date_from_report


def test_a_month_after_the_act_is_another_act_s() -> None:
    """Near miss: "invited him to visit La Paz in August" dates the visit, not the invitation."""
    records = extract(
        "Bolivian President Luis Arce invited Chile's Gabriel Boric to visit La Paz in August."
    )
    invitation = only(records, "REQUEST")
    assert invitation.date_from_report


def test_a_gathering_called_for_a_weekday_is_scheduled_for_the_next_one() -> None:
    """ "called an emergency summit ... in Santiago for Monday": the Monday to come, though
    the calling is told in the past."""
    records = extract(
        "Chilean President Michelle Bachelet called an emergency summit of South American "
        "leaders in Santiago for Monday to discuss the crisis."
    )
    summit = only(records, "CONSULT")
    assert summit.status == "scheduled"
    assert str(summit.date) == "2024-03-18"
    assert summit.date_text == "for Monday"


def test_a_meeting_on_a_weekday_told_in_the_past_is_the_last_one() -> None:
    """Near miss: "met ... on Monday" keeps the Monday before."""
    records = extract("Chilean and Peruvian ministers met in Santiago on Monday.")
    assert str(only(records, "CONSULT").date) == "2024-03-11"


def test_a_date_qualifying_another_noun_is_not_the_act_s() -> None:
    """ "accused X of meddling in the March 17 vote": the vote's day, not the accusation's."""
    records = extract(
        "The row erupted when Kyrgyz President Almazbek Atambayev, addressing a rally in Osh, "
        "accused Kazakh President Nursultan Nazarbayev of meddling in the March 17 vote."
    )
    accusation = only(records, "ACCUSE")
    assert accusation.status == "occurred"
    assert str(accusation.date) != "2024-03-17"
    assert accusation.date_text != "March 17"


def test_a_date_qualifying_the_trigger_is_its_own() -> None:
    """Near miss: "the March 17 summit" is the summit's day."""
    records = extract("Leaders of Kenya and Uganda will attend the March 17 summit in Nairobi.")
    assert str(only(records, "CONSULT").date) == "2024-03-17"


def test_a_summit_that_has_been_called_is_still_to_come() -> None:
    """ "France has called an emergency summit of EU leaders in Brussels on Monday": the coming
    Monday's summit, scheduled; near miss: a summit "held" on Monday is last Monday's."""
    called = only(
        extract(
            "PARIS (Reuters) - France has called an emergency summit of EU leaders in Brussels "
            "on Monday to review ties with Moscow."
        ),
        "CONSULT",
    )
    assert called.status == "scheduled"
    assert str(called.date) == "2024-03-18"
    held = only(
        extract("BRUSSELS (Reuters) - EU leaders held an emergency summit in Brussels on Monday."),
        "CONSULT",
    )
    assert held.status == "occurred"
    assert str(held.date) == "2024-03-11"


def test_the_day_and_place_in_a_relative_clause_are_not_the_requests() -> None:
    """ "asked New Delhi to ensure that Hasina, who has been living in India since she fled on
    Aug. 5, does not make statements": the request is of the report's day and has no place of
    its own; near miss: a day before the relative clause is the request's."""
    request = only(
        extract(
            "DHAKA (Reuters) - Bangladesh asked India to ensure that Sheikh Hasina, who has been "
            "living in India since she fled on Aug. 5, does not make statements against the "
            "interim government."
        ),
        "REQUEST",
    )
    assert str(request.date) == PUBLISHED[:10]
    assert request.location is None
    request = only(
        extract(
            "DHAKA (Reuters) - Bangladesh on Tuesday asked India to ensure that Sheikh Hasina, "
            "who has been living in India since August, does not make statements."
        ),
        "REQUEST",
    )
    assert str(request.date) == "2024-03-12"


def test_a_sentence_opening_on_the_same_day_takes_the_day_before_it() -> None:
    """ "A commission met on Monday ... The same day, Santo Domingo suspended ...": Monday;
    near miss: "The next day" is Tuesday."""
    body = (
        "A Dominican-Haitian commission met in Santo Domingo on Monday without agreement. "
        "{} the Dominican Republic suspended the issuing of visas to Haitians."
    )
    assert str(only(extract(body.format("The same day,")), "SANCTION").date) == "2024-03-11"
    assert str(only(extract(body.format("The next day,")), "SANCTION").date) == "2024-03-12"


def test_an_act_told_by_what_it_followed_months_ago_is_background() -> None:
    """ "imposed sanctions on Niger after soldiers toppled President Mohamed Bazoum on Jan. 2"
    in a March article: background; near miss: after a coup "on Monday" it is news."""
    body = (
        "The West African bloc imposed sweeping trade and financial sanctions on Niger after "
        "soldiers toppled President Mohamed Bazoum on {}."
    )
    assert extract(body.format("Jan. 2")) == []
    assert "NER" in codes(only(extract(body.format("Monday")), "SANCTION"))


def test_an_act_after_which_an_old_one_followed_is_as_old() -> None:
    """ "established relations with China in March 2023 after cutting ties with Taiwan" in a
    2024 article: both are background; near miss: "on Monday after cutting ties" is news."""
    body = "Honduras established diplomatic relations with China {} after cutting ties with Taiwan."
    assert extract(body.format("in March 2023")) == []
    assert "TWN" in codes(only(extract(body.format("on Monday")), "SANCTION"))


def test_a_participle_after_a_report_takes_the_reports_tense() -> None:
    """ "Finland will close four crossing points ..., Orpo said on Tuesday, accusing Moscow of
    ...": last Tuesday's accusation; near miss: with no report between, "will close ... on
    Tuesday, accusing Moscow" is still to come."""
    accusation = only(
        extract(
            "HELSINKI (Reuters) - Finland will close four crossing points from midnight on "
            "Saturday, Prime Minister Petteri Orpo said on Tuesday, accusing Moscow of pushing "
            "asylum seekers to the frontier."
        ),
        "ACCUSE",
    )
    assert (accusation.status, str(accusation.date)) == ("occurred", "2024-03-12")
    accusation = only(
        extract(
            "HELSINKI (Reuters) - Finland will close four crossing points on Tuesday, accusing "
            "Moscow of pushing asylum seekers to the frontier."
        ),
        "ACCUSE",
    )
    assert accusation.status == "scheduled"


def test_an_act_in_an_after_clause_of_an_old_year_is_background() -> None:
    """ "the islands, which Tehran has controlled since 1971, shortly after British forces
    withdrew from the Gulf": history; near miss: "on Monday, shortly after British forces
    withdrew from the base" is news."""
    body = (
        "Iran has held the islands {}, shortly after British forces withdrew from the Gulf state "
        "of Bahrain."
    )
    assert [r for r in extract(body.format("since 1971")) if r.event_type == "RETREAT"] == []
    assert [
        r.event_type for r in extract(body.format("on Monday")) if r.event_type == "RETREAT"
    ] == ["RETREAT"]


def test_a_clause_coordinated_with_an_old_years_is_background() -> None:
    """ "The court said in a 2019 advisory opinion that ..., and the U.N. General Assembly
    demanded that Britain withdraw": history; near miss: "said on Monday that ..., and the
    General Assembly demanded ..." is news."""
    body = (
        "The International Court of Justice said {} that Britain should end its administration "
        "of the islands, and the U.N. General Assembly demanded that Britain withdraw."
    )
    assert [
        r for r in extract(body.format("in a 2019 advisory opinion")) if r.event_type == "REQUEST"
    ] == []
    assert [
        r.event_type for r in extract(body.format("on Monday")) if r.event_type == "REQUEST"
    ] == ["REQUEST"]


def test_the_talks_an_agreement_followed_are_its_span() -> None:
    """ "the agreement followed two years of negotiations": no talks of the day; near miss:
    "held negotiations on Monday" are talks."""
    records = extract(
        "LONDON (Reuters) - Britain and Mauritius said on Thursday the agreement followed two "
        "years of negotiations."
    )
    assert [r for r in records if r.event_type == "CONSULT"] == []
    records = extract("LONDON (Reuters) - Britain and Mauritius held negotiations on Monday.")
    assert codes(only(records, "CONSULT")) == {"GBR", "MUS"}


def test_a_meeting_the_sides_agreed_to_convene_is_still_to_come() -> None:
    """ "agreed to convene a trilateral meeting ... on July 8": the meeting is planned, so its
    July 8 is the coming one, not last year's; near miss: the meeting they held is past."""
    agreed = extract(
        "Italian and Tunisian ministers agreed to convene a trilateral meeting with Libya in "
        "Rome on July 8."
    )
    meeting = only(agreed, "CONSULT")
    assert meeting.status == "scheduled"
    assert str(meeting.date) > PUBLISHED[:10]
    held = extract("Italian and Tunisian ministers held a trilateral meeting with Libya in Rome.")
    assert only(held, "CONSULT").status == "occurred"


def test_sides_agreeing_to_a_step_is_an_agreement() -> None:
    """ "talks ..., with the two sides agreeing to set up a joint committee": an agreement as
    well as the talks."""
    records = extract(
        "Foreign Minister Ayman Safadi held talks with his Syrian counterpart Asaad Al Shaibani in "
        "Damascus on Sunday, with the two sides agreeing to set up a joint committee on border "
        "security."
    )
    assert {"JOR", "SYR"} <= codes(only(records, "AGREE"))
