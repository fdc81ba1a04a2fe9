"""Wrayholme Botanic Garden with its Scarth Fell Seed Bank: a thirty-first fictitious
institution, for ``heldout33``.

Wrayholme Botanic Garden is a fictitious national botanic garden in the north of England, an
institution of its own (not a university's garden and not a land-based college) with living
collections under glass and out of doors, an arboretum, a herbarium and fungarium of three
million specimens, plant science laboratories, a library and archive, a school of horticulture
and a visitor garden, and with its seed bank up the dale, the Scarth Fell Seed Bank, which
collects, cleans, dries, banks and tests wild seed and keeps what cannot be dried in tissue
culture and liquid nitrogen. Its technicians and practitioners are herbarium and fungarium
curators and mounters, digitisers, molecular, microscopy and phytochemistry technicians, seed
bank and tissue culture technicians, field botanists and conservation officers, glasshouse and
nursery horticulturists, garden and landscape gardeners, arborists, plant health staff,
machinery, engineering and estates staff, librarians, archivists, conservators, illustrators and
photographers, data and IT staff, tutors and learning officers, visitor, events and volunteer
staff, stores, security, safety staff and managers: the herbarium, its mounting room, spirit
collection store and plant identification service, the fungarium, the economic botany collection
and the herbarium digitisation studio; the molecular laboratory, the microscopy suite, the plant
cytology laboratory, the phytochemistry laboratory and the controlled environment growth rooms;
the seed bank, its drying room, germination laboratory and tissue culture and cryopreservation
laboratory; the field station and the conservation nursery; the Palm House, the orchid and
tropical houses, the arid house, the alpine house and rock garden, the propagation nursery, the
plant health quarantine house and the living collections records office; the garden grounds, the
arboretum and the compost yard; the machinery workshop, the boiler house and the estates
workshop; the library and archive and the botanical art studio; the biodiversity data office and
digital services; the school of horticulture and the learning centre; the visitor centre and
garden shop and the garden events office; and the garden stores.

Neither a whole university, a research campus, a national laboratory, a land-based university,
a medical school, an arts university, a veterinary, marine and earth-and-space campus, a human
sciences campus, a chemistry, pharmacy and process faculty, a dental school, a library, museums
and research computing division, a dual-sector technical faculty, an engineering and physical
sciences faculty, a conservatoire, an energy and environment institute, a food science and
nutrition institute, a school of forensic science and policing, a school of tropical medicine,
a maritime academy, a zoo and conservation college, a national film and television school, a
national institute of sport nor a school of mines, but a national botanic garden with its
herbarium and seed bank (1,200 herbarium, science, seed bank, conservation, horticulture,
garden, arboriculture, engineering, library, data, learning, visitor and support staff in the
directory), unlike the institutions before it (Northgate, Tarnside, Calderbridge, Inverallan,
Harbourne, Caerwern, Ashcombe, Hollinsmoor, Fenmere, Carrow Down, Brackenfold, St Wilfrid's,
Kingsholm, Kilbrannan's Ardcraig, Drumcarrig's Mullaghbeg, Wealdmoor, Hallowfield's Saltergate,
Wenlowe's Coldharbour, Marlbridge's Furnace Lane, Ravensholt's Kestrel Park, Corrisdale's
Vennell, Thornbury's Saltmarsh Point, Loxbrook's Cressfield, Aldwick's Stanegate, Kingsdock,
Skelmouth, Haverleigh, Thistlecombe, Stannerdale, Allenhope). Caerwern had a botanic garden and
herbarium and Brackenfold glasshouses and seed testing: here the garden, its collections and
its seed bank are the whole institution.

Its HR system knows a person's skills from the garden's training needs analysis, whose export
writes a person's skills as matrix lines, "<area>.<nn> <competence> // current <n>, required
<n> // <rag> // <action> // review Q<n> <yyyy>". The competence's code (the area's three
letters, a dot and two digits) and its title come first, then the holder's own fields: the
holder's current level (0 to 4) and the level the post requires (1 to 4), the RAG rating they
give (green when the current level meets the required one, amber one level short, red two or
more short), the agreed action (no action when green; otherwise on-the-job coaching, training
booked, mentoring agreed or course requested) and the quarter of the next review (2024 to
2026). As in heldout30's to heldout32's generators, the holder's fields are drawn from the
generator's seeded random stream row by row (``Site.own``), so two holders of one competence
are written differently, as a real export writes them, while the bundle stays deterministic. A
facility's required skills are the matrix's code and competence without a holder's fields.
Beside those, rows the staff typed into the skills survey are their own: lower-case, gardeners'
slang and kit names ("pricking out in the nursery", "strapping sheets"). Some are written as
no technician taxonomy is likely to write them (compost bays, veteran trees, plant sales).
Facilities have names, aliases (in the name or the description) and role holders. Concept keys
are the evaluation's own, not the taxonomy's ids (written after the names were labelled, so by
someone who had read ``taxonomies/skills.csv``, never the matcher or the engine). Generated by
the same deterministic generator as Northgate (``institution.generate``).
"""

