"""Quarndale Brewers and Distillers' Fellhampton Brewery with its Glenvorran Distillery: a
fifty-second fictitious institution, for ``heldout54``.

Fellhampton is the fictitious brewery of a brewer and distiller, the organisation whose
brewhouse, fermentation and cellars, packaging, distillery, warehousing and cooperage, quality,
engineering, utilities, logistics and trade services, safety, training and management staff brew,
ferment, filter and package beer at Fellhampton and, at Glenvorran, malt, distil, fill and mature
whisky and gin: the brewhouse (malt intake and silos, milling, mashing in, the lauter tun and
sparging, the copper and whirlpool, wort cooling and knockout, the Braumat control system, the
hop store and dry hopping, the pilot brewery and recipe development, spent grain); fermentation
and cellars (yeast propagation and cropping, fermentation and diacetyl rests, bright beer tanks,
kieselguhr and crossflow filtration, the centrifuge, carbonation and dissolved oxygen, cleaning in
place, pasteurisation, cask ale racking and finings); packaging (the can lines' fillers and
seamers and seam teardowns, the bottling hall's rinser, filler and crowner, labellers, the empty
bottle inspector, coders, the keg line, palletisers and robots, changeovers); the Glenvorran
distillery (floor malting and the kiln, distillery mashing, washbacks, wash and spirit stills,
the spirit safe's cuts, the gin still and botanicals, the filling store, bonded warehouses and
dunnage, the cooperage, cask sampling, blending and reduction, HMRC excise, copper repairs to
the stills, draff and pot ale in the dark grains plant); quality (brewing microbiology, beer
analysis, gas chromatography, brewing water, the sensory panel, HACCP, allergens, BRCGS audits,
packaging quality checks); engineering (mechanical and electrical maintenance, PLCs and SCADA,
hygienic stainless pipework and orbital welding, instrument calibration, pneumatics,
lubrication, SAP PM, TPM, the machine shop); utilities (steam boilers, ammonia refrigeration,
glycol chilling, CO2 recovery, compressed air and nitrogen, the effluent plant's anaerobic
digester, biogas and the CHP engine, reverse osmosis and carbon filters, the 11 kV substation,
ATEX zones); logistics and trade services (forklifts, dispatch, the warehouse management system,
keg tracking, bulk tankers, dray deliveries, pub cellar and dispense installation); safety
(confined spaces, CO2 gas detection, chemical deliveries, lock out tag out, first aid, fire,
manual handling, environmental permits, work at height); and training and management
(inductions and GMP, apprentices, operator training, shift leadership, OEE and lean, capital
projects, the visitor centre's tours, the MES and batch records, brew scheduling).

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
Formula One constructor's factory and race team, a spacecraft manufacturer's satellite
assembly, integration and test centre, a pharmaceutical manufacturer's sterile manufacturing
site with its biologics plant, a steelmaker's integrated steelworks, a papermaker's recycled
paper and board mill, a shipbuilder's shipyard with its ship repair dry dock nor a port
operator's deep-water container terminal with its inland railport, but a brewer and distiller's
brewery and packaging plant with its own malt whisky distillery and bonded warehouses (1,200
brewers and brewhouse operators, cellarmen, filter and CIP operators, can, bottle and keg line
operators, maltmen, mashmen, stillmen, warehousemen and coopers, laboratory and sensory staff,
fitters, electricians and controls technicians, utilities and effluent operators, forklift
drivers, draymen and dispense technicians, safety staff, trainers and managers in the
directory), unlike the institutions before it (Northgate to Corrowby).

Its HR system takes a person's skills from the company's people directory, which publishes each
employee as a vCard 4.0 card to the address books (CardDAV) and their signed-off competences
as the card's EXPERTISE properties (RFC 6715); HR reads the cards back each month, unfolded,
one property line for each holder's competence, "SK<no>.EXPERTISE;LEVEL=<level>;X-SIGNED=
<yyyymmdd>;X-EXPIRES=<yyyymmdd>;X-HOURS=<hours>;X-ASSESSOR=<initials>:<title>" (the property's
group the competence's number, its parameters apart at a semicolon, the value after the first
colon). The title is the property's text value, a backslash written before any comma,
semicolon or backslash inside it ("Lauter tun operation\\, run-off and sparging"; an en dash, a
colon or any other character kept), and the parameters are the holder's own: the level of
expertise (beginner, average or expert, RFC 6715's three), the day signed off (2011 to 2026,
none after November 2026, basic ISO 8601), the day it expires (the same day twelve, twenty-four,
thirty-six or forty-eight months on) or, for a competence that does not lapse, no X-EXPIRES
parameter at all, the hours of training (one decimal place) and the assessor's initials (three
capital letters). As in heldout30's to heldout53's generators, the holder's values are drawn
from the generator's seeded random stream row by row (``Site.own``), so two holders of one
competence are written differently, as a real export writes them, while the bundle stays
deterministic. A facility's required skills are the competence as the directory's competence
list writes it, the property without parameters ("SK<no>.EXPERTISE:<title>"). Beside those,
rows the staff typed into the skills survey are their own: lower-case, brewers' and
stillmen's slang and kit names ("knocking out wort to the fv", "making the cuts at the spirit
safe"). Some are written as no technician taxonomy is likely to write them (mashing and
lautering, dry hopping, yeast cropping, seam teardowns, floor malting, the spirit safe's cuts,
cask filling and dunnage, the cooperage, HMRC excise, draff and pot ale, pub cellar service).
Facilities have names, aliases (in the name or the description) and role holders. Concept keys
are the evaluation's own, not the taxonomy's ids. Generated by the same deterministic generator
as Northgate (``institution.generate``).
"""

