"""The four labs of the AI-dollar page (lib/labs/ai.py), without Streamlit.

Each lab's ``compute`` is checked against a hand calculation written out here from the
definitions (never by calling the function the lab calls); its ``view`` for the words,
the figures as shown, the regimes, the slider extremes and the three languages.

Definitions used by hand:
* petrodollar loop = barrels a day x price x 365 x share recycled (dollars a year);
* AI-dollar loop = sovereign wealth x share into US AI a year + compute bought;
* GPU-hour = watts / 1,000 x PUE x price per kWh; campus a year = MW x 1,000 x PUE x
  8,760 x price per kWh;
* HHI = sum of squared shares in percent; moving m points away from the three US
  providers scales each by (1 - m / their total) and gives a share c x m to one rival;
* lock-in left after y years with half-life h = 0.5 ** (y / h).
Default values and reported figures are read from content/facts.toml, never typed.
"""

import math
import re

import pytest

from lib import content, i18n
from lib.errors import InputError
from lib.labs import LABS
from lib.labs import spec as labspec
from tests.unit.labkit import BAD, extremes, fact_of, metrics, texts

LOOPS, ENERGY, STACK, LOCKIN = (LABS[k] for k in ("ai_loops", "ai_energy", "ai_stack", "ai_lockin"))
EN, ZH = content.translator("en"), content.translator("zh-Hant")
GULF = ("saudi_power_price_low", "saudi_power_price_high")
CLOUD = ("cloud_share_aws", "cloud_share_azure", "cloud_share_google")


def zh_usd(number: str, magnitude: str | None = None) -> str:
    """How an amount reads in Traditional Chinese: ``number`` with the magnitude word
    ``num.<magnitude>`` (hundred_million: 10**8) and the dollar unit, from the strings."""
    return ZH("unit.usd", v=ZH(f"num.{magnitude}", v=number) if magnitude else number)


@pytest.mark.parametrize("lang", i18n.LANGS)
@pytest.mark.parametrize("lab", [LOOPS, ENERGY, STACK, LOCKIN], ids=lambda lab: lab.id)
def test_no_nan_or_inf_at_any_extreme_in_any_language(lab, lang):
    for values in extremes(lab):
        view = lab.view(values, lang)  # every extreme of these sliders is possible
        assert view.sentence and view.metrics, (lab.id, values)
        for text in texts(view):
            assert not BAD.search(text), (lab.id, values, text)


@pytest.mark.parametrize("lab", [LOOPS, ENERGY, STACK, LOCKIN], ids=lambda lab: lab.id)
def test_simplified_chinese_renders_the_same_figures_in_its_own_script(lab):
    hant, hans = lab.view({}, "zh-Hant"), lab.view({}, "zh-Hans")
    assert len(hans.metrics) == len(hant.metrics) and hans.sentence
    # numbers are the same; only the script of the words differs
    assert re.findall(r"[\d.,]+", hans.sentence) == re.findall(r"[\d.,]+", hant.sentence)


def test_the_labs_declare_the_facts_they_read():
    assert set(ENERGY.facts) == set(GULF)
    assert set(STACK.facts) == {*CLOUD, "hhi_moderate", "hhi_high"}
    assert LOOPS.facts == () and LOCKIN.facts == ()


# --------------------------------------------------------------------------- two loops


def test_loops_match_a_hand_calculation_at_the_defaults():
    lab = "ai_loops"
    mbd, price = fact_of(lab, "ai_oil_mbd"), fact_of(lab, "ai_oil_price")
    recycled, swf = fact_of(lab, "ai_recycled"), fact_of(lab, "ai_swf")
    us_share, compute = fact_of(lab, "ai_us_share"), fact_of(lab, "ai_compute")
    got = LOOPS.compute({})
    assert got["petro"] == pytest.approx(mbd * 1e6 * price * 365 * recycled)
    assert got["ai_wealth"] == pytest.approx(swf * us_share)
    assert got["ai_compute"] == pytest.approx(compute)
    assert got["ai"] == pytest.approx(swf * us_share + compute)


# 10 million b/d x 80 dollars x 365 x 25% = 73 billion; 4 trillion x 2% + 40 billion = 120
# billion, 120 / 73 = 1.64 times the petrodollar loop.
CHOSEN = {
    "ai_oil_mbd": 10.0,
    "ai_oil_price": 80,
    "ai_recycled": 25,
    "ai_swf": 4.0,
    "ai_us_share": 2.0,
    "ai_compute": 40,
}


