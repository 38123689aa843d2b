"""Where an event happens when the sentence says it without "in": a visit's object, the place
a withdrawal leaves."""

from __future__ import annotations

from tests.unit.diplomatic_helpers import codes, extract, only, place


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


def test_an_event_told_after_where_is_at_the_city_just_named() -> None:
    meeting = only(
        extract(
            "Argentine Foreign Minister Diana Mondino flew on to Montevideo on Wednesday, where "
            "she met Uruguayan Foreign Minister Omar Paganini."
        ),
        "CONSULT",
    )
    assert meeting.location is not None
    assert meeting.location.name == "Montevideo"
    assert codes(meeting) == {"ARG", "URY"}


def test_a_deal_agreed_during_a_visit_is_where_the_visit_is() -> None:
    records = extract(
        "The vote followed a visit to Budapest on Friday by Swedish Prime Minister Ulf "
        "Kristersson, during which he and Hungarian Prime Minister Viktor Orban agreed a deal "
        "for Hungary to buy four Gripen jets."
    )
    deal = only(records, "AGREE")
    assert deal.location is not None
    assert deal.location.name == "Budapest"


def test_here_is_the_datelines_city() -> None:
    records = extract(
        "DHAKA, March 14 (Reuters) - India and Bangladesh on Wednesday held foreign "
        "secretary-level talks here, officials said."
    )
    talks = only(records, "CONSULT")
    assert talks.location is not None
    assert talks.location.name == "Dhaka"


def test_here_without_a_dateline_places_nothing() -> None:
    records = extract("India and Bangladesh on Wednesday held foreign secretary-level talks here.")
    assert only(records, "CONSULT").location is None


def test_a_sea_is_a_region_not_the_country_in_its_name() -> None:
    """ "a joint patrol in the South China Sea": not in China; a region has no country code."""
    records = extract(
        "Philippine and Australian navy units held a joint patrol in the South China Sea on "
        "Saturday."
    )
    patrol = only(records, "COOPERATE")
    assert place(patrol) == ("South China Sea", None)
    assert patrol.location.feature == "region"


def test_a_capital_named_as_its_government_is_the_place_of_a_meeting_held_there() -> None:
    """ "Washington" and "Lima" are too ambiguous as bare city names (towns, people), but
    "a summit in Washington" is held in the US capital."""
    records = extract("Hungary will attend a summit in Washington on July 9.")
    summit = only(records, "CONSULT")
    assert place(summit) == ("Washington", "USA")


def test_a_bodys_own_gathering_has_the_body_as_a_party() -> None:
    """ "the NATO summit", "Friday's Arab League summit": the body whose summit it is takes
    part; a capitalised acronym before the trigger does not make it a name."""
    records = extract(
        "Hungarian Prime Minister Viktor Orban will attend the NATO summit in Madrid on "
        "July 9. Sudan's army chief Abdel Fattah al-Burhan attended Friday's Arab League "
        "summit in Jeddah."
    )
    summits = sorted((r.location.name if r.location else "", codes(r)) for r in records)
    assert summits == [("Jeddah", {"ARAB_LEAGUE", "SDN"}), ("Madrid", {"HUN", "NATO"})]


def test_a_body_as_a_modifier_of_another_noun_is_still_no_party() -> None:
    """Near miss: "a NATO member" at a summit is not NATO's gathering."""
    records = extract(
        "Turkey, a NATO member, will attend a summit of Black Sea states in Sofia on July 9."
    )
    assert "NATO" not in codes(only(records, "CONSULT"))


def test_the_place_of_a_clause_before_and_is_not_the_meetings() -> None:
    """ "X protested in Haifa, and Herzog met Sisi in Cairo": one meeting, in Cairo (not a
    second one in Haifa)."""
    records = extract(
        "Arab citizens of Israel protested in Haifa, and Israeli President Isaac Herzog met "
        "Egyptian President Abdel Fattah al-Sisi in Cairo on Monday."
    )
    meeting = only(records, "CONSULT")
    assert meeting.location is not None
    assert meeting.location.name == "Cairo"


