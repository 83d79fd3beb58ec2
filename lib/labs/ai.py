"""The labs of story 2, "ai-dollar" (strings ``ai.*``).

* ``ai_loops``: two recycling loops, the petrodollar (oil revenue placed in US assets)
  and the AI dollar (sovereign wealth into US AI, plus compute bought in dollars).
* ``ai_energy``: the electricity cost of one GPU-hour and of a campus a year, at the
  reader's price and at the reported Gulf range of industrial prices.
* ``ai_stack``: the Herfindahl-Hirschman index of the reported cloud shares as share
  leaves the three US providers, against the 2023 US Merger Guidelines' thresholds.
* ``ai_lockin``: the app's picture of the lock-in argument, two half-lives.

Computations: lib/ai_dollar.py; controls: content/labs.toml; charts: lib/charts.py.
Money in ``Solution.figures`` is in US dollars (a year for flows and bills), shares of
the cloud market in percent (32 = 32%), lock-in strengths as fractions and time in
years; ``present`` does every conversion and rounding.
"""

from __future__ import annotations

import numpy as np

from lib import ai_dollar as ai
from lib import charts, content
from lib.labs import spec
from lib.labs.base import Lab, Solution
from lib.labs.view import Metric, Table, View

BARRELS_PER_MILLION = 1e6  # the oil slider is in million barrels a day
BILLION = 1e9  # the loops chart and table are in billion dollars a year
US_CLOUD = ("cloud_share_aws", "cloud_share_azure", "cloud_share_google")
GULF_PRICE = ("saudi_power_price_low", "saudi_power_price_high")
HHI_BANDS = ("hhi_moderate", "hhi_high")


def _usd(x: float, lang: str, decimals: int = 0) -> str:
    """An amount of dollars in the reader's style: 3 significant figures from 10,000 up
    ("US$35.8 billion", or 358 hundred-millions in Chinese), ``decimals`` places below 100
    ("US$0.044")."""
    return content.format_value(x, "usd", lang, decimals)


def _usd_range(low: float, high: float, lang: str, decimals: int = 0) -> str:
    """Two amounts as one range: "US$0.044-0.055" (an en dash) when their words match, else
    "US$950,000 to US$1.2 million"."""
    a, b = _usd(low, lang, decimals), _usd(high, lang, decimals)
    return content.compact_range(a, b) or content.translator(lang)("punct.range", low=a, high=b)


# --------------------------------------------------------------------------- two loops


def loops_model(v) -> Solution:
    petro = ai.petrodollar_recycling(
        v["ai_oil_mbd"] * BARRELS_PER_MILLION, v["ai_oil_price"], v["ai_recycled"]
    )
    parts = ai.ai_dollar_parts(v["ai_swf"], v["ai_us_share"], v["ai_compute"])
    return Solution(
        figures={
            "petro": petro,
            "ai": parts["total"],
            "ai_wealth": parts["wealth"],
            "ai_compute": parts["compute"],
        },
        # the AI-dollar flow over the petrodollar flow (none when no oil money is recycled)
        detail={"ratio": parts["total"] / petro if petro > 0 else None},
    )


def loops_regime(petro: float, flow: float) -> str:
    """Which sentence describes the two loops: neither sends anything, only one does,
    or the AI-dollar loop is bigger (ties included) or smaller than the petrodollar."""
    if petro <= 0:
        return "nothing" if flow <= 0 else "no_petro"
    if flow <= 0:
        return "no_ai"
    return "bigger" if flow >= petro else "smaller"


def loops_main(wealth: float, compute: float) -> str:
    """Which part sends most of the AI-dollar flow: ``swf``, ``compute`` or ``even``
    (equal to a dollar's billionth, so rounding in the model never decides it)."""
    if abs(wealth - compute) <= 1e-9 * max(abs(wealth), abs(compute), 1.0):
        return "even"
    return "swf" if wealth > compute else "compute"


def _ratio(x: float) -> str:
    """A ratio with two places, or two significant figures when that would read 0.00."""
    return content.format_number(x, 2) if x >= 0.01 else content.significant(x, 2)


