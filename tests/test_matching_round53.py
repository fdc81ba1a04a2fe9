"""Round 53: the words a container terminal and its railport write for specific skills the
taxonomy already has -- ship-to-shore, quay, rubber-tyred and rail-mounted gantry cranes,
straddle carriers, reach stackers and empty handlers, crane signalling and twin lifts; terminal
tractors and internal transfer vehicles; spreaders, twistlocks, hoist ropes and brakes; crane
electrics and high mast lighting; cold ironing; reefer repairs and pre-trip inspections; IMDG
segregation; the container freight station and the gate; EDI messages (COPRAR, CODECO); ISPS
port security; TETRA radios; ship waste reception; the tide gauge -- file to those skills.
Refused after measuring over every development part (docs/evaluation.md, round 53): "reefer
racks" and "reefer sockets" (the terminal's labeller filed testing them under electrical safety
testing, plugging reefers in under temperature monitoring), "BAPLIE" (a stowage message, its
checking no skill of the taxonomy), tugmasters and yard shunters (a paper mill's labeller filed
them under logistics, the terminal's under driving), "shore power" and "hatch covers" (a
shipyard's are electrical installation and fitting), "CMMS" (it took "CMM" from coordinate
measuring), oil sampling, defibrillators, Maximo and work orders, emergency plans, crane
simulators, site inductions, shift managers and a dozen more, each of which moved other parts'
names against their labels. Names of my own."""

from __future__ import annotations

import pytest

from tests.test_matching_round9 import _filed, matcher  # noqa: F401 (a fixture)


@pytest.mark.parametrize("text, skill_id", [
    ("Ship-to-shore crane driving", "lifting-operations"),
    ("Quay crane driver", "lifting-operations"),
    ("Straddle carrier driving", "lifting-operations"),
    ("Reach stacker operation", "lifting-operations"),
    ("Empty container handler", "lifting-operations"),
    ("RTG", "lifting-operations"),
    ("Crane signalling", "lifting-operations"),
    ("Internal transfer vehicle", "off-road-driving"),
    ("Terminal tractor", "off-road-driving"),
    ("Spreader maintenance", "mechanical-fitting"),
    ("Hoist ropes", "mechanical-fitting"),
    ("High mast lighting", "electrical-installation"),
    ("Cold ironing", "electrical-authorised-person"),
    ("Reefer technician", "refrigeration-hvac"),
    ("IMDG segregation", "dangerous-goods-shipping"),
    ("Container freight station", "logistics"),
    ("EDI messaging", "data-engineering"),
    ("ISPS", "security-systems"),
    ("TETRA radios", "telephony-unified-comms"),
    ("Ship waste reception", "waste-management"),
    ("Tide gauge", "hydrological-monitoring"),
])
def test_a_container_terminals_words_file_to_the_specific_skill_it_means(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


@pytest.mark.parametrize("text", ["Reefer racks", "BAPLIE", "Tugmaster", "Yard shunter"])
def test_refused_terms_file_nothing_by_themselves(matcher, text):
    """Terms refused this round are no skill's synonym: the curator says."""
    assert _filed(matcher, text) is None
