"""Small, dependency-free SVG charts for reports: a bar chart and a heatmap.

Charts are images (served as ``image/svg+xml`` and shown with ``<img alt>``);
every page that shows one also shows the same numbers as a table.
"""

from __future__ import annotations

from collections.abc import Set
from html import escape

__all__ = ["bar_chart", "heatmap"]

PALETTE = ["#e8f1fb", "#fde0c5", "#f9b487", "#ef7b4a", "#c84a1a"]   # none .. worst


def bar_chart(title: str, bars: list[tuple[str, int | None]], *,
              highlight: Set[str] = frozenset(),
              key: str = "", width: int = 560, height: int = 260) -> str:
    """Bars with their values; a None value (a suppressed small group) is drawn as a stub.

    Short labels go under vertical bars; labels too long for their slot turn the chart
    horizontal, so every label is written out in full and none runs into the next.
    `key` explains the highlight colour in a legend.

    >>> svg = bar_chart("Age", [("<30", 12), ("30-39", None)])
    >>> svg.startswith("<svg") and "suppressed" in svg
    True
    >>> "CSciTeach</text>" in bar_chart("Registers", [("CSci", 3), ("CSciTeach", 1)] * 6)
    True
    """
    slot = (width - 60) / max(1, len(bars))
    if max((len(label) for label, _ in bars), default=0) * CHAR > slot - 6:
        return _horizontal_bars(title, bars, highlight, key, width)
    top = max([v for _, v in bars if v] or [1])
    legend = bool(highlight and key)
    parts = [_open(width, height + 20 * legend, title),
             f'<text x="10" y="18" class="t">{escape(title)}</text>']
    for i, (label, value) in enumerate(bars):
        x = 50 + i * slot
        h = 0 if not value else (height - 70) * value / top
        if value is None:
            parts.append(f'<rect x="{x + 4:.0f}" y="{height - 46}" width="{slot - 8:.0f}" '
                         f'height="6" fill="#999"/><text x="{x + slot / 2:.0f}" '
                         f'y="{height - 52}" class="c">suppressed</text>')
        else:
            parts.append(f'<rect x="{x + 4:.0f}" y="{height - 40 - h:.0f}" width="{slot - 8:.0f}" '
                         f'height="{h:.0f}" fill="{_colour(label, highlight)}"/><text '
                         f'x="{x + slot / 2:.0f}" y="{height - 46 - h:.0f}" class="c">{value}</text>')
        parts.append(f'<text x="{x + slot / 2:.0f}" y="{height - 22}" class="c">'
                     f'{escape(label)}</text>')
    if legend:
        parts.append(_legend(10, height, key))
    return "".join(parts) + "</svg>"


CHAR = 7.2              # the width of an average character at 12px, for laying out labels
BAR, HOT = "#0b5cad", "#c84a1a"


def _colour(label: str, highlight: Set[str]) -> str:
    return HOT if label in highlight else BAR


def _legend(x: float, y: float, key: str) -> str:
    return (f'<rect x="{x}" y="{y}" width="12" height="12" fill="{HOT}"/>'
            f'<text x="{x + 18}" y="{y + 10}">{escape(key)}</text>')


def _horizontal_bars(title: str, bars: list[tuple[str, int | None]], highlight: Set[str],
                     key: str, width: int) -> str:
    """One row per bar: the full label on the left, the bar and its value on the right."""
    left = min(width // 2, int(max(len(label) for label, _ in bars) * CHAR) + 16)
    top = max([v for _, v in bars if v] or [1])
    span = width - left - 50
    legend = bool(highlight and key)
    height = 40 + 22 * len(bars) + 20 * legend
    parts = [_open(width, height, title), f'<text x="10" y="18" class="t">{escape(title)}</text>']
    for i, (label, value) in enumerate(bars):
        y = 32 + i * 22
        parts.append(f'<text x="{left - 8}" y="{y + 13}" class="r">{escape(label)}</text>')
        if value is None:
            parts.append(f'<rect x="{left}" y="{y + 7}" width="6" height="6" fill="#999"/>'
                         f'<text x="{left + 12}" y="{y + 13}">suppressed</text>')
        else:
            w = span * value / top
            parts.append(f'<rect x="{left}" y="{y + 2}" width="{w:.0f}" height="16" '
                         f'fill="{_colour(label, highlight)}"/>'
                         f'<text x="{left + w + 6:.0f}" y="{y + 14}">{value}</text>')
    if legend:
        parts.append(_legend(10, height - 18, key))
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
    left = max(120, int(max((len(r) for r in rows), default=0) * CHAR) + 16)
    top = max(60, int(max((len(c) for c in columns), default=0) * CHAR * 0.87) + 20)
    width = max(left + cell * len(columns) + 20, left + 600)   # room for the colour key
    height = top + cell * len(rows) + 60
    parts = [_open(width, height, title), f'<text x="10" y="18" class="t">{escape(title)}</text>']
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
    return "".join(parts) + _heat_key(left, top + cell * len(rows) + 16) + "</svg>"


def _heat_key(x: int, y: int) -> str:
    """The colour key: the five shades from none to the worst, and suppressed cells."""
    steps = [(f"{i * 20}-{i * 20 + 19}%" if i < 4 else "80-100%", PALETTE[i]) for i in range(5)]
    parts, at = [f'<text x="{x}" y="{y + 10}">Key:</text>'], x + 34
    for text, colour in [*steps, ("suppressed (fewer than 5)", "#d9d9d9")]:
        parts.append(f'<rect x="{at}" y="{y}" width="12" height="12" fill="{colour}" '
                     f'stroke="#888"/><text x="{at + 15}" y="{y + 10}" class="l">{text}</text>')
        at += 24 + int(CHAR * len(text))
    return "".join(parts)


def _open(width: int, height: int, title: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">'
            '<style>text{font:12px system-ui,sans-serif;fill:#1b1f24}.t{font-weight:700;'
            'font-size:14px}.c{text-anchor:middle}.r{text-anchor:end}.v{text-anchor:middle;'
            'font-size:10px}.l{font-size:11px}.k{font-size:11px}</style>')
