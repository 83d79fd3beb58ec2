"""Story 4: asset divergence: who recovered, who did not, and the yen.

Five narrative sections (content/<lang>/asset-divergence/s*.md), the last of which
checks the column's own numbers, with three labs: recovery ratios (reported, plus a
calculator), the yen carry trade, and one bet or many (portfolio volatility and a
stress in which stocks, bonds and the dollar fall together).
Computations: lib/divergence.py; charts: lib/charts.py; text: strings ``div.*``.
"""

import numpy as np
import streamlit as st

from lib import charts, content, ui
from lib import divergence as dv

PAGE = "asset-divergence"
RECOVERY, CARRY, MIX = "div_recovery", "div_carry", "div_mix"
SECTIONS = ("s1_week", "s2_recovery", "s3_forces", "s4_ai", "s5_checking")
#: Reported recovery ratios from the October 2025 highs: string key -> fact key.
REPORTED = {
    "silver": "rec_silver",
    "copper": "rec_copper",
    "topix": "rec_topix",
    "dow": "rec_dow",
    "russell": "rec_russell",
    "sp500": "rec_sp500",
    "gold": "rec_gold",
    "nasdaq": "rec_nasdaq",
    "nvidia": "rec_nvidia",
    "oracle": "rec_oracle",
    "hstech": "rec_hstech",
    "btc": "btc_recovery_ratio",
}


def section(i: int) -> None:
    ui.story_section(PAGE, "div", SECTIONS, i)


def pct(value: float, lang: str, places: int = 1, signed: bool = False) -> str:
    return content.format_value(value, "pct", lang, places, signed=signed)


@st.fragment
def recovery_lab() -> None:
    t = ui.tr()
    lang = ui.current_lang()
    controls, results = ui.lab_columns()
    with controls:
        v = ui.sliders(RECOVERY)
    try:
        ratio = dv.recovery_ratio(v["dv_peak"], v["dv_trough"], v["dv_now"])
        down = dv.drawdown(v["dv_peak"], v["dv_now"])
        needed = dv.required_gain(v["dv_peak"], v["dv_now"])
    except ValueError as err:
        with results:
            ui.input_error(err)
        return
    reported, yours = t("div.recovery.reported"), t("div.recovery.yours")
    rows = [
        {"name": t(f"div.recovery.asset_{k}"), "value": content.fact_value(f), "kind": reported}
        for k, f in REPORTED.items()
    ]
    rows.append({"name": t("div.recovery.your_name"), "value": ratio, "kind": yours})
    beaten = sum(1 for r in rows[:-1] if ratio > r["value"])
    words = {"ratio": pct(ratio, lang, 0), "drawdown": pct(down, lang), "needed": pct(needed, lang)}
    if v["dv_now"] >= v["dv_peak"]:
        sentence = t("div.recovery.past_peak", ratio=words["ratio"], above=pct(-down, lang))
    else:
        compare = t("div.recovery.compare_more", n=beaten, total=len(REPORTED)) if beaten else ""
        sentence = t("div.recovery.sentence", compare=compare, **words)
    with results:
        ui.metric_row(
            [
                ui.Metric(
                    t("div.recovery.m_ratio"), words["ratio"], t("div.recovery.m_ratio_help")
                ),
                ui.Metric(
                    t("div.recovery.m_drawdown"),
                    pct(max(down, 0.0), lang),
                    t("div.recovery.m_drawdown_help"),
                ),
                ui.Metric(
                    t("div.recovery.m_needed"),
                    pct(max(needed, 0.0), lang),
                    t("div.recovery.m_needed_help"),
                ),
            ]
        )
        ui.chart(
            charts.ratio_bars(
                rows,
                title=t("div.recovery.chart_title"),
                axis_label=t("div.recovery.axis"),
                kinds=(reported, yours),
                tooltip_titles=(t("div.recovery.tt_asset"), t("div.recovery.tt_ratio")),
            ),
            t("div.recovery.chart_title"),
        )
        ui.describe(sentence)
    ui.data_table(
        rows,
        {
            "name": t("div.recovery.col_asset"),
            "value": t("div.recovery.col_ratio"),
            "kind": t("div.recovery.col_kind"),
        },
        "recovery-ratios",
    )
    ui.share(RECOVERY)


