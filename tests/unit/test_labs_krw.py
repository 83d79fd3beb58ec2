"""The labs of the krw-defence page (lib/labs/krw.py): compute against hand
calculations, and what each lab says, without Streamlit.

Hand calculations, from first principles (rates won per dollar, money in dollars):

* Pension fund: sold = assets x hedge ratio; the toy rate is
  start x (1 + (outflow - sold) / depth / 100), every ``depth`` dollars of net demand
  weakening the won by 1%. 600 billion, 10% hedged: 60 billion sold; an outflow of 40
  billion against a depth of 8 billion: without the hedge 40 / 8 = 5% weaker
  (start x 1.05), with it (40 - 60) / 8 = -2.5% (start x 0.975).
* Forward: F = S (1 + r_KRW tau) / (1 + r_USD tau), points F - S, hedging gain
  (F / S - 1) / tau. 1,470, 2.5% and 4.5%, a year: 1,470 x 1.025 / 1.045 = 1,441.87,
  -28.13 won, -0.02 / 1.045 = -1.91% a year. 1,500, 6% and 2%, a year:
  1,500 x 1.06 / 1.02 = 1,558.82, +58.82, +0.04 / 1.02 = +3.92%. On the chart's line
  the gain at a gap g is exactly g / (1 + r_USD tau).
* Households: the won's change (dollars per won) = before / now - 1, the same ratio
  as the dollar goods the chart shows; the dollar's change in won = now / before - 1;
  prices = the dollar's change x pass-through; dollar goods = income / rate.
  1,400 -> 1,540: the won 1,400 / 1,540 - 1 = -9.1% (weaker), a dollar +10.0% in won,
  x 0.1 = +1.00%; 3,500,000 won buys 3,500,000 / 1,400 = 2,500 dollars before and
  3,500,000 / 1,540 = 2,272.73 now (2,272.73 / 2,500 - 1 = -9.1% too).

Facts behind defaults are read from content/facts.toml, never typed.
"""

import re

import numpy as np
import pytest

from lib import content, i18n
from lib.labs import LABS
from lib.labs import spec as labspec
from tests.unit.labkit import BAD, LANGS, MINUS, extremes, fact_of, metric_values, texts

PENSION, FORWARD, HOUSEHOLD = LABS["krw_pension"], LABS["krw_forward"], LABS["krw_household"]
REGIMES = {
    "krw_pension": ("krw.pension.holds", "krw.pension.holds_none", "krw.pension.holds_same"),
    "krw_forward": ("krw.forward.cost", "krw.forward.gain", "krw.forward.even"),
    "krw_household": (
        "krw.household.weaker",
        "krw.household.stronger",
        "krw.household.unchanged",
    ),
}


def words_of(key: str, lang: str, sentence: str) -> dict[str, str] | None:
    """The placeholder values if ``sentence`` is string ``key``'s template filled in
    (the template's own words, in order), else None."""
    template = content.strings(lang)[key]
    pattern, names = "", []
    for literal, name in re.findall(r"([^{]*)(?:\{(\w+)\})?", template):
        pattern += re.escape(literal)
        if name:
            pattern += f"(?P<{name}>.+?)" if name not in names else f"(?P={name})"
            names.append(name)
    m = re.fullmatch(pattern, sentence, re.S)
    return m.groupdict() if m else None


def regime_of(lab: str, lang: str, sentence: str) -> str:
    hits = [k for k in REGIMES[lab] if words_of(k, lang, sentence) is not None]
    assert len(hits) == 1, (lab, lang, sentence)
    return hits[0]


# --------------------------------------------------------------------------- pension fund


def test_pension_figures_at_the_defaults_by_hand():
    start = content.fact_value("krw_dec_avg_level")
    assets = fact_of("krw_pension", "kp_assets")  # dollars
    ratio = fact_of("krw_pension", "kp_hedge")  # decimal
    outflow = fact_of("krw_pension", "kp_outflow")
    depth = fact_of("krw_pension", "kp_depth")  # dollars per 1%
    f = PENSION.compute({})
    assert f["sold"] == pytest.approx(assets * ratio)
    assert f["without"] == pytest.approx(start * (1 + outflow / depth / 100))
    assert f["with_hedge"] == pytest.approx(start * (1 + (outflow - assets * ratio) / depth / 100))


