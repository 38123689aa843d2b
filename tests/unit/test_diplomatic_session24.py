"""Rules of the twenty-fourth session, each with the near misses that keep it narrow."""

from __future__ import annotations

from newsevents.normalize.gazetteer import gazetteer
from tests.unit.diplomatic_helpers import codes, document, extract, place


def test_a_courtesy_call_is_a_meeting() -> None:
    records = extract(
        "South Korean Foreign Minister Cho Hyun paid a courtesy call on Japanese Prime Minister "
        "Sanae Takaichi on Tuesday."
    )
    assert [(r.event_type, r.mode, r.status) for r in records] == [
        ("CONSULT", "meeting", "occurred")
    ]
    assert codes(records[0]) == {"JPN", "KOR"}
    # near miss: a phone call is still a call
    call = extract("Cho Hyun held a phone call with Japanese Prime Minister Sanae Takaichi.")
    assert [r.mode for r in call] == ["phone_call"]


def test_a_later_audience_with_a_third_person_is_its_own_meeting() -> None:
    talks = (
        "South Korean Foreign Minister Cho Hyun and his Japanese counterpart Toshimitsu Motegi "
        "held talks in Tokyo on Tuesday. "
    )
    records = extract(talks + "Cho later paid a courtesy call on Prime Minister Sanae Takaichi.")
    consult = [r for r in records if r.event_type == "CONSULT"]
    assert len(consult) == 2
    assert {p.name for p in consult[1].participants if p.kind == "person"} == {
        "Cho Hyun",
        "Sanae Takaichi",
    }
    # near misses: the visit's own audience (no talks before), and a step told in the talks'
    # own sentence, stay one event
    visit = extract(
        "South Korean Foreign Minister Cho Hyun arrived in Tokyo on Tuesday. He later met Prime "
        "Minister Sanae Takaichi."
    )
    assert len([r for r in visit if r.event_type == "CONSULT"]) == 1
    same = extract(
        "Pakistani Foreign Minister Ishaq Dar held talks with Afghan Foreign Minister Amir Khan "
        "Muttaqi in Kabul on Saturday, and later called on acting prime minister Mohammad Hasan "
        "Akhund."
    )
    assert len([r for r in same if r.event_type == "CONSULT"]) == 1


def test_an_arrangement_signed_is_an_agreement_done() -> None:
    records = extract(
        "New Zealand will fund a new police training academy in Honiara under an arrangement "
        "signed yesterday with Solomon Islands."
    )
    agree = [r for r in records if r.event_type == "AGREE"]
    assert [(r.status, r.date) for r in agree] == [("occurred", "2024-03-13")]
    # near miss: an agreement still to be signed
    later = extract(
        "New Zealand and Solomon Islands will sign a security agreement in Honiara on Friday."
    )
    assert [r.status for r in later if r.event_type == "AGREE"] == ["scheduled"]


def test_talks_before_a_signing_were_the_signers() -> None:
    records = extract(
        "New Zealand Foreign Minister Winston Peters signed the arrangement with his Solomon "
        "Islands counterpart Peter Shanel Agovaka at the Ministry of Foreign Affairs after "
        "talks that lasted most of the morning."
    )
    talks = [r for r in records if r.event_type == "CONSULT"]
    assert [codes(r) for r in talks] == [{"NZL", "SLB"}]
    # near miss: a speaker's remarks after talks name no partner
    alone = extract(
        "New Zealand Foreign Minister Winston Peters spoke to reporters after talks with "
        "Solomon Islands officials on Tuesday."
    )
    assert all("Peter Shanel Agovaka" not in {p.name for p in r.participants} for r in alone)


def test_a_title_of_a_state_before_the_name() -> None:
    doc = document(
        "The meeting was attended by Minister of Energy of the Kyrgyz Republic Taalaibek "
        "Ibraev, Minister of Energy of the Republic of Kazakhstan Almasadam Satkaliyev and "
        "President of the Republic of Uzbekistan Shavkat Mirziyoyev."
    )
    found = {p.name: p.country_code for _, _, p in doc.person_mentions(0, len(doc.text))}
    assert found == {
        "Taalaibek Ibraev": "KGZ",
        "Almasadam Satkaliyev": "KAZ",
        "Shavkat Mirziyoyev": "UZB",
    }
    # near miss: a title of a state with no name after it names nobody
    none = document("The President of France said on Monday that talks would resume.")
    assert none.person_mentions(0, len(none.text)) == []


