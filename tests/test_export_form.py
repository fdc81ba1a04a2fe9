"""An export's form read from the bundle itself (skillmap.export_form): the fields an HR or
appraisal system writes around every skill's name, learnt from their recurrence, so that a
form no rule of the matcher knows still files its names. The forms here are invented for
these tests (an evidence log, an objectives sheet), not copied from any part of the bench."""

from __future__ import annotations

import itertools
import json
import random
import re
import time
from datetime import date
from urllib.parse import urlencode

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bench.form_learning_eval import RECORDS, STATES, released
from skillmap.bundle import parse_bundle
from skillmap.bundle.reading import Table
from skillmap.export_form import GAP, ExportForm, _key, _keyed, _parts, _unmarked
from skillmap.matching import SkillMatcher, unreviewed_skill_id
from tests.test_matching_round9 import matcher  # noqa: F401 (a fixture)

SKILLS = [("Confocal microscopy", "confocal-microscopy"), ("TIG welding", "tig-welding"),
          ("High-performance liquid chromatography", "hplc"), ("Flow cytometry", "flow-cytometry"),
          ("Histology", "histology"), ("Python programming", "python-programming"),
          ("Scientific diving", "scientific-diving"), ("Scientific glassblowing", "scientific-glassblowing"),
          ("Cryo-electron microscopy", "cryo-em"), ("Soldering", "soldering")]
EVIDENCE = ["observed", "logbook", "witness statement", "portfolio"]
OUTCOME = ["met", "partly met", "not yet met"]


def evidence_log() -> list[tuple[str, str]]:
    """An invented evidence log's rows, "X ~ evidence: kind ~ outcome", each skill in several."""
    rows = itertools.product(SKILLS, EVIDENCE, OUTCOME)
    return [(f"{name} ~ evidence: {kind} ~ {outcome}", skill_id)
            for (name, skill_id), kind, outcome in rows]


def test_the_fields_of_a_form_no_rule_knows_are_learnt_from_their_recurrence(matcher):
    form = ExportForm.learn([text for text, _ in evidence_log()], matcher)
    assert {"met", "partly met", "not yet met", "evidence: observed",
            "evidence: witness statement"} <= form.fields      # "met", a term's word, recurs
    assert not {name.casefold() for name, _ in SKILLS} & form.fields
    for text, skill_id in evidence_log()[::7]:
        assert matcher.match(text).via == "unreviewed"          # the rules alone: not filed
        assert matcher.match(text, form).skill_id == skill_id   # without its fields: filed


def test_numbers_in_a_field_are_one_field_and_the_name_between_fields_is_kept(matcher):
    names = [f"Goal {n} [stretch] » {name} » review 20{y}-{y + 1}"
             for n, (name, _), y in zip(itertools.cycle(range(1, 7)), SKILLS * 3,
                                         itertools.cycle((24, 25)))]
    form = ExportForm.learn(names, matcher)
    assert form.fields == {"goal # [stretch]", "review #-#"}
    assert form.content("Goal 4 [stretch] » Vacuum pumps / leak testing » review 2026-27") == (
        "Vacuum pumps / leak testing")                         # its own separator kept


def test_a_skill_a_matrix_writes_at_each_level_is_no_field(matcher):
    names = [f"{code} · {name} · {level}" for (name, _), code in zip(SKILLS, range(10, 20))
             for level in ("1 Aware", "2 Supervised", "3 Independent", "4 Expert")]
    form = ExportForm.learn(names, matcher)
    assert not {name.casefold() for name, _ in SKILLS} & form.fields   # 4 of 40: names a skill
    assert {"# aware", "# expert"} <= form.fields


def test_a_labelled_fields_values_are_fields_when_the_label_recurs(matcher):
    """25 training kinds, each in 4% of 200 names (below ANY_SHARE), some of them terms of the
    taxonomy ("mentoring"): the label "Training:" recurs in every name, so all are fields."""
    kinds = ["mentoring", "conference", "shadowing"] + [f"course {c}" for c in "ABCDEFGHIJ"] + [
        f"module {c}" for c in "KLMNOPQRSTUV"]
    labels = [skill.label for skill in list(matcher.skills.values())[:200]]
    names = [f"{label} | Training: {kind}" for label, kind in zip(labels, itertools.cycle(kinds))]
    form = ExportForm.learn(names, matcher)
    assert {"training: mentoring", "training: conference"} <= form.fields
    assert {_key(k) for k in kinds} <= {f.removeprefix("training: ") for f in form.fields}
    assert not {label.casefold() for label in labels} & form.fields
    assert form.content("Soldering | Training: mentoring") == "Soldering"


def test_a_rating_whose_values_combine_is_a_field_by_its_words(matcher):
    """An invented appraisal export rates each of 200 skills on one of ten factors at one of
    five frequencies in one part ("Advising L2, 10% weekly"): 50 combinations, many in fewer
    than MIN_NAMES names, several saying a skill's words ("Training", "Safety"). Each is a
    field because every word of it recurs in the form's values; the names are not."""
    factors = ["Advising", "Supervising", "Training", "Safety", "Record keeping", "Liaison",
               "Planning", "Quality", "Budgeting", "Outreach"]
    often = ["daily", "weekly", "monthly", "termly", "ad hoc"]
    rng = random.Random(3)
    labels = [skill.label for skill in list(matcher.skills.values())[:200]]
    names = [f"{label} :: {rng.choice(factors)} L{rng.randint(1, 4)}, {rng.randint(1, 6) * 5}% "
             f"{rng.choice(often)}" for label in labels]
    form = ExportForm.learn(names, matcher)
    rated = {_key(name.partition(" :: ")[2]) for name in names}
    assert rated <= form.fields
    assert not {label.casefold() for label in labels} & form.fields
    assert form.content("Soldering :: Safety L3, 20% ad hoc") == "Soldering"
    assert form.content("Soldering :: Safety") == "Soldering :: Safety"   # no rating: kept
    name = "Hall effect & transport measurements"
    assert matcher.match(name).via == "unreviewed"
    text = next(text for text in (f"{name} :: {n.partition(' :: ')[2]}" for n in names)
                if matcher.match(text).skill_id == "budget-management")   # the rules read a field
    learnt = matcher.match(text, form)                  # the form learnt: only the name is read
    assert (learnt.via, learnt.skill_id) == ("unreviewed", unreviewed_skill_id(name))


def test_a_record_of_many_fields_in_one_part_is_learnt_though_each_row_is_its_own(matcher):
    """An invented calibration-sign-off export writes one part after each of 200 skills' names
    ("X -- GLS QC-3 checked by Glass Lead, due 04/2027"): a unit of twelve, a kind of check of
    four, one of its unit's two checkers, a state of three, so that nearly every row's part
    is its own, as rare as the name beside it. The name is the part of rarer words; the part,
    most of whose words recur in the form's other values and with a number, is the record's
    field."""
    units = {"GLS": ("Glass Lead", "Glass Deputy"), "WKS": ("Workshop Foreman", "Fitter"),
             "IMG": ("Imaging Manager", "Imaging Deputy"), "ANI": ("Named Vet", "Unit Head"),
             "MAR": ("Boat Master", "Coxswain"), "DIV": ("Dive Officer", "Dive Deputy"),
             "CHM": ("Chemistry Steward", "Lab Head"), "ELX": ("Electronics Lead", "Tutor"),
             "EST": ("Estates Officer", "Clerk"), "CRY": ("Cryogen Steward", "Porter"),
             "LAS": ("Laser Safety Officer", "Optics Lead"), "BIO": ("Biosafety Lead", "Dean")}
    rng = random.Random(5)
    labels = [skill.label for skill in list(matcher.skills.values())[200:400]]
    names = []
    for label in labels:
        unit = rng.choice(sorted(units))
        state = rng.choice([f"due {rng.randint(1, 12):02d}/{rng.randint(2025, 2029)}",
                            f"overdue since {rng.randint(1, 12):02d}/2024", "no due date"])
        names.append(f"{label} -- {unit} {rng.choice(['QC', 'QA', 'CAL', 'VER'])}-"
                     f"{rng.randint(1, 6)} checked by {rng.choice(units[unit])}, {state}")
    form = ExportForm.learn(names, matcher)
    stripped = [form.content(name) for name in names]
    assert sum(content == label for content, label in zip(stripped, labels)) >= 0.95 * len(names)
    assert names[0].startswith(f"{labels[0]} -- ") and stripped[0] == labels[0]


