"""Plain-English definitions of every measure, shown on the report page itself."""

from __future__ import annotations

from skillmap.retirement import STATE_PENSION_AGE_LATER
from skillmap.succession.index import READINESS_WEIGHTS, RECENT_YEARS
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
        "expert": (
            "Someone who holds the skill at level 3 (expert: trains others) or 4 (authority) "
            f"and used it within the last {RECENT_YEARS} years, or whose last use is not "
            "recorded. Experts are the cover: they can run the work and train successors."),
        "practitioner": (
            "Someone who holds the skill at level 2 (works independently), or at expert "
            f"level but has not used it for more than {RECENT_YEARS} years. Practitioners "
            "are counted separately and never as expert cover."),
        "experts now": (
            "Experts in scope today. It does not depend on the horizon. For a facility: "
            "the fewest experts of any of its required skills ('can run it now')."),
        "experts after the horizon": (
            f"Experts in scope who do not retire within {h} years (people whose retirement "
            "is unknown are counted and flagged). For a facility: the fewest of any of its "
            "required skills. 0 means all expert cover is lost."),
        "experts retiring": (
            f"Experts retiring within {h} years. For a facility: the distinct people who "
            "are experts in at least one of its required skills and retire within the "
            "horizon; the 'why' text gives the same numbers per skill."),
        "holders by level": (
            "People in scope holding the skill, per level: 1 awareness, 2 practitioner "
            "(works independently), 3 expert (trains others), 4 authority."),
        "bus factor": (
            "How many people able to do it (practitioner or above) remain after the horizon. "
            "Shown for reference; severity is decided by expert cover."),
        "cover": (
            "Level-weighted people able to do it: practitioner 0.55, expert 0.85, authority "
            "1.0, times recency (full if used in the last two years or not recorded, 0.1 less "
            "per further year unused, at least 0.5). Remaining cover counts those not "
            f"retiring; someone whose retirement is unknown counts {UNKNOWN_WEIGHT:g} of theirs."),
        "expert only": (
            "Everyone who can do it now is an expert: there are no practitioners in the "
            "pipeline to step up."),
        "facility critical": "A facility in scope lists it among its required skills.",
        "severity": (
            "0-100, in tiers decided by expert cover. Critical (75+): a facility needs it "
            f"and all its expert cover retires within {h} years, whatever practitioners "
            "remain. High (50+): the last expert of a skill leaves; or a facility needs it "
            "and only one expert remains, or only practitioners hold it now. Medium (25+): "
            "one expert remains; or there is no expert and at most one practitioner remains; "
            "or a facility needs it and nobody in scope holds it (a gap today, or the skill "
            "is recorded under another name: check the directory). Low: two "
            "or more experts remain. Within a tier up to 25 points: 35% x share of experts "
            "lost, 20% if a facility needs it, 15% if no practitioner remains, 20% / (1 + "
            "experts remaining), 10% x share of remaining experts with no retirement "
            "estimate."),
        "facility severity": (
            "A facility is as much at risk as its weakest required skill, with cover counted "
            "among the people in scope. A facility with no required skills recorded is "
            "judged on its staff in scope (lead and trainer as experts, operator and backup "
            "as practitioners). Facilities of low severity (two or more experts remain for "
            "every required skill) are listed apart as having safe expert cover."),
        "mitigations": (
            "Recorded actions lower the severity: a written procedure leaves "
            f"{FACTORS['procedure']:.0%} of it, shadowing {FACTORS['shadowing']:.0%}, training "
            f"{FACTORS['training']:.0%}, recruitment {FACTORS['recruitment']:.0%}; shadowing or "
            f"training with no trainee named (or one not in the directory) {UNNAMED_FACTOR:.0%}, "
            "and none at all if the trainee retires too (known only for trainees in the "
            "report's scope). A due date after the horizon halves the effect. Together they "
            f"never take a gap below {FLOOR:.0%} of its raw severity, which stays visible. "
            "Skill mitigations also lower the facilities that need the skill. A department's "
            "report counts the actions recorded for that department (or for the whole "
            "institution); the institution's report counts them all."),
        "actions": (
            "Each action has an owner, a status (planned, in progress, done) and a due date; "
            "it is overdue when the due date has passed and it is not done. Trainees are "
            "chosen among the people the manager may see."),
        "summary": (
            "Facilities losing all expert cover: facilities with experts today for a "
            "required skill and none left after the horizon. Critical and high: the "
            "facilities and skills at those levels after mitigation."),
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
            "institution. A manager sees names only of people in their departments and of "
            "public profiles elsewhere (never their retirement band); other candidates are "
            "counted by department."),
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
