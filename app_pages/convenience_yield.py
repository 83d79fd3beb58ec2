"""Story 1: the dollar kept its privilege, Treasuries lost theirs (convenience yield).

Seven narrative sections (content/<lang>/convenience-yield/s*.md) with four labs:
the decomposition of the Treasury premium, a stress explorer, the supply lab and the
balance-sheet toy model. Computations: lib/convenience_yield.py; charts: lib/charts.py;
text: strings ``cy.*``; controls: content/labs.toml; episodes: content/stress.toml.
"""

import numpy as np
import streamlit as st

from lib import charts, content, ui
from lib import convenience_yield as cy

PAGE = "convenience-yield"
DECOMP, BALANCE, SUPPLY = "cy_decomp", "cy_balance", "cy_supply"
SECTIONS = (
    "s1_what",
    "s2_measure",
    "s3_connect",
    "s4_divergence",
    "s5_stress",
    "s6_why",
    "s7_meaning",
)


def bp(value: float, lang: str, signed: bool = True) -> str:
    """A decimal spread as basis points in the reader's style (0.0015 -> "+15.0 bp")."""
    return content.format_value(value * 1e4, "bp", lang, 1, signed=signed)


def section(i: int) -> None:
    ui.story_section(PAGE, "cy", SECTIONS, i)


@st.fragment
def decomposition_lab() -> None:
    t = ui.tr()
    lang = ui.current_lang()
    controls, results = ui.lab_columns()
    with controls:
        ui.presets(DECOMP)
        v = ui.sliders(DECOMP)
    try:
        args = (v["dc_spot"], v["dc_fwd"], v["dc_tenor"])
        dollar = cy.dollar_convenience_yield(v["dc_us_swap"], v["dc_f_swap"], *args)
        direct = cy.treasury_convenience_yield(v["dc_ust"], v["dc_fgb"], *args)
        us_spread = cy.swap_spread(v["dc_us_swap"], v["dc_ust"])
        f_spread = cy.swap_spread(v["dc_f_swap"], v["dc_fgb"])
        total = cy.treasury_cy_from_parts(dollar, us_spread, f_spread)
    except ValueError as err:
        with results:
            ui.input_error(err)
        return
    words = {
        "dollar": bp(dollar, lang),
        "ust": bp(direct, lang),
        "us_spread": bp(us_spread, lang),
    }
    if dollar > 0:
        regime = "both_positive" if direct > 0 else "split"
    else:
        regime = "dollar_only_negative" if direct > 0 else "both_negative"
    labels = tuple(
        t(f"cy.decomp.{k}") for k in ("part_dollar", "part_us", "part_foreign", "part_total")
    )
    rows = charts.waterfall_data((dollar * 1e4, us_spread * 1e4, f_spread * 1e4), labels)
    with results:
        ui.metric_row(
            [
                ui.Metric(t("cy.decomp.m_dollar"), words["dollar"], t("cy.decomp.m_dollar_help")),
                ui.Metric(t("cy.decomp.m_ust"), words["ust"], t("cy.decomp.m_ust_help")),
                ui.Metric(
                    t("cy.decomp.m_us_spread"), words["us_spread"], t("cy.decomp.m_us_spread_help")
                ),
                ui.Metric(
                    t("cy.decomp.m_f_spread"), bp(f_spread, lang), t("cy.decomp.m_f_spread_help")
                ),
            ]
        )
        ui.chart(
            charts.waterfall(
                rows,
                title=t("cy.decomp.chart_title"),
                axis_label=t("cy.bp_axis"),
                tooltip_titles=(t("cy.decomp.tt_part"), t("cy.decomp.tt_value")),
            ),
            t("cy.decomp.chart_title"),
        )
        ui.describe(t(f"cy.decomp.{regime}", **words))
        agree = abs(total - direct) < 1e-9
        st.caption(
            (":material/check_circle: " if agree else ":material/error: ")
            + t(
                "cy.decomp.check_ok" if agree else "cy.decomp.check_bad",
                sum=bp(total, lang),
                direct=words["ust"],
            )
        )
    ui.data_table(
        rows,
        {"step": t("cy.decomp.col_part"), "value": t("cy.decomp.col_value")},
        "treasury-premium-parts",
    )
    ui.share(DECOMP)