def test_pension_metrics_for_a_chosen_scenario():
    start = content.fact_value("krw_dec_avg_level")
    v = {"kp_assets": 600, "kp_hedge": 10.0, "kp_outflow": 40, "kp_depth": 8.0}
    f = PENSION.compute(v)
    assert f["sold"] == pytest.approx(600e9 * 0.10)
    assert f["without"] == pytest.approx(start * 1.05)  # 40 / 8 = 5% weaker
    assert f["with_hedge"] == pytest.approx(start * 0.975)  # (40 - 60) / 8 = -2.5%
    en = PENSION.view(v, "en")
    assert metric_values(en) == ["US$60 billion", f"{start * 1.05:,.0f}", f"{start * 0.975:,.0f}"]
    words = words_of("krw.pension.holds", "en", en.sentence)
    assert words["ratio"] == "10.0%" and words["assets"] == "US$600 billion"
    assert words["sold"] == "US$60 billion"
    assert words["with_hedge"] == f"{start * 0.975:,.0f} won per dollar"
    assert words["without"] == f"{start * 1.05:,.0f} won per dollar"
    zh = PENSION.view(v, "zh-Hant")
    zt = content.translator("zh-Hant")  # 60 billion is 600 hundred-millions
    assert metric_values(zh)[0] == zt("unit.usd", v=zt("num.hundred_million", v="600"))
    assert words_of("krw.pension.holds", "zh-Hant", zh.sentence)["ratio"] == "10.0%"


@pytest.mark.parametrize("lang", LANGS)
def test_pension_with_no_hedge_sells_a_plain_zero_and_says_so(lang):
    # 0% hedged: nothing sold; the rate with and without the hedge are the same, so the
    # sentence names it once ("ends at X", never "at X instead of X")
    start = content.fact_value("krw_dec_avg_level")
    outflow, depth = fact_of("krw_pension", "kp_outflow"), fact_of("krw_pension", "kp_depth")
    without = start * (1 + outflow / depth / 100)
    view = PENSION.view({"kp_hedge": 0.0}, lang)
    t = content.translator(lang)
    assert metric_values(view) == [t("unit.usd", v="0"), f"{without:,.0f}", f"{without:,.0f}"]
    assert regime_of("krw_pension", lang, view.sentence) == "krw.pension.holds_none"
    words = words_of("krw.pension.holds_none", lang, view.sentence)
    assert words["without"] == content.format_value(without, "krw_per_usd", lang, 0)
    assert "0.0" not in view.sentence and view.sentence.count(f"{without:,.0f}") == 1


@pytest.mark.parametrize("lang", LANGS)
def test_pension_hedge_too_small_to_show_says_either_way(lang):
    # 0.5% of 300 billion = 1.5 billion sold against an outflow of 1 billion and a depth
    # of 30 billion per 1%: without 1,470 x (1 + 1 / 3,000) = 1,470.49, with
    # 1,470 x (1 - 0.5 / 3,000) = 1,469.76: both read 1,470
    start = content.fact_value("krw_dec_avg_level")
    v = {"kp_hedge": 0.5, "kp_assets": 300, "kp_outflow": 1, "kp_depth": 30.0}
    f = PENSION.compute(v)
    assert f["without"] == pytest.approx(start * (1 + 1 / 3000))
    assert f["with_hedge"] == pytest.approx(start * (1 - 0.5 / 3000))
    view = PENSION.view(v, lang)
    assert metric_values(view)[1:] == [f"{start:,.0f}", f"{start:,.0f}"]
    assert regime_of("krw_pension", lang, view.sentence) == "krw.pension.holds_same"
    words = words_of("krw.pension.holds_same", lang, view.sentence)
    assert words["with_hedge"] == content.format_value(start, "krw_per_usd", lang, 0)
    assert words["ratio"] == "0.5%"
    # one step more hedge (1%: 3 billion) moves it: 1,470 x (1 - 2 / 3,000) = 1,469.02
    moved = PENSION.view({**v, "kp_hedge": 1.0}, lang)
    assert regime_of("krw_pension", lang, moved.sentence) == "krw.pension.holds"
    assert metric_values(moved)[2] == "1,469"


