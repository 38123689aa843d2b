"""Diplomatic rules of the thirty-second session, each with the near misses that keep it narrow."""

from __future__ import annotations

from tests.unit.diplomatic_helpers import codes, extract, only, place


def test_a_present_tense_after_when_is_to_come() -> None:
    """ "agreed to discuss the matter when the joint commission meets in Manila on Jan 20": the
    meeting is scheduled, next January (published in March 2024: January 2025)."""
    body = (
        "KUALA LUMPUR, March 14 (Reuters) - The Malaysian and Philippine foreign ministers agreed "
        "to discuss the matter when the joint commission meets in Manila on Jan 5."
    )
    meeting = only(extract(body), "CONSULT")
    assert (meeting.status.value, meeting.date) == ("scheduled", "2025-01-05")
    assert place(meeting) == ("Manila", "PHL")
    # near miss: a habit told in the present is no meeting to come
    habit = (
        "KUALA LUMPUR, March 14 (Reuters) - Malaysia and the Philippines hold talks every year; "
        "the joint commission meets in Manila every January."
    )
    assert [r for r in extract(habit) if r.status.value == "scheduled"] == []


def test_a_malay_name_is_its_given_name_later() -> None:
    """ "Foreign Minister Mohamad Hasan", then "Mohamad said he spoke by telephone with his
    Philippine counterpart": the call is his."""
    body = (
        "KUALA LUMPUR, March 14 (Bernama) -- Malaysia has protested against a new Philippine "
        "map, Foreign Minister Mohamad Hasan said today.\n\n"
        "Mohamad said he spoke by telephone with his Philippine counterpart Theresa Lazaro on "
        "Tuesday."
    )
    call = only(extract(body), "CONSULT")
    assert call.mode == "phone_call"
    assert {(p.name, p.country_code) for p in call.participants} == {
        ("Mohamad Hasan", "MYS"),
        ("Theresa Lazaro", "PHL"),
    }
    # near miss: a given name of a person of another naming custom is nobody
    british = body.replace("KUALA LUMPUR", "LONDON").replace("Mohamad Hasan", "David Lammy")
    british = british.replace("Mohamad said", "David said").replace("(Bernama) --", "(Reuters) -")
    assert [r for r in extract(british) if r.mode == "phone_call"] == []


def test_an_appeal_to_the_speakers_own_seat_of_government_is_at_home() -> None:
    """ "Sabah Chief Minister Hajiji Noor urged Putrajaya to step up patrols": a call at home."""
    body = (
        "KUALA LUMPUR, March 14 (Bernama) -- Malaysia protested to the Philippines on Tuesday "
        "over a new map issued by the Philippines.\n\n"
        "Sabah Chief Minister Hajiji Noor urged Putrajaya to step up patrols off the state's "
        "east coast."
    )
    assert [r for r in extract(body) if r.event_type.value == "REQUEST"] == []
    # near miss: the seat of another state's government is another state
    other = body.replace("Sabah Chief Minister Hajiji Noor", "Malaysian Foreign Minister Mohamad")
    other = other.replace("Putrajaya", "Manila")
    appeal = only(extract(other), "REQUEST")
    assert codes(appeal) == {"MYS", "PHL"}


def test_a_threat_of_further_action() -> None:
    """ "warned that Malaysia would take further action against the Philippines": a warning
    aimed at the Philippines."""
    body = (
        "KUALA LUMPUR, March 14 (Bernama) -- Malaysian Foreign Minister Mohamad Hasan warned "
        "that Malaysia would take further action against the Philippines if the map was not "
        "withdrawn."
    )
    warning = only(extract(body), "THREATEN")
    assert codes(warning) == {"MYS", "PHL"}
    # near miss: an act that aims at no one is no threat
    vague = body.replace("take further action against the Philippines", "need further time")
    assert [r for r in extract(vague) if r.event_type.value == "THREATEN"] == []


def test_a_quoted_condition_is_the_warnings_own_words() -> None:
    """'"If the map is not withdrawn, Malaysia will not hesitate to take further action against
    the Philippines," Mohamad warned': a warning made, not a hypothetical or future one."""
    body = (
        'KUALA LUMPUR, March 14 (Bernama) -- "If the map is not withdrawn, Malaysia will not '
        'hesitate to take further action against the Philippines," Malaysian Foreign Minister '
        "Mohamad Hasan warned."
    )
    warning = only(extract(body), "THREATEN")
    assert warning.status.value == "occurred"
    assert codes(warning) == {"MYS", "PHL"}
    # near miss: a condition outside the quote still makes the act hypothetical
    outside = (
        "KUALA LUMPUR, March 14 (Bernama) -- If the map is not withdrawn, Malaysia could take "
        "further action against the Philippines, Malaysian Foreign Minister Mohamad Hasan said."
    )
    assert [r for r in extract(outside) if r.event_type.value == "THREATEN"] == []


