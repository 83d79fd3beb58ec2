"""The labs of story 1, "convenience-yield" (strings ``cy.*``).

* ``cy_decomp``: the Treasury premium built from its three parts, dollar premium + US
  swap spread - foreign swap spread, beside its direct calculation (hedged Japanese
  bond yield minus Treasury yield).
* ``cy_stress``: which way each premium moved in an episode of stress, as reported
  (content/stress.toml); directions only, never sizes.
* ``cy_supply``: the range of changes in the five-year Treasury premium the reported
  coefficients imply for changes in debt-to-GDP.
* ``cy_balance``: the app's toy model of dealers with a scarce balance sheet.

Computations: lib/convenience_yield.py; controls: content/labs.toml; charts:
lib/charts.py. Every figure in ``Solution.figures`` is a decimal a year (x 10,000 for
basis points) unless its name says otherwise; ``present`` does every conversion.
"""

from __future__ import annotations

import numpy as np

from lib import charts, content
from lib import convenience_yield as cy
from lib.labs import spec
from lib.labs.base import Lab, Solution
from lib.labs.fmt import BP, bp, pct
from lib.labs.view import Metric, Table, View

# --------------------------------------------------------------------------- decomposition


def decomp_model(v) -> Solution:
    fx = (v["dc_spot"], v["dc_fwd"], v["dc_tenor"])
    return Solution(
        figures={
            "dollar_cy": cy.dollar_convenience_yield(v["dc_us_swap"], v["dc_f_swap"], *fx),
            "treasury_cy": cy.treasury_convenience_yield(v["dc_ust"], v["dc_fgb"], *fx),
            "us_swap_spread": cy.swap_spread(v["dc_us_swap"], v["dc_ust"]),
            "foreign_swap_spread": cy.swap_spread(v["dc_f_swap"], v["dc_fgb"]),
            # the Japanese bond hedged into dollars: y_JGB - ln(F/S) / tau
            "hedged_foreign_yield": cy.synthetic_usd_rate(v["dc_fgb"], *fx),
        }
    )


def decomp_regime(dollar_cy: float, treasury_cy: float) -> str:
    """Which sentence describes the two premiums: both positive, split (dollar premium,
    Treasury discount), the reverse, or both negative (zero counts as not positive)."""
    if dollar_cy > 0:
        return "both_positive" if treasury_cy > 0 else "split"
    return "dollar_only_negative" if treasury_cy > 0 else "both_negative"


def decomp_warnings(f: dict, v, lang: str) -> tuple[str, ...]:
    """The home lab's plausibility check (``cy.IMPLAUSIBLE_BP``): a dollar premium far
    beyond anything seen since 2008 means the forward is far from where the swap rates
    put it (with the forward at which it would be zero); a plausible dollar premium but
    an implausible Treasury premium means swap spreads far wider than markets show."""
    t = content.translator(lang)
    dollar_bp, treasury_bp = f["dollar_cy"] * BP, f["treasury_cy"] * BP
    if abs(dollar_bp) > cy.IMPLAUSIBLE_BP:
        parity = cy.parity_forward(v["dc_spot"], v["dc_us_swap"], v["dc_f_swap"], v["dc_tenor"])
        return (
            t(
                "cy.decomp.implausible",
                gap=bp(f["dollar_cy"], lang),
                parity=content.format_value(float(parity), "jpy_per_usd", lang, 2),
            ),
        )
    if abs(treasury_bp) > cy.IMPLAUSIBLE_BP:
        return (t("cy.decomp.implausible_spreads", gap=bp(f["treasury_cy"], lang)),)
    return ()