from __future__ import annotations

import re
from random import Random

from tests.heldout.institution import FacilitySpec, Group, Site

__all__ = ["ACTIONS", "MATRIX", "PEOPLE", "RAGS", "SEED", "WRAYHOLME", "YEARS"]

PEOPLE, SEED = 1200, 33333     # tests.heldout.institution.generate(PEOPLE, SEED, WRAYHOLME)
RAGS = ("green", "amber", "red")
ACTIONS = ("no action", "on-the-job coaching", "training booked", "mentoring agreed",
           "course requested")
YEARS = (2024, 2025, 2026)
# a line of the training needs analysis export: the competence's code and title, and (a
# holder's own) the current and required levels, the RAG rating, the action and the review
MATRIX = re.compile(r"^([A-Z]{3}\.\d{2}) (\S.*?\S)"
                    r"(?: // current ([0-4]), required ([1-4]) // (" + "|".join(RAGS)
                    + r") // (" + "|".join(map(re.escape, ACTIONS))
                    + r") // review Q([1-4]) (20\d{2}))?$")


def _t(code: str, competence: str) -> str:
    """The matrix's competence code and its title."""
    return f"{code} {competence}"


def _own(text: str, rng: Random) -> str:
    """A holder's matrix line: the current and required levels, the RAG rating, the action and
    the review quarter drawn from the generator's stream; a survey row stays as it is (and draws
    nothing)."""
    if not MATRIX.match(text):
        return text
    current, required = rng.randint(0, 4), rng.randint(1, 4)
    gap = required - current
    rag = RAGS[min(max(gap, 0), 2)]
    action = ACTIONS[0] if gap <= 0 else rng.choice(ACTIONS[1:])
    quarter, year = rng.randint(1, 4), rng.choice(YEARS)
    return (f"{text} // current {current}, required {required} // {rag} // {action}"
            f" // review Q{quarter} {year}")