def test_a_treaty_expected_to_be_signed_somewhere_is_scheduled() -> None:
    """ "A border treaty between Indonesia and Malaysia is expected to be signed in Jakarta in
    October": a signing to come, kept though no day is given."""
    body = (
        "JAKARTA, March 14 (Reuters) - A border treaty between Indonesia and Malaysia is "
        "expected to be signed in Jakarta in October, officials said."
    )
    treaty = only(extract(body), "AGREE")
    assert (treaty.status.value, treaty.date) == ("scheduled", None)
    assert codes(treaty) == {"IDN", "MYS"}
    # near misses: a prospect with no place or time, and "agreed to" go on
    bare = body.replace(" in Jakarta in October", "")
    assert [r for r in extract(bare) if r.event_type.value == "AGREE"] == []
    vow = (
        "JAKARTA, March 14 (Reuters) - Indonesia and Malaysia agreed to keep improving ties "
        "ahead of the anniversary of relations, officials said."
    )
    assert [r for r in extract(vow) if r.status.value == "scheduled"] == []


def test_meeting_a_community_abroad_is_no_diplomacy() -> None:
    """ "Anwar also met members of the Malaysian community in Bandar Seri Begawan": no
    meeting between states."""
    body = (
        "BANDAR SERI BEGAWAN, March 14 (Bernama) -- Malaysian Prime Minister Anwar Ibrahim met "
        "members of the Malaysian community in Bandar Seri Begawan on Wednesday."
    )
    assert extract(body) == []
    # near miss: members of another state's government are met
    officials = body.replace(
        "members of the Malaysian community", "Brunei's Sultan Hassanal Bolkiah"
    )
    assert codes(only(extract(officials), "CONSULT")) == {"BRN", "MYS"}


def test_the_future_of_what_an_agreement_provides_is_no_status_of_the_signing() -> None:
    """ "signed a new health cooperation agreement under which about 200 Cuban doctors and nurses
    will continue to work": signed on Thursday, not scheduled a week ahead."""
    body = (
        "KINGSTON, March 14 (Reuters) - Jamaica and Cuba on Wednesday signed a new health "
        "cooperation agreement under which about 200 Cuban doctors and nurses will continue to "
        "work in Jamaican public hospitals."
    )
    deal = only(extract(body), "AGREE")
    assert (deal.status.value, deal.date) == ("occurred", "2024-03-13")
    # near miss: a signing still to come stays scheduled
    later = body.replace("on Wednesday signed", "will on Wednesday sign")
    assert only(extract(later), "AGREE").status.value == "scheduled"


def test_a_warning_of_what_another_states_people_would_bear() -> None:
    """ "warned that Jamaican officials who facilitate forced labour could have their US visas
    revoked": a warning aimed at Jamaica."""
    body = (
        "KINGSTON, March 14 (Reuters) - The United States Embassy in Kingston warned on "
        'Wednesday that Jamaican officials who "facilitate forced labour" in overseas medical '
        "missions could have their US visas revoked."
    )
    warning = only(extract(body), "THREATEN")
    assert codes(warning) == {"USA", "JAM"}
    # near miss: what a warning says others would bear that is no penalty is no threat
    weather = (
        "KINGSTON, March 14 (Reuters) - The United States Embassy in Kingston warned on "
        "Wednesday that Jamaican roads could have their surfaces damaged by the storm."
    )
    assert [r for r in extract(weather) if r.event_type.value == "THREATEN"] == []


def test_standing_firmly_in_quotes_is_support() -> None:
    """'the regional bloc "stands firmly" with Jamaica': support for Jamaica."""
    body = (
        "GEORGETOWN, March 14 (Reuters) - CARICOM Secretary-General Carla Barnett said on "
        'Wednesday that the regional bloc "stands firmly" with Jamaica.'
    )
    support = only(extract(body), "SUPPORT")
    assert codes(support) == {"OTHER_IGO", "JAM"}


