"""Ravensholt University's Faculty of Engineering and Physical Sciences at Kestrel Park: a
twentieth fictitious institution, for ``heldout22``.

Ravensholt University is a fictitious English research university; this is its Faculty of
Engineering and Physical Sciences on the Kestrel Park campus, built around electronic and
electrical engineering, quantum technologies, robotics and autonomous systems, and physics and
astronomy, with the faculty's technical services (the workshops, the glassblower, the electronics
stores, the helium plant) and its safety office.

Neither a whole university, a research campus, a national laboratory, a land-based university,
a medical school, an arts university, a veterinary, marine and earth-and-space campus, a human
sciences campus, a chemistry, pharmacy and process faculty, a dental school, a library, museums
and research computing division nor a dual-sector technical faculty, but a university's
engineering and physical sciences faculty of semiconductors, power, RF, electronics, quantum
devices, robots and telescopes (1,200 cleanroom and epitaxy technicians, high-voltage and power
laboratory technicians, EMC, RF and antenna engineers, PCB and surface-mount assemblers,
embedded and electronics workshop technicians, cryogenic, quantum optics and cold-atom
technicians, helium plant operators, robotics, drone, motion-capture and autonomous-vehicle
technicians, observatory and planetarium staff, teaching laboratory technicians, machinists, a
glassblower, storekeepers, radiation and laser safety supervisors and technical managers in the
directory), unlike the institutions before it (Northgate, Tarnside, Calderbridge, Inverallan,
Harbourne, Caerwern, Ashcombe, Hollinsmoor, Fenmere, Carrow Down, Brackenfold, St Wilfrid's,
Kingsholm, Kilbrannan's Ardcraig, Drumcarrig's Mullaghbeg, Wealdmoor, Hallowfield's Saltergate,
Wenlowe's Coldharbour, Marlbridge's Furnace Lane). The Semiconductor Devices Centre has the
semiconductor cleanroom, an etch and deposition bay, the electron beam lithography suite, the
III-V epitaxy laboratory (MBE and MOCVD), a device characterisation laboratory and a device
packaging room; the School of Electronic and Electrical Engineering has the high voltage
laboratory, a power electronics and drives laboratory, a battery and photovoltaics test
laboratory, the EMC anechoic chamber, an antenna measurement range, an RF and microwave
laboratory, a PCB prototyping workshop, the surface-mount assembly line, an embedded systems
laboratory and the electronics teaching laboratory; the Centre for Quantum Technologies has the
millikelvin laboratory, a high field magnet laboratory, the quantum optics laboratory, an
ultrafast laser laboratory and the cold atom laboratory; the Institute for Robotics and
Autonomous Systems has the robotics arena, a robot manipulation laboratory, the drone flight
cage, a motion capture studio and the autonomous vehicles test track; the School of Physics and
Astronomy has the observatory, the planetarium, the radio telescope, the physics teaching
laboratories and the lecture demonstration store; Faculty Technical Services have the
electronics workshop, the electronics stores, the mechanical workshop, the glassblowing workshop,
a rapid prototyping laboratory, the helium recovery and liquefaction plant and the cryogen
dispensing point; the Faculty Safety Office has the radiation protection office and the laser
safety office.

Its HR system knows a person's skills from the faculty's skills passport, kept in the
university's learning-management system: every induction, e-learning module and signed-off
practical a technician completes is a passport module, and the export writes a person's skills
as the completion lines of their passport modules: "<skill> (SP-<area>-<nn>) - <status>
<dd>/<mm>/<yyyy>". The area is the passport's section (CR cleanroom, EPI epitaxy and devices, HV
high voltage, PWR power and energy, EMC, RF, PCB, SMT surface mount, EMB embedded systems, ELW
electronics workshop, QT quantum devices and low temperature, QO quantum optics and lasers, ATM
cold atoms and vacuum, CRY cryogenics, ROB robotics, UAS drones, MCP motion capture, CAV
connected and autonomous vehicles, AST astronomy, TLB teaching laboratories, WKS mechanical
workshop, GLS glass, STR stores, RAD radiation, LAS lasers, GEN general safety, MGT management)
and the module its number in the section (01 to 18); after it come the learning-management
system's completion status (Complete, Complete (achieved pass grade), Complete via RPL for
recognised prior learning, In progress, Expired) and the date it was recorded (years 2019 to
2025). The skill comes first, before the bracket; all of the fields follow from the text, so the
generator stays deterministic, and they can sit oddly beside a person's level (the bundle's
level column), as such exports do: "Optical lithography with mask aligners (SP-CR-16) - Complete
(achieved pass grade) 25/04/2023", "Piloting multirotor drones (SP-UAS-05) - Expired 03/04/2022".
Beside those, rows the staff typed into the skills survey are their own: lower-case, lab slang
and kit names ("fridge cooldowns", "raith writing sessions"). Some are written as no technician
taxonomy is likely to write them (dome shutter wrangling, leak hunting on the uhv). Facilities
have names, aliases (in the name or the description) and role holders. Concept keys are the
evaluation's own, not the taxonomy's ids (written after the names were labelled, so by someone
who had read ``taxonomies/skills.csv``, never the matcher or the engine). Generated by the same
deterministic generator as Northgate (``institution.generate``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tests.heldout.institution import FacilitySpec, Group, Site

__all__ = ["AREAS", "KESTREL_PARK", "PASSPORT", "PEOPLE", "SEED", "STATUSES"]

PEOPLE, SEED = 1200, 22417     # tests.heldout.institution.generate(PEOPLE, SEED, KESTREL_PARK)
AREAS = ("CR", "EPI", "HV", "PWR", "EMC", "RF", "PCB", "SMT", "EMB", "ELW", "QT", "QO", "ATM",
         "CRY", "ROB", "UAS", "MCP", "CAV", "AST", "TLB", "WKS", "GLS", "STR", "RAD", "LAS", "GEN",
         "MGT")
STATUSES = ("Complete", "Complete (achieved pass grade)", "Complete via RPL", "In progress",
            "Expired")
# a line of the skills passport as the HR system exports it: the skill, the passport's area and
# module, the learning-management system's completion status and the date it was recorded
PASSPORT = re.compile(r"^(\S.*\S) \(SP-(" + "|".join(AREAS) + r")-(\d{2})\) - ("
                      + "|".join(re.escape(s) for s in sorted(STATUSES, key=len, reverse=True))
                      + r") (\d{2})/(\d{2})/(\d{4})$")


def _p(area: str) -> Callable[[str], str]:
    """The passport export's writer for one area: the module, the completion status and the
    date, all following from the text (most modules complete, some in progress or expired)."""
    def line(text: str) -> str:
        n, s = len(text), sum(map(ord, text))
        status = (STATUSES[0], STATUSES[0], STATUSES[1], STATUSES[2], STATUSES[3],
                  STATUSES[4])[(s // 3 + n) % 6]
        day, month, year = 1 + (s // 5) % 28, 1 + (n + s // 13) % 12, 2019 + (s // 17) % 7
        return (f"{text} (SP-{area}-{1 + (s // 7) % 18:02d}) - {status} "
                f"{day:02d}/{month:02d}/{year}")
    return line


(CR, EPI, HV, PWR, EMC, RF, PCB, SMT, EMB, ELW, QT, QO, ATM, CRY, ROB, UAS, MCP, CAV, AST, TLB,
 WKS, GLS, STR, RAD, LAS, GEN, MGT) = (_p(a) for a in AREAS)

# concept key -> HR spellings (the first is the skills passport's line; the other is a row the
# staff typed into the skills survey)
CONCEPTS: dict[str, tuple[str, ...]] = {
    # semiconductor cleanroom
    "cleanroom": (CR("Working to cleanroom protocols"), "suiting up for the clean bays"),
    "litho": (CR("Optical lithography with mask aligners"), "resist spinning and exposures"),
    "laserwriter": (CR("Maskless lithography on the laser writer"), "writing masks on the dwl"),
    "ebl": (CR("Electron-beam lithography exposures"), "raith writing sessions"),
    "wetetch": (CR("Wet chemical etching and wafer cleaning"), "acid bench work"),
    "dryetch": (CR("Plasma dry etching of semiconductors"), "icp etcher recipes"),
    "metallisation": (CR("Metal evaporation and sputter deposition"), "evaporating contacts"),
    "pecvd": (CR("Plasma-enhanced CVD of dielectric films"), "nitride depositions"),
    "ald": (CR("Atomic layer deposition of oxides"), "ald runs on the picosun"),
    "anneal": (CR("Rapid thermal processing of wafers"), "rtp recipes"),
    "filmmetrology": (CR("Measuring film thickness and step heights"),
                      "profiler and ellipsometer checks"),
    "dicing": (CR("Dicing and cleaving wafers"), "scribing chips"),
    "semimage": (CR("Imaging devices in the scanning electron microscope"),
                 "sem checks on patterns"),
    "cleanroomops": (CR("Running cleanroom services and gas systems"), "cleanroom plant checks"),
    # epitaxy and devices
    "mbe": (EPI("Growing III-V layers by molecular beam epitaxy"), "mbe machine time"),
    "mocvd": (EPI("Growing compound semiconductors by MOCVD"), "mocvd growth runs"),
    "toxicgas": (EPI("Handling arsine, phosphine and other hydride gases"), "hydride gas safety"),
    "hrxrd": (EPI("Characterising epilayers by X-ray diffraction"), "xrd of epi wafers"),
    "pl": (EPI("Photoluminescence spectroscopy of semiconductor wafers"), "pl spectra of wafers"),
    "probe": (EPI("Electrical characterisation on probe stations"),
              "iv and cv on the probe station"),
    "hall": (EPI("Hall effect measurements on semiconductors"), "van der pauw samples"),
    "bonding": (EPI("Wire bonding devices into packages"), "bonding chips onto headers"),
    # high voltage and power
    "impulse": (HV("Impulse voltage testing in the high voltage hall"), "impulse shots"),
    "pdtest": (HV("Partial discharge testing of insulation"), "pd on cable samples"),
    "hvsafety": (HV("Earthing and safety procedures in the high voltage hall"),
                 "hv hall earthing"),
    "sap": (HV("Switching high voltage networks as an Authorised Person"), "hv switching duties"),
    "converters": (PWR("Designing and testing power electronic converters"),
                   "converter test benches"),
    "machines": (PWR("Testing electrical machines and drives"), "motor and generator testing"),
    "rtsim": (PWR("Real-time power system simulation"), "rtds and hil work"),
    "battery": (PWR("Cycling and characterising battery cells"), "cell cyclers"),
    "pvtest": (PWR("Characterising photovoltaic modules under a solar simulator"),
               "pv module testing"),
    # EMC and RF
    "emc": (EMC("Electromagnetic compatibility testing in the chamber"), "emc emissions runs"),
    "antenna": (RF("Measuring antennas on the far-field range"), "antenna range measurements"),
    "vna": (RF("Network analyser measurements of RF components"), "vna sweeps"),
    "rfdesign": (RF("Designing RF and microwave circuits"), "microstrip design"),
    "sdr": (RF("Building software-defined radio systems"), "sdr kits"),
    "mmwave": (RF("Millimetre-wave on-wafer measurements"), "mmwave probe station"),
    # PCB, assembly and embedded
    "pcbdesign": (PCB("Laying out printed circuit boards"), "pcb layouts in kicad"),
    "pcbproto": (PCB("Making prototype boards in house"), "milling pcbs"),
    "smt": (SMT("Assembling surface-mount boards on the line"), "smt line runs"),
    "rework": (SMT("Reworking surface-mount and BGA parts"), "bga rework station"),
    "ipc": (SMT("Soldering to IPC J-STD-001"), "hand soldering to ipc"),
    "aoi": (SMT("Inspecting boards by AOI and X-ray"), "aoi programs"),
    "embedded": (EMB("Writing firmware for microcontrollers"), "firmware for stm32 boards"),
    "fpga": (EMB("Developing FPGA designs"), "fpga dev boards"),
    "rpi": (EMB("Supporting Arduino and Raspberry Pi projects"), "arduino kits for students"),
    "labview": (EMB("Automating experiments in LabVIEW"), "labview rigs"),
    "pythonlab": (EMB("Controlling instruments from Python"), "python instrument drivers"),
    # electronics workshop
    "faultfind": (ELW("Diagnosing and repairing faulty electronics"),
                  "bench repairs of lab electronics"),
    "testequip": (ELW("Using oscilloscopes, meters and signal generators"), "scopes and meters"),
    "esd": (ELW("Keeping ESD protected areas compliant"), "esd wrist strap checks"),
    "pat": (ELW("Testing portable electrical equipment"), "pat labels"),
    "harness": (ELW("Making cable looms and harnesses"), "loom building for rigs"),
    "calib": (ELW("Calibrating electronic test equipment"), "test gear calibration"),
    "analogue": (ELW("Designing analogue amplifiers and filters"), "op amp circuits"),
    # quantum devices and low temperature
    "dilfridge": (QT("Running dilution refrigerators"), "fridge cooldowns"),
    "qubits": (QT("Measuring superconducting qubits"), "qubit experiments"),
    "cryocooler": (QT("Servicing pulse tube cryocoolers"), "cold head swaps"),
    "lowtemp": (QT("Low-temperature transport and magnetometry measurements"),
                "magnetotransport runs"),
    "magnets": (QT("Ramping and maintaining superconducting magnets"), "magnet ramps"),
    "cryostat": (QT("Operating optical and flow cryostats"), "optistat cooldowns"),
    # quantum optics, lasers and cold atoms
    "opticsalign": (QO("Building free-space optical setups"), "optics on the table"),
    "spd": (QO("Running single-photon detection experiments"), "photon counting"),
    "photonsource": (QO("Aligning quantum photon sources"), "spdc sources"),
    "fibre": (QO("Splicing and terminating optical fibres"), "fibre patch cords"),
    "ultrafast": (QO("Operating ultrafast laser systems"), "ti sapphire laser"),
    "laserlock": (QO("Locking lasers to cavities and atomic lines"), "laser lock electronics"),
    "coldatoms": (ATM("Laser cooling and trapping of neutral atoms"), "mot chambers"),
    "uhv": (ATM("Assembling and baking ultra-high vacuum systems"), "uhv chambers"),
    "vacpumps": (ATM("Servicing vacuum pumps"), "turbo pump rebuilds"),
    "leak": (ATM("Finding leaks with a helium leak detector"), "leak hunting on the uhv"),
    # cryogenics
    "liquefier": (CRY("Operating the helium liquefaction plant"), "liquefier runs"),
    "recovery": (CRY("Maintaining the helium recovery system"), "recovery gas bags"),
    "lhe": (CRY("Transferring liquid helium"), "helium fills for the fridges"),
    "ln2": (CRY("Dispensing liquid nitrogen safely"), "ln2 dewars"),
    "cryosafety": (CRY("Cryogen safety and oxygen depletion monitoring"), "o2 alarm checks"),
    # robotics and autonomous systems
    "robotarm": (ROB("Programming industrial robot arms"), "kuka arms"),
    "cobot": (ROB("Deploying collaborative robots"), "franka arms"),
    "ros": (ROB("Developing robot software in ROS 2"), "ros packages"),
    "mobilerobots": (ROB("Maintaining mobile robot platforms"), "husky robots"),
    "robotsafety": (ROB("Safeguarding robot cells"), "robot cell guarding"),
    "vision": (ROB("Machine vision for robots"), "opencv for the arms"),
    "dronepilot": (UAS("Piloting multirotor drones"), "flying the dji drones"),
    "dronebuild": (UAS("Building and tuning research drones"), "drone builds"),
    "lipo": (UAS("Lithium battery charging and storage safety"), "lipo safe charging"),
    "droneops": (UAS("Drone operations planning and CAA compliance"),
                 "flight logs and ops manual"),
    "mocap": (MCP("Running the optical motion capture system"), "mocap shoots"),
    "forceplate": (MCP("Force plate and gait measurements"), "force plate data"),
    "avsafety": (CAV("Safety driving autonomous research vehicles"), "safety driving the pod"),
    "avsensors": (CAV("Fitting and calibrating vehicle perception sensors"),
                  "sensor rigs on the cars"),
    "gnss": (CAV("RTK GNSS positioning"), "rtk base station setups"),
    # astronomy and outreach
    "telescope": (AST("Operating and maintaining the observatory telescopes"),
                  "dome shutter wrangling"),
    "astroimaging": (AST("Astronomical CCD imaging and data reduction"), "ccd reductions"),
    "planetarium": (AST("Running planetarium shows"), "planetarium presenting"),
    "radioastro": (AST("Operating the radio telescope"), "radio dish observing"),
    "outreach": (AST("Delivering schools and public outreach"), "outreach events"),
    # teaching laboratories
    "labprep": (TLB("Preparing physics teaching laboratory practicals"), "teaching lab setups"),
    "demonstrating": (TLB("Demonstrating to undergraduates"), "demonstrator duties"),
    "lecturedemo": (TLB("Setting up lecture demonstrations"), "demo lectures"),
    "marking": (TLB("Marking practical reports"), "marking lab write ups"),
    # mechanical workshop and glass
    "cncmill": (WKS("CNC milling of research components"), "cnc mill jobs"),
    "turning": (WKS("Turning parts on centre lathes"), "lathe jobs for the physicists"),
    "welding": (WKS("TIG welding of vacuum components"), "tig welds on stainless"),
    "cad": (WKS("3D CAD design of experimental apparatus"), "cad for rigs"),
    "print3d": (WKS("3D printing prototype parts"), "fdm printers"),
    "sheetmetal": (WKS("Fabricating sheet metal chassis"), "folding boxes"),
    "instrmaking": (WKS("Designing and building experimental apparatus"), "bespoke rigs"),
    "glass": (GLS("Scientific glassblowing and glass repairs"), "mending broken glassware"),
    "glassseal": (GLS("Making glass-to-metal and quartz seals"), "kovar seals"),
    # stores
    "stores": (STR("Running the electronics stores"), "component counter"),
    "purchasing": (STR("Ordering components and equipment"), "rs and farnell ordering"),
    "assets": (STR("Keeping the equipment asset register"), "asset register updates"),
    # radiation, lasers and general safety
    "rps": (RAD("Supervising radiation protection"), "rps for the teaching sources"),
    "sources": (RAD("Managing sealed radioactive sources"), "source store checks"),
    "lasersafety": (LAS("Laser safety supervision"), "laser lab audits"),
    "risk": (GEN("Assessing experimental risks"), "risk assessments for rigs"),
    "coshh": (GEN("Assessing chemical hazards under COSHH"), "coshh for the cleanroom"),
    "firstaid": (GEN("Providing first aid"), "first aid for the labs"),
    "fire": (GEN("Acting as a fire warden"), "fire marshal duties"),
    "pressure": (GEN("Pressure system inspections"), "pressure vessel checks"),
    "gascyl": (GEN("Handling compressed gas cylinders"), "swapping gas bottles on the regulators"),
    "height": (GEN("Working safely at height"), "harness work in the dome"),
    "hvpermit": (GEN("Issuing permits to work"), "permits for hv tests"),
    # management
    "linemgmt": (MGT("Line management of technicians"), "managing the technician team"),
    "training": (MGT("Training and inducting equipment users"), "tool inductions for new users"),
    "booking": (MGT("Managing equipment bookings"), "booking calendar admin"),
    "recharge": (MGT("Charging users for facility time"), "recharge invoices"),
    "mentoring": (MGT("Mentoring apprentices and trainees"), "apprentice supervision"),
    "projects": (MGT("Managing equipment installation projects"), "kit installs"),
}

SEMI = "Semiconductor Devices Centre"
EEE = "School of Electronic and Electrical Engineering"
QUANTUM = "Centre for Quantum Technologies"
RAS = "Institute for Robotics and Autonomous Systems"
PHYSICS = "School of Physics and Astronomy"
TECH = "Faculty Technical Services"
SAFETY = "Faculty Safety Office"

GROUPS = (
    Group("cleanroom", 10, (SEMI,), ("Cleanroom Technician", "Process Engineer (Technical)",
                                     "Cleanroom Facility Technician"),
          ("cleanroom", "litho", "wetetch", "dryetch", "metallisation", "pecvd", "ald", "anneal",
           "filmmetrology", "laserwriter", "dicing", "cleanroomops"),
          "Keeps the cleanroom's lithography, etch and deposition tools running."),
    Group("ebl", 3, (SEMI,), ("Electron Beam Lithography Engineer", "Nanofabrication Technician"),
          ("ebl", "semimage", "cleanroom", "litho", "dryetch"),
          "Runs the electron beam writer and trains its users."),
    Group("epitaxy", 4, (SEMI,), ("Epitaxy Technician", "Crystal Growth Engineer (Technical)"),
          ("mbe", "mocvd", "toxicgas", "hrxrd", "pl", "uhv", "ln2"),
          "Grows III-V wafers on the MBE and MOCVD systems."),
    Group("devices", 4, (SEMI, EEE), ("Device Characterisation Technician",
                                      "Test Engineer (Technical)"),
          ("probe", "hall", "bonding", "dicing", "semimage", "labview"),
          "Measures and packages devices from the cleanroom."),
    Group("highvoltage", 4, (EEE,), ("High Voltage Laboratory Technician",
                                     "HV Test Engineer (Technical)"),
          ("impulse", "pdtest", "hvsafety", "sap", "hvpermit", "calib"),
          "Runs tests in the high voltage hall."),
    Group("power", 6, (EEE,), ("Power Electronics Technician", "Drives Laboratory Technician"),
          ("converters", "machines", "rtsim", "battery", "pvtest", "testequip"),
          "Builds and tests converters, machines and batteries."),
    Group("emc", 3, (EEE,), ("EMC Test Engineer (Technical)", "EMC Chamber Technician"),
          ("emc", "vna", "antenna", "calib"), "Runs the EMC chamber for research and industry."),
    Group("rf", 5, (EEE,), ("RF Technician", "Microwave Laboratory Engineer (Technical)",
                            "Antenna Range Technician"),
          ("antenna", "vna", "rfdesign", "sdr", "mmwave", "emc"),
          "Looks after the RF laboratory and the antenna range."),
    Group("pcb", 5, (EEE, TECH), ("PCB Prototyping Technician", "Electronics Assembly Technician"),
          ("pcbdesign", "pcbproto", "smt", "rework", "ipc", "aoi", "esd"),
          "Makes and assembles prototype circuit boards."),
    Group("embedded", 5, (EEE,), ("Embedded Systems Technician",
                                  "Teaching Laboratory Technician (Electronics)"),
          ("embedded", "fpga", "rpi", "labview", "pythonlab", "analogue", "testequip"),
          "Supports students' and researchers' embedded projects."),
    Group("electronics", 8, (TECH,), ("Electronics Workshop Technician",
                                      "Senior Electronics Technician",
                                      "Instrumentation Technician"),
          ("faultfind", "testequip", "harness", "ipc", "esd", "pat", "calib", "analogue"),
          "Designs, builds and repairs electronics for the faculty."),
    Group("quantum", 6, (QUANTUM,), ("Quantum Technologies Technician",
                                     "Cryogenic Measurement Technician",
                                     "Experimental Officer (Quantum)"),
          ("dilfridge", "qubits", "cryocooler", "lowtemp", "magnets", "lhe", "bonding",
           "cryostat"),
          "Keeps the dilution refrigerators and magnets running."),
    Group("qoptics", 5, (QUANTUM,), ("Quantum Optics Technician", "Photonics Technician",
                                     "Laser Laboratory Technician"),
          ("opticsalign", "spd", "photonsource", "fibre", "ultrafast", "laserlock", "lasersafety"),
          "Builds optical experiments and looks after the lasers."),
    Group("coldatoms", 4, (QUANTUM, PHYSICS), ("Cold Atom Laboratory Technician",
                                               "Vacuum and Laser Technician"),
          ("coldatoms", "laserlock", "uhv", "opticsalign", "vacpumps", "leak"),
          "Supports the cold atom experiments and their vacuum systems."),
    Group("cryogenics", 3, (TECH, PHYSICS), ("Cryogenics Technician", "Helium Plant Operator"),
          ("liquefier", "recovery", "lhe", "ln2", "cryosafety", "cryostat"),
          "Runs the helium plant and the cryogen supply."),
    Group("robotics", 7, (RAS,), ("Robotics Technician", "Robot Laboratory Engineer (Technical)",
                                  "Robotics Arena Technician"),
          ("robotarm", "cobot", "ros", "mobilerobots", "robotsafety", "vision", "print3d"),
          "Keeps the robots, the arena and the manipulation lab running."),
    Group("drones", 3, (RAS,), ("Drone Pilot and Technician", "UAS Flight Operations Technician"),
          ("dronepilot", "dronebuild", "lipo", "droneops", "mocap"),
          "Flies, builds and maintains the institute's drones."),
    Group("mocap", 2, (RAS,), ("Motion Capture Technician", "Studio Technician (Motion Capture)"),
          ("mocap", "forceplate", "vision"), "Runs the motion capture studio."),
    Group("autonomous", 3, (RAS,), ("Autonomous Vehicles Technician",
                                    "Safety Driver (Research Vehicles)"),
          ("avsafety", "avsensors", "gnss", "ros", "lipo"),
          "Keeps the research vehicles and the test track running."),
    Group("astronomy", 4, (PHYSICS,), ("Observatory Technician", "Planetarium Technician",
                                       "Astronomy Outreach Officer (Technical)"),
          ("telescope", "astroimaging", "planetarium", "radioastro", "outreach", "height"),
          "Runs the observatory, the planetarium and the radio telescope."),
    Group("teaching", 8, (PHYSICS, EEE), ("Physics Teaching Laboratory Technician",
                                          "Teaching Technician",
                                          "Laboratory Demonstrator (Technical)"),
          ("labprep", "demonstrating", "lecturedemo", "marking", "sources", "testequip"),
          "Prepares the undergraduate practicals and lecture demonstrations."),
    Group("workshop", 8, (TECH,), ("Mechanical Workshop Technician", "Instrument Maker",
                                   "CNC Machinist"),
          ("cncmill", "turning", "welding", "cad", "sheetmetal", "instrmaking", "print3d", "leak"),
          "Makes parts and apparatus for the faculty's research groups."),
    Group("glass", 1, (TECH,), ("Scientific Glassblower",), ("glass", "glassseal", "uhv"),
          "Makes and repairs glass apparatus.", cap=3, overflow="workshop"),
    Group("stores", 3, (TECH,), ("Electronics Stores Technician",
                                 "Stores and Purchasing Officer (Technical)"),
          ("stores", "purchasing", "assets", "gascyl"), "Runs the electronics stores."),
    Group("safety", 2, (SAFETY,), ("Radiation Protection Supervisor (Technical)",
                                   "Laser Safety Supervisor", "Faculty Safety Technician"),
          ("rps", "sources", "lasersafety", "risk", "coshh", "pressure", "gascyl", "firstaid"),
          "Advises on radiation, laser and general safety."),
    Group("management", 4, (SEMI, EEE, QUANTUM, RAS, PHYSICS, TECH),
          ("Technical Manager", "Facility Manager", "Senior Technical Lead"),
          ("linemgmt", "training", "booking", "recharge", "mentoring", "projects", "risk"),
          "Manages a centre's technicians, facilities and budgets."),
)
SHARED = ("risk", "firstaid", "fire", "training", "coshh", "booking", "mentoring", "gascyl",
          "pat")

FACILITIES = (
    FacilitySpec("RKP-CR", "Kestrel Park Semiconductor Cleanroom", "cleanroom", SEMI,
                 "ISO 5 and ISO 6 bays for lithography and wet processing; the cleanroom.",
                 ("cleanroom", "litho", "wetetch")),
    FacilitySpec("RKP-ETCH", "Etch and Deposition Bay", "cleanroom", SEMI,
                 "ICP etchers, evaporators, sputterers, PECVD and ALD.",
                 ("dryetch", "metallisation", "pecvd")),
    FacilitySpec("RKP-EBL", "Electron Beam Lithography Suite", "instrument", SEMI,
                 "A 100 kV electron beam writer and an inspection SEM; the e-beam suite.",
                 ("ebl", "semimage")),
    FacilitySpec("RKP-EPI", "III-V Epitaxy Laboratory", "laboratory", SEMI,
                 "Two MBE systems and an MOCVD reactor; the MBE lab.",
                 ("mbe", "mocvd", "toxicgas")),
    FacilitySpec("RKP-CHAR", "Device Characterisation Laboratory", "laboratory", SEMI,
                 "Probe stations, parameter analysers, Hall and photoluminescence systems.",
                 ("probe", "hall", "pl")),
    FacilitySpec("RKP-PKG", "Device Packaging Room", "laboratory", SEMI,
                 "Dicing saw, wire bonders and die attach.", ("bonding", "dicing")),
    FacilitySpec("RKP-HV", "Ravensholt High Voltage Laboratory", "laboratory", EEE,
                 "A screened hall with an impulse generator and partial discharge kit; the HV "
                 "hall.",
                 ("impulse", "pdtest", "hvsafety")),
    FacilitySpec("RKP-PWR", "Power Electronics and Drives Laboratory", "laboratory", EEE,
                 "Converter benches, machine test beds and a real-time simulator.",
                 ("converters", "machines", "rtsim")),
    FacilitySpec("RKP-BATT", "Battery and Photovoltaics Test Laboratory", "laboratory", EEE,
                 "Cell cyclers, thermal chambers and a solar simulator.", ("battery", "pvtest")),
    FacilitySpec("RKP-EMC", "EMC Anechoic Chamber", "instrument", EEE,
                 "A 10 m semi-anechoic chamber for emissions and immunity; the EMC chamber.",
                 ("emc",)),
    FacilitySpec("RKP-ANT", "Antenna Measurement Range", "instrument", EEE,
                 "A far-field and compact antenna range; the antenna range.", ("antenna",)),
    FacilitySpec("RKP-RF", "RF and Microwave Laboratory", "laboratory", EEE,
                 "Network analysers, spectrum analysers and a millimetre-wave probe station.",
                 ("vna", "rfdesign", "mmwave")),
    FacilitySpec("RKP-PCB", "PCB Prototyping Workshop", "workshop", EEE,
                 "Board milling, plating and a laminating press.", ("pcbproto", "pcbdesign")),
    FacilitySpec("RKP-SMT", "Surface-Mount Assembly Line", "workshop", EEE,
                 "Stencil printer, pick-and-place, reflow oven, AOI and X-ray; the SMT line.",
                 ("smt", "aoi", "rework")),
    FacilitySpec("RKP-EMB", "Embedded Systems Laboratory", "laboratory", EEE,
                 "Development boards, debuggers and logic analysers for projects.",
                 ("embedded", "fpga", "rpi")),
    FacilitySpec("RKP-EEL", "Electronics Teaching Laboratory", "teaching", EEE,
                 "Oscilloscopes, signal generators and breadboards for undergraduate labs.",
                 ("testequip", "analogue")),
    FacilitySpec("RKP-ELW", "Kestrel Park Electronics Workshop", "workshop", TECH,
                 "Repair, build and test of research electronics; the electronics workshop.",
                 ("faultfind", "harness", "calib")),
    FacilitySpec("RKP-STORE", "Kestrel Park Electronics Stores", "service", TECH,
                 "Components, cables, tools and consumables; the stores.",
                 ("stores", "purchasing")),
    FacilitySpec("RKP-DR", "Millikelvin Laboratory", "laboratory", QUANTUM,
                 "Cryogen-free dilution refrigerators for quantum devices; the fridge lab.",
                 ("dilfridge", "qubits", "cryocooler")),
    FacilitySpec("RKP-MAG", "High Field Magnet Laboratory", "laboratory", QUANTUM,
                 "Superconducting magnets and variable temperature inserts.",
                 ("magnets", "lowtemp")),
    FacilitySpec("RKP-QO", "Quantum Optics Laboratory", "laboratory", QUANTUM,
                 "Optical tables, photon sources and superconducting detectors.",
                 ("spd", "photonsource", "opticsalign")),
    FacilitySpec("RKP-ULF", "Femtosecond Laser Laboratory", "laboratory", QUANTUM,
                 "Femtosecond amplifiers and optical parametric amplifiers.", ("ultrafast",)),
    FacilitySpec("RKP-ATOM", "Cold Atom Laboratory", "laboratory", QUANTUM,
                 "Laser cooling experiments on ultra-high vacuum chambers.",
                 ("coldatoms", "laserlock", "uhv")),
    FacilitySpec("RKP-HE", "Helium Recovery and Liquefaction Plant", "service", TECH,
                 "Recovery compressors, gas bags and a liquefier; the helium plant.",
                 ("liquefier", "recovery", "lhe")),
    FacilitySpec("RKP-LN2", "Cryogen Dispensing Point", "service", TECH,
                 "The bulk nitrogen tank and dewar filling station.", ("ln2", "cryosafety")),
    FacilitySpec("RKP-ARENA", "Kestrel Park Robotics Arena", "laboratory", RAS,
                 "A large open floor for mobile robots; the arena.",
                 ("mobilerobots", "ros", "robotsafety")),
    FacilitySpec("RKP-MANIP", "Robot Manipulation Laboratory", "laboratory", RAS,
                 "Industrial and collaborative arms in guarded cells.",
                 ("robotarm", "cobot", "vision")),
    FacilitySpec("RKP-CAGE", "Drone Flight Cage", "laboratory", RAS,
                 "A netted indoor flying space; the flight cage.",
                 ("dronepilot", "dronebuild", "droneops")),
    FacilitySpec("RKP-MOCAP", "Motion Capture Studio", "studio", RAS,
                 "Optical motion capture cameras and force plates; the mocap studio.",
                 ("mocap", "forceplate")),
    FacilitySpec("RKP-TRACK", "Autonomous Vehicles Test Track", "laboratory", RAS,
                 "A closed loop road for research vehicles; the test track.",
                 ("avsafety", "avsensors", "gnss")),
    FacilitySpec("RKP-OBS", "Ravensholt Observatory", "instrument", PHYSICS,
                 "Optical telescopes under two domes.", ("telescope", "astroimaging")),
    FacilitySpec("RKP-PLAN", "Kestrel Park Planetarium", "instrument", PHYSICS,
                 "A digital dome for schools and public shows.", ("planetarium", "outreach")),
    FacilitySpec("RKP-RT", "Harrowfell Radio Telescope", "instrument", PHYSICS,
                 "A 12 m radio dish on the hill above the campus; the radio dish.",
                 ("radioastro",)),
    FacilitySpec("RKP-PTL", "Physics Teaching Laboratories", "teaching", PHYSICS,
                 "First and second year physics practicals.",
                 ("labprep", "demonstrating", "sources")),
    FacilitySpec("RKP-DEMO", "Lecture Demonstration Store", "teaching", PHYSICS,
                 "Apparatus for the physics lecture demonstrations.", ("lecturedemo",)),
    FacilitySpec("RKP-MECH", "Kestrel Park Mechanical Workshop", "workshop", TECH,
                 "CNC and conventional machining and welding; the mechanical workshop.",
                 ("cncmill", "turning", "welding")),
    FacilitySpec("RKP-GLASS", "Ravensholt Glassblowing Workshop", "workshop", TECH,
                 "Glass lathes and annealing ovens for research glassware.",
                 ("glass", "glassseal")),
    FacilitySpec("RKP-PROTO", "Rapid Prototyping Laboratory", "workshop", TECH,
                 "3D printers, a laser cutter and CAD stations.", ("print3d", "cad")),
    FacilitySpec("RKP-RPO", "Radiation Protection Office", "service", SAFETY,
                 "Sealed source store, monitors and the faculty's radiation records.",
                 ("rps", "sources")),
    FacilitySpec("RKP-LSO", "Laser Safety Office", "service", SAFETY,
                 "Laser registrations, interlock checks and eyewear.", ("lasersafety",)),
)

GIVEN = """Ingeborg-Liv Solveig-Maren Eydís Hallgerður Rögnvaldur Sigrún-Ósk Brynhildur Kolbeinn
Þórunn Jóhanna-Lind Gunnvør Rannvá Bárður Tróndur Eyðun Heðin Sunnvá Turið Jógvan Tiiu-Maarja
Kaarel Ülle Mihkel-Jaan Triinu Rasmus-Peeter Nino-Tamar Levan Giorgi-Davit Tamuna Zurab Ketevan
Anahit-Lilit Tigran-Aram Siranush Vardan Hasmik Batbayar Oyunchimeg Enkhjargal Temuulen
Wiremu-Hone Aroha-Mere Rawiri Hinemoa Tamati Ngaire Sione-Tevita Mele-Ana Losana Tavita
Iker-Mikel Amaia-Nerea Unai-Jon Maitane Yannig Morwenna-Jane Demelza-Rose Illiam Breeshey Maricel
Rodelio Jhun-Rey Lovely-Joy Marites Dindo Thảo-Vy Quốc-Bảo Ngọc-Hân Sushila-Devi Bikash
Pemba-Dorje Ang-Dawa Chaminda Dilrukshi Nuwan-Chathura Hodan-Ayaan Abdiweli Sahra-Hibo Dilan-Roj
Rojda Shirwan Zsófia-Réka Botond Ildikó-Anna Kateřina-Eva Přemysl Urška Jernej Nejc Dubravka
Zvonimir Thaís-Helena Caetano Joaquim-Pedro Iracema Marthinus Elanza Riaan-Pieter Eluned-Haf
Cynfelyn Gwenllian-Mai Seonaidh Peigi-Anna Fionnghuala Blathnaid-Rose Toirdhealbhach""".split()
FAMILY = """Gaskarth Troughear Trevethan Penhaligon-Roe Polkinghorne Chegwidden Pascoe-Hicks
Vivian-Kitto Kermode Corlett Cregeen Quilliam Kinvig Faragher Isbister Flett Rendall Halcrow
Jamieson-Leask Joensen Poulsen-Dam Tamm-Saar Kask Mägi Rebane Beridze Kvaratskhelia Tsiklauri
Hovhannisyan Sargsyan-Arakelyan Ganbold Tserendorj Ngata Tipene Goikoetxea Urrutia-Olano
Szabó-Kiss Fehérvári Tóth-Bárány Dvořáková Novotný-Král Dimaculangan Macaraeg Bautista-Reyes
Hoàng-Lê Sherpa-Lama Gurung-Thapa Jayawardena Wickramasinghe Gunasekara Hirsi-Farah Barzani-Karim
Albuquerque-Dantas Oosthuizen Steenkamp-Botha Pugh-Parry Urquhart-Fyfe Drysdale Threlkeld
Birkett-Wilson Hodgson-Tyson Satterthwaite Postlethwaite-Bell Gilpin-Hird Tweddle Armstrong-Elliot
Routledge-Nixon Charlton-Milburn Dodd-Robson Fenwick-Ridley Swinburne-Hall Ogle-Thompson
Cuthbertson Brannigan-Hood Kirkup-Dinning Shotton-Wardle Liddell-Common Robley-Tate Stobbart
Tindale-Vasey Coulthard-Pringle Bulman-Storey Elsdon-Reay Bainbridge-Close Wardhaugh
Hindmarsh-Lisle""".split()
FAMILY += ["Te Whaiti", "Ap Gwilym", "Du Preez-Marais", "de Souza-Pinto"]

KESTREL_PARK = Site("Ravensholt University, Faculty of Engineering and Physical Sciences", "RKP",
                    "ravensholt.ac.uk", CONCEPTS, GROUPS, SHARED, FACILITIES, GIVEN, FAMILY)