# concept key -> HR spellings (the first is the matrix's code and competence; the other is a row
# the staff typed into the skills survey)
CONCEPTS: dict[str, tuple[str, ...]] = {
    # herbarium and fungarium
    "curation": (_t("HBM.01", "Herbarium curation and incorporation"),
                 "incorporating sheets into the cabinets"),
    "mounting": (_t("HBM.02", "Mounting and strapping herbarium specimens"),
                 "strapping sheets"),
    "accession": (_t("HBM.03", "Accessioning and barcoding incoming specimens"),
                  "barcoding the new material"),
    "loans": (_t("HBM.04", "Specimen loans and exchange programme"),
              "sending out loans to other herbaria"),
    "collpests": (_t("HBM.05", "Collections pest management and freezing"),
                  "freezer cycles for incoming bundles"),
    "spirit": (_t("HBM.06", "Spirit collection maintenance"), "checking levels in the jars"),
    "fungarium": (_t("HBM.07", "Fungarium collection management"),
                  "packeting dried fungi"),
    "econbot": (_t("HBM.08", "Economic botany collection care"),
                "looking after the economic botany objects"),
    "identify": (_t("HBM.09", "Plant identification and determination"),
                 "naming plants people send in"),
    # digitisation
    "imaging": (_t("DIG.01", "Herbarium sheet imaging"), "shooting sheets on the copy stand"),
    "transcribe": (_t("DIG.02", "Label transcription and data entry"),
                   "typing up collector labels"),
    "georef": (_t("DIG.03", "Georeferencing specimen localities"),
               "putting old localities on the map"),
    "colourqc": (_t("DIG.04", "Colour management and image quality control"),
                 "calibrating the monitors for imaging"),
    # plant science laboratories
    "dnaext": (_t("MOL.01", "Plant DNA extraction"), "extracting dna from leaf"),
    "pcr": (_t("MOL.02", "PCR amplification and gels"), "setting up pcrs"),
    "barcoding": (_t("MOL.03", "DNA barcoding of plants and fungi"),
                  "barcoding its and rbcl regions"),
    "sequencing": (_t("MOL.04", "Sequencing library preparation"),
                   "making libraries for the sequencer"),
    "phylo": (_t("MOL.05", "Phylogenomics and bioinformatics"), "running trees on the cluster"),
    "lightmicro": (_t("MIC.01", "Light microscopy and plant anatomy"),
                   "sections under the compound scope"),
    "semlab": (_t("MIC.02", "Scanning electron microscopy of pollen and seed"),
               "coating pollen for the sem"),
    "cytometry": (_t("MIC.03", "Genome size by flow cytometry"), "c-values on the cytometer"),
    "chromosomes": (_t("MIC.04", "Chromosome preparation and counting"),
                    "squashing root tips for counts"),
    "phytochem": (_t("CHM.01", "Phytochemical extraction and LC-MS"),
                  "running plant extracts on the mass spec"),
    "growthrooms": (_t("CHM.02", "Controlled environment growth rooms"),
                    "setting day length on the growth rooms"),
    # seed bank
    "seedclean": (_t("SDB.01", "Seed cleaning and processing"), "cleaning seed on the sieves"),
    "seeddry": (_t("SDB.02", "Seed drying and moisture equilibration"),
                "checking the drying room at 15 percent"),
    "seedstore": (_t("SDB.03", "Seed banking in the cold vaults"),
                  "banking collections at minus 20"),
    "germtest": (_t("SDB.04", "Germination and viability testing"),
                 "scoring germination tests"),
    "seedxray": (_t("SDB.05", "Seed X-ray and cut testing"), "x-raying the seed lots"),
    "seedcollect": (_t("SDB.06", "Wild seed collecting"), "seed collecting on the fells"),
    "tissueculture": (_t("SDB.07", "Plant tissue culture and micropropagation"),
                      "subbing cultures in the flow hood"),
    "cryo": (_t("SDB.08", "Cryopreservation of plant tissues"),
             "shoot tips into liquid nitrogen"),
    "media": (_t("SDB.09", "Culture media preparation and autoclaving"),
              "pouring media plates"),
    # conservation and field botany
    "fieldsafety": (_t("FLD.01", "Expedition planning and field safety"),
                    "planning collecting trips overseas"),
    "permits": (_t("FLD.02", "CITES, Nagoya and plant import permits"),
                "permits for bringing material in"),
    "survey": (_t("FLD.03", "Botanical survey and vegetation recording"),
               "recording quadrats on the moor"),
    "translocate": (_t("FLD.04", "Rare plant translocation and reintroduction"),
                    "planting rare plants back out on the fells"),
    "gismap": (_t("FLD.05", "GIS mapping of plant populations"),
               "mapping populations on the tablet"),
    "offroad": (_t("FLD.06", "Off-road driving for field sites"), "driving the pickup up the dale"),
    # living collections under glass
    "propagation": (_t("NUR.01", "Propagation from seed and cuttings"),
                    "pricking out in the nursery"),
    "potting": (_t("NUR.02", "Potting and growing media"), "potting up in the sheds"),
    "glasshouse": (_t("GLS.01", "Glasshouse environment and climate control"),
                   "venting and shading the houses"),
    "tropical": (_t("GLS.02", "Tropical plant cultivation"), "looking after the palm house"),
    "orchids": (_t("GLS.03", "Orchid and epiphyte cultivation"), "mounting orchids on bark"),
    "arid": (_t("GLS.04", "Cactus and succulent cultivation"), "the arid house"),
    "alpines": (_t("GLS.05", "Alpine and rock garden cultivation"), "gritting the alpine pots"),
    "biocontrol": (_t("GLS.06", "Biological pest control under glass"),
                   "putting out predators for mealybug"),
    "spraying": (_t("GLS.07", "Pesticide application (PA1, PA6)"), "knapsack spraying"),
    "irrigation": (_t("GLS.08", "Irrigation and misting systems"),
                   "fixing the drippers in the nursery"),
    "records": (_t("COL.01", "Living collection records and labelling"),
                "updating the plant records database"),
    "planthealth": (_t("COL.02", "Plant health inspection and quarantine"),
                    "checking plants in the quarantine house"),
    "diagnosis": (_t("COL.03", "Plant disease diagnosis"), "looking at sick plants"),
    # garden and landscape
    "borders": (_t("GDN.01", "Herbaceous border maintenance"), "cutting back the borders"),
    "pruning": (_t("GDN.02", "Pruning shrubs, roses and climbers"), "pruning the wisteria"),
    "lawns": (_t("GDN.03", "Lawn and turf care"), "mowing and edging the lawns"),
    "meadow": (_t("GDN.04", "Wildflower meadow management"), "cutting the meadow in august"),
    "compost": (_t("GDN.05", "Composting and green waste"), "turning the compost bays"),
    "ponds": (_t("GDN.06", "Ponds and aquatic planting"), "raking out the pond"),
    "hedges": (_t("GDN.07", "Hedge cutting and topiary"), "clipping the yew hedges"),
    "fruit": (_t("GDN.08", "Fruit tree training and pruning"), "pruning the espalier pears"),
    # arboretum
    "treeinspect": (_t("ARB.01", "Tree inspection and hazard assessment"),
                    "tree safety inspections in the arboretum"),
    "chainsaw": (_t("ARB.02", "Chainsaw use and tree felling (CS30, CS31)"),
                 "chainsaw work in the arboretum"),
    "climbing": (_t("ARB.03", "Tree climbing and aerial rescue"), "climbing the big conifers"),
    "chipper": (_t("ARB.04", "Woodchipper and stump grinder operation"),
                "chipping brash after tree work"),
    "mewp": (_t("ARB.05", "MEWP operation"), "going up in the cherry picker"),
    "veteran": (_t("ARB.06", "Veteran tree management"), "haloing the old oaks"),
    # engineering and estates
    "machinery": (_t("ENG.01", "Horticultural machinery servicing"), "servicing the mowers"),
    "tractor": (_t("ENG.02", "Tractor and trailer operation"), "tractor and trailer work"),
    "boilers": (_t("ENG.03", "Glasshouse boiler plant"), "boiler house checks at weekends"),
    "electrics": (_t("ENG.04", "Electrical maintenance and testing"),
                  "fixing the glasshouse lighting"),
    "glazing": (_t("ENG.05", "Glasshouse glazing and fabric repair"),
                "putting new panes in the palm house"),
    "joinery": (_t("ENG.06", "Carpentry and joinery"), "making potting benches"),
    "legionella": (_t("ENG.07", "Water hygiene and legionella"), "flushing the misting lines"),
    "estates": (_t("ENG.08", "Building and path maintenance"), "patching the gravel paths"),
    # library, art and archives
    "library": (_t("LIB.01", "Library cataloguing"), "cataloguing the floras"),
    "archives": (_t("LIB.02", "Archive cataloguing and reading room"),
                 "listing collectors' letters"),
    "paperconserv": (_t("LIB.03", "Paper and book conservation"),
                     "repairing the old paintings on paper"),
    "illustration": (_t("LIB.04", "Botanical illustration"), "drawing plates for the flora"),
    "photo": (_t("LIB.05", "Plant and collection photography"), "photographing flowers"),
    # data and digital services
    "biodata": (_t("DAT.01", "Biodiversity data standards and publishing"),
                "publishing datasets to gbif"),
    "database": (_t("DAT.02", "Collections database administration"),
                 "looking after the specimen database"),
    "scripting": (_t("DAT.03", "Python and R scripting"), "scripts for cleaning data"),
    "itdesk": (_t("ITS.01", "IT service desk"), "fixing pcs in the potting sheds"),
    "network": (_t("ITS.02", "Network and garden wifi"), "wifi out in the garden"),
    "web": (_t("ITS.03", "Website and digital content"), "updating the garden website"),
    "gdpr": (_t("ITS.04", "Data protection"), "gdpr for the members' data"),
    # learning and the school of horticulture
    "diploma": (_t("EDU.01", "Teaching the horticulture diploma"),
                "teaching the diploma students"),
    "assessor": (_t("EDU.02", "Vocational assessment (RHS, City and Guilds)"),
                 "assessing rhs practicals"),
    "apprentices": (_t("EDU.03", "Apprentice supervision"), "looking after the apprentices"),
    "schools": (_t("EDU.04", "Schools and family learning"), "school groups in the glasshouses"),
    # visitor experience
    "tours": (_t("VIS.01", "Guided tours and talks"), "giving tours of the garden"),
    "volunteers": (_t("VIS.02", "Volunteer coordination"), "organising the volunteers"),
    "events": (_t("VIS.03", "Event planning and delivery"), "setting up the summer concerts"),
    "exhibitions": (_t("VIS.04", "Exhibition installation"), "hanging shows in the gallery"),
    "shop": (_t("VIS.05", "Plant sales and retail"), "plant sales"),
    "frontdesk": (_t("VIS.06", "Admissions and visitor welcome"), "on the gate"),
    # operations, safety and management
    "stores": (_t("OPS.01", "Stores and purchasing"), "ordering pots and compost"),
    "deliveries": (_t("OPS.02", "Van driving and deliveries"), "driving the plant van"),
    "security": (_t("OPS.03", "Security and locking up"), "locking up the glasshouses"),
    "cleaning": (_t("OPS.04", "Cleaning and hygiene"), "cleaning the visitor toilets"),
    "risk": (_t("HSE.01", "Risk assessment"), "risk assessments for garden jobs"),
    "firstaid": (_t("HSE.02", "First aid at work"), "first aider for the garden"),
    "coshh": (_t("HSE.03", "COSHH"), "coshh for the sprays"),
    "manual": (_t("HSE.04", "Manual handling"), "lifting big pots"),
    "height": (_t("HSE.05", "Working at height"), "ladders in the glasshouses"),
    "budget": (_t("MGT.01", "Budget management"), "budgets for the department"),
    "linemgmt": (_t("MGT.02", "Line management"), "managing the gardeners"),
    "recruit": (_t("MGT.03", "Recruitment and selection"), "interview panels for gardeners"),
    "grants": (_t("MGT.04", "Grant and funding applications"), "writing funding bids"),
}

