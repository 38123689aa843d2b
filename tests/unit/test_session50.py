"""Rules of the fiftieth session (held-out set 68 as a development set, with sets 45 to 67),
each with the near misses that keep it narrow."""

from __future__ import annotations

from tests.unit.diplomatic_helpers import codes, extract, place


def test_talks_after_an_arrival_with_a_day_of_their_own_are_their_own_even_the_same_day() -> None:
    """ "Muttaqi, who arrived in Islamabad on Tuesday, held separate talks with Dar on Tuesday
    evening": the visit and the talks, two records, though both are of the Tuesday; talks
    with no day told ("met Dar the same evening") stay the visit."""
    body = (
        "ISLAMABAD, March 14 (Reuters) - Pakistan and Afghanistan agreed on Thursday to reopen "
        "the Torkham crossing.\n\n"
        "Afghan Foreign Minister Amir Khan Muttaqi, who arrived in Islamabad on Tuesday, held "
        "separate talks with Pakistani Foreign Minister Ishaq Dar on Tuesday evening."
    )
    records = extract(body)
    consult = [r for r in records if r.event_type == "CONSULT"]
    assert sorted((r.mode, r.date) for r in consult) == [
        ("talks", "2024-03-12"),
        ("visit", "2024-03-12"),
    ]
    talks = next(r for r in consult if r.mode == "talks")
    assert codes(talks) == {"AFG", "PAK"}
    assert place(talks) == ("Islamabad", "PAK")
    # near miss: no day of their own
    undated = body.replace(" on Tuesday evening.", " the same evening.")
    assert [r.mode for r in extract(undated) if r.event_type == "CONSULT"] == ["visit"]


def test_deals_signed_by_firms_studios_or_associations_are_not_states_agreements() -> None:
    """ "Moroccan and Jordanian production companies signed a co-production deal", "veterans'
    associations from Slovenia and Croatia signed a memorandum", "Bucharest-based Libra Film
    and Chisinau's Prima Studio signed an agreement": bodies that are not states; their
    governments' ministers signing is still an agreement."""
    firms = [
        "Earlier in the week, Moroccan and Jordanian production companies signed a "
        "co-production deal for three films.",
        "Veterans' associations from Slovenia and Croatia signed a memorandum on Wednesday on "
        "preserving wartime archives.",
        "Bucharest-based Libra Film and Chisinau's Prima Studio signed an agreement on Saturday "
        "to co-produce a film.",
        "Before the game, officials of the Kazakhstan and Slovenia federations signed a "
        "memorandum on youth exchanges.",
    ]
    for body in firms:
        assert [r for r in extract(body) if r.event_type == "AGREE"] == [], body
    # near misses: the states' own ministers, or the states themselves
    ministers = (
        "Earlier in the week, the culture ministers of Morocco and Jordan signed a "
        "co-production deal for three films."
    )
    assert [codes(r) for r in extract(ministers) if r.event_type == "AGREE"] == [{"JOR", "MAR"}]
    states = "Slovenia and Croatia signed a memorandum on Wednesday on preserving wartime archives."
    assert [codes(r) for r in extract(states) if r.event_type == "AGREE"] == [{"HRV", "SVN"}]


def test_a_demand_handed_to_the_summoned_envoy_later_in_the_story_is_the_summons() -> None:
    """ "Foreign Minister Melvin Bouva handed the ambassador a note demanding ...", told
    paragraphs after "Suriname summoned France's ambassador on Wednesday": the summons's
    demand, folded into it as the analysts code it; a demand told to reporters stays one."""
    body = (
        "PARAMARIBO, March 14 (AFP) - Suriname summoned France's ambassador on Wednesday to "
        "protest against a shooting on the Maroni river by French gendarmes.\n\n"
        "Two gold miners were killed in the shooting near Langatabbetje, police said.\n\n"
        "The river forms the border between Suriname and French Guiana.\n\n"
        "Foreign Minister Melvin Bouva handed the ambassador a note demanding a full "
        "investigation, the ministry said."
    )
    records = extract(body)
    assert [r.event_type for r in records if r.event_type in ("ACCUSE", "REQUEST")] == ["ACCUSE"]
    told = body.replace(
        "Foreign Minister Melvin Bouva handed the ambassador a note demanding",
        "On Wednesday, Foreign Minister Melvin Bouva told reporters he demanded that France open",
    )
    assert sorted(r.event_type for r in extract(told) if r.event_type in ("ACCUSE", "REQUEST")) == [
        "ACCUSE",
        "REQUEST",
    ]