def loops_present(s: Solution, v, lang: str) -> View:
    t = content.translator(lang)
    f = s.figures
    g_petro, g_ai = t("ai.loops.loop_petro"), t("ai.loops.loop_ai")
    rows = [
        {
            "group": g_petro,
            "part": t("ai.loops.part_oil"),
            "order": 0,
            "value": f["petro"] / BILLION,
        },
        {
            "group": g_ai,
            "part": t("ai.loops.part_swf"),
            "order": 1,
            "value": f["ai_wealth"] / BILLION,
        },
        {
            "group": g_ai,
            "part": t("ai.loops.part_compute"),
            "order": 2,
            "value": f["ai_compute"] / BILLION,
        },
    ]
    words = {
        "ai": _usd(f["ai"], lang),
        "petro": _usd(f["petro"], lang),
        # a sentence of its own, in lower case mid-sentence (the chart's part labels are
        # capitalised), and "equal shares" on a tie rather than a false "most"
        "main": t(f"ai.loops.main_{loops_main(f['ai_wealth'], f['ai_compute'])}"),
    }
    regime = loops_regime(f["petro"], f["ai"])
    if regime in ("bigger", "smaller"):
        words["ratio"] = _ratio(s.detail["ratio"])
    title = t("ai.loops.chart_title")
    return View(
        metrics=(
            Metric(t("ai.loops.m_petro"), words["petro"], t("ai.loops.m_petro_help")),
            Metric(t("ai.loops.m_ai"), words["ai"], t("ai.loops.m_ai_help")),
        ),
        chart=charts.stacked_bars(
            rows,
            title=title,
            axis_label=t("ai.loops.axis"),
            groups=(g_petro, g_ai),
            tooltip_titles=(t("ai.loops.tt_loop"), t("ai.loops.tt_part"), t("ai.loops.tt_value")),
        ),
        chart_title=title,
        sentence=t(f"ai.loops.{regime}", **words),
        table=Table(
            rows,
            {
                "group": t("ai.loops.col_loop"),
                "part": t("ai.loops.col_part"),
                "value": t("ai.loops.col_value"),
            },
            "recycling-loops",
        ),
    )


# --------------------------------------------------------------------------- energy to compute

CURVE_POINTS = 61  # prices from zero to the slider's top on the GPU-hour chart


def energy_model(v) -> Solution:
    watts, pue, price, mw = v["ai_gpu_watts"], v["ai_pue"], v["ai_price"], v["ai_campus_mw"]
    gulf = np.array([content.fact_value(k) for k in GULF_PRICE])
    hour = ai.electricity_cost_per_gpu_hour(watts, pue, price)
    hour_gulf = ai.electricity_cost_per_gpu_hour(watts, pue, gulf)
    year = ai.campus_electricity_cost_per_year(mw, pue, price)
    year_gulf = ai.campus_electricity_cost_per_year(mw, pue, gulf)
    prices = np.linspace(0.0, spec.control("ai_energy", "ai_price").max, CURVE_POINTS)
    costs = ai.electricity_cost_per_gpu_hour(watts, pue, prices)
    return Solution(
        figures={
            "hour": hour,
            "hour_gulf_low": float(hour_gulf[0]),
            "hour_gulf_high": float(hour_gulf[1]),
            "year": year,
            "year_gulf_low": float(year_gulf[0]),
            "year_gulf_high": float(year_gulf[1]),
            # what the Gulf saves a year against the reader's price, at each end of its range
            "saving_low": year - float(year_gulf[1]),
            "saving_high": year - float(year_gulf[0]),
        },
        detail={
            "gulf": (float(gulf[0]), float(gulf[1])),
            "curve": [{"x": float(p), "y": float(c)} for p, c in zip(prices, costs, strict=True)],
        },
    )


def energy_regime(price: float, gulf_high: float) -> str:
    """``cheaper`` (the Gulf is cheaper) above the Gulf range, else ``dearer`` (the
    reader's price is at or below it)."""
    return "cheaper" if price > gulf_high else "dearer"