HERBARIUM = "Herbarium and Fungarium"
SCIENCE = "Plant Science Laboratories"
SEEDBANK = "Scarth Fell Seed Bank"
FIELD = "Conservation and Field Botany"
GLASS = "Living Collections under Glass"
GARDEN = "Garden and Arboretum"
ENGINEERING = "Engineering and Estates"
LIBRARY = "Library, Art and Archives"
DIGITAL = "Biodiversity Data and Digital Services"
LEARNING = "School of Horticulture and Learning"
VISITORS = "Visitor Experience"
OPERATIONS = "Operations"

GROUPS = (
    Group("herbarium", 12, (HERBARIUM,), ("Herbarium Technician", "Herbarium Curator",
                                          "Collections Assistant"),
          ("curation", "mounting", "accession", "loans", "collpests", "identify", "spirit"),
          "Curates, mounts and lends the herbarium's specimens."),
    Group("mounters", 6, (HERBARIUM,), ("Specimen Mounter", "Herbarium Assistant"),
          ("mounting", "curation", "accession", "collpests"),
          "Mounts and repairs herbarium sheets."),
    Group("fungarium", 3, (HERBARIUM,), ("Fungarium Curator", "Mycology Technician"),
          ("fungarium", "identify", "dnaext", "collpests", "loans"),
          "Curates the fungarium and identifies fungi."),
    Group("econbot", 2, (HERBARIUM,), ("Economic Botany Curator",),
          ("econbot", "collpests", "loans", "photo"),
          "Looks after the economic botany collection."),
    Group("digitisers", 7, (HERBARIUM, DIGITAL), ("Digitisation Technician", "Imaging Officer"),
          ("imaging", "transcribe", "georef", "colourqc", "photo"),
          "Images herbarium sheets and captures their labels."),
    Group("molecular", 7, (SCIENCE,), ("Molecular Technician", "Research Assistant",
                                       "Laboratory Manager"),
          ("dnaext", "pcr", "barcoding", "sequencing", "phylo", "media"),
          "Extracts, amplifies and sequences plant DNA."),
    Group("bioinf", 3, (SCIENCE, DIGITAL), ("Bioinformatician",),
          ("phylo", "scripting", "sequencing", "database"),
          "Analyses the sequencing data on the cluster."),
    Group("microscopy", 4, (SCIENCE,), ("Microscopy Technician", "Plant Anatomist"),
          ("lightmicro", "semlab", "cytometry", "chromosomes", "photo"),
          "Runs the microscopes, the cytometer and chromosome work."),
    Group("phytochem", 3, (SCIENCE,), ("Phytochemist", "Analytical Technician"),
          ("phytochem", "growthrooms", "coshh"),
          "Extracts and profiles plant compounds."),
    Group("growthrooms", 3, (SCIENCE,), ("Growth Facility Technician",),
          ("growthrooms", "propagation", "biocontrol", "irrigation"),
          "Runs the growth rooms and cabinets."),
    Group("seedbank", 10, (SEEDBANK,), ("Seed Bank Technician", "Seed Conservation Officer",
                                        "Seed Bank Manager"),
          ("seedclean", "seeddry", "seedstore", "germtest", "seedxray", "seedcollect"),
          "Cleans, dries, banks and tests the seed collections."),
    Group("germlab", 4, (SEEDBANK,), ("Germination Technician", "Seed Scientist"),
          ("germtest", "seedxray", "seeddry", "media"),
          "Tests seed germination and viability."),
    Group("tissueculture", 4, (SEEDBANK, SCIENCE), ("Tissue Culture Technician",
                                                    "Cryopreservation Scientist"),
          ("tissueculture", "cryo", "media", "orchids"),
          "Grows plants in vitro and keeps them in liquid nitrogen."),
    Group("fieldbotany", 7, (FIELD,), ("Field Botanist", "Conservation Officer",
                                       "Expedition Coordinator"),
          ("survey", "seedcollect", "fieldsafety", "permits", "translocate", "gismap",
           "offroad", "identify"),
          "Surveys, collects and reintroduces wild plants."),
    Group("nursery", 10, (GLASS,), ("Nursery Horticulturist", "Propagator", "Horticulturist"),
          ("propagation", "potting", "irrigation", "biocontrol", "records", "spraying"),
          "Propagates and grows on plants in the nursery."),
    Group("glasshouses", 12, (GLASS,), ("Glasshouse Horticulturist", "Glasshouse Supervisor",
                                        "Horticulturist"),
          ("glasshouse", "tropical", "orchids", "arid", "biocontrol", "irrigation",
           "propagation"),
          "Grows the collections in the Palm House and the glasshouses."),
    Group("alpines", 4, (GLASS,), ("Alpine Horticulturist",),
          ("alpines", "propagation", "potting", "records"),
          "Grows the alpine house and rock garden collections."),
    Group("planthealth", 3, (GLASS,), ("Plant Health Officer", "Plant Pathologist"),
          ("planthealth", "diagnosis", "permits", "biocontrol"),
          "Inspects, quarantines and diagnoses plants."),
    Group("records", 3, (GLASS, DIGITAL), ("Plant Records Officer", "Collections Registrar"),
          ("records", "database", "identify", "transcribe"),
          "Keeps the living collection's records and labels."),
    Group("gardeners", 16, (GARDEN,), ("Gardener", "Senior Gardener", "Garden Supervisor"),
          ("borders", "pruning", "lawns", "hedges", "compost", "meadow", "spraying", "fruit"),
          "Keeps the borders, lawns and hedges of the garden."),
    Group("landscape", 5, (GARDEN,), ("Landscape Gardener", "Water Gardener"),
          ("ponds", "meadow", "lawns", "estates", "compost"),
          "Looks after the meadows, the ponds and the landscape."),
    Group("arborists", 6, (GARDEN,), ("Arborist", "Arboretum Curator", "Tree Officer"),
          ("treeinspect", "chainsaw", "climbing", "chipper", "mewp", "veteran"),
          "Inspects, climbs and cuts the arboretum's trees."),
    Group("machinery", 4, (ENGINEERING,), ("Machinery Mechanic", "Workshop Technician"),
          ("machinery", "tractor", "chipper", "electrics"),
          "Services the garden's mowers, tractors and machinery."),
    Group("engineering", 6, (ENGINEERING,), ("Estates Engineer", "Electrician",
                                             "Maintenance Technician"),
          ("boilers", "electrics", "glazing", "legionella", "estates", "height"),
          "Keeps the glasshouses' heating, glazing and services running."),
    Group("joiners", 3, (ENGINEERING,), ("Joiner", "Estates Carpenter"),
          ("joinery", "estates", "glazing", "exhibitions"),
          "Makes and mends benches, signs, frames and doors."),
    Group("library", 4, (LIBRARY,), ("Librarian", "Archivist", "Library Assistant"),
          ("library", "archives", "paperconserv", "transcribe"),
          "Runs the library, the archive and the reading room."),
    Group("artstudio", 3, (LIBRARY,), ("Botanical Illustrator", "Photographer", "Conservator"),
          ("illustration", "photo", "paperconserv", "exhibitions"),
          "Draws, photographs and conserves the art collection."),
    Group("data", 4, (DIGITAL,), ("Biodiversity Data Officer", "Database Administrator"),
          ("biodata", "database", "scripting", "georef", "gismap"),
          "Publishes the garden's specimen and plant data."),
    Group("it", 4, (DIGITAL,), ("IT Technician", "Web Officer"),
          ("itdesk", "network", "web", "gdpr"),
          "Keeps the garden's computers, wifi and website going."),
    Group("school", 5, (LEARNING,), ("Horticulture Tutor", "Diploma Course Leader"),
          ("diploma", "assessor", "apprentices", "propagation", "pruning"),
          "Teaches the school of horticulture's students and apprentices."),
    Group("learning", 5, (LEARNING,), ("Learning Officer", "Schools Programme Officer"),
          ("schools", "tours", "volunteers", "events"),
          "Runs the schools and family learning programme."),
    Group("visitors", 6, (VISITORS,), ("Visitor Services Assistant", "Visitor Experience Manager"),
          ("frontdesk", "tours", "shop", "events"),
          "Welcomes visitors at the gate and in the shop."),
    Group("events", 3, (VISITORS,), ("Events Officer", "Exhibitions Officer"),
          ("events", "exhibitions", "tours", "volunteers"),
          "Runs the concerts, shows and exhibitions."),
    Group("volunteers", 2, (VISITORS,), ("Volunteer Coordinator",),
          ("volunteers", "tours", "schools"),
          "Recruits, trains and organises the volunteers."),
    Group("stores", 3, (OPERATIONS,), ("Stores Officer", "Driver"),
          ("stores", "deliveries", "tractor"),
          "Runs the stores and drives between the garden and the seed bank."),
    Group("security", 3, (OPERATIONS,), ("Security Officer", "Cleaner", "Cleaning Supervisor"),
          ("security", "cleaning", "frontdesk"),
          "Keeps the garden secure and clean."),
    Group("safety", 2, (OPERATIONS,), ("Health and Safety Adviser",),
          ("risk", "coshh", "firstaid", "manual", "height"),
          "Advises on the garden's risks."),
    Group("management", 4, (HERBARIUM, SEEDBANK, GLASS, GARDEN, OPERATIONS),
          ("Head of Department", "Curator", "Keeper"),
          ("budget", "linemgmt", "recruit", "grants"),
          "Manages the departments, their budgets and their staff."),
)
SHARED = ("risk", "firstaid", "coshh", "manual", "height")