def test_a_guest_received_by_a_new_host_official_after_talks_meets_them_apart() -> None:
    """ "He was received on Tuesday afternoon by President Jose Ramos-Horta" after the guest's
    talks with the prime minister: an audience of its own, with the guest the talks told ("He");
    a reception by the talks' own host is the talks."""
    body = (
        "DILI, March 14 (Lusa) - Portuguese Prime Minister Luis Montenegro held talks with his "
        "Timorese counterpart Xanana Gusmao at the Government Palace in Dili on Tuesday.\n\n"
        "He was received on Tuesday afternoon by President Jose Ramos-Horta, who invited him to "
        "return next year."
    )
    consult = [r for r in extract(body) if r.event_type == "CONSULT"]
    assert sorted(r.mode for r in consult) == ["meeting", "talks"]
    meeting = next(r for r in consult if r.mode == "meeting")
    assert codes(meeting) == {"PRT", "TLS"}
    assert {p.name for p in meeting.participants} == {"Jose Ramos-Horta", "Luis Montenegro"}
    # near miss: received by the talks' own host
    own = body.replace("by President Jose Ramos-Horta", "by Gusmao")
    assert [r.mode for r in extract(own) if r.event_type == "CONSULT"] == ["talks"]


def test_the_taoiseach_is_a_head_of_government_named_by_title() -> None:
    """ "Taoiseach Micheál Martin" is a person of Ireland, a party of his talks."""
    body = (
        "DUBLIN, March 14 (Reuters) - Ukrainian President Volodymyr Zelensky held talks with "
        "Taoiseach Micheál Martin in Dublin on Wednesday."
    )
    talks = [r for r in extract(body) if r.mode == "talks"]
    assert len(talks) == 1
    people = {p.name: (p.country_code, p.title) for p in talks[0].participants if p.name}
    assert people["Micheál Martin"] == ("IRL", "Prime Minister")


def test_a_sum_pledged_in_aid_the_aid_trigger_does_not_read_is_a_pledge() -> None:
    """ "Martin pledged 25 million euros in new humanitarian and demining aid for Ukraine": a
    pledge (no aid trigger reads "humanitarian and demining aid"); "pledged 4.5 million
    dollars in humanitarian aid" is still the aid trigger's, one record."""
    body = (
        "DUBLIN, March 14 (Reuters) - Irish Prime Minister Micheál Martin pledged 25 million "
        "euros in new humanitarian and demining aid for Ukraine on Wednesday."
    )
    assert [(r.event_type, r.mode) for r in extract(body)] == [("AGREE", "pledge")]
    # (the giver; a recipient named this far after the sum is not read yet)
    assert "IRL" in codes(extract(body)[0])
    aid = body.replace("in new humanitarian and demining aid", "in humanitarian aid")
    assert len(extract(aid)) == 1


def test_a_sum_in_thousands_a_state_would_give_is_a_pledge() -> None:
    """ "New Zealand announced on Wednesday that it would give 500,000 New Zealand dollars
    ($290,000) for relief" after a quake in Papua New Guinea: a pledge, though no "million";
    "would give 500 jobs" is none."""
    body = (
        "PORT MORESBY, March 14 (AP) - An earthquake killed 12 people in Papua New Guinea's "
        "Enga province on Monday.\n\n"
        "New Zealand announced on Wednesday that it would give 500,000 New Zealand dollars "
        "($290,000) to Papua New Guinea for relief."
    )
    pledges = [r for r in extract(body) if r.mode == "pledge"]
    assert [codes(r) for r in pledges] == [{"NZL", "PNG"}]
    assert pledges[0].date == "2024-03-13"
    jobs = body.replace("500,000 New Zealand dollars ($290,000)", "500 jobs")
    assert [r for r in extract(jobs) if r.mode == "pledge"] == []


