"""Rules of the thirtieth session, each with the near misses that keep it narrow."""

from __future__ import annotations

from newsevents.contracts import RawArticle
from newsevents.extract.casualty import extract_casualties
from newsevents.extract.document import analyse
from newsevents.normalize.gazetteer import gazetteer
from tests.unit.diplomatic_helpers import codes, extract

PUBLISHED = "2025-05-22T18:00:00+02:00"  # a Thursday


def _places(body: str, title: str = "World news") -> list[str | None]:
    article = RawArticle(id="s30", title=title, body=body, published_at=PUBLISHED)
    return [
        r.location.country_code if r.location else None
        for r in extract_casualties(analyse(article), "test")
    ]


def test_a_province_named_like_a_foreign_citys_other_name_is_no_foreign_place() -> None:
    # "Antioquia" is Antakya's Spanish name, and a province of Colombia
    body = (
        "BOGOTA, May 22 (Reuters) - A bus plunged into a ravine in Colombia's northwest on "
        "Wednesday. Police in Antioquia province said 14 passengers were killed."
    )
    assert _places(body) == ["COL"]
    # near misses: a city's other name without a region word, or in its own country's story,
    # is still the city (a review found Marrakech, Seville and Mekelle lost to a wider rule)
    gaz = gazetteer()
    marrakech = gaz.best_city("Marrakech", frozenset({"USA"}), strict=True)
    assert marrakech is not None
    assert marrakech.iso3 == "MAR"
    turkish = (
        "ANKARA, May 22 (Reuters) - An earthquake struck Turkey's Hatay region on Wednesday. "
        "Officials in Antioquia province said 14 people were killed."
    )
    assert _places(turkish) == ["TUR"]


def test_a_one_sided_act_is_towards_the_state_the_story_is_about() -> None:
    body = (
        "Mali's military government said on Monday it had summoned the ambassador of France "
        "over remarks by French ministers. On Wednesday the Malian foreign ministry demanded an "
        "apology from the ambassador."
    )
    # (a demand told on another day than the summons: not folded into it, see session 33)
    demand = [r for r in extract(body, "Mali summons French envoy") if r.event_type == "REQUEST"]
    assert demand
    assert codes(demand[0]) == {"MLI", "FRA"}
    # the added side is traced to the mention of it nearest before the act
    added = [e for e in demand[0].evidence if e.field == "participant"]
    assert added
    assert added[-1].text == "French"
    # near misses: two other states named as often (no one counterpart), a state named once
    tie = (
        "Mali's government said on Monday that Algeria and Morocco had both offered help, and "
        "Algerian and Moroccan officials confirmed it. The Malian foreign ministry demanded an "
        "apology from the ambassador."
    )
    assert [codes(r) for r in extract(tie, "Mali") if r.event_type == "REQUEST"] in ([], [{"MLI"}])
    once = (
        "Mali's government said on Monday it had summoned the ambassador over remarks made in "
        "France. The Malian foreign ministry demanded an apology from the ambassador."
    )
    assert [codes(r) for r in extract(once, "Mali") if r.event_type == "REQUEST"] in ([], [{"MLI"}])


def _people(body: str, title: str = "World news") -> list[tuple[str, list[tuple[str, str | None]]]]:
    return [
        (
            str(r.event_type),
            [(p.name, p.country_code) for p in r.participants if p.kind == "person"],
        )
        for r in extract(body, title)
    ]


def test_leaders_consultation_and_memoranda_and_those_who_held_the_meeting() -> None:
    body = (
        "BANDAR SERI BEGAWAN, March 13 (Bernama) -- Sultan Hassanal Bolkiah of Brunei and Prime "
        "Minister Anwar Ibrahim held the 27th Annual Leaders' Consultation here on Wednesday. "
        "The two leaders later witnessed the signing of four memoranda of understanding."
    )
    found = _people(body)
    meeting = [p for t, p in found if t == "CONSULT"]
    assert meeting == [[("Sultan Hassanal Bolkiah", "BRN"), ("Anwar Ibrahim", "MYS")]]
    assert "AGREE" in [t for t, _ in found]
    # "of Brunei" is the Sultan's, not the next title's; the lexicon gives Anwar his state
    # near misses: a public consultation, a consultation held at home, a title with its own
    # state before it
    public = (
        "Malaysia's government held a public consultation on the new highway on Wednesday, "
        "the works ministry said."
    )
    assert [t for t, _ in _people(public)] == []
    minister = (
        "Foreign Minister Vivian Balakrishnan of Singapore and Malaysian Foreign Minister "
        "Mohamad Hasan held talks in Singapore on Wednesday."
    )
    assert [p for t, p in _people(minister) if t == "CONSULT"] == [
        [("Vivian Balakrishnan", "SGP"), ("Mohamad Hasan", "MYS")]
    ]
    summit = (
        "Malaysian Prime Minister Anwar Ibrahim and Indonesian President Prabowo Subianto held "
        "the annual summit in Jakarta on Wednesday."
    )
    consult = [r for r in extract(summit) if r.event_type == "CONSULT"]
    assert [codes(r) for r in consult] == [{"MYS", "IDN"}]


def _kinds(body: str, title: str = "World news") -> list[tuple[str, frozenset[str]]]:
    return [(str(r.event_type), frozenset(codes(r))) for r in extract(body, title)]


