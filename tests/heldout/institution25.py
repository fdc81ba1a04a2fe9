"""Loxbrook University's Institute of Food and Nutrition at Cressfield: a twenty-third
fictitious institution, for ``heldout25``.

Loxbrook University is a fictitious English university; its Institute of Food and Nutrition sits
on the Cressfield site, a research and teaching institute of its own with a pilot-scale food
processing hall, test kitchens and a human nutrition unit. Its technicians are food technologists,
process and plant staff, brewers, laboratory analysts, sensory scientists and research nurses and
dietitians: a pilot processing hall (retorts, high pressure processing, aseptic filling), a dairy
pilot plant (pasteurising, cheese, yoghurt, ice cream, whey membranes), a teaching brewery and a
craft distillery with a bonded warehouse, a pilot bakery and cereals laboratory, an extrusion and
drying hall (extruders, spray, freeze and fluid bed dryers), an alternative proteins laboratory
(pulse proteins, precision fermentation, cultivated meat), sensory booths and a consumer testing
suite, a food microbiology laboratory at containment level 2 with a challenge testing room, a
food chemistry laboratory, an allergen and authenticity laboratory, a packaging and shelf-life
laboratory, a food physics laboratory (texture and rheology), a metabolic research kitchen, a
human nutrition unit with a clinical room, a body composition suite and a whole-room calorimeter,
a sample processing laboratory and biobank, cold stores, a hygiene and cleaning team, the plant
engineering and utilities, the workshop, the stores, a quality and food safety office, study
data, and the institute's safety office.

Neither a whole university, a research campus, a national laboratory, a land-based university,
a medical school, an arts university, a veterinary, marine and earth-and-space campus, a human
sciences campus, a chemistry, pharmacy and process faculty, a dental school, a library, museums
and research computing division, a dual-sector technical faculty, an engineering and physical
sciences faculty, a conservatoire nor an energy and environment institute, but a university's
food science and human nutrition institute on its own site (1,200 food technologists, pilot
plant and dairy operators, brewers and distillers, bakers and cereal chemists, extrusion and
drying technicians, protein scientists, sensory panel leaders, food microbiologists and
analysts, packaging technologists, research chefs and dietitians, research nurses and
phlebotomists, body composition and calorimetry staff, cold store, hygiene and plant
engineering staff, workshop, stores, quality and safety staff and managers in the directory),
unlike the institutions before it (Northgate, Tarnside, Calderbridge, Inverallan, Harbourne,
Caerwern, Ashcombe, Hollinsmoor, Fenmere, Carrow Down, Brackenfold, St Wilfrid's, Kingsholm,
Kilbrannan's Ardcraig, Drumcarrig's Mullaghbeg, Wealdmoor, Hallowfield's Saltergate, Wenlowe's
Coldharbour, Marlbridge's Furnace Lane, Ravensholt's Kestrel Park, Corrisdale's Vennell,
Thornbury's Saltmarsh Point). Brackenfold's food processing hall and pilot bakery served a farm
university, Harbourne's sensory centre and Wealdmoor's Hopgarth centre sat beside other schools,
and Mullaghbeg's sport science measured athletes: here food and human nutrition are the whole
institute.

Its HR system knows a person's skills from the food-safety sign-off sheets the institute keeps
under its HACCP plans, where no one may run a step of a process before they are signed off for
it: the export writes a person's skills as their sign-offs:
"<skill> -- <area> <step>-<n> sign-off by <role>, <validity>". The area is the sheet's (PPH the
pilot processing hall, DPP the dairy pilot plant, BRW the brewery and distillery, BAK the bakery
and cereals laboratory, EXD extrusion and drying, PRO alternative proteins, SEN sensory, MIC food
microbiology, CHE food chemistry, ALG allergens and authenticity, PKG packaging and shelf life,
TXR food physics, MRK the metabolic research kitchen, HNU the human nutrition unit, CLD cold
stores, HYG hygiene and cleaning, ENG plant engineering, WKS the workshop, STR the stores, QAS
quality and food safety, DAT study data, SAF safety, MGT management), the step is the HACCP plan's
control the sign-off belongs to (CCP a critical control point, OPRP an operational prerequisite
programme, PRP a prerequisite programme) and its number (1 to 6); then the role that signed it
off (each area its own two, e.g. "Dairy Plant Manager" or "Process Authority" for DPP, "Nutrition
Unit Manager" or "Medical Lead" for HNU); last the sign-off's validity: "valid to MM/YYYY" (2025
to 2029), "lapsed MM/YYYY" (2022 to 2024) or "no expiry set". The skill comes first; all of the
fields follow from the text, so the generator stays deterministic, and they can sit oddly beside
a person's level (the bundle's level column) or the skill, as such sheets do: "Ordering
ingredients for pilot trials -- STR CCP-4 sign-off by Stores Manager, valid to 02/2027". Beside
those, rows the staff typed into the skills survey are their own: lower-case, lab slang and kit
names ("vat runs for cheddar", "tvc plating"). Some are written as no technician taxonomy is
likely to write them (panel vouchers, farm milk collection). Facilities have names, aliases (in
the name or the description) and role holders. Concept keys are the evaluation's own, not the
taxonomy's ids (written after the names were labelled, so by someone who had read
``taxonomies/skills.csv``, never the matcher or the engine). Generated by the same deterministic
generator as Northgate (``institution.generate``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tests.heldout.institution import FacilitySpec, Group, Site

__all__ = ["AREAS", "AREA_ROLES", "CRESSFIELD", "PEOPLE", "ROLES", "SEED", "SHEET", "STEPS"]

PEOPLE, SEED = 1200, 25703     # tests.heldout.institution.generate(PEOPLE, SEED, CRESSFIELD)
# each sign-off sheet's area and the two roles that may sign a person off on it
AREA_ROLES: dict[str, tuple[str, str]] = {
    "PPH": ("Pilot Hall Manager", "Process Authority"),
    "DPP": ("Dairy Plant Manager", "Process Authority"),
    "BRW": ("Head Brewer", "Distillery Manager"),
    "BAK": ("Bakery Lead", "Cereals Lab Manager"),
    "EXD": ("Pilot Hall Manager", "Powders Lab Lead"),
    "PRO": ("Protein Lab Lead", "Biosafety Officer"),
    "SEN": ("Sensory Manager", "Panel Leader"),
    "MIC": ("Microbiology Lab Manager", "Biosafety Officer"),
    "CHE": ("Analytical Lab Manager", "QA Lead"),
    "ALG": ("Allergen Lab Lead", "QA Lead"),
    "PKG": ("Packaging Lab Lead", "Shelf-Life Manager"),
    "TXR": ("Food Physics Lab Lead", "Analytical Lab Manager"),
    "MRK": ("Research Kitchen Manager", "Research Dietitian"),
    "HNU": ("Nutrition Unit Manager", "Medical Lead"),
    "CLD": ("Cold Store Supervisor", "Refrigeration Engineer"),
    "HYG": ("Hygiene Manager", "QA Lead"),
    "ENG": ("Plant Engineer", "Head of Technical Services"),
    "WKS": ("Workshop Manager", "Plant Engineer"),
    "STR": ("Stores Manager", "Head of Technical Services"),
    "QAS": ("QA Lead", "Food Safety Team Leader"),
    "DAT": ("Data Manager", "Information Security Officer"),
    "SAF": ("Institute Safety Manager", "Director of Operations"),
    "MGT": ("Director of Operations", "Institute Director"),
}
AREAS = tuple(AREA_ROLES)
STEPS = ("CCP", "OPRP", "PRP")
ROLES = tuple(dict.fromkeys(r for roles in AREA_ROLES.values() for r in roles))
# a sign-off as the sheet's export writes it: the skill, the area and the HACCP plan's step, the
# role that signed it off and its validity ("valid to" or "lapsed" and a month, or none set)
SHEET = re.compile(r"^(\S.*\S) -- (" + "|".join(AREAS) + r") (CCP|OPRP|PRP)-([1-6]) sign-off by ("
                   + "|".join(re.escape(r) for r in ROLES) + r"), (no expiry set|lapsed "
                   r"(\d{2})/(\d{4})|valid to (\d{2})/(\d{4}))$")


def _sheet(area: str) -> Callable[[str], str]:
    """The sign-off sheet's writer for one area: the step, its number, the signing role and the
    validity, all following from the text (most valid, some lapsed, some never given one)."""
    roles = AREA_ROLES[area]

    def line(text: str) -> str:
        n, s = len(text), sum(map(ord, text))
        step = STEPS[(s // 3 + n) % 3]
        number = 1 + (s // 11 + n) % 6
        role = roles[(s // 7 + n) % 2]
        kind, month = (s // 5 + n) % 8, 1 + (s // 13 + n) % 12
        if kind < 5:
            validity = f"valid to {month:02d}/{2025 + (s // 17) % 5}"
        elif kind < 7:
            validity = f"lapsed {month:02d}/{2022 + (s // 17) % 3}"
        else:
            validity = "no expiry set"
        return f"{text} -- {area} {step}-{number} sign-off by {role}, {validity}"
    return line


(PPH, DPP, BRW, BAK, EXD, PRO, SEN, MIC, CHE, ALG, PKG, TXR, MRK, HNU, CLD, HYG, ENG, WKS, STR,
 QAS, DAT, SAF, MGT) = (_sheet(a) for a in AREAS)

# concept key -> HR spellings (the first is the sign-off sheet's row; the other is a row the
# staff typed into the skills survey)
CONCEPTS: dict[str, tuple[str, ...]] = {
    # the pilot processing hall
    "retort": (PPH("Operating the pilot retort for canned and pouched foods"),
               "retort cycles for pouches"),
    "thermalval": (PPH("Validating thermal processes with heat penetration tests"),
                   "ellab probes in the retort"),
    "hpp": (PPH("Running the high pressure processing vessel"), "hpp vessel loads"),
    "aseptic": (PPH("Aseptic processing and filling of sauces"), "aseptic filler shifts"),
    "kettles": (PPH("Cooking batches in steam-jacketed kettles"), "jacketed pan cooks"),
    "scaleup": (PPH("Scaling up product trials for industry clients"),
                "client trials in the pilot hall"),
    "seaming": (PPH("Checking double seams on cans"), "seam tear downs on cans"),
    # the dairy pilot plant
    "pasteuriser": (DPP("Running the HTST pasteuriser on the dairy plant"),
                    "plate pasteuriser runs"),
    "cheese": (DPP("Making hard and soft cheeses in the pilot vat"), "vat runs for cheddar"),
    "yoghurt": (DPP("Producing yoghurts and fermented milks"), "yoghurt set and stirred"),
    "icecream": (DPP("Making ice cream on the continuous freezer"), "ice cream freezer days"),
    "membranes": (DPP("Ultrafiltration and reverse osmosis of milk and whey"),
                  "membrane plant for whey"),
    "uht": (DPP("Processing milk on the UHT plant"), "uht rig runs"),
    "milktests": (DPP("Testing raw milk at reception"), "milk intake checks"),
    # the brewery and distillery
    "brewhouse": (BRW("Brewing on the teaching brewhouse"), "brew days on the pilot kit"),
    "fermenters": (BRW("Managing beer fermentations"), "fv gravity checks"),
    "still": (BRW("Running the pot still and the gin still"), "spirit runs on the pot still"),
    "bond": (BRW("Keeping bonded warehouse records for HMRC"), "bond records and duty returns"),
    "yeastprop": (BRW("Propagating and pitching brewing yeast"), "yeast propagation for brews"),
    "packaging_beer": (BRW("Canning and bottling beer"), "small pack runs for the beer"),
    "maltanalysis": (BRW("Analysing malt, wort and beer"), "wort and beer analysis"),
    # the bakery and cereals laboratory
    "bakery": (BAK("Baking bread and morning goods in the pilot bakery"),
               "pilot bakery bakes"),
    "doughtest": (BAK("Testing dough on the farinograph and alveograph"), "alveograph runs"),
    "milling": (BAK("Milling wheat on the experimental mill"), "buhler mill runs"),
    "fallingnumber": (BAK("Falling number and flour quality testing"), "hagberg tests"),
    "biscuits": (BAK("Making biscuits and laminated pastry"), "biscuit and pastry trials"),
    # extrusion and drying
    "extrusion": (EXD("Extrusion cooking of snacks and cereals"),
                  "extruder runs for puffed snacks"),
    "spraydry": (EXD("Spray drying food powders"), "spray drier campaigns"),
    "freezedry": (EXD("Freeze drying foods and ingredients"), "lyo runs for fruit"),
    "fluidbed": (EXD("Agglomerating powders in the fluid bed"), "fluid bed runs"),
    "encaps": (EXD("Encapsulating flavours and probiotics"), "encapsulation of flavours"),
    "powderflow": (EXD("Testing powder flow and bulk density"), "powder flow tester runs"),
    # alternative proteins
    "pulseprotein": (PRO("Extracting proteins from pulses"), "fava and pea protein isolates"),
    "precisionferm": (PRO("Precision fermentation in bench bioreactors"),
                      "fermentation runs for food proteins"),
    "cultivated": (PRO("Growing cultivated meat cells"), "cell culture for cultured meat"),
    "analogues": (PRO("Making meat analogues by high moisture extrusion"),
                  "hme runs for plant based meat"),
    "mycoprotein": (PRO("Growing mycoprotein in fermenters"), "fungal protein ferments"),
    # sensory
    "sensorypanel": (SEN("Running trained sensory panels"), "trained panel sessions"),
    "assessors": (SEN("Screening new sensory assessors"),
                  "panellist screening days"),
    "difference": (SEN("Difference testing with triangle and tetrad tests"), "tetrad tests"),
    "descriptive": (SEN("Descriptive sensory profiling"), "profiling with the panel"),
    "consumer": (SEN("Running consumer acceptance tests"), "consumer hall tests"),
    "compusense": (SEN("Building tests in Compusense"), "compusense test builds"),
    "samplesprep": (SEN("Preparing and serving sensory samples"), "serving samples in booths"),
    # food microbiology
    "platecounts": (MIC("Enumerating microorganisms in foods"), "tvc plating"),
    "pathogens": (MIC("Detecting foodborne pathogens"), "listeria and salmonella work"),
    "challenge": (MIC("Challenge testing of foods"), "challenge test set ups"),
    "cl2": (MIC("Working in the CL2 food microbiology laboratory"),
            "cl2 room work for the micro lab"),
    "media": (MIC("Preparing microbiological media"), "making up agar"),
    "envmon": (MIC("Environmental monitoring of the pilot hall"), "zone swabbing"),
    "wateractivity": (MIC("Measuring water activity of foods"), "aw meter readings"),
    "rapidmicro": (MIC("Rapid microbiology by PCR"), "rapid pcr kits for pathogens"),
    # food chemistry
    "proximate": (CHE("Proximate analysis of foods and ingredients"), "proximate panel"),
    "protein": (CHE("Nitrogen and protein by Kjeldahl and Dumas"), "dumas runs"),
    "fat": (CHE("Fat by Soxhlet and acid hydrolysis"), "fat extractions"),
    "fibre": (CHE("Dietary fibre by AOAC methods"), "aoac fibre"),
    "sugarshplc": (CHE("Sugars and organic acids by HPLC"), "hplc for sugars and acids"),
    "fames": (CHE("Fatty acid profiling by GC-FID"), "fame profiles"),
    "minerals": (CHE("Minerals and trace elements in foods by ICP-MS"), "icp for minerals"),
    "volatiles": (CHE("Flavour volatiles by headspace GC-MS"), "spme volatiles"),
    "phacidity": (CHE("pH, titratable acidity and salt"), "ph and salt checks"),
    # allergens and authenticity
    "allergenelisa": (ALG("Allergen ELISAs on foods and swabs"), "allergen elisa plates"),
    "gluten": (ALG("Gluten testing for gluten-free products"), "gluten r5 elisa"),
    "speciespcr": (ALG("Meat and fish species testing by PCR"), "species id by pcr"),
    "isotopes": (ALG("Stable isotope testing of food origin"), "irms for origin testing"),
    "mycotoxins": (ALG("Mycotoxin testing of grains and nuts"), "aflatoxin and don tests"),
    # packaging and shelf life
    "map": (PKG("Packing under modified atmosphere"), "tray sealer runs"),
    "headspace": (PKG("Measuring pack headspace gases"), "pack gas checks"),
    "seals": (PKG("Testing pack seals and leaks"), "seal strength pulls"),
    "shelflife": (PKG("Running shelf-life studies"), "shelf life pulls"),
    "otr": (PKG("Measuring oxygen and water vapour transmission of films"), "mocon otr tests"),
    "labelling": (PKG("Writing food labels to the Food Information Regulations"),
                  "label artwork checks"),
    # food physics
    "texture": (TXR("Texture analysis of foods"), "ta.xt runs"),
    "rheology": (TXR("Rheology of food gels and sauces"), "rheometer sweeps"),
    "particles": (TXR("Particle sizing of emulsions and powders"), "mastersizer runs"),
    "colour": (TXR("Measuring food colour"), "chroma meter readings"),
    "dsc": (TXR("Thermal analysis of fats and starches by DSC"), "dsc runs on fats"),
    "emulsions": (TXR("Making and testing food emulsions"), "emulsion work"),
    # the metabolic research kitchen
    "diets": (MRK("Preparing controlled diets for feeding studies"), "weighing study diets"),
    "recipes": (MRK("Developing and standardising study recipes"), "study recipe testing"),
    "dietanalysis": (MRK("Nutrient analysis of diets in Nutritics"), "nutritics diet analysis"),
    "testmeals": (MRK("Preparing standard test meals"), "test breakfast prep"),
    "kitchenhyg": (MRK("Running the research kitchen to food hygiene rules"),
                   "kitchen food safety logs"),
    "cookery": (MRK("Teaching cookery to study participants"), "cookery classes for volunteers"),
    # the human nutrition unit
    "venepuncture": (HNU("Taking blood from study volunteers"), "bloods at study visits"),
    "cannulation": (HNU("Cannulating volunteers for meal tests"),
                    "cannulas for postprandial tests"),
    "dexa": (HNU("DEXA scans for body composition"), "dxa body composition scans"),
    "calorimetry": (HNU("Measuring resting energy expenditure by indirect calorimetry"),
                    "ree on the hood"),
    "chamber": (HNU("Operating the whole-room calorimeter chambers"), "calorimeter chamber stays"),
    "anthropometry": (HNU("Anthropometry of study volunteers"), "waist and height measures"),
    "gcp": (HNU("Conducting studies to Good Clinical Practice"), "gcp study visits"),
    "recruitment": (HNU("Recruiting and screening study volunteers"), "volunteer screening"),
    "dietrecall": (HNU("Dietary recalls and food diaries"), "food diary coding"),
    "glucose": (HNU("Fitting continuous glucose monitors"), "libre sensor fitting"),
    # sample processing and the biobank
    "sampleproc": (HNU("Processing blood and urine samples"), "centrifuging study bloods"),
    "biobank": (HNU("Keeping the nutrition study biobank"), "biobank freezer boxes"),
    # cold stores
    "coldrooms": (CLD("Running the cold rooms and walk-in freezers"), "walk in freezer checks"),
    "tempmon": (CLD("Monitoring store temperatures and alarms"), "temperature alarm rota"),
    "blastchill": (CLD("Blast chilling and freezing products"), "blast freezer loads"),
    "freezers80": (CLD("Looking after the minus 80 freezers"), "-80 defrosts"),
    # hygiene and cleaning
    "cip": (HYG("Running cleaning-in-place on the process lines"), "cip cycles on the lines"),
    "hygiene": (HYG("Planning hygiene and cleaning schedules"), "cleaning schedule upkeep"),
    "highcare": (HYG("Working in high-care areas"), "high care zone work"),
    "atp": (HYG("Verifying cleaning with ATP swabs"), "atp checks after cleans"),
    "pests": (HYG("Managing pest control in the food areas"), "pest contractor visits"),
    "glassaudit": (HYG("Glass and hard plastics audits"), "glass register checks"),
    # plant engineering and utilities
    "boiler": (ENG("Running the steam boiler plant"), "boiler house checks"),
    "refrigeration": (ENG("Maintaining refrigeration plant"), "refrigeration plant servicing"),
    "compressedair": (ENG("Maintaining compressed air systems"), "air compressor servicing"),
    "ppm": (ENG("Planned maintenance of process equipment"), "ppm jobs on the lines"),
    "plc": (ENG("Programming and fault finding PLCs on process lines"), "plc work on the lines"),
    "calibration": (ENG("Calibrating probes, balances and thermometers"),
                    "probe and balance calibrations"),
    "fitting": (ENG("Fitting pumps, valves and seals"), "pump and valve fitting"),
    # the workshop
    "tig": (WKS("TIG welding stainless pipework"), "stainless tig work"),
    "fabrication": (WKS("Fabricating stainless steel equipment"), "stainless frames and guards"),
    "machining": (WKS("Turning and milling parts"), "lathe and mill jobs for the hall"),
    "rigs": (WKS("Designing and building bespoke food rigs"), "bespoke rigs for trials"),
    "cad": (WKS("Drawing equipment in CAD"), "cad drawings for mods"),
    # the stores
    "goodsin": (STR("Receiving and checking ingredient deliveries"), "goods in checks"),
    "ordering": (STR("Ordering ingredients for pilot trials"), "ingredient orders"),
    "forklift": (STR("Driving the counterbalance forklift"), "forklift moves"),
    "dispatch": (STR("Sending samples out by courier"), "courier dispatches"),
    "chemstores": (STR("Managing the chemical store"), "chem store checks"),
    # quality and food safety
    "haccp": (QAS("Developing and reviewing HACCP plans"), "haccp plan reviews"),
    "brcgs": (QAS("Auditing to the BRCGS food safety standard"), "brcgs audit prep"),
    "traceability": (QAS("Traceability and recall exercises"), "trace tests"),
    "qms": (QAS("Maintaining the quality management system"), "qms upkeep"),
    "foodsafety": (QAS("Food safety training for staff and students"),
                   "level 2 food hygiene training"),
    # study data
    "redcap": (DAT("Building REDCap databases for studies"), "redcap forms"),
    "stats": (DAT("Analysing study and sensory data statistically"), "stats on panel data"),
    "dataprotection": (DAT("Protecting volunteer personal data"), "gdpr for volunteers"),
    "rcode": (DAT("Writing R scripts for data analysis"), "r scripts"),
    # safety
    "risk": (SAF("Risk assessing pilot trials and studies"), "trial risk assessments"),
    "coshh": (SAF("COSHH assessment of food lab chemicals"), "coshh sheets for the labs"),
    "firstaid": (SAF("First aid at work duties"), "first aid cover in the hall"),
    "fire": (SAF("Fire marshal duties for the pilot hall"), "fire marshal rota"),
    "manual": (SAF("Manual handling of sacks and drums"), "lifting sacks"),
    "dsear": (SAF("DSEAR assessment of flour and powder dust"), "dust explosion zoning"),
    "noise": (SAF("Noise assessment in the process halls"), "noise checks in the hall"),
    # management and the rest
    "linemgmt": (MGT("Line managing the institute's food technicians"), "running the tech team"),
    "budget": (MGT("Managing pilot hall budgets"), "budget and recharges"),
    "students": (MGT("Supporting student food projects"), "helping project students"),
    "teaching": (MGT("Preparing practical classes in food science"), "prepping food practicals"),
    "shortcourses": (MGT("Running short courses for the food industry"), "industry course days"),
    "clients": (MGT("Managing commercial client trials"), "client bookings"),
    "sops": (MGT("Writing standard operating procedures"), "sop drafting for the lines"),
    "outreach": (MGT("Running open days and food festivals"), "food festival stands"),
    "ethics": (MGT("Preparing ethics applications for human studies"),
               "ethics paperwork for studies"),
    "vouchers": (HNU("Paying study volunteers their vouchers"), "volunteer vouchers"),
    "farmmilk": (DPP("Collecting milk from the university farm"), "farm milk collection"),
}

PROCESSING = "Food Processing Division"
DAIRY = "Dairy Science Division"
BREWING = "Brewing and Distilling Division"
CEREALS = "Cereals and Bakery Division"
PROTEIN = "Future Proteins Division"
SENSORY = "Sensory and Consumer Science Division"
MICRO = "Food Safety and Microbiology Division"
ANALYSIS = "Food Analysis Division"
PACKAGING = "Packaging and Food Physics Division"
NUTRITION = "Human Nutrition Division"
TECH = "Institute Technical Services"
QUALITY = "Quality and Food Safety Office"
SAFETY = "Institute Safety Office"

GROUPS = (
    Group("pilothall", 7, (PROCESSING,), ("Pilot Plant Technician", "Food Process Technician",
                                          "Process Development Technologist"),
          ("retort", "thermalval", "hpp", "aseptic", "kettles", "scaleup", "seaming", "cip"),
          "Runs the retorts, the HPP vessel and the filling lines in the pilot hall."),
    Group("dairy", 6, (DAIRY,), ("Dairy Technologist", "Dairy Pilot Plant Operator"),
          ("pasteuriser", "cheese", "yoghurt", "icecream", "membranes", "uht", "milktests",
           "farmmilk", "cip"),
          "Runs the dairy pilot plant from milk intake to cheese and ice cream."),
    Group("brewing", 5, (BREWING,), ("Brewing Technician", "Distillery Technician",
                                     "Teaching Brewer"),
          ("brewhouse", "fermenters", "still", "bond", "yeastprop", "packaging_beer",
           "maltanalysis"),
          "Brews, distils and keeps the bond."),
    Group("bakery", 4, (CEREALS,), ("Bakery Technologist", "Cereals Laboratory Technician"),
          ("bakery", "doughtest", "milling", "fallingnumber", "biscuits", "dsear"),
          "Mills, tests and bakes in the pilot bakery and cereals lab."),
    Group("extrusion", 5, (PROCESSING,), ("Extrusion Technician", "Powders Technician"),
          ("extrusion", "spraydry", "freezedry", "fluidbed", "encaps", "powderflow", "dsear"),
          "Runs the extruders and the dryers."),
    Group("protein", 5, (PROTEIN,), ("Protein Technologist", "Fermentation Technician",
                                     "Cell Culture Technician (Food)"),
          ("pulseprotein", "precisionferm", "cultivated", "analogues", "mycoprotein"),
          "Makes and tests new proteins from plants, fungi, microbes and cells."),
    Group("sensory", 5, (SENSORY,), ("Sensory Scientist", "Sensory Panel Leader",
                                     "Consumer Research Technician"),
          ("sensorypanel", "assessors", "difference", "descriptive", "consumer", "compusense",
           "samplesprep", "stats"),
          "Runs the sensory booths, the trained panel and consumer tests."),
    Group("micro", 6, (MICRO,), ("Food Microbiologist (Technical)", "Microbiology Technician"),
          ("platecounts", "pathogens", "challenge", "cl2", "media", "envmon", "wateractivity",
           "rapidmicro"),
          "Tests foods and the hall for microbes and runs challenge tests."),
    Group("chemistry", 6, (ANALYSIS,), ("Food Analyst", "Analytical Technician (Food)"),
          ("proximate", "protein", "fat", "fibre", "sugarshplc", "fames", "minerals",
           "volatiles", "phacidity"),
          "Analyses what foods are made of."),
    Group("allergens", 3, (ANALYSIS,), ("Allergen Analyst", "Authenticity Technician"),
          ("allergenelisa", "gluten", "speciespcr", "isotopes", "mycotoxins"),
          "Tests foods for allergens, species, origin and toxins."),
    Group("packaging", 4, (PACKAGING,), ("Packaging Technologist", "Shelf-Life Technician"),
          ("map", "headspace", "seals", "shelflife", "otr", "labelling"),
          "Packs, seals and stores products for shelf-life studies."),
    Group("physics", 4, (PACKAGING,), ("Food Physics Technician", "Rheology Technician"),
          ("texture", "rheology", "particles", "colour", "dsc", "emulsions"),
          "Measures texture, flow, particles and colour."),
    Group("kitchen", 5, (NUTRITION,), ("Research Chef", "Research Dietitian",
                                       "Metabolic Kitchen Technician"),
          ("diets", "recipes", "dietanalysis", "testmeals", "kitchenhyg", "cookery",
           "blastchill"),
          "Prepares study diets and test meals in the metabolic research kitchen."),
    Group("nutritionunit", 7, (NUTRITION,), ("Research Nurse (Nutrition)",
                                             "Clinical Research Technician", "Phlebotomist",
                                             "Body Composition Technician"),
          ("venepuncture", "cannulation", "dexa", "calorimetry", "chamber", "anthropometry",
           "gcp", "recruitment", "dietrecall", "glucose", "vouchers"),
          "Runs study visits: bloods, scans and calorimetry."),
    Group("samples", 3, (NUTRITION,), ("Sample Processing Technician", "Biobank Technician"),
          ("sampleproc", "biobank", "freezers80", "tempmon", "gcp"),
          "Processes and stores the studies' samples."),
    Group("cold", 3, (TECH,), ("Cold Store Technician", "Cold Chain Operative"),
          ("coldrooms", "tempmon", "blastchill", "freezers80", "forklift"),
          "Runs the cold rooms, freezers and their alarms."),
    Group("hygiene", 4, (TECH, QUALITY), ("Hygiene Technician", "Hygiene Team Leader"),
          ("cip", "hygiene", "highcare", "atp", "pests", "glassaudit", "coshh"),
          "Cleans the hall and verifies it."),
    Group("engineering", 5, (TECH,), ("Plant Engineer", "Maintenance Engineer (Food)",
                                      "Utilities Technician"),
          ("boiler", "refrigeration", "compressedair", "ppm", "plc", "calibration", "fitting"),
          "Keeps the process lines and utilities running."),
    Group("workshop", 3, (TECH,), ("Workshop Technician", "Design Technician"),
          ("tig", "fabrication", "machining", "rigs", "cad"),
          "Designs, fabricates and welds equipment in stainless."),
    Group("stores", 3, (TECH,), ("Stores Technician", "Goods In Assistant"),
          ("goodsin", "ordering", "forklift", "dispatch", "chemstores", "traceability"),
          "Runs goods in, the stores and dispatch."),
    Group("quality", 3, (QUALITY,), ("Food Safety Manager", "Quality Assurance Technologist"),
          ("haccp", "brcgs", "traceability", "qms", "foodsafety", "labelling"),
          "Keeps the HACCP plans and the quality system."),
    Group("data", 3, (NUTRITION, SENSORY), ("Study Data Manager", "Data Analyst (Nutrition)"),
          ("redcap", "stats", "dataprotection", "rcode"),
          "Builds study databases and analyses the data."),
    Group("safety", 2, (SAFETY,), ("Institute Safety Adviser",),
          ("risk", "coshh", "dsear", "noise", "fire", "firstaid"),
          "Advises on process, laboratory and study safety."),
    Group("management", 5, (PROCESSING, DAIRY, NUTRITION, ANALYSIS, TECH),
          ("Laboratory Manager", "Technical Manager", "Pilot Hall Manager"),
          ("linemgmt", "budget", "students", "teaching", "shortcourses", "clients", "sops",
           "outreach", "ethics"),
          "Manages the laboratories, the pilot hall, its clients and its people."),
)
SHARED = ("risk", "coshh", "firstaid", "fire", "manual", "foodsafety", "sops", "students",
          "teaching")

FACILITIES = (
    FacilitySpec("LCF-PPH", "Cressfield Pilot Processing Hall", "pilot plant", PROCESSING,
                 "Retorts, an HPP vessel, kettles and an aseptic filler; the pilot hall.",
                 ("retort", "hpp", "aseptic", "kettles")),
    FacilitySpec("LCF-TPV", "Thermal Process Validation Laboratory", "laboratory", PROCESSING,
                 "Heat penetration and temperature distribution testing and can seam checks.",
                 ("thermalval", "seaming")),
    FacilitySpec("LCF-DPP", "Dairy Pilot Plant", "pilot plant", DAIRY,
                 "An HTST pasteuriser, a UHT rig, a cheese vat and a membrane plant; the dairy.",
                 ("pasteuriser", "cheese", "uht", "membranes")),
    FacilitySpec("LCF-CRM", "Cressfield Creamery", "pilot plant", DAIRY,
                 "Yoghurt, ice cream and butter lines beside the dairy pilot plant.",
                 ("yoghurt", "icecream")),
    FacilitySpec("LCF-BRW", "Teaching Brewery", "pilot plant", BREWING,
                 "A five-barrel brewhouse, fermenters and a canning line; the brewhouse.",
                 ("brewhouse", "fermenters", "packaging_beer")),
    FacilitySpec("LCF-DIS", "Craft Distillery and Bonded Warehouse", "pilot plant", BREWING,
                 "A copper pot still, a gin still and a bonded cask store; the still house.",
                 ("still", "bond")),
    FacilitySpec("LCF-BLB", "Brewing Science Laboratory", "laboratory", BREWING,
                 "Yeast propagation and malt, wort and beer analysis.",
                 ("yeastprop", "maltanalysis")),
    FacilitySpec("LCF-BAK", "Loxbrook Pilot Bakery", "pilot plant", CEREALS,
                 "Deck and tunnel ovens, a sheeter and provers; the bakery.",
                 ("bakery", "biscuits")),
    FacilitySpec("LCF-CER", "Cereals Laboratory", "laboratory", CEREALS,
                 "An experimental mill, dough testing and falling number.",
                 ("milling", "doughtest", "fallingnumber")),
    FacilitySpec("LCF-EXT", "Extrusion Hall", "pilot plant", PROCESSING,
                 "Twin-screw food extruders with dies, cutters and a dryer; the extruder hall.",
                 ("extrusion", "analogues")),
    FacilitySpec("LCF-PWD", "Powders and Drying Laboratory", "laboratory", PROCESSING,
                 "A pilot spray dryer, freeze dryers and a fluid bed; the powders lab.",
                 ("spraydry", "freezedry", "fluidbed", "encaps", "powderflow")),
    FacilitySpec("LCF-ALT", "Alternative Proteins Laboratory", "laboratory", PROTEIN,
                 "Pulse protein extraction, bench bioreactors and a food-grade cell culture "
                 "suite.", ("pulseprotein", "precisionferm", "cultivated", "mycoprotein")),
    FacilitySpec("LCF-SEN", "Cressfield Sensory Booths", "laboratory", SENSORY,
                 "Twenty sensory booths with a serving kitchen; the sensory booths.",
                 ("sensorypanel", "difference", "descriptive", "samplesprep")),
    FacilitySpec("LCF-CON", "Consumer Testing Centre", "laboratory", SENSORY,
                 "A hall test room and a home-use panel run through Compusense.",
                 ("consumer", "compusense", "assessors")),
    FacilitySpec("LCF-MIC", "Cressfield Food Microbiology Laboratory", "laboratory", MICRO,
                 "A CL2 laboratory for food pathogens, counts and rapid methods; the micro lab.",
                 ("platecounts", "pathogens", "cl2", "rapidmicro")),
    FacilitySpec("LCF-CHT", "Challenge Testing Room", "laboratory", MICRO,
                 "Incubators for inoculated product and water activity meters.",
                 ("challenge", "wateractivity")),
    FacilitySpec("LCF-MED", "Media Kitchen", "service", MICRO,
                 "Agar and broth preparation with autoclaves and a plate pourer.", ("media",)),
    FacilitySpec("LCF-CHE", "Loxbrook Food Chemistry Laboratory", "laboratory", ANALYSIS,
                 "Kjeldahl, Dumas, Soxhlet and fibre analysis; the chemistry lab.",
                 ("proximate", "protein", "fat", "fibre", "phacidity")),
    FacilitySpec("LCF-INS", "Food Instrumentation Suite", "instrument", ANALYSIS,
                 "HPLC, GC-FID, headspace GC-MS and ICP-MS for foods.",
                 ("sugarshplc", "fames", "volatiles", "minerals")),
    FacilitySpec("LCF-ALG", "Allergen and Authenticity Laboratory", "laboratory", ANALYSIS,
                 "A segregated lab for allergen ELISAs, species PCR and isotope testing.",
                 ("allergenelisa", "gluten", "speciespcr", "isotopes", "mycotoxins")),
    FacilitySpec("LCF-PKG", "Packaging and Shelf-Life Laboratory", "laboratory", PACKAGING,
                 "Tray sealers, gas analysers, seal testers and storage cabinets; the shelf-life "
                 "lab.", ("map", "headspace", "seals", "shelflife", "otr")),
    FacilitySpec("LCF-PHY", "Food Physics Laboratory", "laboratory", PACKAGING,
                 "Texture analysers, rheometers, a laser diffraction sizer and a DSC.",
                 ("texture", "rheology", "particles", "colour", "dsc", "emulsions")),
    FacilitySpec("LCF-MRK", "Metabolic Research Kitchen", "laboratory", NUTRITION,
                 "A research kitchen for weighed study diets and test meals; the metabolic "
                 "kitchen.", ("diets", "recipes", "testmeals", "kitchenhyg", "dietanalysis")),
    FacilitySpec("LCF-HNU", "Human Nutrition Unit", "clinical", NUTRITION,
                 "Clinical rooms for study visits, bloods and meal tests; the HNU.",
                 ("venepuncture", "cannulation", "gcp", "recruitment")),
    FacilitySpec("LCF-BCS", "DEXA and Calorimetry Suite", "clinical", NUTRITION,
                 "A DEXA scanner, a ventilated hood and anthropometry; the DXA room.",
                 ("dexa", "calorimetry", "anthropometry")),
    FacilitySpec("LCF-WRC", "Whole-Room Calorimeter", "clinical", NUTRITION,
                 "Two respiration chambers for 24-hour energy expenditure.", ("chamber",)),
    FacilitySpec("LCF-SPL", "Nutrition Sample Processing Laboratory", "laboratory", NUTRITION,
                 "Centrifuges and aliquoting for study bloods and urines.", ("sampleproc",)),
    FacilitySpec("LCF-BIO", "Cressfield Nutrition Biobank", "service", NUTRITION,
                 "Minus 80 freezers and a sample register for the studies; the biobank.",
                 ("biobank", "freezers80")),
    FacilitySpec("LCF-CLD", "Cressfield Cold Stores", "service", TECH,
                 "Chill and freezer rooms and a blast freezer with alarms; the cold stores.",
                 ("coldrooms", "tempmon", "blastchill")),
    FacilitySpec("LCF-HYG", "Hygiene and Cleaning Centre", "service", TECH,
                 "CIP sets, the high-care changing room and the cleaning chemical store.",
                 ("cip", "hygiene", "highcare", "atp")),
    FacilitySpec("LCF-UTL", "Cressfield Utilities Plant", "service", TECH,
                 "The steam boiler house, refrigeration plant and air compressors; the plant "
                 "room.", ("boiler", "refrigeration", "compressedair")),
    FacilitySpec("LCF-ENG", "Process Engineering Maintenance Bay", "workshop", TECH,
                 "Maintenance of the process lines, their PLCs, pumps and probes.",
                 ("ppm", "plc", "fitting", "calibration")),
    FacilitySpec("LCF-WKS", "Cressfield Stainless Workshop", "workshop", TECH,
                 "Welding, fabrication and machining in stainless steel; the workshop.",
                 ("tig", "fabrication", "machining", "rigs", "cad")),
    FacilitySpec("LCF-STR", "Cressfield Ingredient Stores and Goods In", "service", TECH,
                 "Ingredient and chemical stores, goods in and courier dispatch; the stores.",
                 ("goodsin", "ordering", "dispatch", "chemstores", "forklift")),
    FacilitySpec("LCF-QAS", "Quality and Food Safety Office", "service", QUALITY,
                 "HACCP plans, BRCGS audits and traceability for the institute.",
                 ("haccp", "brcgs", "traceability", "qms")),
    FacilitySpec("LCF-LAB", "Food Labelling Clinic", "service", QUALITY,
                 "Label checks and nutrition declarations for students and clients.",
                 ("labelling",)),
    FacilitySpec("LCF-DAT", "Nutrition Study Data Office", "computing", NUTRITION,
                 "REDCap builds, study databases and statistics support.",
                 ("redcap", "stats", "dataprotection")),
    FacilitySpec("LCF-TRN", "Food Industry Training Centre", "teaching", TECH,
                 "Short courses and practical classes for students and industry.",
                 ("shortcourses", "teaching")),
    FacilitySpec("LCF-CLI", "Commercial Trials Office", "service", PROCESSING,
                 "Bookings and trials for food industry clients in the pilot hall.",
                 ("clients", "scaleup")),
    FacilitySpec("LCF-SAF", "Cressfield Safety Office", "service", SAFETY,
                 "Risk assessments, COSHH and DSEAR for the institute.",
                 ("risk", "coshh", "dsear")),
)

GIVEN = """Sigríður Þórhildur Guðmundur-Ari Hrafnhildur Hjördís Ragnheiður Snæbjörn Ásgerður
Ilze-Marta Jānis-Arvīds Kristīne Vésteinn Sarmīte Valdis-Egils Dalia-Rūta Giedrius
Aušrinė Laimdota Žydrūnė Mojca Primož Tjaša Urška-Nika Blaž Aivars-Ojārs Gintarė-Ona
Olumide-Tunde Rimantė Gašper Špela Chathurika Oluwaseun-Ade Nuwan-Chamara Sandun
Tharindu Ji-Hoon Seo-Yeon Min-Jae Hye-Jin Eun-Ji Temitope-Iyabo Ayokunle Ishara-Devi
Tsetseg Sefo Malia-Losa Kasun-Malith Leilani-Rose Naranbaatar Killa Wayra-Inti Solongo
Ximena-Paz Ikaika Kalani-Mae Pualani Makoa Ebru-Nur Koray Selin-Ada Ulziisaikhan
Ağahan Saule-Aru Nurlan-Bek Aigerim Yerlan""".split()
FAMILY = """Ólafsdóttir Sigurðsson Einarsdóttir-Hall Þorsteinsson Magnúsdóttir Bērziņa
Kļaviņa-Dreimane Ozoliņa-Lapa Liepiņš Zariņa Kazlauskienė Bagdonavičiūtė Žukauskaitė
Stankevičius Novak-Kranjc Horvat-Zupan Kovačič Vidmar Akinwande-Coker Okonjo-Bello
Oyebanji Adebayo-Williams Fashola-Ige Jayasuriya Karunaratne-Dias Perera-Fonseka
Gunawardena Rajapaksha-Silva Bandaranayake Seonwoo Hwang-Bae Jeong Baatar Dorjsuren
Tsedenbal Faleolo Leiataua Tuiasosopo Apaza-Ticona Quispe-Huamán Condori Ccahuana
Kahananui Keawe Kamakau Nāone Yıldırım-Aksoy Kocabıyık Bozkurt-Erdem Karakaya
Nurpeisova Zhaksybekov Abenova Tokhtarova Chenoweth-Rowe Penhaligon-Vean
Tregenza-Hoskin""".split()
FAMILY += ["ter Beek-Vos", "Ní Bhraonáin-Kehoe", "de la Cruz-Mamani", "van Oosten-Haag"]

CRESSFIELD = Site("Loxbrook University, Institute of Food and Nutrition (Cressfield)", "LCF",
                  "loxbrook.ac.uk", CONCEPTS, GROUPS, SHARED, FACILITIES, GIVEN, FAMILY)