def test_an_audience_with_a_chairman_of_ministers() -> None:
    records = extract(
        "On the same day, the heads of the delegations of Kazakhstan and Uzbekistan were "
        "received by the Chairman of the Cabinet of Ministers of the Kyrgyz Republic, Adylbek "
        "Kasymaliev."
    )
    assert [codes(r) for r in records if r.event_type == "CONSULT"] == [{"KAZ", "KGZ", "UZB"}]
    # near miss: a letter received is no audience
    letter = extract("The chairman received a letter from the Kazakh ministry on Monday.")
    assert [r for r in letter if r.event_type == "CONSULT"] == []


def test_the_posts_of_the_subject_are_no_sides() -> None:
    records = extract(
        "U.S. envoy Tom Barrack met Lebanese President Joseph Aoun in Beirut on Tuesday. "
        "Barrack, Washington's ambassador to Turkey and its special envoy for Syria, later met "
        "Prime Minister Nawaf Salam at the Grand Serail."
    )
    consult = [r for r in records if r.event_type == "CONSULT"]
    assert [codes(r) for r in consult] == [{"LBN", "USA"}, {"LBN", "USA"}]
    assert all(
        {p.name for p in r.participants if p.kind == "person"} & {"Barrack"} == set()
        for r in consult
    )
    # near miss: states named after the aside, as the act's object, stay
    named = extract(
        "Barrack, the U.S. special envoy for Syria, met Turkish Foreign Minister Hakan Fidan "
        "in Ankara on Tuesday."
    )
    assert [codes(r) for r in named if r.event_type == "CONSULT"] == [{"TUR", "USA"}]


def test_flying_on_to_a_capital_is_a_visit() -> None:
    records = extract(
        "U.S. envoy Tom Barrack was due to fly on to Damascus on Friday, a U.S. embassy "
        "spokesperson said."
    )
    visits = [r for r in records if r.mode == "visit"]
    assert [(r.status, place(r)) for r in visits] == [("scheduled", ("Damascus", "SYR"))]


def test_cities_are_found_as_wire_copy_spells_them() -> None:
    gaz = gazetteer()
    for written, country in (
        ("Dajabon", "DOM"),
        ("Port Vila", "VUT"),
        ("Nuku'alofa", "TON"),
        ("Bogota", "COL"),
    ):
        city = gaz.best_city(written, frozenset())
        assert city is not None, written
        assert city.iso3 == country, written
    # near miss: a hyphen inside an Arabic article stays ("Al-Ula" is not "Al Ula")
    assert gaz.best_city("Al Ula", frozenset()) is None


def test_separate_telephone_conversations_are_two_calls() -> None:
    records = extract(
        "Uzbek President Shavkat Mirziyoyev held separate telephone conversations with Tajik "
        "President Emomali Rahmon and Kyrgyz President Sadyr Japarov on Tuesday."
    )
    calls = [r for r in records if r.mode == "phone_call"]
    assert sorted(sorted(codes(r)) for r in calls) == [["KGZ", "UZB"], ["TJK", "UZB"]]
    # near miss: conversations with no phone are no calls
    talk = extract("Mirziyoyev held conversations with farmers in the Fergana Valley on Tuesday.")
    assert [r for r in talk if r.mode == "phone_call"] == []


def test_border_guards_released_are_a_release() -> None:
    records = extract(
        "Tajikistan on Tuesday released five Kyrgyz border guards who had been detained in 2022, "
        "handing them over to Kyrgyz officials at the crossing."
    )
    assert [(r.event_type, codes(r)) for r in records] == [("CONCEDE", {"KGZ", "TJK"})]
    # near miss: a statement released is no release
    statement = extract("Tajikistan's border service released a statement on the guards.")
    assert [r for r in statement if r.event_type == "CONCEDE"] == []


def test_a_later_reception_after_talks_of_unnamed_ministers() -> None:
    records = extract(
        "Syria and Jordan agreed to set up a joint water committee after talks in Amman between "
        "the two countries' foreign ministers. Syrian Foreign Minister Asaad al-Shaibani and "
        "his Jordanian counterpart Ayman Safadi signed the agreement on Wednesday. Al-Shaibani "
        "was later received by King Abdullah II at the Husseiniya Palace."
    )
    consult = [r for r in records if r.event_type == "CONSULT"]
    assert len(consult) == 2
    assert {p.name for p in consult[-1].participants if p.kind == "person"} == {
        "Asaad al-Shaibani",
        "Abdullah II",
    }
    assert codes(consult[-1]) == {"JOR", "SYR"}
    # near miss: received with no "later" in a visit stays the visit's
    visit = extract(
        "Syrian Foreign Minister Asaad al-Shaibani arrived in Amman on Wednesday for a visit. "
        "King Abdullah II received al-Shaibani at the Husseiniya Palace."
    )
    assert len([r for r in visit if r.event_type == "CONSULT"]) == 1


