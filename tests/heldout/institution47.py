"""Vellacott Grand Prix's Kestle Down Technical Centre with its Ditchford Wind Tunnel: a
forty-fifth fictitious institution, for ``heldout47``.

Kestle Down is the fictitious factory and race team of a Formula One constructor, the
organisation whose composites, machining, inspection, fabrication, electronics, transmission,
power unit, race, trackside, aerodynamics, vehicle dynamics, materials, design, paint,
logistics, factory services, training and management staff design, make, test and race two
cars a season: the composites department (pre-preg laminating and ply kitting, autoclave
cures and vacuum bagging, trimming and drilling, structural bonding and inserts, patterns and
mould tools, crash damage repair, ultrasonic inspection, the survival cell and its FIA
homologation tests); the machine shop (five-axis milling, turning and mill-turn, wire and
sinker spark erosion, CAM programming, grinding, bench fitting, metal additive manufacturing);
quality and inspection (CMMs and first article reports, optical scanning, component lifing and
mileage, non-conformances and concessions, crack detection, gauge calibration); fabrication
(TIG welding of titanium and Inconel exhausts, sheet metal, heat shields, pipework and tanks);
electronics (wiring looms, board rework, car electronics, the high voltage ERS and its battery,
sensors and strain gauges); transmission and hydraulics (gearbox build, the car's hydraulics,
servo valve testing, clean assembly); the power unit (installation and fire-up, fuel and its
samples, cooling and oil systems); the race team (car build and strip, set-up, carbon brakes,
suspension, the pit stop crew, tyres, scrutineering, the garage, seat fitting); trackside
engineering (telemetry, performance data, race strategy, radio, trackside IT); aerodynamics
(the wind tunnel, its model shop, its force balance, flow visualisation, CFD); vehicle dynamics
and test (the driver-in-the-loop simulator, the seven-post rig, component rigs and dynos,
fatigue tests); the materials laboratory (mechanical tests, failure investigations,
metallography, oil analysis); the design office (CAD, drawings and GD&T, part release, stress
analysis); the paint shop (livery, decals, lacquer); logistics (race freight, stores, race
trucks, forklifts, dangerous goods by air); factory services (plant, electrics, machine tool
maintenance); safety, health and environment; the technical academy (apprentices, assessors,
inductions, outreach); and management.

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
maintenance delivery unit nor an offshore wind farm operator's operations and maintenance
base, but a Formula One constructor's factory and race team with its own wind tunnel (1,200
composites, machining, inspection, fabrication, electronics, gearbox, power unit, race,
trackside, aerodynamics, test, materials, design, paint, logistics and factory technicians,
mechanics, operators, engineers, drivers, trainers and support staff in the directory), unlike
the institutions before it (Northgate to Brantholme).

Its HR system knows a person's skills from the factory's sign-off register, kept as YAML in the
team's machine access system (which unlocks a machine or a process only for those signed off on
it), whose export writes each entry of the register's list flattened to one line, a YAML flow
mapping after the list's dash: '- {ref: XX.nnn, title: <title>, grade: <grade>, signed:
yyyy-mm-dd, review: yyyy-mm-dd, by: ABC}' (one line, no break; its keys in that order, each key,
a colon and a space before its value, a comma and a space between pairs). The sign-off's
reference (its department's two capitals, a full stop and three digits) and title come first,
the title a plain scalar (an apostrophe in it kept as it is) or, when it holds a comma, in
single quotes (an apostrophe inside them doubled), then the holder's own values: the grade
(trainee, supervised, approved or trainer), the day signed off (2015 to 2026, none after
November 2026, an ISO date), the day the sign-off is due for review (the same day six, twelve,
twenty-four or thirty-six months on) or, for a sign-off that does not lapse, a tilde (YAML's
null), and the signer's initials (three capitals). As in heldout30's to heldout46's generators,
the holder's values are drawn from the generator's seeded random stream row by row
(``Site.own``), so two holders of one sign-off are written differently, as a real export writes
them, while the bundle stays deterministic. A facility's required skills are the sign-off's
reference and title without a holder's values ('- {ref: XX.nnn, title: <title>}'). Beside those,
rows the staff typed into the skills survey are their own: lower-case, motorsport slang and kit
names ("running the 5 axis hermles", "front jack on the pit crew"). Some are written as no
technician taxonomy is likely to write them (pit stops, tyre blankets, scrutineering, the garage
build, seat fits, race strategy, the cost cap). Facilities have names, aliases (in the name or
the description) and role holders. Concept keys are the evaluation's own, not the taxonomy's
ids. Generated by the same deterministic generator as Northgate (``institution.generate``).
"""

