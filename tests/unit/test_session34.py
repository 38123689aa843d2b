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


def test_an_envoy_told_by_office_and_named_later_is_a_party() -> None:
    """ "Iraq summoned Turkey's ambassador on Wednesday ..." then "The foreign ministry handed
    Ambassador Ahmet Gurel a note": the envoy summoned is the one named."""
    body = (
        "BAGHDAD, March 14 (Reuters) - Iraq summoned Turkey's ambassador on Wednesday to protest "
        "against a drone strike in the northern district of Sinjar.\n\n"
        "The foreign ministry handed Ambassador Ahmet Gurel a note demanding that Turkey stop "
        "violations of Iraqi sovereignty."
    )
    summons = only(extract(body), "ACCUSE")
    assert codes(summons) == {"IRQ", "TUR"}
    assert _persons(summons) == {"Ahmet Gurel"}
    expelled = (
        "ISLAMABAD, March 14 (Reuters) - Pakistan on Wednesday decided to downgrade diplomatic "
        "relations with India and expel the Indian high commissioner.\n\n"
        "Foreign Minister Shah Mahmood Qureshi said Indian High Commissioner Ajay Bisaria "
        "would be asked to leave."
    )
    records = [r for r in extract(expelled) if r.event_type.value == "SANCTION"]
    by_mode = {r.mode: _persons(r) for r in records}
    assert "Ajay Bisaria" in by_mode["expulsion"]
    # near miss: the downgrade told before the envoy is not his
    assert all(
        "Ajay Bisaria" not in persons for mode, persons in by_mode.items() if mode != "expulsion"
    )


def test_a_recalled_envoy_is_the_recalling_states_own() -> None:
    """ "France recalled its ambassador to Italy": France's envoy, not Italy's ambassador the
    article names; "Spain withdrew its ambassador" then "Ambassador Maria Jesus Alonso Jimenez
    would not return to her post": hers."""
    body = (
        "PARIS, March 14 (AFP) - France recalled its ambassador to Italy on Thursday over "
        '"outrageous" remarks by Italian leaders.\n\n'
        "In January the French foreign ministry summoned Italy's ambassador, Teresa Castaldo, "
        "over remarks by Deputy Prime Minister Luigi Di Maio."
    )
    recall = [r for r in extract(body) if r.event_type.value == "SANCTION"]
    assert recall
    assert all("Teresa Castaldo" not in _persons(r) for r in recall)
    spain = (
        "MADRID, March 14 (Reuters) - Spain on Tuesday withdrew its ambassador in Buenos Aires "
        '"definitively" in a row with Argentina over remarks by President Javier Milei.\n\n'
        "Spanish Foreign Minister Jose Manuel Albares told reporters that Spanish Ambassador "
        "Maria Jesus Alonso Jimenez would not return to her post."
    )
    withdrawal = only(extract(spain), "SANCTION")
    assert "Maria Jesus Alonso Jimenez" in _persons(withdrawal)
    # near miss: two envoys of the state named: which one is not said
    two = (
        "BAGHDAD, March 14 (Reuters) - Iraq summoned Turkey's ambassador on Wednesday to protest "
        "against a drone strike in Sinjar.\n\n"
        "Turkish Ambassador Ahmet Gurel replaced Turkish Ambassador Ali Riza Guney last year."
    )
    assert _persons(only(extract(two), "ACCUSE")) == set()
