"""The labs of the asset-divergence page (lib/labs/div.py): compute against hand
calculations, and what each lab says, without Streamlit.

Hand calculations, from first principles:

* Recovery: share recovered = (now - trough) / (peak - trough); still below the peak
  = 1 - now / peak; gain needed = peak / now - 1. Peak 100, trough 60, now 70:
  10 / 40 = 25%, 30.0% below, 100 / 70 - 1 = 42.9% to go.
* Carry trade: borrow N yen at r_JPY (+ a BoJ hike), change at S_open, earn r_USD for
  tau years, change back at S_close: N / S_open x (1 + r_USD tau) x S_close
  - N (1 + r_JPY tau). Break-even exit S_open (1 + r_JPY tau) / (1 + r_USD tau);
  return on own capital = profit / (N / leverage). 100 million yen, 155 -> 150, 0.5%
  and 4% for a year: 645,161.29 dollars grow to 670,967.74, worth 100,645,161 yen
  against 100,500,000 owed: +145,161 yen; break-even 155 x 1.005 / 1.04 = 149.78.
* Mix: variance = sum_i w_i^2 s_i^2 + 2 sum_{i<j} w_i w_j rho_ij s_i s_j; the stress
  return is sum_i w_i shock_i; at home (1 + r)(1 + dollar move) - 1.

Facts behind defaults are read from content/facts.toml, never typed.
"""

import math

import pytest

from lib import content, i18n
from lib.errors import InputError
from lib.labs import LABS
from lib.labs import spec as labspec
from tests.unit.labkit import BAD, LANGS, MINUS, extremes, fact_of, metric_values, texts

RECOVERY, CARRY, MIX = LABS["div_recovery"], LABS["div_carry"], LABS["div_mix"]


def impossible(lab: str, values: dict) -> bool:
    """The combinations the labs must refuse: a trough not below the peak, or stocks and
    bonds over 100%."""
    full = labspec.complete(lab, values)
    if lab == "div_recovery":
        return full["dv_trough"] >= full["dv_peak"]
    if lab == "div_mix":
        return full["mx_w_stocks"] + full["mx_w_bonds"] > 100
    return False


# --------------------------------------------------------------------------- every lab


@pytest.mark.parametrize("lang", i18n.LANGS)
@pytest.mark.parametrize("lab_id", ["div_recovery", "div_carry", "div_mix"])
def test_every_extreme_reads_as_numbers_or_is_refused(lab_id, lang):
    for values in extremes(lab_id):
        if impossible(lab_id, values):
            with pytest.raises(ValueError):
                LABS[lab_id].view(values, lang)
            continue
        view = LABS[lab_id].view(values, lang)
        assert view.sentence and view.metrics
        for text in texts(view):
            assert not BAD.search(text), (lab_id, values, text)
            assert "{" not in text, (lab_id, values, text)


def test_the_labs_list_the_facts_they_read():
    assert set(RECOVERY.facts) == {
        *(f"rec_{k}" for k in ("silver", "copper", "topix", "dow", "russell", "sp500")),
        *(f"rec_{k}" for k in ("gold", "nasdaq", "nvidia", "oracle", "hstech")),
        "btc_recovery_ratio",
    }
    assert set(MIX.facts) == {"lab_div_corr_sg", "lab_div_corr_bg"}
    assert CARRY.facts == ()


def test_simplified_chinese_renders():
    for lab in (RECOVERY, CARRY, MIX):
        hans, hant = lab.view({}, "zh-Hans"), lab.view({}, "zh-Hant")
        assert hans.sentence == i18n.to_hans(hant.sentence) != hant.sentence
        assert metric_values(hans) == [i18n.to_hans(x) for x in metric_values(hant)]


# --------------------------------------------------------------------------- recovery


def test_recovery_at_the_defaults_matches_a_hand_calculation():
    peak, trough, now = (fact_of("div_recovery", k) for k in ("dv_peak", "dv_trough", "dv_now"))
    f = RECOVERY.compute({})
    ratio = (now - trough) / (peak - trough)
    assert f["ratio"] == pytest.approx(ratio)
    assert f["drawdown"] == pytest.approx(1 - now / peak)
    assert f["required_gain"] == pytest.approx(peak / now - 1)
    reported = [content.fact_value(k) for k in RECOVERY.facts]
    assert f["beaten"] == sum(1 for x in reported if x < ratio)


