"""Validated bundle rows as domain records (:mod:`skillmap.model`), and the import report."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from skillmap.model import Facility, Holding, Person, StaffRole


#: The bundle's rows are read into the domain model (see :mod:`skillmap.model`); these are
#: its classes under the names the bundle has always used.
PersonRecord = Person
HoldingRecord = Holding
FacilityRecord = Facility
StaffRecord = StaffRole


@dataclass(frozen=True)
class RowError:
    """One problem in one cell: file, row number (header is row 1), column, value, reason."""

    file: str
    row: int
    column: str
    value: str
    reason: str

    def __str__(self) -> str:
        where = f"{self.file} row {self.row}" + (f", column {self.column}" if self.column else "")
        value = f" (value {self.value!r})" if self.value else ""
        return f"{where}{value}: {self.reason}"


@dataclass
class ImportReport:
    """Everything an import found and did; ``ok`` is false when any row was rejected."""

    source: str = ""
    dry_run: bool = False
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    unreviewed: dict[str, str] = field(default_factory=dict)
    fuzzy: dict[str, tuple[str, float]] = field(default_factory=dict)
    # text -> the matcher's nearest taxonomy skills as (skill_id, label, score 0-100)
    suggestions: dict[str, tuple[tuple[str, str, float], ...]] = field(default_factory=dict)
    rows: Counter[str] = field(default_factory=Counter)
    changes: Counter[str] = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        return not self.errors

    def error(self, file: str, row: int, column: str, value: object, reason: str) -> None:
        self.errors.append(RowError(file, row, column, _show(value), reason))

    def warn(self, file: str, row: int, column: str, value: object, reason: str) -> None:
        self.warnings.append(RowError(file, row, column, _show(value), reason))

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form of the report."""
        return {
            "source": self.source, "dry_run": self.dry_run, "ok": self.ok,
            "errors": [asdict(e) for e in self.errors],
            "warnings": [asdict(w) for w in self.warnings],
            "unreviewed_skills": [
                {"text": t, "skill_id": s, "suggestions": [
                    {"skill_id": i, "label": label, "score": score}
                    for i, label, score in self.suggestions.get(t, ())]}
                for t, s in self.unreviewed.items()],
            "fuzzy_matches": [{"text": t, "skill_id": s, "score": sc}
                              for t, (s, sc) in self.fuzzy.items()],
            "rows": dict(self.rows), "changes": dict(self.changes),
        }

    def as_text(self) -> str:
        """A human report: every error and warning, then what was (or would be) written."""
        lines = [f"Import of {self.source}" + (" (dry run)" if self.dry_run else "")]
        lines += [f"  {n} row(s) in {name}" for name, n in sorted(self.rows.items())]
        if self.errors:
            lines.append(f"REJECTED: {len(self.errors)} error(s); nothing was written.")
            lines += [f"  error: {e}" for e in self.errors]
        lines += [f"  warning: {w}" for w in self.warnings]
        if self.fuzzy:
            lines.append(f"{len(self.fuzzy)} skill name(s) matched by spelling; please check:")
            lines += [f"  {t!r} -> {s} ({sc:.0f}%)" for t, (s, sc) in sorted(self.fuzzy.items())]
        if self.unreviewed:
            outcome = ("will be kept as unreviewed once the errors are fixed" if self.errors
                       else "would be kept as unreviewed" if self.dry_run
                       else "kept as unreviewed")
            lines.append(f"{len(self.unreviewed)} skill name(s) not in the taxonomy, {outcome}:")
            for text, skill_id in sorted(self.unreviewed.items()):
                nearest = "; ".join(f"{label} ({score:.0f}%)"
                                    for _, label, score in self.suggestions.get(text, ()))
                lines.append(f"  {text!r} -> {skill_id}" + (f" (nearest: {nearest})"
                                                             if nearest else ""))
        if self.ok:
            verb = "would change" if self.dry_run else "changed"
            done = ", ".join(f"{k} {v}" for k, v in sorted(self.changes.items()) if v) or "nothing"
            lines.append(f"OK: {verb} {done}.")
        return "\n".join(lines)


def _show(value: object) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 200 else text[:197] + "..."
