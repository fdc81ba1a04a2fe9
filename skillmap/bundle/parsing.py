"""Validate raw bundle tables into records, collecting every row-level error.

Validation is all-or-nothing by design: it never stops early, so the report a
user gets back lists every problem at once, and the caller writes nothing
unless the report is clean.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from skillmap.bundle import cells
from skillmap.bundle.columns import FILES, ROLES, SENIORITY
from skillmap.bundle.reading import Table
from skillmap.bundle.records import (FacilityRecord, HoldingRecord, ImportReport, PersonRecord,
                                     StaffRecord)
from skillmap.export_form import ExportForm
from skillmap.matching import SkillMatch, SkillMatcher
from skillmap.taxonomy import Taxonomy, split_list

__all__ = ["ParsedBundle", "parse_bundle"]

T = TypeVar("T")
Progress = Callable[[str, int, int], None]


@dataclass
class ParsedBundle:
    """Validated content: holdings and staff grouped by the person or facility they replace."""

    people: dict[str, PersonRecord] = field(default_factory=dict)
    holdings: dict[str, list[HoldingRecord]] = field(default_factory=dict)
    facilities: dict[str, FacilityRecord] = field(default_factory=dict)
    staff: dict[str, list[StaffRecord]] = field(default_factory=dict)
    new_skills: dict[str, str] = field(default_factory=dict)


class _Row:
    """One row being validated: reads cells and files errors against its position."""

    def __init__(self, report: ImportReport, file: str, number: int, values: dict[str, str],
                 nulls: set[tuple[str, str]]):
        self.report, self.file, self.number, self.values = report, file, number, values
        self.nulls = nulls      # (file, column) whose "NULL"s the report has warned of
        self.ok = True

    def text(self, column: str, *, required: bool = False) -> str | None:
        value = (self.values.get(column) or "").strip()
        if value:
            return value
        if required:
            self.error(column, value, "required value is empty")
        return None

    def code(self, column: str) -> str | None:
        """A typed cell's text: "NULL", "nan", "N/A"... (:data:`cells.NULLS`) are empty, as
        a database or pandas writes an empty cell, with one warning per column."""
        value = (self.values.get(column) or "").strip()
        if value.casefold() not in cells.NULLS:
            return value or None
        if (self.file, column) not in self.nulls:
            self.nulls.add((self.file, column))
            self.report.warn(self.file, self.number, column, value,
                             f"{value!r} read as an empty cell (unknown), here and in every "
                             "row of this column")
        return None

    def parse(self, column: str, parser: Callable[[str], T], default: T | None = None) -> T | None:
        value = self.code(column)
        if not value:
            return default
        try:
            return parser(value)
        except ValueError as exc:
            self.error(column, value, str(exc))
            return default

    def error(self, column: str, value: object, reason: str) -> None:
        self.ok = False
        self.report.error(self.file, self.number, column, value, reason)


def parse_bundle(
    tables: dict[str, Table], taxonomy: Taxonomy, *, institution: str, today: date,
    known_people: Collection[str] = (), known_facilities: Collection[str] = (),
    matcher: SkillMatcher | None = None, report: ImportReport | None = None,
    progress: Progress | None = None, require_people: bool = True,
) -> tuple[ParsedBundle, ImportReport]:
    """Validate every row of `tables`; the report lists each error as file, row, column, value.

    `known_people` and `known_facilities` are ids already in the directory, which
    skill and staff rows may refer to without repeating them in the bundle.
    `require_people` is false for a lone CSV file, a bundle of that file alone.
    """
    report = report or ImportReport()
    parser = _Parser(taxonomy, matcher or SkillMatcher.for_taxonomy(taxonomy), institution, today,
                     report, progress)
    if require_people and "people.csv" not in tables:
        report.error("people.csv", 0, "", "", "the bundle has no people.csv (it is required)")
    for name, table in tables.items():
        report.rows[name] = len(table.rows)
        parser.check_header(table)
    skills = tables.get("person_skills.csv")
    parser.form = ExportForm.learn((values.get("skill") or "" for _, values in skills.rows)
                                   if skills else (), parser.matcher)
    people = set(known_people)
    parser.people(tables.get("people.csv"))
    people |= parser.bundle.people.keys()
    parser.holdings(tables.get("person_skills.csv"), people)
    parser.facilities(tables.get("facilities.csv"))
    parser.staff(tables.get("facility_staff.csv"), set(known_facilities)
                 | parser.bundle.facilities.keys(), people)
    if parser.read_in_form:
        fields = parser.form.described
        report.warn("person_skills.csv", 1, "skill", "; ".join(fields[:8]),
                    f"{len(parser.read_in_form)} skill names were filed once the parts their "
                    f"export repeats around many names ({len(fields)} such parts, the first "
                    "shown; # is any number) were set aside: check them in the import report")
    return parser.bundle, report


class _Parser:
    def __init__(self, taxonomy: Taxonomy, matcher: SkillMatcher, institution: str, today: date,
                 report: ImportReport, progress: Progress | None) -> None:
        self.taxonomy, self.matcher, self.institution = taxonomy, matcher, institution
        self.today, self.report, self.progress = today, report, progress
        self.bundle = ParsedBundle()
        self.form = ExportForm()        # the fields the export writes around skills' names
        self.read_in_form: set[str] = set()     # names filed only once those were set aside
        self.matched: dict[str, SkillMatch] = {}        # each distinct name matched once
        self.registrations = {code.casefold(): code for code in taxonomy.registrations}
        self.registers = {code.casefold(): code for code in taxonomy.registers}
        self.total = self.done = 0
        self.nulls: set[tuple[str, str]] = set()

    def check_header(self, table: Table) -> None:
        spec = FILES[table.name]
        self.total += len(table.rows)
        if table.encoding != "utf-8":
            self.report.warn(table.name, 1, "", "", f"not UTF-8: read as {table.encoding} "
                             "(as Excel's 'CSV (Comma delimited)' saves it); check accented "
                             "names, or save the file as 'CSV UTF-8'")
        for line in table.encoding_errors:
            self.report.error(table.name, line, "", "", "not valid UTF-8: save the file as "
                              "'CSV UTF-8' (the bundle must be UTF-8 encoded)")
        for line, reason in table.problems:          # rows too large to read (bundle.limits)
            self.report.error(table.name, line, "", "", reason)
        for column in sorted(spec.required - set(table.header)):
            self.report.error(table.name, 1, column, "", "required column is missing")
        for column in sorted({c for c in table.header if table.header.count(c) > 1}):
            self.report.error(table.name, 1, column, "", "column appears more than once")
        for column in [c for c in table.header if c not in spec.columns]:
            self.report.warn(table.name, 1, column, "", "unknown column, ignored")

    def _rows(self, table: Table | None) -> Iterator[_Row]:
        if table is None:
            return
        for number, values in table.rows:
            row = _Row(self.report, table.name, number, values, self.nulls)
            if "\x00" in "".join(filter(None, values.values())):   # one test for the row
                for column, value in values.items():
                    if "\x00" in (value or ""):     # no database stores NUL in text
                        row.error(column or "", value.replace("\x00", "\\0"),
                                  "contains a NUL character")
            yield row
            self.done += 1
            if self.progress and self.done % 20000 == 0:
                self.progress("validating", self.done, self.total)

    def people(self, table: Table | None) -> None:
        first_row: dict[str, int] = {}
        for row in self._rows(table):
            record = self._person(row)
            if record is None:
                continue
            if record.person_id in first_row:
                row.error("person_id", record.person_id,
                          f"duplicate person_id (first on row {first_row[record.person_id]})")
            elif row.ok:
                first_row[record.person_id] = row.number
                self.bundle.people[record.person_id] = record

    def _person(self, row: _Row) -> PersonRecord | None:
        person_id = row.text("person_id", required=True)
        given, family = row.text("given_name", required=True), row.text("family_name",
                                                                        required=True)
        families = self.taxonomy.job_families
        written = row.code("job_family") or self.taxonomy.default_family
        job_family = next((f for f in families if f.casefold() == written.casefold()), written)
        if job_family not in families:
            row.error("job_family", job_family, "unknown job family (known: "
                      f"{', '.join(families)})")
        grade = row.code("grade")
        if grade and job_family in families:
            codes = [g.code for g in families[job_family].grades]
            # "g6" and "G 6" are G6: the code's spelling, not a different grade
            grade = next((c for c in codes if c.replace(" ", "").casefold()
                          == grade.replace(" ", "").casefold()), grade)
            if grade not in codes:
                row.error("grade", grade, f"unknown grade for job family {job_family} "
                          f"(known: {', '.join(codes)})")
        birth = row.parse("date_of_birth", cells.iso_date)
        if birth and not date(1900, 1, 1) <= birth <= self.today:
            row.error("date_of_birth", birth.isoformat(),
                      "date of birth must be between 1900-01-01 and today")
            birth = None
        # Every cell is checked before deciding whether the row makes a record, so that one
        # pass reports every problem of the row (a missing name never hides a bad email).
        values = dict(
            institution=row.text("institution") or self.institution, job_family=job_family,
            email=row.parse("email", cells.email), department=row.text("department"),
            job_title=row.text("job_title"), grade=grade, fte=row.parse("fte", cells.fte),
            start_date=row.parse("start_date", cells.iso_date), date_of_birth=birth,
            planned_retirement=row.parse("planned_retirement", cells.retirement),
            gender=row.text("gender"), registrations=self._registrations(row),
            orcid=row.parse("orcid", cells.orcid), public=row.parse("public", cells.boolean, True),
            summary=row.text("summary"), teaches=row.parse("teaches", cells.boolean),
            career_start=row.parse("career_start",
                                   lambda v: cells.career_start(v, today=self.today)),
            register_interest=self._register_interest(row),
        )
        if person_id is None or given is None or family is None:
            return None
        return PersonRecord(person_id=person_id, given_name=given, family_name=family,
                            **values)  # type: ignore[arg-type]

    def _register_interest(self, row: _Row) -> tuple[str, ...]:
        codes, unknown = cells.register_codes(row.code("register_interest") or "",
                                              self.registers)
        for code in unknown:
            rule = (f"known: {', '.join(sorted(self.registers.values()))}" if self.registers
                    else "codes are lower-case letters, digits and hyphens")
            row.error("register_interest", code, f"unknown register code ({rule})")
        return codes

    def _registrations(self, row: _Row) -> tuple[str, ...]:
        codes = []
        for code in cells.codes(row.code("registrations")):
            canonical = self.registrations.get(code.casefold())
            if canonical is None:
                row.error("registrations", code, "unknown registration code (known: "
                          f"{', '.join(self.taxonomy.registrations)})")
            elif canonical not in codes:
                codes.append(canonical)
        return tuple(sorted(codes))

    def skill(self, row: _Row, column: str, text: str) -> str:
        """Match `text` to a skill id, noting fuzzy and unreviewed matches in the report."""
        return self._matched(text).skill_id

    def _matched(self, text: str) -> SkillMatch:
        match = self.matched.get(text)
        if match is None:
            match = self.matched[text] = self.matcher.match(text, self.form)
            if match.via != "unreviewed" and not self.matcher.filed_whole(text, self.form):
                self.read_in_form.add(text)
        if match.via == "fuzzy":
            self.report.fuzzy.setdefault(text, (match.skill_id, match.score))
        elif match.via == "unreviewed":
            self.report.unreviewed.setdefault(text, match.skill_id)
            if match.suggestions and text not in self.report.suggestions:   # for the report
                self.report.suggestions[text] = tuple(
                    (s.skill_id, s.label, float(s.score)) for s in match.suggestions)
            if match.skill_id not in self.bundle.new_skills:    # named once, without its
                # export's fields, which differ holder by holder
                self.bundle.new_skills[match.skill_id] = self.form.content(text)
        return match

    def _written(self, text: str | None, match: SkillMatch | None) -> str | None:
        """`text`, when it is not its skill's own name: the matcher took it for another name
        of a known skill, or its export wrote fields around an unreviewed skill's name (kept
        as written, searched, and shown with the skill)."""
        if match is None or match.via == "exact" or (
                match.via == "unreviewed" and text == self.bundle.new_skills[match.skill_id]):
            return None
        return text

    def holdings(self, table: Table | None, people: set[str]) -> None:
        """Person skill rows. Two rows of one person that the matcher resolves to one skill
        become one holding, with a warning; the same text twice is the file's own error."""
        texts: dict[tuple[str, str], int] = {}
        kept: dict[tuple[str, str], tuple[HoldingRecord, int, str]] = {}
        latest = self.today.year

        def year(value: str) -> int:
            return cells.year(value, latest=latest)

        for row in self._rows(table):
            person_id, text = row.text("person_id", required=True), row.text("skill",
                                                                            required=True)
            if person_id and person_id not in people:
                row.error("person_id", person_id, "no such person in people.csv or the directory")
            match = self._matched(text) if text else None
            skill_id = match.skill_id if match else None
            record = HoldingRecord(
                person_id=person_id or "", skill_id=skill_id or "",
                level=row.parse("level", cells.level, 2) or 2,
                last_used=row.parse("last_used", year),
                interested=row.parse("interested", cells.boolean),
                written=self._written(text, match),
            )
            if person_id and text and (person_id, text) in texts:
                row.error("skill", text, "this person already has this skill text "
                          f"(row {texts[person_id, text]}); list each skill once per person")
                continue
            if person_id and text:
                texts[person_id, text] = row.number
            if not row.ok or not person_id or not skill_id:
                continue
            key = (person_id, skill_id)
            if key not in kept:
                kept[key] = (record, row.number, text or "")
                continue
            first, first_row, first_text = kept[key]
            merged = merge_holdings(first, record)
            kept[key] = (merged, first_row, first_text)
            self.report.warn(
                row.file, row.number, "skill", text,
                f"{first_text!r} (row {first_row}) and {text!r} (row {row.number}) both match "
                f"skill {skill_id} for person {person_id}: merged into one holding "
                f"({_describe(merged)})")
        for record, _, _ in kept.values():
            self.bundle.holdings.setdefault(record.person_id, []).append(record)

    def facilities(self, table: Table | None) -> None:
        first_row: dict[str, int] = {}
        for row in self._rows(table):
            facility_id, name = row.text("facility_id", required=True), row.text("name",
                                                                                required=True)
            required = tuple(sorted({self.skill(row, "required_skills", text)
                                     for text in split_list(row.values.get("required_skills"))}))
            location = row.text("location") or ""
            booking_url = row.parse("booking_url", cells.https_url, "") or ""
            contact_email = row.parse("contact_email", cells.email, "") or ""
            training = row.parse("training_available", cells.boolean)
            if facility_id in first_row:
                row.error("facility_id", facility_id,
                          f"duplicate facility_id (first on row {first_row[facility_id]})")
            elif row.ok and facility_id and name:
                first_row[facility_id] = row.number
                self.bundle.facilities[facility_id] = FacilityRecord(
                    facility_id=facility_id, name=name,
                    institution=row.text("institution") or self.institution,
                    department=row.text("department"), kind=row.text("kind"),
                    description=row.text("description"), required_skills=required,
                    location=location, booking_url=booking_url, contact_email=contact_email,
                    training_available=training)

    def staff(self, table: Table | None, facilities: set[str], people: set[str]) -> None:
        """Staff rows; a person listed twice for one facility keeps the senior role."""
        kept: dict[tuple[str, str], tuple[str, int]] = {}
        for row in self._rows(table):
            facility_id = row.text("facility_id", required=True)
            person_id = row.text("person_id", required=True)
            if facility_id and facility_id not in facilities:
                row.error("facility_id", facility_id,
                          "no such facility in facilities.csv or the directory")
            if person_id and person_id not in people:
                row.error("person_id", person_id, "no such person in people.csv or the directory")
            role = (row.code("role") or "operator").casefold()
            if role not in ROLES:
                row.error("role", role, f"role must be one of {', '.join(ROLES)}")
            if not row.ok or not facility_id or not person_id:
                continue
            if (facility_id, person_id) not in kept:
                kept[facility_id, person_id] = (role, row.number)
                continue
            first_role, first_row = kept[facility_id, person_id]
            senior = min(first_role, role, key=SENIORITY.index)
            kept[facility_id, person_id] = (senior, first_row)
            self.report.warn(
                row.file, row.number, "person_id", person_id,
                f"person {person_id} is listed twice for facility {facility_id} (rows {first_row} "
                f"and {row.number}, roles {first_role} and {role}): kept the senior role {senior}")
        for (facility_id, person_id), (role, _) in kept.items():
            self.bundle.staff.setdefault(facility_id, []).append(
                StaffRecord(facility_id, person_id, role))


def merge_holdings(a: HoldingRecord, b: HoldingRecord) -> HoldingRecord:
    """One holding from two rows of one skill: the highest level, the latest last_used,
    interested when either is (false when one says false and neither true, else unknown).

    >>> merge_holdings(HoldingRecord("P1", "pcr", 2, 2019, None),
    ...                HoldingRecord("P1", "pcr", 3, None, False, "qPCR"))
    Holding(person_id='P1', skill_id='pcr', level=3, last_used=2019, interested=False, written='qPCR')
    """
    years = [y for y in (a.last_used, b.last_used) if y is not None]
    flags = {a.interested, b.interested}
    interested = True if True in flags else False if False in flags else None
    written = "; ".join(dict.fromkeys(w for w in (a.written, b.written) if w)) or None
    return HoldingRecord(a.person_id, a.skill_id, max(a.level, b.level),
                         max(years) if years else None, interested, written)


def _describe(holding: HoldingRecord) -> str:
    parts = [f"level {holding.level}"]
    if holding.last_used is not None:
        parts.append(f"last used {holding.last_used}")
    if holding.interested is not None:
        parts.append("interested" if holding.interested else "not interested")
    return ", ".join(parts)
