"""The four labs of the convenience-yield page (lib/labs/cy.py), without Streamlit.

Each lab's ``compute`` is checked against a hand calculation written out here from the
definitions (never by calling the function the lab calls); its ``view`` for the words,
the figures as shown, the regimes, the slider extremes and the three languages.

Notation: S spot and F forward (yen per dollar), tau tenor (years), rho = ln(F/S) / tau
the forward premium; rates are decimals a year; 1 bp = 0.0001. Default values are read
from content/facts.toml, never typed.
"""

import math

import pytest

from lib import content, i18n
from lib.errors import InputError
from lib.labs import LABS
from lib.labs import spec as labspec
from tests.unit.labkit import BAD, MINUS, extremes, fact_of, texts

DECOMP, STRESS, SUPPLY, BALANCE = (
    LABS[k] for k in ("cy_decomp", "cy_stress", "cy_supply", "cy_balance")
)


def bp(x_bp: float, lang: str, signed: bool = True) -> str:
    """How a number of basis points reads (formatting only, no computation)."""
    return content.format_value(x_bp, "bp", lang, 1, signed=signed)


@pytest.mark.parametrize("lang", i18n.LANGS)
@pytest.mark.parametrize("lab", [DECOMP, STRESS, SUPPLY, BALANCE], ids=lambda lab: lab.id)
def test_no_nan_or_inf_at_any_extreme_in_any_language(lab, lang):
    for values in extremes(lab):
        view = lab.view(values, lang)  # every extreme of these sliders is possible
        assert view.sentence, (lab.id, values)
        for text in texts(view):
            assert not BAD.search(text), (lab.id, values, text)


# --------------------------------------------------------------------------- decomposition


def test_decomposition_matches_a_hand_calculation_at_the_defaults():
    lab = "cy_decomp"
    s, f, tau = fact_of(lab, "dc_spot"), fact_of(lab, "dc_fwd"), fact_of(lab, "dc_tenor")
    y_us, sw_us = fact_of(lab, "dc_ust"), fact_of(lab, "dc_us_swap")
    y_jp, sw_jp = fact_of(lab, "dc_fgb"), fact_of(lab, "dc_f_swap")
    rho = math.log(f / s) / tau
    got = DECOMP.compute({})
    assert got["dollar_cy"] == pytest.approx((sw_jp - rho) - sw_us)  # synthetic - direct
    assert got["treasury_cy"] == pytest.approx((y_jp - rho) - y_us)  # hedged JGB - UST
    assert got["us_swap_spread"] == pytest.approx(sw_us - y_us)
    assert got["foreign_swap_spread"] == pytest.approx(sw_jp - y_jp)
    assert got["hedged_foreign_yield"] == pytest.approx(y_jp - rho)
    # the identity: dollar CY + US spread - foreign spread = Treasury CY
    parts = got["dollar_cy"] + got["us_swap_spread"] - got["foreign_swap_spread"]
    assert parts == pytest.approx(got["treasury_cy"], abs=1e-12)


def test_decomposition_takes_the_sliders_units():
    # 4.00% and 3.50% on the dollar side, 1.00% and 1.20% on the yen side; F = S, so
    # rho = 0 and every premium is a plain difference of rates.
    s = fact_of("cy_decomp", "dc_spot")
    values = {"dc_ust": 4.0, "dc_us_swap": 3.5, "dc_fgb": 1.0, "dc_f_swap": 1.2}
    got = DECOMP.compute({**values, "dc_fwd": s, "dc_tenor": 2.0})
    assert got["dollar_cy"] == pytest.approx(0.012 - 0.035)  # -230 bp
    assert got["treasury_cy"] == pytest.approx(0.010 - 0.040)  # -300 bp
    # a forward 10% below spot over two years: rho = ln(0.9) / 2 = -0.05268
    got = DECOMP.compute({**values, "dc_spot": 150.0, "dc_fwd": 135.0, "dc_tenor": 2.0})
    assert got["treasury_cy"] == pytest.approx(0.010 - math.log(0.9) / 2 - 0.040)


FLAT = {"dc_spot": 150.0, "dc_fwd": 150.0, "dc_tenor": 1.0}  # rho = 0