def test_a_warning_with_no_one_named_is_aimed_at_the_other_side_of_a_two_state_story() -> None:
    """ "Sheinbaum warned that Mexico would reconsider intelligence sharing" in a story of
    Mexico's protest to the United States: aimed at the United States; not a passive "had been
    warned", nor a story whose other side is not one state told more than the rest."""
    body = (
        "MEXICO CITY, March 14 (Reuters) - Mexico sent a diplomatic note to the United States on "
        "Wednesday protesting against flights by U.S. military drones over Sinaloa.\n\n"
        "Foreign Minister Juan Ramon de la Fuente said the United States had not asked for "
        "permission.\n\n"
        "President Claudia Sheinbaum warned that Mexico would reconsider intelligence sharing "
        '"if there is a single unauthorised operation on our soil".'
    )
    warnings = [r for r in extract(body) if r.event_type == "THREATEN"]
    assert [codes(r) for r in warnings] == [{"MEX", "USA"}]
    passive = body.replace(
        "President Claudia Sheinbaum warned that Mexico would",
        "Mexico had been warned that it would",
    )
    assert [r for r in extract(passive) if r.event_type == "THREATEN"] == []
    three = body.replace(
        "Foreign Minister Juan Ramon de la Fuente said the United States had not asked for "
        "permission.",
        "Canada and Guatemala said they had not been asked. Canada and Guatemala were not told.",
    ).replace("to the United States", "to Washington")
    assert [r for r in extract(three) if r.event_type == "THREATEN"] == []
    # nor a warning of what others or nature may do, or one aimed at people of no state
    for other in (
        "President Claudia Sheinbaum warned that the toll could rise.",
        "President Claudia Sheinbaum warned that her government would not allow activists "
        'from abroad to "meddle".',
    ):
        told = body.replace(
            "President Claudia Sheinbaum warned that Mexico would reconsider intelligence sharing "
            '"if there is a single unauthorised operation on our soil".',
            other,
        )
        assert [r for r in extract(told) if r.event_type == "THREATEN"] == [], other
    # ... while "her government would" is the speaker's own side
    government = body.replace("warned that Mexico would", "warned that her government would")
    assert [codes(r) for r in extract(government) if r.event_type == "THREATEN"] == [{"MEX", "USA"}]


def test_a_site_visited_is_not_a_state_visited() -> None:
    """ "Hichilema is scheduled to visit the Lobito port terminal" after his talks in Luanda,
    "visited a memorial in Benguela": sites seen on a visit, no visit of their own; "will visit
    the Angolan capital" is one, and so is a site visit told alone."""
    lead = (
        "LUANDA, March 14 (ANGOP) - Zambian President Hakainde Hichilema held talks with "
        "Angolan President Joao Lourenco in Luanda on Wednesday.\n\n"
    )
    for site in (
        "Before leaving Angola on Friday, Hichilema is scheduled to visit the Lobito port "
        "terminal.",
        "Hichilema also visited a memorial in Benguela on Thursday.",
    ):
        assert [r for r in extract(lead + site) if r.mode == "visit"] == [], site
    capital = "Mozambican President Daniel Chapo will visit the Angolan capital on Friday."
    visits = [r for r in extract(lead + capital) if r.mode == "visit"]
    assert [codes(r) for r in visits] == [{"AGO", "MOZ"}]
    # ... and a site visit told alone is the visit to its country
    alone = "Zambian President Hakainde Hichilema visited the Lobito port terminal in Angola."
    assert [codes(r) for r in extract(alone) if r.mode == "visit"] == [{"AGO", "ZMB"}]