from __future__ import annotations

import re
from datetime import date
from random import Random

from tests.heldout.institution import FacilitySpec, Group, Site, past_day

__all__ = ["ASSESSORS", "COMPETENCES", "HOURS", "LEVELS", "PEOPLE", "QUARNDALE", "RECORD",
           "REFRESH", "SEED", "YEARS", "expires"]

PEOPLE, SEED = 1200, 54054     # tests.heldout.institution.generate(PEOPLE, SEED, QUARNDALE)
LEVELS = ("beginner", "average", "expert")
ASSESSORS = ("AMK", "BRS", "CJD", "EFW", "GHN", "KLP", "MRT", "RSD")
HOURS = (1.5, 4.0, 6.0, 7.5, 12.0, 15.0, 22.5, 30.0)
REFRESH = (0, 12, 24, 36, 48)     # months valid for; 0: it does not lapse, no X-EXPIRES
YEARS = tuple(range(2011, 2027))
# a holder's competence as the directory's card writes it, one EXPERTISE property line: the
# competence's number as the property's group, then (a holder's own) the level, the day signed
# off and the day it expires (or no such parameter) as YYYYMMDD, the hours and the assessor's
# initials, then the title after the first colon (a backslash before , ; and \ inside it);
# without a holder's values, the competence list's property
RECORD = re.compile(r"^SK(\d{4})\.EXPERTISE"
                    r"(?:;LEVEL=(beginner|average|expert)"
                    r";X-SIGNED=(20\d{2})(\d{2})(\d{2})"
                    r"(?:;X-EXPIRES=(20\d{2})(\d{2})(\d{2}))?"
                    r";X-HOURS=(\d{1,2}\.\d);X-ASSESSOR=([A-Z]{3}))?"
                    r":((?:[^\\,;]|\\[\\,;])+)$")
# the competence list's property -> the competence's number and title
COMPETENCES: dict[str, tuple[int, str]] = {}


def expires(day: date, months: int) -> date:
    """The day a competence signed off on `day` expires, `months` on: the same day of the month
    `months` later (a day drawn is never after the 28th)."""
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, day.day)


def _escaped(text: str) -> str:
    """`text` as a vCard text value: a backslash before \\ , and ;."""
    return re.sub(r"([\\,;])", r"\\\1", text)


def _c(number: int, title: str) -> str:
    """The competence as the directory's competence list writes it: the EXPERTISE property
    without parameters, its group the number and its value the title; both are kept for the
    holder's rows."""
    written = f"SK{number}.EXPERTISE:{_escaped(title)}"
    COMPETENCES[written] = (number, title)
    return written


def _own(text: str, rng: Random) -> str:
    """A holder's competence as the directory's card writes it: the competence's property with
    the holder's level, day signed off, expiry, hours and assessor as its parameters, drawn from
    the generator's stream; a survey row stays as it is (and draws nothing)."""
    if not RECORD.match(text):
        return text
    day = past_day(YEARS, rng)
    months = rng.choice(REFRESH)
    level = rng.choice(LEVELS)
    hours = rng.choice(HOURS)
    assessor = rng.choice(ASSESSORS)
    group, title = text.split(":", 1)
    until = f";X-EXPIRES={expires(day, months):%Y%m%d}" if months else ""
    return (f"{group};LEVEL={level};X-SIGNED={day:%Y%m%d}{until};X-HOURS={hours:.1f}"
            f";X-ASSESSOR={assessor}:{title}")


