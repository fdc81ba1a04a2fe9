"""Where a demo facility is and how to reach it: the contract v2 facility columns.

Each facility's details come from its own ``Random`` seeded with its id, so adding
them changes nothing else the demo draws, and the same facility always gets the
same room, booking page and mailbox.
"""

from __future__ import annotations

from random import Random
from typing import NamedTuple

from skillmap.demo.config import Department, FacilitySpec

__all__ = ["FacilityDetails", "facility_details"]

# Kinds whose users book time (an instrument, a cleanroom, a cluster), and kinds
# that usually sit below ground or in a separate building.
_BOOKED = frozenset({"instrument", "cleanroom", "computing", "studio", "workshop"})
_BUILDINGS = {"animal unit": "Biomedical Research Facility", "computing": "Data Centre"}
_FLOORS = {"animal unit": ("B", "LG"), "cleanroom": ("G", "1"), "computing": ("G",)}
_TRAINING = {"animal unit": 0.9, "instrument": 0.85, "cleanroom": 0.9, "workshop": 0.8,
             "studio": 0.8, "laboratory": 0.6, "computing": 0.5}


class FacilityDetails(NamedTuple):
    location: str
    booking_url: str        # "" for kinds nobody books (an animal unit, a teaching lab)
    contact_email: str      # a shared mailbox; "" for about one facility in ten
    training_available: bool


def facility_details(facility_id: str, spec: FacilitySpec, department: Department,
                     email_domain: str) -> FacilityDetails:
    """Plausible, stable v2 columns for one facility.

    >>> from skillmap.demo.config import Department, FacilitySpec
    >>> dept = Department("chemistry", "Department of Chemistry", "Chemistry", 1, "Laboratory",
    ...                   (), 0.3, None, {}, {}, (), ())
    >>> spec = FacilitySpec("nmr", "NMR facility", "chemistry", "instrument", "", "", "", (), ())
    >>> location, url, email, training = facility_details("nmr", spec, dept, "example.ac.uk")
    >>> location.startswith("Chemistry Building, room "), url, email
    (True, 'https://booking.example.ac.uk/facilities/nmr', 'nmr@example.ac.uk')
    >>> facility_details("nmr", spec, dept, "example.ac.uk") == (location, url, email, training)
    True
    """
    rng = Random(f"facility:{facility_id}")
    building = _BUILDINGS.get(spec.kind, f"{department.short} Building")
    floor = rng.choice(_FLOORS.get(spec.kind, ("B", "G", "1", "2", "3")))
    location = f"{building}, room {floor}.{rng.randint(1, 60):02d}"
    booking_url = (f"https://booking.{email_domain}/facilities/{facility_id}"
                   if spec.kind in _BOOKED else "")
    contact_email = f"{facility_id}@{email_domain}" if rng.random() < 0.9 else ""
    training = rng.random() < _TRAINING.get(spec.kind, 0.7)
    return FacilityDetails(location, booking_url, contact_email, training)
