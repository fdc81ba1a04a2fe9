"""The ladder drawn: an accessible inline SVG, and the same content as ordered text.

The SVG has ``role="img"`` with a ``<title>`` and a ``<desc>``, no scripts and
no external resources. Job families are columns, grade levels are rows (the
highest at the top); promotions are solid arrows, lateral moves dashed. A
highlighted route is drawn thick in the accent colour *and* named in the
description and in the text version, so colour is never the only cue.
"""

from __future__ import annotations

from typing import Any

import textwrap
from html import escape

import networkx as nx

from skillmap.pathways.ladder import MOVES, top_grades

__all__ = ["ladder_svg", "ladder_text"]

LEFT, TOP, COL_W, ROW_H, BOX_W, BOX_H, LEGEND = 84, 76, 240, 100, 196, 58, 56
INK, MUTED, ACCENT, BAND, GOLD, SOFT = "#1b1f24", "#4a5562", "#0b5cad", "#f2f5f8", "#fff4d6", \
    "#e3efff"


def _layout(ladder: nx.DiGraph) -> tuple[list[Any], list[int], dict[str, tuple[float, float]]]:
    grades = {n: d for n, d in ladder.nodes(data=True) if d["kind"] == "grade"}
    families = [(code, label) for code, label in ladder.graph.get("families", [])
                if any(d["family"] == code for d in grades.values())]
    levels = sorted({d["level"] for d in grades.values()}, reverse=True)
    column = {code: i for i, (code, _) in enumerate(families)}
    where = {n: (LEFT + column[d["family"]] * COL_W + COL_W / 2,
                 TOP + levels.index(d["level"]) * ROW_H + ROW_H / 2) for n, d in grades.items()}
    return families, levels, where


def _ends(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, ...]:
    """Start, control and end points of the arrow from box centre `a` to box centre `b`."""
    (x1, y1), (x2, y2), half_w, half_h = a, b, BOX_W / 2, BOX_H / 2
    right = 1 if x2 > x1 else -1
    if y1 == y2 and abs(x2 - x1) <= COL_W:          # neighbours on one row: two parallel arrows
        dy = -12 if right > 0 else 12
        return (x1 + right * half_w, y1 + dy, (x1 + x2) / 2, y1 + dy, x2 - right * half_w, y2 + dy)
    if y1 == y2:                                    # across a column: arc over (or under) it
        side = -1 if right > 0 else 1
        sx, ex = x1 + right * half_w / 2, x2 - right * half_w / 2
        return (sx, y1 + side * half_h, (sx + ex) / 2, y1 + side * (ROW_H - 8) * 0.95,
                ex, y2 + side * half_h)
    up = -1 if y2 < y1 else 1
    sx = x1 + (right * (half_w - 24) if x1 != x2 else 0)
    ex = x2 - (right * (half_w - 24) if x1 != x2 else 0)
    sy, ey = y1 + up * half_h, y2 - up * half_h
    return (sx, sy, (sx + ex) / 2, (sy + ey) / 2, ex, ey)


def _defs(prefix: str) -> str:
    def marker(name: str, colour: str, size: int) -> str:
        return (f'<marker id="{prefix}-{name}" viewBox="0 0 10 10" refX="9" refY="5" '
                f'markerUnits="userSpaceOnUse" markerWidth="{size}" markerHeight="{size}" '
                f'orient="auto-start-reverse">'
                f'<path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>')
    return f"<defs>{marker('arrow', MUTED, 10)}{marker('route', ACCENT, 15)}</defs>"


def _edge(ladder: Any, a: str, b: str, where: Any, on_route: bool, prefix: str) -> str:
    sx, sy, cx, cy, ex, ey = _ends(where[a], where[b])
    kind = ladder.edges[a, b]["kind"]
    colour, width = (ACCENT, 4) if on_route else (MUTED, 2 if kind == "promotion" else 1.5)
    dash = ' stroke-dasharray="7 5"' if kind == "lateral" else ""
    return (f'<path class="{kind}{" route" if on_route else ""}" '
            f'd="M{sx:.1f},{sy:.1f} Q{cx:.1f},{cy:.1f} {ex:.1f},{ey:.1f}" fill="none" '
            f'stroke="{colour}" stroke-width="{width}"{dash} '
            f'marker-end="url(#{prefix}-{"route" if on_route else "arrow"})"/>')


