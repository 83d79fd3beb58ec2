"""Story 2: the AI dollar, from petrodollar to compute dollar.

Nine narrative sections (content/<lang>/ai-dollar/s*.md) that keep reported facts,
the authors' arguments and the app's assumptions apart, with four labs: two recycling
loops, energy to compute, who holds the stack (HHI), and how long a lock-in lasts.
Computations: lib/ai_dollar.py; charts: lib/charts.py; text: strings ``ai.*``.
"""

import numpy as np
import streamlit as st

from lib import ai_dollar as ai
from lib import charts, content, ui

PAGE = "ai-dollar"
LOOPS, ENERGY, STACK, LOCKIN = "ai_loops", "ai_energy", "ai_stack", "ai_lockin"
SECTIONS = (
    "s1_meaning",
    "s2_origins",
    "s3_petrodollar",
    "s4_policy",
    "s5_gulf",
    "s6_binding",
    "s7_motives",
    "s8_chokepoints",
    "s9_limits",
)
US_CLOUD = ("cloud_share_aws", "cloud_share_azure", "cloud_share_google")
GULF_PRICE = ("saudi_power_price_low", "saudi_power_price_high")


def usd(value: float, lang: str) -> str:
    return content.format_value(value, "usd", lang, 1)


def section(i: int) -> None:
    ui.story_section(PAGE, "ai", SECTIONS, i)


@st.fragment
def loops_lab() -> None:
    t = ui.tr()
    lang = ui.current_lang()
    controls, results = ui.lab_columns()
    with controls:
        v = ui.sliders(LOOPS)
    try:
        petro = ai.petrodollar_recycling(v["ai_oil_mbd"] * 1e6, v["ai_oil_price"], v["ai_recycled"])
        swf_part = v["ai_swf"] * v["ai_us_share"]
        flow = ai.ai_dollar_flow(v["ai_swf"], v["ai_us_share"], v["ai_compute"])
    except ValueError as err:
        with results:
            ui.input_error(err)
        return
    g_petro, g_ai = t("ai.loops.loop_petro"), t("ai.loops.loop_ai")
    rows = [
        {"group": g_petro, "part": t("ai.loops.part_oil"), "order": 0, "value": petro / 1e9},
        {"group": g_ai, "part": t("ai.loops.part_swf"), "order": 1, "value": swf_part / 1e9},
        {
            "group": g_ai,
            "part": t("ai.loops.part_compute"),
            "order": 2,
            "value": v["ai_compute"] / 1e9,
        },
    ]
    main = t("ai.loops.part_swf") if swf_part >= v["ai_compute"] else t("ai.loops.part_compute")
    words = {"ai": usd(flow, lang), "petro": usd(petro, lang), "main": main}
    if petro <= 0 and flow <= 0:
        sentence = t("ai.loops.nothing")
    elif petro <= 0:
        sentence = t("ai.loops.no_petro", **words)
    else:
        ratio = content.format_number(flow / petro, 2)
        sentence = t(
            "ai.loops.bigger" if flow >= petro else "ai.loops.smaller", ratio=ratio, **words
        )
    with results:
        ui.metric_row(
            [
                ui.Metric(t("ai.loops.m_petro"), words["petro"], t("ai.loops.m_petro_help")),
                ui.Metric(t("ai.loops.m_ai"), words["ai"], t("ai.loops.m_ai_help")),
            ]
        )
        ui.chart(
            charts.stacked_bars(
                rows,
                title=t("ai.loops.chart_title"),
                axis_label=t("ai.loops.axis"),
                groups=(g_petro, g_ai),
                tooltip_titles=(
                    t("ai.loops.tt_loop"),
                    t("ai.loops.tt_part"),
                    t("ai.loops.tt_value"),
                ),
            ),
            t("ai.loops.chart_title"),
        )
        ui.describe(sentence)
    ui.data_table(
        rows,
        {
            "group": t("ai.loops.col_loop"),
            "part": t("ai.loops.col_part"),
            "value": t("ai.loops.col_value"),
        },
        "recycling-loops",
    )
    ui.share(LOOPS)


