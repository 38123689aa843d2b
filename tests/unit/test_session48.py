"""Rules of the forty-eighth session (held-out sets 63 and 64 as development sets, with sets
45 to 62), each with the near misses that keep it narrow."""

from __future__ import annotations

from tests.unit.diplomatic_helpers import codes, extract, place


def test_talks_in_the_perfect_after_a_guests_arrival_are_their_own_day() -> None:
    """ "X, who arrived in Amman on Monday, had held talks with his counterpart on Tuesday": a
    visit (Monday) and talks (Tuesday), as with "held talks"; told with no day, the talks stay
    the visit's."""
    body = (
        "Jordan and Egypt agreed to link their power grids, officials said on Wednesday.\n\n"
        "Egyptian Prime Minister Mostafa Madbouly, who arrived in Amman on Monday, had held talks "
        "with his Jordanian counterpart Jafar Hassan on Tuesday morning."
    )
    records = extract(body)
    talks = [r for r in records if r.mode == "talks"]
    assert len(talks) == 1
    assert talks[0].date == "2024-03-12"
    assert place(talks[0]) == ("Amman", "JOR")
    visit = next(r for r in records if r.mode == "visit")
    assert visit.date == "2024-03-11"
    # talks with a day of their own on the arrival's day are their own too (since the fiftieth
    # session, tests/unit/test_session50.py); talks of no day told stay the visit's
    same_day = body.replace("on Tuesday morning", "on Monday evening")
    assert [r.date for r in extract(same_day) if r.mode == "talks"] == ["2024-03-11"]
    undated = body.replace(" on Tuesday morning", "")
    assert [r for r in extract(undated) if r.mode == "talks"] == []


def test_a_state_that_meets_its_debt_repayments_meets_nobody() -> None:
    """ "to help it meet foreign debt repayments", "failed to meet its obligations": no
    meeting; "will meet" a person still is one."""
    body = (
        "Kuwait will deposit $500 million with Egypt's central bank to help it meet foreign debt "
        "repayments this year, the Kuwaiti finance ministry said on Wednesday."
    )
    assert [r for r in extract(body) if r.event_type == "CONSULT"] == []
    obligations = body.replace("meet foreign debt repayments", "meet its obligations")
    assert [r for r in extract(obligations) if r.event_type == "CONSULT"] == []
    # near miss: a meeting of people
    people = (
        "Kuwait's finance minister will meet Egyptian Prime Minister Mostafa Madbouly in Cairo "
        "next week, the Kuwaiti finance ministry said on Wednesday."
    )
    assert [r.mode for r in extract(people) if r.event_type == "CONSULT"] == ["meeting"]


def test_an_agreement_signed_in_a_city_on_a_day_is_done_whatever_it_will_do() -> None:
    """ "X will lend Y $300 million under an agreement signed in Algiers on Wednesday": the
    signing is done (Wednesday before the report), though the loan is to come, as with "an
    agreement signed Monday"; an agreement to be signed is not."""
    body = (
        "Qatar will lend Egypt $300 million to help it buy wheat under an agreement signed in "
        "Doha on Tuesday, the Egyptian cabinet said on Wednesday."
    )
    agreement = next(r for r in extract(body) if r.event_type == "AGREE")
    assert agreement.status == "occurred"
    assert agreement.date == "2024-03-12"
    # near miss: one still to be signed
    later = body.replace(
        "an agreement signed in Doha on Tuesday", "an agreement to be signed in Doha on Tuesday"
    )
    assert all(r.status != "occurred" for r in extract(later) if r.event_type == "AGREE")


def test_a_courtesy_call_on_a_pronoun_with_a_place_is_a_meeting() -> None:
    """ "Jaishankar called on him at his hotel on Wednesday evening": a courtesy call (a
    meeting), not an appeal; "called on him to ..." still asks."""
    body = (
        "King Abdullah II of Jordan opened a water technology fair in New Delhi on Tuesday.\n\n"
        "Indian External Affairs Minister S Jaishankar called on him at his hotel on Tuesday "
        "evening."
    )
    records = extract(body)
    assert [r.event_type for r in records if r.event_type == "REQUEST"] == []
    assert any(r.mode == "meeting" and r.event_type == "CONSULT" for r in records)
    # near miss: something asked of him
    asked = body.replace(
        "at his hotel on Tuesday evening", "on Tuesday evening to free the sailors"
    )
    assert any(r.event_type == "REQUEST" for r in extract(asked))


def test_a_courtesy_call_then_an_announcement_is_not_an_appeal() -> None:
    """ "Sun called on Foreign Minister Khadka at the ministry on Wednesday morning and announced
    that China would provide Nepal with a grant ... to build roads": the "to" is the grant's,
    after a second verb of the caller, not what the call asks."""
    body = (
        "Chinese Vice Foreign Minister Sun Weidong called on Foreign Minister Arzu Rana Deuba at "
        "the ministry in Kathmandu on Wednesday morning and announced that China would provide "
        "Nepal with a grant of 1 billion yuan to build roads in the northern districts."
    )
    records = extract(body)
    assert [r for r in records if r.event_type == "REQUEST"] == []
    assert any(r.mode == "meeting" for r in records)
    # near miss: an appeal verb after the "and" still asks
    urged = body.replace("and announced that China would provide", "and urged Nepal to accept")
    assert any(r.event_type == "REQUEST" for r in extract(urged))