def _zone_outflow() -> int:
    """An outflow (billion dollars) that, unhedged against a depth of 10 billion,
    ends the toy rate inside the zone: start x (1 + outflow / 1,000)."""
    start = content.fact_value("krw_dec_avg_level")
    low, line = content.fact_value("krw_pension_zone_low"), content.fact_value("krw_line")
    hits = [o for o in range(0, 101) if low <= start * (1 + o / 1000) < line]
    assert hits, "no slider outflow lands in the zone"
    return hits[len(hits) // 2]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("values", "verdict"),
    [
        # 100 billion against 2 billion per 1%: 50% weaker, far beyond the line
        ({"kp_hedge": 0.0, "kp_outflow": 100, "kp_depth": 2.0}, "verdict_above"),
        (None, "verdict_zone"),
        # 15% of 800 billion = 120 billion sold, no outflow: the won strengthens
        ({"kp_hedge": 15.0, "kp_assets": 800, "kp_outflow": 0}, "verdict_below"),
    ],
)
def test_pension_verdict_in_each_regime(values, verdict, lang):
    if values is None:
        values = {"kp_hedge": 0.0, "kp_outflow": _zone_outflow(), "kp_depth": 10.0}
    t = content.translator(lang)
    view = PENSION.view(values, lang)
    regime = regime_of("krw_pension", lang, view.sentence)
    assert regime == ("krw.pension.holds_none" if values["kp_hedge"] == 0 else "krw.pension.holds")
    assert words_of(regime, lang, view.sentence)["verdict"] == t(f"krw.pension.{verdict}")
    rate = PENSION.compute(values)["with_hedge"]
    low, line = content.fact_value("krw_pension_zone_low"), content.fact_value("krw_line")
    assert {"verdict_above": rate >= line, "verdict_zone": low <= rate < line}.get(
        verdict, rate < low
    )


def test_pension_chart_line_bands_and_mark():
    start = content.fact_value("krw_dec_avg_level")
    view = PENSION.view({"kp_assets": 500, "kp_outflow": 20, "kp_depth": 5.0}, "en")
    rows = view.table.rows
    top = labspec.control("krw_pension", "kp_hedge").max  # the slider's ceiling, 15%
    assert len(rows) == 61 and rows[0]["x"] == 0 and rows[-1]["x"] == pytest.approx(top)
    assert rows[0]["y"] == pytest.approx(start * (1 + 20 / 5 / 100))  # no hedge
    # at the ceiling 500 x 15% = 75 billion sold: (20 - 75) / 5 = -11%
    assert rows[-1]["y"] == pytest.approx(start * (1 + (20 - 500 * top / 100) / 5 / 100))
    data = view.chart["datasets"]
    low, line = content.fact_value("krw_pension_zone_low"), content.fact_value("krw_line")
    assert (data["bands"][0]["y0"], data["bands"][0]["y1"]) == (low, line)
    assert data["bands"][1]["y0"] == line and data["bands"][1]["y1"] > max(r["y"] for r in rows)
    assert data["marks"][0]["x"] == pytest.approx(content.fact_value("nps_tactical_hedge") * 100)
    assert view.table.columns == {"x": "hedge ratio (%)", "y": "won per dollar (toy)"}
    assert view.notes == (content.translator("en")("krw.pension.caveat"),)


def test_pension_declares_the_facts_it_reads():
    assert set(PENSION.facts) >= {
        "krw_dec_avg_level",
        "krw_pension_zone_low",
        "krw_line",
        "nps_tactical_hedge",
    }


# --------------------------------------------------------------------------- the forward