def _box(node: str, data: dict[str, Any], centre: Any, state: str) -> str:
    x, y = centre[0] - BOX_W / 2, centre[1] - BOX_H / 2
    fill, stroke, width, text = {
        "current": (ACCENT, ACCENT, 3, "#ffffff"), "route": (SOFT, ACCENT, 3, INK),
    }.get(state, (GOLD if data["professorial_equivalent"] else BAND, MUTED, 1, INK))
    heading = data["code"] + {"current": " · you are here", "route": " · on your route"}.get(
        state, " · top grade" if data["professorial_equivalent"] else "")
    lines = textwrap.wrap(data["title"], 30, max_lines=2, placeholder="…")
    spans = "".join(f'<tspan x="{centre[0]:.1f}" dy="{15 if i else 0}">{escape(line)}</tspan>'
                    for i, line in enumerate(lines))
    return (f'<g class="grade {state}"><title>{escape(node)}: {escape(data["title"])}</title>'
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{BOX_W}" height="{BOX_H}" rx="8" '
            f'fill="{fill}" stroke="{stroke}" stroke-width="{width}"/>'
            f'<text x="{centre[0]:.1f}" y="{y + 17:.1f}" text-anchor="middle" font-size="12" '
            f'font-weight="700" fill="{text}">{escape(heading)}</text>'
            f'<text x="{centre[0]:.1f}" y="{y + 34:.1f}" text-anchor="middle" font-size="12" '
            f'fill="{text}">{spans}</text></g>')


def _frame(families: Any, levels: Any, width: float) -> list[str]:
    parts = []
    for i, (code, label) in enumerate(families):
        x = LEFT + i * COL_W + COL_W / 2
        for j, line in enumerate(textwrap.wrap(label, 28, max_lines=2, placeholder="…")):
            parts.append(f'<text x="{x:.1f}" y="{24 + 16 * j}" text-anchor="middle" '
                         f'font-size="13" font-weight="700" fill="{INK}">{escape(line)}</text>')
    for j, level in enumerate(levels):
        y = TOP + j * ROW_H + ROW_H / 2
        parts.append(f'<text x="12" y="{y + 4:.1f}" font-size="12" fill="{MUTED}">'
                     f'Level {level}</text>')
        if j:
            parts.append(f'<line x1="8" x2="{width - 8:.1f}" y1="{y - ROW_H / 2:.1f}" '
                         f'y2="{y - ROW_H / 2:.1f}" stroke="#d5dbe1" stroke-width="1"/>')
    return parts


def _legend(y: float, prefix: str, highlight: bool) -> str:
    items = [("promotion", "", MUTED, 2, "arrow"), ("lateral move", ' stroke-dasharray="7 5"',
                                                     MUTED, 1.5, "arrow")]
    if highlight:
        items.append(("your route", "", ACCENT, 4, "route"))
    parts = []
    for i, (label, dash, colour, width, marker) in enumerate(items):
        x = LEFT + i * 170
        parts.append(f'<line x1="{x}" x2="{x + 44}" y1="{y:.1f}" y2="{y:.1f}" stroke="{colour}" '
                     f'stroke-width="{width}"{dash} marker-end="url(#{prefix}-{marker})"/>'
                     f'<text x="{x + 54}" y="{y + 4:.1f}" font-size="12" fill="{INK}">'
                     f'{label}</text>')
    return "".join(parts)


def _description(ladder: nx.DiGraph, families: Any, highlight: list[str]) -> str:
    tops = ", ".join(f'{n} {ladder.nodes[n]["title"]}' for n in top_grades(ladder))
    text = (f"{len(families)} job families as columns, grade levels as rows with the highest at "
            "the top. Solid arrows are promotions within a family, dashed arrows lateral moves "
            f"between families. Professorial-equivalent grades: {tops}.")
    if highlight:
        text += " Highlighted route: " + " then ".join(
            f'{n} {ladder.nodes[n]["title"]}' for n in highlight) + "."
    return text