FACILITIES = (
    FacilitySpec("WBG-HRB", "Wrayholme Herbarium", "collection", HERBARIUM,
                 "Three million pressed specimens in compactor cabinets; the herbarium.",
                 ("curation", "accession", "loans", "collpests")),
    FacilitySpec("WBG-MNT", "Herbarium Mounting Room", "workshop", HERBARIUM,
                 "Mounting, strapping and repair of specimens; the mounting room.",
                 ("mounting",)),
    FacilitySpec("WBG-SPR", "Spirit Collection Store", "collection", HERBARIUM,
                 "Flowers and fruits in alcohol, with its fume extraction.", ("spirit",)),
    FacilitySpec("WBG-FNG", "Wrayholme Fungarium", "collection", HERBARIUM,
                 "Dried fungi and lichens in boxes and packets.", ("fungarium", "identify")),
    FacilitySpec("WBG-ECB", "Economic Botany Collection", "collection", HERBARIUM,
                 "Plant products, timbers, fibres and medicines; the econ bot store.",
                 ("econbot",)),
    FacilitySpec("WBG-IDS", "Plant Identification Service", "service", HERBARIUM,
                 "Names plants and specimens sent in by the public and researchers.",
                 ("identify", "curation")),
    FacilitySpec("WBG-DIG", "Herbarium Digitisation Studio", "studio", DIGITAL,
                 "Conveyor imaging of herbarium sheets and label capture; the imaging room.",
                 ("imaging", "transcribe", "colourqc")),
    FacilitySpec("WBG-MOL", "Wrayholme Molecular Laboratory", "laboratory", SCIENCE,
                 "DNA extraction, PCR, barcoding and sequencing; the DNA lab.",
                 ("dnaext", "pcr", "barcoding", "sequencing")),
    FacilitySpec("WBG-MIC", "Microscopy Suite", "laboratory", SCIENCE,
                 "Compound microscopes, a microtome and a tabletop SEM.",
                 ("lightmicro", "semlab")),
    FacilitySpec("WBG-CYT", "Plant Cytology Laboratory", "laboratory", SCIENCE,
                 "A flow cytometer for genome size and chromosome preparation.",
                 ("cytometry", "chromosomes")),
    FacilitySpec("WBG-CHM", "Phytochemistry Laboratory", "laboratory", SCIENCE,
                 "Extraction and LC-MS of plant compounds; the chem lab.", ("phytochem",)),
    FacilitySpec("WBG-GRR", "Controlled Environment Growth Rooms", "glasshouse", SCIENCE,
                 "Walk-in growth rooms and cabinets with set day lengths.", ("growthrooms",)),
    FacilitySpec("WBG-SBK", "Scarth Fell Seed Bank", "seed bank", SEEDBANK,
                 "Cleaning, drying and banking wild seed at minus twenty; the vaults.",
                 ("seedclean", "seedstore", "seeddry")),
    FacilitySpec("WBG-DRY", "Seed Drying Room", "seed bank", SEEDBANK,
                 "A room held at 15% relative humidity for drying collections.", ("seeddry",)),
    FacilitySpec("WBG-GER", "Germination Laboratory", "laboratory", SEEDBANK,
                 "Incubators for germination and viability tests and the seed X-ray.",
                 ("germtest", "seedxray")),
    FacilitySpec("WBG-TCL", "Tissue Culture and Cryopreservation Laboratory", "laboratory",
                 SEEDBANK, "Flow hoods, culture rooms and liquid nitrogen stores; the TC lab.",
                 ("tissueculture", "cryo", "media")),
    FacilitySpec("WBG-FST", "Scarth Fell Field Station", "field station", FIELD,
                 "Field kit, vehicles and a drying shed for collecting trips.",
                 ("fieldsafety", "seedcollect", "offroad")),
    FacilitySpec("WBG-CNN", "Conservation Nursery", "nursery", FIELD,
                 "Grows rare native plants for translocation.", ("translocate", "propagation")),
    FacilitySpec("WBG-PLM", "Wrayholme Palm House", "glasshouse", GLASS,
                 "The Victorian palm house with its tropical collections.",
                 ("tropical", "glasshouse")),
    FacilitySpec("WBG-ORC", "Orchid and Tropical Houses", "glasshouse", GLASS,
                 "Orchids, bromeliads and cloud forest plants under mist.",
                 ("orchids", "glasshouse")),
    FacilitySpec("WBG-ARD", "Arid House", "glasshouse", GLASS,
                 "Cacti and succulents from deserts; the dry house.", ("arid",)),
    FacilitySpec("WBG-ALP", "Alpine House and Rock Garden", "glasshouse", GLASS,
                 "Alpines in clay pots, troughs and the rock garden.", ("alpines",)),
    FacilitySpec("WBG-NUR", "Propagation Nursery", "nursery", GLASS,
                 "Mist benches, polytunnels and the potting sheds; the back-up nursery.",
                 ("propagation", "potting", "irrigation")),
    FacilitySpec("WBG-QUA", "Plant Health Quarantine House", "glasshouse", GLASS,
                 "Holds incoming plants until they are inspected and cleared.",
                 ("planthealth", "diagnosis")),
    FacilitySpec("WBG-REC", "Living Collections Records Office", "office", GLASS,
                 "The plant records database, accession labels and stocktakes.", ("records",)),
    FacilitySpec("WBG-GRD", "Wrayholme Garden Grounds", "garden", GARDEN,
                 "Herbaceous borders, lawns, hedges, ponds and the meadow.",
                 ("borders", "lawns", "hedges", "ponds")),
    FacilitySpec("WBG-ARB", "Wrayholme Arboretum", "garden", GARDEN,
                 "Four thousand trees from temperate forests worldwide.",
                 ("treeinspect", "chainsaw", "climbing", "veteran")),
    FacilitySpec("WBG-CMP", "Compost Yard", "yard", GARDEN,
                 "Green waste, compost bays and the wood chip store.", ("compost", "chipper")),
    FacilitySpec("WBG-MCH", "Machinery Workshop", "workshop", ENGINEERING,
                 "Servicing mowers, tractors and chippers; the mower shed.",
                 ("machinery", "tractor")),
    FacilitySpec("WBG-BLR", "Boiler House", "plant", ENGINEERING,
                 "The boilers and heating mains for the glasshouses.", ("boilers",)),
    FacilitySpec("WBG-EST", "Estates Workshop", "workshop", ENGINEERING,
                 "Glazing, joinery, electrics and water hygiene.",
                 ("glazing", "joinery", "electrics", "legionella")),
    FacilitySpec("WBG-LIB", "Wrayholme Library and Archive", "library", LIBRARY,
                 "Botanical books, floras, letters and field notebooks; the reading room.",
                 ("library", "archives")),
    FacilitySpec("WBG-ART", "Botanical Art Studio", "studio", LIBRARY,
                 "Illustration, photography and paper conservation of the art collection.",
                 ("illustration", "photo", "paperconserv")),
    FacilitySpec("WBG-DAT", "Biodiversity Data Office", "office", DIGITAL,
                 "The specimen database, data publishing and scripts.",
                 ("biodata", "database", "scripting")),
    FacilitySpec("WBG-ITS", "Digital Services", "computing", DIGITAL,
                 "The service desk, the garden wifi and the website.",
                 ("itdesk", "network", "web")),
    FacilitySpec("WBG-SCH", "Wrayholme School of Horticulture", "teaching", LEARNING,
                 "The diploma, apprenticeships and RHS courses.",
                 ("diploma", "assessor", "apprentices")),
    FacilitySpec("WBG-LRN", "Learning Centre", "teaching", LEARNING,
                 "Schools workshops and family activities; the education room.", ("schools",)),
    FacilitySpec("WBG-VIS", "Visitor Centre and Garden Shop", "venue", VISITORS,
                 "Admissions, the shop and plant sales; the front gate.",
                 ("frontdesk", "shop", "tours")),
    FacilitySpec("WBG-EVT", "Garden Events Office", "office", VISITORS,
                 "Concerts, shows, exhibitions and venue hire.", ("events", "exhibitions")),
    FacilitySpec("WBG-STR", "Garden Stores", "stores", OPERATIONS,
                 "Pots, compost, tools and the vans; the stores yard.",
                 ("stores", "deliveries")),
)