def test_a_condemned_expulsion_is_aimed_at_the_expeller() -> None:
    """ "Guinea-Bissau ordered a mediation mission of ECOWAS to leave ... ECOWAS condemned the
    expulsion": an accusation aimed at Guinea-Bissau; and the mission sent away is no
    mediation held."""
    body = (
        "BISSAU, March 14 (Reuters) - Guinea-Bissau's transitional authorities on Tuesday "
        "ordered a mediation mission of the Economic Community of West African States (ECOWAS) "
        "to leave the country within 72 hours.\n\n"
        "A statement read on state television by the government's spokesman, Armando Mango, said "
        "the mission had exceeded its mandate.\n\n"
        "ECOWAS condemned the expulsion on Wednesday."
    )
    records = extract(body)
    assert codes(only(records, "ACCUSE")) == {"OTHER_IGO", "GNB"}
    assert [r for r in records if r.event_type.value == "CONSULT"] == []
    # near miss: a mediation team sent to talks is mediation
    sent = (
        "ADDIS ABABA, March 14 (Reuters) - The African Union sent a mediation team to Juba on "
        "Tuesday for talks with the government."
    )
    assert only(extract(sent), "CONSULT").mode == "talks"


def test_a_withdrawal_by_a_deadline_is_to_come() -> None:
    """ "announced that the bloc would withdraw its stabilisation support mission from
    Guinea-Bissau by the end of December": a scheduled withdrawal."""
    body = (
        "ABUJA, March 14 (Reuters) - ECOWAS announced that the bloc would withdraw its "
        "stabilisation support mission from Guinea-Bissau by the end of December."
    )
    withdrawal = only(extract(body), "RETREAT")
    assert withdrawal.status.value == "scheduled"
    assert codes(withdrawal) == {"OTHER_IGO", "GNB"}
    # near miss: without a deadline the announcement is the act
    said = "ABUJA, March 14 (Reuters) - Nigeria said it would withdraw its troops from Niger."
    assert only(extract(said), "RETREAT").status.value == "occurred"


def test_aircraft_sent_to_help_evacuate_or_search_is_aid() -> None:
    """ "sent two Chinook helicopters to Kelantan today to help evacuate residents", "sent a
    surveillance plane ... to help Mauritanian authorities search for survivors": aid."""
    evacuate = (
        "KUALA LUMPUR, March 14 (Bernama) -- The Singapore Armed Forces sent two Chinook "
        "helicopters to Kelantan today to help evacuate residents from cut-off villages."
    )
    assert codes(only(extract(evacuate), "AID")) == {"SGP", "MYS"}
    search = (
        "NOUAKCHOTT, March 14 (Reuters) - Spain's maritime rescue service sent a surveillance "
        "plane from Gran Canaria on Wednesday to help Mauritanian authorities search for "
        "survivors."
    )
    assert codes(only(extract(search), "AID")) == {"ESP", "MRT"}
    # near miss: help sent at home is no aid between states
    home = (
        "KUALA LUMPUR, March 14 (Bernama) -- The army sent two helicopters to Kelantan today to "
        "help evacuate residents."
    )
    assert extract(home) == []


def test_support_for_a_states_decision_named_by_its_adjective() -> None:
    """ "said on Wednesday it supported the Dutch decision": support for the Netherlands."""
    body = (
        "THE HAGUE, March 14 (Reuters) - The U.S. State Department said on Wednesday it "
        "supported the Dutch decision."
    )
    assert codes(only(extract(body), "SUPPORT")) == {"USA", "NLD"}
    # near miss: a team named by its nationality is no state's act
    team = body.replace("the Dutch decision", "the Dutch team")
    assert extract(team) == []


def test_suspending_all_flights_to_a_state_is_a_sanction() -> None:
    """ "Venezuela was suspending all flights to and from Aruba, Curacao and Bonaire": a
    sanction."""
    body = (
        "CARACAS, March 14 (Reuters) - Venezuelan Foreign Minister Yvan Gil announced on "
        "Wednesday that Venezuela was suspending all flights to Panama until further notice."
    )
    assert codes(only(extract(body), "SANCTION")) == {"VEN", "PAN"}
    # near miss: an airline's suspension is no state's act
    airline = (
        "FRANKFURT, March 14 (Reuters) - Lufthansa suspended flights to Tel Aviv until Friday "
        "for security reasons."
    )
    assert extract(airline) == []


def test_talks_between_clubs_are_no_diplomacy() -> None:
    """ "the subject of talks between her club Team Esbjerg and clubs in Hungary and Romania":
    a transfer, not talks between states."""
    body = (
        "COPENHAGEN, March 14 (Reuters) - Reistad has been the subject of talks between her club "
        "Team Esbjerg and clubs in Hungary and Romania over a transfer next summer."
    )
    assert extract(body) == []
    # near miss: talks between the governments are talks
    states = (
        "BUDAPEST, March 14 (Reuters) - Hungary and Romania held talks between the two "
        "governments in Budapest on Wednesday."
    )
    assert codes(only(extract(states), "CONSULT")) == {"HUN", "ROU"}


