"""The labs of story 3, "krw-defence" (strings ``krw.*``).

* ``krw_pension``: the pension fund's forward sales of dollars in the app's toy market,
  where net demand for dollars moves USD/KRW in proportion to a market depth; the rate
  with and without the hedge, against the zone where the fund was expected to act.
* ``krw_forward``: the money-market forward USD/KRW and what selling dollars forward
  gains or costs a won-based investor (the home lab's parity seen from Seoul).
* ``krw_household``: how far the won fell or rose in dollars, what the dollar's move in
  won does to consumer prices with a pass-through, and what a month's income buys in
  dollar-priced goods.

Computations: lib/fx_defence.py; controls: content/labs.toml; charts: lib/charts.py.
In ``Solution.figures`` exchange rates are won per dollar, money is US dollars, rates,
shares and changes are decimals; ``present`` does every conversion.
"""

from __future__ import annotations

import numpy as np

from lib import charts, content
from lib import fx_defence as fx
from lib.labs import spec
from lib.labs.base import Lab, Solution
from lib.labs.fmt import PCT, fine_pct, pct
from lib.labs.view import Metric, Table, View


def _won(x: float, lang: str, places: int = 0) -> str:
    """An exchange rate in won per dollar in the reader's words."""
    return content.format_value(x, "krw_per_usd", lang, places)


# --------------------------------------------------------------------------- pension fund

#: The facts the pension lab reads: where the toy market starts, the zone where the
#: fund was expected to act (its low end and the line in the sand), the tactical hedge.
PENSION_FACTS = ("krw_dec_avg_level", "krw_pension_zone_low", "krw_line", "nps_tactical_hedge")
PENSION_POINTS = 61  # points of the line from no hedge to the slider's ceiling


def pension_model(v) -> Solution:
    start = content.fact_value("krw_dec_avg_level")
    assets, ratio, outflow, depth = v["kp_assets"], v["kp_hedge"], v["kp_outflow"], v["kp_depth"]
    sold = fx.hedge_supply_usd(assets, ratio)
    hedge = spec.control("krw_pension", "kp_hedge")
    ratios = np.linspace(0.0, hedge.to_model(hedge.max), PENSION_POINTS)
    path = fx.toy_exchange_rate(start, outflow, fx.hedge_supply_usd(assets, ratios), depth)
    return Solution(
        figures={
            "sold": sold,
            "without": fx.toy_exchange_rate(start, outflow, 0.0, depth),
            "with_hedge": fx.toy_exchange_rate(start, outflow, sold, depth),
        },
        detail={
            "ratios": ratios,
            "path": path,
            "zone_low": content.fact_value("krw_pension_zone_low"),
            "line": content.fact_value("krw_line"),
            "tactical": content.fact_value("nps_tactical_hedge"),
        },
    )


def pension_verdict(rate: float, zone_low: float, line: float) -> str:
    """Where the toy rate ends: at or beyond the line, inside the zone from its low end
    up to the line, or below the zone (higher is a weaker won)."""
    if rate >= line:
        return "verdict_above"
    return "verdict_zone" if rate >= zone_low else "verdict_below"


def pension_regime(f: dict, words: dict) -> str:
    """``holds_none`` when nothing is sold, ``holds_same`` when the rates with and
    without the hedge read the same at the shown precision, else ``holds``."""
    if f["sold"] <= 0:
        return "holds_none"
    return "holds_same" if words["with_hedge"] == words["without"] else "holds"