def test_loops_show_the_flows_and_the_ratio_in_each_language():
    got = LOOPS.compute(CHOSEN)
    assert got["petro"] == pytest.approx(73e9)
    assert got["ai"] == pytest.approx(120e9)
    en, zh = LOOPS.view(CHOSEN, "en"), LOOPS.view(CHOSEN, "zh-Hant")
    assert metrics(en) == {
        EN("ai.loops.m_petro"): "US$73 billion",
        EN("ai.loops.m_ai"): "US$120 billion",
    }
    assert metrics(zh) == {
        ZH("ai.loops.m_petro"): zh_usd("730", "hundred_million"),
        ZH("ai.loops.m_ai"): zh_usd("1,200", "hundred_million"),
    }
    assert en.sentence == EN(
        "ai.loops.bigger",
        ai="US$120 billion",
        petro="US$73 billion",
        ratio="1.64",
        main=EN("ai.loops.main_swf"),  # 80 billion from the funds against 40 of compute
    )
    assert zh.sentence == ZH(
        "ai.loops.bigger",
        ai=zh_usd("1,200", "hundred_million"),
        petro=zh_usd("730", "hundred_million"),
        ratio="1.64",
        main=ZH("ai.loops.main_swf"),
    )
    # the part's name is in lower case mid-sentence, never the chart's capitalised label
    assert "comes from sovereign wealth" in en.sentence
    assert EN("ai.loops.part_swf") not in en.sentence


def test_loops_chart_rows_are_in_billions_and_the_table_names_its_columns():
    view = LOOPS.view(CHOSEN, "en")
    assert [(r["part"], r["value"]) for r in view.table.rows] == [
        (EN("ai.loops.part_oil"), pytest.approx(73.0)),
        (EN("ai.loops.part_swf"), pytest.approx(80.0)),
        (EN("ai.loops.part_compute"), pytest.approx(40.0)),
    ]
    assert view.table.columns == {
        "group": EN("ai.loops.col_loop"),
        "part": EN("ai.loops.col_part"),
        "value": EN("ai.loops.col_value"),
    }
    assert view.table.file_stem == "recycling-loops"


@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
def test_loops_sentence_in_every_regime(lang):
    t = content.translator(lang)
    petro, ai = (
        ("US$73 billion", "US$120 billion")
        if lang == "en"
        else (zh_usd("730", "hundred_million"), zh_usd("1,200", "hundred_million"))
    )
    nothing = LOOPS.view({c.key: c.min for c in LOOPS.controls}, lang)
    assert nothing.sentence == t("ai.loops.nothing")
    assert all(m.value == t("unit.usd", v="0") for m in nothing.metrics)
    # no oil revenue recycled: only the AI-dollar loop
    assert LOOPS.view({**CHOSEN, "ai_recycled": 0}, lang).sentence == t("ai.loops.no_petro", ai=ai)
    # no AI flow at all: the petrodollar loop alone
    no_ai = LOOPS.view({**CHOSEN, "ai_us_share": 0.0, "ai_compute": 0}, lang)
    assert no_ai.sentence == t("ai.loops.no_ai", petro=petro)
    # the AI loop smaller: 20 billion of compute only, 20 / 73 = 0.27 times
    smaller = LOOPS.view({**CHOSEN, "ai_us_share": 0.0, "ai_compute": 20}, lang)
    twenty = "US$20 billion" if lang == "en" else zh_usd("200", "hundred_million")
    main = t("ai.loops.main_compute")
    assert smaller.sentence == t(
        "ai.loops.smaller", ai=twenty, petro=petro, ratio="0.27", main=main
    )
    # a tie counts as "bigger", 1.00 times: 10 million b/d x 100 x 365 x 20% = 73 billion
    # against 3.3 trillion x 1% = 33 billion + 40 billion of compute = 73 billion
    tie = {**CHOSEN, "ai_oil_price": 100, "ai_recycled": 20, "ai_us_share": 1.0, "ai_swf": 3.3}
    got = LOOPS.compute(tie)
    assert got["ai"] == pytest.approx(73e9) and got["petro"] == pytest.approx(73e9)
    assert LOOPS.view(tie, lang).sentence == t(
        "ai.loops.bigger", ai=petro, petro=petro, ratio="1.00", main=t("ai.loops.main_compute")
    )
    # the two parts equal, 4 trillion x 1% = 40 billion and 40 billion of compute:
    # "equal shares", not "most of it"
    even = LOOPS.view({**CHOSEN, "ai_swf": 4.0, "ai_us_share": 1.0, "ai_compute": 40}, lang)
    assert even.sentence.endswith(t("ai.loops.main_even"))