def test_recovery_worked_example_metrics_and_sentence():
    values = {"dv_peak": 100, "dv_trough": 60, "dv_now": 70}
    f = RECOVERY.compute(values)
    assert f["ratio"] == pytest.approx(10 / 40)
    assert f["drawdown"] == pytest.approx(0.30)
    assert f["required_gain"] == pytest.approx(100 / 70 - 1)
    # of the reported ratios, those below 25% (Nvidia, Oracle, Hang Seng Tech, Bitcoin
    # in the column) are beaten
    beaten = sum(1 for k in RECOVERY.facts if content.fact_value(k) < 0.25)
    for lang in LANGS:
        t = content.translator(lang)
        view = RECOVERY.view(values, lang)
        assert metric_values(view) == ["25%", "30.0%", "42.9%"]
        compare = t("div.recovery.compare_more", n=beaten, total=12) if beaten else ""
        expected = t(
            "div.recovery.sentence", ratio="25%", drawdown="30.0%", needed="42.9%", compare=compare
        )
        assert view.sentence == expected.rstrip()


def test_recovery_sentence_in_each_regime():
    t = content.translator("en")
    # at the trough: nothing recovered, no reported asset beaten, no dangling space
    view = RECOVERY.view({"dv_peak": 100, "dv_trough": 60, "dv_now": 60}, "en")
    assert RECOVERY.compute({"dv_peak": 100, "dv_trough": 60, "dv_now": 60})["beaten"] == 0
    assert (
        view.sentence
        == t(
            "div.recovery.sentence", ratio="0%", drawdown="40.0%", needed="66.7%", compare=""
        ).rstrip()
    )
    assert not view.sentence.endswith(" ")
    # under the trough: (50 - 60) / 40 = -25% in the model, but none of the fall is
    # recovered, so 0% is shown; 1 - 50 / 60 = 16.7% under the trough, 50% below the
    # peak, 100 / 50 - 1 = 100% needed
    assert RECOVERY.compute({"dv_peak": 100, "dv_trough": 60, "dv_now": 50})["ratio"] == (
        pytest.approx(-0.25)
    )
    view = RECOVERY.view({"dv_peak": 100, "dv_trough": 60, "dv_now": 50}, "en")
    assert metric_values(view) == ["0%", "50.0%", "100.0%"]
    assert view.sentence == t(
        "div.recovery.below_trough", under="16.7%", drawdown="50.0%", needed="100.0%"
    )
    # back at the peak: all of it
    view = RECOVERY.view({"dv_peak": 100, "dv_trough": 60, "dv_now": 100}, "en")
    assert view.sentence == t("div.recovery.at_peak", ratio="100%")
    # past the peak: (120 - 60) / 40 = 150%, the peak 20% behind; the metrics do not go
    # below zero
    view = RECOVERY.view({"dv_peak": 100, "dv_trough": 60, "dv_now": 120}, "zh-Hant")
    assert metric_values(view) == ["150%", "0.0%", "0.0%"]
    assert view.sentence == content.translator("zh-Hant")(
        "div.recovery.past_peak", ratio="150%", above="20.0%"
    )


