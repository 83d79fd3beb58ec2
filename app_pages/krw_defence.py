"""Story 3: defending the won.

Six narrative sections (content/<lang>/krw-defence/s*.md) with three labs: the
forward and the cost of hedging (the home lab's parity seen from Seoul), the pension
fund's hedge in a toy market, and what a weaker won costs households.
Computations: lib/fx_defence.py; charts: lib/charts.py; text: strings ``krw.*``.
"""

import numpy as np
import streamlit as st

from lib import charts, content, ui
from lib import fx_defence as fx

PAGE = "krw-defence"
FORWARD, PENSION, HOUSEHOLD = "krw_forward", "krw_pension", "krw_household"
SECTIONS = ("s1_what", "s2_why", "s3_line", "s4_pension", "s5_effects", "s6_taiwan")


def section(i: int) -> None:
    ui.story_section(PAGE, "krw", SECTIONS, i)


def won(value: float, lang: str, places: int = 0) -> str:
    return content.format_value(value, "krw_per_usd", lang, places)


def pct(value: float, lang: str, places: int = 2, signed: bool = False) -> str:
    return content.format_value(value, "pct", lang, places, signed=signed)


@st.fragment
def forward_lab() -> None:
    t = ui.tr()
    lang = ui.current_lang()
    controls, results = ui.lab_columns()
    with controls:
        v = ui.sliders(FORWARD)
    spot, r_k, r_u, tenor = v["kf_spot"], v["kf_krw_rate"], v["kf_usd_rate"], v["kf_tenor"]
    try:
        fwd = fx.forward_rate(spot, r_k, r_u, tenor)
        points = fx.forward_points(spot, fwd)
        gain = fx.hedge_return(spot, fwd, tenor)
        gaps = np.linspace(-0.04, 0.04, 81)
        curve = fx.hedge_return(spot, fx.forward_rate(spot, r_u + gaps, r_u, tenor), tenor)
    except ValueError as err:
        with results:
            ui.input_error(err)
        return
    name = t("krw.forward.series")
    lines = [
        {"x": float(g) * 100, "y": float(c) * 100, "series": name}
        for g, c in zip(gaps, curve, strict=True)
    ]
    gap_pp = (r_k - r_u) * 100
    now = [
        {
            "x": gap_pp,
            "y": gain * 100,
            "series": name,
            "label": pct(gain, lang, signed=True),
            "desc": f"{name}: {pct(gain, lang, signed=True)}",
        }
    ]
    words = {
        "gap": content.format_value(abs(gap_pp), "pp", lang, 2),
        "forward": won(fwd, lang, 2),
        "points": content.format_number(points, 2, signed=True),
        "cost": pct(abs(gain), lang),
    }
    regime = "even" if abs(gap_pp) < 1e-9 else ("cost" if gap_pp < 0 else "gain")
    with results:
        ui.metric_row(
            [
                ui.Metric(
                    t("krw.forward.m_forward"),
                    content.format_number(fwd, 2),
                    t("krw.forward.m_forward_help"),
                ),
                ui.Metric(
                    t("krw.forward.m_points"), words["points"], t("krw.forward.m_points_help")
                ),
                ui.Metric(
                    t("krw.forward.m_return"),
                    pct(gain, lang, signed=True),
                    t("krw.forward.m_return_help"),
                ),
            ]
        )
        ui.chart(
            charts.series_lines(
                lines,
                now,
                title=t("krw.forward.chart_title"),
                x_title=t("krw.forward.axis_gap"),
                y_title=t("krw.forward.axis_return"),
                series=(name,),
                tooltip_titles=(
                    t("krw.forward.tt_series"),
                    t("krw.forward.tt_gap"),
                    t("krw.forward.tt_return"),
                ),
            ),
            t("krw.forward.chart_title"),
        )
        ui.describe(t(f"krw.forward.{regime}", **words))
        ui.page_link("home", t("krw.home_link"), icon=":material/science:")
    ui.data_table(
        lines, {"x": t("krw.forward.col_gap"), "y": t("krw.forward.col_return")}, "won-hedging-cost"
    )
    ui.share(FORWARD)


