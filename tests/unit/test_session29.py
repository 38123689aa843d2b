"""Rules of the twenty-ninth session, each with the near misses that keep it narrow."""

from __future__ import annotations

from tests.unit.diplomatic_helpers import codes, extract


def _kinds(body: str, title: str = "World news") -> list[tuple[str, frozenset[str]]]:
    return [(r.event_type, frozenset(codes(r))) for r in extract(body, title)]


def test_a_truce_in_a_legal_or_price_war_is_no_ceasefire() -> None:
    firms = (
        "A cheesemaker from France and a retailer from Paris, Texas, have agreed a ceasefire in "
        "a three-year trademark war over the name 'Brie de Paris', the firms said on Tuesday. "
        "They said they would hold peace talks with a mediator in Lyon next month."
    )
    assert _kinds(firms) == []
    headline = (
        "Lawyers for a Peruvian distiller and a Chilean rival said on Tuesday they had "
        "reached a truce and would hold peace talks in Lima next week."
    )
    assert _kinds(headline, title="Pisco makers call truce in label war") == []
    # near misses: a trade war between states, a real war beside a firm's price war
    trade = (
        "China and the United States agreed a truce in their trade war on Tuesday and will "
        "hold talks in Geneva next month."
    )
    assert ("AGREE", frozenset({"CHN", "USA"})) in _kinds(trade)
    real = (
        "Russia and Ukraine agreed on Tuesday to a 30-day ceasefire, as a price war between "
        "fuel retailers eased in Kyiv."
    )
    assert ("AGREE", frozenset({"RUS", "UKR"})) in _kinds(real)


def test_what_an_agreement_says_troops_would_do_is_no_withdrawal() -> None:
    agreed = (
        "The defence ministers of Armenia and Azerbaijan met in Tbilisi on Tuesday and agreed "
        "that troops from both sides would pull back one kilometre from the line."
    )
    assert "RETREAT" not in {kind for kind, _ in _kinds(agreed)}
    # near misses: a pull-back told as done, and one not tied to "agreed that"
    done = "Azerbaijan pulled back its troops from the Armenian border on Tuesday."
    assert "RETREAT" in {kind for kind, _ in _kinds(done)}
    said = (
        "Armenia said on Tuesday that Azerbaijani troops would pull back from the border "
        "villages of Tavush by Friday."
    )
    assert "RETREAT" in {kind for kind, _ in _kinds(said)}


def test_a_weekday_that_starts_a_name_is_no_date() -> None:
    named = (
        "Kenya's Foreign Minister spoke by phone with his Ugandan counterpart, Monday Okello "
        "Ojok, and the two discussed the border, Nairobi said."
    )
    call = next(r for r in extract(named) if r.mode == "phone_call")
    assert call.date != "2024-03-11"
    # near misses: a weekday after a comma that is a date, with or without its month day
    dated = (
        "Kenya's Foreign Minister spoke by phone with his Ugandan counterpart on Tuesday, "
        "Nairobi said."
    )
    assert next(r for r in extract(dated) if r.mode == "phone_call").date == "2024-03-12"
    listed = (
        "Kenya's Foreign Minister Musalia Mudavadi met President Yoweri Museveni in Kampala "
        "on Tuesday. The two ministers met again, Monday 11 March in Nairobi, officials said."
    )
    assert "2024-03-11" in {r.date for r in extract(listed)}


def test_a_seat_a_country_hosts_is_no_visit() -> None:
    seat = (
        "Austria's foreign minister will host her Moldovan counterpart in Vienna on Monday. "
        "Austria, a neutral country that hosts the OSCE and several U.N. agencies, has long "
        "been a hub for Russian spies."
    )
    talks = [r for r in extract(seat) if r.event_type == "CONSULT"]
    assert len(talks) == 1
    assert codes(talks[0]) == {"AUT", "MDA"}
    headquarters = "Ethiopia, which hosts the headquarters of the African Union, said nothing."
    assert _kinds(headquarters) == []
    # near miss: a country that hosts talks, or a leader
    hosting = "Oman, which hosts the talks between Iran and the United States, said on Tuesday."
    assert any(kind == "CONSULT" for kind, _ in _kinds(hosting))