def test_forward_figures_at_the_defaults_by_hand():
    s = fact_of("krw_forward", "kf_spot")
    r_k, r_u = fact_of("krw_forward", "kf_krw_rate"), fact_of("krw_forward", "kf_usd_rate")
    tau = fact_of("krw_forward", "kf_tenor")  # years
    f = FORWARD.compute({})
    fwd = s * (1 + r_k * tau) / (1 + r_u * tau)
    assert f["forward"] == pytest.approx(fwd)
    assert f["points"] == pytest.approx(fwd - s)
    assert f["hedge_return"] == pytest.approx((fwd / s - 1) / tau)


def test_forward_defaults_are_the_published_policy_rates_not_the_reported_gap():
    # The rate sliders start at the Bank of Korea's Base Rate and the top of the Fed's
    # target range, so the gap is the one the two central banks' rates give, not the
    # 2 points the report states (content/facts.toml, policy_rate_gap).
    assert labspec.control("krw_forward", "kf_krw_rate").default_fact == "bok_base_rate"
    assert labspec.control("krw_forward", "kf_usd_rate").default_fact == "fed_funds_target_high"
    gap = fact_of("krw_forward", "kf_usd_rate") - fact_of("krw_forward", "kf_krw_rate")
    assert gap * 100 == pytest.approx(content.fact_value("policy_rate_gap_published"))
    assert gap * 100 != pytest.approx(content.fact_value("policy_rate_gap"))
    # 1,470 x (1 + 0.025 x 0.25) / (1 + 0.0375 x 0.25) = 1,465.45, 4.55 won below spot;
    # (1.00625 / 1.009375 - 1) / 0.25 = -1.24% a year
    view = FORWARD.view({}, "en")
    assert metric_values(view) == ["1,465.45", f"{MINUS}4.55", f"{MINUS}1.24%"]
    words = words_of("krw.forward.cost", "en", view.sentence)
    assert words["gap"] == "1.25 percentage points"


@pytest.mark.parametrize("lang", LANGS)
def test_forward_cost_regime_one_year(lang):
    v = {"kf_spot": 1470, "kf_krw_rate": 2.5, "kf_usd_rate": 4.5, "kf_tenor": 12}
    f = FORWARD.compute(v)
    assert f["forward"] == pytest.approx(1470 * 1.025 / 1.045)
    assert f["hedge_return"] == pytest.approx(-0.02 / 1.045)
    view = FORWARD.view(v, lang)
    assert metric_values(view) == ["1,441.87", f"{MINUS}28.13", f"{MINUS}1.91%"]
    assert regime_of("krw_forward", lang, view.sentence) == "krw.forward.cost"
    words = words_of("krw.forward.cost", lang, view.sentence)
    assert "2.00" in words["gap"] and "1,441.87" in words["forward"]
    assert words["points"] == f"{MINUS}28.13" and words["cost"] == "1.91%"


@pytest.mark.parametrize("lang", LANGS)
def test_forward_gain_regime(lang):
    v = {"kf_spot": 1500, "kf_krw_rate": 6.0, "kf_usd_rate": 2.0, "kf_tenor": 12}
    assert FORWARD.compute(v)["forward"] == pytest.approx(1500 * 1.06 / 1.02)
    view = FORWARD.view(v, lang)
    assert metric_values(view) == ["1,558.82", "+58.82", "+3.92%"]
    words = words_of("krw.forward.gain", lang, view.sentence)
    assert "4.00" in words["gap"] and words["cost"] == "3.92%"


@pytest.mark.parametrize("lang", LANGS)
def test_forward_even_regime_gives_spot(lang):
    view = FORWARD.view({"kf_spot": 1470, "kf_krw_rate": 4.5, "kf_usd_rate": 4.5}, lang)
    assert metric_values(view) == ["1,470.00", "0.00", "0.00%"]
    words = words_of("krw.forward.even", lang, view.sentence)
    assert "1,470.00" in words["forward"]


