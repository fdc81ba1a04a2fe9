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
              highlight_label: str = "highlighted", width: int = 600, height: int = 300) -> str:
    """Vertical bars with full labels; `highlight` bars in a second colour, explained in a
    key; a None value (a suppressed small group) is drawn as a grey stub.

    >>> svg = bar_chart("Age", [("<30", 12), ("60 and over", None)], highlight={"60 and over"},
    ...                 highlight_label="aged 60 and over")
    >>> svg.startswith("<svg") and "suppressed" in svg and "aged 60 and over" in svg
    True
    """
    top = max([v for _, v in bars if v] or [1])
    slot = (width - 60) / max(1, len(bars))
    base = height - 70
    key = [(BAR, "people")] + ([(HIGHLIGHT, highlight_label)] if highlight else []) + \
        ([("#999", "suppressed (fewer than 5)")] if any(v is None for _, v in bars) else [])
    parts = [_open(width, height, title), f'<text x="10" y="18" class="t">{escape(title)}</text>',
             _key(10, 38, key)]
    for i, (label, value) in enumerate(bars):
        x = 50 + i * slot
        h = 0 if not value else (base - 70) * value / top
        colour = HIGHLIGHT if label in highlight else BAR
        if value is None:
            parts.append(f'<rect x="{x + 4:.0f}" y="{base - 6}" width="{slot - 8:.0f}" '
                         f'height="6" fill="#999"/><text x="{x + slot / 2:.0f}" '
                         f'y="{base - 12}" class="c">suppressed</text>')
        else:
            parts.append(f'<rect x="{x + 4:.0f}" y="{base - h:.0f}" width="{slot - 8:.0f}" '
                         f'height="{h:.0f}" fill="{colour}"/><text x="{x + slot / 2:.0f}" '
                         f'y="{base - 6 - h:.0f}" class="c">{value}</text>')
        weight = ' font-weight="700"' if label in highlight else ""
        parts.append(f'<text x="{x + slot / 2:.0f}" y="{base + 18}" class="c"{weight}>'
                     f'{escape(label)}</text>')
    return "".join(parts) + "</svg>"


def heatmap(title: str, rows: list[str], columns: list[str],
            values: dict[tuple[str, str], float | None], *, cell: int = 30) -> str:
    """A grid of shares 0..1 (darker is worse) with full row and column labels and a colour
    key; None cells are suppressed (grey).

    >>> svg = heatmap("Risk", ["Department of Physics and Astronomy"], ["imaging"],
    ...               {("Department of Physics and Astronomy", "imaging"): 0.5})
    >>> "Department of Physics and Astronomy" in svg and "50%" in svg and "suppressed" in svg
    True
    """
    left = 16 + int(6.6 * max([len(r) for r in rows] or [10]))
    label_height = int(6.2 * max([len(c) for c in columns] or [10]) * 0.87) + 20
    top = 80 + label_height
    longest = max([len(c) for c in columns] or [10])
    width = max(left + cell * len(columns) + int(6.2 * longest * 0.5) + 30, 560)
    height = top + cell * len(rows) + 20
    bands = [(PALETTE[i], f"{i * 20}-{i * 20 + 19}%" if i < 4 else "80-100%") for i in range(5)]
    parts = [_open(width, height, title), f'<text x="10" y="18" class="t">{escape(title)}</text>',
             _key(10, 36, [*bands, ("#d9d9d9", "suppressed (fewer than 5)")])]
    for j, column in enumerate(columns):
        x = left + j * cell + cell / 2
        parts.append(f'<text transform="translate({x:.0f},{top - 6}) rotate(-60)" '
                     f'class="l">{escape(column)}</text>')
    for i, row in enumerate(rows):
        y = top + i * cell
        parts.append(f'<text x="{left - 6}" y="{y + cell * 0.65:.0f}" class="r">'
                     f'{escape(row)}</text>')
        for j, column in enumerate(columns):
            value = values.get((row, column))
            fill = "#d9d9d9" if value is None else PALETTE[min(4, int(value * 5))]
            label = "" if value is None or value == 0 else f"{value:.0%}"
            parts.append(f'<rect x="{left + j * cell}" y="{y}" width="{cell - 1}" '
                         f'height="{cell - 1}" fill="{fill}"><title>{escape(row)}, '
                         f'{escape(column)}: {label or ("suppressed" if value is None else "0%")}'
                         f'</title></rect><text x="{left + j * cell + cell / 2:.0f}" '
                         f'y="{y + cell * 0.65:.0f}" class="v">{label}</text>')
    return "".join(parts) + "</svg>"


BAR, HIGHLIGHT = "#0b5cad", "#c84a1a"


def _key(x: int, y: int, entries: list[tuple[str, str]]) -> str:
    """A one-line colour key: a swatch and its meaning per entry."""
    parts, at = [], x
    for colour, text in entries:
        parts.append(f'<rect x="{at}" y="{y - 10}" width="12" height="12" fill="{colour}" '
                     f'stroke="#555" stroke-width="0.5"/><text x="{at + 16}" y="{y}" '
                     f'class="k">{escape(text)}</text>')
        at += 26 + int(6.2 * len(text))
    return "".join(parts)


def _open(width: int, height: int, title: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">'
            '<style>text{font:12px system-ui,sans-serif;fill:#1b1f24}.t{font-weight:700;'
            'font-size:14px}.c{text-anchor:middle}.r{text-anchor:end}.v{text-anchor:middle;'
            'font-size:10px}.l{font-size:11px}.k{font-size:11px}</style>')
