"""The labs of story 4, "asset-divergence" (strings ``div.*``).

* ``div_recovery``: the share of the fall from the October 2025 highs each asset had
  recovered, as the column reports it, beside the reader's own asset (a peak, a trough
  and a price now).
* ``div_carry``: the yen carry trade: profit, return on own capital and the break-even
  exit rate, with the profit drawn against every exit rate of the slider's range.
* ``div_mix``: one bet or many: the volatility of a stocks / bonds / gold mix (gold takes
  the rest) and a stress in which stocks, bonds and the dollar fall together.

Computations: lib/divergence.py; controls: content/labs.toml; charts: lib/charts.py.
Figures are in model units: prices and exchange rates as quoted, returns, rates,
weights and volatilities as decimals (0.16 = 16%), amounts in yen; ``present`` does
every conversion and rounding.
"""

from __future__ import annotations

import numpy as np

from lib import charts, content
from lib import divergence as dv
from lib.errors import InputError
from lib.labs import spec
from lib.labs.base import Lab, Solution
from lib.labs.fmt import PCT, pct
from lib.labs.view import Metric, Table, View

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

#: The correlations of gold with stocks and with bonds, which have no slider.
GOLD_CORR = ("lab_div_corr_sg", "lab_div_corr_bg")

CURVE_POINTS = 101  # exit rates on the carry lab's profit curve
YEN_PER_MILLION = 1e6


# --------------------------------------------------------------------------- recovery


def recovery_model(v) -> Solution:
    peak, trough, now = v["dv_peak"], v["dv_trough"], v["dv_now"]
    ratio = dv.recovery_ratio(peak, trough, now)
    reported = {k: content.fact_value(f) for k, f in REPORTED.items()}
    return Solution(
        figures={
            "ratio": ratio,
            "drawdown": dv.drawdown(peak, now),
            "required_gain": dv.required_gain(peak, now),
            # how many of the reported assets have recovered less than the reader's
            "beaten": float(sum(1 for x in reported.values() if ratio > x)),
        },
        detail={"reported": reported},
    )


def recovery_regime(peak: float, trough: float, now: float) -> str:
    """Which sentence describes the reader's asset: past the peak, back at it, under
    the trough, or on the way back between the two."""
    if now > peak:
        return "past_peak"
    if now == peak:
        return "at_peak"
    if now < trough:
        return "below_trough"
    return "sentence"


def recovery_present(s: Solution, v, lang: str) -> View:
    t = content.translator(lang)
    f = s.figures
    reported, yours = t("div.recovery.reported"), t("div.recovery.yours")
    rows = [
        {"name": t(f"div.recovery.asset_{k}"), "value": x, "kind": reported}
        for k, x in s.detail["reported"].items()
    ]
    regime = recovery_regime(v["dv_peak"], v["dv_trough"], v["dv_now"])
    # Below the trough none of the fall is recovered: the metric and the bar say 0%, and
    # the sentence says how far below the trough the price is (never "recovered -98%").
    shown = 0.0 if regime == "below_trough" else f["ratio"]
    rows.append({"name": t("div.recovery.your_name"), "value": shown, "kind": yours})
    words = {
        "ratio": pct(shown, lang, 0),
        "drawdown": pct(f["drawdown"], lang, 1),
        "needed": pct(f["required_gain"], lang, 1),
    }
    if regime == "past_peak":
        sentence = t(
            "div.recovery.past_peak", ratio=words["ratio"], above=pct(-f["drawdown"], lang, 1)
        )
    elif regime == "at_peak":
        sentence = t("div.recovery.at_peak", ratio=words["ratio"])
    elif regime == "below_trough":
        under = pct(1 - v["dv_now"] / v["dv_trough"], lang, 1)
        sentence = t(
            "div.recovery.below_trough",
            under=under,
            drawdown=words["drawdown"],
            needed=words["needed"],
        )
    else:
        beaten = round(f["beaten"])
        compare = t("div.recovery.compare_more", n=beaten, total=len(REPORTED)) if beaten else ""
        sentence = t("div.recovery.sentence", compare=compare, **words).rstrip()
    title = t("div.recovery.chart_title")
    return View(
        metrics=(
            Metric(t("div.recovery.m_ratio"), words["ratio"], t("div.recovery.m_ratio_help")),
            Metric(
                t("div.recovery.m_drawdown"),
                pct(max(f["drawdown"], 0.0), lang, 1),
                t("div.recovery.m_drawdown_help"),
            ),
            Metric(
                t("div.recovery.m_needed"),
                pct(max(f["required_gain"], 0.0), lang, 1),
                t("div.recovery.m_needed_help"),
            ),
        ),
        chart=charts.ratio_bars(
            rows,
            title=title,
            axis_label=t("div.recovery.axis"),
            kinds=(reported, yours),
            tooltip_titles=(t("div.recovery.tt_asset"), t("div.recovery.tt_ratio")),
        ),
        chart_title=title,
        sentence=sentence,
        table=Table(
            rows,
            {
                "name": t("div.recovery.col_asset"),
                "value": t("div.recovery.col_ratio"),
                "kind": t("div.recovery.col_kind"),
            },
            "recovery-ratios",
        ),
    )