from __future__ import annotations

import re
from datetime import date
from random import Random

from tests.heldout.institution import FacilitySpec, Group, Site, past_day

__all__ = ["GRADES", "PEOPLE", "RECORD", "REVIEWS", "SEED", "SIGNERS", "VELLACOTT", "YEARS"]

PEOPLE, SEED = 1200, 47047     # tests.heldout.institution.generate(PEOPLE, SEED, VELLACOTT)
GRADES = ("trainee", "supervised", "approved", "trainer")
SIGNERS = ("AKB", "CDW", "FMT", "GRL", "JPH", "MSN", "RVE", "TWK")
YEARS = (2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026)
REVIEWS = (0, 6, 12, 24, 36)   # months to the review; 0: it does not lapse, its value a tilde
# an entry of the sign-off register as the machine access system's export writes it, a YAML
# flow mapping after a list dash: the sign-off's reference and title (plain, or single-quoted
# when it holds a comma), and (a holder's own) the grade, the day signed off, the day of the
# review (a tilde when it does not lapse) and the signer's initials
RECORD = re.compile(r"^- \{ref: ([A-Z]{2})\.(\d{3}), "
                    r"title: ('(?:[^']|'')+'|[^'{}\[\],\s][^{}\[\],]*)"
                    r"(?:, grade: (trainee|supervised|approved|trainer), signed: (20\d{2})-(\d{2})"
                    r"-(\d{2}), review: (?:(20\d{2})-(\d{2})-(\d{2})|~), by: ([A-Z]{3}))?\}$")


def _scalar(title: str) -> str:
    """A title as YAML writes it in a flow mapping: plain, or in single quotes (an apostrophe
    inside them doubled) when it holds a comma."""
    return "'" + title.replace("'", "''") + "'" if "," in title else title


def _c(ref: str, title: str) -> str:
    """The sign-off's reference and title, as the register's entry opens."""
    return f"- {{ref: {ref}, title: {_scalar(title)}}}"


def _own(text: str, rng: Random) -> str:
    """A holder's entry for a sign-off: the grade, the day signed off, the day of the review
    (or a tilde) and the signer, drawn from the generator's stream; a survey row stays as it is
    (and draws nothing)."""
    if not RECORD.match(text):
        return text
    grade = rng.choice(GRADES)
    signed = past_day(YEARS, rng)
    months = rng.choice(REVIEWS)
    review = "~"
    if months:
        years, month = divmod(signed.month - 1 + months, 12)
        review = date(signed.year + years, month + 1, signed.day).isoformat()
    signer = rng.choice(SIGNERS)
    return (text[:-1] + f", grade: {grade}, signed: {signed.isoformat()}, review: {review}, "
            f"by: {signer}}}")