def energy_present(s: Solution, v, lang: str) -> View:
    t = content.translator(lang)
    f = s.figures
    lo, hi = s.detail["gulf"]
    price = v["ai_price"]
    words = {
        "price": _usd(price, lang, 3),
        "hour": _usd(f["hour"], lang, 3),
        "gulf": _usd_range(f["hour_gulf_low"], f["hour_gulf_high"], lang, 3),
        "mw": t("ai.energy.mw_value", v=content.format_number(v["ai_campus_mw"], 0)),
        "year": _usd(f["year"], lang),
        "year_gulf": _usd_range(f["year_gulf_low"], f["year_gulf_high"], lang),
        "saving": _usd_range(f["saving_low"], f["saving_high"], lang),
    }
    line = s.detail["curve"]
    now = {"x": price, "y": f["hour"], "desc": f"{words['price']}: {words['hour']}"}
    title = t("ai.energy.chart_title")
    return View(
        metrics=(
            Metric(t("ai.energy.m_hour"), words["hour"], t("ai.energy.m_hour_help")),
            Metric(t("ai.energy.m_hour_gulf"), words["gulf"], t("ai.energy.m_hour_gulf_help")),
            Metric(t("ai.energy.m_year"), words["year"], t("ai.energy.m_year_help")),
            Metric(t("ai.energy.m_year_gulf"), words["year_gulf"], t("ai.energy.m_year_gulf_help")),
        ),
        chart=charts.banded_line(
            line,
            now,
            [{"label": t("ai.energy.band"), "x0": lo, "x1": hi}],
            title=title,
            x_title=t("ai.energy.axis_price"),
            y_title=t("ai.energy.axis_cost"),
            vertical=True,
            tooltip_titles=(t("ai.energy.tt_price"), t("ai.energy.tt_cost")),
            y_format=",.3f",
            x_format=",.3f",
        ),
        chart_title=title,
        sentence=t(f"ai.energy.{energy_regime(price, hi)}", **words),
        table=Table(
            line,
            {"x": t("ai.energy.col_price"), "y": t("ai.energy.col_cost")},
            "gpu-hour-electricity",
        ),
    )


# --------------------------------------------------------------------------- who holds the stack


def cloud_shares_percent() -> list[float]:
    """The reported cloud shares of AWS, Azure and Google Cloud, in percent (32 = 32%)."""
    return [content.fact_value(k) * 100 for k in US_CLOUD]


def stack_model(v) -> Solution:
    base = cloud_shares_percent()
    shares, us_total = ai.shift_shares(base, v["ai_shift"], v["ai_challenger"])
    control = spec.control("ai_stack", "ai_shift")
    moved = np.arange(control.min, control.max + control.step, control.step)
    curve = [
        {"x": float(x), "y": ai.hhi(ai.shift_shares(base, float(x), v["ai_challenger"])[0])}
        for x in moved
    ]
    return Solution(
        figures={"hhi": ai.hhi(shares), "us_share_pct": us_total, "rival_pct": shares[-1]},
        detail={"curve": curve},
    )


def stack_level(index: float, moderate: float, high: float) -> str:
    """The 2023 Merger Guidelines' band of an HHI: ``high`` above ``high``, ``moderate``
    above ``moderate``, else ``low``."""
    return "high" if index > high else "moderate" if index > moderate else "low"


def stack_present(s: Solution, v, lang: str) -> View:
    t = content.translator(lang)
    f = s.figures
    moderate, high = (content.fact_value(k) for k in HHI_BANDS)
    level = t(f"ai.stack.level_{stack_level(f['hhi'], moderate, high)}")
    hhi_text = content.format_number(f["hhi"], 0)
    us = content.format_value(f["us_share_pct"] / 100, "pct", lang, 0)
    line = s.detail["curve"]
    top = max(max(r["y"] for r in line), high) * 1.15  # room above the highest band
    title = t("ai.stack.chart_title")
    twist = "twist_challenger" if v["ai_challenger"] > 0 else "twist_none"
    return View(
        metrics=(
            Metric(t("ai.stack.m_hhi"), hhi_text, t("ai.stack.m_hhi_help")),
            Metric(t("ai.stack.m_us"), us, t("ai.stack.m_us_help")),
            Metric(t("ai.stack.m_level"), level, t("ai.stack.m_level_help")),
        ),
        chart=charts.banded_line(
            line,
            {
                "x": float(v["ai_shift"]),
                "y": f["hhi"],
                "desc": f"{t('ai.stack.m_hhi')}: {hhi_text}",
            },
            [
                {"label": t("ai.stack.zone_moderate"), "y0": moderate, "y1": high},
                {"label": t("ai.stack.zone_high"), "y0": high, "y1": top},
            ],
            title=title,
            x_title=t("ai.stack.axis_shift"),
            y_title=t("ai.stack.axis_hhi"),
            vertical=False,
            tooltip_titles=(t("ai.stack.tt_shift"), t("ai.stack.tt_hhi")),
            y_format=",.0f",
            x_format="d",
        ),
        chart_title=title,
        sentence=t(
            "ai.stack.sentence",
            us=us,
            hhi=hhi_text,
            level=level,
            moderate=content.format_fact("hhi_moderate", lang),
            high=content.format_fact("hhi_high", lang),
            twist=t(f"ai.stack.{twist}"),
        ),
        table=Table(line, {"x": t("ai.stack.col_shift"), "y": t("ai.stack.col_hhi")}, "cloud-hhi"),
    )


