"""Small, dependency-free SVG charts for reports: a bar chart and a heatmap.

Charts are images (served as ``image/svg+xml`` and shown with ``<img alt>``);
every page that shows one also shows the same numbers as a table.
"""

from __future__ import annotations

from collections.abc import Set
from html import escape

__all__ = ["bar_chart", "heatmap"]

PALETTE = ["#e8f1fb", "#fde0c5", "#f9b487", "#ef7b4a", "#c84a1a"]   # none .. worst


def bar_chart(title: str, bars: list[tuple[str, int | None]], *, highlight: Set[str] = frozenset(),

              width: int = 560, height: int = 260) -> str:
    """Vertical bars; a None value (a suppressed small group) is drawn as a hatched stub.

    >>> svg = bar_chart("Age", [("<30", 12), ("30-39", None)])
    >>> svg.startswith("<svg") and "suppressed" in svg
    True
    """
    top = max([v for _, v in bars if v] or [1])
    slot = (width - 60) / max(1, len(bars))
    parts = [_open(width, height, title), f'<text x="10" y="18" class="t">{escape(title)}</text>']
    for i, (label, value) in enumerate(bars):
        x = 50 + i * slot
        h = 0 if not value else (height - 70) * value / top
        colour = "#c84a1a" if label in highlight else "#0b5cad"
        if value is None:
            parts.append(f'<rect x="{x + 4:.0f}" y="{height - 46}" width="{slot - 8:.0f}" '
                         f'height="6" fill="#999"/><text x="{x + slot / 2:.0f}" '
                         f'y="{height - 52}" class="c">suppressed</text>')
        else:
            parts.append(f'<rect x="{x + 4:.0f}" y="{height - 40 - h:.0f}" width="{slot - 8:.0f}" '
                         f'height="{h:.0f}" fill="{colour}"/><text x="{x + slot / 2:.0f}" '
                         f'y="{height - 46 - h:.0f}" class="c">{value}</text>')
        parts.append(f'<text x="{x + slot / 2:.0f}" y="{height - 22}" class="c">'
                     f'{escape(label)}</text>')
    return "".join(parts) + "</svg>"


def heatmap(title: str, rows: list[str], columns: list[str],
            values: dict[tuple[str, str], float | None], *, cell: int = 26) -> str:
    """A grid of shares 0..1 (darker is worse); None cells are suppressed (grey).

    >>> svg = heatmap("Risk", ["Physics"], ["imaging"], {("Physics", "imaging"): 0.5})
    >>> "Physics" in svg and "50%" in svg
    True
    """
    left, top = 230, 150
    width, height = left + cell * len(columns) + 20, top + cell * len(rows) + 40
    parts = [_open(width, height, title), f'<text x="10" y="18" class="t">{escape(title)}</text>']
    for j, column in enumerate(columns):
        x = left + j * cell + cell / 2
        parts.append(f'<text transform="translate({x:.0f},{top - 6}) rotate(-60)" '
                     f'class="l">{escape(column)}</text>')
    for i, row in enumerate(rows):
        y = top + i * cell
        parts.append(f'<text x="{left - 6}" y="{y + cell * 0.65:.0f}" class="r">'
                     f'{escape(row[:34])}</text>')
        for j, column in enumerate(columns):
            value = values.get((row, column))
            fill = "#d9d9d9" if value is None else PALETTE[min(4, int(value * 5))] \
                if value > 0 else PALETTE[0]
            label = "" if value is None or value == 0 else f"{value:.0%}"
            parts.append(f'<rect x="{left + j * cell}" y="{y}" width="{cell - 1}" '
                         f'height="{cell - 1}" fill="{fill}"><title>{escape(row)}, '
                         f'{escape(column)}: {label or ("suppressed" if value is None else "0%")}'
                         f'</title></rect><text x="{left + j * cell + cell / 2:.0f}" '
                         f'y="{y + cell * 0.65:.0f}" class="v">{label}</text>')
    return "".join(parts) + "</svg>"


def _open(width: int, height: int, title: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">'
            '<style>text{font:12px system-ui,sans-serif;fill:#1b1f24}.t{font-weight:700;'
            'font-size:14px}.c{text-anchor:middle}.r{text-anchor:end}.v{text-anchor:middle;'
            'font-size:9px}.l{font-size:11px}</style>')