def test_a_field_begun_as_hundreds_of_others_are_is_learnt_whatever_it_names(matcher):
    """An invented permit log's last part says who approved the row ("X | approved by
    Cleanroom Manager"), each of thirty approvers in ten rows of 300, some naming a skill
    ("Cleanroom Manager", "Radiation Protection Supervisor"): it opens as every such part
    does, so it is the record's field, not a second name."""
    approvers = ["Cleanroom Manager", "Radiation Protection Supervisor", "Head of School",
                 "Workshop Manager", "Chief Engineer", "Dive Officer", "Named Vet",
                 "Laser Safety Officer", "Site Lead", "Facility Manager", "Boat Master",
                 "Deputy Director", "Biosafety Lead", "Fire Officer", "Duty Holder",
                 "Glass Lead", "Imaging Manager", "Store Keeper", "Estates Officer", "Dean",
                 "Confocal Lead", "Mass Spectrometry Manager", "Animal Unit Head", "Provost",
                 "Field Station Warden", "Electronics Lead", "Cryogen Steward", "Registrar",
                 "Pilot Plant Manager", "Nursery Head"]
    labels = [skill.label for skill in list(matcher.skills.values())[400:700]]
    names = [f"{label} | approved by {approvers[n % 30]}" for n, label in enumerate(labels)]
    form = ExportForm.learn(names, matcher)
    assert {"approved by cleanroom manager", "approved by mass spectrometry manager",
            "approved by confocal lead"} <= form.fields
    assert form.content("Flow cytometry | approved by Confocal Lead") == "Flow cytometry"
    assert not {label.casefold() for label in labels} & form.fields


def test_a_code_whose_letters_vary_is_a_label_by_its_shape(matcher):
    """An invented job-evaluation code before each name ("LAB-7/104: X"), its unit letters one
    of ten: each unit's code heads a few names only, their shape heads all of them."""
    units = ["LAB", "WKS", "EST", "IMG", "ANI", "GLS", "MAR", "DIV", "CHM", "ELX"]
    names = [f"{units[n % 10]}-{n % 9 + 1}/{100 + n}: {name}"
             for n, (name, _) in enumerate(SKILLS * 4)]
    form = ExportForm.learn(names, matcher)
    assert {"lab-#/#", "elx-#/#"} <= form.labels
    assert matcher.match("ANI-3/217: Flow cytometry", form).skill_id == "flow-cytometry"


def test_a_field_is_set_aside_only_before_or_after_the_name():
    form = ExportForm(frozenset({"met", "core"}))
    assert form.content("core | Histology | met") == "Histology"
    assert form.content("Histology | core | Confocal") == "Histology | core | Confocal"
    assert form.content("core | met") == "core | met"           # only fields: nothing to read
    assert ExportForm().content("core | Histology") == "core | Histology"


def test_a_rare_part_and_a_lone_name_teach_nothing(matcher):
    assert ExportForm.learn(["Histology | met", "Soldering | met", "Glassblowing"],
                            matcher).fields == frozenset()     # fewer than four names


@pytest.mark.parametrize("text, parts", [
    ("A | B", ["A", "B"]),
    ("Sieving (fine | coarse) – dry", ["Sieving (fine | coarse)", "dry"]),   # never in brackets
    ("GC-MS", ["GC-MS"]),                                       # an unspaced hyphen joins
    ("X :: Y; Z", ["X", "Y", "Z"]),
    ("| X |", ["| X |"]),                                       # a mark at either end is kept
])
def test_parts_are_cut_at_field_separators_outside_brackets(text, parts):
    assert [p for _, p in _parts(text)] == parts


@given(text=st.text(max_size=80), fields=st.sets(st.sampled_from(["met", "a", "#", "x y"])))
def test_content_is_never_empty_and_only_of_the_names_own_parts(text, fields):
    content = ExportForm(frozenset(fields)).content(text)
    assert content.strip() or not text.strip()
    assert content == text or content in " ".join(text.split())


def _imported(real_taxonomy, texts: list[str]):
    """`texts` as one person's skill each in a lone person_skills.csv: the parsed bundle, the
    report and the import's note on the names it filed once their export's form was set aside."""
    rows = [(n, {"person_id": f"P{n}", "skill": text}) for n, text in enumerate(texts, start=2)]
    table = Table("person_skills.csv", ["person_id", "skill"], rows)
    parsed, report = parse_bundle({"person_skills.csv": table}, real_taxonomy, institution="U",
                                  today=date(2026, 12, 3), require_people=False,
                                  known_people={f"P{n}" for n, _ in rows})
    assert report.ok, report.as_text()
    (note,) = [w for w in report.warnings if "set aside" in w.reason]
    return parsed, report, note


def test_an_import_files_rows_its_export_wrote_in_a_form_no_rule_knows(real_taxonomy):
    log = evidence_log()
    parsed, report, note = _imported(real_taxonomy, [text for text, _ in log])
    filed = {h.skill_id for holdings in parsed.holdings.values() for h in holdings}
    assert filed == {skill_id for _, skill_id in SKILLS}
    assert not report.unreviewed
    assert note.reason.startswith(f"{len(log)} skill names were filed") and "met" in note.value


def test_holders_whose_export_writes_their_own_fields_hold_one_unreviewed_skill(real_taxonomy):
    """An invented workload export writes each holder's own hours and year around a name no
    skill has: one unreviewed skill, named without the fields, held by all four; each holder
    keeps the name as written, and one holder's two years are one holding (failing before:
    four unreviewed skills of one holder each, succession's sole experts)."""
    name = "Lifeboat davit load testing"
    texts = [f"{label} ~ {n * 7 + 3} h ~ 20{20 + n % 4}/{21 + n % 4}"
             for n, label in enumerate([label for label, _ in SKILLS] * 3 + [name] * 4)]
    texts.append(f"{name} ~ 12 h ~ 2019/20")                # the last holder's other year
    rows = [(n, {"person_id": f"P{min(n, len(texts))}", "skill": text})
            for n, text in enumerate(texts, start=2)]
    table = Table("person_skills.csv", ["person_id", "skill"], rows)
    parsed, report = parse_bundle({"person_skills.csv": table}, real_taxonomy, institution="U",
                                  today=date(2026, 12, 4), require_people=False,
                                  known_people={row["person_id"] for _, row in rows})
    assert report.ok, report.as_text()
    assert parsed.new_skills == {unreviewed_skill_id(name): name}
    held = {h.person_id: h.written for holdings in parsed.holdings.values() for h in holdings
            if h.skill_id == unreviewed_skill_id(name)}
    assert held == {"P32": texts[-5], "P33": texts[-4], "P34": texts[-3],
                    "P35": f"{texts[-2]}; {texts[-1]}"}
    assert any("both match skill x-lifeboat-davit-load-testing" in w.reason
               for w in report.warnings)


