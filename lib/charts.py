"""Altair chart builders: data and translated labels in, a chart out.

Every builder is pure (no Streamlit, no file access), takes the labels it draws as
arguments so the page can pass them in the reader's language, and returns a
Vega-Lite spec as a dict. The Altair part of a spec is built once per set of labels
and cached; each call only fills in the data. The tests validate every spec against
the Vega-Lite schema.

One palette for the whole app: Okabe & Ito's colour-blind-safe set. One font stack
that covers Latin and CJK glyphs, so Chinese titles and labels never fall back to
empty boxes.
"""

from __future__ import annotations

from functools import lru_cache

import altair as alt

#: Okabe & Ito (2008) colour-universal-design palette, in the order the app uses it.
PALETTE: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#000000",  # black
)
GREY = "#6b6b6b"
MINUS = "\u2212"

#: Latin first, then CJK families available on Linux (Debian's fonts-noto-cjk), macOS
#: and Windows, so the browser picks a face with the glyph on every platform.
FONT_STACK = (
    '"Source Sans Pro", "Source Sans 3", "Noto Sans CJK TC", "Noto Sans CJK SC", '
    '"Noto Sans TC", "PingFang TC", "Microsoft JhengHei", sans-serif'
)

HEIGHT = 300


def _pct(value: float) -> str:
    """A percentage label with a typographic minus sign: "4.26%", "\u22121.00%"."""
    return f"{value:.2f}%".replace("-", MINUS)


def themed(chart: alt.TopLevelMixin, title: str) -> alt.TopLevelMixin:
    """Apply the app's title style, font stack, sizes and height to a finished chart.

    The text alternative is not set here but in ``lib.ui.chart``.
    """
    return (
        chart.properties(
            title=alt.TitleParams(title, anchor="start", fontSize=15, fontWeight=600),
            height=HEIGHT,
        )
        .configure(font=FONT_STACK)
        .configure_axis(labelFontSize=12, titleFontSize=13, grid=True, gridOpacity=0.4)
        .configure_legend(labelFontSize=12, titleFontSize=12, orient="bottom", labelLimit=320)
        .configure_view(stroke=None)
    )


def two_routes_data(
    breakdown: dict[str, float],
    route_labels: tuple[str, str],
    part_labels: tuple[str, str, str],
) -> list[dict]:
    """The rows behind :func:`two_routes`: one per bar segment, values in percent.

    ``breakdown`` is :func:`lib.convenience_yield.route_breakdown` (decimals per
    year). Keys: ``route``, ``part``, ``order`` (stacking order) and ``value``.
    ``route_labels`` = (direct, synthetic); ``part_labels`` = (cash dollar rate,
    foreign rate, FX hedge). ``desc`` is the segment as a screen reader reads it.
    """
    direct, synthetic = route_labels
    cash, foreign, hedge = part_labels
    rows = [
        {"route": direct, "part": cash, "order": 0, "value": breakdown["direct"] * 100},
        {"route": synthetic, "part": foreign, "order": 1, "value": breakdown["foreign_rate"] * 100},
        {"route": synthetic, "part": hedge, "order": 2, "value": breakdown["hedge"] * 100},
    ]
    for row in rows:  # what a screen reader announces for each bar segment
        row["desc"] = f"{row['route']}, {row['part']}: {_pct(row['value'])}"
    return rows


@lru_cache(maxsize=16)
def _two_routes_template(
    title: str,
    axis_label: str,
    tooltip_titles: tuple[str, str, str],
    routes: tuple[str, ...],
    parts: tuple[str, ...],
) -> dict:
    """The chart's Vega-Lite spec without its data, built once per set of labels.

    Data come from two named datasets, ``parts`` and ``totals``, filled per call:
    building the Altair objects costs far more than the arithmetic on every slider move.
    """
    x = alt.X(
        "route:N", title=None, sort=list(routes), axis=alt.Axis(labelAngle=0, labelFontSize=13)
    )
    bars = (
        alt.Chart(alt.NamedData("parts"))
        .mark_bar(size=70)
        .encode(
            x=x,
            y=alt.Y("sum(value):Q", title=axis_label, stack="zero"),
            color=alt.Color(
                "part:N",
                title=None,
                sort=list(parts),
                scale=alt.Scale(domain=list(parts), range=list(PALETTE[: len(parts)])),
            ),
            order=alt.Order("order:Q"),
            description=alt.Description("desc:N"),
            tooltip=[
                alt.Tooltip("route:N", title=tooltip_titles[0]),
                alt.Tooltip("part:N", title=tooltip_titles[1]),
                alt.Tooltip("value:Q", title=tooltip_titles[2], format=".2f"),
            ],
        )
    )
    labels = (
        alt.Chart(alt.NamedData("totals"))
        .mark_text(dy=-12, fontSize=14, fontWeight=600, color="black", aria=False)
        .encode(x=x, y=alt.Y("value:Q"), text="text:N")
    )
    zero = alt.Chart(alt.NamedData("zero")).mark_rule(color=GREY, aria=False).encode(y="y:Q")
    return themed(alt.layer(bars, zero, labels), title).to_dict(validate=False)


def two_routes(
    rows: list[dict],
    *,
    title: str,
    axis_label: str,
    tooltip_titles: tuple[str, str, str],
) -> dict:
    """Stacked bars: the direct dollar rate beside the synthetic route's two parts.

    ``rows`` come from :func:`two_routes_data`. The direct route is one bar (the cash
    dollar rate); the synthetic route stacks the foreign rate and the FX hedge (-rho),
    either of which may be negative. A label over each bar gives the route's total,
    so the gap between the two totals is the convenience yield. Returns a
    Vega-Lite spec (a dict) with the data inlined as named datasets.
    """
    routes = tuple(dict.fromkeys(r["route"] for r in rows))
    parts = tuple(r["part"] for r in rows)
    totals = []
    for route in routes:
        total = sum(r["value"] for r in rows if r["route"] == route)
        totals.append({"route": route, "value": total, "text": _pct(total)})
    template = _two_routes_template(title, axis_label, tuple(tooltip_titles), routes, parts)
    return {**template, "datasets": {"parts": rows, "totals": totals, "zero": [{"y": 0.0}]}}
