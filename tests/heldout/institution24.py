"""Thornbury University's Institute for Energy and the Environment at Saltmarsh Point: a
twenty-second fictitious institution, for ``heldout24``.

Thornbury University is a fictitious English research university; its Institute for Energy and
the Environment sits on the Saltmarsh Point site on the coast, a research institute of its own
with its divisions, test halls, field stations and a site HV network. Its technicians are
laboratory, plant, field and workshop staff: battery materials and cell assembly in a dry room,
battery cycling and abuse testing in a bunker, hydrogen, electrolysers and fuel cells, perovskite
and thin-film solar cells and a rooftop PV test field, a wind tunnel, a research wind turbine and
its met mast, a coastal wave tank and a tidal flume, a blade test hall, radiochemistry, a
low-level counting room and an actinide glovebox suite for decommissioning research, an amine
carbon capture pilot plant, a heat pump laboratory and a building-physics test house, a smart
grid and microgrid laboratory, a real-time power systems simulator and a power electronics
laboratory, the site's HV network and substation, an air quality station and a flux tower on the
marsh, a hydrometry field unit and the estuary boat store, an environmental chemistry laboratory,
an energy-systems data centre and modelling suite, the engineering workshop and prototyping lab,
stores, a gas and cryogen compound, pressure systems, and the institute's safety office.

Neither a whole university, a research campus, a national laboratory, a land-based university,
a medical school, an arts university, a veterinary, marine and earth-and-space campus, a human
sciences campus, a chemistry, pharmacy and process faculty, a dental school, a library, museums
and research computing division, a dual-sector technical faculty, an engineering and physical
sciences faculty nor a conservatoire, but a university's energy and environment research
institute on its own coastal site (1,200 battery, hydrogen and solar laboratory technicians,
wind, wave and blade test engineers, radiochemists and counting-room staff, pilot plant
operators, building-physics and heat pump technicians, power systems and power electronics
engineers, authorised persons for the HV network, air quality, flux and hydrometry field
technicians and boat handlers, analytical chemists, data centre and modelling staff, workshop
engineers, stores, gas and pressure systems staff, safety advisers and managers in the
directory), unlike the institutions before it (Northgate, Tarnside, Calderbridge, Inverallan,
Harbourne, Caerwern, Ashcombe, Hollinsmoor, Fenmere, Carrow Down, Brackenfold, St Wilfrid's,
Kingsholm, Kilbrannan's Ardcraig, Drumcarrig's Mullaghbeg, Wealdmoor, Hallowfield's Saltergate,
Wenlowe's Coldharbour, Marlbridge's Furnace Lane, Ravensholt's Kestrel Park, Corrisdale's
Vennell).

Its HR system knows a person's skills from the site's permit-to-work system, where a person may
only do work on a system they are appointed to: the authorised-person register lists every
appointment, and the export writes a person's skills as their appointments:
"<skill> | AP-<system>-<level> | appointed by <role> | <review>". The register code is the
system the appointment belongs to (BAT battery materials and the dry room, CYC cycling and abuse
testing, HYD hydrogen and fuel cells, PVL solar, WND wind, FLM the wave tank and flume, NUC
radiochemistry and nuclear, CCS the carbon capture plant, THM heat pumps and the test house, PWR
power systems, HVE the HV network, ELE electrical installations, AIR air quality and the flux
tower, RIV hydrometry and the estuary, CHM environmental chemistry, DAT the data centre, WKS
workshops, STR stores, GAS gases and cryogens, PRS pressure systems, ATX DSEAR and ATEX, RAD
radiation, SAF general safety, MGT management) and the appointment's level (1 competent person,
2 authorised person, 3 senior authorised person); then the role that appointed them (each
system its own two, e.g. "Dry Room Manager" or "Battery Lab Lead" for BAT, "Senior Authorised
Person (HV)" or "Electrical Duty Holder" for HVE); last the appointment's review: "review
MM/YYYY" (2025 to 2029), "review overdue MM/YYYY" (2022 to 2024) or "no review set". The skill
comes first; all of the fields follow from the text, so the generator stays deterministic, and
they can sit oddly beside a person's level (the bundle's level column), as such registers do:
"Running electrolyser stacks | AP-HYD-1 | appointed by DSEAR Lead | review 04/2027". Beside
those, rows the staff typed into the skills survey are their own: lower-case, lab slang and kit
names ("rde catalyst screening", "picarro runs"). Some are written as no technician taxonomy is
likely to write them (tide planning, landowner visits). Facilities have names, aliases (in the
name or the description) and role holders. Concept keys are the evaluation's own, not the
taxonomy's ids (written after the names were labelled, so by someone who had read
``taxonomies/skills.csv``, never the matcher or the engine). Generated by the same deterministic
generator as Northgate (``institution.generate``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tests.heldout.institution import FacilitySpec, Group, Site

__all__ = ["LEVELS", "PEOPLE", "REGISTER", "ROLES", "SALTMARSH", "SEED", "SYSTEM_ROLES", "SYSTEMS"]

PEOPLE, SEED = 1200, 24641     # tests.heldout.institution.generate(PEOPLE, SEED, SALTMARSH)
# each register code's system and the two roles that may appoint to it
SYSTEM_ROLES: dict[str, tuple[str, str]] = {
    "BAT": ("Dry Room Manager", "Battery Lab Lead"),
    "CYC": ("Battery Lab Lead", "Test Bunker Responsible Person"),
    "HYD": ("Hydrogen Responsible Person", "DSEAR Lead"),
    "PVL": ("PV Lab Lead", "Cleanroom Manager"),
    "WND": ("Wind Lab Lead", "Field Safety Officer"),
    "FLM": ("Hydraulics Lab Manager", "Wind Lab Lead"),
    "NUC": ("Radiation Protection Adviser", "Radioactive Waste Adviser"),
    "CCS": ("Pilot Plant Manager", "Process Safety Lead"),
    "THM": ("Test House Manager", "F-Gas Responsible Person"),
    "PWR": ("Power Lab Lead", "Senior Authorised Person (LV)"),
    "HVE": ("Senior Authorised Person (HV)", "Electrical Duty Holder"),
    "ELE": ("Senior Authorised Person (LV)", "Electrical Duty Holder"),
    "AIR": ("Monitoring Network Manager", "Field Safety Officer"),
    "RIV": ("Hydrometry Lead", "Field Safety Officer"),
    "CHM": ("Analytical Lab Manager", "COSHH Assessor"),
    "DAT": ("Data Centre Manager", "Information Security Officer"),
    "WKS": ("Workshop Manager", "Head of Technical Services"),
    "STR": ("Stores Manager", "Dangerous Goods Safety Adviser"),
    "GAS": ("Gas Safety Coordinator", "Head of Technical Services"),
    "PRS": ("Pressure Systems Competent Person", "Duty Holder"),
    "ATX": ("DSEAR Lead", "Duty Holder"),
    "RAD": ("Radiation Protection Adviser", "Radiation Protection Supervisor"),
    "SAF": ("Institute Safety Manager", "Director of Operations"),
    "MGT": ("Director of Operations", "Institute Director"),
}
SYSTEMS = tuple(SYSTEM_ROLES)
LEVELS = ("1", "2", "3")
ROLES = tuple(dict.fromkeys(r for roles in SYSTEM_ROLES.values() for r in roles))
# an appointment as the authorised-person register exports it: the skill, the register code
# (system and level), the role that appointed them and the review ("review", "review overdue"
# and a month, or "no review set")
REGISTER = re.compile(r"^(\S.*\S) \| AP-(" + "|".join(SYSTEMS) + r")-([123]) \| appointed by ("
                      + "|".join(re.escape(r) for r in ROLES) + r") \| (no review set|review "
                      r"overdue (\d{2})/(\d{4})|review (\d{2})/(\d{4}))$")


def _ap(system: str) -> Callable[[str], str]:
    """The register's writer for one system: the level, the appointing role and the review, all
    following from the text (most reviews due, some overdue, some never set)."""
    roles = SYSTEM_ROLES[system]

    def line(text: str) -> str:
        n, s = len(text), sum(map(ord, text))
        level = 1 + (s // 3 + n) % 3
        role = roles[(s // 7 + n) % 2]
        kind, month = (s // 5 + n) % 8, 1 + (s // 13 + n) % 12
        if kind < 5:
            review = f"review {month:02d}/{2025 + (s // 17) % 5}"
        elif kind < 7:
            review = f"review overdue {month:02d}/{2022 + (s // 17) % 3}"
        else:
            review = "no review set"
        return f"{text} | AP-{system}-{level} | appointed by {role} | {review}"
    return line


(BAT, CYC, HYD, PVL, WND, FLM, NUC, CCS, THM, PWR, HVE, ELE, AIR, RIV, CHM, DAT, WKS, STR, GAS,
 PRS, ATX, RAD, SAF, MGT) = (_ap(s) for s in SYSTEMS)

# concept key -> HR spellings (the first is the authorised-person register's appointment; the
# other is a row the staff typed into the skills survey)
CONCEPTS: dict[str, tuple[str, ...]] = {
    # battery materials and the dry room
    "electrodes": (BAT("Mixing and coating battery electrode slurries"), "slurry and coater work"),
    "cellbuild": (BAT("Assembling coin and pouch cells"), "building cells in the glovebox"),
    "dryroom": (BAT("Working in the battery dry room"), "dry room shifts"),
    "cathodes": (BAT("Synthesising battery cathode materials"), "making cathode powders"),
    "glovebox": (BAT("Maintaining inert atmosphere gloveboxes"), "looking after the gloveboxes"),
    "electrolytes": (BAT("Formulating battery electrolytes"), "electrolyte mixing"),
    # cycling and abuse testing
    "cycling": (CYC("Cycling battery cells on multichannel cyclers"), "setting up cycler channels"),
    "eis": (CYC("Impedance spectroscopy of battery cells"), "impedance on the potentiostat"),
    "abuse": (CYC("Abuse testing batteries in the test bunker"), "bunker tests on cells"),
    "arc": (CYC("Accelerating rate calorimetry of battery cells"), "arc calorimeter runs"),
    "packs": (CYC("Building battery modules and packs"), "module and pack builds"),
    "teardown": (CYC("Cell teardown and post-mortem analysis"), "opening up dead cells"),
    # hydrogen and fuel cells
    "electrolyser": (HYD("Running electrolyser stacks"), "electrolyser test runs"),
    "fuelcell": (HYD("Testing PEM fuel cells on test stations"), "fuel cell station runs"),
    "mea": (HYD("Making membrane electrode assemblies"), "mea spraying and pressing"),
    "h2safety": (HYD("Hydrogen leak testing and purging"), "h2 leak checks"),
    "soc": (HYD("Testing solid oxide cells at high temperature"), "sofc and soec rigs"),
    "catalysts": (HYD("Electrocatalyst testing on rotating disk electrodes"),
                  "rde catalyst screening"),
    # solar
    "perovskite": (PVL("Fabricating perovskite solar cells"), "perovskite devices in the box"),
    "evaporation": (PVL("Evaporating metal electrodes onto devices"), "thermal evaporator runs"),
    "jv": (PVL("Measuring solar cell efficiency under a solar simulator"), "jv sweeps"),
    "pvoutdoor": (PVL("Monitoring outdoor PV arrays"), "roof pv logging"),
    "pvmodules": (PVL("Testing PV modules in climate chambers"), "module damp heat runs"),
    "ellipsometry": (PVL("Spectroscopic ellipsometry of thin films"), "ellipsometer fits"),
    # wind
    "windtunnel": (WND("Running the boundary layer wind tunnel"), "tunnel runs for blades"),
    "turbineclimb": (WND("Climbing wind turbines with GWO training"),
                     "climbing the research turbine"),
    "scada": (WND("Turbine condition monitoring from SCADA"), "turbine scada checks"),
    "metmast": (WND("Maintaining met masts and anemometers"), "met mast servicing"),
    "lidar": (WND("Deploying wind lidars"), "lidar set ups on site"),
    "bladetest": (WND("Fatigue testing turbine blades"), "blade test rig runs"),
    # wave tank and flume
    "wavetank": (FLM("Operating the coastal wave tank"), "wave tank runs"),
    "flume": (FLM("Running the tidal flume"), "flume set ups"),
    "adv": (FLM("Acoustic Doppler velocity measurement in flumes"), "adv probe work"),
    "piv": (FLM("PIV measurements in the flume"), "piv laser set ups"),
    "models": (FLM("Building scale models for tank testing"), "tank model making"),
    # radiochemistry and decommissioning
    "unsealed": (NUC("Working with unsealed radionuclides"), "open source radiochem"),
    "gammaspec": (NUC("Gamma spectrometry of environmental samples"), "hpge counting"),
    "alphaspec": (NUC("Alpha spectrometry of actinides"), "alpha counting"),
    "lsc": (NUC("Counting samples by liquid scintillation"), "lsc runs"),
    "radwaste": (NUC("Managing radioactive waste disposal records"), "rad waste logs"),
    "actinides": (NUC("Actinide chemistry in gloveboxes"), "uranium glovebox work"),
    "decom": (NUC("Nuclear decommissioning research"), "decommissioning simulant work"),
    # carbon capture pilot plant
    "ccsplant": (CCS("Operating the carbon capture pilot plant"), "capture plant shifts"),
    "solvents": (CCS("Sampling and titrating capture solvents"), "amine loading titrations"),
    "dcs": (CCS("Running the plant distributed control system"), "dcs screens for the plant"),
    "flue": (CCS("Calibrating flue gas analysers"), "flue gas analyser checks"),
    "hazop": (CCS("Taking part in HAZOP studies"), "hazop sessions for the plant"),
    # heat pumps and the test house
    "heatpumps": (THM("Commissioning heat pumps"), "heat pump set ups in the test house"),
    "fgas": (THM("Handling F-gas refrigerants"), "fgas work"),
    "coheat": (THM("Running co-heating tests"), "coheat tests in the house"),
    "airtight": (THM("Air tightness testing with a blower door"), "blower door runs"),
    "thermography": (THM("Thermographic surveys of buildings"), "ir surveys of the house"),
    "uvalue": (THM("Measuring in-situ U-values"), "heat flux plate u-values"),
    # power systems
    "microgrid": (PWR("Operating the microgrid test bed"), "microgrid runs"),
    "rtds": (PWR("Real-time simulation of power systems"), "rtds models"),
    "powerquality": (PWR("Measuring power quality and harmonics"), "power quality logging"),
    "plc": (PWR("Programming PLCs for the grid laboratory"), "plc code for the grid rig"),
    "relays": (PWR("Testing protection relays"), "relay test sets"),
    "converters": (PWR("Building power electronic converters"), "inverter and converter builds"),
    "evcharging": (PWR("Testing EV chargers"), "ev charger trials"),
    # the HV network and electrical installations
    "hvswitching": (HVE("HV switching as an authorised person"), "11kv switching duties"),
    "lvisolation": (HVE("Isolating LV systems under the safety rules"), "lv isolation duties"),
    "insulation": (ELE("Insulation resistance and earth testing"), "megger and earth tests"),
    "bs7671": (ELE("Inspection and testing of installations to BS 7671"), "eicr testing"),
    "panels": (ELE("Wiring control panels for experimental rigs"),
               "control panel wiring for rigs"),
    "pvinstall": (ELE("Installing solar PV systems"), "pv array installs"),
    # air quality and the flux tower
    "aqstation": (AIR("Servicing air quality monitoring stations"), "aq cabin servicing"),
    "gasanalysers": (AIR("Calibrating trace gas analysers"), "nox and ozone analyser cals"),
    "fluxtower": (AIR("Running eddy covariance flux towers"), "flux tower data"),
    "lowcost": (AIR("Deploying low-cost air quality sensors"), "low cost aq sensor deployments"),
    "ghg": (AIR("Measuring greenhouse gases with cavity ring-down analysers"), "picarro runs"),
    "weather": (AIR("Maintaining automatic weather stations"), "weather station visits"),
    # hydrometry and the estuary
    "gauging": (RIV("Gauging river flows"), "flow gauging at the weirs"),
    "adcp": (RIV("ADCP discharge measurement"), "adcp runs on the river"),
    "levels": (RIV("Installing water level loggers"), "level logger downloads"),
    "watersample": (RIV("River and groundwater sampling"), "water sampling rounds"),
    "boats": (RIV("Handling small boats on the estuary"), "rib driving on the estuary"),
    "boreholes": (RIV("Monitoring groundwater boreholes"), "borehole dips"),
    "raingauges": (RIV("Maintaining rain gauges"), "rain gauge visits"),
    # environmental chemistry
    "ic": (CHM("Ion chromatography of water samples"), "ic runs for anions"),
    "icpoes": (CHM("ICP-OES of waters and soil digests"), "icp for metals"),
    "toc": (CHM("TOC and nutrient analysis of waters"), "toc and nutrients"),
    "soilprep": (CHM("Preparing soil samples for analysis"), "drying and sieving soils"),
    "ghgvials": (CHM("GC analysis of greenhouse gas samples"), "gc for ghg samples"),
    "ukas": (CHM("Working to UKAS quality procedures"), "ukas audits"),
    # the data centre and modelling suite
    "dataplatform": (DAT("Running the energy data platform"), "data platform upkeep"),
    "linux": (DAT("Administering Linux servers"), "linux admin for the data centre"),
    "energymodel": (DAT("Modelling national energy systems"), "plexos runs"),
    "pipelines": (DAT("Writing Python data pipelines"), "python for sensor feeds"),
    "backups": (DAT("Backing up monitoring data"), "backup jobs"),
    "gis": (DAT("Mapping energy networks in GIS"), "qgis for the network maps"),
    "dashboards": (DAT("Building data dashboards"), "grafana boards"),
    # workshops
    "cnc": (WKS("CNC machining rig parts"), "cnc jobs for the rigs"),
    "manualmach": (WKS("Turning and milling on manual machines"), "lathe and mill work"),
    "tig": (WKS("TIG welding stainless steel"), "tig welds on pipe"),
    "rigbuild": (WKS("Building experimental test rigs"), "rig builds in the workshop"),
    "sheetmetal": (WKS("Folding and cutting sheet metal"), "sheet metal jobs"),
    "print3d": (WKS("3D printing parts for experiments"), "printing sensor housings"),
    "composites": (WKS("Laying up composite parts"), "composite blade layups"),
    "cad": (WKS("Designing rigs in CAD"), "solidworks for rig design"),
    # stores
    "stores": (STR("Running the institute stores"), "stores counter cover"),
    "dgshipping": (STR("Shipping dangerous goods including lithium batteries"),
                   "battery shipping paperwork"),
    "chemstock": (STR("Keeping the chemical inventory"), "chemical stock checks"),
    "forklift": (STR("Driving forklift trucks"), "forklift work"),
    "purchasing": (STR("Purchasing for the laboratories"), "ordering and pos"),
    # gases, cryogens and pressure systems
    "cylinders": (GAS("Handling and changing gas cylinders"), "gas bottle changes"),
    "gaslines": (GAS("Installing gas lines and regulators"), "gas line builds"),
    "gasdetect": (GAS("Testing gas detection systems"), "gas alarm checks"),
    "ln2": (GAS("Dispensing liquid nitrogen safely"), "ln2 top ups from the bulk tank"),
    "pssr": (PRS("Managing pressure systems under PSSR"), "pressure system paperwork"),
    "pressuretest": (PRS("Pressure testing vessels and pipework"), "pressure tests on rigs"),
    "reactors": (PRS("Running high-pressure reactors"), "parr reactor runs"),
    # DSEAR, permits, radiation
    "dsear": (ATX("DSEAR assessment and zoning"), "dsear zones for the h2 hall"),
    "atex": (ATX("Inspecting ATEX equipment"), "atex checks"),
    "permits": (ATX("Issuing permits to work"), "permit issuing"),
    "confined": (ATX("Entering confined spaces"), "confined space work"),
    "rps": (RAD("Acting as radiation protection supervisor"), "rps for the lab"),
    "sealed": (RAD("Managing sealed radioactive sources"), "source checks"),
    "xray": (RAD("Operating X-ray sets safely"), "x-ray set use"),
    "lasersafety": (RAD("Supervising laser safety"), "laser interlock checks"),
    "dosimetry": (RAD("Keeping personal dosimetry records"), "dose badge returns"),
    # general safety
    "risk": (SAF("Risk assessing experiments"), "experiment risk assessments"),
    "coshh": (SAF("COSHH assessment of laboratory chemicals"), "coshh forms for the labs"),
    "firstaid": (SAF("First aider duties"), "first aider on the rota"),
    "fire": (SAF("Acting as fire warden"), "fire warden sweeps"),
    "height": (SAF("Working safely at height"), "ladder and platform work"),
    "manual": (SAF("Manual handling of heavy equipment"), "heavy lifting"),
    "fieldsafety": (SAF("Planning safe fieldwork"), "field safety plans"),
    "lone": (SAF("Lone working procedures"), "lone worker checks"),
    # management and the rest
    "linemgmt": (MGT("Line managing technicians"), "running the technician team"),
    "budget": (MGT("Managing equipment budgets"), "budget spreadsheets for kit"),
    "training": (MGT("Training new users on equipment"), "kit inductions for new users"),
    "students": (MGT("Supporting student projects"), "helping msc students"),
    "outreach": (MGT("Running open days and public engagement"), "open day demos on the marsh"),
    "bookings": (MGT("Managing facility bookings"), "booking calendar upkeep"),
    "sops": (MGT("Writing standard operating procedures"), "sop drafting"),
    "minibus": (MGT("Driving the institute minibus"), "minibus runs to the field sites"),
    "tides": (RIV("Planning fieldwork around the tides"), "tide planning"),
    "landowners": (RIV("Liaising with landowners for site access"), "landowner visits"),
}

STORAGE = "Energy Storage Division"
HYDROGEN = "Hydrogen and Fuel Cells Division"
SOLAR = "Solar Energy Division"
WINDMARINE = "Wind and Marine Energy Division"
NUCLEAR = "Nuclear Futures Division"
CARBON = "Carbon Capture and Process Division"
BUILDINGS = "Low-Carbon Buildings Division"
POWER = "Power Systems Division"
ENVIRON = "Environmental Observation Division"
DATA = "Energy Systems Data Centre"
TECH = "Institute Technical Services"
SAFETY = "Institute Safety Office"

GROUPS = (
    Group("batterymat", 7, (STORAGE,), ("Battery Materials Technician",
                                        "Dry Room Technician", "Research Technician (Batteries)"),
          ("cellbuild", "electrodes", "dryroom", "cathodes", "glovebox", "electrolytes"),
          "Makes electrodes and builds cells in the dry room."),
    Group("batterytest", 6, (STORAGE,), ("Battery Test Engineer", "Battery Test Technician"),
          ("cycling", "eis", "abuse", "arc", "packs", "teardown", "dgshipping"),
          "Cycles and abuse-tests cells, modules and packs."),
    Group("hydrogen", 7, (HYDROGEN,), ("Hydrogen Laboratory Technician", "Fuel Cell Technician",
                                       "Electrolyser Test Engineer"),
          ("electrolyser", "fuelcell", "h2safety", "mea", "soc", "catalysts", "cylinders",
           "dsear"),
          "Runs the electrolysers and fuel cell test stations in the hydrogen hall."),
    Group("solar", 6, (SOLAR,), ("Photovoltaics Technician", "Thin Film Technician"),
          ("perovskite", "evaporation", "jv", "ellipsometry", "pvmodules", "pvoutdoor",
           "glovebox"),
          "Makes and measures perovskite and thin-film solar cells."),
    Group("wind", 5, (WINDMARINE,), ("Wind Energy Technician", "Wind Tunnel Technician",
                                     "Turbine Test Engineer"),
          ("windtunnel", "turbineclimb", "scada", "metmast", "lidar", "bladetest", "height"),
          "Runs the wind tunnel, the research turbine and its met mast."),
    Group("marine", 5, (WINDMARINE,), ("Hydraulics Laboratory Technician",
                                       "Wave Tank Technician"),
          ("wavetank", "flume", "adv", "piv", "models", "lasersafety"),
          "Runs the wave tank and the tidal flume and builds the models."),
    Group("blades", 3, (WINDMARINE, TECH), ("Composites Technician", "Blade Test Technician"),
          ("composites", "bladetest", "rigbuild", "manual"),
          "Lays up and tests turbine blades."),
    Group("radiochem", 5, (NUCLEAR,), ("Radiochemistry Technician", "Counting Room Technician",
                                       "Decommissioning Research Technician"),
          ("unsealed", "gammaspec", "alphaspec", "lsc", "radwaste", "actinides", "decom",
           "dosimetry"),
          "Works with radionuclides and counts the samples."),
    Group("ccs", 6, (CARBON,), ("Pilot Plant Operator", "Process Technician",
                                "Pilot Plant Engineer"),
          ("ccsplant", "solvents", "dcs", "flue", "hazop", "permits", "confined"),
          "Runs the carbon capture pilot plant on shifts."),
    Group("buildings", 5, (BUILDINGS,), ("Building Physics Technician",
                                         "Heat Pump Laboratory Technician"),
          ("heatpumps", "coheat", "airtight", "thermography", "uvalue", "fgas"),
          "Runs the test house and the heat pump laboratory."),
    Group("power", 6, (POWER,), ("Power Systems Technician", "Power Electronics Engineer",
                                 "Smart Grid Laboratory Technician"),
          ("microgrid", "rtds", "converters", "powerquality", "plc", "relays", "evcharging"),
          "Runs the microgrid, the real-time simulator and the power electronics lab."),
    Group("hvnet", 3, (POWER, TECH), ("Authorised Person (HV)", "Site Electrician",
                                      "Electrical Technician"),
          ("hvswitching", "lvisolation", "insulation", "bs7671", "panels", "pvinstall"),
          "Switches the site's HV network and looks after its installations."),
    Group("airquality", 5, (ENVIRON,), ("Air Quality Technician",
                                        "Atmospheric Monitoring Technician",
                                        "Field Instrument Technician"),
          ("aqstation", "gasanalysers", "fluxtower", "lowcost", "ghg", "weather"),
          "Services the air quality station, the flux tower and the weather stations."),
    Group("hydrometry", 5, (ENVIRON,), ("Hydrometry Technician", "Field Technician (Hydrology)"),
          ("gauging", "adcp", "levels", "watersample", "boats", "boreholes", "raingauges",
           "tides", "landowners", "fieldsafety"),
          "Gauges the rivers, samples the waters and drives the boats."),
    Group("chemistry", 5, (ENVIRON,), ("Analytical Chemist (Technical)",
                                       "Environmental Chemistry Technician"),
          ("ic", "icpoes", "toc", "soilprep", "ghgvials", "ukas", "coshh"),
          "Analyses the waters, soils and gas samples."),
    Group("data", 4, (DATA,), ("Data Centre Engineer", "Research Software Engineer (Energy)",
                               "Energy Modeller"),
          ("dataplatform", "linux", "pipelines", "energymodel", "backups", "gis", "dashboards"),
          "Runs the data platform and the energy models."),
    Group("workshop", 6, (TECH,), ("Mechanical Workshop Technician", "Engineering Technician",
                                   "Design Engineer (Rigs)"),
          ("cnc", "manualmach", "tig", "rigbuild", "sheetmetal", "print3d", "cad"),
          "Designs, machines and welds the test rigs."),
    Group("stores", 3, (TECH,), ("Stores Technician", "Goods Inwards Assistant"),
          ("stores", "chemstock", "forklift", "purchasing", "dgshipping"),
          "Runs the stores, goods in and shipping."),
    Group("gases", 3, (TECH,), ("Gases and Cryogens Technician", "Pressure Systems Technician"),
          ("cylinders", "gaslines", "gasdetect", "ln2", "pssr", "pressuretest", "reactors"),
          "Supplies gases and cryogens and looks after the pressure systems."),
    Group("safety", 3, (SAFETY,), ("Institute Safety Adviser", "Radiation Protection Officer"),
          ("risk", "dsear", "rps", "sealed", "xray", "atex", "coshh", "fieldsafety"),
          "Advises on laboratory, plant, field and radiation safety."),
    Group("management", 5, (STORAGE, HYDROGEN, SOLAR, WINDMARINE, ENVIRON, TECH),
          ("Laboratory Manager", "Technical Manager", "Head of Technical Services"),
          ("linemgmt", "budget", "training", "students", "outreach", "bookings", "sops",
           "purchasing", "minibus"),
          "Manages the laboratories, the technicians and the budgets."),
)
SHARED = ("risk", "coshh", "firstaid", "fire", "manual", "height", "lone", "training", "sops")

FACILITIES = (
    FacilitySpec("TSP-DRY", "Saltmarsh Point Battery Dry Room", "laboratory", STORAGE,
                 "A -45 C dew point dry room for cell assembly; the dry room.",
                 ("dryroom", "cellbuild", "electrodes")),
    FacilitySpec("TSP-MAT", "Battery Materials Laboratory", "laboratory", STORAGE,
                 "Furnaces, mills and argon gloveboxes for cathodes and electrolytes.",
                 ("cathodes", "electrolytes", "glovebox")),
    FacilitySpec("TSP-CYC", "Cell Cycling Laboratory", "laboratory", STORAGE,
                 "Six hundred cycler channels and potentiostats in climate chambers.",
                 ("cycling", "eis")),
    FacilitySpec("TSP-BNK", "Battery Abuse Test Bunker", "test facility", STORAGE,
                 "A blast-rated bunker for nail, crush and thermal runaway tests; the bunker.",
                 ("abuse", "arc")),
    FacilitySpec("TSP-PCK", "Module and Pack Assembly Bay", "workshop", STORAGE,
                 "Benches for building modules and packs and for cell teardowns.",
                 ("packs", "teardown")),
    FacilitySpec("TSP-H2H", "Hydrogen Research Hall", "test facility", HYDROGEN,
                 "Electrolyser and compressor bays on an ATEX-zoned floor; the H2 hall.",
                 ("electrolyser", "h2safety")),
    FacilitySpec("TSP-FCL", "Fuel Cell Test Laboratory", "laboratory", HYDROGEN,
                 "PEM fuel cell test stations and an MEA spray coater.", ("fuelcell", "mea")),
    FacilitySpec("TSP-SOC", "High-Temperature Electrochemistry Laboratory", "laboratory",
                 HYDROGEN, "Solid oxide cell rigs and catalyst screening.",
                 ("soc", "catalysts")),
    FacilitySpec("TSP-PVF", "Perovskite Fabrication Suite", "cleanroom", SOLAR,
                 "Nitrogen gloveboxes with spin and slot-die coaters and an evaporator.",
                 ("perovskite", "evaporation")),
    FacilitySpec("TSP-PVC", "Solar Characterisation Laboratory", "laboratory", SOLAR,
                 "Solar simulators, EQE and an ellipsometer; the PV characterisation lab.",
                 ("jv", "ellipsometry")),
    FacilitySpec("TSP-PVR", "Rooftop PV Test Field", "test facility", SOLAR,
                 "Outdoor module test racks and a damp heat chamber below them.",
                 ("pvoutdoor", "pvmodules")),
    FacilitySpec("TSP-WTN", "Saltmarsh Point Wind Tunnel", "test facility", WINDMARINE,
                 "A boundary layer wind tunnel with a turntable for blade sections.",
                 ("windtunnel",)),
    FacilitySpec("TSP-TUR", "Research Wind Turbine and Met Mast", "field site", WINDMARINE,
                 "A 250 kW research turbine with an 80 m met mast; the turbine.",
                 ("turbineclimb", "scada", "metmast")),
    FacilitySpec("TSP-WAV", "Coastal Wave Tank", "test facility", WINDMARINE,
                 "A 30 m wave tank with a multi-element paddle and a model shop; the tank.",
                 ("wavetank", "models")),
    FacilitySpec("TSP-FLM", "Tidal Flume", "test facility", WINDMARINE,
                 "A recirculating current flume with ADV and PIV.", ("flume", "adv", "piv")),
    FacilitySpec("TSP-BLD", "Blade Test Hall", "test facility", WINDMARINE,
                 "Fatigue and static rigs for turbine blades and a composites bay.",
                 ("bladetest", "composites")),
    FacilitySpec("TSP-RCH", "Saltmarsh Point Radiochemistry Laboratory", "laboratory", NUCLEAR,
                 "Fume cupboards for unsealed radionuclides; the radiochem lab.",
                 ("unsealed", "radwaste")),
    FacilitySpec("TSP-CNT", "Low-Level Counting Room", "laboratory", NUCLEAR,
                 "HPGe, alpha and liquid scintillation counters; the counting room.",
                 ("gammaspec", "alphaspec", "lsc")),
    FacilitySpec("TSP-ACT", "Actinide Glovebox Suite", "laboratory", NUCLEAR,
                 "Gloveboxes for uranium and thorium and waste simulants.",
                 ("actinides", "decom")),
    FacilitySpec("TSP-CCS", "Carbon Capture Pilot Plant", "pilot plant", CARBON,
                 "A one tonne a day amine capture plant on a boiler's flue gas; the pilot plant.",
                 ("ccsplant", "solvents", "dcs")),
    FacilitySpec("TSP-THH", "Building Physics Test House", "test facility", BUILDINGS,
                 "A full-size house inside an environmental chamber; the test house.",
                 ("coheat", "airtight", "uvalue")),
    FacilitySpec("TSP-HPL", "Thornbury Heat Pump Laboratory", "laboratory", BUILDINGS,
                 "Air and ground source heat pumps on instrumented loops.",
                 ("heatpumps", "fgas")),
    FacilitySpec("TSP-MGR", "Smart Grid and Microgrid Laboratory", "laboratory", POWER,
                 "A 400 V microgrid with batteries, PV emulators and EV chargers.",
                 ("microgrid", "plc", "evcharging")),
    FacilitySpec("TSP-RTS", "Real-Time Power Systems Simulator", "laboratory", POWER,
                 "RTDS racks for power hardware-in-the-loop; the simulator lab.",
                 ("rtds", "relays")),
    FacilitySpec("TSP-PEL", "Power Electronics Laboratory", "laboratory", POWER,
                 "Converter build benches and power analysers.",
                 ("converters", "powerquality")),
    FacilitySpec("TSP-HVN", "Saltmarsh Point HV Network and Substation", "service", POWER,
                 "The site's 11 kV ring and its substations; the HV network.",
                 ("hvswitching", "lvisolation")),
    FacilitySpec("TSP-AQS", "Saltmarsh Point Air Quality Station", "field site", ENVIRON,
                 "A monitoring cabin with NOx, ozone and particulate analysers; the AQ station.",
                 ("aqstation", "gasanalysers")),
    FacilitySpec("TSP-FLX", "Marsh Flux Tower", "field site", ENVIRON,
                 "An eddy covariance tower with greenhouse gas analysers on the salt marsh.",
                 ("fluxtower", "ghg", "weather")),
    FacilitySpec("TSP-HYM", "Hydrometry Field Unit", "field site", ENVIRON,
                 "Gauging kit, ADCPs and level loggers for the catchment's stations.",
                 ("gauging", "adcp", "levels")),
    FacilitySpec("TSP-BOT", "Estuary Boat Store", "service", ENVIRON,
                 "Two RIBs and a survey boat on the estuary slipway.", ("boats",)),
    FacilitySpec("TSP-ECL", "Environmental Chemistry Laboratory", "laboratory", ENVIRON,
                 "IC, ICP-OES and TOC for waters and soils; the env chem lab.",
                 ("ic", "icpoes", "toc")),
    FacilitySpec("TSP-SPL", "Soil and Sample Preparation Room", "laboratory", ENVIRON,
                 "Drying ovens, sieves and a GC for gas vials.", ("soilprep", "ghgvials")),
    FacilitySpec("TSP-EDC", "Energy Systems Data Centre", "computing", DATA,
                 "Servers and storage for the institute's monitoring and test data.",
                 ("dataplatform", "linux", "backups")),
    FacilitySpec("TSP-MOD", "Energy Modelling Suite", "computing", DATA,
                 "Workstations and licences for energy system models and GIS.",
                 ("energymodel", "gis", "dashboards")),
    FacilitySpec("TSP-WKS", "Saltmarsh Point Engineering Workshop", "workshop", TECH,
                 "CNC and manual machines and a welding bay; the main workshop.",
                 ("cnc", "manualmach", "tig", "rigbuild")),
    FacilitySpec("TSP-PRO", "Rig Prototyping Lab", "workshop", TECH,
                 "3D printers, sheet metal and a CAD office for rig design.",
                 ("print3d", "cad", "sheetmetal")),
    FacilitySpec("TSP-STR", "Saltmarsh Point Stores and Goods In", "service", TECH,
                 "Stores, goods in and dangerous goods shipping; the stores.",
                 ("stores", "dgshipping", "chemstock")),
    FacilitySpec("TSP-GAS", "Saltmarsh Point Gas and Cryogen Compound", "service", TECH,
                 "Cylinder store, gas manifolds and the bulk liquid nitrogen tank.",
                 ("cylinders", "ln2", "gasdetect")),
    FacilitySpec("TSP-HPR", "High-Pressure Laboratory", "laboratory", TECH,
                 "Pressure reactors and a hydrostatic test bay.",
                 ("reactors", "pressuretest", "pssr")),
    FacilitySpec("TSP-SAF", "Saltmarsh Point Safety Office", "service", SAFETY,
                 "Risk assessments, DSEAR and radiation protection for the institute.",
                 ("risk", "dsear", "rps")),
)

GIVEN = """Aino-Kaarina Eeva-Liisa Jouko Lauri-Pekka Onni-Veikko Pirkko Sulevi Tuulikki Väinö
Kadri-Ann Maarja-Liis Tõnis Endel Jaanika Imre-Zoltán Orsolya Szabolcs Květoslav
Ludmila-Anna Radovan Svatopluk Zdenka Anselmo Deolinda Gilberto-José Idalina Lourival
Raimunda Sebastião Wanderléia Barasa Jepkosgei Kamau-Otieno Wekesa Anbarasi Kalaiselvi
Murugesan Sivakami Thangaraj Bích-Ngọc Hoàng-Long Khánh-Linh Mai-Phương Quang-Huy
Thu-Trang Arnel Divina-Grace Jericho Rosalinda-Joy Ainhoa-Maite Gorka Iker-Josu
Nerea-Itziar Gwenaelle Katell-Anne Loeiz Nolwenn-Mai Carmelo-Paul Marthese Ġorġ Pawlu
Rużar Nino-Mariam Tamari Anahit Armen-Vahe Lusine Tigran-Hayk Sirpa-Leena Raili Teuvo
Kersti-Mai Hillar Réka-Anna Tihamér Blažena Jarmila""".split()
FAMILY = """Ahokas Hämäläinen-Koski Kettunen Leppänen Nurmi-Rantala Paasikivi Rautiainen Suominen
Tikkanen Väisänen Kask-Tamm Lepik Ots-Pärn Saar-Kuusk Balogh Farkas-Szilágyi
Kovács-Tóth Mészáros Pintér Szűcs Vörös Havlíček Kratochvíl Novotná-Bláhová Sýkora
Zelenka Albuquerque Bettencourt Cavalcanti Figueiredo-Lobo Guimarães Magalhães
Quaresma Sampaio Teixeira-Brandão Chepkoech Mwangi-Ochieng Njoroge Odhiambo Wafula
Annamalai Chidambaram Ilangovan Natarajan-Pillai Palanisamy Subramaniam Trương Huỳnh
Lê-Phạm Bautista Pangilinan Villaruel Agirre Urrutia-Zabala Zubiaurre Kerguelen
Quéméner Riou-Tanguy Abela Bonnici Camilleri-Grech Farrugia Zammit Gelashvili Hakobyan
Mkrtchyan Petrosyan-Avetisyan Sargsyan Tremenheere Penrose-Trask Hosking Trounson""".split()
FAMILY += ["Le Bihan-Guyader", "Ó Conchubhair", "ter Horst", "van Rijswijk-Bos"]

SALTMARSH = Site("Thornbury University, Institute for Energy and the Environment (Saltmarsh Point)",
                 "TSP", "thornbury.ac.uk", CONCEPTS, GROUPS, SHARED, FACILITIES, GIVEN, FAMILY)
