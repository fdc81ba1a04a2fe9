"""Blueprint "search": researchers find a technician, a facility or a skill family."""

from __future__ import annotations

from collections import Counter
from html import escape

from flask import Blueprint, Response, abort, render_template, request, url_for

from skillmap.profiles import person_jsonld, public_profile
from skillmap.search import search, visible_to
from webapp.api import MAX_OFFSET, MAX_QUERY, search_filters
from webapp.facilities import holder_levels
from webapp.auth import viewer
from webapp.services import search_index, skillmap_app, taxonomy

bp = Blueprint("search", __name__)
PAGE_SIZE = 20


@bp.get("/search")
def search_page():
    """The search page; with ``partial=1`` only the results, for live updates as you type."""
    text = request.args.get("q", "").strip()[:MAX_QUERY]
    filters = search_filters(request.args)
    asked = request.args.get("offset", "0")
    offset = min(int(asked), MAX_OFFSET) // PAGE_SIZE * PAGE_SIZE if asked.isdigit() else 0
    index = search_index()
    response = search(index, text, limit=PAGE_SIZE, offset=offset, filters=filters,
                      viewer=viewer()) if text else None
    template = "search/_results.html" if request.args.get("partial") else "search/search.html"
    page_args = {key: value for key, value in request.args.items()
                 if value and key not in ("offset", "partial")}
    return render_template(template, q=text, filters=filters, response=response,
                           options=_filter_options(index), taxonomy=taxonomy(),
                           page_size=PAGE_SIZE, page_args=page_args)


def _filter_options(index) -> dict:
    """Choices for the filter menus, from what the directory holds."""
    tax = taxonomy()
    pairs = lambda values: [(v, v) for v in sorted(values)]  # noqa: E731
    return {
        "institutions": pairs(index.institutions),
        "departments": pairs(d for d in index.departments if d),
        "facilities": sorted(index.facility_names.items(), key=lambda kv: (kv[1], kv[0])),
        "families": [(f.id, f.label) for f in tax.families.values()],
        "registrations": pairs(tax.registrations),
    }


@bp.get("/people/<person_id>")
def person(person_id: str):
    """A technician's public profile."""
    detail = skillmap_app().person(person_id)
    if detail is None or not viewer().may_see(detail.person):
        abort(404, description="There is no public profile with this id.")
    profile = public_profile(detail, taxonomy(), search_index().skill_labels)
    families = {f.id: f.label for f in taxonomy().families.values()}
    by_family: dict[str, list[dict]] = {}
    for skill in profile["skills"]:
        by_family.setdefault(families.get(skill["family"], "Other skills"), []).append(skill)
    jsonld = person_jsonld(profile, url=url_for("search.person", person_id=person_id,
                                                _external=True)) if detail.person.public else None
    return render_template("search/person.html", profile=profile, by_family=by_family,
                           can_edit=viewer().may_edit(person_id), jsonld=jsonld)


@bp.get("/facilities/<facility_id>")
def facility(facility_id: str):
    """A facility: what it is, who leads, operates, trains and backs it up, what it needs."""
    detail = skillmap_app().facility(facility_id)
    if detail is None:
        abort(404, description="There is no facility with this id.")
    index = search_index()
    visible = [(public_profile(p, taxonomy(), index.skill_labels), role) for p, role in
               detail.staff if viewer().may_see(p.person)]
    seen = visible_to(index, viewer())
    required = [(sid, index.skill_labels.get(sid, sid), holder_levels(index, sid, seen).total())
                for sid in detail.facility.required_skills]
    roles = ("lead", "trainer", "operator", "backup")
    return render_template("search/facility.html", facility=detail.facility, required=required,
                           staff={role: [p for p, r in visible if r == role] for role in roles})


@bp.get("/skills")
def families():
    """Browse the skill families, with how many people hold skills in each."""
    index = search_index()
    people: Counter[str] = Counter()

    visible = visible_to(index, viewer())
    for family, mask in index.family_members.items():
        people[family] = int((mask & visible).sum())
    return render_template("search/families.html", families=taxonomy().families.values(),
                           people=people)


@bp.get("/skills/<family_id>")
def family(family_id: str):
    """The skills of one family, with how many people hold each at each level."""
    tax = taxonomy()
    if family_id not in tax.families:
        abort(404, description="There is no skill family with this id.")
    index = search_index()
    visible = visible_to(index, viewer())
    rows = []
    for skill in sorted((s for s in tax.skills.values() if s.family == family_id),
                        key=lambda s: s.label.casefold()):
        levels = holder_levels(index, skill.id, visible)
        rows.append((skill, sum(levels.values()), levels[3] + levels[4]))
    return render_template("search/family.html", family=tax.families[family_id], rows=rows)


@bp.get("/sitemap.xml")
def sitemap():
    """Public profiles, facilities and skill families, for search engines."""
    index = search_index()
    urls = [url_for("search.person", person_id=p.person_id, _external=True)
            for p in index.people if p.public]
    urls += [url_for("search.facility", facility_id=f, _external=True)
             for f in sorted(index.facility_names)]
    urls += [url_for("search.family", family_id=f, _external=True) for f in taxonomy().families]
    body = "".join(f"<url><loc>{escape(u)}</loc></url>" for u in urls)
    return Response('<?xml version="1.0" encoding="UTF-8"?>'
                    f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>',
                    mimetype="application/xml")


@bp.get("/robots.txt")
def robots():
    """Crawlers may index public pages; the sitemap lists them."""
    return Response(f"User-agent: *\nDisallow: /admin/\nDisallow: /login\n"
                    f"Sitemap: {url_for('search.sitemap', _external=True)}\n",
                    mimetype="text/plain")
