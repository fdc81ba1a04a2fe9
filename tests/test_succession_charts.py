"""Succession charts are legible: full labels, a colour key, the right bands highlighted."""

from __future__ import annotations

import re

from skillmap.charts import HOT, bar_chart, heatmap

LONG = "School of Earth and Environmental Sciences"


def test_heatmap_keeps_full_labels_inside_the_picture_with_a_key():
    svg = heatmap("Share retiring", [LONG, "Medical School"],
                  ["Laboratory and analytical techniques", "Workshop and fabrication"],
                  {(LONG, "Workshop and fabrication"): 0.5,
                   ("Medical School", "Laboratory and analytical techniques"): None})
    width = int(re.search(r'width="(\d+)"', svg).group(1))
    assert f">{LONG}</text>" in svg and ">Laboratory and analytical techniques</text>" in svg
    left = int(re.search(r'<text x="(\d+)" y="\d+" class="r">', svg).group(1))
    assert left >= 6.2 * len(LONG)                       # row labels are not cut on the left
    first_column = int(re.search(r'translate\((\d+),', svg).group(1))
    assert first_column > left                            # ... nor overlap the grid
    last_column = int(re.findall(r'translate\((\d+),', svg)[-1])
    assert last_column + 0.5 * 6.2 * len("Workshop and fabrication") < width
    top = int(re.search(r'translate\(\d+,(\d+)\)', svg).group(1))
    assert top - 0.87 * 6.2 * len("Laboratory and analytical techniques") > 40   # below title
    for label in ("0-19%", "80-100%", "suppressed (fewer than 5)"):
        assert label in svg


def test_age_chart_highlights_both_bands_of_50_and_over():
    bars = [("under 30", 9), ("30-39", 12), ("40-49", 10), ("50-59", 8), ("60 and over", 6)]
    svg = bar_chart("People by age band", bars, highlight={"50-59", "60 and over"},
                    key="aged 50 and over")
    assert svg.count(f'fill="{HOT}"') == 3                # two bars and the key
    assert "aged 50 and over" in svg and ">60 and over</text>" in svg
