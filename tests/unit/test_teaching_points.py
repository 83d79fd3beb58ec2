"""What the labs and their texts must teach (issue "Content you can teach from").

1. The worked example in the convenience-yield lesson (``{calc:cy_example.*}``) shows
   what the home lab's own function computes from the same facts.
2. The household lab says which change it shows: the won's own fall, not the dollar's
   rise (1,350 -> 1,470: -8.2% and +8.9%).
3. The carry lab links its break-even, the covered-parity forward, to the home lab and
   calls the trade a bet against uncovered interest parity.
4. The pension lab says what lifting the hedge does (USD/KRW rises) and gives its
   pressure, a flow, a period.
"""

from __future__ import annotations

import pytest

from lib import content, worked
from lib import convenience_yield as cy
from lib import divergence as dv
from lib import fx_defence as fx
from lib.labs import LABS
from lib.labs import spec as labspec
from tests.unit.labkit import LANGS

# --------------------------------------------------------------------------- 1. worked example


def _home_defaults() -> dict[str, float]:
    return {c.key: c.default for c in labspec.controls("home_cip")}


def test_worked_example_is_what_the_home_lab_computes_at_its_defaults():
    ex = worked.cy_example()
    figures = LABS["home_cip"].compute(_home_defaults())
    assert ex["cy"] == pytest.approx(figures["cy"], abs=1e-15)
    # and by hand: rho = ln(153.55 / 155) / 0.25 = -3.7595%; 0.50% + 3.7595% - 4.00%
    assert ex["rho"] == pytest.approx(-0.037595, abs=1e-6)
    assert ex["cy"] * 1e4 == pytest.approx(25.95, abs=0.01)
    assert ex["synthetic"] == pytest.approx(ex["jpy_rate"] - ex["rho"])
    assert ex["cy"] == pytest.approx(
        cy.dollar_convenience_yield(
            ex["usd_rate"], ex["jpy_rate"], ex["spot"], ex["forward"], ex["tenor"]
        )
    )


@pytest.mark.parametrize("lang", ["en", "zh-Hant", "zh-Hans"])
def test_the_lesson_shows_the_worked_example_as_the_function_computes_it(lang):
    text = content.section("convenience-yield", "s2_measure", lang)
    words = worked.cy_example_words(lang)
    for name in ("spot", "forward", "usd_rate", "jpy_rate", "tenor", "rho", "synthetic", "cy"):
        assert words[name] in text, (lang, name, words[name])
    # the result is the figure the home lab's metric shows at its defaults
    view = LABS["home_cip"].view(_home_defaults(), lang)
    assert view.metrics[0].value == words["cy"] and words["cy"] in text
    assert "{calc:" not in text


def test_the_lesson_moves_with_the_facts(monkeypatch):
    # the text is computed, not typed: another forward gives another sentence
    real = content.fact_value

    def fake(key: str) -> float:
        return 153.0 if key == "lab_usdjpy_forward" else real(key)

    monkeypatch.setattr(content, "fact_value", fake)
    expected = cy.route_breakdown(0.04, 0.005, 155.0, 153.0, 0.25)["cy"] * 1e4
    assert worked.words("cy_example.cy", "en") == content.format_value(
        expected, "bp", "en", 1, signed=True
    )


def test_an_unknown_worked_figure_fails_loudly():
    with pytest.raises(content.ContentError):
        content.fill("{calc:cy_example.nope}", "en")
    with pytest.raises(content.ContentError):
        content.fill("{calc:nope.cy}", "en")


def test_the_page_as_of_line_covers_the_example_s_facts():
    keys = content.section_fact_keys("convenience-yield", ("s2_measure",))
    assert set(worked.CY_FACTS) <= set(keys)


# --------------------------------------------------------------------------- 2. household


def test_depreciation_and_the_won_s_fall_are_two_numbers_for_one_move():
    assert fx.depreciation(1350.0, 1470.0) == pytest.approx(120 / 1350)  # +8.9%
    assert fx.won_change(1350.0, 1470.0) == pytest.approx(1350 / 1470 - 1)  # -8.2%
    assert "8.9%" in fx.depreciation.__doc__ and "8.2%" in fx.depreciation.__doc__


@pytest.mark.parametrize("lang", LANGS)
def test_household_lab_says_which_change_its_headline_shows(lang):
    t = content.translator(lang)
    view = LABS["krw_household"].view({"kh_from": 1350, "kh_to": 1470}, lang)
    head = view.metrics[0]
    assert head.label == t("krw.household.m_fall")
    assert head.value == "\u22128.2%"
    assert "8.2%" in head.help and "8.9%" in head.help  # the won's fall, not the dollar's rise
    assert "8.2%" in view.sentence and "8.9%" in view.sentence
    own = {"en": "the change shown above", "zh-Hant": "\u4e0a\u65b9\u986f\u793a\u7684\u8b8a\u52d5"}
    assert own[lang] in view.sentence


# --------------------------------------------------------------------------- 3. carry and UIP


@pytest.mark.parametrize("lang", LANGS)
def test_carry_lab_links_its_break_even_to_the_home_lab(lang):
    t = content.translator(lang)
    view = LABS["div_carry"].view({}, lang)
    assert view.link_home == t("div.home_link")
    uip = {
        "en": "uncovered interest parity",
        "zh-Hant": "\u672a\u62cb\u88dc\u5229\u7387\u5e73\u50f9",  # wei pao bu li lu ping jia
    }
    assert uip[lang] in t("div.carry.intro") and uip[lang] in t("div.carry.m_breakeven_help")
    section = content.section("asset-divergence", "s3_forces", lang)
    assert uip[lang] in section


def test_the_carry_break_even_is_the_covered_parity_forward():
    assert dv.carry_breakeven(155.0, 0.005, 0.04, 1.0) == pytest.approx(
        fx.forward_rate(155.0, 0.005, 0.04, 1.0)
    )


# --------------------------------------------------------------------------- 4. pension fund


@pytest.mark.parametrize(
    "lang, off, rises, period",
    [
        ("en", "taking hedges off", "USD/KRW rises", "quarter"),
        (
            "zh-Hant",
            "\u89e3\u9664\u907f\u96aa",  # jie chu bi xian: lifting the hedge
            "\u7f8e\u5143\u514c\u97d3\u5143\u56e0\u6b64\u4e0a\u5347",  # USD/KRW therefore rises
            "\u4e00\u5b63",  # a quarter
        ),
    ],
)
def test_pension_lab_says_what_lifting_the_hedge_does_and_gives_the_flow_a_period(
    lang, off, rises, period
):
    t = content.translator(lang)
    assert off in t("krw.pension.intro") and rises in t("krw.pension.intro")
    assert period in t("krw.pension.outflow") and period in t("krw.pension.outflow_help")
    assert period in t("krw.pension.intro")
    section = content.section("krw-defence", "s4_pension", lang)
    assert period in section
    unwind = {"en": "USD/KRW rises", "zh-Hant": "\u7f8e\u5143\u514c\u97d3\u5143\u6703\u4e0a\u5347"}
    assert unwind[lang] in section


def test_lifting_the_hedge_raises_usd_krw_in_the_lab():
    lab = LABS["krw_pension"]
    hedged = lab.compute({"kp_hedge": 10.0})["with_hedge"]
    lifted = lab.compute({"kp_hedge": 0.0})["with_hedge"]
    assert lifted > hedged