def test_a_call_on_someone_new_on_a_later_day_of_a_visit_is_its_own_meeting() -> None:
    """A guest who arrived on Monday and "called on Foreign Minister X on Wednesday": a meeting
    of its own (someone the visit does not hold, on a day of its own); undated, or with no one
    new, it is the visit's."""
    body = (
        "Japanese Vice Foreign Minister Takehiro Funakoshi arrived in Hanoi on Monday for a "
        "three-day visit and held talks with Vietnamese Deputy Foreign Minister Nguyen Minh Hang "
        "on coast guard exchanges.\n\n"
        "Funakoshi called on Foreign Minister Bui Thanh Son at the ministry on Wednesday "
        "morning, the Japanese embassy said."
    )
    meetings = [r for r in extract(body) if r.mode == "meeting"]
    assert len(meetings) == 1
    assert meetings[0].date == "2024-03-13"
    assert "Bui Thanh Son" in {p.name for p in meetings[0].participants}
    # near miss: undated, the call is the visit's
    undated = body.replace(" at the ministry on Wednesday morning", "")
    assert [r for r in extract(undated) if r.mode == "meeting"] == []


def test_a_european_commissioner_named_without_her_office_is_the_eus() -> None:
    """ "Marta Kos, who arrived in Belgrade on Tuesday, held talks with Prime Minister Djuro
    Macut": a member of the European Commission named alone is the EU's side (the actor
    dictionary); a nationality in the text still wins."""
    body = (
        "Marta Kos, who arrived in Belgrade on Tuesday evening, held talks with Serbian Prime "
        "Minister Djuro Macut on Wednesday morning."
    )
    assert any(codes(r) == {"EUR", "SRB"} for r in extract(body))
    # near miss: a nationality told
    told = body.replace("Marta Kos,", "Slovenian envoy Marta Kos,")
    assert all("EUR" not in codes(r) for r in extract(told))


def test_a_guest_also_received_after_talks_told_before_is_a_third_event() -> None:
    """The lead's signing "after talks between A and B", then "A, who arrived on Wednesday
    evening, was also received by President C on Thursday morning": a visit (Wednesday), the
    talks and the audience (Thursday); without "also", as before, the audience is the visit's
    talks."""
    body = (
        "Lithuania and Poland signed an agreement on Wednesday to extend their gas pipeline link, "
        "during a visit to Warsaw by Lithuanian Prime Minister Gintautas Paluckas.\n\n"
        "The agreement was signed after talks between Paluckas and his Polish counterpart Donald "
        "Tusk at the Chancellery.\n\n"
        "Paluckas, who arrived in Warsaw on Tuesday evening, was also received by President "
        "Andrzej Duda at the Belweder Palace on Wednesday afternoon."
    )
    title = "Lithuania, Poland extend gas link as Paluckas visits Warsaw"
    consult = sorted(r.mode or "" for r in extract(body, title) if r.event_type == "CONSULT")
    assert consult == ["meeting", "talks", "visit"]
    # near miss: without "also"
    plain = body.replace("was also received", "was received")
    consult = sorted(r.mode or "" for r in extract(plain, title) if r.event_type == "CONSULT")
    assert consult == ["meeting", "visit"]


def test_a_planned_thing_before_the_trigger_does_not_make_the_visit_planned() -> None:
    """ "signed an agreement on Thursday to connect ELWIND, a planned offshore wind farm in the
    Gulf of Riga, during a visit to Tallinn by ...": the visit is not planned; "during a planned
    state visit" still is."""
    body = (
        "Finland and Estonia signed an agreement on Wednesday to link Estlink 3, a planned "
        "undersea power cable in the Gulf of Finland, to their grids, during a visit to Tallinn "
        "by Finnish Prime Minister Petteri Orpo."
    )
    title = "Finland, Estonia sign grid deal as Orpo visits Tallinn"
    visit = next(r for r in extract(body, title) if r.mode == "visit")
    assert visit.status == "occurred"
    # near misses: the visit itself planned, or the event's own noun phrase going on with "of"
    round_of = (
        "A planned round of negotiations between Iran and the United States in Muscat was "
        "confirmed by Oman on Wednesday."
    )
    assert all(r.status != "occurred" for r in extract(round_of) if r.event_type == "CONSULT")
    planned = (
        "Finland and Estonia will sign an agreement to link their grids during a planned visit "
        "to Tallinn by Finnish Prime Minister Petteri Orpo."
    )
    assert all(r.status != "occurred" for r in extract(planned) if r.mode == "visit")