def test_the_expulsions_told_again_are_the_same_expulsion() -> None:
    told_again = (
        "Vienna (dpa) - Austria has expelled two Russian diplomats suspected of spying, the "
        "Foreign Ministry said on Wednesday.\n\nIn Moscow, the Russian Foreign Ministry warned on "
        'Thursday that the expulsions "will not go unanswered" and said Austria had given up '
        "its neutrality."
    )
    assert [kind for kind, _ in _kinds(told_again)].count("SANCTION") == 1
    # near miss: a tit-for-tat expulsion told by its verb, then referred to
    new = (
        "Austria expelled two Russian diplomats on Wednesday. Russia expelled three Austrian "
        "diplomats on Thursday in response, and said the expulsions were a mirror response."
    )
    assert [kind for kind, _ in _kinds(new)].count("SANCTION") == 2


def test_a_consul_named_like_a_country_is_a_person() -> None:
    ordered = (
        "Honduras on Tuesday ordered consul Jordan Reyes to leave the country within 48 hours, "
        "accusing him of meddling."
    )
    expulsion = next(r for r in extract(ordered) if r.event_type == "SANCTION")
    assert "JOR" not in codes(expulsion)
    assert "Jordan Reyes" in {p.name for p in expulsion.participants}
    # near miss: the state itself after the title's word
    state = "The consul of Jordan met Honduran officials in Tegucigalpa on Tuesday."
    assert any("JOR" in found for _, found in _kinds(state))


def test_an_act_a_day_after_which_another_was_told_is_the_day_before() -> None:
    lead = (
        "Costa Rica recalled its ambassador to Nicaragua on Wednesday, a day after the "
        "Nicaraguan government expelled the Costa Rican consul in Managua."
    )
    days = {(r.event_type, r.mode): r.date for r in extract(lead)}
    assert days[("SANCTION", "expulsion")] == "2024-03-12"
    assert days[("SANCTION", None)] == "2024-03-13"
    # near miss: the act told before "a day after" keeps its own day
    signed = (
        "Kenya and Uganda signed a trade deal in Mombasa on Wednesday, a day after a flood "
        "closed the border."
    )
    assert [r.date for r in extract(signed)] == ["2024-03-13"]


def test_calling_on_the_prime_minister_at_a_place_is_a_courtesy_call() -> None:
    call = (
        "India's foreign secretary also called on the prime minister at his official residence "
        "in Kathmandu on Thursday and handed over an invitation to visit New Delhi."
    )
    assert any(r.event_type == "CONSULT" and r.mode == "meeting" for r in extract(call))
    # near misses: an appeal to the post, and to a titled person with its complement
    appeal = "The opposition called on the prime minister at a rally in Kathmandu to resign."
    assert not any(r.event_type == "CONSULT" for r in extract(appeal))
    urged = (
        "Nepal's foreign minister called on the president in a letter on Thursday to convene "
        "parliament, and India welcomed the move."
    )
    assert not any(r.event_type == "CONSULT" for r in extract(urged))


def test_a_country_named_as_a_regions_capital_is_that_town() -> None:
    quake = (
        "BOGOTA, Colombia (AP) - A quake killed nine people, most of them in Armenia, the "
        "capital of Quindio department. A team of Ecuadorian rescuers arrived in Armenia on "
        "Saturday."
    )
    aid = next(r for r in extract(quake) if r.event_type == "AID")
    assert "ARM" not in codes(aid)
    assert aid.location is not None
    assert aid.location.country_code == "COL"
    # near miss: the state, whose capital is named after it
    state = (
        "YEREVAN (Reuters) - A team of Russian rescuers arrived in Armenia on Saturday, after "
        "the quake. Yerevan, the capital of Armenia, was not hit."
    )
    assert "ARM" in codes(next(r for r in extract(state) if r.event_type == "AID"))