# --------------------------------------------------------------------------- lock-in

POINTS_PER_YEAR = 2  # of each lock-in curve, from year 0 to the horizon slider's top
SERIES = ("oil", "tech")


def lockin_model(v) -> Solution:
    halves = {"oil": v["ai_oil_half"], "tech": v["ai_tech_half"]}
    horizon = v["ai_horizon"]
    end = spec.control("ai_lockin", "ai_horizon").max
    years = np.linspace(0.0, end, int(end * POINTS_PER_YEAR) + 1)
    figures = {}
    for k, h in halves.items():
        figures[f"{k}_left"] = ai.lockin_strength(horizon, h)
        figures[f"{k}_years_to_half"] = ai.years_until(0.5, h)
    curves = {k: ai.lockin_strength(years, h) for k, h in halves.items()}
    return Solution(
        figures=figures,
        detail={"years": [float(y) for y in years], "curves": curves},
    )


def lockin_regime(oil_half: float, tech_half: float) -> str:
    """``verdict_weaker`` when the technology lead halves sooner than oil (the article's
    argument), ``verdict_stronger`` when later, ``verdict_equal`` when together."""
    if abs(oil_half - tech_half) < 1e-9:
        return "verdict_equal"
    return "verdict_weaker" if tech_half < oil_half else "verdict_stronger"


def lockin_present(s: Solution, v, lang: str) -> View:
    t = content.translator(lang)
    f = s.figures
    names = {k: t(f"ai.lockin.series_{k}") for k in SERIES}
    left = {k: content.format_value(f[f"{k}_left"], "pct", lang, 0) for k in SERIES}
    yrs = {k: content.format_value(f[f"{k}_years_to_half"], "years", lang, 1) for k in SERIES}
    lines = [
        {"x": y, "y": float(x), "series": names[k]}
        for k in SERIES
        for y, x in zip(s.detail["years"], s.detail["curves"][k], strict=True)
    ]
    now = [
        {
            "x": float(v["ai_horizon"]),
            "y": f[f"{k}_left"],
            "series": names[k],
            "label": left[k],
            "desc": f"{names[k]}: {left[k]}",
        }
        for k in SERIES
    ]
    title = t("ai.lockin.chart_title")
    return View(
        metrics=(
            Metric(t("ai.lockin.m_oil"), yrs["oil"], t("ai.lockin.m_oil_help")),
            Metric(t("ai.lockin.m_tech"), yrs["tech"], t("ai.lockin.m_tech_help")),
            Metric(t("ai.lockin.m_oil_left"), left["oil"], t("ai.lockin.m_oil_left_help")),
            Metric(t("ai.lockin.m_tech_left"), left["tech"], t("ai.lockin.m_tech_left_help")),
        ),
        chart=charts.series_lines(
            lines,
            now,
            title=title,
            x_title=t("ai.lockin.axis_years"),
            y_title=t("ai.lockin.axis_strength"),
            series=(names["oil"], names["tech"]),
            tooltip_titles=(
                t("ai.lockin.tt_series"),
                t("ai.lockin.tt_years"),
                t("ai.lockin.tt_strength"),
            ),
        ),
        chart_title=title,
        sentence=t(
            "ai.lockin.sentence",
            horizon=content.format_value(v["ai_horizon"], "years", lang, 0),
            oil_left=left["oil"],
            tech_left=left["tech"],
            oil=yrs["oil"],
            tech=yrs["tech"],
            verdict=t(f"ai.lockin.{lockin_regime(v['ai_oil_half'], v['ai_tech_half'])}"),
        ),
        table=Table(
            lines,
            {
                "x": t("ai.lockin.col_years"),
                "series": t("ai.lockin.col_series"),
                "y": t("ai.lockin.col_strength"),
            },
            "lock-in-half-lives",
        ),
    )


LABS = (
    Lab("ai_loops", loops_model, loops_present),
    Lab("ai_energy", energy_model, energy_present, facts=GULF_PRICE),
    Lab("ai_stack", stack_model, stack_present, facts=(*US_CLOUD, *HHI_BANDS)),
    Lab("ai_lockin", lockin_model, lockin_present),
)