def ladder_svg(ladder: nx.DiGraph, *, highlight: list[str] | None = None,
               id_prefix: str = "ladder") -> str:
    """Draw the ladder as an accessible inline SVG.

    Parameters
    ----------
    ladder : nx.DiGraph
        From :func:`~skillmap.pathways.ladder_graph`.
    highlight : list of str, optional
        A route (grade nodes, current grade first) to draw as "you are here" and "on your route".
    id_prefix : str
        Prefix of the ids inside the SVG, so that two diagrams can share a page.

    Returns
    -------
    str
        ``<svg>`` markup with ``role="img"``, ``<title>`` and ``<desc>``; no
        scripts, no external references.

    Examples
    --------
    >>> from skillmap.pathways.ladder import ladder_graph
    >>> from skillmap.pathways.example import example_taxonomy
    >>> svg = ladder_svg(ladder_graph(example_taxonomy()), highlight=["lab/G5", "lab/G6", "lab/G7"])
    >>> svg.startswith("<svg") and 'role="img"' in svg and "<script" not in svg
    True
    >>> svg.count('class="grade '), svg.count('class="lateral')
    (6, 3)
    >>> svg.count('class="promotion route"')
    2
    >>> "Highlighted route: lab/G5 Technician then lab/G6" in svg
    True
    """
    highlight = list(highlight or [])
    families, levels, where = _layout(ladder)
    width, height = LEFT + len(families) * COL_W + 16, TOP + len(levels) * ROW_H + LEGEND
    on_route = set(zip(highlight, highlight[1:]))
    edges = sorted(((a, b) for a, b, kind in ladder.edges(data="kind") if kind in MOVES),
                   key=lambda e: e in on_route)
    states = {n: "route" for n in highlight} | ({highlight[0]: "current"} if highlight else {})
    title = (f"Career ladder: {sum(1 for _ in where)} grades in {len(families)} job families, "
             f"levels {min(levels, default=0)} to {max(levels, default=0)}")
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="ladder" role="img" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-labelledby="{id_prefix}-title {id_prefix}-desc" '
        f'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif">',
        f'<title id="{id_prefix}-title">{escape(title)}</title>',
        f'<desc id="{id_prefix}-desc">{escape(_description(ladder, families, highlight))}</desc>',
        _defs(id_prefix), f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
        *_frame(families, levels, width),
        *(_edge(ladder, a, b, where, (a, b) in on_route, id_prefix) for a, b in edges),
        *(_box(n, ladder.nodes[n], where[n], states.get(n, "")) for n in where),
        _legend(height - LEGEND / 2, id_prefix, bool(highlight)), "</svg>"]
    return "".join(parts)


def _moves_text(ladder: nx.DiGraph, node: str) -> list[str]:
    lines = []
    for target in sorted(ladder.successors(node),
                         key=lambda t: (ladder.edges[node, t]["kind"] != "promotion", t)):
        edge = ladder.edges[node, target]
        if edge["kind"] in MOVES:
            what = "promotion to" if edge["kind"] == "promotion" else "lateral move to"
            note = f": {edge['note']}" if edge["note"] else ""
            years = "1 year" if edge["years"] == 1 else f"{edge['years']} years"
            lines.append(f"     - {what} {target} {ladder.nodes[target]['title']} "
                         f"(+{years} of experience expected){note}")
    return lines


def _registers_text(ladder: nx.DiGraph) -> list[str]:
    registers: dict[str, list[dict[str, Any]]] = {}
    for _, data in ladder.nodes(data=True):
        if data["kind"] == "registration":
            registers.setdefault(data["register_label"], []).append(data)
    lines = ["Registration ladders (each level typically from the grade shown)"]
    for label, levels in registers.items():
        ranks = sorted({d["rank"] for d in levels})
        steps = [" or ".join(f'{d["code"]} ({d["typical_grade"] or "any grade"})'
                             for d in levels if d["rank"] == rank) for rank in ranks]
        lines.append(f"  {label}: " + " -> ".join(steps))
    return lines


def ladder_text(ladder: nx.DiGraph, *, highlight: list[str] | None = None) -> str:
    """The ladder as ordered plain text: the accessible twin of :func:`ladder_svg`.

    Examples
    --------
    >>> from skillmap.pathways.ladder import ladder_graph
    >>> from skillmap.pathways.example import example_taxonomy
    >>> text = ladder_text(ladder_graph(example_taxonomy()), highlight=["mgmt/G6", "mgmt/G7"])
    >>> print(text.splitlines()[0])
    Your route: mgmt/G6 Team Leader -> mgmt/G7 Head of Technical Services
    >>> print("\\n".join(text.splitlines()[11:14]))
    Management (mgmt)
      1. G6 Team Leader (level 6) [you are here]
         - promotion to mgmt/G7 Head of Technical Services (+4 years of experience expected)
    >>> print(text.splitlines()[-2])
      Science Council: RSciTech (G4) -> RSci (G6) -> CSci (G7)
    """
    highlight = list(highlight or [])
    lines = ["Your route: " + " -> ".join(f"{n} {ladder.nodes[n]['title']}" for n in highlight)
             ] if highlight else []
    for code, label in ladder.graph.get("families", []):
        nodes = sorted((n for n, d in ladder.nodes(data=True)
                        if d["kind"] == "grade" and d["family"] == code),
                       key=lambda n: ladder.nodes[n]["level"])
        lines.append(f"{label} ({code})")
        for i, node in enumerate(nodes, start=1):
            data = ladder.nodes[node]
            marks = ([", professorial equivalent"] if data["professorial_equivalent"] else [])
            tag = (" [you are here]" if highlight and node == highlight[0] else
                   " [on your route]" if node in highlight else "")
            lines.append(f"  {i}. {data['code']} {data['title']} (level {data['level']}"
                         f"{''.join(marks)}){tag}")
            lines += _moves_text(ladder, node)
    return "\n".join(lines + _registers_text(ladder))