# concept key -> HR spellings (the first is the sign-off as the register's export writes it;
# the other is a row the staff typed into the skills survey)
CONCEPTS: dict[str, tuple[str, ...]] = {
    # composites
    "layup": (_c("CP.010", "Pre-preg laminating and ply kitting"),
              "laying up carbon in the clean room"),
    "autoclave": (_c("CP.020", "Autoclave cures, vacuum bagging and debulks"),
                  "bagging up parts and loading the autoclave"),
    "trim": (_c("CP.030", "Trimming, drilling and edge finishing of cured parts"),
             "trimming carbon parts on the router"),
    "bonding": (_c("CP.040", "Structural adhesive bonding and metallic inserts"),
                "bonding inserts into carbon parts"),
    "tooling": (_c("CP.050", "Pattern making and composite mould tools"),
                "making moulds off the pattern"),
    "comprepair": (_c("CP.060", "Composite damage assessment and repair"),
                   "fixing front wings after a shunt"),
    "compndt": (_c("CP.070", "Ultrasonic inspection of composite structures"),
                "c-scanning chassis parts"),
    "chassis": (_c("CP.080", "Survival cell build and FIA homologation tests"),
                "building the tub for the crash test"),
    # machining
    "fiveaxis": (_c("MC.010", "Five-axis CNC milling"), "running the 5 axis hermles"),
    "millturn": (_c("MC.020", "CNC turning and mill-turn"),
                 "turning wishbone inserts on the lathe"),
    "edm": (_c("MC.030", "Wire and sinker spark erosion (EDM)"), "wire eroding spline profiles"),
    "cam": (_c("MC.040", "CAM programming in Siemens NX"), "writing toolpaths in nx"),
    "grinding": (_c("MC.050", "Precision cylindrical and surface grinding"),
                 "grinding bearing seats to a tenth"),
    "fitting": (_c("MC.060", "Bench fitting, deburring and hand finishing"),
                "deburring and hand finishing machined parts"),
    "metalam": (_c("MC.070", "Metal additive manufacturing – titanium and aluminium powder bed"),
                "printing titanium brackets"),
    # quality and inspection
    "cmm": (_c("QA.010", "CMM inspection and first article reports"),
            "measuring parts on the cmm"),
    "scanning": (_c("QA.020", "Optical 3D scanning of bodywork and moulds"),
                 "blue light scanning the floor"),
    "lifing": (_c("QA.030", "Component lifing and mileage records"),
               "tracking part mileage between races"),
    "ncr": (_c("QA.040", "Non-conformance and concession control"), "raising ncrs on bad parts"),
    "crack": (_c("QA.050", "Crack detection (magnetic particle and dye penetrant)"),
              "crack testing suspension parts"),
    "gauges": (_c("QA.060", "Gauge and torque tool calibration control"),
               "keeping the torque wrenches in cal"),
    # fabrication
    "tigti": (_c("FB.010", "TIG welding – titanium, Inconel and stainless"),
              "welding inconel exhausts"),
    "sheet": (_c("FB.020", "Sheet metal forming and fabrication"),
              "folding brackets on the press brake"),
    "heatshield": (_c("FB.030", "Heat shields and thermal protection"),
                   "fitting gold foil heat shields"),
    "pipework": (_c("FB.040", "Oil tank, radiator and pipework fabrication"),
                 "making oil tanks and cooling pipes"),
    # electronics
    "loom": (_c("EL.010", "Wiring harness manufacture to aerospace standard"),
             "building looms for the cars"),
    "pcbrework": (_c("EL.020", "Electronic assembly and rework to IPC-A-610"),
                  "reworking smd boards under the microscope"),
    "carelec": (_c("EL.030", "Car electronics fault finding (ECU, sensors and loom)"),
                "chasing sensor faults in the garage"),
    "ers": (_c("EL.040", "High voltage ERS and battery safe working"),
            "working on the ers battery"),
    "sensors": (_c("EL.050", "Sensor installation and strain gauging"),
                "gauging pushrods and wishbones"),
    # transmission and hydraulics
    "gearbox": (_c("TR.010", "Gearbox build, strip and inspection"),
                "building gearboxes for the race weekend"),
    "carhyd": (_c("TR.020", "Car hydraulic systems (steering, gearshift, clutch and DRS)"),
               "bleeding the car hydraulics"),
    "hydtest": (_c("TR.030", "Servo valve and actuator testing on the hydraulic rig"),
                "flowing servo valves on the test rig"),
    "cleanassy": (_c("TR.040", "Clean room assembly of hydraulic components"),
                  "assembling hydraulic manifolds in the clean room"),
    # power unit
    "puinstall": (_c("PU.010", "Power unit installation and fire-up"),
                  "firing up the engine in the garage"),
    "fuel": (_c("PU.020", "Fuel systems and fuel sampling for the FIA"),
             "taking fuel samples for the fia"),
    "coolant": (_c("PU.030", "Cooling and oil systems fill and bleed"),
                "bleeding the water system before fire up"),
    # race team
    "racebuild": (_c("RT.010", "Race car build and strip"), "building the car up after the race"),
    "setup": (_c("RT.020", "Car set-up – ride heights, cambers and corner weights"),
              "doing set-up on the flat patch"),
    "brakes": (_c("RT.030", "Carbon brake systems – discs, pads, calipers and bleeding"),
               "bleeding the brakes before quali"),
    "pitstop": (_c("RT.040", "Pit stop crew – wheel gun, jack and tyre change"),
                "front jack on the pit crew"),
    "tyres": (_c("RT.050", "Tyre handling, blankets and pressures"),
              "running tyre blankets and pressures"),
    "scrutineering": (_c("RT.060", "FIA scrutineering and technical regulations compliance"),
                      "getting the car through scrutineering"),
    "garage": (_c("RT.070", "Trackside garage build and pack-down"),
               "building the garage on tuesday"),
    "seat": (_c("RT.080", "Driver's seat, belts and HANS fitting"),
             "doing seat fits with the drivers"),
    "suspension": (_c("RT.090", "Suspension and upright assembly"),
                   "building uprights and wishbones"),
    # trackside engineering
    "telemetry": (_c("DA.010", "Telemetry and on-car data acquisition"),
                  "watching live telemetry on the pit wall"),
    "perfdata": (_c("DA.020", "Vehicle performance data analysis"),
                 "going through lap data after practice"),
    "strategy": (_c("DA.030", "Race strategy modelling"), "running strategy sims on race day"),
    "radio": (_c("DA.040", "Trackside radio and intercom systems"),
              "keeping the team radios working"),
    "tsit": (_c("DA.050", "Trackside IT and garage networks"),
             "setting up the garage network at each track"),
    # aerodynamics
    "tunnelop": (_c("AE.010", "Wind tunnel operation and run control"),
                 "running the tunnel on nights"),
    "modelshop": (_c("AE.020", "Wind tunnel model manufacture (SLA and carbon)"),
                  "making model parts for the tunnel"),
    "balance": (_c("AE.030", "Force balance calibration and pressure tappings"),
                "calibrating the balance"),
    "flowvis": (_c("AE.040", "Flow visualisation (flo-vis paint and PIV)"),
                "painting flo-vis on the floor"),
    "cfd": (_c("AE.050", "CFD meshing and runs on the cluster"),
            "running cfd overnight on the cluster"),
    # vehicle dynamics and test
    "simulator": (_c("VD.010", "Driver-in-the-loop simulator operation"),
                  "running the sim for the drivers"),
    "sevenpost": (_c("VD.020", "Seven-post rig testing"), "shaking the car on the 7 post"),
    "testrig": (_c("VD.030", "Component test rigs and dynamometers"), "running the gearbox dyno"),
    "fatigue": (_c("VD.040", "Fatigue and static structural testing"),
                "pulling wishbones to failure on the rig"),
    # materials laboratory
    "mattest": (_c("ML.010", "Mechanical testing – tensile, shear and hardness"),
                "pulling coupons on the instron"),
    "failure": (_c("ML.020", "Failure investigation and fractography"),
                "looking at broken parts under the sem"),
    "metallog": (_c("ML.030", "Metallography and heat treatment checks"),
                 "polishing sections for microstructure"),
    "oilanalysis": (_c("ML.040", "Fluid and oil condition analysis"),
                    "testing gearbox oil for debris"),
    # design office
    "cad": (_c("DE.010", "CAD design in Siemens NX"), "drawing parts in nx"),
    "gdt": (_c("DE.020", "Detail drawings and GD&T"), "doing drawings with tolerances"),
    "plm": (_c("DE.030", "Part release and BOMs in the PLM system"),
            "releasing parts in teamcenter"),
    "stress": (_c("DE.040", "Stress analysis (FEA)"), "running fea on brackets"),
    # paint shop
    "paint": (_c("PT.010", "Spray painting and livery application"),
              "spraying the livery on the bodywork"),
    "vinyl": (_c("PT.020", "Vinyl graphics and sponsor decals"), "putting sponsor stickers on"),
    "finishing": (_c("PT.030", "Surface finishing and clear coat polishing"),
                  "flatting and polishing the lacquer"),
    # logistics
    "freight": (_c("LG.010", "Race freight and air cargo packing"),
                "packing freight for the flyaways"),
    "stores": (_c("LG.020", "Stores and parts issue in the ERP"), "booking parts out of stores"),
    "hgv": (_c("LG.030", "HGV driving – race trucks (Category C+E)"),
            "driving the race trucks round europe"),
    "forklift": (_c("LG.040", "Forklift and pallet truck operation"),
                 "driving the forklift in goods in"),
    "dg": (_c("LG.050", "Dangerous goods by air (IATA) – batteries and fuels"),
           "packing lithium batteries to fly"),
    # factory services
    "plant": (_c("FS.010", "Factory plant maintenance – compressors, chillers and extraction"),
              "fixing the compressors when they trip"),
    "facelec": (_c("FS.020", "Factory electrical installation and testing (18th Edition)"),
                "wiring new machines in"),
    "machinemaint": (_c("FS.030", "Machine tool maintenance and repair"),
                     "fixing the cnc machines when they break down"),
    # safety, health and environment, shared by many
    "firstaid": (_c("HS.010", "First aid at work (trackside and factory)"),
                 "first aider in the race bay"),
    "coshh": (_c("HS.020", "Resins, solvents and carbon dust – COSHH"),
              "handling resins and solvents safely"),
    "fire": (_c("HS.030", "Fire marshal and fuel fire response"),
             "fire marshal for the machine shop"),
    "loto": (_c("HS.040", "Machine isolation and lockout"),
             "locking out machines before maintenance"),
    "manual": (_c("HS.050", "Manual handling and safe lifting of car parts"),
               "lifting car parts safely"),
    "lev": (_c("HS.060", "LEV and dust extraction checks"),
            "checking the dust extraction in the trim shop"),
    "pressure": (_c("HS.070", "Pressure systems and gas cylinders (nitrogen and air)"),
                 "handling nitrogen bottles in the garage"),
    # the technical academy
    "apprentices": (_c("TA.010", "Apprentice mentoring"),
                    "buddying apprentices in the machine shop"),
    "assessor": (_c("TA.020", "Assessor's sign-off of workplace competence"),
                 "signing off machine competences"),
    "inductions": (_c("TA.030", "Machine and workshop induction delivery"),
                   "running machine inductions for new starters"),
    "outreach": (_c("TA.040", "STEM outreach and school visits"),
                 "showing school groups round the factory"),
    # management
    "teamlead": (_c("MG.010", "Team leading (shift and race bay)"),
                 "running nights in the machine shop"),
    "planning": (_c("MG.020", "Production planning and scheduling"),
                 "planning the build for the next race"),
    "costcap": (_c("MG.030", "Cost cap reporting and budgets"),
                "tracking spend for the cost cap"),
    "lean": (_c("MG.040", "Continuous improvement (lean and 5S)"), "5s in the machine shop"),
    "suppliers": (_c("MG.050", "Supplier and subcontract management"),
                  "chasing subcontract machining"),
}