def test_the_review_near_misses_of_the_fiftieth_session() -> None:
    """A review's probes that the first versions of these rules got wrong: the guest's own
    ambassador (met or receiving), a state's boards, firms at the head of a sentence, a firm's
    gift, a forecast told as a warning; and a state's forces as the warning's own side."""

    def records(body: str) -> list[tuple[str, str | None, set[str]]]:
        return [(r.event_type, r.mode, codes(r)) for r in extract(body)]

    envoy = (
        "TOKYO, March 14 (Kyodo) - Philippine President Ferdinand Marcos Jr, who arrived in Tokyo "
        "on Tuesday, met Philippine Ambassador Mylene Garcia-Albano on Tuesday evening."
    )
    assert [m for _, m, _ in records(envoy)] == ["visit"]
    reception = (
        "DILI, March 14 (Lusa) - Brazilian Foreign Minister Mauro Vieira held talks with Timorese "
        "Foreign Minister Bendito Freitas in Dili on Tuesday.\n\n"
        "He was received on Tuesday evening by the Brazilian ambassador, Maria da Gloria Souza, "
        "at the embassy."
    )
    assert [m for _, m, _ in records(reception)] == ["talks"]
    boards = (
        "ADDIS ABABA, March 14 (Reuters) - The investment promotion boards of Ethiopia and the "
        "United Arab Emirates signed a memorandum on Tuesday."
    )
    assert records(boards) == [("AGREE", "agreement", {"ARE", "ETH"})]
    firms = (
        "NEW DELHI, March 14 (Reuters) - Companies from India and the United Arab Emirates signed "
        "12 agreements on Tuesday."
    )
    assert records(firms) == []
    gift = (
        "KATHMANDU, March 14 (Reuters) - Chinese telecoms firm Huawei said on Tuesday it would "
        "donate 500,000 yuan to Nepal for flood relief."
    )
    assert records(gift) == []
    assert records(gift.replace("Chinese telecoms firm Huawei", "China")) == [
        ("AGREE", "pledge", {"CHN", "NPL"})
    ]
    story = (
        "NAIROBI, March 14 (Reuters) - Kenya accused Somalia on Tuesday of shelling its "
        "territory.\n\nSomalia denied the charge.\n\n"
    )
    forecast = (
        "Kenyan Finance Minister John Mbadi warned that the country would slip into recession."
    )
    assert [r for r in records(story + forecast) if r[0] == "THREATEN"] == []
    forces = (
        "Kenyan Interior Minister Kipchumba Murkomen warned that Kenyan forces would respond to "
        "any further shelling."
    )
    assert [r for r in records(story + forces) if r[0] == "THREATEN"] == [
        ("THREATEN", "warning", {"KEN", "SOM"})
    ]


def test_same_day_talks_after_an_arrival_with_a_third_sides_envoy_are_their_own() -> None:
    """ "Fidan, who arrived in Damascus on Tuesday, held talks with U.N. envoy Geir Pedersen on
    Tuesday evening": the visit and the talks with the U.N.'s envoy, two records."""
    body = (
        "DAMASCUS, March 14 (AFP) - Turkish Foreign Minister Hakan Fidan, who arrived in Damascus "
        "on Tuesday, held talks with U.N. envoy Geir Pedersen on Tuesday evening."
    )
    assert sorted(r.mode for r in extract(body) if r.event_type == "CONSULT") == [
        "talks",
        "visit",
    ]


def test_the_next_round_of_talks_told_before_is_scheduled_between_their_sides() -> None:
    """ "The next round will be held in Dhaka on October 20" after Indian-Bangladeshi talks:
    the sides' next round, scheduled; with no talks told before, no sides and no record."""
    body = (
        "NEW DELHI, March 14 (PTI) - India and Bangladesh held talks on water sharing in New "
        "Delhi on Wednesday.\n\n"
        "The next round will be held in Dhaka on March 28."
    )
    scheduled = [r for r in extract(body) if r.status == "scheduled"]
    assert [(r.mode, codes(r), r.date, place(r)) for r in scheduled] == [
        ("talks", {"BGD", "IND"}, "2024-03-28", ("Dhaka", "BGD"))
    ]
    alone = "DHAKA, March 14 (PTI) - Officials said the next round would be held in Dhaka soon."
    assert extract(alone) == []


def test_coordinated_or_mixed_patrols_are_joint_action_and_patrols_agreed_are_the_agreement() -> (
    None
):
    """ "Iran and Turkey will begin coordinated patrols along the border on March 20": a joint
    action to come (like "joint patrols"); "agreed ... to hold coordinated patrols along the
    frontier" is a term of the agreement, no patrols held."""
    body = (
        "ANKARA, March 14 (Reuters) - Iran and Turkey will begin coordinated patrols along the "
        "border on March 20."
    )
    joint = [r for r in extract(body) if r.event_type == "COOPERATE"]
    assert [(r.status, codes(r), r.date) for r in joint] == [
        ("scheduled", {"IRN", "TUR"}, "2024-03-20")
    ]
    agreed = (
        "TEHRAN, March 14 (Reuters) - The interior ministers of Iran and Pakistan met in Tehran on "
        "Wednesday and agreed to set up a joint border security committee and to hold "
        "coordinated patrols along the frontier."
    )
    assert sorted(r.event_type for r in extract(agreed)) == ["AGREE", "CONSULT"]