@st.fragment
def energy_lab() -> None:
    t = ui.tr()
    lang = ui.current_lang()
    controls, results = ui.lab_columns()
    with controls:
        v = ui.sliders(ENERGY)
    lo, hi = (content.fact_value(k) for k in GULF_PRICE)
    watts, pue, price, mw = v["ai_gpu_watts"], v["ai_pue"], v["ai_price"], v["ai_campus_mw"]
    try:
        hour = ai.electricity_cost_per_gpu_hour(watts, pue, price)
        hour_gulf = ai.electricity_cost_per_gpu_hour(watts, pue, np.array([lo, hi]))
        year = ai.campus_electricity_cost_per_year(mw, pue, price)
        year_gulf = ai.campus_electricity_cost_per_year(mw, pue, np.array([lo, hi]))
    except ValueError as err:
        with results:
            ui.input_error(err)
        return
    spec_price = ui.lab_spec(ENERGY)[0]
    prices = np.linspace(0.0, spec_price.max, 61)
    costs = ai.electricity_cost_per_gpu_hour(watts, pue, prices)
    line = [{"x": float(p), "y": float(c)} for p, c in zip(prices, costs, strict=True)]

    def dollars(x: float, places: int = 3) -> str:
        return content.format_value(x, "usd", lang, places) if x < 1e6 else usd(x, lang)

    def span(pair, places: int = 3) -> str:
        low, high = dollars(pair[0], places), dollars(pair[1], places)
        return content.compact_range(low, high) or t("punct.range", low=low, high=high)

    words = {
        "price": dollars(price),
        "hour": dollars(hour),
        "gulf": span(hour_gulf),
        "mw": content.format_number(mw, 0) + " MW",
        "year": usd(year, lang),
        "year_gulf": span(year_gulf, 1),
        "saving": span((year - year_gulf[1], year - year_gulf[0]), 1),
    }
    now = {"x": price, "y": hour, "desc": f"{words['price']}: {words['hour']}"}
    bands = [{"label": t("ai.energy.band"), "x0": lo, "x1": hi}]
    with results:
        ui.metric_row(
            [
                ui.Metric(t("ai.energy.m_hour"), words["hour"], t("ai.energy.m_hour_help")),
                ui.Metric(
                    t("ai.energy.m_hour_gulf"), words["gulf"], t("ai.energy.m_hour_gulf_help")
                ),
                ui.Metric(t("ai.energy.m_year"), words["year"], t("ai.energy.m_year_help")),
                ui.Metric(
                    t("ai.energy.m_year_gulf"), words["year_gulf"], t("ai.energy.m_year_gulf_help")
                ),
            ]
        )
        ui.chart(
            charts.banded_line(
                line,
                now,
                bands,
                title=t("ai.energy.chart_title"),
                x_title=t("ai.energy.axis_price"),
                y_title=t("ai.energy.axis_cost"),
                vertical=True,
                tooltip_titles=(t("ai.energy.tt_price"), t("ai.energy.tt_cost")),
                y_format=",.3f",
                x_format=",.3f",
            ),
            t("ai.energy.chart_title"),
        )
        ui.describe(t("ai.energy.cheaper" if price > hi else "ai.energy.dearer", **words))
    ui.data_table(
        line, {"x": t("ai.energy.col_price"), "y": t("ai.energy.col_cost")}, "gpu-hour-electricity"
    )
    ui.share(ENERGY)


def cloud_shares(moved_pp: float, to_one_rival: float) -> tuple[list[float], float]:
    """The reported cloud shares (percent) after ``moved_pp`` leave the US providers."""
    base = [content.fact_value(k) * 100 for k in US_CLOUD]
    return ai.shift_shares(base, moved_pp, to_one_rival)


@st.fragment
def stack_lab() -> None:
    t = ui.tr()
    lang = ui.current_lang()
    controls, results = ui.lab_columns()
    with controls:
        v = ui.sliders(STACK)
    moderate, high = content.fact_value("hhi_moderate"), content.fact_value("hhi_high")
    shares, us_total = cloud_shares(v["ai_shift"], v["ai_challenger"])
    index = ai.hhi(shares)
    level = "high" if index > high else "moderate" if index > moderate else "low"
    spec_shift = ui.lab_spec(STACK)[0]
    xs = np.arange(spec_shift.min, spec_shift.max + 1)
    line = [{"x": float(x), "y": ai.hhi(cloud_shares(x, v["ai_challenger"])[0])} for x in xs]
    pct = content.format_value(us_total / 100, "pct", lang, 0)
    hhi_text = content.format_number(index, 0)
    with results:
        ui.metric_row(
            [
                ui.Metric(t("ai.stack.m_hhi"), hhi_text, t("ai.stack.m_hhi_help")),
                ui.Metric(t("ai.stack.m_us"), pct, t("ai.stack.m_us_help")),
                ui.Metric(
                    t("ai.stack.m_level"), t(f"ai.stack.level_{level}"), t("ai.stack.m_level_help")
                ),
            ]
        )
        top = max(max(r["y"] for r in line), high) * 1.15
        bands = [
            {"label": t("ai.stack.zone_moderate"), "y0": moderate, "y1": high},
            {"label": t("ai.stack.zone_high"), "y0": high, "y1": top},
        ]
        ui.chart(
            charts.banded_line(
                line,
                {
                    "x": float(v["ai_shift"]),
                    "y": index,
                    "desc": f"{t('ai.stack.m_hhi')}: {hhi_text}",
                },
                bands,
                title=t("ai.stack.chart_title"),
                x_title=t("ai.stack.axis_shift"),
                y_title=t("ai.stack.axis_hhi"),
                vertical=False,
                tooltip_titles=(t("ai.stack.tt_shift"), t("ai.stack.tt_hhi")),
                y_format=",.0f",
                x_format="d",
            ),
            t("ai.stack.chart_title"),
        )
        twist = "ai.stack.twist_challenger" if v["ai_challenger"] > 0 else "ai.stack.twist_none"
        ui.describe(
            t(
                "ai.stack.sentence",
                us=pct,
                hhi=hhi_text,
                level=t(f"ai.stack.level_{level}"),
                moderate=content.format_fact("hhi_moderate", lang),
                high=content.format_fact("hhi_high", lang),
                twist=t(twist),
            )
        )
    ui.data_table(line, {"x": t("ai.stack.col_shift"), "y": t("ai.stack.col_hhi")}, "cloud-hhi")
    ui.share(STACK)


