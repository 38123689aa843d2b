"""Diplomatic rules of the twenty-sixth session, each with the near misses that keep it
narrow."""

from __future__ import annotations

from newsevents.contracts import DiplomaticEvent, RawArticle
from newsevents.extract.diplomatic import extract_diplomatic
from newsevents.extract.document import analyse
from tests.unit.diplomatic_helpers import codes, document, extract

_CRASH = (
    "HARARE, Oct. 2 (Xinhua) -- The death toll from a bus crash on Zimbabwe's Harare-Masvingo "
    "highway has risen to 19, national police spokesperson Commissioner Paul Nyathi said on "
    "Thursday.\n\nFive of the dead were Malawian nationals, Nyathi said. The Malawian High "
    "Commission in Harare said it was working with Zimbabwean authorities to identify the "
    "victims.\n\n"
)


def _requests(body: str) -> list[set[str]]:
    return [codes(r) for r in extract(body) if r.event_type == "REQUEST"]


def test_an_appeal_to_operators_or_rescue_agencies_is_a_call_at_home() -> None:
    assert _requests(_CRASH + "Nyathi urged bus operators to observe speed limits.") == []
    quake = (
        "Iran's President Hassan Rouhani visited the quake zone in Kermanshah on Monday, after "
        "Iraq and Turkey offered help. Supreme Leader Ayatollah Ali Khamenei called on rescue "
        "agencies to do everything they could."
    )
    assert _requests(quake) == []
    # near miss: an appeal to another state about its operators names that state and stays
    assert _requests(
        _CRASH + "Nyathi urged Malawi to check the bus operators that cross the border."
    ) == [{"ZWE", "MWI"}]


def test_asking_whether_is_a_question_not_a_request() -> None:
    visit = (
        "Hungarian Prime Minister Viktor Orban arrived in Moscow on Friday for talks with Russian "
        "President Vladimir Putin. "
    )
    asked = (
        "Poland's Prime Minister Donald Tusk had asked on Thursday, as rumours of the trip "
        "spread, whether they were true."
    )
    assert _requests(visit + asked) == []
    # near miss: asking a state to do something is a request
    near = "Poland's Prime Minister Donald Tusk asked Hungary on Thursday to explain the trip."
    assert _requests(visit + near) == [{"POL", "HUN"}]


def test_an_official_named_by_surname_is_due_somewhere() -> None:
    call = (
        "French Interior Minister Bruno Retailleau and British Home Secretary Yvette Cooper spoke "
        "by phone on Tuesday and discussed a proposed pilot scheme. "
    )
    records = extract(call + "Cooper is due in Paris next week to continue the discussions.")
    visits = [r for r in records if r.mode == "visit"]
    assert [codes(r) for r in visits] == [{"FRA", "GBR"}]
    assert visits[0].location is not None
    assert visits[0].location.name == "Paris"
    # near miss: a surname no title went with is no official ("Cooper" the singer)
    singer = "The singer Alice Cooper spoke to fans on Tuesday. Cooper is due in Paris next week."
    assert [r for r in extract(singer) if r.mode == "visit"] == []


def test_a_company_named_in_apposition_signs_no_state_deal() -> None:
    body = (
        "The novel won the Dakar prize on Thursday. A Banjul-based publisher, Sukuta Books, "
        "signed a deal on Friday to bring out an English translation in the Gambia next year, "
        "France's culture ministry said."
    )
    assert [r for r in extract(body) if r.event_type == "AGREE"] == []
    # near miss: a state named with its minister in apposition signs a state's deal
    state = (
        "The Gambia's trade minister, Baboucarr Joof, signed a deal with Senegal on Friday to "
        "open the border."
    )
    assert [codes(r) for r in extract(state) if r.event_type == "AGREE"] == [{"GMB", "SEN"}]


def _read(body: str, title: str, published: str) -> list[DiplomaticEvent]:
    article = RawArticle(id="s26", title=title, body=body, published_at=published)
    return extract_diplomatic(analyse(article), "test")


_SUMMIT_TITLE = 'Starmer and Martin hail "reset" at first UK-Ireland summit in Liverpool'
_SUMMIT_DAY = "2025-03-07T16:00:00+00:00"  # a Friday
_SUMMIT = (
    "LIVERPOOL, England, March 7 (Reuters) - British Prime Minister Keir Starmer and Irish "
    "Taoiseach Micheal Martin agreed on Friday to link their electricity grids more closely "
    "through new undersea cables in the Irish Sea, at the first of what they said would be annual "
    "summits between the two governments.\n\nThe leaders met in Liverpool, a city with deep Irish "
    "roots, and signed a joint statement committing London and Dublin to cooperate on offshore "
    "wind, energy interconnectors and migration, and to hold regular meetings of ministers."
)
_MARGINS = (
    "Irish Deputy Prime Minister and Foreign Minister Simon Harris met British Foreign "
    "Secretary David Lammy on the margins of the summit, the Irish foreign ministry said."
)


def test_one_agreement_a_day_between_the_same_sides() -> None:
    records = _read(_SUMMIT, _SUMMIT_TITLE, _SUMMIT_DAY)
    assert [codes(r) for r in records if r.event_type == "AGREE"] == [{"GBR", "IRL"}]
    # near miss: a ceasefire and an agreement of the same day are two acts
    two = extract(
        "Kyrgyzstan and Tajikistan agreed a ceasefire on Thursday after border clashes. The two "
        "governments also signed an agreement on Thursday to reopen the Batken crossing."
    )
    assert sorted(r.mode for r in two if r.event_type == "AGREE") == ["agreement", "ceasefire"]