@st.fragment
def pension_lab() -> None:
    t = ui.tr()
    lang = ui.current_lang()
    controls, results = ui.lab_columns()
    with controls:
        v = ui.sliders(PENSION)
    start = content.fact_value("krw_dec_avg_level")
    zone_low, line_high = content.fact_value("krw_pension_zone_low"), content.fact_value("krw_line")
    assets, ratio, outflow, depth = v["kp_assets"], v["kp_hedge"], v["kp_outflow"], v["kp_depth"]
    try:
        sold = fx.hedge_supply_usd(assets, ratio)
        without = fx.toy_exchange_rate(start, outflow, 0.0, depth)
        with_hedge = fx.toy_exchange_rate(start, outflow, sold, depth)
        spec = ui.lab_spec(PENSION)[0]
        ratios = np.linspace(0, spec.max / spec.scale, 61)
        path = fx.toy_exchange_rate(start, outflow, fx.hedge_supply_usd(assets, ratios), depth)
    except ValueError as err:
        with results:
            ui.input_error(err)
        return
    line = [{"x": float(r) * 100, "y": float(y)} for r, y in zip(ratios, path, strict=True)]
    top = max(float(path.max()), line_high) + 20
    bands = [
        {"label": t("krw.pension.zone"), "y0": zone_low, "y1": line_high},
        {"label": t("krw.pension.above"), "y0": line_high, "y1": top},
    ]
    marks = [
        {"x": content.fact_value("nps_tactical_hedge") * 100, "label": t("krw.pension.tactical")}
    ]
    if with_hedge >= line_high:
        verdict = "verdict_above"
    elif with_hedge >= zone_low:
        verdict = "verdict_zone"
    else:
        verdict = "verdict_below"
    words = {
        "ratio": pct(ratio, lang, 1),
        "assets": content.format_value(assets, "usd", lang, 1),
        "sold": content.format_value(sold, "usd", lang, 1),
        "with_hedge": won(with_hedge, lang),
        "without": won(without, lang),
        "verdict": t(f"krw.pension.{verdict}"),
    }
    with results:
        ui.metric_row(
            [
                ui.Metric(t("krw.pension.m_sold"), words["sold"], t("krw.pension.m_sold_help")),
                ui.Metric(
                    t("krw.pension.m_without"),
                    content.format_number(without, 0),
                    t("krw.pension.m_without_help"),
                ),
                ui.Metric(
                    t("krw.pension.m_with"),
                    content.format_number(with_hedge, 0),
                    t("krw.pension.m_with_help"),
                ),
            ]
        )
        ui.chart(
            charts.banded_line(
                line,
                {
                    "x": ratio * 100,
                    "y": with_hedge,
                    "desc": f"{words['ratio']}: {words['with_hedge']}",
                },
                bands,
                title=t("krw.pension.chart_title"),
                x_title=t("krw.pension.axis_hedge"),
                y_title=t("krw.pension.axis_rate"),
                vertical=False,
                tooltip_titles=(t("krw.pension.tt_hedge"), t("krw.pension.tt_rate")),
                y_format=",.0f",
                x_format=".1f",
                marks=marks,
                y_zero=False,
            ),
            t("krw.pension.chart_title"),
        )
        ui.describe(t("krw.pension.holds", **words))
        st.caption(t("krw.pension.caveat"))
    ui.data_table(
        line, {"x": t("krw.pension.col_hedge"), "y": t("krw.pension.col_rate")}, "pension-hedge-toy"
    )
    ui.share(PENSION)


@st.fragment
def household_lab() -> None:
    t = ui.tr()
    lang = ui.current_lang()
    controls, results = ui.lab_columns()
    with controls:
        v = ui.sliders(HOUSEHOLD)
    before_rate, now_rate, coef, income = v["kh_from"], v["kh_to"], v["kh_pass"], v["kh_income"]
    try:
        fall = fx.depreciation(before_rate, now_rate)
        prices = fx.pass_through_inflation(fall, coef)
    except ValueError as err:
        with results:
            ui.input_error(err)
        return
    before_usd, after_usd = income / before_rate, income / now_rate
    rows = [
        {
            "group": t("krw.household.before"),
            "part": t("krw.household.part"),
            "order": 0,
            "value": before_usd,
        },
        {
            "group": t("krw.household.after"),
            "part": t("krw.household.part"),
            "order": 0,
            "value": after_usd,
        },
    ]
    words = {
        "from_rate": won(before_rate, lang),
        "to_rate": won(now_rate, lang),
        "fall": pct(abs(fall), lang, 1),
        "pass": content.format_number(coef, 2),
        "prices": pct(abs(prices), lang, 2),
        "income": content.format_number(income, 0),
        "before": content.format_value(before_usd, "usd", lang, 0),
        "after": content.format_value(after_usd, "usd", lang, 0),
    }
    with results:
        ui.metric_row(
            [
                ui.Metric(
                    t("krw.household.m_fall"),
                    pct(fall, lang, 1, signed=True),
                    t("krw.household.m_fall_help"),
                ),
                ui.Metric(
                    t("krw.household.m_prices"),
                    pct(prices, lang, 2, signed=True),
                    t("krw.household.m_prices_help"),
                ),
                ui.Metric(
                    t("krw.household.m_before"), words["before"], t("krw.household.m_before_help")
                ),
                ui.Metric(
                    t("krw.household.m_after"), words["after"], t("krw.household.m_after_help")
                ),
            ]
        )
        ui.chart(
            charts.stacked_bars(
                rows,
                title=t("krw.household.chart_title"),
                axis_label=t("krw.household.axis"),
                groups=(t("krw.household.before"), t("krw.household.after")),
                tooltip_titles=(
                    t("krw.household.tt_when"),
                    t("krw.household.tt_part"),
                    t("krw.household.tt_value"),
                ),
                fmt=lambda x: f"{x:,.0f}",
            ),
            t("krw.household.chart_title"),
        )
        ui.describe(t("krw.household.weaker" if fall >= 0 else "krw.household.stronger", **words))
    ui.data_table(
        rows,
        {"group": t("krw.household.col_when"), "value": t("krw.household.col_value")},
        "weak-won-household",
    )
    ui.share(HOUSEHOLD)


t = ui.tr()
lang = ui.current_lang()

ui.story_header(PAGE, "krw", t("krw.source", **content.article_words("krw", lang)))

section(1)
section(2)
section(3)
section(4)
ui.story_lab("krw", "pension", pension_lab)
section(5)
ui.story_lab("krw", "forward", forward_lab)
ui.story_lab("krw", "household", household_lab)
section(6)

ui.story_footer(
    PAGE, "krw", SECTIONS, (FORWARD, PENSION, HOUSEHOLD), ("krw_pension_zone_low", "krw_line")
)
