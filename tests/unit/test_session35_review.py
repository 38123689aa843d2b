"""Over-reaches a review found in the thirty-fifth session's diplomatic rules, kept as near
misses: each probe below was read wrongly by the rules as first written."""

from __future__ import annotations

from tests.unit.diplomatic_helpers import codes, document, extract, only, place


def _people(record: object) -> set[str]:
    return {p.name for p in record.participants if p.kind.value == "person"}  # type: ignore[attr-defined]


def test_no_dateline_place_for_an_agreement_that_was_not_signed_there() -> None:
    """A "sign" that is a noun, a signing denied or to come, a deal signed last year, and
    signings told as made away (while in Germany, touring, by an envoy abroad, at a border
    ceremony or a resort) place nothing in the dateline city."""
    bodies = [
        "ASTANA, March 14 (Reuters) - Kazakhstan and Kyrgyzstan agreed on Wednesday to reopen "
        "border crossings, but there were few signs of progress on water.",
        "TASHKENT, March 14 (Reuters) - Uzbekistan and Kazakhstan agreed on Wednesday to share "
        "water, a sign of warming ties.",
        "ASTANA, March 14 (Reuters) - Kazakhstan and China agreed on Wednesday to extend a "
        "visa-free regime, the foreign ministry said, without signing any document.",
        "TASHKENT, March 14 (Reuters) - Uzbekistan and Kazakhstan reached an agreement on "
        "Wednesday on sharing water, but it has yet to be signed.",
        "TASHKENT, March 14 (Reuters) - Uzbek Foreign Minister Bakhtiyor Saidov signed an "
        "investment agreement with Germany on Wednesday while in Germany.",
        "TASHKENT, March 14 (Reuters) - Uzbek Foreign Minister Bakhtiyor Saidov, who is touring "
        "Europe this week, signed an investment agreement with Germany on Wednesday.",
        "TASHKENT, March 14 (Reuters) - Uzbekistan's ambassador to Japan signed a loan agreement "
        "with Japan on Wednesday.",
        "TASHKENT, March 14 (Reuters) - Uzbekistan and Kazakhstan signed a water agreement on "
        "Wednesday at a ceremony on the border.",
    ]
    for body in bodies:
        agreement = only(extract(body), "AGREE")
        assert place(agreement) is None, body


def test_no_venue_place_for_acts_of_states_not_at_the_meeting() -> None:
    """Russia and North Korea's signing in a story of talks in Kyiv, and Xi's invitation to
    Ruto after Ruto met Abiy in Nairobi, are not at the story's meeting."""
    signing = extract(
        "KYIV, March 14 (Reuters) - Ukrainian President Volodymyr Zelenskiy met Dutch Prime "
        "Minister Mark Rutte in Kyiv on Wednesday to discuss air defence.\n\n"
        "Russia's economy has grown despite sanctions.\n\n"
        "Russia and North Korea signed a military cooperation agreement on Wednesday, state "
        "media reported."
    )
    assert place(only(signing, "AGREE")) is None
    invitation = extract(
        "NAIROBI, March 14 (Reuters) - Kenyan President William Ruto met Ethiopian Prime "
        "Minister Abiy Ahmed in Nairobi on Wednesday.\n\n"
        "On Wednesday, Chinese President Xi Jinping invited Ruto to visit Beijing."
    )
    assert place(only(invitation, "REQUEST")) is None


def test_a_topic_town_does_not_unplace_talks_held_in_the_dateline_city() -> None:
    """ "held talks on Wednesday on insecurity in the city of Menaka", "days after a clash
    near the island of Thitu": the town is the topic; the talks are still in the dateline
    city."""
    for body, city in (
        (
            "BAMAKO, March 14 (Reuters) - Malian and Nigerien officials held talks on Wednesday "
            "on insecurity in the city of Menaka.",
            ("Bamako", "MLI"),
        ),
        (
            "MANILA, March 14 (Reuters) - Philippine and Chinese diplomats held talks on "
            "Wednesday, days after a clash near the island of Thitu.",
            ("Manila", "PHL"),
        ),
    ):
        assert place(only(extract(body), "CONSULT")) == city, body


def test_a_possessive_dateline_keeps_its_old_reading() -> None:
    """ "ST. JOHN'S" (Antigua's capital and a Canadian city) is not made the Canadian city."""
    doc = document("ST. JOHN'S, March 14 (Reuters) - The foreign ministry summoned China's envoy.")
    assert doc.dateline_country != "CAN"