def test_ministers_meeting_on_the_margins_of_a_summit_of_their_leaders_meet_on_their_own() -> None:
    records = _read(_SUMMIT + "\n\n" + _MARGINS, _SUMMIT_TITLE, _SUMMIT_DAY)
    meetings = [r for r in records if r.event_type == "CONSULT" and r.mode == "meeting"]
    assert [sorted(p.name for p in r.participants if p.kind == "person") for r in meetings] == [
        ["David Lammy", "Simon Harris"]
    ]
    # near miss: the leaders' own meeting at the summit is the summit
    leaders = "Starmer met Martin on the margins of the summit, the Irish government said."
    records = _read(_SUMMIT + "\n\n" + leaders, _SUMMIT_TITLE, _SUMMIT_DAY)
    assert [r for r in records if r.event_type == "CONSULT" and r.mode == "meeting"] == []


def test_expressing_full_support_is_an_endorsement() -> None:
    body = (
        "Norway's Prime Minister Jonas Gahr Store and Sweden's Prime Minister Ulf Kristersson "
        'issued a joint statement on Thursday expressing "full support for Denmark and for the '
        'people of Greenland".'
    )
    assert [codes(r) for r in extract(body) if r.event_type == "SUPPORT"] == [{"DNK", "NOR", "SWE"}]
    # near miss: support that a statement does not express is no endorsement
    denied = (
        "Norway's Prime Minister Jonas Gahr Store said on Thursday that he was not expressing "
        "support for any side in the dispute between Denmark and the United States."
    )
    assert [r for r in extract(denied) if r.event_type == "SUPPORT"] == []


def test_somaliland_is_coded_with_its_state() -> None:
    body = (
        "Somaliland President Abdirahman Mohamed Abdullahi met Kenyan Prime Cabinet Secretary "
        "Musalia Mudavadi in Nairobi on Wednesday, according to a statement from Mudavadi's office."
    )
    meetings = [r for r in extract(body) if r.event_type == "CONSULT"]
    assert [codes(r) for r in meetings] == [{"KEN", "SOM"}]


def test_what_a_state_of_affairs_dates_from_is_background() -> None:
    for opening in ("since January", "since April 2023", "since last year"):
        body = (
            f"Relations between Addis Ababa and Mogadishu have been strained {opening}, when "
            "Ethiopia signed a memorandum of understanding with Kenya on access to the sea."
        )
        assert [r for r in extract(body) if r.event_type == "AGREE"] == [], opening
    # near miss: a "when" that dates the news itself is no background
    news = (
        "Ethiopia signed a memorandum of understanding with Kenya on Tuesday, when Prime "
        "Minister Abiy Ahmed visited Nairobi."
    )
    assert [codes(r) for r in extract(news) if r.event_type == "AGREE"] == [{"ETH", "KEN"}]


def test_the_name_a_leader_goes_by_is_his() -> None:
    body = (
        "Somaliland President Abdirahman Mohamed Abdullahi, known as Irro, met Kenyan Prime "
        "Cabinet Secretary Musalia Mudavadi in Nairobi on Wednesday. Irro will travel to Addis "
        "Ababa next month for talks with Ethiopian officials, a spokesman said."
    )
    records = extract(body)
    assert sorted(sorted(codes(r)) for r in records if r.event_type == "CONSULT") == [
        ["ETH", "SOM"],
        ["KEN", "SOM"],
    ]
    # near miss: a thing known by a name is no alias of the person before it
    doc = document(
        "Somaliland President Abdirahman Mohamed Abdullahi met Kenyan officials on the road, "
        "known as Highway One, on Wednesday."
    )
    assert "One" not in doc.persons


def test_rejecting_the_protest_rejects_the_protester() -> None:
    summons = "Poland summoned Hungary's ambassador on Tuesday over the asylum case. "
    rejected = "Hungarian Foreign Minister Peter Szijjarto rejected the protest on Wednesday."
    records = extract(summons + rejected)
    assert [codes(r) for r in records if r.event_type == "REJECT"] == [{"HUN", "POL"}]
    # near miss: a protest no earlier act of another state made is one side's
    alone = "Hungarian Foreign Minister Peter Szijjarto rejected the protest on Wednesday."
    assert [codes(r) for r in extract(alone) if r.event_type == "REJECT"] in ([], [{"HUN"}])


def _persons(record: DiplomaticEvent) -> list[str]:
    return sorted(p.name for p in record.participants if p.kind == "person")


def test_the_office_names_the_one_holder_of_each_side() -> None:
    agreed = (
        "Kenya and Somalia agreed on Wednesday to reopen the Mandera border crossing after two "
        "days of talks between their {office} in Nairobi. "
    )
    where = (
        "Kenyan Foreign Minister Wanjiru Kamau was in Geneva last month. Somali Foreign Minister "
        "Abdikarim Farah Nur was in Doha last month."
    )
    records = [
        r
        for r in extract(agreed.format(office="foreign ministers") + where)
        if r.event_type == "AGREE"
    ]
    assert [_persons(r) for r in records] == [["Abdikarim Farah Nur", "Wanjiru Kamau"]]
    # near miss: talks of another office name none of the foreign ministers
    records = [
        r
        for r in extract(agreed.format(office="defence chiefs") + where)
        if r.event_type == "AGREE"
    ]
    assert [_persons(r) for r in records] == [[]]