# concept key -> HR spellings (the first is the competence as the directory's competence list
# writes it; the other is a row the staff typed into the skills survey)
CONCEPTS: dict[str, tuple[str, ...]] = {
    # the brewhouse
    "maltintake": (_c(2101, 'Malt intake, silo management and grain handling'),
                   'tipping malt from the bulk tanker into the silos'),
    "milling": (_c(2102, 'Malt milling – roller mill gap setting and grist checks'),
                'setting the roller gaps on the malt mill'),
    "mashing": (_c(2103, 'Mashing in and mash conversion'),
                'mashing in on the mash conversion vessel'),
    "lautering": (_c(2104, 'Lauter tun operation, run-off and sparging'),
                  'running off the lauter tun'),
    "wortboil": (_c(2105, 'Wort boiling, hop additions and whirlpool'),
                 'dosing hop pellets into the copper'),
    "wortcool": (_c(2106, 'Wort cooling, aeration and knockout to fermenter'),
                 'knocking out wort to the fv'),
    "brewcontrol": (_c(2107, 'Brewhouse automation – Braumat control system'),
                    'running brews off the braumat screens'),
    "hopstore": (_c(2108, 'Hop store management and dry hopping'),
                 'dry hopping the fermenters from the top'),
    "pilot": (_c(2109, 'Pilot brewery operation (5 hl)'),
              'brewing trial batches on the pilot kit'),
    "recipe": (_c(2110, 'Recipe development – grist, hop bill and brew sheet calculations'),
               'working out grist and hop bills for new beers'),
    "spentgrain": (_c(2111, 'Spent grain and trub handling'),
                   'sending the spent grains out to the farmers'),
    # fermentation and cellars
    "yeast": (_c(2201, 'Yeast propagation, pitching and cropping'),
              'cropping yeast off the cone of the fv'),
    "fermentation": (_c(2202, 'Fermentation monitoring – gravity, temperature and diacetyl rest'),
                     'taking gravities on the fvs'),
    "maturation": (_c(2203, 'Conditioning and maturation in bright beer tanks'),
                   'transferring beer over to the bright tanks'),
    "filtration": (_c(2204, 'Beer filtration – kieselguhr and crossflow filters'),
                   'running the crossflow filter'),
    "centrifuge": (_c(2205, 'Centrifuge operation and desludging'),
                   'setting the centrifuge up for a run'),
    "carbonation": (_c(2206, 'Carbonation and dissolved oxygen control'),
                    'checking co2 volumes on the bbts'),
    "cip": (_c(2207, 'Cleaning in place (CIP) – caustic, acid and sterilant cycles'),
            'putting the fermenters through cip'),
    "pasteur": (_c(2208, 'Flash and tunnel pasteurisation – PU control'),
                'checking the pus on the tunnel pasteuriser'),
    "caskbeer": (_c(2209, 'Cask ale racking, finings and priming'),
                 'racking real ale into firkins'),
    # packaging
    "canning": (_c(2301, 'Can line operation – depalletiser, filler and seamer'),
                'running the can filler on line 2'),
    "seaming": (_c(2302, 'Double seam inspection and seamer set-up'),
                'doing seam teardowns on the cans'),
    "bottling": (_c(2303, 'Bottling line operation – rinser, filler and crowner'),
                 'running the bottle filler and crowner'),
    "labelling": (_c(2304, 'Labeller operation and brand changeovers (Krones)'),
                  'changing the labeller over for a new brand'),
    "kegging": (_c(2305, 'Keg line – external washing, internal cleaning and filling'),
                'filling kegs on the keg racker'),
    "palletising": (_c(2306, 'Palletiser, stretch wrapper and end-of-line operation'),
                    'clearing jams on the palletiser'),
    "robots": (_c(2307, 'Robot case packer and palletising cell operation'),
               'resetting the robot in the case packing cell'),
    "changeover": (_c(2308, 'Line changeovers and SMED'),
                   'doing a changeover between can sizes'),
    "coding": (_c(2309, 'Date coding – inkjet and laser coders'),
               'sorting the coder out when the dates smudge'),
    "inspection": (_c(2310, 'Empty bottle inspector and fill level detection'),
                   'testing the ebi with the reject bottles'),
    "packmaint": (_c(2311, 'Packaging line engineering – fillers, conveyors and drives'),
                  'fixing the conveyors on the can line'),
    # the Glenvorran distillery
    "malting": (_c(2401, 'Floor malting – steeping, germination and peat kilning'),
                'turning the barley on the malting floor'),
    "distmash": (_c(2402, 'Distillery mashing and wort clarity'),
                 'mashing in at the distillery'),
    "washbacks": (_c(2403, 'Washback fermentation and wash strength'),
                  'checking the washbacks on the night shift'),
    "stills": (_c(2404, 'Pot still distillation – wash and spirit stills'),
               'running the wash still'),
    "spiritsafe": (_c(2405, 'Spirit safe – foreshots, heart and feints cut points'),
                   'making the cuts at the spirit safe'),
    "ginstill": (_c(2406, 'Gin distillation and botanical maceration'),
                 'loading botanicals into the gin still'),
    "filling": (_c(2407, 'Cask filling and regauging in the filling store'),
                'filling casks in the filling store'),
    "warehouse": (_c(2408, 'Bonded warehouse – dunnage and racked cask stowage'),
                  'rolling casks into the racks'),
    "cooperage": (_c(2409, 'Cooperage – cask repair, rejuvenation and charring'),
                  'recharring casks in the cooperage'),
    "sampling": (_c(2410, 'Cask sampling and vatting'),
                 'drawing samples out of casks with a valinch'),
    "excise": (_c(2411, 'HMRC excise – bonded stock records and duty returns'),
               'keeping the bond books straight for customs'),
    "blending": (_c(2412, 'Whisky blending and reduction to bottling strength'),
                 'reducing whisky down to bottling strength'),
    "stillmaint": (_c(2413, 'Still maintenance – copper repairs, lyne arms and condensers'),
                   'patching copper on the stills'),
    "draff": (_c(2414, 'Draff and pot ale handling – dark grains plant'),
              'running the dark grains plant'),
    # quality
    "microlab": (_c(2501, 'Brewing microbiology – plating and PCR for spoilage organisms'),
                 'plating beer for spoilers'),
    "chemlab": (_c(2502, 'Beer analysis – alcohol, colour, bitterness and haze'),
                'putting samples through the beer analyser for abv'),
    "gc": (_c(2503, 'Gas chromatography of volatiles and congeners'),
           'running the gc for congeners'),
    "waterlab": (_c(2504, 'Brewing water treatment and liquor analysis'),
                 'adding salts to the brewing liquor'),
    "sensory": (_c(2505, 'Sensory panel and taste testing'),
                'tasting on the sensory panel every morning'),
    "haccp": (_c(2506, 'HACCP and food safety'), 'filling in the haccp checks'),
    "allergen": (_c(2507, 'Allergen and gluten-free controls'),
                 'testing the gluten free beer for gluten'),
    "audit": (_c(2508, 'BRCGS audits and the quality management system'),
              'getting ready for the brc audit'),
    "packqa": (_c(2509, 'Packaging quality checks: torque, fill heights and TPO'),
               'checking fill heights and tpo off the line'),
    # engineering
    "mechmaint": (_c(2601, 'Mechanical maintenance – pumps, valves and gearboxes'),
                  'changing pump seals in the brewhouse'),
    "elecmaint": (_c(2602, 'Electrical maintenance – motors, MCCs and control panels'),
                  'fault finding in the mcc panels'),
    "plc": (_c(2603, 'PLC and SCADA fault finding (Siemens S7)'),
            'going online to the plc on the filler'),
    "hygienic": (_c(2604, 'Hygienic stainless pipework and orbital TIG welding'),
                 'orbital welding stainless pipe'),
    "instruments": (_c(2605, 'Instrument calibration – flow, level, temperature and DO meters'),
                    'calibrating the flowmeters on the cellar mains'),
    "pneumatics": (_c(2606, 'Pneumatics and compressed air systems'),
                   'fixing air leaks on the bottling line'),
    "lube": (_c(2607, 'Lubrication and condition monitoring'),
             'greasing the palletiser bearings'),
    "cmms": (_c(2608, 'Planned maintenance in SAP PM'), 'closing jobs down in sap'),
    "tpm": (_c(2609, 'Total productive maintenance and autonomous maintenance'),
            'doing the am checks on the line'),
    "machining": (_c(2610, 'Workshop machining and fitting'),
                  'turning up a new shaft on the lathe'),
    # utilities
    "boilers": (_c(2701, 'Steam boiler operation and boiler water treatment'),
                'blowing down the steam boilers'),
    "ammonia": (_c(2702, 'Ammonia refrigeration plant operation'),
                'checking the ammonia compressors'),
    "glycol": (_c(2703, 'Glycol chilling and tank jacket cooling'),
               'topping up the glycol loop'),
    "co2recovery": (_c(2704, 'CO2 recovery plant and gas supply'),
                    'running the co2 recovery plant'),
    "aircomp": (_c(2705, 'Air compressors and nitrogen generators'),
                'checking the air compressors and nitrogen generator'),
    "effluent": (_c(2706, 'Effluent treatment – anaerobic digester and pH balancing'),
                 'dosing caustic at the effluent plant'),
    "biogas": (_c(2707, 'Biogas handling and CHP engine operation'),
               'starting the chp engine on biogas'),
    "watertreat": (_c(2708, 'Water treatment – reverse osmosis and carbon filters'),
                   'backwashing the carbon filters'),
    "hv": (_c(2709, '11 kV switching and substation operation'),
           'switching at the brewery substation'),
    "atex": (_c(2710, 'ATEX and DSEAR – dust and spirit vapour zones'),
             'checking the atex kit in the mill tower'),
    # logistics and trade services
    "flt": (_c(2801, 'Counterbalance and reach truck operation'),
            'driving the reach truck up the high bay racking'),
    "dispatch": (_c(2802, 'Dispatch loading and trailer checks'),
                 'loading trailers at the dock doors'),
    "wms": (_c(2803, 'Warehouse management system – stock and picking'),
            'picking orders on the scanner'),
    "kegfleet": (_c(2804, 'Keg tracking and empty keg returns'),
                 'scanning empty kegs back in'),
    "tankers": (_c(2805, 'Bulk beer tanker loading and unloading'),
                'loading bulk beer tankers for the contract packer'),
    "dray": (_c(2806, 'Dray delivery driving and cellar drops'),
             'dropping kegs into pub cellars off the dray'),
    "cellarservice": (_c(2807, 'Pub cellar service and dispense installation'),
                      'fitting pythons and coolers in pub cellars'),
    # safety
    "confined": (_c(2901, 'Confined space entry – vessels, silos and washbacks'),
                 'going into a fermenter with a gas monitor'),
    "co2safety": (_c(2902, 'CO2 safety and gas detection'), 'bump testing the co2 monitors'),
    "chemicals": (_c(2903, 'Chemical handling – caustic, acids and peracetic acid deliveries'),
                  'taking a caustic delivery off the tanker'),
    "loto": (_c(2904, 'Lock out tag out and permit to work'),
             'locking off the filler before going in'),
    "firstaid": (_c(2905, 'First aid at work'), 'first aider on the packaging floor'),
    "fire": (_c(2906, 'Fire marshal and spirit store fire safety'),
             'fire marshal for the bonded warehouses'),
    "handling": (_c(2907, 'Manual handling of casks and kegs'),
                 'lifting kegs the right way'),
    "env": (_c(2908, 'Environmental permit, water and energy reporting'),
            'reporting water use per hectolitre'),
    "height": (_c(2909, 'Work at height – tank tops and warehouse racking'),
               'going up on the tank tops in a harness'),
    # training and management
    "induction": (_c(3001, 'Site induction and GMP for new starters'),
                  'doing the inductions for new starters'),
    "apprentice": (_c(3002, 'Engineering apprentice mentoring'),
                   'keeping an eye on the engineering apprentices'),
    "trainer": (_c(3003, 'Operator training and skills matrices'),
                'training operators up on the filler'),
    "shiftlead": (_c(3004, 'Shift leadership in packaging and brewing'),
                  'running the packaging shift'),
    "ci": (_c(3005, 'Continuous improvement – lean and OEE'),
           'working out oee on the can line'),
    "projects": (_c(3006, 'Capital project management – new lines and tank farms'),
                 'managing the new tank farm project'),
    "tours": (_c(3007, 'Visitor centre tours and tutored tastings'),
              'taking tours round the distillery'),
    "mes": (_c(3008, 'Manufacturing execution system and batch records'),
            'booking batches off in the mes'),
    "planning": (_c(3009, 'Production planning and brew scheduling'),
                 'planning the brew schedule for the week'),
}

