"""Geometry of the server-side SVG bar charts (events or documents per year).

The template draws the bars from these numbers as SVG presentation attributes, styled
by classes from the stylesheet: no scripts, no inline styles (the Content-Security-Policy
forbids both).  Years without events are shown as empty slots, so the time axis is true.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

BAR_SLOT = 44  # horizontal space per year
BAR_WIDTH = 30
PLOT_HEIGHT = 150  # height of the tallest bar
TOP = 22  # room for the total above the tallest bar
BOTTOM = 24  # room for the year below the axis
MAX_YEARS = 60  # a wider span is cut to its last MAX_YEARS years


@dataclass
class Segment:
    kind: str
    count: int
    y: float
    height: float


@dataclass
class Bar:
    year: int
    total: int
    x: float
    center: float
    top: float  # y of the top of the bar
    segments: list[Segment] = field(default_factory=list)


@dataclass
class Chart:
    width: int
    height: int
    baseline: float
    bars: list[Bar]
    kinds: list[str]  # the kinds that occur, in legend order
    maximum: int
    bar_width: int = BAR_WIDTH


def year_chart(
    counts: Mapping[int, Mapping[str, int]], kinds: Sequence[str] = ("count",)
) -> Chart | None:
    """A stacked bar per year from ``{year: {kind: count}}``; None when there is nothing."""
    years = sorted(year for year, by_kind in counts.items() if sum(by_kind.values()) > 0)
    if not years:
        return None
    first, last = max(years[0], years[-1] - MAX_YEARS + 1), years[-1]
    totals = {year: sum(counts.get(year, {}).values()) for year in range(first, last + 1)}
    maximum = max(totals.values())
    scale = PLOT_HEIGHT / maximum
    baseline = TOP + PLOT_HEIGHT
    bars: list[Bar] = []
    for slot, year in enumerate(range(first, last + 1)):
        x = slot * BAR_SLOT + (BAR_SLOT - BAR_WIDTH) / 2
        bar = Bar(
            year=year,
            total=totals[year],
            x=x,
            center=slot * BAR_SLOT + BAR_SLOT / 2,
            top=baseline - totals[year] * scale,
        )
        y = baseline
        for kind in kinds:
            count = counts.get(year, {}).get(kind, 0)
            if count:
                height = count * scale
                y -= height
                bar.segments.append(
                    Segment(kind=kind, count=count, y=round(y, 2), height=round(height, 2))
                )
        bars.append(bar)
    present = [k for k in kinds if any(counts.get(y, {}).get(k) for y in range(first, last + 1))]
    return Chart(
        width=(last - first + 1) * BAR_SLOT,
        height=TOP + PLOT_HEIGHT + BOTTOM,
        baseline=baseline,
        bars=bars,
        kinds=present,
        maximum=maximum,
    )