COMPOSITES = "Composites"
MACHINING = "Machining"
QUALITY = "Quality and Inspection"
FABRICATION = "Fabrication"
ELECTRONICS = "Electronics"
TRANSMISSION = "Transmission and Hydraulics"
POWER = "Power Unit"
RACE = "Race Team"
TRACKSIDE = "Trackside Engineering"
AERO = "Aerodynamics"
DYNAMICS = "Vehicle Dynamics and Test"
MATERIALS = "Materials Laboratory"
DESIGN = "Design Office"
PAINT = "Paint Shop"
LOGISTICS = "Race Logistics"
SERVICES = "Factory Services"
ACADEMY = "Vellacott Technical Academy"

GROUPS = (
    Group("composites", 190, (COMPOSITES,), ("Composite Laminator", "Composites Technician",
                                              "Autoclave Operator", "Trim and Bond Technician"),
          ("layup", "autoclave", "trim", "bonding", "tooling", "comprepair", "chassis",
           "compndt", "scanning"),
          "Lays up, cures, trims and bonds the carbon parts of the car."),
    Group("machining", 120, (MACHINING,), ("CNC Machinist", "CNC Miller", "CNC Turner",
                                           "Machine Shop Setter", "Spark Erosion Technician"),
          ("fiveaxis", "millturn", "cam", "edm", "grinding", "fitting", "metalam", "cmm"),
          "Machines metal parts, from billet uprights to gearbox shafts."),
    Group("quality", 50, (QUALITY,), ("Quality Inspector", "CMM Programmer", "NDT Technician",
                                      "Lifing Controller"),
          ("cmm", "scanning", "ncr", "crack", "lifing", "gauges", "compndt"),
          "Measures, inspects and tracks the life of every part on the car."),
    Group("fabrication", 40, (FABRICATION,), ("Fabricator Welder", "Sheet Metal Technician",
                                              "Exhaust Fabricator"),
          ("tigti", "sheet", "heatshield", "pipework", "crack"),
          "Welds exhausts, tanks and brackets in exotic alloys."),
    Group("electronics", 80, (ELECTRONICS,), ("Electronics Technician",
                                              "Wiring Harness Technician", "ERS Technician",
                                              "Instrumentation Technician"),
          ("loom", "pcbrework", "carelec", "sensors", "ers", "telemetry"),
          "Builds the looms and keeps the car's electronics working."),
    Group("transmission", 55, (TRANSMISSION,), ("Gearbox Technician", "Hydraulics Technician",
                                                "Sub-Assembly Technician"),
          ("gearbox", "carhyd", "hydtest", "cleanassy", "crack", "suspension"),
          "Builds gearboxes and the car's hydraulic systems."),
    Group("powerunit", 25, (POWER,), ("Power Unit Technician", "Fuel and Oil Technician"),
          ("puinstall", "fuel", "coolant", "ers", "carelec"),
          "Installs and fires up the power units and looks after fuel and fluids."),
    Group("race", 140, (RACE,), ("Race Mechanic", "Number One Mechanic", "Tyre Technician",
                                 "Garage Technician", "Chief Mechanic"),
          ("racebuild", "setup", "brakes", "suspension", "pitstop", "tyres", "garage",
           "scrutineering", "seat", "coolant", "carhyd"),
          "Builds and runs the race cars at the factory and at the track."),
    Group("trackside", 50, (TRACKSIDE,), ("Data Engineer", "Trackside IT Engineer",
                                          "Radio Technician", "Strategy Analyst"),
          ("telemetry", "perfdata", "strategy", "radio", "tsit", "simulator"),
          "Runs the data, radios and networks at the track and back at base."),
    Group("aero", 80, (AERO,), ("Wind Tunnel Technician", "Model Maker", "Aerodynamicist",
                                "CFD Engineer"),
          ("tunnelop", "modelshop", "balance", "flowvis", "cfd", "scanning"),
          "Makes the models, runs the tunnel and the CFD."),
    Group("dynamics", 40, (DYNAMICS,), ("Simulator Technician", "Test Rig Technician",
                                        "Vehicle Dynamics Engineer"),
          ("simulator", "sevenpost", "testrig", "fatigue", "sensors", "perfdata"),
          "Runs the simulator and the test rigs."),
    Group("materials", 20, (MATERIALS,), ("Materials Technician", "Metallurgist",
                                          "Failure Analyst"),
          ("mattest", "failure", "metallog", "oilanalysis", "crack"),
          "Tests materials and finds out why parts broke."),
    Group("design", 60, (DESIGN,), ("Design Engineer", "Draughtsperson", "Stress Engineer",
                                    "PLM Administrator"),
          ("cad", "gdt", "plm", "stress", "cfd"),
          "Designs the parts and releases them to manufacturing."),
    Group("paint", 25, (PAINT,), ("Paint Sprayer", "Livery Technician",
                                  "Paint Shop Technician"),
          ("paint", "vinyl", "finishing"),
          "Paints, lacquers and decals the bodywork."),
    Group("logistics", 60, (LOGISTICS,), ("Logistics Coordinator", "Storeperson",
                                          "Race Truck Driver", "Freight Technician"),
          ("freight", "stores", "hgv", "forklift", "dg", "garage"),
          "Packs and moves the cars, spares and garage to every race."),
    Group("services", 35, (SERVICES,), ("Maintenance Engineer", "Factory Electrician",
                                        "Facilities Technician"),
          ("machinemaint", "plant", "facelec", "loto", "lev", "pressure"),
          "Keeps the factory's machines, plant and electrics running."),
    Group("academy", 25, (ACADEMY,), ("Technical Trainer", "Apprentice Coordinator",
                                      "Competence Assessor"),
          ("inductions", "assessor", "apprentices", "outreach"),
          "Trains apprentices, runs inductions and signs off competences."),
    Group("managers", 30, (COMPOSITES, MACHINING, RACE, DESIGN, LOGISTICS),
          ("Shift Team Leader", "Production Manager", "Operations Manager",
           "Head of Manufacturing"),
          ("teamlead", "planning", "costcap", "lean", "suppliers"),
          "Leads the shifts, plans the builds and keeps within the cost cap."),
)
SHARED = ("firstaid", "coshh", "fire", "loto", "manual", "lev", "pressure")