@pytest.mark.parametrize("lang", LANGS)
def test_recovery_below_the_trough_at_the_sliders_extremes_never_says_negative(lang):
    # peak 1,000, trough 999, now 1: (1 - 999) / 1 = -99,800% in the model; shown 0%;
    # 1 - 1 / 999 = 99.9% under the trough, 1 - 1 / 1,000 = 99.9% below the peak,
    # 1,000 / 1 - 1 = 99,900.0% needed
    values = {"dv_peak": 1000, "dv_trough": 999, "dv_now": 1}
    assert RECOVERY.compute(values)["ratio"] == pytest.approx(-998)
    view = RECOVERY.view(values, lang)
    t = content.translator(lang)
    assert metric_values(view) == ["0%", "99.9%", "99,900.0%"]
    assert view.sentence == t(
        "div.recovery.below_trough", under="99.9%", drawdown="99.9%", needed="99,900.0%"
    )
    assert MINUS not in view.sentence and "-" not in view.sentence
    mine = view.table.rows[-1]
    assert mine["kind"] == t("div.recovery.yours") and mine["value"] == 0.0
    bar = [b for b in view.chart["datasets"]["bars"] if b["kind"] == t("div.recovery.yours")]
    assert bar[0]["text"] == "0%"


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_recovery_chart_sorts_the_bars_largest_first_by_an_explicit_list(lang):
    # Vega-Lite drops a field sort on a layered chart, so the order is a list of names
    view = RECOVERY.view({"dv_peak": 100, "dv_trough": 60, "dv_now": 70}, lang)  # 25%
    by_value = sorted(view.table.rows, key=lambda r: -r["value"])
    expected = [r["name"] for r in by_value]
    for layer in view.chart["layer"]:
        assert layer["encoding"]["y"]["sort"] == expected
    assert len(set(expected)) == len(expected) == 13
    # the reader's asset moves with its value: at the top past every reported asset...
    top = RECOVERY.view({"dv_peak": 100, "dv_trough": 60, "dv_now": 1000}, lang)
    t = content.translator(lang)
    assert top.chart["layer"][0]["encoding"]["y"]["sort"][0] == t("div.recovery.your_name")
    # ...and at the bottom at the trough (0% is below every reported share)
    low = RECOVERY.view({"dv_peak": 100, "dv_trough": 60, "dv_now": 60}, lang)
    assert low.chart["layer"][0]["encoding"]["y"]["sort"][-1] == t("div.recovery.your_name")


def test_recovery_chart_rows_and_table():
    t = content.translator("zh-Hant")
    view = RECOVERY.view({"dv_peak": 100, "dv_trough": 60, "dv_now": 70}, "zh-Hant")
    rows = view.table.rows
    assert len(rows) == 13
    assert [r["value"] for r in rows[:-1]] == [content.fact_value(k) for k in RECOVERY.facts]
    assert rows[-1] == {
        "name": t("div.recovery.your_name"),
        "value": pytest.approx(0.25),
        "kind": t("div.recovery.yours"),
    }
    assert view.table.columns == {
        "name": t("div.recovery.col_asset"),
        "value": t("div.recovery.col_ratio"),
        "kind": t("div.recovery.col_kind"),
    }
    assert view.table.file_stem == "recovery-ratios"


def test_recovery_refuses_a_trough_not_below_the_peak():
    with pytest.raises(InputError) as err:
        RECOVERY.compute({"dv_peak": 100, "dv_trough": 120, "dv_now": 70})
    assert err.value.code == "peak_not_above_trough"
    with pytest.raises(ValueError):
        RECOVERY.compute({"dv_peak": 100, "dv_trough": 100})


# --------------------------------------------------------------------------- carry


def carry(**shown):
    base = {
        "cr_notional": 100,
        "cr_open": 155.0,
        "cr_close": 150.0,
        "cr_jpy_rate": 0.5,
        "cr_boj_hike": 0.0,
        "cr_usd_rate": 4.0,
        "cr_years": 1.0,
        "cr_leverage": 5,
    }
    return {**base, **shown}


def test_carry_at_the_defaults_matches_a_hand_calculation():
    n = fact_of("div_carry", "cr_notional")  # yen
    s0, s1 = fact_of("div_carry", "cr_open"), fact_of("div_carry", "cr_close")
    r_j = fact_of("div_carry", "cr_jpy_rate") + fact_of("div_carry", "cr_boj_hike")
    r_u, tau = fact_of("div_carry", "cr_usd_rate"), fact_of("div_carry", "cr_years")
    lev = fact_of("div_carry", "cr_leverage")
    pnl = n / s0 * (1 + r_u * tau) * s1 - n * (1 + r_j * tau)
    be = s0 * (1 + r_j * tau) / (1 + r_u * tau)
    f = CARRY.compute({})
    assert f["pnl"] == pytest.approx(pnl, abs=1e-3)
    assert f["breakeven"] == pytest.approx(be)
    assert f["roe"] == pytest.approx(pnl / (n / lev))
    assert f["jpy_rate"] == pytest.approx(r_j)
    assert f["rate_gap"] == pytest.approx(r_u - r_j)
    assert f["room"] == pytest.approx(1 - be / s0)


