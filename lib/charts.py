"""Altair chart builders: data and translated labels in, a chart out.

Every builder is pure (no Streamlit, no file access), takes the labels it draws as
arguments so the page can pass them in the reader's language, and returns a
Vega-Lite spec as a dict. The Altair part of a spec is built once per set of labels
and cached; each call only fills in the data. The tests validate every spec against
the Vega-Lite schema.

One palette for the whole app: Okabe & Ito's colour-blind-safe set. One font stack
that covers Latin and CJK glyphs, so Chinese titles and labels never fall back to
empty boxes.

Every chart fits a 390-px phone (about 326 px of chart) in every language: titles and
long axis titles are drawn in lines (:func:`title_lines`, :func:`axis_title`), legends
sit under the plot in as many columns as fit, long labels in lines (:func:`legend`),
and no text is written where data can be: a line chart's current values and a rule's
label go above the plot, beside the rule (``series_lines``, ``banded_line``), and bands
are named in the legend. ``tests/unit/test_charts_labels.py`` lays the line charts out
to check it at the sliders' extremes; ``tests/browser/test_chart_fit.py`` measures the
drawn charts.
"""

from __future__ import annotations

import json
from functools import lru_cache

import altair as alt

from lib.content import format_number
from lib.i18n import font_stack

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

#: Latin in Streamlit's bundled face, then Traditional Chinese faces; a lab's view swaps
#: in the reader's script (:func:`in_language`), as the page's text does.
FONT_STACK = font_stack("en")


def in_language(spec: dict, lang: str) -> dict:
    """``spec`` with the font stack of ``lang``'s script (SC for Simplified, TC for
    Traditional), so chart text matches the page's.

    >>> in_language({"config": {"font": FONT_STACK}}, "zh-Hans")["config"]["font"][:40]
    '"Source Sans", "Noto Sans CJK SC", "Noto'
    """
    config = dict(spec.get("config", {}))
    for key, fonts in _font_config(font_stack(lang)).items():
        config[key] = {**config.get(key, {}), **fonts} if isinstance(fonts, dict) else fonts
    return {**spec, "config": config}


def _font_config(stack: str) -> dict:
    """Where a chart's fonts are set: the marks' ``font`` and, explicitly, the axes',
    legends' and title's. Streamlit otherwise gives axes and legends its theme font,
    whose CSS variable (``--dollar-lab-cjk``) a canvas cannot parse, so Vega measured
    their text in a 10-px fallback face and laid the chart out too narrow."""
    both = {"labelFont": stack, "titleFont": stack}
    return {"font": stack, "axis": both, "legend": both, "title": {"font": stack}}


HEIGHT = 300

#: Room around the drawing, in px, inside the chart's width: Vega takes a text's height
#: as its font size, so without it the first pixels of a rotated y-axis title (whose
#: glyphs rise above that) fall outside the chart. Streamlit adds 20 px at the bottom.
PADDING = {"left": 4, "top": 4, "right": 4}

#: How wide a chart is on a 390-px phone: Streamlit's column less the lab's frame.
PHONE_WIDTH = 326
#: What a legend under the plot may take on that phone: Vega starts a bottom legend at
#: the plot's left edge, after the y axis's numbers and title (about 60 px), and does
#: not shrink the plot for a legend that is too wide, so it would be cut off.
LEGEND_ROOM = 260
LEGEND_FONT = 12
LEGEND_GAP = 10  # between columns
LEGEND_OFFSET = 6  # from a symbol to its label
LEGEND_ROW = 18  # from one row of entries to the next
LEGEND_LINE = 14  # each further line of a label drawn in lines
#: A line of an axis title, in the units of :func:`title_lines` (13-px bold type); a
#: y-axis title is drawn along the plot's height, so it gets fewer.
X_TITLE_UNITS = 40
Y_TITLE_UNITS = 26
#: The current values of :func:`series_lines` and the labels of :func:`banded_line`'s
#: vertical marks are written above the plot, one row per label, ``LABEL_ROW`` px apart:
#: the lines and the title never reach there, so no label sits on a line or another label.
LABEL_ROW = 15
LABEL_FONT = 12
LABEL_LIFT = 8  # px from the plot's top to the lowest row: clear of a point drawn at the top
LINE_SYMBOL = 24  # a legend's sample of a line, px