def test_a_tiny_ratio_keeps_two_significant_figures_instead_of_reading_zero():
    # 15 million b/d x 150 x 365 x 100% = 821.25 billion; 0.1 trillion x 0.1% = 0.1 billion
    values = {"ai_oil_mbd": 15.0, "ai_oil_price": 150, "ai_recycled": 100}
    values |= {"ai_swf": 0.1, "ai_us_share": 0.1, "ai_compute": 0}
    ratio = (0.1e12 * 0.001) / (15e6 * 150 * 365)  # 0.000121...
    assert LOOPS.compute(values)["ai"] / LOOPS.compute(values)["petro"] == pytest.approx(ratio)
    sentence = LOOPS.view(values, "en").sentence
    assert "(0.00012 times as much)" in sentence and "0.00 times" not in sentence


@pytest.mark.parametrize(
    "bad, field",
    [({"ai_recycled": 150}, "recycled_share"), ({"ai_oil_mbd": -1.0}, "barrels_per_day")],
)
def test_loops_refuse_impossible_input(bad, field):
    with pytest.raises(InputError) as err:
        LOOPS.compute(bad)
    assert err.value.field == field
    with pytest.raises(ValueError):
        LOOPS.view(bad, "en")


# --------------------------------------------------------------------------- energy


def test_energy_matches_a_hand_calculation_at_the_defaults():
    lab = "ai_energy"
    kw = fact_of(lab, "ai_gpu_watts") / 1000
    pue, price, mw = fact_of(lab, "ai_pue"), fact_of(lab, "ai_price"), fact_of(lab, "ai_campus_mw")
    lo, hi = (content.fact_value(k) for k in GULF)
    got = ENERGY.compute({})
    assert got["hour"] == pytest.approx(kw * pue * price)
    assert got["hour_gulf_low"] == pytest.approx(kw * pue * lo)
    assert got["hour_gulf_high"] == pytest.approx(kw * pue * hi)
    year = mw * 1000 * pue * 8760 * price
    assert got["year"] == pytest.approx(year)
    assert got["year_gulf_low"] == pytest.approx(mw * 1000 * pue * 8760 * lo)
    assert got["saving_low"] == pytest.approx(year - mw * 1000 * pue * 8760 * hi)
    assert got["saving_high"] == pytest.approx(year - mw * 1000 * pue * 8760 * lo)


# 1,000 W x PUE 1.5 = 1.5 kW; at 0.10 a kWh 0.15 dollars a GPU-hour; a 200 MW campus:
# 200,000 kW x 1.5 x 8,760 h x 0.10 = 262.8 million dollars a year.
POWER = {"ai_price": 0.1, "ai_gpu_watts": 1000, "ai_pue": 1.5, "ai_campus_mw": 200}


def test_energy_metrics_as_shown_in_each_language():
    lo, hi = (content.fact_value(k) for k in GULF)
    en, zh = metrics(ENERGY.view(POWER, "en")), metrics(ENERGY.view(POWER, "zh-Hant"))
    assert en[EN("ai.energy.m_hour")] == "US$0.150"
    assert zh[ZH("ai.energy.m_hour")] == zh_usd("0.150")
    assert en[EN("ai.energy.m_year")] == "US$263 million"
    assert zh[ZH("ai.energy.m_year")] == zh_usd("2.63", "hundred_million")
    for price in (lo, hi):  # each end of the reported range, 1.5 kW x price
        assert f"{1.5 * price:.3f}" in en[EN("ai.energy.m_hour_gulf")]
        assert f"{1.5 * price:.3f}" in zh[ZH("ai.energy.m_hour_gulf")]
    assert en[EN("ai.energy.m_hour_gulf")].startswith("US$")
    assert "\u2013" in en[EN("ai.energy.m_hour_gulf")]  # one range, "US$a" en dash "b"


@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
def test_energy_sentence_above_at_and_below_the_gulf_range(lang):
    t = content.translator(lang)
    lo, hi = (content.fact_value(k) for k in GULF)
    above = ENERGY.view(POWER, lang).sentence  # 0.10 a kWh is above the Gulf range
    assert above.startswith(t("ai.energy.cheaper").split("{")[0])
    assert t("ai.energy.mw_value", v="200") in above
    assert ENERGY.view({**POWER, "ai_price": hi}, lang).sentence.startswith(
        t("ai.energy.dearer").split("{")[0]
    )
    lowest = labspec.control("ai_energy", "ai_price").min
    assert lowest < lo
    assert ENERGY.view({**POWER, "ai_price": lowest}, lang).sentence.startswith(
        t("ai.energy.dearer").split("{")[0]
    )