def test_aid_without_a_recipient_goes_to_the_state_the_story_is_about() -> None:
    floods = (
        "HANOI (Reuters) - Floods in central Vietnam have killed 41 people, Vietnam's disaster "
        "agency said. Japan said on Monday it would provide emergency relief goods. Vietnam "
        "has evacuated 20,000 people."
    )
    aid = next(r for r in extract(floods) if r.mode == "pledge")
    assert codes(aid) == {"JPN", "VNM"}
    # near misses: a story filed from a state it is not about, and the donor's own capital
    geneva = (
        "GENEVA (Reuters) - Floods in Sudan have killed 41 people, the U.N. said. Sudan's army "
        "said Sudan needed help. Japan said on Monday it would provide emergency relief goods."
    )
    assert "CHE" not in codes(next(r for r in extract(geneva) if r.mode == "pledge"))
    tokyo = "TOKYO (Reuters) - Japan said on Monday it would provide emergency relief goods."
    assert all(codes(r) <= {"JPN"} for r in extract(tokyo))
    # nor a promise that is no money
    promise = (
        "DAKAR (Reuters) - Senegal's oil output rose in March, Senegal's oil minister said. "
        "Australia's Woodside promised to train 500 engineers, the company said."
    )
    assert all("SEN" not in codes(r) for r in extract(promise) if r.mode == "pledge")


def test_review_near_misses() -> None:
    """Over-reaches a reviewer found in this session's first rules, each now kept out."""
    # a real ceasefire told beside a legal or price war, or further on in a firms' story
    beside = (
        "Russia and Ukraine agreed on Tuesday to a 30-day ceasefire in Ukraine as the legal "
        "battle over frozen Russian assets dragged on in Brussels."
    )
    assert ("AGREE", frozenset({"RUS", "UKR"})) in _kinds(beside)
    further = (
        "Two streaming giants agreed a truce in their ratings war on Tuesday. Meanwhile, India "
        "and Pakistan agreed on a ceasefire along the Line of Control."
    )
    assert ("AGREE", frozenset({"IND", "PAK"})) in _kinds(further)
    # new expulsions told by the noun
    new = "Germany and France on Tuesday announced the expulsions of 40 Russian diplomats."
    assert any(r.event_type == "SANCTION" and "RUS" in codes(r) for r in extract(new))
    # an appeal to the president and to armed groups (adjectives, not a second verb)
    appeal = (
        "The African Union called on the president in Juba and armed groups in the north to "
        "respect the ceasefire."
    )
    assert [r.event_type for r in extract(appeal)] == ["REQUEST"]
    # "a day after" in a sentence about days to come keeps the days it names
    future = (
        "Lebanon and Israel will hold talks in Naqoura on Friday, a day after the U.S. envoy "
        "visits Beirut."
    )
    assert "2024-03-07" not in {r.date for r in extract(future)}
    # a weekday that is a date before a title and a name
    dated = (
        "Ghana's President John Mahama met Nigeria's President Bola Tinubu in Accra, Tuesday "
        "Nigerian Presidency officials said."
    )
    assert [r.date for r in extract(dated)] == ["2024-03-12"]
    # the host of a summit of an organisation, on its day, stays its host
    summit = (
        "Saudi Arabia, which hosts the OIC summit in Jeddah on Saturday, invited Iran's president."
    )
    assert any(r.event_type == "CONSULT" and "SAU" in codes(r) for r in extract(summit))
    # "agreed on <day> that U.S. troops would withdraw": the deal's content
    content = "Niger and Washington agreed on Tuesday that U.S. troops would withdraw from Agadez."
    assert "RETREAT" not in {kind for kind, _ in _kinds(content)}


def test_an_agreement_struck_down_is_no_agreement() -> None:
    annulled = (
        "Kuwait recalled its ambassador from Baghdad on Tuesday over a dispute that has "
        "simmered since an Iraqi court struck down a maritime agreement between the neighbours."
    )
    assert "AGREE" not in {kind for kind, _ in _kinds(annulled)}
    # near miss: one struck as well as one struck down
    struck = "Iraq and Kuwait struck a new maritime agreement on Tuesday after a court struck down the old one."
    assert ("AGREE", frozenset({"IRQ", "KWT"})) in _kinds(struck)