@st.fragment
def lockin_lab() -> None:
    t = ui.tr()
    lang = ui.current_lang()
    controls, results = ui.lab_columns()
    with controls:
        v = ui.sliders(LOCKIN)
    oil_h, tech_h, horizon = v["ai_oil_half"], v["ai_tech_half"], v["ai_horizon"]
    years = np.linspace(0, 50, 101)
    names = {"oil": t("ai.lockin.series_oil"), "tech": t("ai.lockin.series_tech")}
    halves = {"oil": oil_h, "tech": tech_h}
    lines = [
        {"x": float(y), "y": float(s), "series": names[k]}
        for k, h in halves.items()
        for y, s in zip(years, ai.lockin_strength(years, h), strict=True)
    ]
    left = {k: ai.lockin_strength(horizon, h) for k, h in halves.items()}
    pct = {k: content.format_value(x, "pct", lang, 0) for k, x in left.items()}
    yrs = {
        k: content.format_value(ai.years_until(0.5, h), "years", lang, 1) for k, h in halves.items()
    }
    now = [
        {
            "x": float(horizon),
            "y": left[k],
            "series": names[k],
            "label": pct[k],
            "desc": f"{names[k]}: {pct[k]}",
        }
        for k in halves
    ]
    if abs(oil_h - tech_h) < 1e-9:
        verdict = "ai.lockin.verdict_equal"
    else:
        verdict = "ai.lockin.verdict_weaker" if tech_h < oil_h else "ai.lockin.verdict_stronger"
    with results:
        ui.metric_row(
            [
                ui.Metric(t("ai.lockin.m_oil"), yrs["oil"], t("ai.lockin.m_oil_help")),
                ui.Metric(t("ai.lockin.m_tech"), yrs["tech"], t("ai.lockin.m_tech_help")),
                ui.Metric(t("ai.lockin.m_oil_left"), pct["oil"], t("ai.lockin.m_oil_left_help")),
                ui.Metric(t("ai.lockin.m_tech_left"), pct["tech"], t("ai.lockin.m_tech_left_help")),
            ]
        )
        ui.chart(
            charts.series_lines(
                lines,
                now,
                title=t("ai.lockin.chart_title"),
                x_title=t("ai.lockin.axis_years"),
                y_title=t("ai.lockin.axis_strength"),
                series=(names["oil"], names["tech"]),
                tooltip_titles=(
                    t("ai.lockin.tt_series"),
                    t("ai.lockin.tt_years"),
                    t("ai.lockin.tt_strength"),
                ),
            ),
            t("ai.lockin.chart_title"),
        )
        ui.describe(
            t(
                "ai.lockin.sentence",
                horizon=content.format_value(horizon, "years", lang, 0),
                oil_left=pct["oil"],
                tech_left=pct["tech"],
                oil=yrs["oil"],
                tech=yrs["tech"],
                verdict=t(verdict),
            )
        )
    ui.data_table(
        lines,
        {
            "x": t("ai.lockin.col_years"),
            "series": t("ai.lockin.col_series"),
            "y": t("ai.lockin.col_strength"),
        },
        "lock-in-half-lives",
    )
    ui.share(LOCKIN)


t = ui.tr()
lang = ui.current_lang()

first, second = (content.article_words(k, lang) for k in ("ai_dollar_origins", "ai_dollar_gulf"))
ui.story_header(
    PAGE,
    "ai",
    t(
        "ai.source",
        outlet=first["outlet"],
        date=first["date"],
        first=first["title"],
        second=second["title"],
    ),
)

section(1)
section(2)
section(3)
ui.story_lab("ai", "loops", loops_lab)
section(4)
section(5)
ui.story_lab("ai", "energy", energy_lab)
section(6)
section(7)
section(8)
ui.story_lab("ai", "stack", stack_lab)
section(9)
ui.story_lab("ai", "lockin", lockin_lab)

ui.story_footer(
    PAGE,
    "ai",
    SECTIONS,
    (LOOPS, ENERGY, STACK, LOCKIN),
    (*US_CLOUD, *GULF_PRICE, "hhi_moderate", "hhi_high"),
)