def test_energy_saving_is_the_gap_to_each_end_of_the_gulf_range():
    lo, hi = (content.fact_value(k) for k in GULF)
    got = ENERGY.compute(POWER)
    hours = 200 * 1000 * 1.5 * 8760  # kWh a year
    assert got["saving_low"] == pytest.approx(hours * (0.1 - hi))
    assert got["saving_high"] == pytest.approx(hours * (0.1 - lo))


def test_energy_curve_spans_the_price_slider_by_key_and_table_columns():
    view = ENERGY.view(POWER, "en")
    top = labspec.control("ai_energy", "ai_price").max
    xs = [r["x"] for r in view.table.rows]
    assert xs[0] == 0 and xs[-1] == pytest.approx(top) and len(xs) == 61
    for r in view.table.rows:
        assert r["y"] == pytest.approx(1.5 * r["x"])  # 1.5 kW x price
    assert view.table.columns == {"x": EN("ai.energy.col_price"), "y": EN("ai.energy.col_cost")}


@pytest.mark.parametrize(
    "bad, code",
    [
        ({"ai_pue": 0.5}, "pue_below_one"),
        ({"ai_gpu_watts": 0}, "not_positive"),
        ({"ai_price": -0.1}, "negative"),
        ({"ai_campus_mw": -10}, "negative"),
    ],
)
def test_energy_refuses_impossible_input(bad, code):
    with pytest.raises(InputError) as err:
        ENERGY.compute(bad)
    assert err.value.code == code


# --------------------------------------------------------------------------- stack


def hand_hhi(moved: float, rival: float) -> tuple[float, float]:
    """(HHI, US total) after ``moved`` points leave the reported shares, by hand."""
    shares = [content.fact_value(k) * 100 for k in CLOUD]
    total = sum(shares)
    kept = [s * (1 - moved / total) for s in shares]
    return sum(s * s for s in kept) + (moved * rival) ** 2, sum(kept)


def test_stack_matches_a_hand_calculation():
    for moved, rival in ((0, 1.0), (40, 0.0), (20, 1.0), (60, 0.5)):
        got = STACK.compute({"ai_shift": moved, "ai_challenger": rival * 100})
        index, us = hand_hhi(moved, rival)
        assert got["hhi"] == pytest.approx(index)
        assert got["us_share_pct"] == pytest.approx(us)
        assert got["rival_pct"] == pytest.approx(moved * rival)


@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
def test_stack_metrics_and_level_in_each_band(lang):
    t = content.translator(lang)
    moderate, high = content.fact_value("hhi_moderate"), content.fact_value("hhi_high")
    cases = {"low": (40, 0), "moderate": (0, 100), "high": (60, 100)}
    for level, (moved, rival) in cases.items():
        index, us = hand_hhi(moved, rival / 100)
        # the band by the guidelines: above 1,800 high, above 1,000 moderate
        expected = "high" if index > high else "moderate" if index > moderate else "low"
        assert expected == level, (moved, rival, index)
        view = STACK.view({"ai_shift": moved, "ai_challenger": rival}, lang)
        assert metrics(view) == {
            t("ai.stack.m_hhi"): f"{round(index):,}",
            t("ai.stack.m_us"): f"{round(us)}%",
            t("ai.stack.m_level"): t(f"ai.stack.level_{level}"),
        }
        assert view.sentence == t(
            "ai.stack.sentence",
            us=f"{round(us)}%",
            hhi=f"{round(index):,}",
            level=t(f"ai.stack.level_{level}"),
            moderate=f"{round(moderate):,}",
            high=f"{round(high):,}",
            twist=t("ai.stack.twist_challenger" if rival else "ai.stack.twist_none"),
        )


def test_stack_curve_spans_the_shift_slider_by_key_and_table_columns():
    view = STACK.view({"ai_shift": 10, "ai_challenger": 50}, "en")
    c = labspec.control("ai_stack", "ai_shift")
    assert [r["x"] for r in view.table.rows] == list(range(int(c.min), int(c.max) + 1))
    for r in view.table.rows:
        assert r["y"] == pytest.approx(hand_hhi(r["x"], 0.5)[0])
    assert view.table.columns == {"x": EN("ai.stack.col_shift"), "y": EN("ai.stack.col_hhi")}


@pytest.mark.parametrize(
    "bad, code", [({"ai_challenger": 150}, "not_a_share"), ({"ai_shift": -1}, "negative")]
)
def test_stack_refuses_impossible_input(bad, code):
    with pytest.raises(InputError) as err:
        STACK.compute(bad)
    assert err.value.code == code


# --------------------------------------------------------------------------- lock-in