def test_a_place_of_an_earlier_act_or_a_later_trip_is_not_the_acts() -> None:
    since = (
        "Ecuador and Mexico agreed on Tuesday to restore consular relations, the first thaw "
        "since Ecuadorean police stormed the Mexican embassy in Quito."
    )
    deal = next(r for r in extract(since) if r.event_type == "AGREE")
    assert deal.location is None or deal.location.name != "Quito"
    trip = (
        "Ecuador's foreign minister also met Panama's President Jose Raul Mulino on Tuesday "
        "before flying back to Quito."
    )
    meeting = next(r for r in extract(trip) if r.event_type == "CONSULT")
    assert meeting.location is None or meeting.location.name != "Quito"
    # near misses: the act's own place before "since" and before the trip
    monday = (
        "Ecuador and Mexico held talks in Quito on Monday, the first since they broke off ties."
    )
    assert any(r.location is not None and r.location.name == "Quito" for r in extract(monday))
    here = "Mulino met Ecuador's foreign minister in Quito on Tuesday before flying to Lima."
    assert any(r.location is not None and r.location.name == "Quito" for r in extract(here))


def test_a_state_whose_sway_a_deal_checks_is_no_side_of_it() -> None:
    aim = (
        "Australia and Kiribati signed a maritime security agreement on Tuesday, a deal "
        "analysts said was aimed at checking China's growing influence in the Pacific."
    )
    assert ("AGREE", frozenset({"AUS", "KIR"})) in _kinds(aim)
    # near miss: a third state named as a side after the trigger
    third = "Australia and Kiribati signed a maritime security agreement with Tuvalu on Tuesday."
    assert ("AGREE", frozenset({"AUS", "KIR", "TUV"})) in _kinds(third)


def test_a_reaction_a_deal_drew_and_an_absent_invitee_are_no_sides() -> None:
    drew = (
        "Turkmenistan and Kazakhstan signed a memorandum on Tuesday on an undersea cable, a "
        "step that drew a sharp warning from Russia."
    )
    assert ("AGREE", frozenset({"TKM", "KAZ"})) in _kinds(drew)
    absent = (
        "Turkmen officials hosted Kazakh ministers for talks in Ashgabat on Tuesday. Uzbekistan "
        "had been invited but did not send a delegation."
    )
    assert all("UZB" not in found for _, found in _kinds(absent))
    # near miss: a third state that signs with them
    signed = "Turkmenistan, Kazakhstan and Russia signed a memorandum on Tuesday on a cable."
    assert ("AGREE", frozenset({"TKM", "KAZ", "RUS"})) in _kinds(signed)


def test_rejecting_another_states_position_answers_that_state() -> None:
    position = "Turkmenistan's deputy prime minister rejected the Russian position on Tuesday."
    assert ("REJECT", frozenset({"TKM", "RUS"})) in _kinds(position)
    # near miss: its own position restated
    own = "Turkmenistan rejected any change to its position on the Caspian on Tuesday."
    assert all("RUS" not in found for _, found in _kinds(own))


def test_a_state_that_sent_no_delegation_is_no_side() -> None:
    skipped = (
        "Russia did not send a delegation to an OSCE meeting on prisoners in Vienna on Tuesday."
    )
    assert all("RUS" not in found for _, found in _kinds(skipped))
    # near miss: a delegation sent
    sent = "Russia sent a delegation to an OSCE meeting on prisoners in Vienna on Tuesday."
    assert any("RUS" in found for _, found in _kinds(sent))