def test_decomposition_metrics_read_as_basis_points_in_both_languages():
    v = {**FLAT, "dc_ust": 4.0, "dc_us_swap": 3.5, "dc_fgb": 1.0, "dc_f_swap": 1.2}
    en = DECOMP.view(v, "en")
    # dollar 1.20 - 3.50 = -2.30 pp; Treasury 1.00 - 4.00 = -3.00 pp; US spread
    # 3.50 - 4.00 = -0.50 pp; foreign spread 1.20 - 1.00 = +0.20 pp
    assert [m.value for m in en.metrics] == [
        f"{MINUS}230.0 bp",
        f"{MINUS}300.0 bp",
        f"{MINUS}50.0 bp",
        "+20.0 bp",
    ]
    zh = DECOMP.view(v, "zh-Hant")
    assert zh.metrics[0].value == f"{MINUS}230.0 \u57fa\u9ede"
    t = content.translator("zh-Hant")
    assert [m.label for m in zh.metrics] == [
        t("cy.decomp.m_dollar"),
        t("cy.decomp.m_ust"),
        t("cy.decomp.m_us_spread"),
        t("cy.decomp.m_f_spread"),
    ]
    # the direct route: the JGB's 1.00% hedged at rho = 0 is still 1.00%
    assert en.notes == (
        content.translator("en")(
            "cy.decomp.direct",
            fgb="1.00%",
            hedged="1.00%",
            ust_yield="4.00%",
            ust=f"{MINUS}300.0 bp",
        ),
    )


@pytest.mark.parametrize(
    ("rates", "regime", "dollar", "ust", "us_spread"),
    [
        # dc_us_swap, dc_f_swap, dc_ust, dc_fgb (% a year): dollar = f_swap - us_swap,
        # Treasury = fgb - ust, US spread = us_swap - ust (rho = 0)
        ((1.0, 2.0, 1.0, 2.0), "both_positive", 100.0, 100.0, 0.0),
        ((3.0, 4.0, 4.0, 2.0), "split", 100.0, -200.0, -100.0),
        ((3.0, 1.0, 1.0, 2.0), "dollar_only_negative", -200.0, 100.0, 200.0),
        ((3.0, 1.0, 3.0, 1.0), "both_negative", -200.0, -200.0, 0.0),
    ],
)
@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
def test_decomposition_sentence_follows_both_signs(rates, regime, dollar, ust, us_spread, lang):
    keys = ("dc_us_swap", "dc_f_swap", "dc_ust", "dc_fgb")
    view = DECOMP.view({**FLAT, **dict(zip(keys, rates, strict=True))}, lang)
    t = content.translator(lang)
    words = {"dollar": bp(dollar, lang), "ust": bp(ust, lang), "us_spread": bp(us_spread, lang)}
    assert view.sentence == t(f"cy.decomp.{regime}", **words)


def test_decomposition_presets_tell_the_two_periods_apart():
    recent = DECOMP.view(labspec.preset_values("cy_decomp", "recent"), "en")
    before = DECOMP.view(labspec.preset_values("cy_decomp", "pre2008"), "en")
    assert recent.sentence.startswith("The two convenience yields split")
    assert recent.metrics[1].value.startswith(MINUS)
    assert before.sentence.startswith("Both convenience yields are positive")
    assert before.metrics[1].value.startswith("+")


def test_decomposition_waterfall_table_adds_up_to_the_treasury_premium():
    view = DECOMP.view({}, "en")
    t = content.translator("en")
    assert view.table.columns == {
        "step": t("cy.decomp.col_part"),
        "value": t("cy.decomp.col_value"),
    }
    dollar, us, foreign, total = (r["value"] for r in view.table.rows)
    assert dollar + us + foreign == pytest.approx(total)
    assert total == pytest.approx(DECOMP.compute({})["treasury_cy"] * 1e4)
    assert view.warnings == () and view.items == ()


def test_no_identity_check_is_left_to_fail():
    t = content.translator("en")
    assert not t.has("cy.decomp.check_ok") and not t.has("cy.decomp.check_bad")


@pytest.mark.parametrize(
    ("values", "field"),
    [({"dc_tenor": 0}, "tenor"), ({"dc_spot": 0}, "spot"), ({"dc_fwd": -1.0}, "forward")],
)
def test_decomposition_refuses_impossible_input(values, field):
    with pytest.raises(InputError) as err:
        DECOMP.compute(values)
    assert err.value.field == field and err.value.code == "not_positive"