def competence_register() -> list[tuple[str, str]]:
    """An invented competence register's rows, "Unit X2 → Proof 3 (kind): skill", the skill
    after a label and a colon, the unit's code and the proof's number varying row by row."""
    kinds = ["appraisal", "observed task", "course certificate", "peer review"]
    rows = itertools.product(SKILLS, kinds, ("A", "B", "C"))
    return [(f"Unit {letter}{n % 5 + 1} → Proof {n % 4 + 1} ({kind}): {name}", skill_id)
            for n, ((name, skill_id), kind, letter) in enumerate(rows)]


def test_a_label_before_the_skills_name_and_a_colon_is_learnt(matcher):
    """The label recurs with a different skill after it in every name; its kinds pooled
    ("proof # (...)"), it is set aside whatever its words name ("peer review", "course")."""
    form = ExportForm.learn([text for text, _ in competence_register()], matcher)
    assert {"proof # (appraisal)", "proof # (observed task)", "proof # (course certificate)",
            "proof # (peer review)"} <= form.labels
    rows = competence_register()
    alone = sum(matcher.match(text).skill_id == skill_id for text, skill_id in rows)
    assert alone < len(rows) / 2                                # the rules alone: most not filed
    assert all(matcher.match(text, form).skill_id == skill_id for text, skill_id in rows)
    assert form.content("Unit C3 → Proof 2 (appraisal): Vacuum pumps: leak testing") == (
        "Vacuum pumps: leak testing")          # only the learnt label is cut, once


def test_a_colon_a_few_names_write_is_no_label(matcher):
    names = [f"Microscopy: {name}" for name, _ in SKILLS[:3]] + [name for name, _ in SKILLS]
    form = ExportForm.learn(names, matcher)
    assert form.labels == frozenset()
    assert form.content("Microscopy: confocal") == "Microscopy: confocal"


def test_an_import_names_the_labels_it_set_aside(real_taxonomy):
    """The import's note shows the learnt labels too, not only fields (round 20's review: a
    form of labels alone was reported as "0 such parts")."""
    _, _, note = _imported(real_taxonomy, [text for text, _ in competence_register()])
    assert "proof # (peer review)" in note.value


def logbook() -> list[tuple[str, str]]:
    """An invented instrument logbook's rows with no separator at all: a date and a booking
    code before the skill's name, the hours and who signed after it ("03/11/2024 BK-4471
    Confocal microscopy 3 hrs signed"), every field varying row by row."""
    signs = ["signed", "unsigned", "countersigned"]
    return [(f"{n % 28 + 1:02d}/{n % 12 + 1:02d}/20{20 + n % 6} BK-{4000 + 37 * n} {name} "
             f"{n % 7 + 1} hrs {signs[n % 3]}", skill_id)
            for n, (name, skill_id) in enumerate(SKILLS * 5)]


def test_an_unseparated_forms_coded_words_are_learnt_by_their_shape_and_place(matcher):
    """No separator to cut at: the coded words (a number or code in them) at the same place
    before or after many names start and end the record; the words outside them go too."""
    form = ExportForm.learn([text for text, _ in logbook()], matcher)
    assert form.heads == {"#/#/#", "a-#"} and form.tails == {"#"}
    assert form.content("01/02/2025 BK-9 Vacuum pumps 2 hrs signed") == "Vacuum pumps"
    assert "#/#/# (before the name)" in form.described
    rows = logbook()
    assert sum(matcher.match(text).skill_id == skill_id for text, skill_id in rows) < len(rows)
    assert all(matcher.match(text, form).skill_id == skill_id for text, skill_id in rows)


def test_a_skills_own_coded_word_and_a_lone_field_are_kept(matcher):
    form = ExportForm.learn([text for text, _ in logbook()] + ["Printing in 3d"], matcher)
    assert "3d" in form.vocabulary                   # a term's word at its place in one name
    assert form.content("Printing in 3d") == "Printing in 3d"
    assert form.content("01/02/2025 BK-9 7 hrs") == "01/02/2025 BK-9 7 hrs"   # no name left
    assert form.content("BK-9 Histology") == "Histology"


def test_a_bundles_own_coded_names_teach_no_unseparated_form(matcher):
    """Coded words inside skills' names ("CL3", "ISO 17025", "2D gels") at no one place in
    enough names: nothing learnt, nothing cut."""
    names = [name for name, _ in SKILLS] + ["CL3 laboratory work", "ISO 17025 auditing",
                                            "2D gel electrophoresis", "Python 3 scripting"]
    form = ExportForm.learn(names, matcher)
    assert not (form.heads or form.tails)


@given(text=st.text(alphabet=st.sampled_from("ab \t\n1/"), max_size=40),
       fields=st.sets(st.sampled_from(["a", "#", "b #", "#/#"])))
@example(text="1 /\t1", fields={"#", "a"})    # a spaced slash then a tab: no part opens on the gap
def test_a_column_form_s_content_is_never_empty_nor_holds_a_gap(text, fields):
    """Read with its columns apart at gaps, a name's content is the name, or a run of its
    columns set apart by single spaces, never the gap's glyph nor empty."""
    content = ExportForm(frozenset(fields), separators=frozenset({GAP})).content(text)
    assert content.strip() or not text.strip()
    assert GAP not in content
    assert content == text or content in " ".join(text.split())

@given(text=st.text(alphabet=st.sampled_from("ab 1^/"), max_size=40),
       fields=st.sets(st.sampled_from(["a", "#", "b #", "a#"])))
def test_a_flat_files_content_is_never_empty_and_one_run_of_its_fields(text, fields):
    """Read with its fields apart at a glyph written unspaced ("^"), a name's content is the
    name, or a run of its fields, spaced round the glyph, never empty."""
    content = ExportForm(frozenset(fields), separators=frozenset({"^"})).content(text)
    assert content.strip() or not text.strip()
    assert content == text or content in " ".join(text.replace("^", " ^ ").split())


@given(text=st.text(alphabet=st.sampled_from("ab 12./[]-"), max_size=40),
       heads=st.sets(st.sampled_from(["#", "#.#", "[a/#]", "a-#"])),
       tails=st.sets(st.sampled_from(["#", "#a", "a:#"])),
       marks=st.sets(st.sampled_from(["a", "b", "ab"])))
def test_an_unseparated_forms_content_is_never_empty_and_one_piece_of_the_name(text, heads, tails,
                                                                               marks):
    form = ExportForm(heads=frozenset(heads), tails=frozenset(tails), leads=frozenset(marks),
                      trails=frozenset(marks))
    content = form.content(text)
    assert content.strip() or not text.strip()
    assert content == text or content in text


def test_a_bracketed_field_beside_a_coded_one_is_the_records(matcher):
    """An invented assessment log: a unit code, the name, then the evidence methods in
    brackets and a score ("U7 Histology (obs+wit) 4/5"); the brackets' values recur, so they are
    the record's like the score beside them. A skill's own abbreviation in brackets, in a few
    names, is kept where no coded word stands beside it ("Flow cytometry (FACS)"); beside the
    score it is read as the record's, and the name still files."""
    methods = ["(obs)", "(obs+wit)", "(prof)", "(q&a)"]
    names = [f"U{n % 9 + 1} {name} {methods[n % 4]} {n % 5 + 1}/5"
             for n, (name, _) in enumerate(SKILLS * 4)]
    form = ExportForm.learn(names + ["U3 Flow cytometry (FACS) 4/5"], matcher)
    assert {"(a)", "(a+a)", "#/#"} <= form.tails and "(facs)" in form.vocabulary
    assert form.content("U2 Vacuum pumps (obs+wit) 3/5") == "Vacuum pumps"
    assert form.content("Flow cytometry (FACS)") == "Flow cytometry (FACS)"
    assert form.content("U3 Flow cytometry (FACS) 4/5") == "Flow cytometry"
    assert matcher.match("U3 Flow cytometry (FACS) 4/5", form).skill_id == "flow-cytometry"