@st.fragment
def stress_explorer() -> None:
    t = ui.tr()
    episodes = {e.key: e for e in content.stress_episodes(ui.current_lang())}
    keys = list(episodes)
    key = ui.choice(t("cy.stress.choose"), keys, "episode", lambda k: t(episodes[k].label))
    ep = episodes[key]
    names = {s: t(f"cy.stress.series_{s}") for s, _d, _x in ep.rows}
    words = {w: t(f"cy.stress.{w}") for w in ("up", "down", "mixed")}
    left, right = st.columns([3, 2], gap="large")
    with left:
        ui.chart(
            charts.directions(
                [{"series": names[s], "direction": d} for s, d, _x in ep.rows],
                title=f"{t('cy.stress.chart_title')}: {t(ep.label)}",
                axis_label=t("cy.stress.axis"),
                words=words,
                tooltip_titles=(t("cy.stress.tt_series"), t("cy.stress.tt_dir")),
            ),
            t("cy.stress.chart_title"),
        )
    with right:
        items = [
            t("cy.stress.item", series=names[s], word=words[d], sentence=x) for s, d, x in ep.rows
        ]
        st.markdown("\n".join(f"- {item}" for item in items))


@st.fragment
def supply_lab() -> None:
    t = ui.tr()
    lang = ui.current_lang()
    controls, results = ui.lab_columns()
    with controls:
        v = ui.sliders(SUPPLY)
    low, high = cy.supply_effect_range(v["sup_us"], v["sup_foreign"])
    spec_us = ui.lab_spec(SUPPLY)[0]
    xs = np.arange(spec_us.min, spec_us.max + 1)
    lows, highs = cy.supply_effect_range(xs, v["sup_foreign"])
    band = [
        {"x": float(x), "low": float(lo) * 1e4, "high": float(hi) * 1e4}
        for x, lo, hi in zip(xs, lows, highs, strict=True)
    ]
    pp = {
        k: content.format_value(v[k], "pp", lang, 0, signed=True) for k in ("sup_us", "sup_foreign")
    }
    now = {
        "x": float(v["sup_us"]),
        "low": low * 1e4,
        "high": high * 1e4,
        "desc": f"{t('cy.supply.now')}: {bp(low, lang)} … {bp(high, lang)}",
    }
    with results:
        ui.metric_row(
            [
                ui.Metric(t("cy.supply.m_low"), bp(low, lang), t("cy.supply.m_low_help")),
                ui.Metric(t("cy.supply.m_high"), bp(high, lang), t("cy.supply.m_high_help")),
            ]
        )
        ui.chart(
            charts.supply_band(
                band,
                now,
                title=t("cy.supply.chart_title"),
                x_title=t("cy.supply.axis_us"),
                y_title=t("cy.bp_axis"),
                band_label=t("cy.supply.band"),
                tooltip_titles=(
                    t("cy.supply.tt_us"),
                    t("cy.supply.tt_low"),
                    t("cy.supply.tt_high"),
                ),
            ),
            t("cy.supply.chart_title"),
        )
        ui.describe(
            t(
                "cy.supply.sentence",
                us=pp["sup_us"],
                foreign=pp["sup_foreign"],
                low=bp(low, lang),
                high=bp(high, lang),
            )
        )
        st.caption(
            t(
                "cy.supply.caveat",
                us_small=content.format_fact("us_debt_coef_small", lang),
                us_large=content.format_fact("us_debt_coef_large", lang),
                f_small=content.format_fact("foreign_debt_coef_small", lang),
                f_large=content.format_fact("foreign_debt_coef_large", lang),
            )
        )
    ui.data_table(
        band,
        {
            "x": t("cy.supply.col_us"),
            "low": t("cy.supply.col_low"),
            "high": t("cy.supply.col_high"),
        },
        "treasury-premium-supply",
    )
    ui.share(SUPPLY)