def _decomp_inputs():
    keys = ("dc_spot", "dc_fwd", "dc_us_swap", "dc_f_swap", "dc_ust", "dc_fgb", "dc_tenor")
    return {k: fact_of("cy_decomp", k) for k in keys}


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_decomposition_warns_like_the_home_lab_at_a_short_tenor(lang):
    # The default forward (a five-year one) read as a quarter's: rho = ln(F/S) / 0.25,
    # dollar premium = r_f_swap - rho - r_us_swap; with 155, 133.07, 0.9% and 3.8% that
    # is 0.009 + 0.61019 - 0.038 = +5,812.0 bp, far beyond the 300 bp the home lab flags.
    d = _decomp_inputs()
    dollar = d["dc_f_swap"] - math.log(d["dc_fwd"] / d["dc_spot"]) / 0.25 - d["dc_us_swap"]
    assert abs(dollar * 1e4) > 300
    # the forward at which the premium is zero: S exp((r_f - r_us) tau), 153.88
    parity = d["dc_spot"] * math.exp((d["dc_f_swap"] - d["dc_us_swap"]) * 0.25)
    view = DECOMP.view({"dc_tenor": 0.25}, lang)
    t = content.translator(lang)
    assert view.metrics[0].value == bp(dollar * 1e4, lang)
    assert view.warnings == (
        t(
            "cy.decomp.implausible",
            gap=bp(dollar * 1e4, lang),
            parity=content.format_value(parity, "jpy_per_usd", lang, 2),
        ),
    )
    if lang == "en":
        assert view.warnings[0].startswith(
            "A dollar convenience yield of +5,812.0 bp is far beyond"
        )
        assert "153.88 yen per dollar" in view.warnings[0]
    else:
        assert "5,812.0" in view.warnings[0] and "153.88" in view.warnings[0]
        assert "bp" not in view.warnings[0]  # no English units in Chinese


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_decomposition_warns_about_wide_swap_spreads_and_not_at_the_defaults(lang):
    assert DECOMP.view({}, lang).warnings == ()  # +15.1 bp and -24.9 bp: plausible
    # a Treasury yield of 0%: the dollar premium stays +15.1 bp, but the Treasury premium
    # is the hedged JGB yield, 0.85% + ln(155 / 133.07) / 5 = +390.1 bp, and nothing else
    d = _decomp_inputs()
    hedged = d["dc_fgb"] - math.log(d["dc_fwd"] / d["dc_spot"]) / d["dc_tenor"]
    view = DECOMP.view({"dc_ust": 0.0}, lang)
    assert view.metrics[1].value == bp(hedged * 1e4, lang)
    t = content.translator(lang)
    assert view.warnings == (t("cy.decomp.implausible_spreads", gap=bp(hedged * 1e4, lang)),)


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_decomposition_warns_below_as_well_as_above(lang):
    # a forward far above spot over a quarter: a large negative dollar premium
    # 0.009 - ln(200 / 155) / 0.25 - 0.038 = -10,485.7 bp
    d = _decomp_inputs()
    dollar = d["dc_f_swap"] - math.log(200 / d["dc_spot"]) / 0.25 - d["dc_us_swap"]
    view = DECOMP.view({"dc_tenor": 0.25, "dc_fwd": 200.0}, lang)
    assert view.metrics[0].value.startswith(MINUS)
    assert view.warnings and bp(dollar * 1e4, lang) in view.warnings[0]


# --------------------------------------------------------------------------- stress explorer

SIGN = {"up": 1.0, "down": -1.0, "mixed": 0.0}  # a dip, then a rebound: no net direction


def raw_episodes() -> dict:
    return content.load_toml("stress.toml")["episode"]


def test_stress_figures_are_the_reported_directions_of_every_episode():
    series = content.load_toml("stress.toml")["series"]
    for key, ep in raw_episodes().items():
        assert STRESS.compute({"episode": key}) == {s: SIGN[ep[s]] for s in series}
    assert labspec.control("cy_stress", "episode").options == tuple(raw_episodes())


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_stress_lists_the_sentence_of_every_series(lang):
    t = content.translator(lang)
    for ep in content.stress_episodes(lang):
        view = STRESS.view({"episode": ep.key}, lang)
        assert view.metrics == ()
        assert len(view.items) == len(ep.rows)
        for (series, direction, sentence), item in zip(ep.rows, view.items, strict=True):
            assert sentence in item
            assert t(f"cy.stress.series_{series}") in item
            assert t(f"cy.stress.{direction}") in item
        assert t(ep.label) in view.chart_title and t(ep.label) in view.sentence