def test_a_code_between_the_name_and_its_record_separates_them(matcher):
    """An invented authorisation register writes each skill's name, a bracketed code and the
    record after it, with no separator ("X (CH-07 rev2) granted for unsupervised use,
    countersigned by Lab Head 11/2025"): the code's shape, in every row, cuts the name from
    the record as a separator would, and the record's parts, each row its own combination of
    unit, grant and signer, are set aside as fields. A bracketed number a few names write in
    their own words ("(13C)") cuts nothing."""
    units = {"CH": ("Lab Head", "Chemistry Steward"), "WK": ("Workshop Foreman", "Fitter"),
             "BI": ("Biosafety Lead", "Unit Head"), "IM": ("Imaging Manager", "Deputy"),
             "FD": ("Field Warden", "Boat Master"), "EL": ("Electronics Lead", "Tutor")}
    grants = ["granted for unsupervised use", "granted under supervision",
              "granted for teaching", "withdrawn pending retraining"]
    rng = random.Random(7)
    labels = [skill.label for skill in list(matcher.skills.values())[100:300]]
    names = []
    for label in labels:
        unit = rng.choice(sorted(units))
        names.append(f"{label} ({unit}-{rng.randint(1, 12):02d} rev{rng.randint(1, 4)}) "
                     f"{rng.choice(grants)}, countersigned by {rng.choice(units[unit])} "
                     f"{rng.randint(1, 12):02d}/{rng.randint(2020, 2026)}")
    own = ["Carbon NMR (13C) spectra", "Phosphorus NMR (31P) spectra"]
    form = ExportForm.learn(names + own, matcher)
    assert form.codes == frozenset({"(a-# a#)"})
    stripped = [form.content(name) for name in names]
    assert sum(content == label for content, label in zip(stripped, labels)) >= 0.95 * len(names)
    assert form.content(own[0]) == own[0]
    assert "(a-# a#) (between the name and its record)" in form.described


def test_holders_own_numbers_around_one_name_are_read_once(matcher, real_taxonomy):
    """An invented booking register writes each holder's own level, sign-off date and count
    around a skill's name ("Confocal microscopy » level 2/4 supervised » trained 03/07/2021 »
    16 bookings"): nearly every row is a text of its own, yet it is read whole once per name
    and level, not once per row (a film school's register of 6,540 such rows took 293 s to
    import, 36 s so), and each row files as a matcher that read it alone files it."""
    rng = random.Random(11)
    levels = ["1/4 induction only", "2/4 supervised", "3/4 unsupervised", "4/4 trainer"]
    rows = [f"{name} » level {rng.choice(levels)} » trained {rng.randint(1, 28):02d}/"
            f"{rng.randint(1, 12):02d}/{rng.randint(2015, 2026)} » {rng.randint(1, 90)} bookings"
            for name, _ in SKILLS for _ in range(60)]
    assert len(set(rows)) > 590
    form = ExportForm.learn(rows, matcher)
    started = time.perf_counter()
    found = [matcher.match(row, form) for row in rows]
    assert time.perf_counter() - started < 8.0      # 600 readings took 24 s, 40 take 2 s
    assert sum(m.skill_id == skill_id for m, (_, skill_id) in zip(
        found, (s for s in SKILLS for _ in range(60)))) >= 0.9 * len(rows)
    for at in rng.sample(range(len(rows)), 12):
        alone = SkillMatcher.for_taxonomy(real_taxonomy)
        assert alone.match(rows[at], form) == found[at]
        assert alone.filed_whole(rows[at], form) == matcher.filed_whole(rows[at], form)


def test_a_rosters_fields_after_an_unlisted_arrow_are_learnt_and_a_skill_many_hold_is_none(
        matcher):
    """An invented on-call roster sets its fields apart with a triangle no list of separators
    named ("IMG-CF Imaging ▸ Confocal microscopy ▸ w/c 13/05/2024 ▸ 3 shifts 07:00-15:00 ▸
    confirmed"), each holder's week, shifts and status their own. Its fields are learnt as a
    pipe's would be, and the skill most of the staff hold, in over a third of the rows, is
    still the name: a holder's own numbers make no part recur."""
    rng = random.Random(3)
    statuses = ["confirmed", "provisional", "on call only", "swap requested"]
    times = ["07:00-15:00", "09:00-17:30", "14:00-22:00", "19:00-07:00"]
    rows, expected = [], []
    for at, (name, skill_id) in enumerate(SKILLS):
        for _ in range(150 if at == 0 else 25):
            shifts = rng.randint(1, 7)
            rows.append(f"R{at:02d}-{name[:3].upper()} Rota ▸ {name} ▸ w/c "
                        f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/"
                        f"{rng.randint(2023, 2026)} ▸ {shifts} shift{'s' * (shifts > 1)} "
                        f"{rng.choice(times)} ▸ {rng.choice(statuses)}")
            expected.append(skill_id)
    form = ExportForm.learn(rows, matcher)
    assert {"confirmed", "on call only", "w/c #/#/#"} <= form.fields
    assert form.content(rows[0]).endswith(SKILLS[0][0])
    assert sum(matcher.match(row, form).skill_id == skill_id
               for row, skill_id in zip(rows, expected)) >= 0.95 * len(rows)


def _assert_the_form_files_what_the_rules_alone_miss(matcher, form, rows):
    """An invented export's `rows` (text, skill id): the rules alone file few, its learnt
    `form` every one."""
    alone = sum(matcher.match(text).skill_id == skill_id for text, skill_id in rows)
    assert alone < 0.7 * len(rows)
    assert all(matcher.match(text, form).skill_id == skill_id for text, skill_id in rows)


@pytest.mark.parametrize("glyph", ["◇", "‡", "§", "⁞", "◆◆", "\\\\"])
def test_a_glyph_no_list_names_is_learnt_as_the_exports_separator(matcher, glyph):
    """An invented training matrix sets its fields apart with a glyph no list of separators
    names ("Workshops ◇ TIG welding ◇ trained 03/2024 ◇ renew 2027"). The glyph, spaced in
    ANY_SHARE of the names, is learnt as the export's separator and its fields as a pipe's
    would be; the names are filed."""
    rng = random.Random(7)
    states = ["trained", "in training", "refresher due", "competent"]
    units = ["Imaging core", "Workshops", "Dive unit", "Bioanalysis"]
    rows = [(f"{rng.choice(units)} {glyph} {name} {glyph} {rng.choice(states)} "
             f"{rng.randint(1, 12):02d}/{rng.randint(2019, 2026)} {glyph} renew "
             f"{rng.randint(2026, 2030)}", skill_id) for name, skill_id in SKILLS * 8]
    form = ExportForm.learn([text for text, _ in rows], matcher)
    assert glyph in form.separators and f"“{glyph}” (between fields)" in form.described
    assert {"workshops", "trained #/#", "renew #"} <= form.fields
    _assert_the_form_files_what_the_rules_alone_miss(matcher, form, rows)


