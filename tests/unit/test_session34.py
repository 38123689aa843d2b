"""Diplomatic rules of the thirty-fourth session, each with the near misses that keep it narrow."""

from __future__ import annotations

from tests.unit.diplomatic_helpers import codes, extract, only


def _persons(record: object) -> set[str]:
    return {p.name for p in record.participants if p.kind.value == "person"}  # type: ignore[attr-defined]


def test_the_spokesperson_who_voices_a_states_warning_next_is_a_party() -> None:
    """ "Russia warned Finland ..." then, in the next paragraph, a quote "..., Foreign Ministry
    spokeswoman Maria Zakharova told a weekly briefing in Moscow": she voiced the warning."""
    body = (
        "HELSINKI, March 14 (Reuters) - Russia warned Finland on Wednesday that it would take "
        '"military-technical countermeasures" if NATO went ahead with plans to station a brigade '
        "in Lapland.\n\n"
        '"If these plans are implemented, Russia will be forced to respond," Foreign Ministry '
        "spokeswoman Maria Zakharova told a weekly briefing in Moscow."
    )
    warning = only(extract(body), "THREATEN")
    assert codes(warning) == {"RUS", "FIN"}
    assert _persons(warning) == {"Maria Zakharova"}
    # near miss: the target's spokesperson who answers is not a party to the warning
    answer = (
        "HELSINKI, March 14 (Reuters) - Russia warned Finland on Wednesday that it would take "
        "countermeasures if NATO went ahead with plans to station a brigade in Lapland.\n\n"
        '"Threats only strengthen our resolve," Finnish government spokeswoman Anna Korhonen '
        "told reporters in Helsinki."
    )
    assert _persons(only(extract(answer), "THREATEN")) == set()
    # near miss: a spokesperson who tells what was said at talks reports them (a consultation)
    talks = (
        "ANKARA, March 14 (Reuters) - Turkey and Greece held talks in Ankara on Wednesday on "
        "migration and energy.\n\n"
        '"We discussed many issues," Turkish foreign ministry spokesman Oncu Keceli told reporters.'
    )
    assert _persons(only(extract(talks), "CONSULT")) == set()