def test_carry_worked_example_metrics_and_sentence():
    f = CARRY.compute(carry())
    assert f["pnl"] == pytest.approx(100e6 / 155 * 1.04 * 150 - 100.5e6)  # 145,161.29
    assert f["pnl"] == pytest.approx(145161.29, abs=0.01)
    assert f["breakeven"] == pytest.approx(155 * 1.005 / 1.04)  # 149.78
    assert f["roe"] == pytest.approx(145161.29 / 20e6)  # 0.73%
    en = CARRY.view(carry(), "en")
    assert metric_values(en) == ["+\u00a5145,000", "+0.7%", "149.78"]
    room = 1 - 155 * 1.005 / 1.04 / 155  # 3.4% stronger yen before a loss
    assert f"{room:.3f}" == "0.034"
    t = content.translator("en")
    assert en.sentence == t(
        "div.carry.gain", pnl="\u00a5145,000", roe="0.7%", breakeven="149.78", room="3.4%"
    )
    zh = CARRY.view(carry(), "zh-Hant")
    tz = content.translator("zh-Hant")
    amount = tz("unit.jpy", v=tz("num.ten_thousand", v="14.5"))  # 14.5 ten-thousands
    assert metric_values(zh) == ["+" + amount, "+0.7%", "149.78"]
    assert zh.sentence == tz(
        "div.carry.gain", pnl=amount, roe="0.7%", breakeven="149.78", room="3.4%"
    )


def test_a_boj_hike_adds_to_the_yen_rate_and_turns_the_gain_into_a_loss():
    values = carry(cr_boj_hike=0.5)  # 0.5% + 0.5 pp = 1.0%
    f = CARRY.compute(values)
    assert f["jpy_rate"] == pytest.approx(0.01)
    be = 155 * 1.01 / 1.04  # 150.53: above the exit at 150
    pnl = 100e6 / 155 * 1.04 * 150 - 101e6  # -354,838.71
    assert f["breakeven"] == pytest.approx(be)
    assert f["pnl"] == pytest.approx(pnl)
    view = CARRY.view(values, "en")
    assert metric_values(view) == [MINUS + "\u00a5355,000", MINUS + "1.8%", "150.53"]
    assert view.sentence == content.translator("en")(
        "div.carry.loss", pnl="\u00a5355,000", roe="1.8%", breakeven="150.53", room="2.9%"
    )
    assert f"{1 - be / 155:.4f}" == "0.0288"  # the 2.9% above


def test_a_loss_larger_than_the_own_capital_is_worded_as_wiped_out():
    values = carry(cr_close=100.0, cr_leverage=10)
    pnl = 100e6 / 155 * 1.04 * 100 - 100.5e6  # 67,096,774 - 100,500,000 = -33.4 million
    assert CARRY.compute(values)["roe"] == pytest.approx(pnl / 10e6)  # -334.0%
    for lang in LANGS:
        t = content.translator(lang)
        view = CARRY.view(values, lang)
        assert view.sentence.startswith(t("div.carry.wiped").split("{")[0])
        assert metric_values(view)[1] == MINUS + "334.0%"


def test_negative_carry_gain_and_loss():
    # yen at 3% + 1 pp = 4% against dollars at 0%: break-even 155 x 1.04 = 161.20
    gain = carry(cr_jpy_rate=3.0, cr_boj_hike=1.0, cr_usd_rate=0.0, cr_close=200.0)
    f = CARRY.compute(gain)
    assert f["breakeven"] == pytest.approx(155 * 1.04)
    assert f["pnl"] == pytest.approx(100e6 / 155 * 200 - 104e6)  # +25.0 million
    assert f["rate_gap"] == pytest.approx(-0.04)
    t = content.translator("en")
    view = CARRY.view(gain, "en")
    assert view.sentence == t(
        "div.carry.gain_negative_carry",
        pnl="\u00a525 million",  # 3 significant figures, no trailing zero
        roe="125.2%",  # 25.03 million / 20 million
        breakeven="161.20",
        room="4.0%",  # 161.2 / 155 - 1
    )
    # exit at 158: the yen weakened, but not enough to pay the interest gap
    loss = {**gain, "cr_close": 158.0}
    assert CARRY.compute(loss)["pnl"] == pytest.approx(100e6 / 155 * 158 - 104e6)  # -2.1 m
    for lang in LANGS:
        view = CARRY.view(loss, lang)
        tl = content.translator(lang)
        assert view.sentence.startswith(tl("div.carry.loss_negative_carry").split("{")[0])
        assert "161.20" in view.sentence and "4.0%" in view.sentence
        assert metric_values(view)[0].startswith(MINUS)