def _pct(value: float) -> str:
    """A percentage label, formatted as the text is (lib.content): "4.26%", "\u22121.00%"."""
    return format_number(value, 2) + "%"


def _one_place(value: float) -> str:
    return format_number(value, 1)


def _share(value: float) -> str:
    return format_number(value * 100, 0) + "%"


TITLE_UNITS = 40  # a title line's width: Latin characters, a CJK character counting 2


def _width_units(text: str) -> int:
    return sum(2 if ord(c) >= 0x2E80 else 1 for c in text)


def title_lines(title: str, units: int = TITLE_UNITS) -> list[str]:
    """``title`` in lines that fit a phone's chart (about 330 px at 15 px type): Latin
    text breaks between words, Chinese between characters. Vega does not wrap titles,
    so a long one would be cut off at 390 px.

    >>> title_lines("Premiums as the dealers' capacity shrinks, in basis points")
    ["Premiums as the dealers' capacity", 'shrinks, in basis points']
    """
    lines: list[str] = []
    line = ""
    for token in _tokens(title):
        if line and _width_units(line + token) > units:
            lines.append(line.rstrip())
            line = token.lstrip()
        else:
            line += token
    return [*lines, line.rstrip()] if line.strip() else lines or [title]


def text_px(text: str, size: float) -> float:
    """A generous estimate of how wide ``text`` is drawn at ``size`` px: 0.56 em per
    Latin character (Source Sans averages under 0.5), 1.12 em per CJK character."""
    return _width_units(text) * size * 0.56


def axis_title(title: str, units: int = X_TITLE_UNITS) -> str | list[str]:
    """An axis title, as lines (Vega-Lite draws a list as lines) when one would not fit
    a phone's chart; one line stays a string."""
    lines = title_lines(title, units)
    return lines[0] if len(lines) == 1 else lines


def _legend_layout(
    labels: tuple[str, ...], room: float, symbol: float
) -> tuple[int, dict[str, list[str]], int]:
    """(columns, the labels drawn in lines, the px the legend is taller than one row)."""
    gap, offset = LEGEND_GAP, LEGEND_OFFSET
    units = int((room - symbol - offset) / (LEGEND_FONT * 0.56))
    lines = {label: title_lines(label, units) for label in labels}
    widths = [symbol + offset + max(text_px(x, LEGEND_FONT) for x in ls) for ls in lines.values()]
    if not widths or sum(widths) + gap * (len(widths) - 1) <= room:
        columns = max(len(widths), 1)
    elif 2 * max(widths) + gap <= room:
        columns = 2
    else:
        columns = 1
    counts = [len(ls) for ls in lines.values()]
    rows = [max(counts[i : i + columns]) for i in range(0, len(counts), columns)]
    extra = (len(rows) - 1) * LEGEND_ROW + (sum(rows) - len(rows)) * LEGEND_LINE if rows else 0
    return columns, {label: ls for label, ls in lines.items() if len(ls) > 1}, extra


def legend(
    labels: tuple[str, ...], *, room: float = LEGEND_ROOM, symbol: float = 16, **kwargs
) -> alt.Legend:
    """A legend under the plot that fits ``room`` px: its entries in one row if they fit,
    else in two columns, else one under another; a label too long for the room is drawn
    in lines (``labelExpr`` maps it to its lines). ``symbol`` is the symbol's width. The
    chart needs :func:`legend_extra` more height for it, so its plot keeps its size."""
    columns, broken, _ = _legend_layout(labels, room, symbol)
    if broken:
        table = json.dumps(broken, ensure_ascii=False)
        kwargs["labelExpr"] = f"({table})[datum.label] || datum.label"
    return alt.Legend(
        orient="bottom",
        title=None,
        columns=columns,
        columnPadding=LEGEND_GAP,
        labelOffset=LEGEND_OFFSET - 2,
        labelLimit=int(room - symbol),  # the estimate is generous; this never cuts
        **kwargs,
    )


def legend_extra(labels: tuple[str, ...], *, room: float = LEGEND_ROOM, symbol: float = 16) -> int:
    """How much taller than one row the :func:`legend` of ``labels`` is, in px."""
    return _legend_layout(labels, room, symbol)[2]