FACILITIES = (
    FacilitySpec("VGP-CLR", "Kestle Down Composites Clean Room", "cleanroom", COMPOSITES,
                 "Laminating rooms where pre-preg carbon is cut, kitted and laid up.",
                 ("layup",)),
    FacilitySpec("VGP-ACV", "Autoclave Hall", "facility", COMPOSITES,
                 "Four autoclaves and the bagging benches; cures run day and night.",
                 ("autoclave",)),
    FacilitySpec("VGP-TAB", "Trim and Bond Shop", "workshop", COMPOSITES,
                 "Cured parts trimmed, drilled and bonded with their inserts.",
                 ("trim", "bonding")),
    FacilitySpec("VGP-PAT", "Pattern and Mould Tool Shop", "workshop", COMPOSITES,
                 "Patterns machined and mould tools laid up for every carbon part.",
                 ("tooling",)),
    FacilitySpec("VGP-CRB", "Composite Repair Bay", "workshop", COMPOSITES,
                 "Crash-damaged wings and bodywork assessed and repaired; the repair bay.",
                 ("comprepair",)),
    FacilitySpec("VGP-CNT", "Composites NDT Cell", "laboratory", QUALITY,
                 "Ultrasonic C-scan and tap testing of chassis, wings and suspension members.",
                 ("compndt",)),
    FacilitySpec("VGP-CHS", "Chassis Build and Homologation Area", "facility", COMPOSITES,
                 "Survival cells assembled and prepared for the FIA crash and load tests.",
                 ("chassis", "bonding")),
    FacilitySpec("VGP-FAX", "Five-Axis Machine Shop", "workshop", MACHINING,
                 "Five-axis machining centres cutting uprights, bellhousings and moulds.",
                 ("fiveaxis", "cam")),
    FacilitySpec("VGP-TRN", "Mill-Turn and Lathe Cell", "workshop", MACHINING,
                 "Lathes and mill-turn centres for shafts, inserts and fittings.",
                 ("millturn",)),
    FacilitySpec("VGP-EDM", "Spark Erosion Room", "workshop", MACHINING,
                 "Wire and sinker EDM for splines, slots and hardened steels.", ("edm",)),
    FacilitySpec("VGP-GRD", "Grinding and Fitting Section", "workshop", MACHINING,
                 "Precision grinding, deburring and hand fitting before inspection.",
                 ("grinding", "fitting")),
    FacilitySpec("VGP-MAM", "Metal Additive Manufacturing Cell", "facility", MACHINING,
                 "Powder bed printers building titanium and aluminium parts.", ("metalam",)),
    FacilitySpec("VGP-MET", "Kestle Down Metrology Laboratory", "laboratory", QUALITY,
                 "CMMs and optical scanners for first article and in-process inspection; "
                 "the metrology lab.", ("cmm", "scanning")),
    FacilitySpec("VGP-LIF", "Lifing and Quality Office", "service", QUALITY,
                 "Part mileage, non-conformances and concessions tracked for every car.",
                 ("lifing", "ncr")),
    FacilitySpec("VGP-CRK", "Crack Detection Room", "laboratory", QUALITY,
                 "Magnetic particle and dye penetrant inspection of metal parts.", ("crack",)),
    FacilitySpec("VGP-FAB", "Exhaust and Fabrication Shop", "workshop", FABRICATION,
                 "Exhausts, tanks and brackets welded in titanium and Inconel.",
                 ("tigti", "sheet", "heatshield")),
    FacilitySpec("VGP-LMS", "Wiring Loom Shop", "workshop", ELECTRONICS,
                 "Looms for the cars and the rigs built, tested and repaired.", ("loom",)),
    FacilitySpec("VGP-ELR", "Electronics Rework Room", "workshop", ELECTRONICS,
                 "Board assembly and rework benches under stereo microscopes.",
                 ("pcbrework",)),
    FacilitySpec("VGP-ERS", "ERS Battery Workshop", "workshop", ELECTRONICS,
                 "Hybrid batteries and control units handled under high voltage rules.",
                 ("ers",)),
    FacilitySpec("VGP-INS", "Instrumentation Lab", "laboratory", ELECTRONICS,
                 "Sensors fitted, strain gauges bonded and channels calibrated.",
                 ("sensors",)),
    FacilitySpec("VGP-GBX", "Gearbox Build Room", "workshop", TRANSMISSION,
                 "Gearboxes built, stripped and inspected between races.", ("gearbox",)),
    FacilitySpec("VGP-HYD", "Hydraulics Clean Room", "cleanroom", TRANSMISSION,
                 "Clean assembly and rig testing of valves, actuators and manifolds.",
                 ("cleanassy", "hydtest", "carhyd")),
    FacilitySpec("VGP-PUB", "Power Unit Bay", "facility", POWER,
                 "Power units prepared, installed and fired up with their fuel and coolant.",
                 ("puinstall", "fuel", "coolant")),
    FacilitySpec("VGP-RBY", "Kestle Down Race Bay", "workshop", RACE,
                 "Race cars built, set up and stripped between events.",
                 ("racebuild", "setup", "brakes")),
    FacilitySpec("VGP-SAS", "Suspension Sub-Assembly Area", "workshop", RACE,
                 "Uprights, wishbones and pushrods assembled and torqued.", ("suspension",)),
    FacilitySpec("VGP-PIT", "Pit Stop Practice Garage", "facility", RACE,
                 "A mock garage where the crew practise stops with wheel guns and jacks.",
                 ("pitstop", "tyres")),
    FacilitySpec("VGP-OPS", "Race Support Room", "service", TRACKSIDE,
                 "Engineers at the factory watching telemetry live during sessions; "
                 "mission control.", ("telemetry", "perfdata", "strategy")),
    FacilitySpec("VGP-TKS", "Trackside IT and Comms Team", "service", TRACKSIDE,
                 "Garage networks, radios and the link back to the factory.",
                 ("tsit", "radio")),
    FacilitySpec("VGP-DWT", "Ditchford Wind Tunnel", "facility", AERO,
                 "A 60% scale wind tunnel with a rolling road and a force balance.",
                 ("tunnelop", "balance", "flowvis")),
    FacilitySpec("VGP-MDS", "Wind Tunnel Model Shop", "workshop", AERO,
                 "Stereolithography and carbon model parts for the tunnel.", ("modelshop",)),
    FacilitySpec("VGP-CFD", "CFD and HPC Suite", "computing", AERO,
                 "The cluster and workstations for meshing and running CFD.", ("cfd",)),
    FacilitySpec("VGP-SIM", "Driver-in-the-Loop Simulator", "facility", DYNAMICS,
                 "A motion simulator where the drivers prepare for each circuit.",
                 ("simulator",)),
    FacilitySpec("VGP-7PR", "Seven-Post Rig", "facility", DYNAMICS,
                 "A rig that shakes the whole car to tune its suspension.", ("sevenpost",)),
    FacilitySpec("VGP-TRH", "Test Rig Hall", "facility", DYNAMICS,
                 "Gearbox dynos, fatigue frames and component rigs.", ("testrig", "fatigue")),
    FacilitySpec("VGP-MLB", "Kestle Down Materials Laboratory", "laboratory", MATERIALS,
                 "Tensile tests, microscopy and investigations of failed parts.",
                 ("mattest", "failure", "metallog")),
    FacilitySpec("VGP-DOF", "Design Office", "service", DESIGN,
                 "Designers, detailers and stress engineers; drawings released to "
                 "manufacturing.", ("cad", "gdt", "plm")),
    FacilitySpec("VGP-PNT", "Paint and Livery Shop", "workshop", PAINT,
                 "Spray booths where the bodywork is painted, lacquered and decaled.",
                 ("paint", "vinyl", "finishing")),
    FacilitySpec("VGP-LOG", "Race Logistics Centre", "facility", LOGISTICS,
                 "Freight, trucks and garage kit packed for every event.",
                 ("freight", "hgv", "dg", "garage")),
    FacilitySpec("VGP-STR", "Kestle Down Stores", "facility", LOGISTICS,
                 "Parts, consumables and tools issued against works orders.",
                 ("stores", "forklift")),
    FacilitySpec("VGP-ACD", "Vellacott Technical Academy", "teaching", ACADEMY,
                 "Apprentice training, machine inductions and sign-off assessments.",
                 ("inductions", "assessor", "apprentices")),
)

