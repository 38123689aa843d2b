"""Rules of the thirty-sixth session, each with the near misses that keep it narrow."""

from __future__ import annotations

from newsevents.contracts import DiplomaticEvent
from tests.unit.diplomatic_helpers import codes, extract, only

_DATELINE = "BRUSSELS, May 3 (Reuters) - "


def _people(record: DiplomaticEvent) -> dict[str, str | None]:
    return {p.name: p.country_code for p in record.participants if p.kind == "person"}


def test_a_sentence_adverb_before_a_titled_apposition_is_no_name() -> None:
    """ "Instead, the EU's special envoy for the region, Miroslav Lajcak,": no one called
    Instead;
    "Meanwhile," was already read so."""
    for adverb in ("Instead", "Nevertheless", "Meanwhile"):
        record = only(
            extract(
                _DATELINE
                + f"{adverb}, the EU's special envoy for the region, Miroslav Lajcak, shuttled "
                "between "
                "Serbian and Kosovo officials in Brussels on Thursday."
            ),
            "CONSULT",
        )
        assert _people(record) == {"Miroslav Lajcak": "EUR"}


def test_a_lower_case_remit_joins_a_title_to_its_holder() -> None:
    """ "the EU's special envoy for the region, Miroslav Lajcak": the EU's envoy, as "the UN's
    special envoy for Yemen, Hans Grundberg" already was; a remit that is no remit ("for the
    first time, X") still joins nothing."""
    record = only(
        extract(
            _DATELINE + "The EU's special envoy for the region, Miroslav Lajcak, met Serbian "
            "President Aleksandar Vucic in Belgrade on Thursday."
        ),
        "CONSULT",
    )
    assert _people(record)["Miroslav Lajcak"] == "EUR"
    assert "EUR" in codes(record)


def test_a_title_inside_the_name_of_an_agreement_holds_no_person() -> None:
    """ "the General Security of Military Information Agreement": no General called Security;
    "General Ahmed Security" style names of two words, and a general named without "the",
    still are people."""
    record = only(
        extract(
            "TOKYO, March 16 (Reuters) - South Korean President Yoon Suk Yeol and Japanese Prime "
            "Minister Fumio Kishida agreed on Thursday to fully normalize the General Security of "
            "Military Information Agreement."
        ),
        "AGREE",
    )
    assert set(_people(record)) == {"Yoon Suk Yeol", "Fumio Kishida"}
    near = only(
        extract(
            "KHARTOUM, March 16 (Reuters) - Egyptian President Abdel Fattah al-Sisi met Sudanese "
            "army chief General Burhan of Sudan in Cairo on Thursday."
        ),
        "CONSULT",
    )
    assert "Burhan" in _people(near)


def test_a_states_national_security_council_is_not_the_united_nations() -> None:
    """ "Ivory Coast's National Security Council", "Iran's Supreme National Security Council":
    the state's own body; "the U.N. Security Council" and a bare "Security Council" are still
    the United Nations."""
    rejected = only(
        extract(
            "ABIDJAN, May 3 (Reuters) - Mali demanded the release of its soldiers. Ivory Coast's "
            "National Security Council rejected that demand on Saturday."
        ),
        "REJECT",
    )
    assert "UNO" not in codes(rejected)
    for council in ("the U.N. Security Council", "the Security Council"):
        complaint = only(
            extract(
                "BEIRUT, May 3 (Reuters) - Lebanon filed a complaint with "
                f"{council} on Monday over Israel's violations."
            ),
            "ACCUSE",
        )
        assert "UNO" in codes(complaint)
