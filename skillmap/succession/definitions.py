"""Plain-English definitions of every measure, shown on the report page itself."""

from __future__ import annotations

from skillmap.retirement import STATE_PENSION_AGE_LATER
from skillmap.succession.index import READINESS_WEIGHTS
from skillmap.succession.mitigation import FACTORS, FLOOR, UNNAMED_FACTOR
from skillmap.succession.model import MIN_GROUP
from skillmap.succession.risk import UNKNOWN_WEIGHT

__all__ = ["definitions"]


def definitions(horizon_years: int) -> dict[str, str]:
    """Every measure of the report, explained for a manager, for a horizon of `horizon_years`.

    >>> d = definitions(5)
    >>> "bus factor" in d and "within 5 years" in d["retiring"]
    True
    """
    h = horizon_years
    w = {k: f"{v:.0%}" for k, v in READINESS_WEIGHTS.items()}
    return {
        "retirement": (
            "Each person's expected retirement is their planned retirement date when HR "
            "recorded one (a month means its first day); otherwise their date of birth plus "
            "the institution's normal retirement age if one is set, or else plus UK State "
            "Pension age (66; 66 and 1 to 11 months for people born 6 April 1960 to 5 March "
            "1961; 67 for births to 5 April 1977: Pensions Act 2014 s.26; rising by a table "
            f"for births 6 April 1977 to 5 April 1978, and {STATE_PENSION_AGE_LATER} after "
            "that: Pensions Act 2007 Sch. 3). People with "
            "neither date are 'unknown': they are counted, and never assumed to stay."),
        "retirement band": (
            "Managers see only a band: within 2 years, 2-5 years, 5-10 years, later, or "
            "unknown. Dates of birth and retirement dates are never shown."),
        "retiring": (
            f"A holder is retiring when their expected retirement falls within {h} years of "
            "today (a date exactly on the horizon counts), or has already passed. In a "
            "what-if, the people marked as leaving count as retiring now."),
        "holders by level": (
            "People in scope holding the skill, per level: 1 awareness, 2 practitioner "
            "(works independently), 3 expert (trains others), 4 authority. Only levels 2 and "
            "above can do the work, so only they count as cover."),
        "bus factor": (
            "How many people able to do it (practitioner or above) remain after the horizon: "
            "how many would have to leave before nobody can. People whose retirement is "
            "unknown are included but flagged. 0 means it is lost within the horizon; 1 is a "
            "single point of failure."),
        "cover": (
            "Level-weighted people able to do it: practitioner 0.55, expert 0.85, authority "
            "1.0, times recency (full if used in the last two years or not recorded, 0.1 less "
            "per further year unused, at least 0.5). Remaining cover counts those not "
            f"retiring; someone whose retirement is unknown counts {UNKNOWN_WEIGHT:g} of theirs."),
        "expert only": (
            "Everyone who can do it now is an expert or authority: there are no "
            "practitioners in the pipeline to step up."),
        "facility critical": "A facility in scope lists it among its required skills.",
        "severity": (
            "0-100, in tiers. Critical (75+): a facility needs it and its bus factor is 0 or "
            "1. High (50+): any other bus factor of 0 or 1 (a single point of failure), or a "
            "facility needs it, only experts can do it and its bus factor is 2. Medium (25+): "
            "bus factor 2, or half the cover or more retiring, or a facility needs it and "
            "nobody in scope can do it. Low: the rest. Within a tier, "
            "up to 25 points: 30% if nobody is left, 30% x share of cover lost, 20% if "
            "facility-critical, 10% if expert-only, 10% x how thin the remaining cover is."),
        "facility severity": (
            "A facility is as much at risk as its weakest required skill, with cover counted "
            "among the people in scope plus the facility's own staff. A facility with no "
            "required skills recorded is judged on its staff (lead as authority, trainer as "
            "expert, operator and backup as practitioners). Its holders by level and cover "
            "are those of its weakest skill."),
        "mitigations": (
            "Recorded actions lower the severity: a written procedure leaves "
            f"{FACTORS['procedure']:.0%} of it, shadowing {FACTORS['shadowing']:.0%}, training "
            f"{FACTORS['training']:.0%}, recruitment {FACTORS['recruitment']:.0%}; shadowing or "
            f"training with no trainee named (or one not in the directory) {UNNAMED_FACTOR:.0%}, "
            "and none at all if the trainee retires too. A due date after the horizon halves "
            f"the effect. Together they never take a gap below {FLOOR:.0%} of its raw "
            "severity, which stays visible. Skill mitigations also lower the facilities "
            "that need the skill."),
        "gap": "A skill or facility of medium severity or worse: it gets successor candidates.",
        "successors": (
            "People of the same institution, not retiring within the horizon, who do not "
            "already hold the skill at expert level and have some readiness. Readiness "
            "(0-1) adds up: current level (awareness 0.25, practitioner 0.55, expert 0.85, "
            "authority 1) x recency "
            f"{w['level']}, related skills (taxonomy and skills held together; rare skills "
            "count more, skills most people hold such as risk assessment not at all) "
            f"{w['related']}, similarity of their skill set to its experts' {w['similar']}, "
            f"staffing a facility that needs it {w['facility']}, same department as the "
            f"people retiring {w['department']}, wanting to develop it {w['interested']}. "
            "Skills to gain: the skill itself to expert level, plus what most of its experts "
            "also hold when it has three or more (for a facility: its required skills)."),
        "scope": (
            "A department report counts cover among that department's people and covers the "
            "skills they hold and its facilities need; successors may come from anywhere in "
            "the institution, the same department ranking higher. Skills are counted per "
            "institution."),
        "age profile": (
            f"People in scope per age band. Bands of 1 to {MIN_GROUP - 1} people are "
            "suppressed, and when only one band would be, the next smallest is too, so it "
            "cannot be worked out from the total. The number aged 50 and over (the sector "
            "reports about 40%) is shown only when both of its bands are."),
        "heatmap": (
            "Per department and skill family: people able to do a skill of that family, and "
            f"the share of them retiring within {h} years. Cells of fewer than {MIN_GROUP} "
            "people are suppressed."),
    }
