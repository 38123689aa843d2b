"""Diplomatic rules of the thirty-third session, each with the near misses that keep it narrow."""

from __future__ import annotations

from tests.unit.diplomatic_helpers import codes, extract, only


def test_a_state_that_protested_to_another_accuses_it() -> None:
    """ "Manila protested to Beijing on Tuesday", "Hungary protested against the EU decision":
    the verb alone, with the one protested to (or against) named, is a protest."""
    body = (
        "MANILA, March 14 (Reuters) - Manila protested to Beijing on Tuesday over the use of water "
        "cannon against a Philippine supply boat near Second Thomas Shoal."
    )
    protest = only(extract(body), "ACCUSE")
    assert codes(protest) == {"PHL", "CHN"}
    assert protest.date == "2024-03-12"
    against = "BUDAPEST, March 14 (Reuters) - Hungary protested against the EU decision on Tuesday."
    assert codes(only(extract(against), "ACCUSE")) == {"HUN", "EUR"}
    # near misses: people who protest against a state's act are demonstrators, not a state
    for crowd in (
        "JAKARTA, March 14 (Reuters) - Students protested against the Israeli offensive in Gaza "
        "outside the U.S. embassy in Jakarta on Friday.",
        "WARSAW, March 14 (Reuters) - Farmers protested against cheap Ukrainian grain imports at "
        "the Polish border on Tuesday.",
        "JAKARTA, March 14 (Reuters) - Indonesian fishermen protested against Chinese incursions "
        "near the Natuna islands.",
        "ABUJA, March 14 (Reuters) - Hundreds of Nigerians protested to the British High "
        "Commission in Abuja on Tuesday.",
    ):
        assert [r for r in extract(crowd) if r.event_type.value == "ACCUSE"] == [], crowd


def test_a_states_map_claim_or_statement_is_aimed_at_it() -> None:
    """ "condemned a new Philippine map", "rejected the Chinese claim", "condemned the Chinese
    military drills": the state named by the adjective is the target."""
    cases = {
        "Malaysia condemned a new Philippine map on Tuesday.": ("ACCUSE", {"MYS", "PHL"}),
        "Morocco condemned the Algerian statement on Tuesday.": ("ACCUSE", {"MAR", "DZA"}),
        "India rejected the Chinese claim on Tuesday.": ("REJECT", {"IND", "CHN"}),
        "Taiwan condemned the Chinese military drills on Tuesday.": ("ACCUSE", {"TWN", "CHN"}),
    }
    for body, (kind, states) in cases.items():
        assert codes(only(extract(body), kind)) == states, body
    # near miss: a claims process is no claim of the state
    process = "Hungary's Orban criticised EU migration rules, citing the Italian claims process."
    assert all("ITA" not in codes(r) for r in extract(process))