def test_a_place_before_the_trigger_in_its_own_clause_stays() -> None:
    """Near miss: "In Cairo, Herzog met Sisi" keeps its opening place."""
    records = extract(
        "In Cairo, Israeli President Isaac Herzog met Egyptian President Abdel Fattah al-Sisi "
        "on Monday."
    )
    meeting = only(records, "CONSULT")
    assert meeting.location is not None
    assert meeting.location.name == "Cairo"


def test_a_seat_of_government_is_in_its_capital() -> None:
    """ "met Trump at the White House" is a meeting in Washington (GeoNames also lists "White
    House" as a name of Casablanca); a capital keeps the name it was written with."""
    records = extract(
        "Israeli Prime Minister Benjamin Netanyahu met U.S. President Donald Trump at the White "
        "House on Monday."
    )
    meeting = only(records, "CONSULT")
    assert place(meeting) == ("Washington", "USA")
    records = extract(
        "Hungarian Prime Minister Viktor Orban met Russian President Vladimir Putin at the "
        "Kremlin on Friday."
    )
    meeting = only(records, "CONSULT")
    assert place(meeting) == ("Moscow", "RUS")


def test_the_indian_agencies_dateline_and_here_before_or_far_after_the_trigger() -> None:
    """ "New Delhi, Dec 16 (PTI) ..." is a dateline (its officials are Indian, "here" is New
    Delhi, not the larger Delhi GeoNames finds first); "who arrived here on Sunday on a state
    visit" and "talks between <two long names> here" are there too."""
    records = extract(
        "New Delhi, March 14 (PTI) India and Sri Lanka on Wednesday held wide-ranging talks "
        "between Prime Minister Narendra Modi and visiting Sri Lankan President Anura Kumara "
        "Dissanayake here, Foreign Secretary Vikram Misri said.\n\nDissanayake, who arrived "
        "here on Sunday on a three-day state visit, also met Misri."
    )
    consult = [r for r in records if r.event_type == "CONSULT"]
    assert consult
    assert all(r.location is not None and r.location.name == "New Delhi" for r in consult)
    misri = [p for r in records for p in r.participants if p.name == "Vikram Misri"]
    assert misri
    assert all(p.country_code == "IND" for p in misri)


def test_the_country_after_a_city_only_says_where_the_city_is() -> None:
    """AP style closes "City, Country" with a comma: the country is neither a party nor a
    second place."""
    meeting = only(
        extract("Indian and Chinese ministers met in Geneva, Switzerland, on Monday."), "CONSULT"
    )
    assert codes(meeting) == {"IND", "CHN"}
    assert meeting.location is not None
    assert meeting.location.name == "Geneva"
    assert str(meeting.date) == "2024-03-11"


def test_the_area_a_ceasefire_covers_is_not_where_it_was_agreed() -> None:
    records = extract(
        "The foreign ministers of Congo and Rwanda agreed to a ceasefire in eastern Congo on "
        "Thursday."
    )
    ceasefire = only(records, "AGREE")
    assert ceasefire.location is None
    assert codes(ceasefire) == {"COD", "RWA"}
    held = only(extract("Talks on a ceasefire were held in Doha on Monday."), "CONSULT")
    assert held.location is not None
    assert held.location.name == "Doha"  # a place still is one after "ceasefire"


def test_the_capital_named_by_its_countrys_adjective_is_that_capital() -> None:
    """ "in the Tajik capital": Dushanbe, not Tajikistan; "the Swiss city" is still the last Swiss
    city named."""
    records = extract(
        "A meeting of Central Asian leaders was held in the Tajik capital on Friday, with the "
        "leaders of Kazakhstan, Kyrgyzstan and Uzbekistan taking part."
    )
    meeting = only(records, "CONSULT")
    assert place(meeting) == ("Dushanbe", "TJK")
    swiss = extract(
        "Iran and the United States held talks in Geneva on Monday. Both delegations stayed "
        "in the Swiss city, and Iran and the United States met again there on Tuesday."
    )
    assert [r.location.name if r.location else None for r in swiss] == ["Geneva", "Geneva"]