def decomp_present(s: Solution, v, lang: str) -> View:
    t = content.translator(lang)
    f = s.figures
    words = {
        "dollar": bp(f["dollar_cy"], lang),
        "ust": bp(f["treasury_cy"], lang),
        "us_spread": bp(f["us_swap_spread"], lang),
    }
    labels = tuple(
        t(f"cy.decomp.{k}") for k in ("part_dollar", "part_us", "part_foreign", "part_total")
    )
    parts = (f["dollar_cy"] * BP, f["us_swap_spread"] * BP, f["foreign_swap_spread"] * BP)
    rows = charts.waterfall_data(parts, labels)
    title = t("cy.decomp.chart_title")
    return View(
        metrics=(
            Metric(t("cy.decomp.m_dollar"), words["dollar"], t("cy.decomp.m_dollar_help")),
            Metric(t("cy.decomp.m_ust"), words["ust"], t("cy.decomp.m_ust_help")),
            Metric(t("cy.decomp.m_us_spread"), words["us_spread"], t("cy.decomp.m_us_spread_help")),
            Metric(
                t("cy.decomp.m_f_spread"),
                bp(f["foreign_swap_spread"], lang),
                t("cy.decomp.m_f_spread_help"),
            ),
        ),
        warnings=decomp_warnings(f, v, lang),
        chart=charts.waterfall(
            rows,
            title=title,
            axis_label=t("cy.bp_axis"),
            tooltip_titles=(t("cy.decomp.tt_part"), t("cy.decomp.tt_value")),
        ),
        chart_title=title,
        sentence=t(f"cy.decomp.{decomp_regime(f['dollar_cy'], f['treasury_cy'])}", **words),
        notes=(
            t(
                "cy.decomp.direct",
                fgb=pct(v["dc_fgb"], lang),
                hedged=pct(f["hedged_foreign_yield"], lang),
                ust_yield=pct(v["dc_ust"], lang),
                ust=words["ust"],
            ),
        ),
        table=Table(
            rows,
            {"step": t("cy.decomp.col_part"), "value": t("cy.decomp.col_value")},
            "treasury-premium-parts",
        ),
    )


# --------------------------------------------------------------------------- stress explorer

#: A reported direction as a number, for ``figures``: up +1, down -1, a dip followed by
#: a rebound 0 (no net direction).
DIRECTION_SIGN = {"up": 1.0, "down": -1.0, "mixed": 0.0}


def stress_model(v) -> Solution:
    key = v["episode"]
    episodes = {e.key: e for e in content.stress_episodes("en")}  # directions: any language
    if key not in episodes:
        raise ValueError(f"No stress episode {key!r} in content/stress.toml.")
    directions = {series: d for series, d, _sentence in episodes[key].rows}
    return Solution(
        figures={series: DIRECTION_SIGN[d] for series, d in directions.items()},
        detail={"episode": key, "directions": directions},
    )


def stress_present(s: Solution, v, lang: str) -> View:
    t = content.translator(lang)
    ep = next(e for e in content.stress_episodes(lang) if e.key == s.detail["episode"])
    names = {series: t(f"cy.stress.series_{series}") for series, _d, _x in ep.rows}
    words = {w: t(f"cy.stress.{w}") for w in DIRECTION_SIGN}
    label = t(ep.label)
    rows = [
        {"episode": label, "series": names[series], "direction": words[d]}
        for series, d, _x in ep.rows
    ]
    said = {series: words[d] for series, d, _x in ep.rows}
    if len(set(s.detail["directions"].values())) == 1:
        sentence = t("cy.stress.summary_together", episode=label, word=rows[0]["direction"])
    else:
        sentence = t("cy.stress.summary_apart", episode=label, **said)
    title = t("cy.stress.chart_title_for", episode=label)
    return View(
        metrics=(),
        chart=charts.directions(
            [{"series": names[series], "direction": d} for series, d, _x in ep.rows],
            title=title,
            axis_label=t("cy.stress.axis"),
            words=words,
            tooltip_titles=(t("cy.stress.tt_series"), t("cy.stress.tt_dir")),
        ),
        chart_title=title,
        sentence=sentence,
        items=tuple(
            t("cy.stress.item", series=names[series], word=words[d], sentence=x)
            for series, d, x in ep.rows
        ),
        table=Table(
            rows,
            {
                "episode": t("cy.stress.col_episode"),
                "series": t("cy.stress.col_series"),
                "direction": t("cy.stress.col_dir"),
            },
            "premium-directions",
        ),
    )