def test_a_second_act_of_the_subject_ends_the_first_acts_targets() -> None:
    both = (
        "The Gulf Cooperation Council expressed its full solidarity with Kuwait on Tuesday and "
        "urged Iraq to respect the 2012 agreement."
    )
    support = next(r for r in extract(both) if r.event_type == "SUPPORT")
    assert "IRQ" not in codes(support)
    # near miss: a list of targets joined by "and"
    listed = (
        "The Gulf Cooperation Council expressed its solidarity with Kuwait and Bahrain on Tuesday."
    )
    assert {"KWT", "BHR"} <= codes(next(r for r in extract(listed) if r.event_type == "SUPPORT"))


def test_second_review_near_misses() -> None:
    """Over-reaches a second reviewer found, each now kept out."""
    # a country's possessive stays the state where its name is also a region's capital
    town = (
        "Armenia's foreign minister met Colombia's foreign minister in Bogota on Tuesday. "
        "Colombia also hosted a trade fair in Armenia, the capital of Quindio department."
    )
    assert any({"ARM", "COL"} <= found for _, found in _kinds(town))
    # the act's own place after a "since" clause closed by a comma
    since = (
        "The foreign ministers of Mexico and Ecuador met on Tuesday for the first time since "
        "ties were severed last year, at a hotel in Panama City."
    )
    meeting = next(r for r in extract(since) if r.event_type == "CONSULT")
    assert meeting.location is not None
    assert meeting.location.name == "Panama City"
    # firms' homes are no two states in a figurative-truce story
    firms = (
        "South Korea's Samsung and U.S.-based Apple agreed a truce on Tuesday, ending a "
        "seven-year fight over smartphone designs."
    )
    assert _kinds(firms, title="Apple and Samsung call truce in patent war") == []
    # a weekday that starts a name before "said"
    named = (
        "Kenya's Foreign Minister met his Ugandan counterpart in Nairobi, the ministry "
        "spokesman, Monday Okello Ojok said."
    )
    assert all(r.date != "2024-03-11" for r in extract(named))
    # the expulsion a state condemns is the other's act told before, not a new one today
    condemned = (
        "Russia on Wednesday condemned the expulsion of 20 Russian diplomats announced by Poland "
        "last week and vowed to retaliate."
    )
    assert all(
        not (r.event_type == "SANCTION" and r.date == "2024-03-13") for r in extract(condemned)
    )
    # a courtesy call and an appeal made during it
    call = (
        "The U.N. envoy called on President Bola Tinubu in Abuja on Tuesday and asked him to "
        "attend the summit in New York."
    )
    assert any(r.event_type == "CONSULT" and r.mode == "meeting" for r in extract(call))


def test_denying_a_charge_against_its_own_forces_answers_the_charge() -> None:
    charge = (
        "Earlier on Tuesday, Kenya's foreign ministry accused Ugandan troops of violating its "
        "territory. Uganda's foreign ministry denied that its soldiers had crossed the border."
    )
    assert ("REJECT", frozenset({"UGA", "KEN"})) in _kinds(charge)
    # near misses: a report denied, and talks denied
    report = (
        "Kenya's foreign ministry accused Uganda on Tuesday of meddling. Uganda's foreign "
        "ministry denied that any formal talks had taken place."
    )
    assert "REJECT" not in {kind for kind, _ in _kinds(report)}
    other = "Uganda's foreign ministry denied that the decision was linked to the elections."
    assert _kinds(other) == []


def test_a_warning_without_a_target_is_aimed_at_the_other_side_of_the_row() -> None:
    row = (
        "Estonia expelled a Russian diplomat on Tuesday over espionage. Russia's foreign "
        "ministry warned on Wednesday that Moscow would respond in kind."
    )
    assert ("THREATEN", frozenset({"RUS", "EST"})) in _kinds(row)
    # near misses: a row of several states, and a warning with its own target
    several = (
        "Estonia, Latvia and Lithuania expelled Russian diplomats on Tuesday. Russia warned on "
        "Wednesday that it would respond in kind."
    )
    assert all(kind != "THREATEN" or len(found - {"RUS"}) != 1 for kind, found in _kinds(several))
    named = (
        "Estonia expelled a Russian diplomat on Tuesday. Russia warned Finland on Wednesday "
        "that it would respond to any new border closures."
    )
    warning = next(r for r in extract(named) if r.event_type == "THREATEN")
    assert "EST" not in codes(warning)