def _side(x: float, low: float, high: float, reverse: bool = False) -> str:
    """Which side of a vertical rule at ``x`` its label goes, on an axis from ``low``
    to ``high``: the right (``"right"``) when the rule is in the left half, so the
    label runs into the wider part of the chart."""
    share = 0.5 if high <= low else (x - low) / (high - low)
    if reverse:
        share = 1 - share
    return "right" if share <= 0.5 else "left"


def _side_labels(data: alt.NamedData, x: alt.X, **encoding) -> list[alt.Chart]:
    """Two text layers of ``data`` (rows with ``side``, ``ly`` in px and ``label``):
    the labels right of their x (``side`` right) and those left of it."""
    layers = []
    for side, align, dx in (("right", "left", 6), ("left", "right", -6)):
        layers.append(
            alt.Chart(data)
            .transform_filter(alt.datum.side == side)
            .mark_text(
                align=align,
                baseline="bottom",
                dx=dx,
                fontSize=LABEL_FONT,
                fontWeight=600,
                aria=False,
            )
            .encode(x=x, y=alt.Y("ly:Q", scale=None), text="label:N", **encoding)
        )
    return layers


def _tokens(text: str) -> list[str]:
    """Words with their leading space, and each CJK character on its own."""
    out: list[str] = []
    for c in text:
        if ord(c) >= 0x2E80 or not out or c == " " or ord(out[-1][-1]) >= 0x2E80:
            out.append(c)
        else:
            out[-1] += c
    return out