def test_a_trade_that_comes_out_flat_shows_no_sign():
    # equal rates, exit at the opening rate: nothing gained, nothing lost
    values = carry(cr_jpy_rate=3.0, cr_usd_rate=3.0, cr_close=155.0)
    assert CARRY.compute(values)["pnl"] == pytest.approx(0.0, abs=1e-6)
    view = CARRY.view(values, "en")
    assert metric_values(view) == ["\u00a50.0", "0.0%", "155.00"]
    assert view.sentence == content.translator("en")(
        "div.carry.gain", pnl="\u00a50.0", roe="0.0%", breakeven="155.00", room="0.0%"
    )


def test_carry_curve_spans_the_exit_slider_and_passes_through_the_reader():
    close = labspec.control("div_carry", "cr_close")
    view = CARRY.view(carry(), "en")
    rows = view.table.rows
    assert rows[0]["x"] == close.min and rows[-1]["x"] == close.max
    at_150 = next(r for r in rows if r["x"] == 150.0)
    assert at_150["y"] == pytest.approx((100e6 / 155 * 1.04 * 150 - 100.5e6) / 1e6)
    t = content.translator("en")
    assert view.table.columns == {"x": t("div.carry.col_close"), "y": t("div.carry.col_pnl")}
    now = view.chart["datasets"]["now"][0]
    assert now["desc"] == "150.0: +\u00a5145,000"
    assert view.chart["datasets"]["marks"][0]["x"] == pytest.approx(155 * 1.005 / 1.04)


@pytest.mark.parametrize("bad", [{"cr_years": 0.0}, {"cr_open": 0.0}, {"cr_notional": -10}])
def test_carry_refuses_impossible_input(bad):
    with pytest.raises(ValueError):
        CARRY.compute(carry(**bad))


# --------------------------------------------------------------------------- mix


def mix(**shown):
    base = {
        "mx_w_stocks": 60,
        "mx_w_bonds": 40,
        "mx_vol_s": 16,
        "mx_vol_b": 6,
        "mx_vol_g": 15,
        "mx_corr_sb": -0.2,
        "mx_shock_s": -10,
        "mx_shock_b": -5,
        "mx_shock_g": 5,
        "mx_shock_usd": -5,
    }
    return {**base, **shown}


def test_mix_at_the_defaults_matches_a_hand_calculation():
    w_s, w_b = fact_of("div_mix", "mx_w_stocks"), fact_of("div_mix", "mx_w_bonds")
    w = (w_s, w_b, 1 - w_s - w_b)
    s = tuple(fact_of("div_mix", k) for k in ("mx_vol_s", "mx_vol_b", "mx_vol_g"))
    r_sb = fact_of("div_mix", "mx_corr_sb")
    r_sg, r_bg = content.fact_value("lab_div_corr_sg"), content.fact_value("lab_div_corr_bg")
    var = (
        (w[0] * s[0]) ** 2
        + (w[1] * s[1]) ** 2
        + (w[2] * s[2]) ** 2
        + 2 * w[0] * w[1] * r_sb * s[0] * s[1]
        + 2 * w[0] * w[2] * r_sg * s[0] * s[2]
        + 2 * w[1] * w[2] * r_bg * s[1] * s[2]
    )
    shocks = [fact_of("div_mix", k) for k in ("mx_shock_s", "mx_shock_b", "mx_shock_g")]
    usd = w[0] * shocks[0] + w[1] * shocks[1] + w[2] * shocks[2]
    home = (1 + usd) * (1 + fact_of("div_mix", "mx_shock_usd")) - 1
    f = MIX.compute({})
    assert f["vol"] == pytest.approx(math.sqrt(var))
    assert f["usd_return"] == pytest.approx(usd)
    assert f["home_return"] == pytest.approx(home)
    assert f["w_gold"] == pytest.approx(w[2])