def test_a_yearly_word_of_a_relative_or_an_official_with_a_crowd_keeps_the_visit() -> None:
    """ "visited Tokyo on Wednesday, a trip Korean leaders used to make every year", "Minister
    X and thousands of pilgrims travelled to", "Most EU Commissioners travelled to Kyiv": still
    visits."""
    yearly = extract(
        "SEOUL, March 14 (Reuters) - South Korean President Yoon Suk Yeol visited Tokyo on "
        "Wednesday, a trip Korean leaders used to make every year."
    )
    assert codes(only(yearly, "CONSULT")) == {"KOR", "JPN"}
    official = extract(
        "JAKARTA, March 14 (Reuters) - Indonesian Religious Affairs Minister Yaqut Cholil Qoumas "
        "and thousands of pilgrims travelled to Saudi Arabia on Wednesday."
    )
    assert codes(only(official, "CONSULT")) == {"IDN", "SAU"}
    commissioners = extract(
        "KYIV, March 14 (Reuters) - Most EU Commissioners travelled to Kyiv on Wednesday to meet "
        "Ukrainian President Volodymyr Zelenskiy."
    )
    assert [r.mode for r in commissioners] == ["visit"]


def test_an_opening_spell_of_talks_is_not_the_sides_talks() -> None:
    """ "Following a night of talks, EU leaders agreed to open membership negotiations with
    Ukraine": no talks with Ukraine."""
    records = extract(
        "BRUSSELS, March 14 (Reuters) - Following a night of talks, EU leaders agreed to open "
        "membership negotiations with Ukraine and Moldova."
    )
    assert not [r for r in records if r.mode == "talks" and "UKR" in codes(r)]


def test_no_voice_from_another_act_a_former_official_or_a_contrast() -> None:
    """A minister who speaks of another act ("said he would travel to Brussels"), a former
    president, someone cited, and a prime minister after "though" are no voice of the act;
    the defence minister before "though" is (the near miss)."""
    cases = [
        (
            "KYIV, March 14 (Reuters) - Ukraine accused Russia on Wednesday of killing civilians "
            "in Odesa, and Foreign Minister Dmytro Kuleba said he would travel to Brussels next "
            "week.",
            "ACCUSE",
            set(),
        ),
        (
            "WASHINGTON, March 14 (Reuters) - The United States accused China on Wednesday of "
            "hacking, former President Donald Trump said.",
            "ACCUSE",
            set(),
        ),
        (
            "NEW DELHI, March 14 (Reuters) - India rejected Canada's allegations on Wednesday as "
            "absurd, citing a statement by former foreign secretary Kanwal Sibal.",
            "REJECT",
            set(),
        ),
        (
            "ISLAMABAD, March 14 (Reuters) - Pakistan accused Afghanistan on Wednesday of "
            "harbouring militants, Defence Minister Khawaja Asif told Geo TV, though Prime "
            "Minister Shehbaz Sharif said talks remained possible.",
            "ACCUSE",
            {"Khawaja Asif"},
        ),
    ]
    for body, event_type, people in cases:
        assert _people(only(extract(body), event_type)) == people, body


def test_second_review_near_misses() -> None:
    """A second review's probes: a signing told from a bureau city is not placed there; a trip
    with "held annually" talks stays a visit; "Later, she accused" after two people's meeting is
    nobody's; a veto after a week of talks makes no talks; a speaker who says he would call
    someone is no voice of the condemnation; "to join NATO in Washington on Wednesday" is the
    signing's own place."""
    for city in ("ISTANBUL", "SYDNEY", "ALMATY"):
        body = f"{city}, March 14 (Reuters) - Kazakhstan and Turkey signed a trade agreement on Wednesday."
        assert place(only(extract(body), "AGREE")) is None, city
    annual = extract(
        "SEOUL, March 14 (Reuters) - South Korean President Yoon Suk Yeol visited Tokyo on "
        "Wednesday to attend talks held annually between the two countries."
    )
    assert [(r.mode, place(r)) for r in annual] == [("visit", ("Tokyo", "JPN"))]
    later = extract(
        "BEIJING, March 14 (Reuters) - Chinese Foreign Minister Wang Yi met Philippine Foreign "
        "Secretary Enrique Manalo on Wednesday, spokeswoman Mao Ning said. Later, she accused "
        "Manila of provocations."
    )
    assert not [r for r in later if r.event_type == "ACCUSE" and "Wang Yi" in _people(r)]
    veto = extract(
        "NEW YORK, March 14 (Reuters) - Russia vetoed a U.N. Security Council resolution on "
        "Wednesday after a week of talks among the council's 15 members."
    )
    assert not [r for r in veto if r.event_type == "CONSULT"]
    call = extract(
        "ANKARA, March 14 (Reuters) - Turkey condemned Israel's strikes on Gaza on Wednesday, and "
        "President Tayyip Erdogan said he would call Egyptian President Abdel Fattah al-Sisi."
    )
    assert "Tayyip Erdogan" not in _people(only(call, "ACCUSE"))
    nato = extract(
        "WASHINGTON, March 14 (Reuters) - Sweden signed the accession protocol to join NATO in "
        "Washington on Wednesday."
    )
    assert place(only(nato, "AGREE")) == ("Washington", "USA")