def themed(chart: alt.TopLevelMixin, title: str, height: int = HEIGHT) -> alt.TopLevelMixin:
    """Apply the app's title style, font stack, sizes and ``height`` to a finished chart
    (a chart whose legend or labels take more room asks for more, so its plot keeps
    about the same height).

    The text alternative is not set here but in ``lib.ui.chart``.
    """
    return (
        chart.properties(
            title=alt.TitleParams(title_lines(title), anchor="start", fontSize=15, fontWeight=600),
            height=height,
            padding=PADDING,
        )
        .configure(font=FONT_STACK)
        .configure_axis(
            labelFontSize=12,
            titleFontSize=13,
            grid=True,
            gridOpacity=0.4,
            labelSeparation=4,  # numbers that would touch are thinned out
            labelFont=FONT_STACK,
            titleFont=FONT_STACK,
        )
        .configure_legend(
            labelFontSize=LEGEND_FONT,
            titleFontSize=12,
            orient="bottom",
            labelLimit=LEGEND_ROOM - 20,
            rowPadding=4,
            labelFont=FONT_STACK,
            titleFont=FONT_STACK,
        )
        .configure_title(font=FONT_STACK)
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
    foreign rate, FX hedge). :func:`two_routes` adds what a screen reader reads.
    """
    direct, synthetic = route_labels
    cash, foreign, hedge = part_labels
    rows = [
        {"route": direct, "part": cash, "order": 0, "value": breakdown["direct"] * 100},
        {"route": synthetic, "part": foreign, "order": 1, "value": breakdown["foreign_rate"] * 100},
        {"route": synthetic, "part": hedge, "order": 2, "value": breakdown["hedge"] * 100},
    ]
    return rows


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
    return stacked_bars(
        rows,
        title=title,
        axis_label=axis_label,
        groups=routes,
        tooltip_titles=tooltip_titles,
        fmt=_pct,
        group_field="route",
    )


def _bp(value: float) -> str:
    """A basis-point label with a sign and a typographic minus: "+15.1", "\u221224.9"."""
    return format_number(value, 1, signed=True)


# ---------------------------------------------------------------------------
# Convenience-yield page
# ---------------------------------------------------------------------------


def waterfall_data(parts_bp: tuple[float, float, float], labels: tuple[str, ...]) -> list[dict]:
    """Rows of :func:`waterfall`: three steps and the total, in basis points.

    ``parts_bp`` = (dollar CY, US swap spread, foreign swap spread); the third enters
    with a minus sign. ``labels`` = (dollar, + US spread, - foreign spread, = total).
    Each row has ``step``, ``start``, ``end``, ``value`` (the change, or the total),
    ``kind`` (``part`` or ``total``), ``text`` and ``desc`` (as a screen reader reads it).
    """
    dollar, us, foreign = parts_bp
    changes = (dollar, us, -foreign)
    rows, level = [], 0.0
    for label, change in zip(labels[:3], changes, strict=True):
        rows.append({"step": label, "start": level, "end": level + change, "value": change})
        level += change
    rows.append({"step": labels[3], "start": 0.0, "end": level, "value": level})
    for i, row in enumerate(rows):
        row["kind"] = "total" if i == 3 else "part"
        row["text"] = _bp(row["value"])
        row["desc"] = f"{row['step']}: {row['text']} bp"
    return rows


@lru_cache(maxsize=16)
def _waterfall_template(title: str, axis_label: str, steps: tuple[str, ...], tips: tuple) -> dict:
    # Horizontal: the step names sit on the left at full length in any language.
    y = alt.Y(
        "step:N", title=None, sort=list(steps), axis=alt.Axis(labelLimit=220, labelFontSize=13)
    )
    bars = (
        alt.Chart(alt.NamedData("steps"))
        .mark_bar(size=34)
        .encode(
            y=y,
            x=alt.X("start:Q", title=axis_title(axis_label)),
            x2="end:Q",
            color=alt.Color(
                "kind:N",
                scale=alt.Scale(domain=["part", "total"], range=[PALETTE[4], PALETTE[0]]),
                legend=None,
            ),
            description=alt.Description("desc:N"),
            tooltip=[alt.Tooltip("step:N", title=tips[0]), alt.Tooltip("text:N", title=tips[1])],
        )
    )
    text = (
        alt.Chart(alt.NamedData("steps"))
        .transform_calculate(right="max(datum.start, datum.end)")
        .mark_text(dx=6, align="left", fontSize=13, fontWeight=600, color="black", aria=False)
        .encode(y=y, x="right:Q", text="text:N")
    )
    zero = alt.Chart(alt.NamedData("zero")).mark_rule(color=GREY, aria=False).encode(x="y:Q")
    return themed(alt.layer(bars, zero, text), title).to_dict(validate=False)


def waterfall(rows: list[dict], *, title: str, axis_label: str, tooltip_titles: tuple) -> dict:
    """Waterfall: dollar CY, + US swap spread, - foreign swap spread, = Treasury CY (bp).

    ``rows`` come from :func:`waterfall_data`. Horizontal floating bars, one per row,
    show each step from the running total before it to the one after; the last bar,
    in a darker colour, starts at zero and is the Treasury convenience yield.
    """
    steps = tuple(r["step"] for r in rows)
    template = _waterfall_template(title, axis_label, steps, tuple(tooltip_titles))
    return {**template, "datasets": {"steps": rows, "zero": [{"y": 0.0}]}}


@lru_cache(maxsize=16)
def _lines_template(
    title: str, x_title: str, y_title: str, series: tuple[str, ...], tips: tuple, reverse: bool
) -> dict:
    x = alt.X("x:Q", title=axis_title(x_title), scale=alt.Scale(reverse=reverse, zero=False))
    color = alt.Color(
        "series:N",
        title=None,
        sort=list(series),
        scale=alt.Scale(domain=list(series), range=list(PALETTE[: len(series)])),
        legend=legend(series, symbol=LINE_SYMBOL, symbolType="stroke", symbolStrokeWidth=3),
    )
    lines = (
        alt.Chart(alt.NamedData("lines"))
        .mark_line(strokeWidth=2.5)
        .encode(
            x=x,
            y=alt.Y("y:Q", title=axis_title(y_title, Y_TITLE_UNITS)),
            color=color,
            strokeDash=alt.StrokeDash("series:N", sort=list(series), legend=None),
        )
    )
    now = alt.Chart(alt.NamedData("now"))
    # the rule runs up past the plot's top to the labels written above it
    top = alt.value(-(LABEL_ROW * len(series) + LABEL_LIFT - 2))
    rule = now.mark_rule(color=GREY, strokeDash=[4, 3], aria=False).encode(
        x=x, y=top, y2=alt.value("height")
    )
    points = now.mark_point(size=90, filled=True, opacity=1).encode(
        x=x,
        y="y:Q",
        color=color,
        description=alt.Description("desc:N"),
        tooltip=[
            alt.Tooltip("series:N", title=tips[0]),
            alt.Tooltip("x:Q", title=tips[1], format=".1f"),
            alt.Tooltip("y:Q", title=tips[2], format="+.1f"),
        ],
    )
    labels = _side_labels(
        alt.NamedData("now"),
        x,
        color=alt.Color("series:N", sort=list(series), legend=None),
    )
    zero = alt.Chart(alt.NamedData("zero")).mark_rule(color=GREY, aria=False).encode(y="y:Q")
    labels_height = LABEL_ROW * len(series) + LABEL_LIFT
    height = HEIGHT + labels_height + legend_extra(series, symbol=LINE_SYMBOL)
    chart = alt.layer(zero, lines, rule, points, *labels)
    return themed(chart, title, height).to_dict(validate=False)


def series_lines(
    lines: list[dict],
    now: list[dict],
    *,
    title: str,
    x_title: str,
    y_title: str,
    series: tuple[str, ...],
    tooltip_titles: tuple[str, str, str],
    reverse_x: bool = False,
) -> dict:
    """Lines of several series over one x (rows ``x``, ``y``, ``series``), the current
    point of each marked (``now`` rows, with ``desc`` and a short ``label``) on a dashed
    vertical rule.

    The labels are written above the plot, one row per series in the legend's order
    (``ly``, px, negative: above the plot's top), beside the rule on the side with more
    room (``side``), so they never sit on a line or on each other however close the
    values are. Colour and dash both tell the series apart, so the chart reads in grey.
    """
    template = _lines_template(
        title, x_title, y_title, tuple(series), tuple(tooltip_titles), reverse_x
    )
    xs = [r["x"] for r in lines] or [0.0]
    order = {name: i for i, name in enumerate(series)}
    rows = [
        {
            **r,
            "side": _side(r["x"], min(xs), max(xs), reverse_x),
            "ly": -LABEL_ROW * (len(series) - 1 - order[r["series"]]) - LABEL_LIFT,
        }
        for r in now
    ]
    return {**template, "datasets": {"lines": lines, "now": rows, "zero": [{"y": 0.0}]}}


@lru_cache(maxsize=16)
def _band_template(title: str, x_title: str, y_title: str, band: str, tips: tuple) -> dict:
    x = alt.X("x:Q", title=axis_title(x_title))
    area = (
        alt.Chart(alt.NamedData("band"))
        .mark_area(opacity=0.35, line={"color": PALETTE[0]})
        .encode(
            x=x,
            y=alt.Y("low:Q", title=axis_title(y_title, Y_TITLE_UNITS)),
            y2="high:Q",
            # the band is named in the legend, under the plot, not on the band's edge
            color=alt.Color(
                "label:N",
                scale=alt.Scale(domain=[band], range=[PALETTE[0]]),
                legend=legend((band,), symbolType="square", symbolOpacity=0.5),
            ),
        )
    )
    now = alt.Chart(alt.NamedData("now"))
    interval = now.mark_rule(color=PALETTE[5], strokeWidth=5).encode(
        x=x,
        y="low:Q",
        y2="high:Q",
        description=alt.Description("desc:N"),
        tooltip=[
            alt.Tooltip("x:Q", title=tips[0], format="+d"),
            alt.Tooltip("low:Q", title=tips[1], format="+.2f"),
            alt.Tooltip("high:Q", title=tips[2], format="+.2f"),
        ],
    )
    zero = alt.Chart(alt.NamedData("zero")).mark_rule(color=GREY, aria=False).encode(y="y:Q")
    height = HEIGHT + legend_extra((band,))
    return themed(alt.layer(area, zero, interval), title, height).to_dict(validate=False)


def supply_band(
    band: list[dict],
    now: dict,
    *,
    title: str,
    x_title: str,
    y_title: str,
    band_label: str,
    tooltip_titles: tuple[str, str, str],
) -> dict:
    """A shaded band from ``low`` to ``high`` over ``x`` (rows of ``band``), named in the
    legend, with the reader's choice ``now`` (``x``, ``low``, ``high``, ``desc``) as a
    thick vertical bar."""
    template = _band_template(title, x_title, y_title, band_label, tuple(tooltip_titles))
    rows = [{**r, "label": band_label} for r in band]
    return {**template, "datasets": {"band": rows, "now": [now], "zero": [{"y": 0.0}]}}


@lru_cache(maxsize=16)
def _directions_template(
    title: str, axis_label: str, series: tuple[str, ...], words: tuple[str, str, str], tips: tuple
) -> dict:
    y = alt.Y("series:N", title=None, sort=list(series), axis=alt.Axis(labelLimit=220))
    room = _room_beside(series, 220)
    bars = (
        alt.Chart(alt.NamedData("dirs"))
        .mark_bar(size=28)
        .encode(
            y=y,
            x=alt.X(
                "value:Q",
                title=axis_title(axis_label),
                scale=alt.Scale(domain=[-1.3, 1.3]),
                axis=alt.Axis(values=[-1, 0, 1], labels=False, ticks=False),
            ),
            color=alt.Color(
                "word:N",
                title=None,
                scale=alt.Scale(domain=list(words), range=[PALETTE[2], PALETTE[5], PALETTE[1]]),
                legend=legend(words, room=room, symbolType="square"),
            ),
            description=alt.Description("desc:N"),
            tooltip=[alt.Tooltip("series:N", title=tips[0]), alt.Tooltip("word:N", title=tips[1])],
        )
    )
    text = (
        alt.Chart(alt.NamedData("dirs"))
        .mark_text(fontSize=13, fontWeight=600, aria=False, dx=6, align="left")
        .encode(y=y, x=alt.X("end:Q"), text="word:N")
    )
    zero = alt.Chart(alt.NamedData("zero")).mark_rule(color=GREY, aria=False).encode(x="y:Q")
    height = 40 * len(series) + 60 + legend_extra(words, room=room)
    return themed(alt.layer(bars, zero, text), title, height).to_dict(validate=False)


def _room_beside(names: tuple[str, ...], limit: float, size: float = 12) -> float:
    """A bottom legend's room on a phone beside a y axis of ``names`` (drawn at ``size``
    px, cut at ``limit`` px): the legend starts where the plot does."""
    widest = max((text_px(n, size) for n in names), default=0.0)
    return max(PHONE_WIDTH - 10 - min(widest, limit) - 12, 120.0)


#: Bar length for each reported direction: up, down, and a dip followed by a rebound.
DIRECTION_VALUE = {"up": 1.0, "down": -1.0, "mixed": -0.35}


def directions(
    rows: list[dict], *, title: str, axis_label: str, words: dict[str, str], tooltip_titles: tuple
) -> dict:
    """Reported directions (rows ``series`` and ``direction`` in up/down/mixed) as
    bars right (up) or left (down); a short bar left for a dip followed by a rebound."""
    data = []
    for r in rows:
        value = DIRECTION_VALUE[r["direction"]]
        word = words[r["direction"]]
        data.append(
            {
                "series": r["series"],
                "value": value,
                "end": max(value, 0.0),
                "word": word,
                "desc": f"{r['series']}: {word}",
            }
        )
    series = tuple(r["series"] for r in rows)
    ordered_words = (words["up"], words["down"], words["mixed"])
    template = _directions_template(title, axis_label, series, ordered_words, tuple(tooltip_titles))
    return {**template, "datasets": {"dirs": data, "zero": [{"y": 0.0}]}}


# ---------------------------------------------------------------------------
# Generic builders (AI-dollar page and later)
# ---------------------------------------------------------------------------


@lru_cache(maxsize=16)
def _stacked_template(
    title: str,
    axis_label: str,
    groups: tuple[str, ...],
    parts: tuple[str, ...],
    tips: tuple,
    group_field: str,
) -> dict:
    """The spec of :func:`stacked_bars` without its data, built once per set of labels:
    building the Altair objects costs far more than filling in the data on every move."""
    x = alt.X(
        f"{group_field}:N",
        title=None,
        sort=list(groups),
        axis=alt.Axis(labelAngle=0, labelFontSize=13),
    )
    bars = (
        alt.Chart(alt.NamedData("parts"))
        .mark_bar(size=70)
        .encode(
            x=x,
            y=alt.Y("sum(value):Q", title=axis_title(axis_label, Y_TITLE_UNITS), stack="zero"),
            color=alt.Color(
                "part:N",
                title=None,
                sort=list(parts),
                scale=alt.Scale(domain=list(parts), range=list(PALETTE[: len(parts)])),
                legend=legend(parts, symbolType="square"),
            ),
            order=alt.Order("order:Q"),
            description=alt.Description("desc:N"),
            tooltip=[
                alt.Tooltip(f"{group_field}:N", title=tips[0]),
                alt.Tooltip("part:N", title=tips[1]),
                alt.Tooltip("text:N", title=tips[2]),
            ],
        )
    )
    labels = (
        alt.Chart(alt.NamedData("totals"))
        .mark_text(dy=-10, fontSize=14, fontWeight=600, color="black", aria=False)
        .encode(x=x, y=alt.Y("value:Q"), text="text:N")
    )
    zero = alt.Chart(alt.NamedData("zero")).mark_rule(color=GREY, aria=False).encode(y="y:Q")
    height = HEIGHT + legend_extra(parts)
    return themed(alt.layer(bars, zero, labels), title, height).to_dict(validate=False)


def stacked_bars(
    rows: list[dict],
    *,
    title: str,
    axis_label: str,
    groups: tuple[str, ...],
    tooltip_titles: tuple[str, str, str],
    fmt=_one_place,
    group_field: str = "group",
) -> dict:
    """Stacked bars, one per group (rows ``group``, ``part``, ``order``, ``value``), each
    topped by its total written with ``fmt``; a rule marks zero, so negative parts read
    as such. Adds ``text`` and ``desc`` to the rows. ``group_field`` names the rows' group
    key when it is not ``group`` (the home lab's rows say ``route``)."""
    parts = tuple(dict.fromkeys(r["part"] for r in rows))
    data = []
    for r in rows:
        text = fmt(r["value"])
        data.append({**r, "text": text, "desc": f"{r[group_field]}, {r['part']}: {text}"})
    totals = []
    for g in groups:
        total = sum(r["value"] for r in rows if r[group_field] == g)
        totals.append({group_field: g, "value": total, "text": fmt(total)})
    template = _stacked_template(
        title, axis_label, tuple(groups), parts, tuple(tooltip_titles), group_field
    )
    datasets = {"parts": data, "totals": totals, "zero": [{"y": 0.0}]}
    return {**template, "datasets": datasets}


@lru_cache(maxsize=16)
def _banded_line_template(
    title: str,
    x_title: str,
    y_title: str,
    vertical: bool,
    band_labels: tuple[str, ...],
    tips: tuple,
    y_format: str,
    x_format: str,
    y_zero: bool,
    has_marks: bool,
) -> dict:
    x = alt.X("x:Q", title=axis_title(x_title), scale=alt.Scale(zero=False, nice=False))
    y = alt.Y("y:Q", title=axis_title(y_title, Y_TITLE_UNITS), scale=alt.Scale(zero=y_zero))
    shade = [PALETTE[2], PALETTE[5]]
    # vertical: bands over a range of x (the Gulf's electricity prices), else over a
    # range of y (concentration thresholds)
    band_enc = {"x": "x0:Q", "x2": "x1:Q"} if vertical else {"y": "y0:Q", "y2": "y1:Q"}
    # Each band is named in the legend under the plot: a name written on the band would
    # sit on the line wherever the line crosses that band, which the sliders decide.
    band_legend = (
        legend(band_labels, symbolType="square", symbolOpacity=0.45) if band_labels else None
    )
    bands = (
        alt.Chart(alt.NamedData("bands"))
        .mark_rect(opacity=0.18)
        .encode(
            **band_enc,
            color=alt.Color(
                "label:N",
                title=None,
                sort=list(band_labels),
                scale=alt.Scale(domain=list(band_labels), range=shade[: len(band_labels)]),
                legend=band_legend,
            ),
        )
    )
    line = (
        alt.Chart(alt.NamedData("line"))
        .mark_line(color=PALETTE[0], strokeWidth=2.5)
        .encode(x=x, y=y)
    )
    now = alt.Chart(alt.NamedData("now"))
    point = now.mark_point(size=110, filled=True, color=PALETTE[5], opacity=1).encode(
        x=x,
        y=y,
        description=alt.Description("desc:N"),
        tooltip=[
            alt.Tooltip("x:Q", title=tips[0], format=x_format),
            alt.Tooltip("y:Q", title=tips[1], format=y_format),
        ],
    )
    layers = [bands, line, point]
    if has_marks:  # dashed rules, each labelled above the plot, where nothing else is
        marks = alt.Chart(alt.NamedData("marks"))
        mark_rule = marks.mark_rule(color=GREY, strokeDash=[4, 3], aria=False).encode(
            x="x:Q", y=alt.value(-(LABEL_ROW + LABEL_LIFT - 2)), y2=alt.value("height")
        )
        layers[1:1] = [mark_rule, *_side_labels(alt.NamedData("marks"), x, color=alt.value(GREY))]
    height = (
        HEIGHT + (LABEL_ROW if has_marks else 0) + (legend_extra(band_labels) if band_labels else 0)
    )
    return themed(alt.layer(*layers), title, height).to_dict(validate=False)


def banded_line(
    line: list[dict],
    now: dict,
    bands: list[dict],
    *,
    title: str,
    x_title: str,
    y_title: str,
    vertical: bool,
    tooltip_titles: tuple[str, str],
    y_format: str = ",.2f",
    x_format: str = ",.2f",
    marks: list[dict] | None = None,
    y_zero: bool = True,
) -> dict:
    """A line (rows ``x``, ``y``), the reader's point ``now`` (``x``, ``y``, ``desc``),
    shaded bands named in the legend (``x0``-``x1`` when ``vertical``, else ``y0``-``y1``;
    ``label``) and optional vertical marks (rows ``x``, ``label``), each a dashed rule
    labelled above the plot on the side with more room. ``y_zero=False`` lets the y axis
    start near the data (exchange rates) instead of at zero."""
    labels = tuple(b["label"] for b in bands)
    template = _banded_line_template(
        title,
        x_title,
        y_title,
        vertical,
        labels,
        tuple(tooltip_titles),
        y_format,
        x_format,
        y_zero,
        bool(marks),
    )
    xs = [r["x"] for r in line] + [now["x"]]
    xs += [b[k] for b in bands for k in ("x0", "x1") if k in b]
    xs += [m["x"] for m in marks or []]
    rows = [{**m, "side": _side(m["x"], min(xs), max(xs)), "ly": -LABEL_LIFT} for m in marks or []]
    datasets = {"line": line, "now": [now], "bands": bands, "marks": rows}
    return {**template, "datasets": datasets}


@lru_cache(maxsize=64)  # one entry per order of the bars: the reader's bar moves
def _ratio_bars_template(
    title: str, axis_label: str, kinds: tuple[str, str], tips: tuple, order: tuple[str, ...]
) -> dict:
    # An explicit list of the names, top to bottom: Vega-Lite drops a sort by a field on
    # a layered chart ("Dropping sort property"), and the bars then come out in the
    # alphabetical order of the names, which differs by language.
    y = alt.Y("name:N", title=None, sort=list(order), axis=alt.Axis(labelLimit=200))
    room = _room_beside(order, 200)
    bars = (
        alt.Chart(alt.NamedData("bars"))
        .mark_bar(size=16)
        .encode(
            y=y,
            x=alt.X(
                "value:Q",
                title=axis_title(axis_label),
                axis=alt.Axis(format="%", tickCount=5),  # "80%" and "100%" apart on a phone
            ),
            color=alt.Color(
                "kind:N",
                title=None,
                scale=alt.Scale(domain=list(kinds), range=[PALETTE[4], PALETTE[5]]),
                legend=legend(kinds, room=room, symbolType="square"),
            ),
            description=alt.Description("desc:N"),
            tooltip=[alt.Tooltip("name:N", title=tips[0]), alt.Tooltip("text:N", title=tips[1])],
        )
    )
    text = (
        alt.Chart(alt.NamedData("bars"))
        .mark_text(align="left", dx=4, fontSize=11, aria=False)
        .encode(y=y, x=alt.X("end:Q"), text="text:N")
    )
    chart = alt.layer(bars, text)
    height = 22 * len(order) + 40 + legend_extra(kinds, room=room)
    return themed(chart, title, height).to_dict(validate=False)


def ratio_bars(
    rows: list[dict],
    *,
    title: str,
    axis_label: str,
    kinds: tuple[str, str],
    tooltip_titles: tuple,
    text=_share,
) -> dict:
    """Horizontal bars of a share (rows ``name``, ``value``, ``kind``), largest first
    (ties in the rows' order), each labelled; ``kinds`` = (reported, the reader's own)
    picks the two colours."""
    order = tuple(r["name"] for r in sorted(rows, key=lambda r: -r["value"]))
    data = []
    for r in rows:
        label = text(r["value"])
        data.append(
            {**r, "end": max(r["value"], 0.0), "text": label, "desc": f"{r['name']}: {label}"}
        )
    template = _ratio_bars_template(title, axis_label, tuple(kinds), tuple(tooltip_titles), order)
    return {**template, "datasets": {"bars": data}}