@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
def test_stress_sentence_says_whether_the_premiums_moved_together(lang):
    t = content.translator(lang)
    raw = raw_episodes()
    together = next(k for k, e in raw.items() if e["dollar"] == e["short"] == e["long"])
    apart = next(k for k, e in raw.items() if e["dollar"] != e["long"])
    view = STRESS.view({"episode": together}, lang)
    word = t(f"cy.stress.{raw[together]['dollar']}")
    assert view.sentence == t(
        "cy.stress.summary_together", episode=t(raw[together]["label"]), word=word
    )
    view = STRESS.view({"episode": apart}, lang)
    said = {s: t(f"cy.stress.{raw[apart][s]}") for s in ("dollar", "short", "long")}
    assert view.sentence == t("cy.stress.summary_apart", episode=t(raw[apart]["label"]), **said)
    if lang == "en":
        assert "did not move together" in view.sentence


def test_stress_table_has_series_and_reported_direction():
    t = content.translator("en")
    view = STRESS.view({"episode": "covid"}, "en")
    assert list(view.table.columns.values()) == [
        t("cy.stress.col_episode"),
        t("cy.stress.col_series"),
        t("cy.stress.col_dir"),
    ]
    ep = raw_episodes()["covid"]
    assert [(r["series"], r["direction"]) for r in view.table.rows] == [
        (t(f"cy.stress.series_{s}"), t(f"cy.stress.{ep[s]}")) for s in ("dollar", "short", "long")
    ]


def test_stress_refuses_an_unknown_episode():
    with pytest.raises(ValueError):
        STRESS.compute({"episode": "nowhere"})
    with pytest.raises(ValueError):
        STRESS.view({"episode": "<b>x</b>"}, "en")


# --------------------------------------------------------------------------- supply


def coefs() -> tuple[float, float, float, float]:
    """(US small, US large, foreign small, foreign large), bp per pp, from facts.toml."""
    keys = ("us_debt_coef_small", "us_debt_coef_large")
    keys += ("foreign_debt_coef_small", "foreign_debt_coef_large")
    return tuple(content.fact_value(k) for k in keys)


def corners(d_us: float, d_f: float) -> tuple[float, float]:
    """Smallest and largest a x dUS + b x dForeign over the coefficient ranges, in bp:
    the effect is linear in (a, b), so its extremes are at the four corners."""
    a_s, a_l, b_s, b_l = coefs()
    values = [a * d_us + b * d_f for a in (a_s, a_l) for b in (b_s, b_l)]
    return min(values), max(values)


def test_supply_matches_a_hand_calculation():
    d_us, d_f = fact_of("cy_supply", "sup_us"), fact_of("cy_supply", "sup_foreign")
    low, high = corners(d_us, d_f)
    got = SUPPLY.compute({})
    assert (got["low"] * 1e4, got["high"] * 1e4) == (pytest.approx(low), pytest.approx(high))
    # +20 pp of US debt and -10 pp abroad: the most negative US coefficient and the
    # largest foreign one give the low end, a_large x 20 - b_large x 10
    a_s, a_l, b_s, b_l = coefs()
    got = SUPPLY.compute({"sup_us": 20, "sup_foreign": -10})
    assert got["low"] * 1e4 == pytest.approx(a_l * 20 - b_l * 10)
    assert got["high"] * 1e4 == pytest.approx(a_s * 20 - b_s * 10)