GIVEN = """Aitor Eneko Jokin Nahia Ibai Uxue Oier Itsaso Gwenaël Maïwenn Nolwenn Youenn Azilis
Goulven Tanguy Hallbera Sunná Marija-Rita Ġużeppi Doriette Xandru Kalliope Ainara-Belén
Jon-Ander Elle-Sofe Annfinn-Óli Enkhjin Altantsetseg Bolormaa Sokha Vannak Sreymom Bopha Thandar
Munkh-Erdene Chanthou Makeda Tsion Khin-Mya Saruul Souksavanh Vilayvanh Dolkar Lhakpa Yangchen
Tashi-Dolma Kunthea Dilnoza Otabek Gulbahor""".split()
FAMILY = """Etxeberria-Goikoetxea Agirre-Zubiaurre Urrutia-Larrañaga Olabarrieta Kerbrat
Poul-Ellefsen Joensen-Dahl Sámalsson Somby-Gaup Utsi-Valkeapää Aslaksen-Sara Camilleri-Vella
Borg-Grech Xuereb Azzopardi-Mifsud Żammit-Farrugia Ċassar-Pace
Ibarguren-Loiola Morvan-Guivarc'h Hjalmarsson-Reinert Eira-Turi Huanca-Condori Tsogtbaatar
Ganbold-Erdene Chhim-Vong Kyaw-Thein Phommachanh Sisavath-Keola Norbu-Lhamo Ergashev-Nazarova
Woldemariam""".split()
FAMILY += ["Le Gall-Kerjean", "Quéméner-Le Bihan", "de Soraluze-Etxebarria", "Ó hEochaidh-Xuereb",
           "Mac an tSaoir-Somby"]

WRAYHOLME = Site("Wrayholme Botanic Garden (Scarth Fell Seed Bank)", "WBG",
                 "wrayholme-garden.org.uk", CONCEPTS, GROUPS, SHARED, FACILITIES, GIVEN, FAMILY,
                 own=_own)