@st.fragment
def carry_lab() -> None:
    t = ui.tr()
    lang = ui.current_lang()
    controls, results = ui.lab_columns()
    with controls:
        v = ui.sliders(CARRY)
    jpy_rate = v["cr_jpy_rate"] + v["cr_boj_hike"]
    args = (v["cr_open"], jpy_rate, v["cr_usd_rate"], v["cr_years"])
    try:
        pnl = dv.carry_trade_pnl(v["cr_notional"], v["cr_open"], v["cr_close"], *args[1:])
        be = dv.carry_breakeven(*args)
        spec = ui.lab_spec(CARRY)[0]
        closes = np.linspace(spec.min, spec.max, 101)
        curve = dv.carry_trade_pnl(v["cr_notional"], v["cr_open"], closes, *args[1:])
    except ValueError as err:
        with results:
            ui.input_error(err)
        return
    roe = dv.return_on_equity(pnl, v["cr_notional"], v["cr_leverage"])
    line = [{"x": float(c), "y": float(p) / 1e6} for c, p in zip(closes, curve, strict=True)]
    words = {
        "pnl": content.format_value(abs(pnl), "jpy", lang, 1),
        "roe": pct(abs(roe), lang),
        "breakeven": content.format_number(be, 2),
        "room": pct(abs(1 - be / v["cr_open"]), lang),
    }
    if pnl >= 0:
        sentence = t("div.carry.gain", **words)
    else:
        sentence = t("div.carry.wiped" if roe < -1 else "div.carry.loss", **words)
    signed_pnl = ("+" if pnl >= 0 else "\u2212") + content.format_value(abs(pnl), "jpy", lang, 1)
    with results:
        ui.metric_row(
            [
                ui.Metric(t("div.carry.m_pnl"), signed_pnl, t("div.carry.m_pnl_help")),
                ui.Metric(
                    t("div.carry.m_roe"), pct(roe, lang, signed=True), t("div.carry.m_roe_help")
                ),
                ui.Metric(
                    t("div.carry.m_breakeven"), words["breakeven"], t("div.carry.m_breakeven_help")
                ),
            ]
        )
        ui.chart(
            charts.banded_line(
                line,
                {"x": v["cr_close"], "y": pnl / 1e6, "desc": f"{v['cr_close']}: {signed_pnl}"},
                [],
                title=t("div.carry.chart_title"),
                x_title=t("div.carry.axis_close"),
                y_title=t("div.carry.axis_pnl"),
                vertical=True,
                tooltip_titles=(t("div.carry.tt_close"), t("div.carry.tt_pnl")),
                y_format=",.2f",
                x_format=".1f",
                marks=[{"x": be, "label": t("div.carry.breakeven")}],
                y_zero=True,
            ),
            t("div.carry.chart_title"),
        )
        ui.describe(sentence)
    ui.data_table(
        line, {"x": t("div.carry.col_close"), "y": t("div.carry.col_pnl")}, "yen-carry-trade"
    )
    ui.share(CARRY)


@st.fragment
def mix_lab() -> None:
    t = ui.tr()
    lang = ui.current_lang()
    controls, results = ui.lab_columns()
    with controls:
        v = ui.sliders(MIX)
    w_s, w_b = v["mx_w_stocks"], v["mx_w_bonds"]
    if w_s + w_b > 1 + 1e-9:
        with results:
            st.warning(
                t("div.mix.too_much", total=pct(w_s + w_b, lang, 0)), icon=":material/error:"
            )
        return
    weights = [w_s, w_b, 1 - w_s - w_b]
    vols = [v["mx_vol_s"], v["mx_vol_b"], v["mx_vol_g"]]
    c_sg, c_bg = content.fact_value("lab_div_corr_sg"), content.fact_value("lab_div_corr_bg")
    corr = [[1, v["mx_corr_sb"], c_sg], [v["mx_corr_sb"], 1, c_bg], [c_sg, c_bg, 1]]
    try:
        vol = dv.portfolio_volatility(weights, vols, corr)
        usd_loss = dv.stress_loss(weights, [v["mx_shock_s"], v["mx_shock_b"], v["mx_shock_g"]])
    except ValueError as err:
        with results:
            ui.input_error(err)
        return
    home_loss = dv.in_home_currency(usd_loss, v["mx_shock_usd"])
    part = t("div.mix.part")
    names = [t("div.mix.portfolio"), t("div.mix.stocks"), t("div.mix.bonds"), t("div.mix.gold")]
    rows = [
        {"group": n, "part": part, "order": 0, "value": x * 100}
        for n, x in zip(names, [vol, *vols], strict=True)
    ]
    note = "div.mix.note_neg" if v["mx_corr_sb"] < 0 else "div.mix.note_pos"
    with results:
        ui.metric_row(
            [
                ui.Metric(t("div.mix.m_vol"), pct(vol, lang, 2), t("div.mix.m_vol_help")),
                ui.Metric(
                    t("div.mix.m_weights"),
                    " / ".join(content.format_number(w * 100, 0) for w in weights),
                    t("div.mix.m_weights_help"),
                ),
                ui.Metric(
                    t("div.mix.m_usd"), pct(usd_loss, lang, signed=True), t("div.mix.m_usd_help")
                ),
                ui.Metric(
                    t("div.mix.m_home"), pct(home_loss, lang, signed=True), t("div.mix.m_home_help")
                ),
            ]
        )
        ui.chart(
            charts.stacked_bars(
                rows,
                title=t("div.mix.chart_title"),
                axis_label=t("div.mix.axis"),
                groups=tuple(names),
                tooltip_titles=(t("div.mix.tt_what"), t("div.mix.tt_part"), t("div.mix.tt_value")),
            ),
            t("div.mix.chart_title"),
        )
        ui.describe(
            t(
                "div.mix.sentence",
                vol=pct(vol, lang, 2),
                stocks=pct(vols[0], lang),
                usd=pct(abs(usd_loss), lang) if usd_loss < 0 else pct(usd_loss, lang, signed=True),
                home=pct(abs(home_loss), lang)
                if home_loss < 0
                else pct(home_loss, lang, signed=True),
                note=t(note),
            )
        )
    ui.data_table(
        rows, {"group": t("div.mix.col_what"), "value": t("div.mix.col_value")}, "one-bet-or-many"
    )
    ui.share(MIX)


t = ui.tr()
lang = ui.current_lang()

ui.story_header(PAGE, "div", t("div.source", **content.article_words("divergence", lang)))

section(1)
section(2)
ui.story_lab("div", "recovery", recovery_lab)
section(3)
ui.story_lab("div", "carry", carry_lab)
ui.story_lab("div", "mix", mix_lab)
section(4)
section(5)

ui.story_footer(
    PAGE,
    "div",
    SECTIONS,
    (RECOVERY, CARRY, MIX),
    (*REPORTED.values(), "lab_div_corr_sg", "lab_div_corr_bg"),
)
