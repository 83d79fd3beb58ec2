"""Altair chart builders: data and translated labels in, a chart out.

Every builder is pure (no Streamlit, no file access), takes the labels it draws as
arguments so the page can pass them in the reader's language, and returns an
``alt.Chart`` (or layer) that the tests inspect through ``chart.to_dict()``.

One palette for the whole app: Okabe & Ito's colour-blind-safe set. One font stack
that covers Latin and CJK glyphs, so Chinese titles and labels never fall back to
empty boxes.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

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


def themed(chart: alt.TopLevelMixin, title: str) -> alt.TopLevelMixin:
    """Apply the app's title style, font stack, sizes and height to a finished chart.

    The text alternative is not set here: the page passes the sentence describing the
    chart to ``st.altair_chart(alt=...)`` (see ``lib.ui.chart``).
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


def two_routes_frame(
    breakdown: dict[str, float],
    route_labels: tuple[str, str],
    part_labels: tuple[str, str, str],
) -> pd.DataFrame:
    """The data behind :func:`two_routes`: one row per bar segment, values in percent.

    ``breakdown`` is :func:`lib.convenience_yield.route_breakdown` (decimals per
    year). Columns: ``route``, ``part``, ``order`` (stacking order) and ``value``.
    ``route_labels`` = (direct, synthetic); ``part_labels`` = (cash dollar rate,
    foreign rate, FX hedge).
    """
    direct, synthetic = route_labels
    cash, foreign, hedge = part_labels
    return pd.DataFrame(
        {
            "route": [direct, synthetic, synthetic],
            "part": [cash, foreign, hedge],
            "order": [0, 1, 2],
            "value": [
                breakdown["direct"] * 100,
                breakdown["foreign_rate"] * 100,
                breakdown["hedge"] * 100,
            ],
        }
    )


def two_routes(
    parts: pd.DataFrame,
    *,
    title: str,
    axis_label: str,
    tooltip_titles: tuple[str, str, str],
) -> alt.TopLevelMixin:
    """Stacked bars: the direct dollar rate beside the synthetic route's two parts.

    ``parts`` comes from :func:`two_routes_frame`. The direct route is one bar (the
    cash dollar rate); the synthetic route stacks the foreign rate and the FX hedge
    (-rho), either of which may be negative. A black tick and a label mark each
    route's total, so the gap between the two totals is the convenience yield.
    ``tooltip_titles`` = (route, part, value in %).
    """
    routes = list(dict.fromkeys(parts["route"]))
    part_names = list(parts["part"])
    totals = parts.groupby("route", sort=False, as_index=False)["value"].sum()
    totals["text"] = totals["value"].map(lambda v: f"{v:.2f}%".replace("-", MINUS))
    x = alt.X("route:N", title=None, sort=routes, axis=alt.Axis(labelAngle=0, labelFontSize=13))
    bars = (
        alt.Chart(parts)
        .mark_bar(size=70)
        .encode(
            x=x,
            y=alt.Y("sum(value):Q", title=axis_label, stack="zero"),
            color=alt.Color(
                "part:N",
                title=None,
                sort=part_names,
                scale=alt.Scale(domain=part_names, range=list(PALETTE[: len(part_names)])),
            ),
            order=alt.Order("order:Q"),
            tooltip=[
                alt.Tooltip("route:N", title=tooltip_titles[0]),
                alt.Tooltip("part:N", title=tooltip_titles[1]),
                alt.Tooltip("value:Q", title=tooltip_titles[2], format=".2f"),
            ],
        )
    )
    ticks = (
        alt.Chart(totals)
        .mark_tick(color="black", thickness=3, size=90)
        .encode(x=x, y=alt.Y("value:Q"))
    )
    labels = (
        alt.Chart(totals)
        .mark_text(dy=-12, fontSize=14, fontWeight=600, color="black")
        .encode(x=x, y=alt.Y("value:Q"), text="text:N")
    )
    zero = alt.Chart(pd.DataFrame({"y": [0.0]})).mark_rule(color=GREY).encode(y="y:Q")
    return themed(alt.layer(bars, zero, ticks, labels), title)