def test_people_listed_by_their_states_possessive_are_those_states() -> None:
    """ "signed by Brazil's Luiz Inacio Lula da Silva, Uruguay's Yamandu Orsi and Paraguay'
    Santiago Pena": each is his state's person (a list with a known official), so a later
    "Orsi held talks with Lula" is Uruguay's and Brazil's; a lone possessive name is not."""
    body = (
        "The declaration was signed by Brazil's Luiz Inacio Lula da Silva, Uruguay's Hector "
        "Baldomir Ferreira and Paraguay's Santiago Pena on Wednesday.\n\n"
        "Baldomir Ferreira held bilateral talks on Wednesday with Lula on river dredging."
    )
    talks = [r for r in extract(body) if r.mode == "talks"]
    assert [codes(r) for r in talks] == [{"BRA", "URY"}]
    # a list that ends the text: the full stop is not the name's
    last = (
        "Hector Baldomir Ferreira held bilateral talks with Brazilian President Luiz Inacio Lula "
        "da Silva on Wednesday on river dredging.\n\n"
        "Lula later hosted Paraguay's Santiago Pena and Uruguay's Hector Baldomir Ferreira."
    )
    names = {p.name for r in extract(last) for p in r.participants if p.name}
    assert "Hector Baldomir Ferreira" in names
    assert "Hector Baldomir Ferreira." not in names
    # near miss: a possessive name alone in its sentence is no person of the state
    alone = (
        "Uruguay's Hector Baldomir Ferreira opened a bridge on Wednesday.\n\n"
        "Baldomir Ferreira held bilateral talks on Wednesday with Brazilian President Luiz "
        "Inacio Lula da Silva on river dredging."
    )
    assert all("URY" not in codes(r) for r in extract(alone))


def test_two_states_agreeing_on_the_sidelines_of_a_pact_is_their_own_agreement() -> None:
    """A pact of five, then "On the sidelines, Arevalo and Bukele agreed to reopen a crossing":
    two of the pact's states agreeing on their own; without "on the sidelines" it stays the
    pact told again."""
    body = (
        "Leaders of Guatemala, El Salvador, Honduras, Costa Rica and Panama signed a regional pact "
        "against extortion on Wednesday at a summit in Panama City.\n\n"
        "On the sidelines, Guatemalan President Bernardo Arevalo and Salvadoran President Nayib "
        "Bukele agreed to reopen the Anguiatu border crossing to cargo traffic."
    )
    agreements = [r for r in extract(body) if r.event_type == "AGREE"]
    assert sorted(len(codes(r)) for r in agreements) == [2, 5]
    plain = body.replace("On the sidelines, Guatemalan", "Guatemalan")
    assert len([r for r in extract(plain) if r.event_type == "AGREE"]) == 1
    # near miss: the pair joining the pact itself
    joining = body.replace(
        "agreed to reopen the Anguiatu border crossing to cargo traffic",
        "agreed to sign the regional pact, ending their boycott",
    )
    assert len([r for r in extract(joining) if r.event_type == "AGREE"]) == 1


def test_the_ministry_of_the_sentence_before_summons_an_envoy() -> None:
    """ "Norway ordered two Russian diplomats to leave ... the foreign ministry said. The ministry
    summoned Russia's ambassador on Friday morning": the summoner is the state the sentence
    before opens with, as for "It"; a ministry named with its state is that state's."""
    body = (
        "OSLO, March 14 (Reuters) - Norway ordered two Russian diplomats to leave the country on "
        "Wednesday, the foreign ministry said.\n\n"
        "The ministry summoned Russia's ambassador on Wednesday morning and told him the two "
        "had 72 hours to leave, a spokesman said."
    )
    summons = [r for r in extract(body) if r.event_type == "ACCUSE"]
    assert [codes(r) for r in summons] == [{"NOR", "RUS"}]
    # near misses: no state before it, no summoner; nor the ministry of a story filed from
    # elsewhere, whose sentence before opens with a visitor's state
    alone = body.split("\n\n")[1]
    assert [r for r in extract(alone) if r.event_type == "ACCUSE"] == []
    visitor = (
        "Ukraine's President Volodymyr Zelensky visited Chisinau on Wednesday.\n\n"
        "The foreign ministry summoned Russia's ambassador over drone incursions into Moldovan "
        "airspace."
    )
    assert all("UKR" not in codes(r) for r in extract(visitor) if r.event_type == "ACCUSE")
    # ... but a ministry the sentence before names is that one, wherever the story is filed
    named = (
        "TEGUCIGALPA, March 14 (EFE) - Honduras restored ties with Taiwan on Wednesday.\n\n"
        "Hours later, China's Foreign Ministry announced that Beijing was cutting its ties with "
        "Honduras.\n\n"
        "The ministry also accused Taiwan of using dollar diplomacy."
    )
    accusations = [r for r in extract(named) if r.event_type == "ACCUSE"]
    assert [codes(r) for r in accusations] == [{"CHN", "TWN"}]
