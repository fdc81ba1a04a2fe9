"""The Kingsdock School of Tropical Medicine with its Lwanda Bay Field Station: a twenty-fifth
fictitious institution, for ``heldout27``.

The Kingsdock School of Tropical Medicine is a fictitious independent school of tropical medicine
and vector biology in an English port city, a higher education institution of its own (not a
university's faculty) that teaches the Diploma in Tropical Medicine and Hygiene and its MSc
courses, runs a diagnostic and reference parasitology laboratory and clinical trials, and keeps a
field station on a lake shore in East Africa with a cold chain to it. Its technicians are
insectary, parasite culture, diagnostic, molecular, trials, field, logistics, data, museum,
workshop, stores and safety staff: an Anopheles insectary, an Aedes and Culex insectary, a tsetse
and sandfly unit, triatomine and tick rooms, a transgenic mosquito facility and a sterile insect
irradiation room, an insecticide bioassay laboratory and experimental huts, a malaria culture
laboratory, a mosquito feeding and dissection suite and a sporozoite production unit, a
kinetoplastid laboratory and an enteric protozoa laboratory, a schistosome life cycle unit, a
snail house and a helminth laboratory, a containment level 3 suite and an arbovirus vector
laboratory, a tropical diagnostic reference laboratory and a parasitology quality assessment
office, a vector molecular laboratory and a sequencing hub, a trial sample processing
laboratory, an immunology core and a human challenge unit, the Lwanda Bay field station with its
field entomology laboratory, vehicle pool and drone and mapping unit, a cold chain and shipping
office and a biorepository freezer store, vector bioinformatics and a trials data unit, the
school's museum, a vector imaging suite, the workshop, the stores, the biosafety office, the
diploma teaching laboratory and a public engagement insectary.

Neither a whole university, a research campus, a national laboratory, a land-based university,
a medical school, an arts university, a veterinary, marine and earth-and-space campus, a human
sciences campus, a chemistry, pharmacy and process faculty, a dental school, a library, museums
and research computing division, a dual-sector technical faculty, an engineering and physical
sciences faculty, a conservatoire, an energy and environment institute, a food science and
nutrition institute nor a school of forensic science and policing, but an independent school of
tropical medicine and vector biology with an overseas field station (1,200 insectary
technicians, vector biologists and field entomologists, parasite culture, malaria transmission
and helminth technicians, containment level 3 staff, biomedical scientists of a reference
laboratory, molecular, trial sample and immunology staff, field station, logistics and cold
chain staff, data managers, museum curators, imaging, workshop, stores, safety and teaching
technicians and managers in the directory), unlike the institutions before it (Northgate,
Tarnside, Calderbridge, Inverallan, Harbourne, Caerwern, Ashcombe, Hollinsmoor, Fenmere, Carrow
Down, Brackenfold, St Wilfrid's, Kingsholm, Kilbrannan's Ardcraig, Drumcarrig's Mullaghbeg,
Wealdmoor, Hallowfield's Saltergate, Wenlowe's Coldharbour, Marlbridge's Furnace Lane,
Ravensholt's Kestrel Park, Corrisdale's Vennell, Thornbury's Saltmarsh Point, Loxbrook's
Cressfield, Aldwick's Stanegate). Fenmere's arthropod vector insectary served an animal health
institute and St Wilfrid's malaria insectary a medical school's infection group: here vectors,
parasites and the field are the whole school.

Its HR system knows a person's skills from the school's workload allocation model (WAM), where
each technician's year is allocated to activities in hours: the export writes a person's skills
as their WAM lines: "<skill> ~ WAM <type>-<area>-<nn> <hours> h (<fte> FTE) <year>". The type is
the activity's (R research support, S service, T teaching, C citizenship), the area is the
model's (INS the insectaries, ENT insecticide testing, MAL malaria, PAR other protozoa, HEL
helminths and snails, CL3 containment level 3, DXL the diagnostic laboratory, MOL molecular, CTR
clinical trials, FLD the field station, CCH the cold chain and shipping, BIX bioinformatics and
data, MUS the museum, IMG imaging, WKS the workshop, STR the stores, SAF safety, TCH teaching,
MGT management), then the activity's number in it (01 to 12); the hours are allocated in steps
of 15 (15 to 600), the FTE is the hours over a 1,650-hour year to two places, and the academic
year runs from 2021/22 to 2026/27. The skill comes first; all of the fields follow from the text,
so the generator stays deterministic, and they can sit oddly beside a person's level (the
bundle's level column) or the skill, as such exports do: "Running the school cake rota ~ WAM
T-MGT-09 165 h (0.10 FTE) 2024/25". Beside those, rows the staff typed into the skills survey are
their own: lower-case, lab slang and kit names ("ficoll pbmcs", "minion flowcells"). Some are
written as no technician taxonomy is likely to write them (the cake money). Facilities have names,
aliases (in the name or the description) and role holders. Concept keys are the evaluation's
own, not the taxonomy's ids (written after the names were labelled, so by someone who had read
``taxonomies/skills.csv``, never the matcher or the engine). Generated by the same deterministic
generator as Northgate (``institution.generate``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tests.heldout.institution import FacilitySpec, Group, Site

__all__ = ["AREAS", "HOURS_PER_FTE", "LWANDA", "PEOPLE", "SEED", "TYPES", "WAM"]

PEOPLE, SEED = 1200, 27113     # tests.heldout.institution.generate(PEOPLE, SEED, LWANDA)
AREAS = ("INS", "ENT", "MAL", "PAR", "HEL", "CL3", "DXL", "MOL", "CTR", "FLD", "CCH", "BIX",
         "MUS", "IMG", "WKS", "STR", "SAF", "TCH", "MGT")
TYPES = ("R", "S", "T", "C")   # research support, service, teaching, citizenship
HOURS_PER_FTE = 1650
# a line of the workload allocation model as the export writes it: the skill, the activity code
# (type, area, number), the hours, the FTE they make and the academic year
WAM = re.compile(r"^(\S.*\S) ~ WAM ([RSTC])-(" + "|".join(AREAS) + r")-(\d{2}) (\d+) h "
                 r"\((\d\.\d{2}) FTE\) (20\d{2})/(\d{2})$")


def _wam(area: str) -> Callable[[str], str]:
    """The workload model's writer for one area: the activity type and number, the hours, the
    FTE and the academic year, all following from the text (two in five research support, the
    rest service, teaching or citizenship)."""

    def line(text: str) -> str:
        n, s = len(text), sum(map(ord, text))
        kind = ("R", "R", "S", "T", "C")[(s // 5 + n) % 5]
        number = 1 + (s // 3 + n) % 12
        hours = 15 * (1 + (s // 7 + n) % 40)
        year = 2021 + (s // 11) % 6
        return (f"{text} ~ WAM {kind}-{area}-{number:02d} {hours} h "
                f"({hours / HOURS_PER_FTE:.2f} FTE) {year}/{(year + 1) % 100:02d}")
    return line


(INS, ENT, MAL, PAR, HEL, CL3, DXL, MOL, CTR, FLD, CCH, BIX, MUS, IMG, WKS, STR, SAF, TCH,
 MGT) = (_wam(a) for a in AREAS)

# concept key -> HR spellings (the first is the WAM export's line; the other is a row the staff
# typed into the skills survey)
CONCEPTS: dict[str, tuple[str, ...]] = {
    # the insectaries
    "anopheles": (INS("Anopheles colony rearing for research users"),
                  "gambiae and coluzzii colonies"),
    "aedes": (INS("Aedes colony rearing and egg banking"), "aedes egg banking"),
    "culex": (INS("Culex colony upkeep"), "culex egg rafts"),
    "bloodfeed": (INS("Membrane blood feeding of insect colonies"),
                  "membrane feeds on the hemotek"),
    "larval": (INS("Larval rearing and pupal separation"), "larval bowls and pupae"),
    "tsetse": (INS("Tsetse colony husbandry"), "tsetse cages and puparia"),
    "sandfly": (INS("Phlebotomine sandfly colony husbandry"), "sandfly colony pots"),
    "triatomine": (INS("Rearing triatomine bugs"), "triatomine jars"),
    "ticks": (INS("Tick colony husbandry"), "tick colonies on feeding capsules"),
    "insectenv": (INS("Insectary climate monitoring and alarms"), "insectary climate logs"),
    "gminsects": (INS("Contained use of genetically modified mosquitoes"), "gm mosquito lines"),
    "sit": (INS("Sterile male production by irradiation"), "sterile male batches"),
    "microinj": (INS("Embryo microinjection of mosquitoes"), "embryo injections"),
    "escape": (INS("Arthropod escape prevention and containment checks"),
               "insectary escape audits"),
    # insecticide testing
    "tubetest": (ENT("Insecticide susceptibility tube bioassays"), "who tubes"),
    "bottle": (ENT("Bottle bioassays with synergists"), "cdc bottle runs"),
    "cone": (ENT("Cone bioassays on insecticidal nets"), "net cone tests"),
    "hut": (ENT("Running experimental hut trials"), "hut trial nights"),
    "netdurab": (ENT("Net durability and washing studies"), "net wash cycles"),
    "resistmon": (ENT("Tracking insecticide resistance in field mosquitoes"),
                  "resistance surveillance"),
    "repellent": (ENT("Spatial repellent and attractive bait testing"), "atsb tests"),
    # malaria
    "pfculture": (MAL("Plasmodium falciparum in vitro culture"), "pf flasks"),
    "synch": (MAL("Parasite culture synchronisation"), "sorbitol syncs"),
    "gametocyte": (MAL("Gametocyte production for transmission studies"), "gametocyte flasks"),
    "smfa": (MAL("Membrane feeding assays for transmission blocking"), "smfa feed days"),
    "dissect": (MAL("Mosquito midgut and salivary gland dissection"), "gut and gland dissections"),
    "oocyst": (MAL("Oocyst and sporozoite counting"), "oocyst and spz counts"),
    "drugassay": (MAL("Antimalarial drug screening in culture"), "drug plates"),
    "films": (MAL("Thick and thin malaria film microscopy"), "giemsa films"),
    "cryopar": (MAL("Parasite cryopreservation and cryobank"), "parasite freezes"),
    "chmi": (MAL("Sporozoite production for human challenge"), "chmi production"),
    # other protozoa
    "leish": (PAR("Leishmania culture and infections"), "leishmania flasks"),
    "tryp": (PAR("Trypanosome culture"), "tryp flasks"),
    "crypto": (PAR("Cryptosporidium and enteric protozoa work"), "crypto oocysts"),
    "passage": (PAR("Parasite passage in rodent hosts"), "mouse passages"),
    # helminths and snails
    "schisto": (HEL("Schistosome life cycle maintenance"), "schisto cycle"),
    "snails": (HEL("Freshwater snail husbandry"), "snail room"),
    "cercariae": (HEL("Cercarial shedding and snail infection"), "shedding snails"),
    "hookworm": (HEL("Hookworm larval culture"), "hookworm l3"),
    "filaria": (HEL("Filarial worm maintenance"), "brugia life cycle"),
    "fec": (HEL("Helminth egg counting in stool"), "kato-katz smears"),
    # containment level 3
    "cl3": (CL3("Containment level 3 practice"), "suite 3 work"),
    "tb": (CL3("Mycobacterium tuberculosis culture"), "tb cultures"),
    "arbo": (CL3("Arbovirus culture and titration"), "dengue and zika stocks"),
    "arboinfect": (CL3("Arbovirus infection of mosquitoes"), "zika feeds in the acl3"),
    "fumigation": (CL3("Room fumigation and decontamination"), "suite fumigations"),
    "cabinets": (CL3("Safety cabinet use and testing"), "cabinet tests"),
    # the diagnostic and reference laboratory
    "malariadx": (DXL("Malaria diagnosis for the imported fever service"), "ifs malaria slides"),
    "rdt": (DXL("Rapid diagnostic test evaluation"), "rdt evaluations"),
    "ocp": (DXL("Ova, cysts and parasites microscopy"), "ova and cyst reads"),
    "serology": (DXL("Parasite serology by ELISA"), "serology plates"),
    "dxpcr": (DXL("Diagnostic real-time PCR for parasites"), "dx pcrs"),
    "eqa": (DXL("External quality assessment for parasitology"), "neqas slides"),
    "iso15189": (DXL("ISO 15189 accreditation of the reference lab"), "15189 audit prep"),
    "lims": (DXL("Laboratory information system booking"), "lims booking"),
    # molecular and genomics
    "extraction": (MOL("Nucleic acid extraction from insects"), "mosquito dna extractions"),
    "kdr": (MOL("Resistance marker genotyping"), "kdr genotyping"),
    "speciesid": (MOL("Molecular species identification of vectors"), "anopheles species pcrs"),
    "amplicon": (MOL("Amplicon sequencing of parasites and vectors"), "miseq amplicon runs"),
    "nanopore": (MOL("Portable nanopore sequencing"), "minion flowcells"),
    "bloodmeal": (MOL("Blood meal source identification"), "bloodmeal pcr"),
    "crispr": (MOL("CRISPR editing of mosquito lines"), "crispr guides"),
    # clinical trials
    "trialsamples": (CTR("Trial sample processing under GCLP"), "trial bloods"),
    "pbmc": (CTR("PBMC separation and freezing"), "ficoll pbmcs"),
    "aliquot": (CTR("Serum and plasma aliquoting for trials"), "serum aliquots"),
    "immunoassay": (CTR("Multiplex serology and immunoassays"), "luminex plates"),
    "flow": (CTR("Flow cytometry for vaccine trials"), "flow panels"),
    "challenge": (CTR("Supporting human challenge studies"), "challenge study days"),
    "kits": (CTR("Assembling trial site kits"), "kit builds for sites"),
    # the field station
    "fieldcoll": (FLD("Field mosquito collections"), "field catches"),
    "lighttrap": (FLD("Light trap and BG trap sampling"), "light traps overnight"),
    "hlc": (FLD("Human landing catch supervision"), "landing catches"),
    "larvalsurvey": (FLD("Breeding site and larval surveys"), "larval habitat surveys"),
    "morphid": (FLD("Morphological identification of vectors"), "keying out anophelines"),
    "fieldinsectary": (FLD("Running the field station insectary"), "station insectary"),
    "fielddrive": (FLD("Off-road driving to field sites"), "landcruiser driving"),
    "odk": (FLD("Electronic field data capture"), "odk on tablets"),
    "power": (FLD("Field station power and generators"), "station generator"),
    "drones": (FLD("Drone mapping of larval habitats"), "drone habitat maps"),
    "stationops": (FLD("Field station operations and visitor logistics"), "station bookings"),
    "languages": (FLD("Interpreting for field partners"), "kiswahili"),
    # the cold chain and shipping
    "iata": (CCH("Packing infectious substances for air transport"), "iata packing"),
    "dryshipper": (CCH("Dry shipper and dry ice shipping"), "dry shipper runs"),
    "freezers": (CCH("Ultra-low freezer management"), "minus 80 checks"),
    "ln2": (CCH("Liquid nitrogen supply and storage"), "ln2 dewar top ups"),
    "permits": (CCH("Pathogen and vector import licences"), "apha licences"),
    "nagoya": (CCH("Nagoya and material transfer compliance"), "mta paperwork"),
    "sampleinv": (CCH("Sample inventory and tracking"), "freezerpro entries"),
    "temp": (CCH("Temperature monitoring and alarm response"), "temperature alarms"),
    # bioinformatics and data
    "pipelines": (BIX("Genomics pipelines on the cluster"), "cluster pipelines"),
    "popgen": (BIX("Vector population genomics"), "popgen analyses"),
    "redcap": (BIX("Trial databases in REDCap"), "redcap trial forms"),
    "gis": (BIX("Mapping vector and case data"), "qgis layers"),
    "stats": (BIX("Statistics for entomology experiments"), "glmms in r"),
    "datamgmt": (BIX("Research data management and sharing"), "data deposits to ena"),
    "backup": (BIX("Backing up field and lab data"), "nightly backups"),
    # the museum
    "pinning": (MUS("Pinning and mounting insect specimens"), "pinned mozzies"),
    "spirit": (MUS("Spirit collection care"), "ethanol jars"),
    "slidecoll": (MUS("Parasite slide collection curation"), "slide cabinet"),
    "digitise": (MUS("Specimen digitisation"), "imaging specimens"),
    "ipm": (MUS("Pest monitoring in the museum"), "museum bug traps"),
    "loans": (MUS("Specimen loans and visitors"), "specimen loan forms"),
    "exhibits": (MUS("Museum exhibitions and displays"), "display cases"),
    # imaging
    "confocal": (IMG("Confocal imaging of infected tissues"), "confocal sessions"),
    "slidescan": (IMG("Whole slide scanning"), "slide scans"),
    "stereo": (IMG("Stereo microscope imaging of vectors"), "stereo scope photos"),
    "imageanalysis": (IMG("Image analysis of parasites"), "fiji macros"),
    # the workshop
    "cages": (WKS("Building insect cages and racks"), "cage frames"),
    "traps": (WKS("Trap design and fabrication"), "trap builds"),
    "printing": (WKS("3D printing for the insectary"), "printed feeders"),
    "electronics": (WKS("Electronics for field sensors"), "sensor boards"),
    "hvac": (WKS("Insectary air handling repairs"), "ahu fixes"),
    "huts": (WKS("Experimental hut construction and repair"), "hut repairs"),
    # the stores
    "ordering": (STR("Ordering for the school's laboratories"), "po raising"),
    "stores": (STR("Stores and goods receipt"), "goods receipt"),
    "gases": (STR("Gas cylinder management"), "co2 cylinders"),
    "chemstore": (STR("Insecticide and chemical store management"), "pesticide cupboard"),
    # safety
    "biorisk": (SAF("Biological risk assessment"), "biorisk forms"),
    "gmra": (SAF("Genetic modification risk assessment"), "gm forms"),
    "coshh": (SAF("COSHH for insecticides and fixatives"), "coshh sheets for insecticides"),
    "waste": (SAF("Infectious waste autoclaving and disposal"), "waste autoclave"),
    "spills": (SAF("Spill response for infectious material"), "spill practice"),
    "fieldsafety": (SAF("Overseas travel and field safety"), "travel briefings"),
    "facefit": (SAF("Face fit testing of respirators"), "fit tests"),
    "firstaid": (SAF("First aid at the school"), "first aid cover for the insectaries"),
    "firewarden": (SAF("Fire warden for a floor"), "fire warden sweeps of level 3"),
    # teaching
    "practicals": (TCH("Practical class preparation for the diploma"), "diploma practical prep"),
    "teachsets": (TCH("Making teaching specimen sets"), "teaching specimen sets"),
    "demonstrating": (TCH("Demonstrating to diploma and MSc students"), "demo duty"),
    "projects": (TCH("MSc project supervision support"), "msc project bench help"),
    "outreach": (TCH("Public engagement with live insects"), "bug roadshows"),
    # management and the rest
    "linemgmt": (MGT("Line management of technical staff"), "managing the tech team at kingsdock"),
    "budget": (MGT("Technical budgets and recharging"), "insectary recharge spreadsheets"),
    "recruit": (MGT("Technician recruitment"), "interview panels"),
    "training": (MGT("Training and inducting laboratory users"), "insectary user inductions"),
    "contracts": (MGT("Service contracts for equipment"),
                  "service contract renewals for the freezers"),
    "grants": (MGT("Costing technical time on grants"), "grant costings"),
    "newsletter": (MGT("Writing the technical newsletter"), "newsletter pieces"),
    "cakerota": (MGT("Running the school cake rota"), "cake money"),
}

INSECT = "Department of Vector Biology"
PARA = "Department of Tropical Disease Biology"
CLIN = "Department of Clinical Sciences"
DIAG = "Tropical Diagnostic Service"
FIELD = "Lwanda Bay Field Station"
DATA = "Centre for Data and Genomics"
MUSEUM = "Museum and Collections"
TECH = "School Technical Services"
SAFETY = "Biosafety Office"
TEACH = "Teaching Office"

GROUPS = (
    Group("insectary", 9, (INSECT,), ("Insectary Technician", "Senior Insectary Technician",
                                      "Insectary Manager"),
          ("anopheles", "aedes", "culex", "bloodfeed", "larval", "insectenv", "escape",
           "gminsects", "sit", "cages"),
          "Rears the school's mosquito colonies for research users."),
    Group("tsetse", 3, (INSECT,), ("Tsetse and Sandfly Technician", "Vector Colony Technician"),
          ("tsetse", "sandfly", "triatomine", "ticks", "bloodfeed", "insectenv"),
          "Keeps the tsetse, sandfly, triatomine and tick colonies."),
    Group("bioassay", 5, (INSECT,), ("Insecticide Testing Technician", "Bioassay Technician"),
          ("tubetest", "bottle", "cone", "hut", "netdurab", "resistmon", "repellent", "stats",
           "chemstore"),
          "Tests insecticides, nets and repellents on mosquitoes."),
    Group("malaria", 6, (PARA,), ("Malaria Culture Technician", "Transmission Technician"),
          ("pfculture", "synch", "gametocyte", "smfa", "dissect", "oocyst", "drugassay",
           "cryopar", "chmi", "films"),
          "Grows malaria parasites and feeds them to mosquitoes."),
    Group("protozoa", 3, (PARA,), ("Parasitology Technician", "Kinetoplastid Technician"),
          ("leish", "tryp", "crypto", "passage", "cryopar"),
          "Cultures Leishmania, trypanosomes and enteric protozoa."),
    Group("helminth", 4, (PARA,), ("Helminth Technician", "Snail Unit Technician"),
          ("schisto", "snails", "cercariae", "hookworm", "filaria", "fec", "passage"),
          "Keeps the schistosome, hookworm and filarial life cycles and the snails."),
    Group("cl3", 4, (PARA, CLIN), ("CL3 Technician", "Containment Laboratory Manager"),
          ("cl3", "tb", "arbo", "arboinfect", "fumigation", "cabinets", "facefit"),
          "Works with TB and arboviruses at containment level 3."),
    Group("diagnostic", 6, (DIAG,), ("Biomedical Scientist (Parasitology)",
                                     "Diagnostic Laboratory Assistant"),
          ("malariadx", "ocp", "rdt", "serology", "dxpcr", "eqa", "iso15189", "lims", "films"),
          "Diagnoses imported malaria and parasitic disease for the reference service."),
    Group("molecular", 5, (INSECT, DATA), ("Molecular Biology Technician",
                                           "Genomics Technician"),
          ("extraction", "kdr", "speciesid", "amplicon", "nanopore", "bloodmeal", "crispr",
           "microinj"),
          "Extracts, genotypes and sequences vectors and parasites."),
    Group("trials", 5, (CLIN,), ("Clinical Trials Laboratory Technician",
                                 "Trial Sample Manager"),
          ("trialsamples", "pbmc", "aliquot", "immunoassay", "flow", "challenge", "kits",
           "sampleinv"),
          "Processes samples from the school's trials and challenge studies."),
    Group("field", 7, (FIELD,), ("Field Entomology Technician", "Field Station Technician",
                                 "Field Station Manager"),
          ("fieldcoll", "lighttrap", "hlc", "larvalsurvey", "morphid", "fieldinsectary",
           "fielddrive", "odk", "power", "drones", "stationops", "languages", "huts"),
          "Runs collections, surveys and the insectary at Lwanda Bay."),
    Group("logistics", 4, (TECH, FIELD), ("Sample Logistics Officer", "Cold Chain Technician"),
          ("iata", "dryshipper", "freezers", "ln2", "permits", "nagoya", "sampleinv", "temp"),
          "Ships samples and vectors between Kingsdock and the field."),
    Group("data", 4, (DATA,), ("Bioinformatician", "Data Manager", "GIS Technician"),
          ("pipelines", "popgen", "redcap", "gis", "stats", "datamgmt", "backup", "odk"),
          "Runs the genomics pipelines, trial databases and maps."),
    Group("museum", 3, (MUSEUM,), ("Museum Curator", "Collections Technician"),
          ("pinning", "spirit", "slidecoll", "digitise", "ipm", "loans", "exhibits"),
          "Curates the school's insects, worms and slides."),
    Group("imaging", 2, (INSECT, PARA), ("Imaging Technician",),
          ("confocal", "slidescan", "stereo", "imageanalysis", "digitise"),
          "Runs the school's microscopes and slide scanner."),
    Group("workshop", 3, (TECH,), ("Workshop Technician", "Electronics Technician"),
          ("cages", "traps", "printing", "electronics", "hvac", "huts"),
          "Builds cages, traps and huts and keeps the insectary plant going."),
    Group("stores", 3, (TECH,), ("Stores Technician", "Purchasing Assistant"),
          ("ordering", "stores", "gases", "chemstore", "ln2"),
          "Orders, receives and issues the school's supplies."),
    Group("safety", 2, (SAFETY,), ("Biosafety Officer",),
          ("biorisk", "gmra", "coshh", "waste", "spills", "fieldsafety", "facefit"),
          "Advises on pathogens, GM insects, insecticides and travel."),
    Group("teaching", 4, (TEACH,), ("Teaching Technician", "Practical Classes Technician"),
          ("practicals", "teachsets", "demonstrating", "projects", "outreach", "films"),
          "Prepares the diploma and MSc practicals."),
    Group("management", 4, (INSECT, PARA, CLIN, TECH), ("Technical Manager",
                                                       "Head of Technical Services"),
          ("linemgmt", "budget", "recruit", "training", "contracts", "grants", "newsletter",
           "cakerota"),
          "Manages the school's technical teams, budgets and contracts."),
)
SHARED = ("biorisk", "coshh", "firstaid", "firewarden", "waste", "training", "practicals",
          "demonstrating", "outreach")

FACILITIES = (
    FacilitySpec("KTM-INS", "Kingsdock Anopheles Insectary", "animal unit", INSECT,
                 "Anopheles colonies for research users; the main insectary.",
                 ("anopheles", "bloodfeed", "larval", "insectenv")),
    FacilitySpec("KTM-AED", "Aedes and Culex Insectary", "animal unit", INSECT,
                 "Aedes and Culex colonies and an egg bank.", ("aedes", "culex")),
    FacilitySpec("KTM-TSE", "Tsetse and Sandfly Unit", "animal unit", INSECT,
                 "Tsetse and phlebotomine colonies on membrane feeds.", ("tsetse", "sandfly")),
    FacilitySpec("KTM-TRI", "Triatomine and Tick Rooms", "animal unit", INSECT,
                 "Kissing bug and tick colonies.", ("triatomine", "ticks")),
    FacilitySpec("KTM-GMI", "Transgenic Mosquito Facility", "animal unit", INSECT,
                 "Contained use of GM and gene drive mosquitoes; the GM insectary.",
                 ("gminsects", "microinj", "crispr")),
    FacilitySpec("KTM-SIT", "Sterile Insect Irradiation Room", "instrument", INSECT,
                 "An X-ray irradiator for sterile male batches.", ("sit",)),
    FacilitySpec("KTM-BIO", "Insecticide Bioassay Laboratory", "laboratory", INSECT,
                 "WHO tube, CDC bottle and cone bioassays; the bioassay lab.",
                 ("tubetest", "bottle", "cone", "resistmon")),
    FacilitySpec("KTM-HUT", "Lwanda Experimental Huts", "laboratory", FIELD,
                 "Six experimental huts for trials of nets, sprays and repellents.",
                 ("hut", "netdurab", "repellent")),
    FacilitySpec("KTM-MCL", "Malaria Culture Laboratory", "laboratory", PARA,
                 "Continuous P. falciparum culture and drug screens; the malaria lab.",
                 ("pfculture", "synch", "drugassay", "cryopar")),
    FacilitySpec("KTM-MFD", "Mosquito Feeding and Dissection Suite", "laboratory", PARA,
                 "Gametocyte feeds, midgut and salivary gland dissections.",
                 ("smfa", "gametocyte", "dissect", "oocyst")),
    FacilitySpec("KTM-SPZ", "Sporozoite Production Unit", "laboratory", PARA,
                 "Sporozoites for controlled human malaria infection.", ("chmi",)),
    FacilitySpec("KTM-KIN", "Kinetoplastid Laboratory", "laboratory", PARA,
                 "Leishmania and trypanosome cultures and sandfly infections.",
                 ("leish", "tryp")),
    FacilitySpec("KTM-ENP", "Enteric Protozoa Laboratory", "laboratory", PARA,
                 "Cryptosporidium and Giardia work.", ("crypto",)),
    FacilitySpec("KTM-SCH", "Schistosome Life Cycle Unit", "laboratory", PARA,
                 "Schistosoma mansoni and haematobium cycles; the schisto unit.",
                 ("schisto", "cercariae")),
    FacilitySpec("KTM-SNL", "Kingsdock Snail House", "animal unit", PARA,
                 "Biomphalaria and Bulinus tanks.", ("snails",)),
    FacilitySpec("KTM-HEL", "Helminth Laboratory", "laboratory", PARA,
                 "Hookworm larvae, filarial worms and egg counts; the worm lab.",
                 ("hookworm", "filaria", "fec")),
    FacilitySpec("KTM-CL3", "Harcourt Containment Level 3 Suite", "laboratory", CLIN,
                 "TB and hazard group 3 work under negative pressure; the CL3.",
                 ("cl3", "tb", "fumigation", "cabinets")),
    FacilitySpec("KTM-ARB", "Arbovirus Vector Laboratory", "laboratory", CLIN,
                 "Dengue, Zika and chikungunya in mosquitoes at ACL3.", ("arbo", "arboinfect")),
    FacilitySpec("KTM-DXL", "Tropical Diagnostic Reference Laboratory", "service", DIAG,
                 "Imported fever malaria films, OCP, serology and PCR; the reference lab.",
                 ("malariadx", "ocp", "serology", "dxpcr", "lims")),
    FacilitySpec("KTM-EQA", "Parasitology Quality Assessment Office", "service", DIAG,
                 "EQA slides, RDT evaluation and ISO 15189.", ("eqa", "iso15189", "rdt")),
    FacilitySpec("KTM-MOL", "Vector Molecular Laboratory", "laboratory", INSECT,
                 "Extractions, species and kdr PCRs and blood meal analysis.",
                 ("extraction", "kdr", "speciesid", "bloodmeal")),
    FacilitySpec("KTM-SEQ", "Kingsdock Sequencing Hub", "instrument", DATA,
                 "MiSeq and MinION sequencing for vectors and parasites.",
                 ("amplicon", "nanopore")),
    FacilitySpec("KTM-TSP", "Trial Sample Processing Laboratory", "laboratory", CLIN,
                 "GCLP processing, aliquoting and site kits for trials.",
                 ("trialsamples", "aliquot", "kits")),
    FacilitySpec("KTM-IMM", "Immunology Core", "instrument", CLIN,
                 "PBMC processing, a Luminex and flow cytometers.",
                 ("pbmc", "immunoassay", "flow")),
    FacilitySpec("KTM-HCU", "Human Challenge Unit", "service", CLIN,
                 "Controlled human malaria and hookworm infection studies.", ("challenge",)),
    FacilitySpec("KTM-LWB", "Lwanda Bay Field Station", "service", FIELD,
                 "The school's field station on the lake shore; the station.",
                 ("stationops", "fieldcoll", "power", "fieldinsectary")),
    FacilitySpec("KTM-FEN", "Field Entomology Laboratory", "laboratory", FIELD,
                 "Sorting and identifying field catches from traps and landing catches.",
                 ("morphid", "lighttrap", "hlc", "larvalsurvey")),
    FacilitySpec("KTM-FLT", "Field Vehicle Pool", "service", FIELD,
                 "Land Cruisers and drivers for field sites.", ("fielddrive",)),
    FacilitySpec("KTM-DRN", "Drone and Mapping Unit", "service", FIELD,
                 "Drones and GIS for larval habitat mapping.", ("drones", "gis")),
    FacilitySpec("KTM-CCS", "Cold Chain and Shipping Office", "service", TECH,
                 "IATA packing, dry shippers, import licences and MTAs; the shipping office.",
                 ("iata", "dryshipper", "permits", "nagoya")),
    FacilitySpec("KTM-FRZ", "Biorepository Freezer Store", "service", TECH,
                 "Monitored minus 80 freezers and liquid nitrogen tanks; the freezer room.",
                 ("freezers", "sampleinv", "temp", "ln2")),
    FacilitySpec("KTM-BIX", "Vector Bioinformatics Group", "computing", DATA,
                 "Genomics pipelines on the cluster and data sharing.",
                 ("pipelines", "popgen", "datamgmt", "backup")),
    FacilitySpec("KTM-DAT", "Trials Data Unit", "computing", DATA,
                 "REDCap, ODK and statistics for trials and field studies.",
                 ("redcap", "stats", "odk")),
    FacilitySpec("KTM-MUS", "Kingsdock Tropical Medicine Museum", "collection", MUSEUM,
                 "Pinned and spirit vectors, worms and the parasite slide collection.",
                 ("slidecoll", "pinning", "spirit", "digitise", "ipm", "loans", "exhibits")),
    FacilitySpec("KTM-IMG", "Vector Imaging Suite", "instrument", INSECT,
                 "Confocal, slide scanner and stereo microscopes.",
                 ("confocal", "slidescan", "stereo", "imageanalysis")),
    FacilitySpec("KTM-WKS", "Kingsdock Technical Workshop", "workshop", TECH,
                 "Cages, traps, 3D printing and electronics.",
                 ("cages", "traps", "printing", "electronics", "huts")),
    FacilitySpec("KTM-STR", "School Stores", "service", TECH,
                 "Consumables, gases and the insecticide store.",
                 ("ordering", "stores", "gases", "chemstore")),
    FacilitySpec("KTM-SAF", "Biosafety Office", "service", SAFETY,
                 "Biological, GM and COSHH assessments, waste and spills.",
                 ("biorisk", "gmra", "coshh", "waste", "spills", "facefit")),
    FacilitySpec("KTM-TLB", "Diploma Teaching Laboratory", "teaching", TEACH,
                 "Practicals for the Diploma in Tropical Medicine and the MSc courses.",
                 ("practicals", "teachsets", "demonstrating")),
    FacilitySpec("KTM-PEN", "Public Engagement Insectary", "teaching", TEACH,
                 "Live mosquitoes and bugs for schools and festivals.", ("outreach",)),
)

GIVEN = """Tahina-Rado Voahangy Haingo-Lalao Andry-Nirina Fanja-Miora Mamy-Tiana Aizhan-Gulnara
Nurlan-Temir Aidana-Saule Ermek-Talant Cholpon-Ai Baktygul Kanat-Ulan Oyunchimeg-Saraa
Bat-Erdene Enkhjin-Nomin Ganzorig Khulan-Ariun Tuul-Naran Ngozi-Adaeze Chidiebere-Obi
Chinonso-Ify Amaka-Nneka Emeka-Chuks Kobina-Ato Efua-Araba Kwabena-Kofi Akosua-Ama Esi-Adwoa
Nsansa-Chilufya Mwamba-Chanda Bupe-Mutale Thandeka-Nomsa Sipho-Bheki Lindiwe-Zodwa
Rangi-Matiu Moana-Tui Tevita-Sione Mele-Losaline Losana-Vika Sefa-Tasi Ilisapeci Sitiveni-Jone
Katalina-Ofa Eitan-Oren Noa-Shira Yael-Tamar Talia-Dror Marisol-Itzel Xochitl-Ameyali
Citlali-Nayeli Teodor-Radu Ioana-Brândușa Sorina-Ilinca Dragoș-Mihai Zsófia-Emőke Bence-Ábel
Csenge-Dóra Levente-Gergő Sakura-Hina Haruto-Ren Yui-Aoi Hyun-Woo Seo-Yeon-Ha Ji-Ho-Min
Mahlet-Tigist Ahmadu-Bello Faridah-Hanum Siti-Aishah""".split()
FAMILY = """Rakotomalala-Randria Andrianarivo Rasoanaivo-Ravelo Razafindrakoto Abdyldaev-Osmonov
Sydykova-Imanalieva Batbayar-Gantulga Tsedenbal-Dorj Okonkwo-Nwosu Eze-Ugwuanyi Nnamdi-Obiora
Mensah-Asante Boateng-Owusu Ankrah-Quaye Mulenga-Banda Chileshe-Phiri Dlamini-Nkosi
Khumalo-Mthembu Tupou-Fifita Vainikolo-Havili Tuilagi-Leota Fonoti-Sapolu Ravuvu-Naivalu
Mizrahi-Peretz Ben-Ami Navarro-Tlatelpa Cuauhtli-Reyes Popescu-Ionescu Dumitrescu-Vlad
Szabó-Kertész Farkas-Molnár Takahashi-Mori Nakamura-Sato Kim-Yoon Park-Seong Gebreyes-Tadesse
Woldemariam-Kassa Ibrahim-Danjuma Ismail-Rahman Yusof-Zainal Haddad-Khoury Nasser-Saleh
Andriamasy Tchoumi-Ngassa Mbarga-Essomba""".split()
FAMILY += ["de Souza-Mabunda", "van Heerden-Mokoena", "Mac an tSaoir-Quinn", "al-Rashid-Bayoumi"]

LWANDA = Site("Kingsdock School of Tropical Medicine (Lwanda Bay Field Station)", "KTM",
              "kingsdock-stm.ac.uk", CONCEPTS, GROUPS, SHARED, FACILITIES, GIVEN, FAMILY)