def test_support_stressed_is_support_voiced() -> None:
    records = extract(
        "Jordan's King Abdullah II stressed his country's support for Syria's security and "
        "stability."
    )
    assert [(r.event_type, codes(r)) for r in records] == [("SUPPORT", {"JOR", "SYR"})]
    # near miss: what is stressed about support is none voiced
    other = extract("The Jordanian minister stressed that support for Syrian farmers would end.")
    assert [r for r in other if r.event_type == "SUPPORT"] == []


def test_a_minister_due_in_a_capital_is_a_visit_to_come() -> None:
    records = extract(
        "Togo's Foreign Minister Robert Dussey was due in Niamey on Friday to brief Niger's "
        "leader General Abdourahamane Tiani on the agreement."
    )
    visits = [r for r in records if r.mode == "visit"]
    assert [(r.status, place(r), codes(r)) for r in visits] == [
        ("scheduled", ("Niamey", "NER"), {"NER", "TGO"})
    ]
    # near misses: no place right after, no official
    for body in (
        "The minister's verdict on the Niger deal is due in March.",
        "Heavy rain is expected in Niamey on Friday, Niger's weather service said.",
    ):
        assert [r for r in extract(body) if r.mode == "visit"] == [], body


def test_a_memorandum_signed_is_an_agreement_in_its_own_place() -> None:
    records = extract(
        "ECOWAS and Mali, Burkina Faso and Niger signed a memorandum in Bamako on Tuesday "
        "guaranteeing visa-free travel for their citizens."
    )
    assert [(r.event_type, place(r)) for r in records] == [("AGREE", ("Bamako", "MLI"))]
    # near miss: the place of what the memorandum sets out is not where it was signed
    patrols = extract(
        "Ghanaian Foreign Minister Samuel Ablakwa and his Togolese counterpart Robert Dussey "
        "signed a memorandum of understanding in Lome on Tuesday under which units will patrol "
        "the border from a liaison cell in the Ghanaian town of Bawku."
    )
    assert [place(r) for r in patrols if r.event_type == "AGREE"] == [("Lome", "TGO")]


def test_sanctions_imposed_by_a_state_named_between() -> None:
    records = extract(
        "Georgia's foreign ministry summoned the British ambassador on Wednesday to protest "
        "against sanctions London imposed on two Georgian judges."
    )
    assert [codes(r) for r in records if r.event_type == "SANCTION"] == [{"GBR", "GEO"}]
    # near miss: a curfew imposed is no sanction
    curfew = extract("Georgian police lifted the curfew imposed on Tbilisi by the government.")
    assert [r for r in curfew if r.event_type == "SANCTION"] == []


def test_an_attempt_to_impose_sanctions_is_none() -> None:
    for body in (
        "Hungarian Foreign Minister Peter Szijjarto said Hungary would block any attempt to "
        "impose European Union sanctions on Georgian officials.",
        "France backed a proposal to introduce new sanctions on Russia.",
    ):
        assert [r for r in extract(body) if r.event_type == "SANCTION"] == [], body
    # near miss: sanctions imposed after an attempt are imposed
    done = extract(
        "After a failed attempt at talks, the European Union imposed sanctions on Georgian "
        "officials on Tuesday."
    )
    assert [codes(r) for r in done if r.event_type == "SANCTION"] == [{"EUR", "GEO"}]


def test_asset_freezes_are_sanctions() -> None:
    records = extract(
        "Britain on Tuesday announced asset freezes on three Georgian officials over the "
        "jailing of protesters."
    )
    assert [(r.event_type, codes(r)) for r in records] == [("SANCTION", {"GBR", "GEO"})]


def test_separate_calls_with_one_and_with_another() -> None:
    records = extract(
        "Qatari minister Mohammed Al-Khulaifi held separate phone calls on Wednesday with "
        "Pakistani Foreign Minister Ishaq Dar and with Afghan Foreign Minister Amir Khan Muttaqi."
    )
    assert sorted(sorted(codes(r)) for r in records) == [["AFG", "QAT"], ["PAK", "QAT"]]
    # near miss: what the call was followed by is no callee
    one = extract(
        "Qatari minister Mohammed Al-Khulaifi held a phone call on Wednesday with Pakistani "
        "Foreign Minister Ishaq Dar and with reporters afterwards."
    )
    assert [sorted(codes(r)) for r in one if r.mode == "phone_call"] == [["PAK", "QAT"]]