def test_mix_worked_example_metrics_and_sentence():
    # 60/40/0: variance 0.6^2 0.16^2 + 0.4^2 0.06^2 + 2 0.6 0.4 (-0.2) 0.16 0.06
    #        = 0.009216 + 0.000576 - 0.0009216 = 0.0088704 -> 9.42%
    # stress: 0.6 (-10%) + 0.4 (-5%) = -8.0%; at home 0.92 x 0.95 - 1 = -12.6%
    f = MIX.compute(mix())
    assert f["vol"] == pytest.approx(math.sqrt(0.0088704))
    assert f["usd_return"] == pytest.approx(-0.08)
    assert f["home_return"] == pytest.approx(0.92 * 0.95 - 1)
    for lang in LANGS:
        t = content.translator(lang)
        view = MIX.view(mix(), lang)
        assert metric_values(view) == ["9.42%", "60 / 40 / 0", MINUS + "8.0%", MINUS + "12.6%"]
        assert view.sentence == t(
            "div.mix.sentence",
            vol="9.42%",
            stocks="16.0%",
            usd=t("div.mix.move_loss", x="8.0%"),
            home=t("div.mix.move_loss", x="12.6%"),
            note=t("div.mix.note_neg"),
        )


def test_mix_sentence_when_gold_gains_in_the_stress():
    t = content.translator("en")
    all_gold = {"mx_w_stocks": 0, "mx_w_bonds": 0, "mx_vol_g": 20}
    # +10% in dollars, the dollar -20% at home: 1.1 x 0.8 - 1 = -12%
    view = MIX.view(mix(**all_gold, mx_shock_g=10, mx_shock_usd=-20), "en")
    assert metric_values(view) == ["20.00%", "0 / 0 / 100", "+10.0%", MINUS + "12.0%"]
    assert t("div.mix.move_gain", x="10.0%") in view.sentence
    assert t("div.mix.move_loss", x="12.0%") in view.sentence
    # +25%, the dollar -20%: 1.25 x 0.8 - 1 = 0, even at home
    view = MIX.view(mix(**all_gold, mx_shock_g=25, mx_shock_usd=-20), "en")
    assert metric_values(view)[2:] == ["+25.0%", "0.0%"]
    assert t("div.mix.move_gain", x="25.0%") in view.sentence
    assert t("div.mix.move_flat") in view.sentence
    # +25%, the dollar -10%: 1.25 x 0.9 - 1 = +12.5%
    view = MIX.view(mix(**all_gold, mx_shock_g=25, mx_shock_usd=-10), "zh-Hant")
    tz = content.translator("zh-Hant")
    assert tz("div.mix.move_gain", x="12.5%") in view.sentence


@pytest.mark.parametrize("lang", LANGS)
def test_mix_words_gain_and_loss_by_sign_with_no_stocks(lang):
    t = content.translator(lang)
    # no stocks, 40% bonds at +5% and 60% gold at +25% (the shocks' maxima):
    # 0.4 x 5% + 0.6 x 25% = +17.0%; the dollar -20% at home: 1.17 x 0.8 - 1 = -6.4%
    view = MIX.view(
        mix(mx_w_stocks=0, mx_w_bonds=40, mx_shock_b=5, mx_shock_g=25, mx_shock_usd=-20), lang
    )
    assert metric_values(view)[1:] == ["0 / 40 / 60", "+17.0%", MINUS + "6.4%"]
    assert t("div.mix.move_gain", x="17.0%") in view.sentence
    assert t("div.mix.move_loss", x="6.4%") in view.sentence
    assert t("div.mix.move_loss", x="17.0%") not in view.sentence
    # the metric labels say neither gain nor loss, whatever the sign
    labels = " ".join(m.label for m in view.metrics)
    for word in ("loss", "gain", "lose", "\u640d\u5931", "\u7372\u5229"):  # zh: loss, gain
        assert word not in labels.lower()