BREWHOUSE = "Brewhouse"
CELLARS = "Fermentation and Cellars"
PACKAGING = "Packaging"
DISTILLERY = "Glenvorran Distillery"
WAREHOUSING = "Glenvorran Warehousing and Cooperage"
QUALITY = "Quality"
ENG = "Engineering"
UTILITIES = "Utilities and Effluent"
LOGISTICS = "Logistics and Trade Services"
SHE = "Safety, Health and Environment"
ACADEMY = "Quarndale Brewing Academy"

GROUPS = (
    Group("brewhouse", 140, (BREWHOUSE,), ("Brewer", "Brewhouse Operator", "Mill Operator",
                                          "Pilot Brewer", "Shift Brewer"),
          ("mashing", "lautering", "wortboil", "wortcool", "milling", "maltintake",
           "brewcontrol", "hopstore", "spentgrain", "pilot", "recipe", "waterlab"),
          "Mills, mashes and boils every brew on the Fellhampton brewhouse."),
    Group("cellars", 120, (CELLARS,), ("Cellar Operator", "Fermentation Technician",
                                      "Filtration Operator", "Yeast Technician",
                                      "CIP Operator"),
          ("fermentation", "yeast", "maturation", "filtration", "centrifuge", "carbonation",
           "cip", "caskbeer", "hopstore"),
          "Ferments, conditions, filters and cleans in the cellars."),
    Group("packaging", 260, (PACKAGING,), ("Can Line Operator", "Bottling Line Operator",
                                          "Keg Line Operator", "Packaging Technician",
                                          "Labeller Operator", "Palletiser Operator"),
          ("canning", "bottling", "kegging", "seaming", "labelling", "palletising", "robots",
           "changeover", "coding", "inspection", "pasteur", "packqa", "tpm"),
          "Fills, seals, labels and palletises cans, bottles and kegs."),
    Group("distillery", 90, (DISTILLERY,), ("Stillman", "Mashman", "Maltman", "Gin Distiller",
                                           "Distillery Operator"),
          ("stills", "spiritsafe", "distmash", "washbacks", "malting", "ginstill", "draff",
           "stillmaint", "excise"),
          "Malts, mashes, ferments and distils at Glenvorran."),
    Group("warehousing", 90, (WAREHOUSING,), ("Warehouseman", "Cooper", "Filling Store Operator",
                                             "Blender", "Excise Officer"),
          ("warehouse", "filling", "cooperage", "sampling", "blending", "excise", "handling",
           "fire"),
          "Fills, stows, samples and looks after the casks in bond."),
    Group("quality", 70, (QUALITY,), ("Microbiologist", "Laboratory Technician",
                                      "Sensory Coordinator", "QA Technician",
                                      "Quality Manager"),
          ("microlab", "chemlab", "gc", "sensory", "waterlab", "haccp", "allergen", "audit",
           "packqa"),
          "Tests the beer and spirit and keeps the quality system."),
    Group("engineering", 170, (ENG,), ("Multi-skilled Engineer", "Electrical Engineer",
                                      "Controls Technician", "Mechanical Fitter",
                                      "Maintenance Planner", "Pipework Welder"),
          ("mechmaint", "elecmaint", "plc", "packmaint", "hygienic", "instruments",
           "pneumatics", "lube", "cmms", "tpm", "machining", "stillmaint"),
          "Keeps the brewhouse, cellars and packaging lines running."),
    Group("utilities", 60, (UTILITIES,), ("Utilities Operator", "Refrigeration Engineer",
                                         "Effluent Plant Operator", "Boiler Attendant",
                                         "HV Engineer"),
          ("boilers", "ammonia", "glycol", "co2recovery", "aircomp", "effluent", "biogas",
           "watertreat", "hv", "atex"),
          "Runs the steam, cooling, gases, water and effluent."),
    Group("logistics", 70, (LOGISTICS,), ("Warehouse Operative", "Dispatch Loader",
                                         "Drayman", "Dispense Technician", "Keg Controller"),
          ("flt", "dispatch", "wms", "kegfleet", "tankers", "dray", "cellarservice"),
          "Stores and ships the beer and keeps the pubs' cellars pouring."),
    Group("safety", 30, (SHE,), ("Health and Safety Advisor", "Environment Advisor",
                                 "Fire and Security Officer"),
          ("loto", "confined", "co2safety", "chemicals", "env", "fire", "height", "atex"),
          "Keeps the sites safe: permits, gases, chemicals and the environment."),
    Group("academy", 30, (ACADEMY,), ("Training Coordinator", "Apprentice Officer",
                                     "Visitor Centre Guide", "Operator Trainer"),
          ("induction", "trainer", "apprentice", "tours", "sensory"),
          "Inducts, trains and shows visitors round."),
    Group("managers", 70, (BREWHOUSE, PACKAGING, DISTILLERY, ENG),
          ("Head Brewer", "Packaging Manager", "Distillery Manager", "Engineering Manager",
           "Production Planner"),
          ("shiftlead", "ci", "projects", "planning", "mes", "recipe", "audit"),
          "Runs each shift, each line and each project."),
)
SHARED = ("firstaid", "handling", "loto", "induction", "chemicals", "co2safety")