def test_agreeing_on_a_new_date_is_no_agreement() -> None:
    """ "spoke by phone on Tuesday and agreed to find a new date": a call, no deal."""
    body = (
        "BERLIN, March 14 (Reuters) - Chancellor Friedrich Merz and Prime Minister Donald Tusk "
        'spoke by phone on Tuesday and agreed to find a new date "early next year".'
    )
    assert [r.event_type.value for r in extract(body)] == ["CONSULT"]
    # near miss: agreeing to find a solution is an agreement
    solution = (
        "BERLIN, March 14 (Reuters) - Germany and Poland agreed on Tuesday to find a solution to "
        "the reparations dispute."
    )
    assert codes(only(extract(solution), "AGREE")) == {"DEU", "POL"}


def test_review_near_misses_of_the_sessions_diplomatic_rules() -> None:
    """What a review found the first versions of this session's rules read wrongly."""

    def types(body: str) -> list[str]:
        return [r.event_type.value for r in extract(body)]

    # a quoted warning told with its day is made that day, not a week ahead
    dated = (
        'KUALA LUMPUR, March 14 (Bernama) -- "If the map is not withdrawn, Malaysia will not '
        'hesitate to take further action against the Philippines," Malaysian Foreign Minister '
        "Mohamad Hasan warned on Wednesday."
    )
    warning = only(extract(dated), "THREATEN")
    assert (warning.status.value, warning.date) == ("occurred", "2024-03-13")
    # ... and a quote of what another state will do names no one the speaker warns
    others = (
        'KYIV, March 14 (Reuters) - "If the West does not act, Russia will attack Poland next," '
        "Ukrainian President Volodymyr Zelenskiy warned in Kyiv."
    )
    assert "THREATEN" not in types(others)
    # a condemned expulsion is aimed at who expelled, not at the state named last
    expulsions = (
        "RIGA, March 14 (Reuters) - Russia expelled two Estonian diplomats on Wednesday. Latvia's "
        "foreign ministry summoned the Russian charge d'affaires. Lithuania condemned the "
        "expulsions."
    )
    accusations = [r for r in extract(expulsions) if r.event_type.value == "ACCUSE"]
    assert {"LTU", "RUS"} in [codes(r) for r in accusations]
    assert {"LTU", "LVA"} not in [codes(r) for r in accusations]
    # ships sent to take the sender's own nationals home are no aid
    evacuation = (
        "NEW DELHI, March 14 (Reuters) - India deployed two navy warships to Yemen on Wednesday "
        "to help evacuate Indian nationals stranded in Aden."
    )
    assert extract(evacuation) == []
    # flights suspended by a carrier or for safety are no sanction
    carrier = (
        "BERLIN, March 14 (Reuters) - Germany's Lufthansa suspended flights to Tel Aviv until the "
        "end of March."
    )
    safety = (
        "NEW DELHI, March 14 (Reuters) - India suspended all flights to Israel on Wednesday as a "
        "safety precaution."
    )
    assert extract(carrier) == extract(safety) == []
    # a regional bloc called a community is met like any body
    bloc = (
        "ARUSHA, March 14 (Reuters) - Kenyan President William Ruto met members of the East "
        "African Community in Arusha on Wednesday."
    )
    assert "CONSULT" in types(bloc)
    # support for one's own government's decision is no act between states
    own = (
        "NEW DELHI, March 14 (Reuters) - Indian opposition leader Rahul Gandhi said his party "
        "supported the Indian government's decision to suspend the Indus Waters Treaty."
    )
    assert "SUPPORT" not in types(own)
    # a given name that opens another name ("Sri" of "Sri Lanka") is no one
    sri = (
        "JAKARTA, March 14 (Reuters) - Indonesian Finance Minister Sri Mulyani met U.S. Treasury "
        "Secretary Scott Bessent in Washington. Sri Lanka's President Anura Kumara Dissanayake "
        "visited Jakarta the same day."
    )
    visit = next(r for r in extract(sri) if r.mode == "visit")
    assert codes(visit) == {"LKA", "IDN"}
    assert all(p.name != "Sri Mulyani" for p in visit.participants)
    # talks under way "expected to be concluded" are not talks to come
    concluded = (
        "LONDON, March 14 (Reuters) - Negotiations between Britain and India on a free trade deal "
        "are expected to be concluded by June, officials said."
    )
    assert only(extract(concluded, title=""), "CONSULT").status.value == "occurred"
    # an envoy who "ended a mediation mission" was not sent away
    ended = (
        "PORT SUDAN, March 14 (Reuters) - U.S. envoy Massad Boulos ended a three-day mediation "
        "mission in Port Sudan on Wednesday after meeting army chief Abdel Fattah al-Burhan."
    )
    assert "CONSULT" in types(ended)
    # an objection withdrawn is no mission withdrawn
    objection = (
        "TBILISI, March 14 (Reuters) - Russia withdrew its objection to the OSCE observer "
        "mission in Georgia."
    )
    assert "RETREAT" not in types(objection)
    # a habit told with "when", and conditions met, are no meetings to come
    habit = (
        "MOSCOW, March 14 (Reuters) - Xi usually receives a lavish welcome when he visits "
        "Moscow, officials said."
    )
    assert [r for r in extract(habit) if r.status.value == "scheduled"] == []
    # a warning's target is the state right before its subject's noun, not one in its clause
    shipping = (
        "LONDON, March 14 (Reuters) - Britain warned on Wednesday that shipping companies "
        "carrying Iranian oil to China could face sanctions."
    )
    assert all(codes(r) != {"GBR", "CHN"} for r in extract(shipping))