@pytest.mark.parametrize("gap", ["\t", "fixed"])
def test_columns_apart_at_tabs_or_padded_to_a_fixed_width_are_the_exports_fields(matcher, gap):
    """An invented equipment sign-off sheet writes its columns apart at tabs, or padded with
    spaces to a fixed width as a plain-text report does ("TIG welding      SIGNED OFF  03/2024
    renew 2027"): no glyph between them. A tab or a run of spaces in ANY_SHARE of the names is
    where the export's columns stand apart; its columns are learnt as a pipe's would be, the
    names filed and named without the holders' own columns."""
    rng = random.Random(5)
    states = ["SIGNED OFF", "IN TRAINING", "OVERDUE"]
    width = max(len(name) for name, _ in SKILLS) + 2
    rows = []
    for name, skill_id in SKILLS * 8:
        cells = [name, rng.choice(states), f"{rng.randint(1, 12):02d}/{rng.randint(2019, 2026)}",
                 f"renew {rng.randint(2026, 2030)}"]
        text = ("\t".join(cells) if gap == "\t" else
                name.ljust(width) + "".join(c.ljust(13) for c in cells[1:]).rstrip())
        rows.append((text, skill_id))
    form = ExportForm.learn([text for text, _ in rows], matcher)
    assert "a tab or a run of spaces (between columns)" in form.described
    assert {"signed off", "#/#", "renew #"} <= form.fields
    assert form.content(rows[0][0]) == SKILLS[0][0]
    _assert_the_form_files_what_the_rules_alone_miss(matcher, form, rows)


@pytest.mark.parametrize("glyph", ["^", "~", "¦", "¬", "$"])
def test_a_glyph_written_unspaced_between_a_records_fields_is_learnt_as_its_separator(matcher,
                                                                                     glyph):
    """An invented training records system exports a flat file, one record a line, its fields
    apart at a glyph with no spaces round it ("WSH104^TIG welding^CURRENT^20240312^20270312^JT").
    A glyph between two words' letters or digits, twice or more in ANY_SHARE of the names, is
    the export's separator: its fields are learnt as a pipe's would be, the course's code among
    them, and the names filed."""
    rng = random.Random(3)
    rows = []
    for k, (name, skill_id) in enumerate(SKILLS * 8):
        day = f"{rng.randint(2017, 2026)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        cells = [f"WSH{101 + k % len(SKILLS)}", name, rng.choice(["CURRENT", "DUE", "EXPIRED"]),
                 day, rng.choice([str(int(day) + 30000), "NONE"]), rng.choice(["JT", "MK", "RB"])]
        rows.append((glyph.join(cells), skill_id))
    form = ExportForm.learn([text for text, _ in rows], matcher)
    assert glyph in form.separators and f"“{glyph}” (between fields)" in form.described
    assert {"wsh#", "current", "#", "none", "jt"} <= form.fields
    assert form.content(rows[0][0]) == SKILLS[0][0]
    _assert_the_form_files_what_the_rules_alone_miss(matcher, form, rows)


@pytest.mark.parametrize("element", ["self-closing", "text", "single-quoted"])
def test_a_record_written_as_one_markup_element_is_read_as_its_fields(matcher, element):
    """An invented competence system exports each record as one XML element a line, its
    fields attributes in a fixed order ('<competence ref="WS-104" title="TIG welding"
    status="trainee" assessed="2024-03-12" assessor="S04470"/>'), or the name as the
    element's text. The attributes' values and the text, entities read ("R&amp;D" is "R&D"),
    are the record's fields, learnt as a pipe's would be, the code among them; the names are
    filed, and so is a facility's required skill written as the element without a holder's
    attributes."""
    rng = random.Random(13)
    rows = []
    for k, (name, skill_id) in enumerate(SKILLS * 8):
        holder = [("status", rng.choice(["authorised", "trainee", "supervised"])),
                  ("assessed", f"{rng.randint(2016, 2026)}-{rng.randint(1, 12):02d}-15"),
                  ("assessor", f"S0{rng.randint(1000, 9999)}")]
        ref = f"WS-{101 + k % len(SKILLS)}"
        if element == "text":
            attributes = " ".join(f'{key}="{value}"' for key, value in holder)
            rows.append((f'<competence ref="{ref}" {attributes}>{name}</competence>', skill_id))
        else:
            quote = "'" if element == "single-quoted" else '"'
            attributes = " ".join(f"{key}={quote}{value}{quote}"
                                  for key, value in [("ref", ref), ("title", name), *holder])
            rows.append((f"<competence {attributes}/>", skill_id))
    form = ExportForm.learn([text for text, _ in rows], matcher)
    assert {"ws-#", "authorised", "#-#-#", "s#"} <= form.fields
    assert form.content(rows[0][0]) == SKILLS[0][0]
    if element == "text":       # the rules alone read an element's text (a tag is no word)
        assert all(matcher.match(text, form).skill_id == skill_id for text, skill_id in rows)
    else:
        _assert_the_form_files_what_the_rules_alone_miss(matcher, form, rows)
    assert matcher.match(f'<competence ref="WS-101" title="{SKILLS[0][0]}"/>',
                         form).skill_id == SKILLS[0][1]
    assert form.content('<c ref="WS-101" title="H&amp;S induction"/>') == "H&S induction"


@given(st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=5))
def test_an_elements_fields_are_its_attributes_values_in_order(values):
    """Whatever its attributes hold, escaped as XML escapes them, an element is read as their
    values in order, each with its own spaces one space, and empty values left out."""
    from html import escape

    text = "<r " + " ".join(f'a{k}="{escape(v)}"' for k, v in enumerate(values)) + "/>"
    kept = [" ".join(v.split()) for v in values if v.split()]
    assert _unmarked(text) == " | ".join(kept)


@pytest.mark.parametrize("record", ["object", "array", "unicode-escaped"])
def test_a_record_written_as_one_json_value_is_read_as_its_fields(matcher, record):
    """An invented ERP exports each qualification as JSON Lines, one object a line, its keys in
    a fixed order ('{"id": "50041801", "title": "TIG welding", "level": 3, "from":
    "2024-03-12", "to": null, "by": "P33015"}'), or as an array of the same values; the
    values, escapes read ("\\u2013" is an en dash), are the record's fields, learnt as a
    pipe's would be; the names are filed, and so is a facility's required skill written as the
    object without a holder's keys."""
    import json

    rng = random.Random(43)
    rows = []
    for k, (name, skill_id) in enumerate(SKILLS * 8):
        fields = {"id": f"5004{1101 + k % len(SKILLS)}", "title": name,
                  "level": rng.randint(1, 4),
                  "from": f"{rng.randint(2016, 2026)}-{rng.randint(1, 12):02d}-15",
                  "to": rng.choice([None, "9999-12-31"]), "by": f"P{rng.randint(10000, 99999)}"}
        text = json.dumps(fields if record != "array" else list(fields.values()),
                          ensure_ascii=record == "unicode-escaped")
        rows.append((text, skill_id))
    form = ExportForm.learn([text for text, _ in rows], matcher)
    assert {"#-#-#", "p#"} <= form.fields
    assert form.content(rows[0][0]) == SKILLS[0][0]
    if record == "array":       # the rules alone read most of an array (it has no keys)
        assert all(matcher.match(text, form).skill_id == skill_id for text, skill_id in rows)
    else:
        _assert_the_form_files_what_the_rules_alone_miss(matcher, form, rows)
    assert matcher.match(json.dumps({"id": "50041101", "title": SKILLS[0][0]}),
                         form).skill_id == SKILLS[0][1]
    assert form.content('{"id": "1", "title": "Die polishing \\u2013 proof"}') == (
        "Die polishing \u2013 proof")


@given(st.lists(st.one_of(st.text(max_size=12), st.integers(), st.none(), st.booleans()),
                min_size=1, max_size=5), st.booleans())
def test_a_json_records_fields_are_its_values_in_order(values, ascii_only):
    """Whatever its values hold, escaped as JSON escapes them, an object is read as its values
    in order (a number as JSON writes it, null as nothing), each with its own spaces one space,
    and empty values left out."""
    import json

    text = json.dumps({f"k{k}": v for k, v in enumerate(values)}, ensure_ascii=ascii_only)
    written = ["" if v is None else v if isinstance(v, str) else json.dumps(v) for v in values]
    assert _unmarked(text) == " | ".join(" ".join(v.split()) for v in written if v.split())