FACILITIES = (
    FacilitySpec("QFB-MIL", "Fellhampton Malt Intake and Mill Tower", "facility", BREWHOUSE,
                 "Six malt silos, the tanker intake pit and a six-roller mill.",
                 ("milling", "maltintake", "atex")),
    FacilitySpec("QFB-BRH", "Fellhampton Brewhouse", "facility", BREWHOUSE,
                 "A 400 hl four-vessel brewhouse: mash conversion vessel, lauter tun, copper and "
                 "whirlpool.", ("mashing", "lautering", "wortboil", "wortcool", "brewcontrol")),
    FacilitySpec("QFB-HOP", "Hop Store and Dry Hop Room", "facility", BREWHOUSE,
                 "A chilled store of hop pellets and a dosing room over the fermenters.",
                 ("hopstore",)),
    FacilitySpec("QFB-PIL", "Fellhampton Pilot Brewery", "facility", BREWHOUSE,
                 "A 5 hl brewing kit for trial brews and new recipes.", ("pilot", "recipe")),
    FacilitySpec("QFB-YST", "Yeast Propagation Room", "laboratory", CELLARS,
                 "Propagators, yeast storage tanks and the pitching main.", ("yeast",)),
    FacilitySpec("QFB-FVH", "Fermentation Hall", "facility", CELLARS,
                 "Forty cylindroconical fermenters on two floors.", ("fermentation",)),
    FacilitySpec("QFB-BBT", "Bright Beer Tank Farm", "facility", CELLARS,
                 "Conditioning and bright beer tanks with in-line carbonation.",
                 ("maturation", "carbonation")),
    FacilitySpec("QFB-FIL", "Filtration and Centrifuge Room", "facility", CELLARS,
                 "A kieselguhr candle filter, a crossflow filter and a disc-stack centrifuge.",
                 ("filtration", "centrifuge")),
    FacilitySpec("QFB-CIP", "Central CIP Station", "service", CELLARS,
                 "Caustic, acid and sterilant tanks serving the cellars and brewhouse.",
                 ("cip", "chemicals")),
    FacilitySpec("QFB-CSK", "Cask Racking Hall", "facility", CELLARS,
                 "Where the real ales are racked into firkins and kilderkins.", ("caskbeer",)),
    FacilitySpec("QFB-CAN", "Fellhampton Can Hall", "facility", PACKAGING,
                 "Two can lines with fillers, seamers and a tunnel pasteuriser.",
                 ("canning", "seaming", "pasteur")),
    FacilitySpec("QFB-BOT", "Fellhampton Bottling Hall", "facility", PACKAGING,
                 "A returnable and non-returnable bottle line with rinser, filler, crowner, "
                 "labeller and EBI.", ("bottling", "labelling", "inspection", "coding")),
    FacilitySpec("QFB-KEG", "Keg Line", "facility", PACKAGING,
                 "A six-head keg racker with external washer and keg checkweigher.",
                 ("kegging",)),
    FacilitySpec("QFB-EOL", "End-of-Line and Palletising Cell", "facility", PACKAGING,
                 "Robot case packers, palletisers and stretch wrappers for all the lines.",
                 ("palletising", "robots", "changeover")),
    FacilitySpec("QFB-GMT", "Glenvorran Floor Maltings and Kiln", "facility", DISTILLERY,
                 "Steeps, three malting floors and a peat-fired kiln.", ("malting",)),
    FacilitySpec("QFB-GMH", "Glenvorran Mash House and Tun Room", "facility", DISTILLERY,
                 "A semi-lauter mash tun and eight Oregon pine washbacks.",
                 ("distmash", "washbacks")),
    FacilitySpec("QFB-GSH", "Glenvorran Still House", "facility", DISTILLERY,
                 "Two wash stills, two spirit stills, worm tubs and the spirit safe.",
                 ("stills", "spiritsafe", "stillmaint")),
    FacilitySpec("QFB-GIN", "Glenvorran Gin Still Room", "facility", DISTILLERY,
                 "A copper pot still with a vapour basket for botanicals.", ("ginstill",)),
    FacilitySpec("QFB-GFS", "Glenvorran Filling Store", "facility", WAREHOUSING,
                 "Cask filling heads, the weighbridge for casks and the excise office.",
                 ("filling", "excise")),
    FacilitySpec("QFB-GBW", "Glenvorran Bonded Warehouses", "facility", WAREHOUSING,
                 "Six dunnage and racked warehouses holding maturing casks under bond.",
                 ("warehouse", "sampling", "fire")),
    FacilitySpec("QFB-COP", "Glenvorran Cooperage", "workshop", WAREHOUSING,
                 "Cask repair benches, a charring fire and the stave store.", ("cooperage",)),
    FacilitySpec("QFB-BLD", "Blending and Reduction Room", "laboratory", WAREHOUSING,
                 "Vatting tanks, reduction water and the blender's nosing room.",
                 ("blending",)),
    FacilitySpec("QFB-DGP", "Glenvorran Dark Grains Plant", "facility", DISTILLERY,
                 "Pot ale evaporators and a draff dryer making cattle feed.", ("draff",)),
    FacilitySpec("QFB-MIC", "Brewery Microbiology Laboratory", "laboratory", QUALITY,
                 "Plating, incubators and a real-time PCR for beer spoilers.", ("microlab",)),
    FacilitySpec("QFB-ALB", "Brewery Analytical Laboratory", "laboratory", QUALITY,
                 "A beer analyser, gas chromatographs and the brewing water bench.",
                 ("chemlab", "gc", "waterlab")),
    FacilitySpec("QFB-SEN", "Quarndale Sensory Suite", "laboratory", QUALITY,
                 "Twelve tasting booths and a panel training room.", ("sensory",)),
    FacilitySpec("QFB-QAO", "Quality Assurance Office", "service", QUALITY,
                 "HACCP, allergen control, audits and the line QA checks.",
                 ("haccp", "audit", "allergen", "packqa")),
    FacilitySpec("QFB-ENG", "Central Engineering Workshop", "workshop", ENG,
                 "Fitting benches, a lathe and mill, and the stainless welding bay.",
                 ("mechmaint", "machining", "hygienic", "lube")),
    FacilitySpec("QFB-ECS", "Fellhampton Electrical and Controls Workshop", "workshop", ENG,
                 "Drive spares, a PLC test rack and the instrument calibration bench.",
                 ("elecmaint", "plc", "instruments", "pneumatics")),
    FacilitySpec("QFB-MPO", "Fellhampton Maintenance Planning Office", "service", ENG,
                 "SAP PM work orders, the TPM board and the packaging engineers' desk.",
                 ("cmms", "tpm", "packmaint")),
    FacilitySpec("QFB-BLR", "Fellhampton Boiler House", "facility", UTILITIES,
                 "Two steam boilers and the reverse osmosis water plant.",
                 ("boilers", "watertreat")),
    FacilitySpec("QFB-REF", "Refrigeration and CO2 Plant", "facility", UTILITIES,
                 "Ammonia compressors, the glycol chillers, CO2 recovery and the air "
                 "compressors.", ("ammonia", "glycol", "co2recovery", "aircomp")),
    FacilitySpec("QFB-ETP", "Fellhampton Effluent Treatment Plant", "facility", UTILITIES,
                 "A balance tank, an anaerobic digester and a biogas CHP engine.",
                 ("effluent", "biogas")),
    FacilitySpec("QFB-SUB", "Fellhampton 11 kV Substation", "facility", UTILITIES,
                 "The incoming 11 kV supply and the transformers to the plant.", ("hv",)),
    FacilitySpec("QFB-WHS", "Finished Goods Warehouse", "facility", LOGISTICS,
                 "High-bay racking, twelve dock doors and the WMS desk.",
                 ("flt", "dispatch", "wms")),
    FacilitySpec("QFB-KYD", "Keg Yard and Tanker Bay", "facility", LOGISTICS,
                 "The empty keg returns yard and the bulk beer tanker loading bay.",
                 ("kegfleet", "tankers")),
    FacilitySpec("QFB-TRD", "Quarndale Trade Services Depot", "service", LOGISTICS,
                 "The dray fleet and the dispense technicians' van base.",
                 ("cellarservice", "dray")),
    FacilitySpec("QFB-SHE", "Safety, Health and Environment Office", "service", SHE,
                 "Permits, gas detection, confined space kit and environmental returns.",
                 ("loto", "confined", "co2safety", "env", "height", "firstaid")),
    FacilitySpec("QFB-VIS", "Glenvorran Visitor Centre", "service", DISTILLERY,
                 "Tours of the still house and warehouse and a tasting bar.", ("tours",)),
    FacilitySpec("QFB-ACD", "Quarndale Brewing Academy", "teaching", ACADEMY,
                 "Classrooms, a training filler and the apprentice workshop.",
                 ("induction", "trainer", "apprentice")),
)