@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
def test_supply_metrics_and_sentence_at_both_ends_of_the_us_slider(lang):
    t = content.translator(lang)
    us = labspec.control("cy_supply", "sup_us")
    for d_us in (us.min, us.max):
        view = SUPPLY.view({"sup_us": d_us, "sup_foreign": 0}, lang)
        low, high = corners(d_us, 0)
        assert [m.value for m in view.metrics] == [bp(low, lang), bp(high, lang)]
        pp = content.format_value(d_us, "pp", lang, 0, signed=True)
        zero = content.format_value(0, "pp", lang, 0, signed=True)
        assert view.sentence == t(
            "cy.supply.sentence", us=pp, foreign=zero, low=bp(low, lang), high=bp(high, lang)
        )
    # less US debt raises the premium (both ends positive), more lowers it
    assert SUPPLY.view({"sup_us": us.min}, "en").metrics[0].value.startswith("+")
    assert SUPPLY.view({"sup_us": us.max}, "en").metrics[1].value.startswith(MINUS)
    if lang == "en":
        assert f"{MINUS}20 percentage points" in SUPPLY.view({"sup_us": -20}, "en").sentence


@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
def test_supply_one_point_reads_singular_in_english(lang):
    # +1 and -1 percentage point: "point", not "points"; zh has no plural
    t = content.translator(lang)
    view = SUPPLY.view({"sup_us": 1, "sup_foreign": -1}, lang)
    low, high = corners(1, -1)
    assert view.sentence == t(
        "cy.supply.sentence",
        us=t("unit.pp_one", v="+1"),
        foreign=t("unit.pp_one", v=f"{MINUS}1"),
        low=bp(low, lang),
        high=bp(high, lang),
    )
    if lang == "en":
        assert "+1 percentage point and" in view.sentence
        assert f"{MINUS}1 percentage point," in view.sentence
        assert "1 percentage points" not in view.sentence
    two = SUPPLY.view({"sup_us": 2, "sup_foreign": 0}, "en").sentence
    assert "+2 percentage points" in two


def test_supply_band_covers_the_whole_slider_whatever_the_choice():
    us = labspec.control("cy_supply", "sup_us")
    for choice in ({}, {"sup_us": us.min, "sup_foreign": 20}):
        rows = SUPPLY.view(choice, "en").table.rows
        assert [r["x"] for r in rows] == [float(x) for x in range(int(us.min), int(us.max) + 1)]
        d_f = choice.get("sup_foreign", fact_of("cy_supply", "sup_foreign"))
        low, high = corners(rows[-1]["x"], d_f)
        assert (rows[-1]["low"], rows[-1]["high"]) == (pytest.approx(low), pytest.approx(high))


def test_supply_note_quotes_the_reported_coefficients():
    for lang in ("en", "zh-Hant"):
        (note,) = SUPPLY.view({}, lang).notes
        for key in SUPPLY.facts:
            assert content.format_fact(key, lang) in note
    assert set(SUPPLY.facts) == {
        "us_debt_coef_small",
        "us_debt_coef_large",
        "foreign_debt_coef_small",
        "foreign_debt_coef_large",
    }
    t = content.translator("en")
    assert SUPPLY.view({}, "en").table.columns == {
        "x": t("cy.supply.col_us"),
        "low": t("cy.supply.col_low"),
        "high": t("cy.supply.col_high"),
    }


def test_supply_refuses_what_is_not_a_number():
    with pytest.raises(ValueError):
        SUPPLY.compute({"sup_us": float("nan")})
    with pytest.raises(ValueError):
        SUPPLY.compute({"sup_foreign": "ten"})


# --------------------------------------------------------------------------- balance sheet


def balance_by_hand(k: float, d_ust: float, ratio: float, fss_bp: float) -> dict:
    """Shadow cost and spreads when both services stay active (lambda <= s_max / k_ust).

    Used capacity at shadow cost lambda: sum_j k_j D_j (1 - lambda k_j / s_max) = K, so
    lambda = (sum_j k_j D_j - K) s_max / sum_j k_j^2 D_j (or 0 if that is negative).
    """
    d_fx = content.fact_value("lab_bs_fx_demand")
    s_max = content.fact_value("lab_bs_choke") / 1e4
    k_fx, k_ust = 1.0, ratio
    lam = max(0.0, (k_fx * d_fx + k_ust * d_ust - k) * s_max / (k_fx**2 * d_fx + k_ust**2 * d_ust))
    assert lam <= s_max / max(k_fx, k_ust), "outside the piece this formula covers"
    dollar, us = lam * k_fx, -lam * k_ust
    return {
        "shadow_cost": lam,
        "dollar_cy": dollar,
        "us_swap_spread": us,
        "treasury_cy": dollar + us - fss_bp / 1e4,
        "binding_capacity": k_fx * d_fx + k_ust * d_ust,
    }