def test_lockin_matches_a_hand_calculation_at_the_defaults():
    oil, tech = fact_of("ai_lockin", "ai_oil_half"), fact_of("ai_lockin", "ai_tech_half")
    horizon = fact_of("ai_lockin", "ai_horizon")
    got = LOCKIN.compute({})
    assert got["oil_left"] == pytest.approx(0.5 ** (horizon / oil))
    assert got["tech_left"] == pytest.approx(0.5 ** (horizon / tech))
    assert got["oil_years_to_half"] == pytest.approx(oil)  # half is left after one half-life
    assert got["tech_years_to_half"] == pytest.approx(tech)


# half-lives 20 and 4 years, horizon 8: 0.5 ** 0.4 = 0.758 of oil, 0.5 ** 2 = 0.25 of tech
HALVES = {"ai_oil_half": 20, "ai_tech_half": 4.0, "ai_horizon": 8}


@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
def test_lockin_metrics_and_sentence_as_shown(lang):
    t = content.translator(lang)
    years = t("unit.years", v="{}")
    view = LOCKIN.view(HALVES, lang)
    assert metrics(view) == {
        t("ai.lockin.m_oil"): years.format("20.0"),
        t("ai.lockin.m_tech"): years.format("4.0"),
        t("ai.lockin.m_oil_left"): f"{round(100 * 0.5**0.4)}%",  # 76%
        t("ai.lockin.m_tech_left"): "25%",
    }
    assert view.sentence == t(
        "ai.lockin.sentence",
        horizon=years.format("8"),
        oil_left="76%",
        tech_left="25%",
        oil=years.format("20.0"),
        tech=years.format("4.0"),
        verdict=t("ai.lockin.verdict_weaker"),
    )


@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
def test_lockin_at_a_one_year_horizon_says_year_not_years(lang):
    # the horizon slider's minimum, 1: "After 1 year", never "After 1 years"; half-lives
    # 20 and 1 years: 0.5 ** (1 / 20) = 97% of oil, 0.5 ** 1 = 50% of tech
    t = content.translator(lang)
    view = LOCKIN.view({**HALVES, "ai_tech_half": 1.0, "ai_horizon": 1}, lang)
    assert view.sentence == t(
        "ai.lockin.sentence",
        horizon=t("unit.years_one", v="1"),
        oil_left="97%",
        tech_left="50%",
        oil=t("unit.years", v="20.0"),
        tech=t("unit.years", v="1.0"),
        verdict=t("ai.lockin.verdict_weaker"),
    )
    if lang == "en":
        assert view.sentence.startswith("After 1 year, ") and "1 years" not in view.sentence
    else:
        assert view.sentence.startswith("1 \u5e74\u5f8c")  # "1 nian hou": no plural
    two = LOCKIN.view({**HALVES, "ai_horizon": 2}, lang)
    assert t("unit.years", v="2") in two.sentence


@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
def test_lockin_verdict_follows_the_half_lives(lang):
    t = content.translator(lang)
    for tech, verdict in ((4.0, "weaker"), (20.0, "equal"), (30.0, "stronger")):
        view = LOCKIN.view({**HALVES, "ai_tech_half": tech}, lang)
        assert view.sentence.endswith(t(f"ai.lockin.verdict_{verdict}"))


def test_lockin_curves_cover_the_horizon_slider_and_table_columns():
    view = LOCKIN.view(HALVES, "en")
    end = labspec.control("ai_lockin", "ai_horizon").max
    for name, half in ((EN("ai.lockin.series_oil"), 20), (EN("ai.lockin.series_tech"), 4.0)):
        rows = [r for r in view.table.rows if r["series"] == name]
        assert rows[0]["x"] == 0 and rows[-1]["x"] == pytest.approx(end)
        for r in rows:
            assert r["y"] == pytest.approx(0.5 ** (r["x"] / half))
    assert view.table.columns == {
        "x": EN("ai.lockin.col_years"),
        "series": EN("ai.lockin.col_series"),
        "y": EN("ai.lockin.col_strength"),
    }
    # the current points sit at the horizon with what is left, written beside them
    now = view.chart["datasets"]["now"]
    assert [p["x"] for p in now] == [8.0, 8.0]
    assert [p["label"] for p in now] == ["76%", "25%"]
    assert math.isclose(now[1]["y"], 0.25)


@pytest.mark.parametrize(
    "bad, code",
    [({"ai_tech_half": 0.0}, "not_positive"), ({"ai_horizon": -1}, "negative")],
)
def test_lockin_refuses_impossible_input(bad, code):
    with pytest.raises(InputError) as err:
        LOCKIN.compute(bad)
    assert err.value.code == code
