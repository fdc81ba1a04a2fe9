"""Round 51: the words a paper and board mill's laboratories, roll shop, utilities and
instrument engineers (and a packaging department's testing laboratory) write for specific
skills the taxonomy already has -- burst, edge crush, ring crush and box compression tests,
Zahn, Ford and Lory viscosity cups, ISO brightness, roll grinding, heat recovery steam
generators and boiler blowdowns, racking out breakers, climate change agreements, ArtiosCAD,
the paper machine's QCS scanner -- file to those skills. "Instrument technician" is a process
plant's control and instrumentation technician as often as a music department's piano
technician: it is declared ambiguous, never filed silently as either. Effluent treatment
stays unfiled: development parts' labellers filed it under four different skills (water
treatment, laboratory building services, environmental management, none), and "hydraulic
fitter" was refused because it took "fitter" and "pump fitter" from mechanical fitting
(docs/evaluation.md, round 51). Names of my own, none a development part's."""

from __future__ import annotations

import pytest

from tests.test_matching_round9 import _filed, matcher  # noqa: F401 (a fixture)


@pytest.mark.parametrize("text, skill_id", [
    ("Burst testing of corrugated board", "materials-testing"),
    ("Edge crush test", "materials-testing"),
    ("Ring crush testing", "materials-testing"),
    ("Box compression testing", "materials-testing"),
    ("Zahn cup viscosity", "rheology"),
    ("Ford cup", "rheology"),
    ("Lory cup", "rheology"),
    ("ISO brightness", "colour-measurement"),
    ("Roll grinding", "precision-grinding"),
    ("HRSG operation", "boiler-plant"),
    ("Heat recovery steam generator", "boiler-plant"),
    ("Racking out circuit breakers", "electrical-authorised-person"),
    ("Climate change agreement reporting", "energy-management"),
    ("ArtiosCAD", "cad"),
    ("QCS scanner", "instrumentation-engineering"),
    ("Musical instrument technician", "musical-instrument-care"),
    ("Instrumentation technician", "instrumentation-engineering"),
])
def test_a_paper_mills_words_file_to_the_specific_skill_it_means(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


@pytest.mark.parametrize("text", ["Instrument technician", "instrument technician"])
def test_an_instrument_technician_is_kept_for_review(matcher, text):
    """A control and instrumentation technician or a piano technician: the curator says."""
    assert _filed(matcher, text) is None


@pytest.mark.parametrize("text, not_skill", [
    ("Effluent treatment plant operation", "water-supply-treatment"),
    ("fitter", "pneumatics-hydraulics"),
])
def test_words_of_a_refused_term_stay_where_they_were(matcher, text, not_skill):
    assert _filed(matcher, text) != not_skill