def test_a_day_to_come_told_before_an_act_does_not_make_it_old() -> None:
    """ "agreed to hold the next session ... on March 10, and Guelleh invited Abiy to attend
    ..." in a January article: March 10 is to come, not last March, so the invitation after it
    is news; "had met on March 10, and Guelleh invited" (last March) stays background."""
    from newsevents.contracts import RawArticle
    from newsevents.extract.diplomatic import extract_diplomatic
    from newsevents.extract.document import analyse

    def read(body: str) -> list[str]:
        article = RawArticle(
            id="t", title="World news", body=body, published_at="2026-01-29T10:00:00+03:00"
        )
        return [r.mode or "" for r in extract_diplomatic(analyse(article), "test")]

    body = (
        "ADDIS ABABA, Jan 29 (Reuters) - Djibouti's President Ismail Omar Guelleh held talks with "
        "Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Wednesday.\n\n"
        "The two leaders agreed to hold the next session of their joint commission in Djibouti "
        "on March 10, and Guelleh invited Abiy to attend Djibouti's independence day "
        "celebrations in June."
    )
    assert "invitation" in read(body)
    old = body.replace(
        "The two leaders agreed to hold the next session of their joint commission in Djibouti "
        "on March 10",
        "The two leaders had met in Djibouti on March 10",
    )
    assert "invitation" not in read(old)


def test_sanctions_told_as_the_object_of_another_act_are_not_imposed_there() -> None:
    """ "Rwanda on Thursday rejected U.S. sanctions on two senior Rwandan army officers", "its
    refusal to join EU sanctions against Russia": the rejection is the act, no sanctions
    imposed in that sentence; "imposed sanctions on" still is."""
    rejected = (
        "KIGALI, March 14 (Reuters) - Rwanda on Thursday rejected U.S. sanctions on two senior "
        "Rwandan army officers, calling them unjustified."
    )
    assert sorted(r.event_type for r in extract(rejected)) == ["REJECT"]
    join = (
        "BELGRADE, March 14 (AP) - The European Union urged Serbia on Wednesday to join EU "
        "sanctions against Russia."
    )
    assert "SANCTION" not in [r.event_type for r in extract(join)]
    imposed = (
        "WASHINGTON, March 14 (Reuters) - The United States on Thursday imposed sanctions on two "
        "senior Rwandan army officers."
    )
    assert [codes(r) for r in extract(imposed) if r.event_type == "SANCTION"] == [{"RWA", "USA"}]


def test_a_project_that_met_every_rule_meets_nobody() -> None:
    """'the project had met "every European rule"', "met the standards": no meeting; "met
    South Korean President Lee" still is one."""
    body = (
        "PRAGUE, March 14 (Reuters) - Czech Prime Minister Andrej Babis said the plant, to be "
        'built by South Korea\'s KHNP, had met "every European rule".'
    )
    assert [r for r in extract(body) if r.event_type == "CONSULT"] == []
    standards = body.replace('had met "every European rule"', "met the standards")
    assert [r for r in extract(standards) if r.event_type == "CONSULT"] == []
    meeting = (
        "PRAGUE, March 14 (Reuters) - Czech Prime Minister Andrej Babis met South Korean "
        "President Lee Jae-myung in Prague on Wednesday."
    )
    assert [codes(r) for r in extract(meeting) if r.event_type == "CONSULT"] == [{"CZE", "KOR"}]


def test_talks_of_firms_or_banks_are_not_states_talks() -> None:
    """ "the two banks had held talks for nearly a year" (Bahraini and Omani lenders): firms'
    talks; "the central banks of Bahrain and Oman held talks" are the states' bodies'."""
    body = (
        "DUBAI, March 14 (Reuters) - Bank of Bahrain and Kuwait said it would buy a stake in "
        "Oman's Ahli Bank. Its chief executive said the two banks had held talks in Muscat on "
        "Tuesday."
    )
    assert [r for r in extract(body) if r.event_type == "CONSULT"] == []
    central = (
        "DUBAI, March 14 (Reuters) - The central banks of Bahrain and Oman held talks in Muscat on "
        "Tuesday."
    )
    assert [codes(r) for r in extract(central) if r.event_type == "CONSULT"] == [{"BHR", "OMN"}]
