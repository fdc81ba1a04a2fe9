"""Charts people can read: labels written out in full and never running together, legends
and colour keys."""

from __future__ import annotations

import re

from skillmap.charts import CHAR, bar_chart, heatmap

REGISTRATIONS = [("RSciTech", 10), ("RSci", 8), ("CSci", 5), ("CSciTeach", 5), ("EngTech", 52),
                 ("ICTTech", 3), ("IEng", 2), ("CEng", 3), ("RITTech", 1), ("CITP", 2),
                 ("AFHEA", 2), ("FHEA", 2), ("SFHEA", 0), ("PFHEA", None)]


def labels(svg: str) -> list[tuple[float, float, str]]:
    """The category labels (not the values written on the bars)."""
    return [(float(x), float(y), text) for x, y, text in
            re.findall(r'<text x="([\d.]+)" y="([\d.]+)" class="[rc]">([^<]+)</text>', svg)
            if not text.isdigit() and text != "suppressed"]


def test_many_registration_codes_get_one_row_each_written_in_full():
    svg = bar_chart("Registrations by level", REGISTRATIONS)
    written = [text for _, _, text in labels(svg)]
    assert [code for code, _ in REGISTRATIONS] == written
    rows = sorted(y for _, y, _ in labels(svg))
    assert all(b - a >= 16 for a, b in zip(rows, rows[1:]))      # no two labels share a line
    assert "suppressed" in svg and ">52<" in svg


def test_few_short_labels_stay_under_vertical_bars_without_touching():
    svg = bar_chart("Age", [("under 30", 5), ("30-39", 9), ("40-49", 12), ("50-59", 8),
                            ("60+", 3)], highlight={"50-59", "60+"}, key="aged 50 and over")
    placed = labels(svg)
    assert len({y for _, y, _ in placed}) == 1
    centres = [x for x, _, _ in placed]
    widths = [len(text) * CHAR for _, _, text in placed]
    assert all(b - a > (wa + wb) / 2 for a, b, wa, wb in zip(centres, centres[1:], widths,
                                                               widths[1:]))
    assert "aged 50 and over</text>" in svg                      # the legend explains the colour


def test_heatmap_writes_long_row_names_in_full_and_carries_a_colour_key():
    row = "Department of Chemical Engineering and Analytical Science"
    svg = heatmap("Risk", [row], ["imaging"], {(row, "imaging"): 0.5})
    assert f">{row}</text>" in svg
    assert "Key:" in svg and "suppressed (fewer than 5)</text>" in svg and "80-100%" in svg