# --------------------------------------------------------------------------- carry trade


def carry_model(v) -> Solution:
    # The yen rate after a further hike; rounded to 12 digits (as the controls' values
    # are), so 0.0275 + 0.0025 is exactly the 0.03 of a dollar-rate slider.
    jpy_rate = round(v["cr_jpy_rate"] + v["cr_boj_hike"], 12)
    n, s0, r_u, tau = v["cr_notional"], v["cr_open"], v["cr_usd_rate"], v["cr_years"]
    pnl = dv.carry_trade_pnl(n, s0, v["cr_close"], jpy_rate, r_u, tau)
    be = dv.carry_breakeven(s0, jpy_rate, r_u, tau)
    close = spec.control("div_carry", "cr_close")
    # the exit-rate slider's range, widened to the break-even when it lies outside, so
    # the break-even mark is always on the chart
    closes = np.linspace(min(close.min, be), max(close.max, be), CURVE_POINTS)
    curve = dv.carry_trade_pnl(n, s0, closes, jpy_rate, r_u, tau)
    return Solution(
        figures={
            "pnl": pnl,
            "roe": dv.return_on_equity(pnl, n, v["cr_leverage"]),
            "breakeven": be,
            "jpy_rate": jpy_rate,
            # dollar rate minus yen rate: below zero the trade pays only if the yen weakens
            "rate_gap": r_u - jpy_rate,
            # how far USD/JPY can fall from the start before the trade loses (a share)
            "room": 1 - be / s0,
        },
        detail={"closes": closes, "curve": curve},
    )


def carry_regime(pnl_is_loss: bool, roe: float, rate_gap: float) -> str:
    """Which sentence describes the trade: a loss larger than the own capital, else a
    gain or a loss, each with a positive carry (dollars earn at least what the yen
    cost) or a negative one."""
    if roe < -1:
        return "wiped"
    kind = "loss" if pnl_is_loss else "gain"
    return kind if rate_gap >= 0 else f"{kind}_negative_carry"


def carry_present(s: Solution, v, lang: str) -> View:
    t = content.translator(lang)
    f = s.figures
    size = content.format_value(abs(f["pnl"]), "jpy", lang, 1)
    flat = size == content.format_value(0.0, "jpy", lang, 1)  # shows as zero: no sign
    loss = f["pnl"] < 0 and not flat
    signed_pnl = size if flat else ("+" if not loss else content.MINUS) + size
    words = {
        "pnl": size,
        "roe": pct(abs(f["roe"]), lang, 1),
        "breakeven": content.format_number(f["breakeven"], 2),
        "room": pct(abs(f["room"]), lang, 1),
    }
    line = [
        {"x": float(c), "y": float(p) / YEN_PER_MILLION}
        for c, p in zip(s.detail["closes"], s.detail["curve"], strict=True)
    ]
    close = v["cr_close"]
    now = {
        "x": close,
        "y": f["pnl"] / YEN_PER_MILLION,
        "desc": f"{content.format_number(close, 1)}: {signed_pnl}",
    }
    title = t("div.carry.chart_title")
    regime = carry_regime(loss, f["roe"], f["rate_gap"])
    return View(
        metrics=(
            Metric(t("div.carry.m_pnl"), signed_pnl, t("div.carry.m_pnl_help")),
            Metric(
                t("div.carry.m_roe"), pct(f["roe"], lang, 1, signed=True), t("div.carry.m_roe_help")
            ),
            Metric(t("div.carry.m_breakeven"), words["breakeven"], t("div.carry.m_breakeven_help")),
        ),
        chart=charts.banded_line(
            line,
            now,
            [],
            title=title,
            x_title=t("div.carry.axis_close"),
            y_title=t("div.carry.axis_pnl"),
            vertical=True,
            tooltip_titles=(t("div.carry.tt_close"), t("div.carry.tt_pnl")),
            y_format=",.2f",
            x_format=".1f",
            marks=[{"x": f["breakeven"], "label": t("div.carry.breakeven")}],
            y_zero=True,
        ),
        chart_title=title,
        sentence=t(f"div.carry.{regime}", **words),
        table=Table(
            line, {"x": t("div.carry.col_close"), "y": t("div.carry.col_pnl")}, "yen-carry-trade"
        ),
        link_home=t("div.home_link"),  # the break-even is the home lab's covered-parity forward
    )