def test_forward_chart_line_is_the_gap_over_one_plus_the_dollar_rate():
    v = {"kf_usd_rate": 4.0, "kf_tenor": 6}
    view = FORWARD.view(v, "en")
    rows = view.table.rows
    # every 0.1 point across all the rate sliders reach: -8 to +8 points
    assert len(rows) == 161 and rows[0]["x"] == pytest.approx(-8) and rows[-1]["x"] == 8
    for r in rows:  # (F / S - 1) / tau = g / (1 + r_USD tau), in percent
        assert r["y"] == pytest.approx(r["x"] / (1 + 0.04 * 0.5), abs=1e-9)
    now = view.chart["datasets"]["now"][0]
    r_k = fact_of("krw_forward", "kf_krw_rate")
    assert now["x"] == pytest.approx((r_k - 0.04) * 100)
    assert now["label"] == metric_values(view)[2]
    assert view.table.columns == {"x": "rate gap (pp)", "y": "hedging gain (% a year)"}


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_forward_links_to_the_home_lab(lang):
    assert FORWARD.view({}, lang).link_home == content.translator(lang)("krw.home_link")


# --------------------------------------------------------------------------- households


def test_household_figures_at_the_defaults_by_hand():
    before, now = fact_of("krw_household", "kh_from"), fact_of("krw_household", "kh_to")
    coef, income = fact_of("krw_household", "kh_pass"), fact_of("krw_household", "kh_income")
    f = HOUSEHOLD.compute({})
    assert f["won_change"] == pytest.approx(before / now - 1)
    assert f["depreciation"] == pytest.approx(now / before - 1)
    assert f["inflation"] == pytest.approx((now / before - 1) * coef)
    assert f["before_usd"] == pytest.approx(income / before)
    assert f["after_usd"] == pytest.approx(income / now)
    # the won's change is exactly the change in dollar goods the chart's bars show
    assert f["after_usd"] / f["before_usd"] - 1 == pytest.approx(f["won_change"])


def test_household_weaker_won():
    v = {"kh_from": 1400, "kh_to": 1540, "kh_pass": 0.1, "kh_income": 3.5}
    f = HOUSEHOLD.compute(v)
    assert f["won_change"] == pytest.approx(1400 / 1540 - 1)  # -9.09%
    assert f["depreciation"] == pytest.approx(0.10) and f["inflation"] == pytest.approx(0.01)
    assert f["before_usd"] == pytest.approx(2500) and f["after_usd"] == pytest.approx(3.5e6 / 1540)
    en = HOUSEHOLD.view(v, "en")
    assert metric_values(en) == [f"{MINUS}9.1%", "+1.00%", "US$2,500", "US$2,273"]
    words = words_of("krw.household.weaker", "en", en.sentence)
    assert words == {
        "from_rate": "1,400 won per dollar",
        "to_rate": "1,540 won per dollar",
        "change": "9.1%",
        "rise": "10.0%",
        "prices": "With a pass-through of 0.10, consumer prices rise about 1.00%.",
        "income": "3,500,000",
        "after": "US$2,273",
        "before": "US$2,500",
    }
    zh = HOUSEHOLD.view(v, "zh-Hant")
    zt = content.translator("zh-Hant")
    assert metric_values(zh) == [
        f"{MINUS}9.1%",
        "+1.00%",
        zt("unit.usd", v="2,500"),
        zt("unit.usd", v="2,273"),
    ]
    assert regime_of("krw_household", "zh-Hant", zh.sentence) == "krw.household.weaker"
    zw = words_of("krw.household.weaker", "zh-Hant", zh.sentence)
    assert (zw["change"], zw["rise"]) == ("9.1%", "10.0%")
    assert zw["prices"] == zt("krw.household.prices_up", **{"pass": "0.10", "prices": "1.00%"})
    totals = [r["text"] for r in en.chart["datasets"]["totals"]]
    assert totals == ["2,500", "2,273"]
    assert en.table.columns == {"group": "when", "value": "US dollars"}
    assert [r["value"] for r in en.table.rows] == pytest.approx([2500, 3.5e6 / 1540])