def test_stands_package_of_sanctions_dismissed_concern_prompted_accusation() -> None:
    stand = (
        'Latvian Foreign Minister Baiba Braze said on Wednesday that Latvia "fully stands with '
        'Finland," after the cable was cut.'
    )
    assert ("SUPPORT", frozenset({"LVA", "FIN"})) in _kinds(stand)
    package = "EU ministers are due to approve a new package of sanctions against Iran on Monday."
    assert ("SANCTION", frozenset({"EUR", "IRN"})) in _kinds(package)
    dismissed = (
        "Botswana summoned Namibia's high commissioner on Tuesday. Namibia's government "
        "spokesperson, Peya Mushelenga, dismissed the concern on Wednesday."
    )
    assert "REJECT" in [t for t, _ in _kinds(dismissed)]
    prompted = (
        "Fisheries talks ended in Oslo on Wednesday without agreement, prompting Norway to "
        "accuse Iceland of overfishing."
    )
    assert ("ACCUSE", frozenset({"NOR", "ISL"})) in _kinds(prompted)
    # near misses: talks about sanctions, a present-tense standing charge
    talk = "Ministers held talks on Monday about a package of sanctions on Iran."
    assert "SANCTION" not in [t for t, _ in _kinds(talk)]
    standing = "Congo and U.N. experts accuse Rwanda of backing the M23 rebels."
    assert "ACCUSE" not in [t for t, _ in _kinds(standing)]


def test_review_near_misses() -> None:
    """Over-reaches a reviewer found in this session's first rules, each now kept out."""
    # "holds the key to the talks" does not hold them
    key = (
        "U.S. and Iranian negotiators held indirect talks in Muscat on Sunday. Analysts said "
        "China holds the key to the talks."
    )
    assert all("CHN" not in codes(r) for r in extract(key) if r.event_type == "CONSULT")
    # a government's consultation with the public is no leaders' meeting
    public = (
        "Britain's Treasury will hold a consultation on the new digital services tax, "
        "the chancellor said on Wednesday."
    )
    assert _kinds(public) == []


def test_called_in_an_envoy_and_a_subjects_relative_clause() -> None:
    called_in = (
        "Kenya's foreign ministry said on Wednesday it had called in Uganda's high commissioner "
        "to convey its concern over the arrests."
    )
    assert ("ACCUSE", frozenset({"KEN", "UGA"})) in _kinds(called_in)
    summit = (
        "The summit, which opened on Wednesday in Suva, was hosted by Fijian Prime Minister "
        "Sitiveni Rabuka."
    )
    assert any(r.event_type == "CONSULT" and "FJI" in codes(r) for r in extract(summit))
    # near miss: the army called in
    police = "Kenya's government called in the army on Wednesday to quell riots in Nairobi."
    assert _kinds(police) == []


def test_second_review_near_misses() -> None:
    """Over-reaches the second review found, each now kept out."""
    debated = (
        "EU foreign ministers debated a new round of sanctions against Russia on Monday but "
        "failed to reach agreement."
    )
    assert "SANCTION" not in [t for t, _ in _kinds(debated)]
    imposed = "Britain imposed two rounds of sanctions on Iran on Monday."
    assert ("SANCTION", frozenset({"GBR", "IRN"})) in _kinds(imposed)
    hardly = (
        'Critics said on Monday that Hungary "hardly stands with Ukraine" after Budapest '
        "blocked the aid."
    )
    assert "SUPPORT" not in [t for t, _ in _kinds(hardly)]
    inflation = "Argentina's economy minister dismissed concerns about inflation on Monday."
    assert "REJECT" not in [t for t, _ in _kinds(inflation)]
    lawmakers = (
        "Serbia's president met Russia's ambassador on Monday, prompting opposition lawmakers "
        "to accuse him of betraying the country's EU bid."
    )
    assert "ACCUSE" not in [t for t, _ in _kinds(lawmakers)]
    risked = (
        "A drone crashed in eastern Poland on Monday, in an incident that risked forcing Warsaw "
        "to accuse Russia of an attack."
    )
    assert "ACCUSE" not in [t for t, _ in _kinds(risked)]
    # a province spelled like a neighbour's city is still found in a story naming the other
    zaporizhzhia = (
        "KYIV, May 22 (Reuters) - Russian drones struck an energy plant on Wednesday. Officials "
        "in Zaporizhzhia region said two workers were killed."
    )
    assert _places(zaporizhzhia) == ["UKR"]


def test_talks_that_would_go_ahead_and_a_claim_not_up_for_negotiation() -> None:
    ahead = (
        "Norway's envoy said on Monday that the next round of talks between Colombia and the "
        "ELN would go ahead in Caracas on June 9."
    )
    talks = [r for r in extract(ahead) if r.event_type == "CONSULT"]
    assert talks
    assert (talks[0].status, talks[0].date) == ("scheduled", "2024-06-09")
    closed = (
        "Mauritius on Wednesday called on Britain to hand back the Chagos Islands, which "
        "Mauritius has claimed since 1968. Britain's "
        'Foreign Office said on Thursday that British sovereignty was "not up for negotiation."'
    )
    assert ("REJECT", frozenset({"GBR", "MUS"})) in _kinds(closed)
    # near miss: no speaker before the words
    price = "The price, the seller said, was not up for negotiation."
    assert _kinds(price) == []


def test_a_summit_named_as_the_eve_of_is_a_time_reference() -> None:
    eve = (
        "On the eve of the summit, on Wednesday evening, Argentina's president and Chile's "
        "president held a bilateral meeting in Santiago."
    )
    meetings = [r for r in extract(eve) if r.event_type == "CONSULT" and r.mode == "meeting"]
    assert [codes(r) for r in meetings] == [{"ARG", "CHL"}]


def test_an_appeal_to_return_to_dialogue_is_no_dialogue() -> None:
    appeal = (
        "The African Union urged Sudan and South Sudan on Wednesday to exercise restraint and "
        "return to dialogue."
    )
    assert [t for t, _ in _kinds(appeal)] == ["REQUEST"]
