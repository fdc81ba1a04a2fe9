"""The planted-fragile-facility evaluation, printed: where the planted facilities rank.

    .venv/bin/python bench/succession_planted_eval.py

Imports the generated institution of tests/succession_planted.py (six planted fragile
facilities among 34 with safe expert cover; free-text skills, most unknown to the
taxonomy) into a temporary SQLite database and prints, per horizon, how many planted
facilities are in the top 10 and at which level, and how many of the top 10 have safe
expert cover. tests/test_succession_planted.py asserts the same.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from skillmap.settings import read_settings  # noqa: E402
from skillmap.store.importer import import_bundle  # noqa: E402
from skillmap.store.queries import load_directory  # noqa: E402
from skillmap.store.session import init_db, make_engine, make_sessionmaker  # noqa: E402
from skillmap.succession import build_succession_index, succession_report  # noqa: E402
from skillmap.taxonomy import load_taxonomy  # noqa: E402
from tests.succession_planted import PLANTED, SAFE, write_planted_bundle  # noqa: E402

TODAY = date(2026, 1, 1)


def main() -> int:
    taxonomy = load_taxonomy(read_settings()["TAXONOMY_DIR"])
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'planted.db'}")
        init_db(engine)
        bundle = write_planted_bundle(Path(tmp) / "bundle", today=TODAY)
        report = import_bundle(make_sessionmaker(engine), bundle, taxonomy,
                               institution="Northfield University", today=TODAY)
        with make_sessionmaker(engine)() as session:
            directory = load_directory(session)
        engine.dispose()
    print(f"{len(directory.people)} people, {len(directory.facilities)} facilities, "
          f"{len(report.unreviewed)} skill names kept as unreviewed")
    index = build_succession_index(taxonomy, directory, today=TODAY)
    failed = False
    for horizon in (3, 5, 10):
        top = succession_report(index, horizon_years=horizon).facility_risks[:10]
        planted = [f for f in top if f.facility_id in PLANTED]
        rated = sum(f.level in ("high", "critical") for f in planted)
        safe = sum(f.facility_id in SAFE for f in top)
        ok = len(planted) == len(PLANTED) == rated and safe <= 2
        failed |= not ok
        print(f"horizon {horizon:2} years: planted in top 10 {len(planted)}/{len(PLANTED)}, "
              f"rated high or critical {rated}/{len(PLANTED)}, safe in top 10 {safe} "
              f"(at most 2)  {'OK' if ok else 'FAIL'}")
        for rank, f in enumerate(top, 1):
            mark = "planted" if f.facility_id in PLANTED else "safe" if f.facility_id in SAFE \
                else ""
            print(f"  {rank:2}. {f.label:<45} {f.level:<8} experts {f.experts_now} -> "
                  f"{f.experts_remaining}, practitioners {f.practitioners_now} -> "
                  f"{f.practitioners_remaining}  {mark}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