def test_an_act_told_as_done_keeps_its_day_when_a_description_looks_ahead() -> None:
    """ "On Tuesday, the navy released six fishermen, in what he described as a goodwill gesture
    ahead of the signing": released last Tuesday, not scheduled for next Tuesday."""
    body = (
        "TEGUCIGALPA, March 14 (Reuters) - On Tuesday, the Salvadoran navy released six Honduran "
        "fishermen, in what Foreign Minister Eduardo Enrique Reina described as a goodwill "
        "gesture ahead of the signing."
    )
    release = only(extract(body), "CONCEDE")
    assert (release.status.value, release.date) == ("occurred", "2024-03-12")
    # near miss: talks to come, told after a comma, keep their future day
    later = (
        "GENEVA, March 14 (Reuters) - The Cypriot leaders met on Tuesday, and the talks will "
        "resume in Geneva on Friday, the United Nations said."
    )
    resumed = [r for r in extract(later) if r.status.value == "scheduled"]
    assert [r.date for r in resumed] == ["2024-03-15"]


def test_they_agreed_to_meet_again_is_the_pair_just_told() -> None:
    """ "Ali and Maduro met on Thursday ... They also agreed to meet again in Brazil": a meeting to
    come between Guyana and Venezuela."""
    body = (
        "KINGSTOWN, March 14 (Reuters) - Guyanese President Irfaan Ali and Venezuelan President "
        "Nicolas Maduro met on Thursday at Argyle International Airport. They also agreed to meet "
        "again in Brazil within the next three months."
    )
    scheduled = [r for r in extract(body) if r.status.value == "scheduled"]
    assert [codes(r) for r in scheduled] == [{"GUY", "VEN"}]
    assert place(scheduled[0]) == ("Brazil", "BRA")
    # near miss: "They" that is not the subject of an agreement names no one
    said = body.replace("They also agreed to meet", "They said officials would meet")
    assert [r for r in extract(said) if r.status.value == "scheduled" and codes(r)] == []


def test_a_second_round_on_a_weekday_with_its_date() -> None:
    """ "The two sides agreed to hold a second round on Saturday, April 19": talks to come on
    April 19 (the date names the weekday's day, not the next Saturday)."""
    body = (
        "MUSCAT, March 14 (Reuters) - Iranian and U.S. negotiators held talks in Muscat on "
        "Saturday. The two sides agreed to hold a second round on Saturday, April 19."
    )
    scheduled = [r for r in extract(body) if r.status.value == "scheduled"]
    assert [r.date for r in scheduled] == ["2024-04-19"]
    assert {"IRN", "USA"} <= codes(scheduled[0])
    # near miss: a weekday alone is the next one
    weekday = body.replace("on Saturday, April 19", "on Saturday")
    assert [r.date for r in extract(weekday) if r.status.value == "scheduled"] == ["2024-03-16"]
    # ... and a round of anything else is no talks
    auditions = "MUSCAT, March 14 (Reuters) - The clubs will hold a second round of trials."
    assert extract(auditions) == []


def test_ministers_of_a_named_portfolio_are_their_states() -> None:
    """ "The German and French finance ministers met in Berlin": Germany and France."""
    body = (
        "BERLIN, March 14 (Reuters) - The German and French finance ministers met in Berlin on "
        "Monday."
    )
    assert codes(only(extract(body), "CONSULT")) == {"DEU", "FRA"}
    # near miss: a portfolio word before something else is no official
    goods = (
        "BERLIN, March 14 (Reuters) - German and French health insurers met in Berlin on Monday."
    )
    assert all(not codes(r) for r in extract(goods))