def test_talks_with_the_dateline_state_placed_nowhere_are_at_the_dateline() -> None:
    """ "Ulaanbaatar (AFP) - ... held talks with his Mongolian counterpart": in Ulaanbaatar (a
    dateline in title case too); near misses: a phone call, talks still to come, and talks of
    two other states are not placed at the dateline."""
    talks = only(
        extract(
            "Ulaanbaatar (AFP) - Russian President Vladimir Putin held talks on Tuesday with his "
            "Mongolian counterpart Ukhnaagiin Khurelsukh."
        ),
        "CONSULT",
    )
    assert place(talks) == ("Ulaanbaatar", "MNG")
    for body in (
        "ULAANBAATAR (AFP) - Russian President Vladimir Putin spoke by phone on Tuesday with "
        "his Mongolian counterpart Ukhnaagiin Khurelsukh.",
        "ULAANBAATAR (AFP) - Russian President Vladimir Putin will hold talks on Friday with "
        "his Mongolian counterpart Ukhnaagiin Khurelsukh.",
        "ULAANBAATAR (AFP) - Russian President Vladimir Putin held talks on Tuesday with "
        "Chinese President Xi Jinping.",
    ):
        assert only(extract(body), "CONSULT").location is None, body


def test_a_meeting_the_text_places_away_from_the_dateline_is_not_at_it() -> None:
    """Near misses of the dateline rule (a review's): "on the sidelines of a G20 meeting",
    "during his first visit to Ukraine", "a virtual meeting" are not in the dateline's city."""
    for body in (
        "WASHINGTON (Reuters) - U.S. Secretary of State Antony Blinken met his Saudi "
        "counterpart on the sidelines of a G20 meeting on Tuesday.",
        "NEW DELHI (Reuters) - Indian Prime Minister Narendra Modi met Ukrainian President "
        "Volodymyr Zelenskiy on Friday during his first visit to Ukraine.",
        "PRETORIA (Reuters) - South African President Cyril Ramaphosa held a virtual meeting "
        "with Russian President Vladimir Putin on Monday.",
    ):
        assert only(extract(body), "CONSULT").location is None, body


def test_a_city_named_as_the_attribute_of_a_noun_is_the_venue() -> None:
    """ "at a Geneva hotel" is in Geneva; "in a Washington Post interview" places nothing."""
    talks = only(extract("Iran and Oman held talks at a Geneva hotel on Tuesday."), "CONSULT")
    assert talks.location is not None
    assert talks.location.name == "Geneva"
    talks = only(
        extract(
            "Iran and Oman held talks on Tuesday, the minister said in a Washington Post interview."
        ),
        "CONSULT",
    )
    assert talks.location is None


def test_a_capital_named_as_the_attribute_of_a_summit_is_the_venue() -> None:
    """ "at a Moscow summit" is in Moscow; "at a Ukraine peace conference" is about Ukraine."""
    meeting = only(
        extract("The leaders of Armenia and Azerbaijan met on Friday at a Moscow summit."),
        "CONSULT",
    )
    assert place(meeting) == ("Moscow", "RUS")
    meeting = only(
        extract(
            "The leaders of Armenia and Azerbaijan met on Friday at a Ukraine peace conference."
        ),
        "CONSULT",
    )
    assert place(meeting) is None


def test_a_country_named_twice_is_one_place() -> None:
    """ "left for Washington on Monday ... in the U.S. state of Georgia, ... in the United
    States": one country named twice is one place, so the visit keeps the day it was given."""
    records = extract(
        "SEOUL, Sept. 8 (Yonhap) -- Foreign Minister Cho Hyun left for Washington on Monday to "
        "finalize the release of workers detained in a raid in the U.S. state of Georgia, and "
        "to discuss visas for companies investing in the United States."
    )
    visit = only(records, "CONSULT")
    assert visit.date == "2024-03-11"  # the Monday before the Thursday of publication


def test_a_visit_to_one_of_the_united_states_stays_a_visit() -> None:
    """ "visited the U.S. state of Texas": the host is the United States."""
    records = extract(
        "Indian Prime Minister Narendra Modi on Tuesday visited the U.S. state of Texas."
    )
    assert codes(only(records, "CONSULT")) == {"IND", "USA"}