@pytest.mark.parametrize(
    ("before", "now", "won", "dollar", "prices"),
    [
        # the cases: 1,350 / 1,470 - 1 = -8.16%, 1,470 / 1,350 - 1 = +8.89%
        (1350, 1470, f"{MINUS}8.2%", "8.9%", "0.89%"),
        # 1,350 / 1,800 - 1 = -25.0% (the bars: 2,222 -> 1,667), 1,800 / 1,350 - 1 = +33.3%
        (1350, 1800, f"{MINUS}25.0%", "33.3%", "3.33%"),
        # the sliders' extremes: 1,100 / 1,800 - 1 = -38.9%, 1,800 / 1,100 - 1 = +63.6%
        (1100, 1800, f"{MINUS}38.9%", "63.6%", "6.36%"),
    ],
)
@pytest.mark.parametrize("lang", LANGS)
def test_household_weaker_won_is_the_won_own_fall(lang, before, now, won, dollar, prices):
    view = HOUSEHOLD.view({"kh_from": before, "kh_to": now, "kh_pass": 0.1}, lang)
    assert metric_values(view)[:2] == [won, f"+{prices}"]
    words = words_of("krw.household.weaker", lang, view.sentence)
    assert words["change"] == won.removeprefix(MINUS) and words["rise"] == dollar
    t = content.translator(lang)
    assert words["prices"] == t("krw.household.prices_up", **{"pass": "0.10", "prices": prices})
    bars = [r["value"] for r in view.table.rows]
    assert bars[1] / bars[0] - 1 == pytest.approx(before / now - 1)


@pytest.mark.parametrize(
    ("before", "now", "won", "dollar", "prices"),
    [
        # 1,470 / 1,200 - 1 = +22.5%; 1,200 / 1,470 - 1 = -18.4%, x 0.1 = -1.84%
        (1470, 1200, "+22.5%", "18.4%", "1.84%"),
        # the sliders' extremes: 1,800 / 1,100 - 1 = +63.6%; 1,100 / 1,800 - 1 = -38.9%
        (1800, 1100, "+63.6%", "38.9%", "3.89%"),
    ],
)
@pytest.mark.parametrize("lang", LANGS)
def test_household_stronger_won(lang, before, now, won, dollar, prices):
    view = HOUSEHOLD.view({"kh_from": before, "kh_to": now, "kh_pass": 0.1}, lang)
    assert metric_values(view)[:2] == [won, f"{MINUS}{prices}"]
    assert regime_of("krw_household", lang, view.sentence) == "krw.household.stronger"
    words = words_of("krw.household.stronger", lang, view.sentence)
    assert words["change"] == won.removeprefix("+") and words["rise"] == dollar
    t = content.translator(lang)
    # the sentence says "fall", so the figure has no sign
    assert words["prices"] == t("krw.household.prices_down", **{"pass": "0.10", "prices": prices})
    assert MINUS not in view.sentence  # no negative "fall"


@pytest.mark.parametrize("lang", LANGS)
def test_household_stronger_won_income_buys_more(lang):
    view = HOUSEHOLD.view({"kh_from": 1400, "kh_to": 1260, "kh_income": 3.5}, lang)
    words = words_of("krw.household.stronger", lang, view.sentence)
    assert "2,778" in words["after"] and "2,500" in words["before"]  # 3.5e6 / 1,260


@pytest.mark.parametrize("lang", LANGS)
def test_household_no_change_says_unchanged(lang):
    view = HOUSEHOLD.view({"kh_from": 1470, "kh_to": 1470}, lang)
    assert metric_values(view)[:2] == ["0.0%", "0.00%"]
    assert regime_of("krw_household", lang, view.sentence) == "krw.household.unchanged"
    words = words_of("krw.household.unchanged", lang, view.sentence)
    assert "1,470" in words["to_rate"] and "2,041" in words["after"]  # 3e6 / 1,470


@pytest.mark.parametrize("lang", LANGS)
def test_household_no_pass_through_says_prices_do_not_move(lang):
    view = HOUSEHOLD.view({"kh_from": 1350, "kh_to": 1470, "kh_pass": 0.0}, lang)
    assert metric_values(view)[1] == "0.00%"
    words = words_of("krw.household.weaker", lang, view.sentence)
    assert words["prices"] == content.translator(lang)("krw.household.prices_none")