def test_an_offer_made_on_a_weekday_is_a_proposal() -> None:
    records = extract(
        "Turkey offered on Wednesday to host talks between Pakistan and Afghanistan in Istanbul."
    )
    assert [r.status for r in records if r.event_type == "CONSULT"] == ["proposed"]
    # near miss: talks hosted on a weekday were held
    held = extract("Turkey hosted talks between Pakistan and Afghanistan in Istanbul on Wednesday.")
    assert [r.status for r in held if r.event_type == "CONSULT"] == ["occurred"]


def test_summits_of_climbs_and_of_filmmakers_are_none() -> None:
    for body in (
        "The Venezuelan rider broke clear 12 kilometres from the summit and beat the Peruvian "
        "champion by a minute.",
        "The final stage ran 150 kilometres to the summit at 3,679 metres, where Peru's team "
        "lost to Venezuela's.",
        "Bosnian actress Lana Petrovic hosted a summit of young filmmakers from Serbia, Kosovo "
        "and Montenegro earlier in the week.",
    ):
        assert [r for r in extract(body) if r.mode == "summit"] == [], body
    # near miss: a summit of leaders from those states is one
    leaders = extract(
        "The leaders of Serbia, Kosovo and Montenegro held a summit in Sarajevo on Tuesday."
    )
    assert [r.mode for r in leaders if r.event_type == "CONSULT"] == ["summit"]


def test_hosting_as_the_grounds_of_a_charge_is_no_visit() -> None:
    records = extract(
        "Somalia's foreign ministry on Wednesday accused Ethiopia of violating Somalia's "
        "sovereignty by hosting Somaliland's president."
    )
    assert [r.event_type for r in records] == ["ACCUSE"]
    # near miss: a visit hosted as a way of marking a day is one
    hosted = extract(
        "Ethiopia marked the anniversary by hosting Somalia's president in Addis Ababa on "
        "Wednesday."
    )
    assert [r.mode for r in hosted] == ["visit"]


def test_the_places_of_an_earlier_act_and_of_a_regions_things_are_not_the_events() -> None:
    records = extract(
        "Armenia and Azerbaijan agreed on Monday in Geneva to set up a joint working group, the "
        "first practical step since the two neighbours initialled a peace treaty at the White "
        "House in August."
    )
    assert [place(r) for r in records if r.event_type == "AGREE"] == [("Geneva", "CHE")]
    trip = extract(
        "Armenian Prime Minister Nikol Pashinyan is due to travel to Tbilisi next week for talks "
        "with Georgian Prime Minister Irakli Kobakhidze on rail links to the Black Sea ports of "
        "Poti and Batumi."
    )
    assert [place(r) for r in trip] == [("Tbilisi", "GEO")]
    # near miss: a region that is the place stays one
    sea = extract(
        "Russian Foreign Minister Sergei Lavrov and his Turkish counterpart Hakan Fidan met "
        "aboard a frigate in the Black Sea on Tuesday."
    )
    assert [place(r) for r in sea if r.event_type == "CONSULT"] == [("Black Sea", None)]


def test_the_day_an_agreed_thing_starts_is_not_the_meetings() -> None:
    records = extract(
        "The foreign ministers of the Dominican Republic and Haiti agreed on Tuesday to reopen "
        "the border market from Nov. 3, in the first ministerial meeting between the two "
        "neighbours in more than a year."
    )
    assert {(r.event_type, r.status, r.date) for r in records} == {
        ("AGREE", "occurred", "2024-03-12"),
        ("CONSULT", "occurred", "2024-03-12"),
    }


def test_the_taliban_government_is_afghanistans() -> None:
    records = extract(
        "The Taliban-led government accused Pakistan on Wednesday of starting the shooting."
    )
    assert [codes(r) for r in records] == [{"AFG", "PAK"}]
    # near miss: the Pakistani Taliban are no state
    militants = extract(
        "Pakistan accused the Pakistani Taliban on Wednesday of starting the shooting."
    )
    assert all("AFG" not in codes(r) for r in militants)