# --------------------------------------------------------------------------- supply


def supply_model(v) -> Solution:
    low, high = cy.supply_effect_range(v["sup_us"], v["sup_foreign"])
    us = spec.control("cy_supply", "sup_us")
    xs = np.arange(us.min, us.max + us.step / 2, us.step)  # the whole slider, step by step
    lows, highs = cy.supply_effect_range(xs, v["sup_foreign"])
    return Solution(
        figures={"low": low, "high": high},
        detail={"xs": xs, "lows": lows, "highs": highs},
    )


SUPPLY_FACTS = tuple(key for pair in cy.SUPPLY_COEF_FACTS for key in pair)


def supply_present(s: Solution, v, lang: str) -> View:
    t = content.translator(lang)
    low, high = bp(s.figures["low"], lang), bp(s.figures["high"], lang)
    d = s.detail
    band = [
        {"x": float(x), "low": float(lo) * BP, "high": float(hi) * BP}
        for x, lo, hi in zip(d["xs"], d["lows"], d["highs"], strict=True)
    ]
    now = {
        "x": float(v["sup_us"]),
        "low": s.figures["low"] * BP,
        "high": s.figures["high"] * BP,
        "desc": f"{t('cy.supply.now')}: {t('punct.range', low=low, high=high)}",
    }
    title = t("cy.supply.chart_title")
    (us_small, us_large), (f_small, f_large) = cy.SUPPLY_COEF_FACTS
    return View(
        metrics=(
            Metric(t("cy.supply.m_low"), low, t("cy.supply.m_low_help")),
            Metric(t("cy.supply.m_high"), high, t("cy.supply.m_high_help")),
        ),
        chart=charts.supply_band(
            band,
            now,
            title=title,
            x_title=t("cy.supply.axis_us"),
            y_title=t("cy.bp_axis"),
            band_label=t("cy.supply.band"),
            tooltip_titles=(t("cy.supply.tt_us"), t("cy.supply.tt_low"), t("cy.supply.tt_high")),
        ),
        chart_title=title,
        sentence=t(
            "cy.supply.sentence",
            us=content.format_value(v["sup_us"], "pp", lang, 0, signed=True),
            foreign=content.format_value(v["sup_foreign"], "pp", lang, 0, signed=True),
            low=low,
            high=high,
        ),
        notes=(
            t(
                "cy.supply.caveat",
                us_small=content.format_fact(us_small, lang),
                us_large=content.format_fact(us_large, lang),
                f_small=content.format_fact(f_small, lang),
                f_large=content.format_fact(f_large, lang),
            ),
        ),
        table=Table(
            band,
            {
                "x": t("cy.supply.col_us"),
                "low": t("cy.supply.col_low"),
                "high": t("cy.supply.col_high"),
            },
            "treasury-premium-supply",
        ),
    )


# --------------------------------------------------------------------------- balance sheet

#: Facts the balance-sheet lab fixes: the FX-swap demand (its weight k_fx is 1) and the
#: choke spread, stored in basis points.
BALANCE_FACTS = ("lab_bs_fx_demand", "lab_bs_choke")
CURVE_POINTS = 116


def balance_model(v) -> Solution:
    params = dict(
        fx_demand=content.fact_value("lab_bs_fx_demand"),
        ust_demand=v["bs_ust_demand"],
        fx_weight=1.0,
        ust_weight=v["bs_ratio"],
        choke_spread=content.fact_value("lab_bs_choke") / BP,  # bp -> decimal
        foreign_swap_spread=v["bs_fss"] / BP,  # the slider shows basis points
    )
    eq = cy.balance_sheet_equilibrium(v["bs_capacity"], **params)
    k = spec.control("cy_balance", "bs_capacity")
    caps = np.linspace(k.min, k.max, CURVE_POINTS)
    curve = cy.balance_sheet_equilibrium(caps, **params)
    needed = cy.binding_capacity(
        params["fx_demand"], params["ust_demand"], params["fx_weight"], params["ust_weight"]
    )
    return Solution(
        figures={
            "dollar_cy": eq.dollar_cy,
            "us_swap_spread": eq.us_swap_spread,
            "treasury_cy": eq.treasury_cy,
            "shadow_cost": eq.shadow_cost,
            "binding_capacity": needed,
        },
        detail={"caps": caps, "curve": curve},
    )


