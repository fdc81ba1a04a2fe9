"""holds_registration: the same code always meets, a higher rank on its register meets too.

The old body reused its ``wanted`` parameter (codes) for the registration levels, so a held
code equal to a wanted code counted only when the levels map knew it (mypy found the mix-up).
"""

from skillmap.pathways.example import example_taxonomy
from skillmap.pathways.requirements import holds_registration

REGS = example_taxonomy().registrations


def test_the_same_code_meets_even_when_the_levels_do_not_know_it() -> None:
    assert holds_registration(["LocalCert"], ["LocalCert"], REGS) == ("LocalCert",)
    assert holds_registration(["RSci"], ["RSci"], {}) == ("RSci",)


def test_a_higher_rank_on_the_same_register_meets_a_lower_one() -> None:
    assert holds_registration(["CSci", "AFHEA"], ["RSci"], REGS) == ("CSci",)
    assert holds_registration(["RSciTech"], ["RSci"], REGS) == ()
    assert holds_registration(["FHEA"], ["RSci"], REGS) == ()


def test_wanted_may_be_a_one_shot_iterator() -> None:
    assert holds_registration(["CSci", "RSci"], iter(["RSci"]), REGS) == ("CSci", "RSci")
