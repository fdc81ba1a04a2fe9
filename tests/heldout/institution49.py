"""Sollerton Pharmaceuticals' Quarrendon Sterile Manufacturing Site with its Hemsley Biologics
Plant: a forty-seventh fictitious institution, for ``heldout49``.

Quarrendon is the fictitious manufacturing site of a pharmaceutical company, the organisation
whose sterile manufacturing, inspection and packaging, biologics, QC microbiology, QC chemistry,
quality assurance, validation, engineering, utilities, warehouse, safety, training and
management staff make, test, release and ship its injectable medicines: the sterile
manufacturing suites (gowning into grade A and B, aseptic technique and interventions, the
vial and syringe filling lines, the isolator line with its glove tests and VHP cycles, the
freeze dryers, compounding of the sterile bulk, sterile filtration and filter integrity tests,
vial washing and the depyrogenation tunnel, autoclaves, CIP and SIP, the media fills, the
electronic batch record, cleaning and disinfection); inspection and packaging (visual
inspection of filled units, labelling and cartoning, serialisation, container closure
integrity, line clearance); the Hemsley biologics plant (cell culture and the seed train,
single-use bioreactors, harvest, chromatography, UF/DF, viral inactivation, media and buffers,
the cell bank); QC microbiology (environmental monitoring, sterility tests, endotoxin,
bioburden, water testing, microbial identification, culture media); QC chemistry (HPLC, GC,
Karl Fischer, sub-visible particles, compendial tests, capillary electrophoresis, potency
bioassays, stability, LIMS, OOS investigations, method transfer, reference standards, identity
testing); quality assurance (batch record review, QP certification, deviations, CAPA, change
control, self-inspections, SOPs, data integrity, the Annex 1 contamination control strategy);
validation (equipment qualification, cleaning validation, thermal validation, temperature
mapping, computerised systems, smoke studies, process validation); engineering (machine
maintenance, electrics, PLCs and SCADA, instrument calibration, SAP work orders,
refrigeration); utilities (cleanroom HVAC and HEPA tests, purified water and WFI, clean
steam, compressed air and gases); the warehouse (the cold chain, the dispensary, raw material
sampling, SAP stock, forklifts, controlled drugs); safety (first aid, COSHH, potent
compounds, manual handling, fire, lock out, spills); the technical academy (on-the-job
trainers, inductions, apprentices, outreach, aseptic trainers); and management.

Neither a whole university, a research campus, a national laboratory, a land-based university,
a medical school, an arts university, a veterinary, marine and earth-and-space campus, a human
sciences campus, a chemistry, pharmacy and process faculty, a dental school, a library, museums
and research computing division, a dual-sector technical faculty, an engineering and physical
sciences faculty, a conservatoire, an energy and environment institute, a food science and
nutrition institute, a school of forensic science and policing, a school of tropical medicine,
a maritime academy, a zoo and conservation college, a national film and television school, a
national institute of sport, a school of mines, a botanic garden, a heritage agency's
conservation centre, a hospital trust's healthcare science services, an industrial research
centre for manufacturing, a national weather and climate service, a water and wastewater
company, a nuclear licensed site, a national animal and plant health agency, a national polar
research institute, a building research and fire testing establishment, a national mint with
its assay office, an airline's aircraft engineering base, a railway infrastructure manager's
maintenance delivery unit, an offshore wind farm operator's operations and maintenance base, a
Formula One constructor's factory and race team nor a spacecraft manufacturer's satellite
assembly, integration and test centre, but a pharmaceutical manufacturer's sterile
manufacturing site with its own biologics plant (1,200 manufacturing, inspection, packaging,
biologics, microbiology, chemistry, quality, validation, engineering, utilities and warehouse
technicians, operators, analysts, specialists, engineers, trainers and support staff in the
directory), unlike the institutions before it (Northgate to Kelbury).

Its HR system knows a person's skills from the site's validated learning management system,
whose training records keep an audit trail as GMP wants it (who, when, what changed, why); the
HR interface takes each holder's latest audit-trail entry for a training item, one line: the
item's code and revision, its title, then bracketed fields, '<XXX-nnn>/<rr> <title>
[yyyy-mm-dd hh:mm:ss ZZZ] [<user>] [<old status> -> <new status>] [Reason: <reason>]' (one line;
a space before each bracket; no bracket in the title). The training item's code (its
department's three capitals, a hyphen and three digits), a slash and its two-digit revision
come first, then its title as it is (an en dash, a degree sign or any other character kept),
then the holder's own values: the time the entry was signed (2016 to 2026, none after November
2026, to the second, between 07:00:00 and 19:59:59, local time, GMT in winter and BST in
summer), the user id of the trainer who signed it (three lower-case letters and two digits),
the status change ('In training -> Trained', 'Trained -> Qualified', 'Qualified -> Trainer' or
'Lapsed -> Requalified') and the reason for the change (read and understood, classroom session,
on-the-job training, practical assessment or periodic requalification). As in heldout30's to
heldout48's generators, the holder's values are drawn from the generator's seeded random stream
row by row (``Site.own``), so two holders of one training item are written differently, as a
real export writes them, while the bundle stays deterministic. A facility's required skills are
the training item's code, revision and title without a holder's values ('<XXX-nnn>/<rr>
<title>'). Beside those, rows the staff typed into the skills survey are their own: lower-case,
pharmaceutical slang and kit names ("putting out settle plates in grade a", "bubble point
testing the sterilising filters"). Some are written as no technician taxonomy is likely to
write them (media fills, QP certification, serialisation, the Annex 1 contamination control
strategy, smoke studies, regulatory inspections). Facilities have names, aliases (in the name
or the description) and role holders. Concept keys are the evaluation's own, not the
taxonomy's ids. Generated by the same deterministic generator as Northgate
(``institution.generate``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from random import Random

from tests.heldout.institution import FacilitySpec, Group, Site, past_day

__all__ = ["CHANGES", "PEOPLE", "REASONS", "RECORD", "SEED", "SOLLERTON", "TRAINERS", "YEARS",
           "summer_time"]

PEOPLE, SEED = 1200, 49049     # tests.heldout.institution.generate(PEOPLE, SEED, SOLLERTON)
CHANGES = ("In training -> Trained", "Trained -> Qualified", "Qualified -> Trainer",
           "Lapsed -> Requalified")
TRAINERS = ("adk01", "bmh04", "cfr02", "ejt03", "gls01", "hpw02", "kno05", "mrv01")
REASONS = ("Read and understood", "Classroom session", "On-the-job training",
           "Practical assessment", "Periodic requalification")
YEARS = (2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026)
# a holder's training record as the learning management system's audit trail writes it, one
# line: the item's code and revision and its title, and (a holder's own) the time signed, in
# local time with its zone, the trainer's user id, the status change and the reason
RECORD = re.compile(r"^([A-Z]{3})-(\d{3})/\d{2} ([^\[\]]+?)"
                    r"(?: \[(20\d{2})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) (GMT|BST)\]"
                    r" \[([a-z]{3}\d{2})\]"
                    r" \[(In training|Trained|Qualified|Lapsed) -> "
                    r"(Trained|Qualified|Trainer|Requalified)\]"
                    r" \[Reason: (Read and understood|Classroom session|On-the-job training"
                    r"|Practical assessment|Periodic requalification)\])?$")


def summer_time(day: date) -> bool:
    """Whether British Summer Time holds on `day` at the working hours' times (from the last
    Sunday of March to the day before the last Sunday of October)."""
    def last_sunday(month: int) -> date:
        end = date(day.year, month, 31)
        return end - timedelta(days=(end.weekday() + 1) % 7)
    return last_sunday(3) <= day < last_sunday(10)


def _c(code: str, title: str) -> str:
    """The training item's code and revision and its title, as the audit trail's line opens."""
    return f"{code} {title}"


def _own(text: str, rng: Random) -> str:
    """A holder's audit-trail line for a training item: the time signed (with its zone), the
    trainer, the status change and the reason, drawn from the generator's stream; a survey row
    stays as it is (and draws nothing)."""
    if not RECORD.match(text):
        return text
    day = past_day(YEARS, rng)
    clock = f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    zone = "BST" if summer_time(day) else "GMT"
    trainer = rng.choice(TRAINERS)
    change = rng.choice(CHANGES)
    reason = rng.choice(REASONS)
    return (f"{text} [{day.isoformat()} {clock} {zone}] [{trainer}] [{change}] "
            f"[Reason: {reason}]")


# concept key -> HR spellings (the first is the training item as the audit trail writes it; the
# other is a row the staff typed into the skills survey)
CONCEPTS: dict[str, tuple[str, ...]] = {
    # sterile manufacturing
    "gowning": (_c("ASP-110/07", "Aseptic gowning qualification for grade A/B areas"),
                "gowning up to go into grade b"),
    "aseptic": (_c("ASP-120/05", "Aseptic technique and interventions under grade A "
                                 "unidirectional airflow"),
                "keeping my hands out of first air on the line"),
    "fill": (_c("ASP-130/09", "Vial and syringe filling line operation"),
             "running the filling machine on line 1"),
    "isolator": (_c("ASP-140/04", "Isolator operation and glove integrity testing"),
                 "changing isolator gloves and leak testing them"),
    "vhp": (_c("ASP-150/03", "Vaporised hydrogen peroxide (VHP) bio-decontamination cycles"),
            "running the vhp cycle before a fill"),
    "lyo": (_c("ASP-160/06", "Freeze dryer loading, lyophilisation cycles and unloading"),
            "loading vials onto the freeze dryer shelves"),
    "formulation": (_c("ASP-170/08", "Compounding of sterile bulk solutions"),
                    "making up the bulk in the compounding vessel"),
    "filtration": (_c("ASP-180/05", "Sterile filtration and filter integrity testing "
                                    "(pre- and post-use)"),
                   "bubble point testing the sterilising filters"),
    "washing": (_c("ASP-190/04", "Vial washing, depyrogenation tunnel and stopper processing"),
                "running the vial washer and the hot air tunnel"),
    "autoclave": (_c("ASP-210/06", "Autoclave loading and steam sterilisation cycles"),
                  "wrapping change parts and loading the autoclave"),
    "cip": (_c("ASP-220/03", "Cleaning in place and steam in place (CIP/SIP) of vessels"),
            "running cip and sip on the bulk vessels"),
    "mediafill": (_c("ASP-230/02", "Aseptic process simulation (media fill) participation"),
                  "doing the six monthly media fill"),
    "ebr": (_c("ASP-240/04", "Electronic batch record execution and GMP entries"),
            "signing off steps in the ebr as i go"),
    "cleaning": (_c("ASP-250/07", "Cleanroom cleaning and disinfection with sporicides"),
                 "mopping grade b with sporicide"),
    # inspection and packaging
    "avi": (_c("INP-310/05", "Visual inspection of filled units – manual booths and automated "
                             "machines"),
            "spotting particles in vials at the inspection booth"),
    "labelling": (_c("INP-320/06", "Labelling and cartoning line operation"),
                  "running the labeller and the cartoner"),
    "serial": (_c("INP-330/03", "Serialisation and aggregation (FMD)"),
               "sorting out serialisation rejects on the packing line"),
    "cci": (_c("INP-340/02", "Container closure integrity testing (vacuum decay and HVLD)"),
            "putting vials through the hvld leak tester"),
    "lineclear": (_c("INP-350/04", "Line clearance and reconciliation between batches"),
                  "doing line clearance between batches"),
    # the Hemsley biologics plant
    "cellculture": (_c("BIO-410/05", "Mammalian cell culture and seed train expansion"),
                    "passaging cho cells in shake flasks"),
    "bioreactor": (_c("BIO-420/04", "Single-use bioreactor operation (50 L to 2,000 L)"),
                   "setting up the 2000 litre single use bag"),
    "harvest": (_c("BIO-430/03", "Harvest clarification by centrifugation and depth "
                                 "filtration"),
                "running the harvest through the depth filters"),
    "chrom": (_c("BIO-440/06", "Protein A and ion exchange chromatography"),
              "packing and running the protein a column"),
    "ufdf": (_c("BIO-450/03", "Ultrafiltration and diafiltration (UF/DF)"),
             "concentrating product on the tff skid"),
    "viral": (_c("BIO-460/02", "Low pH viral inactivation and virus filtration"),
              "holding the pool at low ph to kill viruses"),
    "buffers": (_c("BIO-470/05", "Media and buffer preparation"),
                "making up buffers in the prep room"),
    "cellbank": (_c("BIO-480/02", "Cell bank storage in liquid nitrogen vapour phase"),
                 "pulling vials from the cell bank dewars"),
    # QC microbiology
    "em": (_c("QCM-510/08", "Environmental monitoring – settle plates, contact plates and "
                            "active air sampling"),
           "putting out settle plates in grade a"),
    "sterility": (_c("QCM-520/04", "Sterility testing in an isolator"),
                  "doing sterility tests in the isolator"),
    "endotoxin": (_c("QCM-530/05", "Bacterial endotoxin testing (LAL, kinetic chromogenic)"),
                  "running lal plates on the reader"),
    "bioburden": (_c("QCM-540/04", "Bioburden testing by membrane filtration"),
                  "filtering bulk samples for bioburden"),
    "waterqc": (_c("QCM-550/03", "Pharmaceutical water testing – TOC, conductivity and "
                                 "microbial counts"),
                "sampling the wfi points every morning"),
    "microid": (_c("QCM-560/03", "Microbial identification by MALDI-TOF and Gram staining"),
                "identifying isolates from em excursions"),
    "gpt": (_c("QCM-570/02", "Culture media preparation and growth promotion testing"),
            "growth promotion on new lots of plates"),
    # QC chemistry
    "hplc": (_c("QCC-610/07", "HPLC assay and related substances (Empower)"),
             "running hplc sequences in empower"),
    "gc": (_c("QCC-620/03", "Gas chromatography for residual solvents"),
           "residual solvents on the headspace gc"),
    "kf": (_c("QCC-630/04", "Karl Fischer water content determination"),
           "kf titrations on lyo cake"),
    "particulate": (_c("QCC-640/03", "Sub-visible particles by light obscuration"),
                    "running the hiac for sub visible particles"),
    "compendial": (_c("QCC-650/05", "Compendial testing – pH, osmolality and appearance"),
                   "ph and osmo on finished product"),
    "ce": (_c("QCC-660/02", "Capillary electrophoresis (CE-SDS and icIEF)"),
           "running ce-sds on the pa800"),
    "bioassay": (_c("QCC-670/03", "Cell-based potency bioassays and ELISA"),
                 "plating up potency assays"),
    "stability": (_c("QCC-680/04", "Stability programme – storage, pull points and trending"),
                  "pulling stability samples on time"),
    "lims": (_c("QCC-690/05", "LIMS sample login and result entry"),
             "logging samples into labware"),
    "oos": (_c("QCC-710/03", "Out-of-specification (OOS) laboratory investigations"),
            "doing phase 1 oos investigations"),
    "methodval": (_c("QCC-720/02", "Analytical method validation and transfer"),
                  "transferring methods in from the development lab"),
    "retains": (_c("QCC-730/02", "Reference standards and retained samples"),
                "looking after the reference standards"),
    "ftir": (_c("QCC-740/02", "Raw material identity testing by FTIR and handheld Raman"),
             "id testing drums with the handheld raman"),
    # quality assurance
    "gmp": (_c("QAS-800/09", "GMP fundamentals (EU GMP Part I and Annex 1)"),
            "annual gmp refresher"),
    "batchreview": (_c("QAS-810/06", "Batch record review for release"),
                    "reviewing batch records for the qp"),
    "qp": (_c("QAS-820/02", "QP certification support"),
           "getting batches ready for the qp to certify"),
    "deviations": (_c("QAS-830/05", "Deviation investigation and root cause analysis"),
                   "writing up deviations with five whys"),
    "capa": (_c("QAS-840/04", "CAPA management and effectiveness checks"),
             "chasing capas before they go overdue"),
    "change": (_c("QAS-850/04", "Change control"), "raising change controls in trackwise"),
    "audits": (_c("QAS-860/03", "GMP self-inspection and supplier audits"),
               "doing self inspections round the site"),
    "docs": (_c("QAS-870/05", "SOP writing and document control"),
             "rewriting sops in the document system"),
    "datainteg": (_c("QAS-880/03", "Data integrity (ALCOA+) and audit trail review"),
                  "audit trail reviews on the hplcs"),
    "ccs": (_c("QAS-890/01", "Contamination control strategy (EU GMP Annex 1)"),
            "updating the annex 1 ccs"),
    # validation
    "iqoq": (_c("VAL-910/04", "Equipment qualification (IQ, OQ and PQ)"),
             "writing and running iq oq protocols"),
    "cleanval": (_c("VAL-920/03", "Cleaning validation – swab and rinse sampling"),
                 "swabbing vessels for cleaning validation"),
    "sterval": (_c("VAL-930/04", "Thermal validation of autoclaves and depyrogenation "
                                 "tunnels"),
                "heat penetration runs with the kaye validator"),
    "mapping": (_c("VAL-940/02", "Temperature mapping of stores, fridges and freezers"),
                "mapping the cold rooms with data loggers"),
    "csv": (_c("VAL-950/03", "Computerised system validation (GAMP 5)"),
            "validating lab software and spreadsheets"),
    "smoke": (_c("VAL-960/02", "Airflow visualisation (smoke studies) in grade A"),
              "filming smoke studies on the filling line"),
    "processval": (_c("VAL-970/02", "Process performance qualification (PPQ) batches"),
                   "running ppq batches for new products"),
    # engineering
    "mech": (_c("ENG-110/05", "Mechanical maintenance of filling and packaging machines"),
             "fixing the capper on line 2"),
    "elec": (_c("ENG-120/04", "Electrical maintenance and fault finding (18th Edition)"),
             "chasing electrical faults on the packing lines"),
    "plc": (_c("ENG-130/03", "PLC, SCADA and building management systems"),
            "editing alarms on the scada"),
    "instrument": (_c("ENG-140/06", "Process instrument calibration – temperature, pressure "
                                    "and flow"),
                   "calibrating pressure transmitters on the vessels"),
    "cmms": (_c("ENG-150/03", "Planned maintenance and work orders in SAP PM"),
             "closing out work orders in sap"),
    "refrig": (_c("ENG-160/02", "Refrigeration and ultra-low freezers (F-gas)"),
               "keeping the minus 80s running"),
    # utilities
    "hvac": (_c("UTL-210/04", "Cleanroom HVAC and HEPA filter integrity testing"),
             "pao scanning the terminal hepas"),
    "water": (_c("UTL-220/05", "Purified water and WFI generation and distribution"),
              "hot water sanitising the wfi loop"),
    "steam": (_c("UTL-230/03", "Clean steam generation and plant boilers"),
              "blowing down the clean steam generator"),
    "gases": (_c("UTL-240/02", "Compressed air, nitrogen and process gases"),
              "checking compressed air dew points"),
    # warehouse and supply chain
    "coldchain": (_c("WHS-310/05", "Cold chain storage and shipping (2–8 °C) to GDP"),
                  "packing shippers with cool packs"),
    "dispensing": (_c("WHS-320/04", "Raw material dispensing under downflow booths"),
                   "weighing out excipients in the dispensary"),
    "sampling": (_c("WHS-330/03", "Raw material sampling in the sampling booth"),
                 "sampling drums of sucrose in the booth"),
    "sap": (_c("WHS-340/04", "SAP goods receipt, stock control and status changes"),
            "putting stock on hold in sap"),
    "forklift": (_c("WHS-350/03", "Reach truck and counterbalance forklift operation"),
                 "driving the reach truck in the high bay"),
    "cd": (_c("WHS-360/02", "Controlled drugs storage and register"),
           "keeping the cd register straight"),
    # safety, health and environment, shared by many
    "firstaid": (_c("EHS-410/03", "First aid at work"), "first aider for the filling hall"),
    "coshh": (_c("EHS-420/04", "COSHH – sporicides, solvents and potent compounds"),
              "coshh assessments for the disinfectants"),
    "potent": (_c("EHS-430/02", "Handling highly potent and cytotoxic compounds (OEB 4)"),
               "working in the potent suite in a papr"),
    "manual": (_c("EHS-440/03", "Manual handling of drums, bags and totes"),
               "lifting drums and totes safely"),
    "fire": (_c("EHS-450/02", "Fire marshal"), "fire marshal for the packing hall"),
    "loto": (_c("EHS-460/04", "Lock out, tag out and permit to work"),
             "locking off the filler before working on it"),
    "spill": (_c("EHS-470/02", "Biological and chemical spill response"),
              "cleaning up a cytotoxic spill"),
    # the technical academy
    "ojt": (_c("TRN-510/03", "On-the-job trainer and assessor"),
            "signing people off on the line as a trainer"),
    "inductions": (_c("TRN-520/02", "Site GMP and cleanroom inductions"),
                   "doing inductions for new starters on site"),
    "apprentices": (_c("TRN-530/02", "Apprentice and graduate mentoring"),
                    "mentoring the science apprentices"),
    "outreach": (_c("TRN-540/01", "STEM ambassador and school visits"),
                 "talking to schools about making medicines"),
    "gowntrainer": (_c("TRN-550/02", "Aseptic technique trainer (gowning and interventions)"),
                    "teaching gowning in the training suite"),
    # management
    "teamlead": (_c("MGT-610/03", "Shift team leading in sterile manufacturing"),
                 "running the night shift on the filling lines"),
    "planning": (_c("MGT-620/04", "Production planning and scheduling"),
                 "scheduling fills and changeovers"),
    "lean": (_c("MGT-630/02", "Lean and continuous improvement (5S, SMED, tier boards)"),
             "running tier 1 boards and 5s audits"),
    "techtransfer": (_c("MGT-640/02", "Technology transfer and new product introduction"),
                     "bringing new products onto the site"),
    "risk": (_c("MGT-650/03", "Quality risk management (ICH Q9, FMEA)"),
             "scoring fmeas for the filling line"),
    "inspection": (_c("MGT-660/02", "Regulatory inspection readiness (MHRA and FDA)"),
                   "front room for the mhra inspection"),
}

STERILE = "Sterile Manufacturing"
PACKAGING = "Inspection and Packaging"
BIOLOGICS = "Hemsley Biologics Plant"
QCMICRO = "QC Microbiology"
QCCHEM = "QC Chemistry"
QA = "Quality Assurance"
VALIDATION = "Validation"
ENGINEERING = "Engineering"
UTILITIES = "Site Utilities"
WAREHOUSE = "Warehouse and Supply Chain"
ACADEMY = "Sollerton Technical Academy"

GROUPS = (
    Group("sterile", 230, (STERILE,), ("Sterile Manufacturing Technician", "Aseptic Operator",
                                       "Filling Line Technician", "Freeze Drying Technician",
                                       "Compounding Technician"),
          ("fill", "gowning", "aseptic", "isolator", "cleaning", "ebr", "mediafill", "vhp",
           "formulation", "filtration", "washing", "autoclave", "cip", "lyo"),
          "Fills, freeze dries and seals sterile injectables in the grade A and B suites."),
    Group("packaging", 100, (PACKAGING,), ("Inspection Operator", "Packaging Technician",
                                           "Packaging Line Leader", "Visual Inspection "
                                           "Technician"),
          ("avi", "labelling", "lineclear", "serial", "cci", "ebr"),
          "Inspects, labels, packs and serialises the filled units."),
    Group("biologics", 110, (BIOLOGICS,), ("Bioprocess Technician", "Upstream Technician",
                                           "Downstream Technician", "Bioprocess Operator"),
          ("cellculture", "bioreactor", "chrom", "harvest", "ufdf", "buffers", "viral",
           "cellbank", "cip", "ebr", "filtration"),
          "Grows the cells and purifies the antibody in the Hemsley biologics plant."),
    Group("qcmicro", 95, (QCMICRO,), ("QC Microbiology Technician", "Microbiology Analyst",
                                      "Environmental Monitoring Technician"),
          ("em", "bioburden", "endotoxin", "sterility", "waterqc", "microid", "gpt",
           "gowning", "lims", "oos"),
          "Monitors the cleanrooms and tests the product and water for microbes."),
    Group("qcchem", 110, (QCCHEM,), ("QC Analyst", "QC Chemistry Technician",
                                     "Senior QC Analyst", "Stability Coordinator"),
          ("hplc", "lims", "compendial", "kf", "gc", "particulate", "stability", "oos",
           "ce", "bioassay", "methodval", "retains", "ftir", "datainteg"),
          "Tests raw materials, in-process samples, finished product and stability."),
    Group("qa", 60, (QA,), ("QA Officer", "QA Specialist", "Batch Release Officer",
                            "Quality Systems Specialist"),
          ("batchreview", "deviations", "capa", "change", "docs", "audits", "qp",
           "datainteg", "ccs", "risk"),
          "Reviews the batches, runs the quality systems and gets product released."),
    Group("validation", 50, (VALIDATION,), ("Validation Technician", "Validation Engineer",
                                            "CSV Specialist"),
          ("iqoq", "cleanval", "sterval", "mapping", "csv", "smoke", "processval"),
          "Qualifies the equipment, validates the processes and proves the cleaning."),
    Group("engineering", 100, (ENGINEERING,), ("Maintenance Technician", "Multi-skilled "
                                               "Engineer", "Automation Engineer",
                                               "Instrument Technician"),
          ("mech", "elec", "cmms", "instrument", "plc", "refrig", "loto"),
          "Keeps the filling, packing and process machines running."),
    Group("utilities", 40, (UTILITIES,), ("Utilities Technician", "HVAC Technician",
                                          "Clean Utilities Engineer"),
          ("water", "hvac", "steam", "gases", "plc", "cmms"),
          "Runs the water, steam, air and gases the cleanrooms depend on."),
    Group("warehouse", 65, (WAREHOUSE,), ("Warehouse Operative", "Dispensary Technician",
                                          "Stores Controller", "Supply Chain Coordinator"),
          ("sap", "forklift", "coldchain", "dispensing", "sampling", "cd", "mapping"),
          "Receives, samples, dispenses, stores and ships materials and product."),
    Group("academy", 20, (ACADEMY,), ("Technical Trainer", "Apprentice Coordinator",
                                      "Aseptic Trainer"),
          ("ojt", "gowntrainer", "inductions", "apprentices", "outreach"),
          "Trains operators and analysts and runs the apprenticeships."),
    Group("managers", 30, (STERILE, PACKAGING, BIOLOGICS, QCMICRO, QA),
          ("Shift Manager", "Production Team Leader", "Operations Manager",
           "Head of Sterile Operations"),
          ("teamlead", "planning", "lean", "techtransfer", "risk", "inspection"),
          "Leads the shifts, plans the fills and keeps the site inspection ready."),
)
SHARED = ("gmp", "firstaid", "coshh", "potent", "manual", "fire", "loto", "spill")

FACILITIES = (
    FacilitySpec("SLP-AF1", "Line 1 Aseptic Filling Suite", "cleanroom", STERILE,
                 "A grade A filling line under RABS in a grade B room for vials and "
                 "pre-filled syringes.", ("fill", "aseptic", "gowning")),
    FacilitySpec("SLP-IF2", "Line 2 Isolator Filling Line", "cleanroom", STERILE,
                 "A vial line inside isolators, decontaminated with hydrogen peroxide "
                 "vapour before each campaign.", ("isolator", "vhp", "fill")),
    FacilitySpec("SLP-LYO", "Quarrendon Freeze Dryer Hall", "facility", STERILE,
                 "Four production lyophilisers with automatic loading from the filling "
                 "lines; the lyo hall.", ("lyo",)),
    FacilitySpec("SLP-CMP", "Sterile Compounding Suite", "cleanroom", STERILE,
                 "Jacketed vessels where the bulk is made up and filtered into the filling "
                 "room.", ("formulation", "filtration", "cip")),
    FacilitySpec("SLP-CPA", "Component Preparation Area", "facility", STERILE,
                 "Vial washers, the depyrogenation tunnel, stopper processors and the "
                 "double-door autoclaves.", ("washing", "autoclave")),
    FacilitySpec("SLP-ATS", "Aseptic Training Suite", "teaching", ACADEMY,
                 "A mock grade B room and filling line where operators qualify in gowning "
                 "and interventions.", ("gowntrainer", "gowning", "aseptic")),
    FacilitySpec("SLP-VIH", "Visual Inspection Hall", "facility", PACKAGING,
                 "Manual inspection booths and two automated inspection machines for "
                 "particles and defects.", ("avi",)),
    FacilitySpec("SLP-PKH", "Quarrendon Packing Hall", "facility", PACKAGING,
                 "Labellers, cartoners and serialisation stations on four packing lines.",
                 ("labelling", "serial", "lineclear")),
    FacilitySpec("SLP-CCI", "Container Closure Integrity Laboratory", "laboratory",
                 PACKAGING, "Vacuum decay and high voltage leak detection for vials and "
                 "syringes.", ("cci",)),
    FacilitySpec("SLP-USP", "Hemsley Upstream Suite", "facility", BIOLOGICS,
                 "Single-use bioreactors from 50 to 2,000 litres and the seed lab.",
                 ("bioreactor", "cellculture")),
    FacilitySpec("SLP-DSP", "Hemsley Downstream Suite", "facility", BIOLOGICS,
                 "Chromatography skids, TFF systems and virus filtration for the antibody.",
                 ("chrom", "ufdf", "viral")),
    FacilitySpec("SLP-HVR", "Harvest and Clarification Room", "facility", BIOLOGICS,
                 "A disc stack centrifuge and depth filter trains.", ("harvest",)),
    FacilitySpec("SLP-MBP", "Media and Buffer Preparation Area", "facility", BIOLOGICS,
                 "Mixing bags and totes where media and buffers are made up and released.",
                 ("buffers",)),
    FacilitySpec("SLP-CBK", "Hemsley Cell Bank Store", "facility", BIOLOGICS,
                 "Vapour phase liquid nitrogen freezers holding the master and working cell "
                 "banks.", ("cellbank",)),
    FacilitySpec("SLP-EMT", "Environmental Monitoring Team", "service", QCMICRO,
                 "Plates, air samplers and particle counters in every grade A, B, C and D "
                 "room; the EM team.", ("em",)),
    FacilitySpec("SLP-STI", "Sterility Testing Isolator Suite", "laboratory", QCMICRO,
                 "Two isolators for sterility tests on each filled batch.", ("sterility",)),
    FacilitySpec("SLP-ENB", "Endotoxin and Bioburden Laboratory", "laboratory", QCMICRO,
                 "Kinetic plate readers and membrane filtration manifolds.",
                 ("endotoxin", "bioburden")),
    FacilitySpec("SLP-MID", "Microbial Identification Laboratory", "laboratory", QCMICRO,
                 "A MALDI-TOF, Gram stains and the media preparation kitchen.",
                 ("microid", "gpt")),
    FacilitySpec("SLP-WTL", "Quarrendon Water Testing Laboratory", "laboratory", QCMICRO,
                 "TOC analysers, conductivity meters and plate counts for purified water "
                 "and WFI.", ("waterqc",)),
    FacilitySpec("SLP-QCC", "QC Chemistry Laboratory", "laboratory", QCCHEM,
                 "HPLC and GC instruments, Karl Fischer titrators and the wet chemistry "
                 "benches.", ("hplc", "gc", "kf")),
    FacilitySpec("SLP-BAL", "Biologics Analytical Laboratory", "laboratory", QCCHEM,
                 "Capillary electrophoresis, plate readers and cell-based potency assays.",
                 ("ce", "bioassay")),
    FacilitySpec("SLP-PTL", "Particle Testing Laboratory", "laboratory", QCCHEM,
                 "Light obscuration counters and microscopes for sub-visible particles.",
                 ("particulate",)),
    FacilitySpec("SLP-STB", "Quarrendon Stability Store", "facility", QCCHEM,
                 "Walk-in stability chambers at ICH conditions and the pull schedule.",
                 ("stability",)),
    FacilitySpec("SLP-RML", "Raw Materials Laboratory", "laboratory", QCCHEM,
                 "FTIR and handheld Raman for identity tests on incoming materials.",
                 ("ftir", "sampling")),
    FacilitySpec("SLP-QAR", "QA Batch Release Office", "service", QA,
                 "Batch records reviewed and batches readied for the Qualified Person.",
                 ("batchreview", "qp")),
    FacilitySpec("SLP-QSO", "Quality Systems Office", "service", QA,
                 "Deviations, CAPAs and change controls in the quality management system.",
                 ("deviations", "capa", "change")),
    FacilitySpec("SLP-DCC", "Quarrendon Document Control Centre", "service", QA,
                 "SOPs, forms and master batch records issued, revised and archived.",
                 ("docs",)),
    FacilitySpec("SLP-EQV", "Equipment Validation Team", "service", VALIDATION,
                 "Qualification protocols, cleaning validation swabs and the validation "
                 "master plan.", ("iqoq", "cleanval")),
    FacilitySpec("SLP-TVL", "Thermal Validation Laboratory", "laboratory", VALIDATION,
                 "Wireless loggers, thermocouple validators and biological indicators for "
                 "sterilisers and stores.", ("sterval", "mapping")),
    FacilitySpec("SLP-CSV", "Computerised Systems Validation Team", "computing", VALIDATION,
                 "Validation and periodic review of laboratory and manufacturing software.",
                 ("csv", "datainteg")),
    FacilitySpec("SLP-EWS", "Quarrendon Engineering Workshop", "workshop", ENGINEERING,
                 "Fitters' benches and spares for the filling and packing machines.",
                 ("mech", "elec")),
    FacilitySpec("SLP-AUT", "Automation and Controls Team", "service", ENGINEERING,
                 "PLCs, SCADA and the building management system across the site.",
                 ("plc",)),
    FacilitySpec("SLP-MCL", "Quarrendon Metrology Laboratory", "laboratory", ENGINEERING,
                 "Reference standards and rigs for calibrating process instruments.",
                 ("instrument",)),
    FacilitySpec("SLP-CUP", "Clean Utilities Plant", "facility", UTILITIES,
                 "Purified water and WFI stills, storage loops and clean steam generators.",
                 ("water", "steam")),
    FacilitySpec("SLP-HVC", "HVAC Plant Rooms", "facility", UTILITIES,
                 "Air handling units and HEPA filtered supply to the cleanrooms.",
                 ("hvac",)),
    FacilitySpec("SLP-CCW", "Cold Chain Warehouse", "facility", WAREHOUSE,
                 "A 2 to 8 degree high bay, freezer stores and the shipping dock.",
                 ("coldchain", "forklift")),
    FacilitySpec("SLP-DIS", "Quarrendon Dispensary", "facility", WAREHOUSE,
                 "Downflow booths where raw materials are weighed out for each batch.",
                 ("dispensing", "potent")),
    FacilitySpec("SLP-CDS", "Controlled Drugs Store", "facility", WAREHOUSE,
                 "A locked store and register for schedule 2 materials and product.",
                 ("cd",)),
    FacilitySpec("SLP-ACD", "Sollerton Technical Academy", "teaching", ACADEMY,
                 "GMP training, on-the-job trainers and the science and engineering "
                 "apprenticeships.", ("ojt", "inductions", "apprentices")),
    FacilitySpec("SLP-OPS", "Site Operations Centre", "service", STERILE,
                 "Shift handovers, the production schedule and the tier boards.",
                 ("planning", "teamlead")),
)

GIVEN = """Eleni-Morag Stavros-Ruaridh Dimitra-Catriona Nikos-Lachlan Katerina-Iona Yannis-Calum
Sotiria-Mhairi Andreas-Torquil Despina-Seonaid Kostas-Fingal Anthi-Eilidh Petros-Alasdair
Vasiliki-Kirsty Spyros-Murdo Chrysa-Ishbel Lefteris-Gregor Theodora-Ailsa Manolis-Euan
Foteini-Rhona Panos-Dougal Irini-Shona Giorgos-Angus Myrto-Fiona Thanos-Hector""".split()
FAMILY = """Papadakis-MacLeod Georgiou-Buchanan Konstantinou-Munro Alexiou-Macrae
Dimitriou-Sinclair Nikolaidis-Ferguson Christodoulou-Gunn Antoniou-Macaulay Vlachos-Mackay
Karagiannis-Matheson Economou-Sutherland Stavrou-Morrison Pappas-Maclean Theodorou-Macintyre
Galanis-Urquhart Michailidis-Macpherson Kyriakou-Fraser Lambrou-Gillies Panagiotou-Cameron
Zervas-Kerr Raptis-MacNeil Sideris-Mackenzie Katsaros-Robertson Manolakis-Ross""".split()
FAMILY += ["Ó Dónaill-Stavrou", "de Búrca-Alexiou", "Mac Aoidh-Raptis", "O'Shaughnessy-Galanis",
           "van Rijn-Lambrou"]

SOLLERTON = Site("Sollerton Pharmaceuticals (Quarrendon Sterile Manufacturing Site)", "SLP",
                 "sollerton-pharma.co.uk", CONCEPTS, GROUPS, SHARED, FACILITIES, GIVEN, FAMILY,
                 own=_own)