def pension_present(s: Solution, v, lang: str) -> View:
    t = content.translator(lang)
    f, d = s.figures, s.detail
    rows = [
        {"x": float(r) * PCT, "y": float(y)} for r, y in zip(d["ratios"], d["path"], strict=True)
    ]
    top = max(float(np.max(d["path"])), d["line"]) + 20  # "beyond the line" tops the chart
    bands = [
        {"label": t("krw.pension.zone"), "y0": d["zone_low"], "y1": d["line"]},
        {"label": t("krw.pension.above"), "y0": d["line"], "y1": top},
    ]
    marks = [{"x": d["tactical"] * PCT, "label": t("krw.pension.tactical")}]
    verdict = pension_verdict(f["with_hedge"], d["zone_low"], d["line"])
    # no hedge: a plain zero sold ("US$0", not "US$0.0")
    sold = content.format_value(f["sold"], "usd", lang, 1 if f["sold"] > 0 else 0)
    words = {
        "ratio": pct(v["kp_hedge"], lang, 1),
        "assets": content.format_value(v["kp_assets"], "usd", lang, 1),
        "sold": sold,
        "with_hedge": _won(f["with_hedge"], lang),
        "without": _won(f["without"], lang),
        "verdict": t(f"krw.pension.{verdict}"),
    }
    title = t("krw.pension.chart_title")
    return View(
        metrics=(
            Metric(t("krw.pension.m_sold"), words["sold"], t("krw.pension.m_sold_help")),
            Metric(
                t("krw.pension.m_without"),
                content.format_number(f["without"], 0),
                t("krw.pension.m_without_help"),
            ),
            Metric(
                t("krw.pension.m_with"),
                content.format_number(f["with_hedge"], 0),
                t("krw.pension.m_with_help"),
            ),
        ),
        chart=charts.banded_line(
            rows,
            {
                "x": v["kp_hedge"] * PCT,
                "y": f["with_hedge"],
                "desc": f"{words['ratio']}: {words['with_hedge']}",
            },
            bands,
            title=title,
            x_title=t("krw.pension.axis_hedge"),
            y_title=t("krw.pension.axis_rate"),
            vertical=False,
            tooltip_titles=(t("krw.pension.tt_hedge"), t("krw.pension.tt_rate")),
            y_format=",.0f",
            x_format=".1f",
            marks=marks,
            y_zero=False,
        ),
        chart_title=title,
        sentence=t(f"krw.pension.{pension_regime(f, words)}", **words),
        notes=(t("krw.pension.caveat"),),
        table=Table(
            rows,
            {"x": t("krw.pension.col_hedge"), "y": t("krw.pension.col_rate")},
            "pension-hedge-toy",
        ),
    )


# --------------------------------------------------------------------------- the forward


def _gaps() -> np.ndarray:
    """The chart's rate gaps (won rate minus dollar rate, decimals), every 0.1 point
    across all the two rate sliders can reach (0-8% each: -8 to +8 points), so the
    lab's own point is always on the chart."""
    k = spec.control("krw_forward", "kf_krw_rate")
    u = spec.control("krw_forward", "kf_usd_rate")
    lo, hi = k.to_model(k.min) - u.to_model(u.max), k.to_model(k.max) - u.to_model(u.min)
    return np.linspace(lo, hi, round((hi - lo) / 0.001) + 1)


GAPS = _gaps()


def forward_model(v) -> Solution:
    spot, r_k, r_u, tenor = v["kf_spot"], v["kf_krw_rate"], v["kf_usd_rate"], v["kf_tenor"]
    fwd = fx.forward_rate(spot, r_k, r_u, tenor)
    curve = fx.hedge_return(spot, fx.forward_rate(spot, r_u + GAPS, r_u, tenor), tenor)
    return Solution(
        figures={
            "forward": fwd,
            "points": fx.forward_points(spot, fwd),
            "hedge_return": fx.hedge_return(spot, fwd, tenor),
        },
        detail={"gaps": GAPS, "curve": curve},
    )


def forward_regime(gap: float) -> str:
    """``cost`` when won rates are below dollar rates (hedging costs), ``gain`` above,
    ``even`` when they are equal (``gap`` = won rate - dollar rate, decimals)."""
    if abs(gap) < 1e-11:
        return "even"
    return "cost" if gap < 0 else "gain"


def forward_present(s: Solution, v, lang: str) -> View:
    t = content.translator(lang)
    f, d = s.figures, s.detail
    name = t("krw.forward.series")
    rows = [
        {"x": float(g) * PCT, "y": float(c) * PCT, "series": name}
        for g, c in zip(d["gaps"], d["curve"], strict=True)
    ]
    gap = v["kf_krw_rate"] - v["kf_usd_rate"]
    gain = pct(f["hedge_return"], lang, signed=True)
    now = [
        {
            "x": gap * PCT,
            "y": f["hedge_return"] * PCT,
            "series": name,
            "label": gain,
            "desc": f"{name}: {gain}",
        }
    ]
    words = {
        "gap": content.format_value(abs(gap) * PCT, "pp", lang, 2),
        "forward": _won(f["forward"], lang, 2),
        "points": content.format_number(f["points"], 2, signed=True),
        "cost": pct(abs(f["hedge_return"]), lang),
    }
    title = t("krw.forward.chart_title")
    return View(
        metrics=(
            Metric(
                t("krw.forward.m_forward"),
                content.format_number(f["forward"], 2),
                t("krw.forward.m_forward_help"),
            ),
            Metric(t("krw.forward.m_points"), words["points"], t("krw.forward.m_points_help")),
            Metric(t("krw.forward.m_return"), gain, t("krw.forward.m_return_help")),
        ),
        chart=charts.series_lines(
            rows,
            now,
            title=title,
            x_title=t("krw.forward.axis_gap"),
            y_title=t("krw.forward.axis_return"),
            series=(name,),
            tooltip_titles=(
                t("krw.forward.tt_series"),
                t("krw.forward.tt_gap"),
                t("krw.forward.tt_return"),
            ),
        ),
        chart_title=title,
        sentence=t(f"krw.forward.{forward_regime(gap)}", **words),
        table=Table(
            rows,
            {"x": t("krw.forward.col_gap"), "y": t("krw.forward.col_return")},
            "won-hedging-cost",
        ),
        link_home=t("krw.home_link"),
    )