def test_a_place_in_the_closing_attribution_is_not_the_events() -> None:
    """ "landed in Nepalgunj on Sunday, India's embassy in Kathmandu said": the source's seat
    is not a second place that would leave the event with none; near miss: "talks at the
    Chinese embassy in Washington, officials said" are held there."""
    records = extract(
        "KATHMANDU (Reuters) - An Indian Air Force C-130J transport plane carrying tents, "
        "blankets and medicines landed in Nepalgunj on Sunday, India's embassy in Kathmandu said."
    )
    assert place(only(records, "AID")) == ("Nepalgunj", "NPL")
    records = extract(
        "WASHINGTON (Reuters) - U.S. and Chinese diplomats held talks on Sunday at the Chinese "
        "embassy in Washington, officials said."
    )
    assert place(only(records, "CONSULT")) == ("Washington", "USA")


def test_the_city_a_reaction_opens_with_is_not_the_acts_place() -> None:
    """ "In Moscow, foreign ministry spokeswoman Maria Zakharova accused Yerevan ...": where the
    reaction was voiced; near miss: "In Kyiv on July 2, he met Zelenskiy" is where they met."""
    records = extract(
        "YEREVAN (Reuters) - Armenia's prime minister met EU leaders in Brussels on Monday.\n\n"
        "In Moscow, Russian Foreign Ministry spokeswoman Maria Zakharova accused Yerevan on "
        'Tuesday of "sabotaging" the trilateral framework.'
    )
    assert place(only(records, "ACCUSE")) is None
    records = extract(
        "BUDAPEST (Reuters) - In Kyiv, Hungarian Prime Minister Viktor Orban met Ukrainian "
        "President Volodymyr Zelenskiy on Tuesday."
    )
    assert place(only(records, "CONSULT")) == ("Kyiv", "UKR")


def test_an_invitation_or_agreement_of_the_sides_who_met_that_day_is_where_they_met() -> None:
    """ "Muttaqi invited Meredov to visit Kabul" after their talks in Ashgabat that Monday is
    extended in Ashgabat, and so is what they agreed that day; near miss: a statement is not
    moved to the meeting's city."""
    records = extract(
        "Afghan Foreign Minister Amir Khan Muttaqi held talks with his Turkmen counterpart "
        "Rashid Meredov in Ashgabat on Monday.\n\nThe ministers discussed a railway link and "
        "energy supplies.\n\nOn Monday, Afghanistan and Turkmenistan also agreed to extend the "
        'TAPI pipeline, and Muttaqi invited Meredov to visit Kabul "at a convenient time".'
    )
    for kind in ("AGREE", "REQUEST"):
        placed = only(records, kind).location
        assert placed is not None, kind
        assert placed.name == "Ashgabat", kind
    records = extract(
        "Afghan Foreign Minister Amir Khan Muttaqi held talks with his Turkmen counterpart "
        "Rashid Meredov in Ashgabat on Monday.\n\nThe ministers discussed a railway link and "
        "energy supplies.\n\nOn Monday, Afghanistan also accused Turkmenistan of delaying the "
        "TAPI pipeline."
    )
    assert only(records, "ACCUSE").location is None


def test_where_a_statement_was_made_is_not_its_place() -> None:
    """ "Peskov welcomed the agreement, telling reporters in Moscow", "Speaking in Sydney,
    Tillerson urged ...", "The US Embassy in Ankara welcomed the meeting": where the words were
    said; near miss: a meeting "in Moscow" is placed there."""
    for sentence in (
        "Kremlin spokesman Dmitry Peskov welcomed the agreement between Kyrgyzstan and "
        "Tajikistan on Thursday, telling reporters in Moscow that Russia supported it.",
        "Speaking in Sydney, U.S. Secretary of State Rex Tillerson urged Saudi Arabia and Qatar "
        "to sit down together.",
        "The US Embassy in Ankara welcomed the meeting of Turkish and Armenian envoys.",
    ):
        records = [r for r in extract(sentence) if r.event_type in ("SUPPORT", "REQUEST")]
        assert len(records) == 1, sentence
        assert records[0].location is None, sentence
    met = only(extract("Kyrgyz and Tajik ministers met in Moscow on Thursday."), "CONSULT")
    assert met.location is not None
    assert met.location.name == "Moscow"