def test_balance_matches_a_hand_calculation_at_the_defaults():
    lab = "cy_balance"
    args = [fact_of(lab, key) for key in ("bs_capacity", "bs_ust_demand", "bs_ratio", "bs_fss")]
    expected = balance_by_hand(*args)
    got = BALANCE.compute({})
    assert got.keys() == expected.keys()
    for name, value in expected.items():
        assert got[name] == pytest.approx(value, abs=1e-12), name
    assert got["shadow_cost"] > 0  # the default scenario binds


def test_balance_takes_the_foreign_spread_in_basis_points():
    got = BALANCE.compute({"bs_capacity": 3.0, "bs_fss": 10})
    hand = balance_by_hand(3.0, fact_of("cy_balance", "bs_ust_demand"), 2.0, 10)
    assert got["treasury_cy"] == pytest.approx(hand["treasury_cy"])
    assert got["treasury_cy"] == pytest.approx(got["dollar_cy"] + got["us_swap_spread"] - 0.001)


@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
def test_balance_sentence_in_each_regime(lang):
    t = content.translator(lang)
    d_ust = fact_of("cy_balance", "bs_ust_demand")
    cases = {
        "slack": {"bs_capacity": 12.0, "bs_ratio": 2.0},  # 12 > D_fx + 2 D_ust: no scarcity
        "diverge": {"bs_capacity": 3.0, "bs_ratio": 2.0},
        "equal": {"bs_capacity": 3.0, "bs_ratio": 1.0},
        "together": {"bs_capacity": 3.0, "bs_ratio": 0.5},
    }
    for regime, values in cases.items():
        view = BALANCE.view(values, lang)
        hand = balance_by_hand(values["bs_capacity"], d_ust, values["bs_ratio"], 0)
        words = {
            "dollar": bp(hand["dollar_cy"] * 1e4, lang),
            "ust": bp(hand["treasury_cy"] * 1e4, lang),
            "us_spread": bp(hand["us_swap_spread"] * 1e4, lang),
            "shadow": bp(hand["shadow_cost"] * 1e4, lang, signed=False),
            "ratio": content.format_number(values["bs_ratio"], 1),
            "capacity": content.format_number(values["bs_capacity"], 1),
            "needed": content.format_number(hand["binding_capacity"], 1),
        }
        assert view.sentence == t(f"cy.balance.{regime}", **words), regime
        assert [m.value for m in view.metrics] == [
            words["dollar"],
            words["ust"],
            words["us_spread"],
            words["shadow"],
        ]
    assert BALANCE.view(cases["slack"], "en").metrics[3].value == "0.0 bp"


def test_balance_curve_spans_the_capacity_slider():
    k = labspec.control("cy_balance", "bs_capacity")
    view = BALANCE.view({"bs_capacity": k.max}, "zh-Hant")
    xs = [r["x"] for r in view.table.rows]
    assert min(xs) == pytest.approx(k.min) and max(xs) == pytest.approx(k.max)
    t = content.translator("zh-Hant")
    assert set(r["series"] for r in view.table.rows) == {
        t("cy.balance.series_dollar"),
        t("cy.balance.series_us"),
        t("cy.balance.series_ust"),
    }
    assert list(view.table.columns.values()) == [
        t("cy.balance.col_capacity"),
        t("cy.balance.col_series"),
        t("cy.balance.col_value"),
    ]
    assert set(BALANCE.facts) == {"lab_bs_fx_demand", "lab_bs_choke"}


@pytest.mark.parametrize(
    ("values", "field"),
    [({"bs_ratio": 0.0}, "ust_weight"), ({"bs_ust_demand": -1.0}, "ust_demand")],
)
def test_balance_refuses_impossible_input(values, field):
    with pytest.raises(InputError) as err:
        BALANCE.compute(values)
    assert err.value.field == field


@pytest.mark.parametrize("lab", [DECOMP, STRESS, SUPPLY, BALANCE], ids=lambda lab: lab.id)
def test_simplified_chinese_renders(lab):
    view = lab.view({}, "zh-Hans")
    assert view.sentence and view.chart_title
    assert view.sentence != lab.view({}, "zh-Hant").sentence  # converted, not a copy