@st.fragment
def balance_lab() -> None:
    t = ui.tr()
    lang = ui.current_lang()
    controls, results = ui.lab_columns()
    with controls:
        v = ui.sliders(BALANCE)
    fx_demand = content.fact_value("lab_bs_fx_demand")
    choke = content.fact_value("lab_bs_choke") / 1e4
    model = dict(
        fx_demand=fx_demand,
        ust_demand=v["bs_ust_demand"],
        fx_weight=1.0,
        ust_weight=v["bs_ratio"],
        choke_spread=choke,
        foreign_swap_spread=v["bs_fss"] / 1e4,
    )
    try:
        eq = cy.balance_sheet_equilibrium(v["bs_capacity"], **model)
        spec_k = ui.lab_spec(BALANCE)[0]
        caps = np.linspace(spec_k.min, spec_k.max, 116)
        curve = cy.balance_sheet_equilibrium(caps, **model)
    except ValueError as err:
        with results:
            ui.input_error(err)
        return
    series = {
        "dollar": (t("cy.balance.series_dollar"), curve.dollar_cy, eq.dollar_cy),
        "us": (t("cy.balance.series_us"), curve.us_swap_spread, eq.us_swap_spread),
        "ust": (t("cy.balance.series_ust"), curve.treasury_cy, eq.treasury_cy),
    }
    lines = [
        {"x": float(k), "y": float(y) * 1e4, "series": name}
        for name, ys, _now in series.values()
        for k, y in zip(caps, ys, strict=True)
    ]
    now = [
        {
            "x": v["bs_capacity"],
            "y": y * 1e4,
            "series": name,
            "label": bp(y, lang),
            "desc": f"{name}: {bp(y, lang)}",
        }
        for name, _ys, y in series.values()
    ]
    words = {
        "dollar": bp(eq.dollar_cy, lang),
        "ust": bp(eq.treasury_cy, lang),
        "us_spread": bp(eq.us_swap_spread, lang),
        "shadow": bp(eq.shadow_cost, lang, signed=False),
        "ratio": content.format_number(v["bs_ratio"], 1),
        "capacity": content.format_number(v["bs_capacity"], 1),
        "needed": content.format_number(fx_demand + v["bs_ratio"] * v["bs_ust_demand"], 1),
    }
    if eq.shadow_cost == 0:
        regime = "slack"
    elif abs(v["bs_ratio"] - 1.0) < 1e-9:
        regime = "equal"
    else:
        regime = "diverge" if v["bs_ratio"] > 1 else "together"
    with results:
        ui.metric_row(
            [
                ui.Metric(t("cy.balance.m_dollar"), words["dollar"], t("cy.balance.m_dollar_help")),
                ui.Metric(t("cy.balance.m_ust"), words["ust"], t("cy.balance.m_ust_help")),
                ui.Metric(
                    t("cy.balance.m_us_spread"),
                    words["us_spread"],
                    t("cy.balance.m_us_spread_help"),
                ),
                ui.Metric(t("cy.balance.m_shadow"), words["shadow"], t("cy.balance.m_shadow_help")),
            ]
        )
        ui.chart(
            charts.series_lines(
                lines,
                now,
                title=t("cy.balance.chart_title"),
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
            t("cy.balance.chart_title"),
        )
        ui.describe(t(f"cy.balance.{regime}", **words))
    ui.data_table(
        lines,
        {
            "x": t("cy.balance.col_capacity"),
            "series": t("cy.balance.col_series"),
            "y": t("cy.balance.col_value"),
        },
        "balance-sheet-model",
    )
    ui.share(BALANCE)


t = ui.tr()
lang = ui.current_lang()

words = content.article_words("cy_column", lang)
ui.story_header(
    PAGE,
    "cy",
    t(
        "cy.source",
        paper=content.format_citation("dks2025"),
        column=words["title"],
        outlet=words["outlet"],
        date=words["date"],
    ),
)
section(1)
section(2)
ui.page_link("home", t("cy.home_link"), icon=":material/science:")
section(3)
ui.story_lab("cy", "decomp", decomposition_lab)
section(4)
section(5)
ui.story_lab("cy", "stress", stress_explorer)
section(6)
ui.story_lab("cy", "supply", supply_lab)
ui.story_lab("cy", "balance", balance_lab)
section(7)
ui.story_footer(
    PAGE, "cy", SECTIONS, (DECOMP, SUPPLY, BALANCE), ("lab_bs_fx_demand", "lab_bs_choke")
)