@pytest.mark.parametrize("lang", LANGS)
def test_mix_with_the_dollar_unchanged_says_both_investors_fare_the_same(lang):
    t = content.translator(lang)
    # all gold at +2%, the dollar unchanged (its slider's maximum, 0): +2.0% for both
    view = MIX.view(
        mix(mx_w_stocks=0, mx_w_bonds=0, mx_vol_g=20, mx_shock_g=2, mx_shock_usd=0), lang
    )
    assert metric_values(view) == ["20.00%", "0 / 0 / 100", "+2.0%", "+2.0%"]
    assert view.sentence == t(
        "div.mix.sentence_same",
        vol="20.00%",
        stocks="16.0%",
        usd=t("div.mix.move_gain", x="2.0%"),
        note=t("div.mix.note_neg"),
    )
    # all gold flat, the dollar unchanged: 0.0% shown without a sign, "comes out even"
    flat = MIX.view(mix(mx_w_stocks=0, mx_w_bonds=0, mx_shock_g=0, mx_shock_usd=0), lang)
    assert metric_values(flat)[2:] == ["0.0%", "0.0%"]
    assert t("div.mix.move_flat") in flat.sentence


@pytest.mark.parametrize("lang", LANGS)
def test_mix_at_every_slider_minimum(lang):
    # weights 0 / 0: all gold at -15%; the dollar -20% at home: 0.85 x 0.8 - 1 = -32.0%
    values = {c.key: c.min for c in MIX.controls}
    view = MIX.view(values, lang)
    t = content.translator(lang)
    assert metric_values(view)[1:] == ["0 / 0 / 100", MINUS + "15.0%", MINUS + "32.0%"]
    assert t("div.mix.move_loss", x="15.0%") in view.sentence
    assert t("div.mix.move_loss", x="32.0%") in view.sentence


@pytest.mark.parametrize(
    ("corr", "note"), [(-0.6, "note_neg"), (0.0, "note_zero"), (0.6, "note_pos")]
)
def test_mix_note_follows_the_sign_of_the_stock_bond_correlation(corr, note):
    for lang in LANGS:
        view = MIX.view(mix(mx_corr_sb=corr), lang)
        assert view.sentence.endswith(content.translator(lang)(f"div.mix.{note}"))


def test_mix_chart_rows_and_table():
    t = content.translator("en")
    view = MIX.view(mix(), "en")
    assert [(r["group"], r["value"]) for r in view.table.rows] == [
        (t("div.mix.portfolio"), pytest.approx(100 * math.sqrt(0.0088704))),
        (t("div.mix.stocks"), pytest.approx(16.0)),
        (t("div.mix.bonds"), pytest.approx(6.0)),
        (t("div.mix.gold"), pytest.approx(15.0)),
    ]
    assert view.table.columns == {"group": t("div.mix.col_what"), "value": t("div.mix.col_value")}


def test_weights_over_a_hundred_are_refused_in_the_readers_language():
    with pytest.raises(InputError) as err:
        MIX.compute(mix(mx_w_stocks=60, mx_w_bonds=60))
    assert err.value.code == "weights_over"
    assert err.value.field == "weights"
    assert err.value.params["total"] == pytest.approx(1.2)
    for lang in LANGS:
        t = content.translator(lang)
        message = t("error.weights_over", field=t("field.weights"), total="120%")
        assert "120%" in message and "{" not in message
    # exactly 100% is fine: gold gets nothing
    assert MIX.compute(mix(mx_w_stocks=70, mx_w_bonds=30))["w_gold"] == pytest.approx(0.0)


def test_carry_break_even_mark_is_always_on_the_chart():
    """At every slider extreme the break-even exit rate lies inside the chart's x range
    (the exit slider's 100-200, widened when the break-even is beyond it)."""
    worst = {
        "cr_open": 200.0,
        "cr_jpy_rate": 3.0,
        "cr_boj_hike": 1.5,
        "cr_usd_rate": 0.0,
        "cr_years": 3.0,
    }
    for case in [*extremes("div_carry"), worst]:
        f, view = CARRY.compute(case), CARRY.view(case, "en")
        xs = [r["x"] for r in view.table.rows]
        assert min(xs) - 1e-9 <= f["breakeven"] <= max(xs) + 1e-9, case
    f = CARRY.compute(worst)
    assert f["breakeven"] > 200  # a case the old fixed axis cut off