@pytest.mark.parametrize("lang", LANGS)
def test_household_tiny_price_change_is_not_shown_as_zero(lang):
    # 1,795 / 1,800 - 1 = -0.278%, x 0.01 = -0.00278%: three places, not "0.00%"
    view = HOUSEHOLD.view({"kh_from": 1800, "kh_to": 1795, "kh_pass": 0.01}, lang)
    assert metric_values(view)[:2] == ["+0.3%", f"{MINUS}0.003%"]
    words = words_of("krw.household.stronger", lang, view.sentence)
    assert words["prices"].endswith(("0.003%.", "0.003%。"))


# --------------------------------------------------------------------------- every lab


@pytest.mark.parametrize("lab_id", list(REGIMES))
@pytest.mark.parametrize("lang", i18n.LANGS)
def test_extremes_render_without_nan_or_inf(lab_id, lang):
    lab = LABS[lab_id]
    for values in extremes(lab_id):
        view = lab.view(values, lang)
        assert all(np.isfinite(x) for x in lab.compute(values).values())
        for text in texts(view):
            assert not BAD.search(text), (values, text)
        if lang in LANGS:
            regime_of(lab_id, lang, view.sentence)


@pytest.mark.parametrize("lab_id", list(REGIMES))
def test_simplified_chinese_is_the_converted_traditional(lab_id):
    hant, hans = LABS[lab_id].view({}, "zh-Hant"), LABS[lab_id].view({}, "zh-Hans")
    assert hans.sentence == i18n.to_hans(hant.sentence) != hant.sentence
    assert [m.label for m in hans.metrics] == [i18n.to_hans(m.label) for m in hant.metrics]


def test_metric_counts_match_the_page_order():
    from tests.app.test_krw_defence_page import ORDER

    assert list(ORDER) == list(REGIMES)
    assert {k: len(LABS[k].view({}, "en").metrics) for k in ORDER} == ORDER


@pytest.mark.parametrize(
    ("lab", "values"),
    [
        (FORWARD, {"kf_spot": 0}),
        (FORWARD, {"kf_tenor": 0}),
        (FORWARD, {"kf_krw_rate": -150.0}),
        (FORWARD, {"kf_usd_rate": float("nan")}),
        (FORWARD, {"kf_forward": 1400}),  # no such control
        (PENSION, {"kp_hedge": 150.0}),
        (PENSION, {"kp_depth": 0.0}),
        (PENSION, {"kp_assets": -10}),
        (PENSION, {"kp_outflow": -600, "kp_depth": 2.0}),  # the toy rate would go below zero
        (HOUSEHOLD, {"kh_from": 0}),
        (HOUSEHOLD, {"kh_to": -5}),
        (HOUSEHOLD, {"kh_pass": 2.0}),
        (HOUSEHOLD, {"kh_income": -1.0}),
        (HOUSEHOLD, {"kh_income": "3"}),
    ],
)
def test_impossible_input_raises_value_error(lab, values):
    with pytest.raises(ValueError):
        lab.compute(values)
    with pytest.raises(ValueError):
        lab.view(values, "en")


def test_forward_chart_covers_every_gap_the_sliders_reach():
    """The forward lab's point is on its chart at every slider extreme: the chart's gap
    axis runs from (won min - dollar max) to (won max - dollar min), -8 to +8 points."""
    from lib.labs import krw

    lab = LABS["krw_forward"]
    for case in extremes("krw_forward"):
        v = {**labspec.defaults("krw_forward"), **case}
        gap = (v["kf_krw_rate"] - v["kf_usd_rate"]) / 100
        assert krw.GAPS[0] - 1e-12 <= gap <= krw.GAPS[-1] + 1e-12, case
        lab.view(case, "en")  # draws without error
    assert krw.GAPS[0] == pytest.approx(-0.08) and krw.GAPS[-1] == pytest.approx(0.08)