GIVEN = """Callum-Arjun Eilidh-Priya Fraser-Rohan Isla-Anjali Lewis-Vikram Morag-Deepa
Ruaridh-Sanjay Kirsty-Lakshmi Hamish-Rajesh Ailsa-Kavita Gregor-Nikhil Shona-Meera
Murdo-Aditya Catriona-Sunita Alasdair-Harpreet Fiona-Gurpreet Euan-Manish Mhairi-Pooja
Duncan-Amarjit Iona-Neelam Angus-Ravinder Rhona-Jaspreet Torquil-Sandeep
Kirsten-Parminder""".split()
FAMILY = """Macaskill-Chaudhry Buchanan-Sidhu Drummond-Bhatt Ferguson-Dhillon Gillies-Mehta
Henderson-Sandhu Lamont-Kapoor Macrae-Gill Munro-Saini Ogilvie-Grewal Patterson-Bains
Rattray-Joshi Sinclair-Malhotra Tulloch-Chopra Urquhart-Bedi Wishart-Khanna Blackadder-Nair
Cruickshank-Iyer Dalgleish-Menon Fordyce-Pillai""".split()
FAMILY += ["Mac Lathagain-Verma", "O'Rourke-Sethi", "St Clair-Arora", "de la Cour-Goswami",
           "von Bülow-Trivedi"]

QUARNDALE = Site("Quarndale Brewers and Distillers (Fellhampton Brewery)", "QFB",
                 "quarndale.co.uk", CONCEPTS, GROUPS, SHARED, FACILITIES, GIVEN, FAMILY,
                 own=_own)