def test_a_record_written_as_one_logfmt_line_is_read_as_its_fields(matcher):
    """An invented maintenance system's audit export writes each authorisation as logfmt, one
    line of key=value pairs in a fixed order ('auth=SRV-101 scope="TIG welding" level=competent
    issued=2024-03-12 expires= signatory=QA117'): a value with a space double-quoted (a quote
    inside escaped), a one-word value bare, an empty one nothing. The values are the record's
    fields, learnt as a pipe's would be; the names are filed, and so is a facility's required
    skill written as the reference and scope alone."""
    rng = random.Random(44)
    rows = []
    for k, (name, skill_id) in enumerate(SKILLS * 8):
        scope = f'"{name}"' if " " in name else name
        expires = rng.choice(["", f"{rng.randint(2026, 2029)}-06-30"])
        rows.append((f"auth=SRV-{101 + k % len(SKILLS)} scope={scope} "
                     f"level={rng.choice(['supervised', 'competent', 'certifying'])} "
                     f"issued={rng.randint(2014, 2026)}-{rng.randint(1, 12):02d}-15 "
                     f"expires={expires} signatory=QA{rng.randint(100, 199)}", skill_id))
    form = ExportForm.learn([text for text, _ in rows], matcher)
    assert {"#-#-#", "qa#", "competent"} <= form.fields
    assert form.content(rows[0][0]) == SKILLS[0][0]
    _assert_the_form_files_what_the_rules_alone_miss(matcher, form, rows)
    assert matcher.match(f'auth=SRV-101 scope="{SKILLS[0][0]}"', form).skill_id == SKILLS[0][1]
    assert form.content('auth=SRV-1 scope="Die \\"proof\\" polishing"') == 'Die "proof" polishing'


@given(st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=12),
                min_size=2, max_size=5))
def test_a_logfmt_records_fields_are_its_values_in_order(values):
    """Whatever its values hold, quoted and escaped as logfmt writes them (a value with a
    space, a quote or an equals sign quoted, a backslash or quote inside escaped), a line of
    pairs is read as its values in order, each with its own spaces one space, and empty
    values left out."""
    def written(value: str) -> str:
        if value and not any(c.isspace() or c in '"=\\' for c in value):
            return value
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'

    text = " ".join(f"k{k}={written(v)}" for k, v in enumerate(values))
    assert _unmarked(text) == " | ".join(" ".join(v.split()) for v in values if v.split())


def test_a_name_with_equals_signs_that_is_no_logfmt_line_is_read_as_written():
    """Only a whole name of two or more key=value pairs is a logfmt record: "pH=7 buffer",
    "x=1", "a=b c", 'k="open quote', "= x=1" and "1a=2 b=3" are read as written."""
    names = ["pH=7 buffer", "x=1", "a=b c", 'k="open quote', "= x=1", "1a=2 b=3"]
    assert [_unmarked(name) for name in names] == names


@given(st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=12),
                min_size=2, max_size=5))
def test_a_form_bodys_fields_are_its_values_in_order(values):
    """Whatever its values hold, encoded as a form encodes them, a body of two or more pairs
    is read as its values in order, each with its own spaces one space, and empty values left
    out."""
    text = urlencode({f"k{k}": v for k, v in enumerate(values)})
    assert _unmarked(text) == " | ".join(" ".join(v.split()) for v in values if v.split())


def test_a_name_with_ampersands_that_is_no_form_body_is_read_as_written():
    """Only a whole name of two or more key=value pairs joined by ampersands, spaceless, is a
    form body: "R&D", "pH=7&x", "a=b c&d=e", "x=1&" and "a=1&&b=2" are read as written."""
    names = ["R&D", "pH=7&x", "a=b c&d=e", "x=1&", "a=1&&b=2", "1a=2&b=3"]
    assert [_unmarked(name) for name in names] == names


def test_a_name_in_braces_or_brackets_that_is_no_json_value_is_read_as_written():
    """Only a whole name that is one JSON object or array with a value is a JSON record, its
    nested values read in place ('{"a": {"b": 1}}' is "1", '["x", [1]]' "x | 1"): "{braces}
    kept", "[CL3] suite work", "[]" and an array nested past the parser's depth are read as
    written."""
    names = ["{braces} kept", "[CL3] suite work", "[]", "{}", '[[], {"a": []}]',
             "[" * 100_000 + "]" * 100_000]       # deeper than the parser goes
    assert [_unmarked(name) for name in names] == names
    assert _unmarked('{"a": {"b": 1}}') == "1" and _unmarked('["x", [1]]') == "x | 1"


@given(st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12),
                min_size=1, max_size=5))
def test_a_toml_key_and_inline_tables_fields_are_its_values_in_order(values):
    """Whatever its values hold, written as TOML basic strings (a quote or backslash escaped),
    one key and inline table on a line is read as the key and the values in order, each with
    its own spaces one space, and empty values left out; a day is written as ISO writes it."""
    table = ", ".join(f"k{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in enumerate(values))
    text = f"AIT-110 = {{ {table}, issued = 2018-06-18 }}"
    kept = ["AIT-110", *(" ".join(v.split()) for v in values if v.split()), "2018-06-18"]
    assert _unmarked(text) == " | ".join(kept)


def test_a_name_in_braces_that_is_no_toml_key_and_table_is_read_as_written():
    """Only a whole name that is one TOML key and inline table is a TOML record: '{x = 1}',
    'a = 1 }', 'a = {', 'a = { b }', "heat = {hot} pipes}" and two keys on a line are read as
    written."""
    names = ["{x = 1}", "a = 1 }", "a = {", "a = { b }", "heat = {hot} pipes}",
             'a = { b = "c" } d = { e = "f" }']
    assert [_unmarked(name) for name in names] == names


@given(st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=12),
                min_size=1, max_size=5), st.sampled_from(["N'{}'", "'{}'", "CAST(N'{}' AS Date)"]))
def test_an_sql_insert_statements_fields_are_its_values_in_order(values, literal):
    """Whatever its strings hold, quoted as SQL writes them (a quote doubled, a Unicode
    string's N before it, a cast around it; a backslash escaped, as MySQL writes it, since a
    backslash before a quote is read as its escape), one INSERT statement of one row, as a
    database's script writes a record, is read as its values in order, each with its own
    spaces one space, NULL and empty strings left out (round 52: heldout52's tickets
    script)."""
    written = ", ".join(literal.format(v.replace("\\", "\\\\").replace("'", "''"))
                        for v in values)
    text = f"INSERT [dbo].[T] ([A], [B]) VALUES (3106, {written}, NULL, CAST(7.0 AS Decimal(4, 1)))"
    kept = ["3106", *(" ".join(v.split()) for v in values if v.split()), "7.0"]
    assert _unmarked(text) == " | ".join(kept)
    assert _unmarked(f"INSERT INTO t VALUES ({written});") == " | ".join(kept[1:-1])


def test_a_name_that_is_no_insert_statement_of_one_row_is_read_as_written():
    """Only a whole name that is one INSERT statement of one row is an SQL record: "Insert
    moulding", "insert values (x)", two rows, an open quote and a list with an empty value are
    read as written."""
    names = ["Insert moulding", "insert values (x)", "INSERT INTO t VALUES (1, 'a'), (2, 'b')",
             "INSERT INTO t VALUES ('open)", "INSERT INTO t VALUES (1,, 2)"]
    assert [_unmarked(name) for name in names] == names


@given(st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=12),
                min_size=1, max_size=4))