GIVEN = """Gianpiero-Rhys Pierfrancesco-Dai Giancarlo-Owain Pierpaolo-Huw Gianmaria-Iolo
Mariangela-Cerys Annamaria-Eirlys Mariarosa-Llinos Piergiorgio-Emrys Gianfranco-Idris
Marialuisa-Nerys Gianmarco-Tegid Pierangelo-Gethin Mariagrazia-Heledd Annalisa-Non
Mariachiara-Lowri Giambattista-Cai Pierluigi-Elis Mariateresa-Siwan Giandomenico-Ianto
Annarita-Mabli Mariaelena-Tesni Gianvito-Osian Pierdomenico-Bedwyr Mariapia-Glesni""".split()
FAMILY = """Bellandi-Thorne Capriotti-Ashworth Fornasari-Pellow Zanardelli-Keck Morselli-Hibbert
Benedetti-Crump Guidotti-Yelland Castagnoli-Rudd Spallanzani-Oakey Ferrandi-Birtles
Montanari-Greatorex Vecchietti-Lumb Paganelli-Stott Ruggeri-Dimmock Tassinari-Mold
Bonfiglioli-Ibbotson Cavazzoni-Pledger Lombardini-Toone Scaglietti-Furness Baldacci-Whybrow
Ricciardelli-Cope Marchionni-Eakin Gherardi-Spink Orlandini-Bagshaw""".split()
FAMILY += ["de Angelis-Thorne", "Dell'Orto-Crump", "di Stefano-Keck", "Lo Presti-Oakey",
           "Dall'Ara-Birtles"]

VELLACOTT = Site("Vellacott Grand Prix (Kestle Down Technical Centre)", "VGP",
                 "vellacott-gp.co.uk", CONCEPTS, GROUPS, SHARED, FACILITIES, GIVEN, FAMILY,
                 own=_own)