# --------------------------------------------------------------------------- households


def household_model(v) -> Solution:
    """``won_change``: the won's own change in dollars per won (before / now - 1, what the
    chart's bars show); ``depreciation``: the dollar's change in won (now / before - 1,
    the change in won prices of dollar goods), which the pass-through acts on."""
    before, now, income = v["kh_from"], v["kh_to"], v["kh_income"]
    rise = fx.depreciation(before, now)
    return Solution(
        figures={
            "won_change": fx.won_change(before, now),
            "depreciation": rise,
            "inflation": fx.pass_through_inflation(rise, v["kh_pass"]),
            "before_usd": fx.income_in_dollars(income, before),
            "after_usd": fx.income_in_dollars(income, now),
        }
    )


def household_regime(won_change: float) -> str:
    """``weaker`` or ``stronger`` by the sign of the won's change, ``unchanged`` at 0."""
    if abs(won_change) < 1e-12:
        return "unchanged"
    return "weaker" if won_change < 0 else "stronger"


def household_present(s: Solution, v, lang: str) -> View:
    t = content.translator(lang)
    f = s.figures
    before, after, part = (t(f"krw.household.{k}") for k in ("before", "after", "part"))
    rows = [
        {"group": before, "part": part, "order": 0, "value": f["before_usd"]},
        {"group": after, "part": part, "order": 0, "value": f["after_usd"]},
    ]
    pass_text = content.format_number(v["kh_pass"], 2)
    if v["kh_pass"] == 0:
        prices = t("krw.household.prices_none")
    else:
        direction = "prices_up" if f["inflation"] > 0 else "prices_down"
        prices = t(
            f"krw.household.{direction}",
            **{"pass": pass_text, "prices": fine_pct(abs(f["inflation"]), lang)},
        )
    words = {
        "from_rate": _won(v["kh_from"], lang),
        "to_rate": _won(v["kh_to"], lang),
        "change": pct(abs(f["won_change"]), lang, 1),
        "rise": pct(abs(f["depreciation"]), lang, 1),
        "prices": prices,
        "income": content.format_number(v["kh_income"], 0),
        "before": content.format_value(f["before_usd"], "usd", lang, 0),
        "after": content.format_value(f["after_usd"], "usd", lang, 0),
    }
    regime = household_regime(f["won_change"])
    title = t("krw.household.chart_title")
    return View(
        metrics=(
            Metric(
                t("krw.household.m_fall"),
                pct(f["won_change"], lang, 1, signed=True),
                t("krw.household.m_fall_help"),
            ),
            Metric(
                t("krw.household.m_prices"),
                fine_pct(f["inflation"], lang, signed=True),
                t("krw.household.m_prices_help"),
            ),
            Metric(t("krw.household.m_before"), words["before"], t("krw.household.m_before_help")),
            Metric(t("krw.household.m_after"), words["after"], t("krw.household.m_after_help")),
        ),
        chart=charts.stacked_bars(
            rows,
            title=title,
            axis_label=t("krw.household.axis"),
            groups=(before, after),
            tooltip_titles=(
                t("krw.household.tt_when"),
                t("krw.household.tt_part"),
                t("krw.household.tt_value"),
            ),
            fmt=lambda x: content.format_number(x, 0),
        ),
        chart_title=title,
        sentence=t(f"krw.household.{regime}", **words),
        table=Table(
            rows,
            {"group": t("krw.household.col_when"), "value": t("krw.household.col_value")},
            "weak-won-household",
        ),
    )


LABS = (
    Lab("krw_pension", pension_model, pension_present, facts=PENSION_FACTS),
    Lab("krw_forward", forward_model, forward_present),
    Lab("krw_household", household_model, household_present),
)