def test_edifact_segments_fields_are_their_components_in_order(values):
    """Whatever its components hold, released as UN/EDIFACT writes them (a ? before any
    apostrophe, plus, colon or question mark), a name of segments, as a message broker writes a
    record, is read as its components in order, tags set aside, each with its own spaces one
    space and the empty ones left out (round 53: heldout53's plant licence register)."""
    written = [released(v) for v in values]
    text = f"QUA+4101:{':'.join(written)}'STS+1+CMP'DTM+182:20190420:102'"
    kept = ["4101", *(" ".join(v.split()) for v in values if v.split()), "1", "CMP", "182",
            "20190420", "102"]
    assert _unmarked(text) == " | ".join(kept)
    assert _unmarked(f"QUA+4101:{'+'.join(written)}'") == " | ".join(kept[:-5])
    # a release character before a new line reads as the new line, as the record's pattern does
    assert _unmarked(f"QUA+4101:{written[0]}?\nend'") == " | ".join(
        ["4101", " ".join(f"{values[0]}\nend".split())])


def test_a_name_that_is_no_edifact_segment_is_read_as_written():
    """Only a whole name of segments, each a tag of three capitals ended by an apostrophe, one
    with a data element, is an EDIFACT record: a quoted word, a plus between words, an
    unended segment, a lower-case tag and a dangling release character are read as written."""
    names = ["NMR: 'quick' spectra", "TIG+MIG welding", "QUA+4101:Crane driving",
             "qua+4101:Crane driving'", "QUA+4101:Crane driving?'", "UNH'"]
    assert [_unmarked(name) for name in names] == names


def vcard_text(text: str) -> str:
    """`text` as a vCard TEXT value: a backslash before any backslash, comma, semicolon and
    colon, a new line written \\n (RFC 6350, 3.4)."""
    return re.sub(r"([\\,;:])", r"\\\1", text).replace("\n", "\\n")


@given(st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=12),
                min_size=1, max_size=4), st.text("ABCXY-", min_size=1, max_size=6))
def test_a_vcard_content_lines_fields_are_its_parameters_and_components(values, level):
    """Whatever its components hold, escaped as vCard writes them, one content line of a
    people directory's card (a group, the property's name, parameters, the value's components
    apart at semicolons) is read as the group, the parameters' values and the components in
    order, names set aside, each with its own spaces one space, the empty ones left out (round
    54: heldout54's EXPERTISE lines)."""
    text = (f"SK2101.EXPERTISE;LEVEL={level};X-SIGNED=20150818;X-BY=\"M; T\":"
            + ";".join(vcard_text(v) for v in values))
    kept = ["SK2101", level, "20150818", "M; T",
            *(" ".join(v.split()) for v in values if v.split())]
    assert _unmarked(text) == " | ".join(kept)
    assert _unmarked(f"SK2101.EXPERTISE:{vcard_text(values[0])}") == " | ".join(
        kept[:1] + [" ".join(values[0].split())] * bool(values[0].split()))


def test_a_name_that_is_no_vcard_content_line_is_read_as_written():
    """Only a whole name that is one content line with a group or a parameter is a card's
    record: a label and a colon, a spaced name, a parameter without a value, a number with a
    decimal point and a name with a space before its parameters are read as written."""
    names = ["NMR: spectra", "COSHH:assessments", "Mass spec;x=1: NMR", "TIG;MIG:welding",
             "2.5;x=1:y", "ISO 9001;x=1:audits"]
    assert [_unmarked(name) for name in names] == names


@pytest.mark.parametrize("form_name", RECORDS)
def test_a_record_of_keys_and_values_is_read_as_its_fields(matcher, form_name):
    """An export that writes each holding as a record (bench/form_learning_eval.py's RECORDS) of
    keys and values (YAML, LDAP, iCalendar, TOML, a dict, header parameters, properties, an
    S-expression, nested markup or JSON, an HTML form body, its values percent-encoded) or as
    one segment of glued fields (EDI, colons, a CSV line): the keys it writes in ANY_SHARE of
    its names are learnt and its names read as their values, whose fields are learnt as a
    pipe's would be; the names are filed."""
    rng = random.Random(46)
    write = RECORDS[form_name]
    rows = [(write(f"TRK{10 + k % len(SKILLS)}", name,
                   rng.choice(STATES),
                   f"{rng.randint(2014, 2026)}-{rng.randint(1, 12):02d}-15"), skill_id)
            for k, (name, skill_id) in enumerate(SKILLS * 8)]
    form = ExportForm.learn([text for text, _ in rows], matcher)
    _assert_the_form_files_what_the_rules_alone_miss(matcher, form, rows)


@given(st.lists(st.text("abcdefghij XYZ0123456789-./", max_size=12), min_size=2, max_size=5))
def test_a_keyed_records_values_are_read_in_order(values):
    """Whatever its values hold (words, numbers, dashes, dots, slashes), a record of two keys
    or more is read as its values in order, each with its own spaces one space, and values
    without a letter or digit left out."""
    keys = frozenset(f"k{k}" for k in range(len(values)))
    text = "{" + ", ".join(f"k{k}: {v}" for k, v in enumerate(values)) + "}"
    assert _keyed(text, keys) == " | ".join(" ".join(v.split()) for v in values
                                            if any(c.isalnum() for c in v))


def test_a_name_with_a_colon_or_equals_sign_is_no_keyed_record_without_two_learnt_keys(matcher):
    """A name with one label ("Lab: NMR", "pH=7 buffer"), with keys the export does not write
    in ANY_SHARE of its names or with glued commas fewer of them write is read as written."""
    names = ["Lab: NMR spectroscopy", "pH=7 buffer prep", "Safety: COSHH, risk: low",
             "C,H,N,S elemental analysis"]
    form = ExportForm.learn(names + [name for name, _ in SKILLS] * 6, matcher)
    assert not form.keys and not form.commas
    assert [form.content(name) for name in names] == names
    assert _keyed("id: T1 title: X", frozenset({"id"})) == "id: T1 title: X"


def test_a_name_with_angle_brackets_that_is_no_element_is_read_as_written(matcher):
    """Only a whole name that is one element is a markup record: "<5 mm sieving", "Sieving
    (<2 mm) <br>" and "X <b>bold</b> Y" are read as written."""
    names = ["<5 mm sieving", "Sieving (<2 mm) <br>", "TIG <b>welding</b> 2024"]
    form = ExportForm.learn(names + [name for name, _ in SKILLS] * 6, matcher)
    assert [form.content(name) for name in names] == names


def test_a_names_own_glyphs_between_words_separate_nothing(matcher):
    """Glyphs a skill's own name writes between words ("C++/C#", "R&D", "Ni-Cr-Mo", "1:10",
    "O'Neill's") are never an export's separator, however many names write them; a glyph that
    would be written twice in only a few names separates nothing either."""
    owned = [f"{name}: TCP/IP/UDP, R&D, H&S, Ni-Cr-Mo, 1:10:100, O'Neill's"
             for name, _ in SKILLS]
    names = owned + ["Histology^met^2024", "Soldering^met^2025"] + [n for n, _ in SKILLS] * 6
    form = ExportForm.learn(names, matcher)
    assert form.separators == frozenset()
    assert form.content("Histology^met^2024") == "Histology^met^2024"


def test_a_double_space_few_names_write_separates_nothing(matcher):
    """A name typed with two spaces now and then ("Flow  cytometry") is one name: a gap is a
    column's edge only where ANY_SHARE of the names write one."""
    names = ["Flow  cytometry", "TIG\twelding"] + [name for name, _ in SKILLS] * 6
    form = ExportForm.learn(names, matcher)
    assert form.separators == frozenset() and not form.learnt
    assert matcher.match("Flow  cytometry", form).skill_id == "flow-cytometry"