def balance_regime(shadow_cost: float, ratio: float) -> str:
    """Slack (balance sheet costs nothing), or scarce with Treasuries using more
    (diverge), less (together) or the same balance sheet per unit as FX swaps."""
    if shadow_cost == 0:
        return "slack"
    if abs(ratio - 1.0) < 1e-9:
        return "equal"
    return "diverge" if ratio > 1 else "together"


def balance_present(s: Solution, v, lang: str) -> View:
    t = content.translator(lang)
    f, curve = s.figures, s.detail["curve"]
    series = {
        "dollar": (t("cy.balance.series_dollar"), curve.dollar_cy, f["dollar_cy"]),
        "us": (t("cy.balance.series_us"), curve.us_swap_spread, f["us_swap_spread"]),
        "ust": (t("cy.balance.series_ust"), curve.treasury_cy, f["treasury_cy"]),
    }
    lines = [
        {"x": float(k), "y": float(y) * BP, "series": name}
        for name, ys, _now in series.values()
        for k, y in zip(s.detail["caps"], ys, strict=True)
    ]
    now = [
        {
            "x": float(v["bs_capacity"]),
            "y": y * BP,
            "series": name,
            "label": bp(y, lang),
            "desc": f"{name}: {bp(y, lang)}",
        }
        for name, _ys, y in series.values()
    ]
    words = {
        "dollar": bp(f["dollar_cy"], lang),
        "ust": bp(f["treasury_cy"], lang),
        "us_spread": bp(f["us_swap_spread"], lang),
        "shadow": bp(f["shadow_cost"], lang, signed=False),
        "ratio": content.format_number(v["bs_ratio"], 1),
        "capacity": content.format_number(v["bs_capacity"], 1),
        "needed": content.format_number(f["binding_capacity"], 1),
    }
    title = t("cy.balance.chart_title")
    return View(
        metrics=(
            Metric(t("cy.balance.m_dollar"), words["dollar"], t("cy.balance.m_dollar_help")),
            Metric(t("cy.balance.m_ust"), words["ust"], t("cy.balance.m_ust_help")),
            Metric(
                t("cy.balance.m_us_spread"), words["us_spread"], t("cy.balance.m_us_spread_help")
            ),
            Metric(t("cy.balance.m_shadow"), words["shadow"], t("cy.balance.m_shadow_help")),
        ),
        chart=charts.series_lines(
            lines,
            now,
            title=title,
            x_title=t("cy.balance.axis_capacity"),
            y_title=t("cy.bp_axis"),
            series=tuple(name for name, _ys, _now in series.values()),
            tooltip_titles=(
                t("cy.balance.tt_series"),
                t("cy.balance.tt_capacity"),
                t("cy.balance.tt_value"),
            ),
            reverse_x=True,
        ),
        chart_title=title,
        sentence=t(f"cy.balance.{balance_regime(f['shadow_cost'], v['bs_ratio'])}", **words),
        table=Table(
            lines,
            {
                "x": t("cy.balance.col_capacity"),
                "series": t("cy.balance.col_series"),
                "y": t("cy.balance.col_value"),
            },
            "balance-sheet-model",
        ),
    )


LABS = (
    Lab("cy_decomp", decomp_model, decomp_present),
    Lab("cy_stress", stress_model, stress_present),
    Lab("cy_supply", supply_model, supply_present, facts=SUPPLY_FACTS),
    Lab("cy_balance", balance_model, balance_present, facts=BALANCE_FACTS),
)