def test_review_near_misses_of_the_session() -> None:
    """A helper's review of the rules above, with its own sentences: each held after a fix."""
    # talks with a partner of their own take no partner of the main clause
    talks = extract(
        "French President Emmanuel Macron spoke with Ukrainian President Volodymyr Zelenskiy by "
        "phone on Wednesday after talks with Russian President Vladimir Putin in Moscow."
    )
    assert [codes(r) for r in talks if r.mode == "talks"] == [{"FRA", "RUS"}]
    # a place after "since the ..., " is the event's again
    met = extract(
        "Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev on "
        "Wednesday, their first meeting since the Prague summit, in Brussels."
    )
    assert [place(r) for r in met] == [("Brussels", "BEL")]
    # a charge in a relative clause is not what hosting answers
    hosted = extract(
        "Egypt, which has condemned Israel's offensive, responded on Wednesday by hosting "
        "Palestinian President Mahmoud Abbas in Cairo."
    )
    assert [r.mode for r in hosted] == ["visit"]
    # a sentence opening on the day talks start keeps it
    starting = extract(
        "Starting Monday, talks between Russia and Ukraine will take place in Istanbul, "
        "Turkish officials said."
    )
    assert [(r.status, r.date) for r in starting] == [("scheduled", "2024-03-18")]
    # an arrangement signed at no stated time is background
    imf = extract(
        "Under a financing arrangement signed with the International Monetary Fund, Pakistan "
        "will receive $3 billion."
    )
    assert [r for r in imf if r.event_type == "AGREE"] == []
    # a courtesy call on no official is no meeting
    company = extract(
        "A Japanese trade delegation paid a courtesy call on the chairman of Samsung in Seoul."
    )
    assert all(codes(r) != {"JPN"} for r in company)


def test_two_people_of_one_surname_keep_their_names() -> None:
    doc = document(
        "Former Pakistani prime minister Nawaz Sharif flew to London on Tuesday. Pakistani "
        "Prime Minister Shehbaz Sharif met Chinese President Xi Jinping in Beijing. On "
        "Wednesday, Pakistani Prime Minister Sharif met Chinese Premier Li Qiang."
    )
    assert doc.persons["Sharif"].name == "Sharif"  # not the first Sharif named in full
    # near miss: one man of that name is the one meant
    one = document(
        "U.S. envoy Tom Barrack met Lebanese President Joseph Aoun. Barrack, Washington's "
        "ambassador to Turkey, later met Prime Minister Nawaf Salam."
    )
    assert one.persons["Barrack"].name == "Tom Barrack"


def test_a_service_branch_after_the_state_is_no_name() -> None:
    doc = document(
        "Minister Shin met the Chief of Staff of the Republic of Korea Army General Park An-su."
    )
    names = {p.name for _, _, p in doc.person_mentions(0, len(doc.text))}
    assert not any(name.startswith("Army") for name in names)


def test_one_counterpart_in_the_morning_another_in_the_afternoon() -> None:
    for body in (
        "EU envoy Peter Sorensen held a meeting in the morning with Serbian negotiator Petar "
        "Petkovic, and in the afternoon with Kosovo's Deputy Prime Minister Besnik Bislimi.",
        "EU envoy Peter Sorensen met Serbian negotiator Petar Petkovic in the morning and "
        "Kosovo's Deputy Prime Minister Besnik Bislimi in the afternoon.",
    ):
        records = extract(body)
        assert sorted(sorted(codes(r)) for r in records) == [["EUR", "SRB"], ["EUR", "XKX"]]
    # near miss: both met in the morning, the envoy flew home in the afternoon
    both = extract(
        "EU envoy Peter Sorensen met Serbian negotiator Petar Petkovic and Kosovo's Deputy Prime "
        "Minister Besnik Bislimi in the morning and flew home in the afternoon."
    )
    assert [codes(r) for r in both] == [{"EUR", "SRB", "XKX"}]


def test_a_second_thing_reported_after_and_that_is_a_clause_of_its_own() -> None:
    records = extract(
        "Japan's Kyodo News said Japanese Foreign Minister Toshimitsu Motegi had raised the issue "
        "of Japanese nationals abducted by North Korea, and that South Korean Foreign Minister "
        "Cho Hyun expressed support for Tokyo's efforts to resolve it."
    )
    assert [codes(r) for r in records if r.event_type == "SUPPORT"] == [{"JPN", "KOR"}]
    # near miss: one thing reported, its subject before the trigger
    one = extract(
        "Kyodo said South Korean Foreign Minister Cho Hyun expressed support for Tokyo's efforts."
    )
    assert [codes(r) for r in one if r.event_type == "SUPPORT"] == [{"JPN", "KOR"}]