def test_it_after_a_home_institution_is_the_dateline_state() -> None:
    story = (
        "ALGIERS (AFP) - Algeria on Tuesday suspended a friendship treaty with Spain.\n\n"
        "The presidency said in a statement that it had decided to suspend the treaty signed "
        "with Spain in 2002.\n\nIt accused the Spanish authorities of violating their "
        "obligations."
    )
    assert ("ACCUSE", frozenset({"DZA", "ESP"})) in _kinds(story)
    # near miss: a sentence before that opens on a named state
    named = (
        "ALGIERS (AFP) - Talks opened on Tuesday.\n\nMorocco said in a statement that it had "
        "recalled its envoy.\n\nIt accused the Algerian authorities of violating their "
        "obligations."
    )
    assert ("ACCUSE", frozenset({"MAR", "DZA"})) in _kinds(named)


def test_third_review_near_misses() -> None:
    """Over-reaches a third reviewer found, each now kept out."""
    # a warning after a deal of friends has no target
    friends = (
        "China and Brazil signed a trade agreement in Beijing on Tuesday. On Wednesday, China "
        "warned that it would respond firmly to any attempt to interfere in Hong Kong."
    )
    assert ("THREATEN", frozenset({"CHN"})) in _kinds(friends)
    # a second warning is not chained to the row the first one answered
    second = (
        "Estonia expelled a Russian diplomat on Tuesday. Russia's foreign ministry warned on "
        "Wednesday that Moscow would respond in kind. On Thursday, Russia's defence ministry "
        "warned that it would respond firmly to any NATO drills near its border."
    )
    warnings = [found for kind, found in _kinds(second) if kind == "THREATEN"]
    assert frozenset({"RUS"}) in warnings
    # two verbs of one object keep it
    pair = "South Korea strongly condemned and rejected North Korea's missile launch on Tuesday."
    assert ("ACCUSE", frozenset({"KOR", "PRK"})) in _kinds(pair)
    # a denial with no charge before it, or of another state's charge, is no rejection
    domestic = (
        "Kenya and Somalia signed a security pact on Wednesday. Kenya's interior ministry denied "
        "on Tuesday that its police had used excessive force against protesters."
    )
    assert "REJECT" not in {kind for kind, _ in _kinds(domestic)}
    other = (
        "Kenya accused Uganda on Monday of meddling. Tanzania denied on Tuesday that its "
        "soldiers had entered Kenya."
    )
    assert "REJECT" not in {kind for kind, _ in _kinds(other)}
    # an invitee that came in another form is no absentee
    came = (
        "The Arab League summit opened in Baghdad on Tuesday. Lebanon was invited but did not "
        "send its president, dispatching its foreign minister instead."
    )
    assert any("LBN" in found for _, found in _kinds(came))


def test_fourth_review_near_misses() -> None:
    """Over-reaches a fourth reviewer found, each now kept out."""
    # "It" after a home institution is the state the sentence before opens with
    filed_abroad = (
        "WASHINGTON (Reuters) - China's commerce ministry announced export curbs on rare earths "
        "on Tuesday. The foreign ministry said the measures were lawful. It urged Washington to "
        "stop its chip sanctions."
    )
    assert ("REQUEST", frozenset({"CHN", "USA"})) in _kinds(filed_abroad)
    third = (
        "PARIS (Reuters) - Algeria suspended a friendship treaty with Spain on Tuesday. The "
        "presidency said the decision was final. It accused Spain of breaching its obligations."
    )
    assert ("ACCUSE", frozenset({"DZA", "ESP"})) in _kinds(third)
    # a denial answers a charge aimed at the denier, not one it made
    own = (
        "Rwanda accused Congo on Monday of backing rebels. Rwanda denied on Tuesday that its "
        "troops were in eastern Congo."
    )
    assert "REJECT" not in {kind for kind, _ in _kinds(own)}