# --------------------------------------------------------------------------- one bet or many


def mix_model(v) -> Solution:
    w_s, w_b = v["mx_w_stocks"], v["mx_w_bonds"]
    if w_s + w_b > 1 + 1e-9:
        raise InputError(
            "weights",
            "weights_over",
            "Stocks and bonds add up to more than 100%, so gold's weight would be negative.",
            total=w_s + w_b,
        )
    weights = [w_s, w_b, 1 - w_s - w_b]  # gold takes the rest
    vols = [v["mx_vol_s"], v["mx_vol_b"], v["mx_vol_g"]]
    c_sb = v["mx_corr_sb"]
    c_sg, c_bg = (content.fact_value(k) for k in GOLD_CORR)
    corr = [[1.0, c_sb, c_sg], [c_sb, 1.0, c_bg], [c_sg, c_bg, 1.0]]
    usd = dv.stress_loss(weights, [v["mx_shock_s"], v["mx_shock_b"], v["mx_shock_g"]])
    return Solution(
        figures={
            "vol": dv.portfolio_volatility(weights, vols, corr),
            "usd_return": usd,
            "home_return": dv.in_home_currency(usd, v["mx_shock_usd"]),
            "w_gold": weights[2],
        },
        detail={"weights": weights, "vols": vols, "corr": corr},
    )


def mix_note(corr_sb: float) -> str:
    """The note on the stock-bond correlation: negative, (about) zero or positive."""
    if abs(corr_sb) < 1e-9:
        return "note_zero"
    return "note_neg" if corr_sb < 0 else "note_pos"


def _move(x: float, lang: str) -> str:
    """ "loses 7.5%", "gains 2.0%", or "comes out even" when it shows as 0.0%."""
    t = content.translator(lang)
    size = pct(abs(x), lang, 1)
    if size == pct(0.0, lang, 1):
        return t("div.mix.move_flat")
    return t("div.mix.move_loss" if x < 0 else "div.mix.move_gain", x=size)


def mix_present(s: Solution, v, lang: str) -> View:
    t = content.translator(lang)
    f = s.figures
    weights, vols = s.detail["weights"], s.detail["vols"]
    part = t("div.mix.part")
    names = [t("div.mix.portfolio"), t("div.mix.stocks"), t("div.mix.bonds"), t("div.mix.gold")]
    rows = [
        {"group": n, "part": part, "order": 0, "value": x * PCT}
        for n, x in zip(names, [f["vol"], *vols], strict=True)
    ]
    title = t("div.mix.chart_title")
    return View(
        metrics=(
            Metric(t("div.mix.m_vol"), pct(f["vol"], lang, 2), t("div.mix.m_vol_help")),
            Metric(
                t("div.mix.m_weights"),
                " / ".join(content.format_number(w * PCT, 0) for w in weights),
                t("div.mix.m_weights_help"),
            ),
            Metric(
                t("div.mix.m_usd"),
                pct(f["usd_return"], lang, 1, signed=True),
                t("div.mix.m_usd_help"),
            ),
            Metric(
                t("div.mix.m_home"),
                pct(f["home_return"], lang, 1, signed=True),
                t("div.mix.m_home_help"),
            ),
        ),
        chart=charts.stacked_bars(
            rows,
            title=title,
            axis_label=t("div.mix.axis"),
            groups=tuple(names),
            tooltip_titles=(t("div.mix.tt_what"), t("div.mix.tt_part"), t("div.mix.tt_value")),
        ),
        chart_title=title,
        sentence=t(
            "div.mix.sentence" if v["mx_shock_usd"] < 0 else "div.mix.sentence_same",
            vol=pct(f["vol"], lang, 2),
            stocks=pct(vols[0], lang, 1),
            usd=_move(f["usd_return"], lang),
            home=_move(f["home_return"], lang),
            note=t(f"div.mix.{mix_note(v['mx_corr_sb'])}"),
        ),
        table=Table(
            rows,
            {"group": t("div.mix.col_what"), "value": t("div.mix.col_value")},
            "one-bet-or-many",
        ),
    )


LABS = (
    Lab("div_recovery", recovery_model, recovery_present, facts=tuple(REPORTED.values())),
    Lab("div_carry", carry_model, carry_present),
    Lab("div_mix", mix_model, mix_present, facts=GOLD_CORR),
)