def test_a_spaced_glyph_few_names_write_and_a_names_own_ampersand_separate_nothing(matcher):
    names = [f"{name} & {other}" for (name, _), (other, _) in zip(SKILLS, SKILLS[1:])] * 3
    names += ["Histology ◇ met", "Soldering ◇ met"] + [name for name, _ in SKILLS] * 6
    form = ExportForm.learn(names, matcher)
    assert form.separators == frozenset()
    assert [p for _, p in _parts("Histology ◇ met", separators=frozenset({"◇"}))] == [
        "Histology", "met"]


def test_a_column_mostly_of_fields_is_one_and_its_value_that_names_a_skill_is_a_field(matcher):
    """An invented training log's activity column ("X | webinar | 3 h | 2025"): most of its
    values are fields by their recurrence, one, "mentoring", is also a skill's name and in
    too few names to be a field whatever it names. The column is the export's field, every
    value of it, so "X | mentoring | ..." is X's."""
    rng = random.Random(11)
    kinds = ["webinar", "course", "workshop", "conference", "mentoring", "reading"]
    rows = [(f"{name} | {rng.choice(kinds)} | {rng.randint(1, 9)} h | "
             f"{rng.choice(['signed off', 'pending', 'evidence attached'])}", skill_id)
            for name, skill_id in SKILLS * 6]
    plain = [name for name, _ in SKILLS * 20]        # a skills survey's plain names beside
    form = ExportForm.learn([text for text, _ in rows] + plain, matcher)
    assert {"webinar", "course", "mentoring", "# h"} <= form.fields
    assert not {name.casefold() for name, _ in SKILLS} & form.fields
    mentored = [(text, skill_id) for text, skill_id in rows if "| mentoring |" in text]
    assert mentored and all(matcher.match(text, form).skill_id == skill_id
                            for text, skill_id in mentored)


def test_a_field_value_that_names_a_skill_recurs_among_names_alike_but_for_numbers(matcher):
    """An invented training needs log writes each holder's own levels and review quarter around
    a skill's name ("Histology | current 1, required 3 | amber | mentoring agreed | review Q2
    2025"): a thousand names, but only a hundred and fifty alike but for their numbers. An
    action that also names a skill ("mentoring agreed", "coaching agreed") is in a fifth of
    those, a field whatever it names, though in fewer than ANY_SHARE of all the names; each
    holder's row is its skill's, not an unreviewed skill of its own (a botanic garden's log of
    4,182 names made 978 skills of them, 927 unreviewed)."""
    rng = random.Random(5)
    actions = ["no action", "course booked", "mentoring agreed", "coaching agreed"]
    rows = [(f"{name} | current {rng.randint(0, 4)}, required {rng.randint(1, 4)} | "
             f"{rng.choice(['red', 'amber', 'green'])} | {rng.choice(actions)} | "
             f"review Q{rng.randint(1, 4)} {rng.randint(2020, 2026)}", skill_id)
            for name, skill_id in SKILLS for _ in range(100)]
    form = ExportForm.learn([text for text, _ in rows], matcher)
    assert {"mentoring agreed", "coaching agreed", "no action"} <= form.fields
    assert not {name.casefold() for name, _ in SKILLS} & form.fields
    assert all(matcher.match(text, form).skill_id == skill_id
               for text, skill_id in rng.sample(rows, 60))


def test_a_holders_own_field_rarer_than_a_skill_many_hold_is_never_its_name(matcher):
    """An invented skills matrix writes each holder's level and who signed it off when after
    the skill's code ("Histology • HIS-4 • proficient • signed off 14 Mar 2023 by R. Dunmore •
    renew Mar 2025"), nearly every row its own even alike but for the numbers. Each assessor's
    sign-off in one month is in a few rows, each skill in sixty or more:
    rarer as a whole, the sign-off is still a holder's field, for it opens as every other
    does, and the skill is the name (a manufacturing centre's matrix kept its two most held
    skills as 212 unreviewed ones, one per row)."""
    rng = random.Random(17)
    assessors = ["R. Dunmore", "A. Okafor", "P. Lindqvist", "S. Haworth", "M. Brennan",
                 "T. Aziz", "J. Pryce", "K. Wolanski"]
    levels = ["novice", "competent", "proficient", "expert"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    rows = [(f"{name} • {name[:3].upper()}-{at} • {rng.choice(levels)} • signed off "
             f"{rng.randint(1, 28)} {rng.choice(months)} {rng.randint(2019, 2026)} by "
             f"{rng.choice(assessors)} • renew {rng.choice(months)} {rng.randint(2024, 2029)}",
             skill_id)
            for at, (name, skill_id) in enumerate(SKILLS) for _ in range(120 if at == 4 else 60)]
    form = ExportForm.learn([text for text, _ in rows], matcher)
    assert not {name.casefold() for name, _ in SKILLS} & form.fields
    assert form.content(rows[4 * 60][0]) == "Histology"
    assert all(matcher.match(text, form).skill_id == skill_id
               for text, skill_id in rng.sample(rows, 60))


def test_a_label_and_a_holders_initials_are_a_field_though_rarer_than_the_name(matcher):
    """An invented mentoring log writes who mentored each holder as a word and their initials
    ("Histology | signed 14/03/2023 | mentor KD | 5 sessions"): with a few hundred mentors'
    initials, each mentor is in fewer rows than a skill many hold, yet "mentor" opens that
    part in every row, so the part is a holder's field and the skill is the name (a water
    company's export of qualification units filed its 5,099 rows as 496 skills, one per
    assessor, before)."""
    rng = random.Random(31)
    letters = "ABCDEFGHJKLMNPRSTW"
    rows = [(f"{name} | signed {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/"
             f"{rng.randint(2019, 2026)} | mentor {rng.choice(letters)}{rng.choice(letters)} | "
             f"{rng.randint(2, 12)} sessions", skill_id)
            for name, skill_id in SKILLS for _ in range(60)]
    form = ExportForm.learn([text for text, _ in rows], matcher)
    assert not {name.casefold() for name, _ in SKILLS} & form.fields
    assert form.content(rows[4 * 60][0]) == "Histology"
    assert all(matcher.match(text, form).skill_id == skill_id for text, skill_id in rows)


def test_holders_own_words_around_one_name_are_read_once(real_taxonomy):
    """An invented skills matrix writes each holder's level, assessor and months around a
    skill's name ("Histology · HIS-4 · ILUO L · assessed 6 May 2022 by KEO · reassess Nov
    2022"): their words differ, not only their numbers, so nearly every row is its own text,
    yet each name is read whole once, not once per row (a manufacturing centre's 5,120 rows
    took 42 s to import, 4 s so), and every row files under its skill."""
    rng = random.Random(23)
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    rows = [(f"{name} · {name[:3].upper()}-{at} · ILUO {rng.choice('ILUO')} · assessed "
             f"{rng.randint(1, 28)} {rng.choice(months)} {rng.randint(2021, 2026)} by "
             f"{rng.choice(['KEO', 'HTB', 'AJW', 'MSY', 'DHS', 'FNG'])} · reassess "
             f"{rng.choice(months)} {rng.randint(2022, 2028)}", skill_id)
            for at, (name, skill_id) in enumerate(SKILLS) for _ in range(60)]
    assert len({text for text, _ in rows}) > 590
    matcher = SkillMatcher.for_taxonomy(real_taxonomy)
    form = ExportForm.learn([text for text, _ in rows], matcher)
    assert all(matcher.match(text, form).skill_id == skill_id for text, skill_id in rows)
    assert len(matcher._wholes) <= len(SKILLS)
