"""Exercises checked by the live model (lib/exercises.py, content/exercises.toml).

Every exercise: its lab and check exist, both languages say the same things with the same
placeholders, its answer lies on the sliders' grid and meets the goal while the sourced
defaults do not, in every language, with the numbers in the verdict; and the
Simplified text it generates reads as mainland Chinese.
"""

from __future__ import annotations

import math
import re

import pytest

from lib import content, exercises, hans_text, i18n, nav
from lib.labs import LABS, spec

RAW = exercises.declarations()
IDS = [raw["id"] for raw in RAW]
LANGS = i18n.LANGS
PAGES = ("convenience-yield", "ai-dollar", "krw-defence", "asset-divergence")
PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[A-Za-z0-9_.\-]+)?\}")
NUMBER = re.compile(r"\d")


def _raw(exercise_id: str) -> dict:
    return next(r for r in RAW if r["id"] == exercise_id)


def _zh_fields(raw: dict) -> set[str]:
    return {k.removesuffix("_zh") for k in raw if k.endswith("_zh")}


def _en_fields(raw: dict) -> set[str]:
    return {k.removesuffix("_en") for k in raw if k.endswith("_en")}


# --------------------------------------------------------------------------- declarations


def test_ids_are_unique_and_every_page_has_enough():
    assert len(IDS) == len(set(IDS))
    for page in PAGES:
        assert len(exercises.for_page(page, "en")) >= 2, page
    assert len(exercises.for_page("home", "en")) >= 1
    known = {p.key for p in nav.PAGES}
    assert {spec.page_of(raw["lab"]) for raw in RAW} <= known
    assert sum(len(exercises.for_page(p, "en")) for p in known) == len(RAW)


@pytest.mark.parametrize("exercise_id", IDS)
def test_lab_check_and_parameters_exist(exercise_id):
    raw = _raw(exercise_id)
    assert raw["lab"] in LABS and raw["lab"] in spec.lab_ids()
    assert raw["check"] in exercises.CHECKS
    figures = set(LABS[raw["lab"]].compute({}))
    named = [raw["figure"]] if "figure" in raw else raw["figures"]
    assert set(named) <= figures, (named, figures)
    if "than" in raw:
        assert raw["than"] in figures and raw["check"] in ("bound", "edge")
    if raw["check"] != "near":
        assert raw["side"] in exercises.SIDES
    if raw["check"] == "edge":
        assert raw["direction"] in exercises.DIRECTIONS
        assert not spec.control(raw["lab"], raw["control"]).is_choice
    if "target_fact" in raw:
        content.fact(raw["target_fact"])
    elif "than" not in raw:
        assert math.isfinite(float(raw["target"]))
    keys = {c.key for c in spec.controls(raw["lab"])}
    assert set(raw.get("keep", ())) <= keys
    assert set(raw["answer"]) <= keys and raw["answer"]
    assert not set(raw["answer"]) & set(raw.get("keep", ())), "the answer moves a kept control"


@pytest.mark.parametrize("exercise_id", IDS)
def test_both_languages_have_the_same_fields_and_no_empty_text(exercise_id):
    raw = _raw(exercise_id)
    assert _en_fields(raw) == _zh_fields(raw)
    assert {"goal", "hint", "explanation"} <= _en_fields(raw)
    assert ("quantity" in _en_fields(raw)) != ("quantities" in _en_fields(raw))
    assert ("other" in _en_fields(raw)) == ("than" in raw)
    for name in _en_fields(raw):
        en, zh = raw[f"{name}_en"], raw[f"{name}_zh"]
        assert type(en) is type(zh), name
        en, zh = (en, zh) if isinstance(en, list) else ([en], [zh])
        assert len(en) == len(zh), name
        for a, b in zip(en, zh, strict=True):
            assert a.strip() and b.strip(), (exercise_id, name)
            assert sorted(PLACEHOLDER.findall(a)) == sorted(PLACEHOLDER.findall(b)), name
    if "quantities_en" in raw:
        assert len(raw["quantities_en"]) == len(raw["figures"])


def test_the_widget_strings_are_the_same_in_both_languages():
    table = content.load_toml(exercises.FILE)["ui"]
    assert set(table["en"]) == set(table["zh"])
    for key, en in table["en"].items():
        zh = table["zh"][key]
        assert en.strip() and zh.strip(), key
        assert sorted(PLACEHOLDER.findall(en)) == sorted(PLACEHOLDER.findall(zh)), key
    sides = {f"{p}{s}" for p in ("side_", "not_") for s in exercises.SIDES}
    assert sides <= set(table["en"])


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("exercise_id", IDS)
def test_texts_are_filled(exercise_id, lang):
    ex = exercises.by_id(exercise_id, lang)
    assert ex.lab == _raw(exercise_id)["lab"] and ex.page == spec.page_of(ex.lab)
    for text in (ex.goal, ex.hint, ex.explanation):
        assert text.strip() and "{" not in text and "}" not in text, text
    assert ex in exercises.for_lab(ex.lab, lang) and ex in exercises.for_page(ex.page, lang)


def test_facts_are_not_typed_where_a_placeholder_belongs():
    """The explanation quotes the figure at the answer through a placeholder, and the
    settings it names through ``{answer:...}``: the answer's own numbers are never typed."""
    for raw in RAW:
        for lang in ("en", "zh"):
            text = raw[f"explanation_{lang}"]
            for key, value in raw["answer"].items():
                typed = re.escape(spec.control(raw["lab"], key).shown(value))
                assert f"{{answer:{key}}}" in text, (raw["id"], key)
                bare = re.sub(PLACEHOLDER, "", text)
                assert not re.search(rf"(?<![\d.,]){typed}(?![\d])", bare), (raw["id"], typed)


# --------------------------------------------------------------------------- the answer


def _on_grid(c: spec.Control, value: float) -> bool:
    return any(math.isclose(value, g, rel_tol=0, abs_tol=1e-9) for g in c.grid())


@pytest.mark.parametrize("exercise_id", IDS)
def test_the_answer_is_on_the_sliders_grid(exercise_id):
    raw = _raw(exercise_id)
    for key, value in raw["answer"].items():
        c = spec.control(raw["lab"], key)
        lo, hi, _step = c.bounds()
        assert lo <= value <= hi and _on_grid(c, value), (key, value)
        if c.integer:
            assert float(value).is_integer()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("exercise_id", IDS)
def test_the_answer_meets_the_goal_and_the_defaults_do_not(exercise_id, lang):
    raw = _raw(exercise_id)
    ex = exercises.by_id(exercise_id, lang)
    met = exercises.check(ex, exercises.answer_values(raw), lang)
    assert met.met, met.why
    figures = LABS[ex.lab].compute(exercises.answer_values(raw))
    figure = raw.get("figure") or raw["figures"][0]
    assert exercises.show(figures[figure], raw, lang) in met.why
    assert NUMBER.search(met.why)
    # the answer as given, without the defaults filled in, is the same setting
    assert exercises.check(ex, raw["answer"], lang) == met
    default = exercises.check(ex, {}, lang)
    assert not default.met, default.why
    shown_default = exercises.show(LABS[ex.lab].compute({})[figure], raw, lang)
    assert shown_default in default.why


@pytest.mark.parametrize("exercise_id", IDS)
def test_the_registered_kind_is_the_one_check_calls(exercise_id):
    ex = exercises.by_id(exercise_id, "en")
    values = exercises.answer_values(_raw(exercise_id))
    assert exercises.CHECKS[ex.check](ex, values, "en") == exercises.check(ex, values, "en")


# --------------------------------------------------------------------------- kinds


def test_near_reports_the_value_and_the_goal():
    ex = exercises.by_id("krw_free_hedge", "en")
    v = exercises.check(ex, {"kf_krw_rate": 2.5}, "en")
    assert not v.met
    assert "\u22121.24%" in v.why and "0.00% \u00b1 0.05%" in v.why
    assert exercises.check(ex, {"kf_krw_rate": 3.75, "kf_usd_rate": 3.75}, "en").met
    assert exercises.check(ex, {"kf_krw_rate": 1.0, "kf_usd_rate": 1.0}, "en").met


def test_edge_says_which_way_to_go_and_where_the_slider_ends():
    ex = exercises.by_id("cy_balance_turns_negative", "en")
    further = exercises.check(ex, {"bs_capacity": 6.0}, "en")
    assert not further.met and "6.1" in further.why and "keep going" in further.why
    slack = exercises.check(ex, {"bs_capacity": 10.0}, "en")
    assert not slack.met and "not below 0.0 bp" in slack.why
    met = exercises.check(ex, {"bs_capacity": 8.9}, "en")
    assert met.met and "9.0" in met.why
    # the other direction: the pension lab's smallest hedge ratio
    pension = exercises.by_id("krw_pension_smallest_hedge", "en")
    assert exercises.check(pension, {"kp_hedge": 4.5}, "en").met
    assert not exercises.check(pension, {"kp_hedge": 4.0}, "en").met
    assert not exercises.check(pension, {"kp_hedge": 15.0}, "en").met  # 14.5 also below


def test_edge_at_the_end_of_the_slider_is_not_met():
    """A positive foreign swap spread keeps the Treasury convenience yield negative at
    every capacity: at the top of the capacity slider there is no step further."""
    raw = dict(_raw("cy_balance_turns_negative"), keep=[])
    ex = exercises.Exercise(
        id="t", lab=raw["lab"], page="convenience-yield", check="edge", lang="en", goal="",
        hint="", explanation="", params=raw,
    )  # fmt: skip
    v = exercises.check(ex, {"bs_capacity": 12.0, "bs_fss": 10}, "en")
    assert not v.met and "slider ends here" in v.why


def test_bounds_needs_every_figure():
    ex = exercises.by_id("cy_balance_together", "en")
    only_dollar = exercises.check(ex, {"bs_ratio": 2.0}, "en")
    assert not only_dollar.met
    assert "+20.0 bp" in only_dollar.why and "\u221220.0 bp" in only_dollar.why
    slack = exercises.check(ex, {"bs_ratio": 0.5}, "en")  # capacity 6 > 4.5 needed
    assert not slack.met and "0.0 bp" in slack.why


def test_bound_against_another_figure():
    ex = exercises.by_id("ai_loops_match", "en")
    v = exercises.check(ex, {"ai_us_share": 1.0}, "en")
    assert not v.met and "more than the petrodollar loop (US$35.8 billion)" in v.why


@pytest.mark.parametrize("lang", LANGS)
def test_a_kept_control_that_moved_is_named(lang):
    ex = exercises.by_id("div_mix_stress_limit", lang)
    v = exercises.check(ex, {"mx_w_stocks": 40, "mx_w_bonds": 30, "mx_shock_usd": 0}, lang)
    assert not v.met
    t = content.translator(lang)
    assert t(spec.control("div_mix", "mx_shock_usd").label) in v.why
    assert "\u22125%" in v.why  # the source value to put it back to


@pytest.mark.parametrize("lang", LANGS)
def test_impossible_input_is_a_verdict_not_an_exception(lang):
    ex = exercises.by_id("div_mix_stress_limit", lang)
    v = exercises.check(ex, {"mx_w_stocks": 80, "mx_w_bonds": 30}, lang)
    assert not v.met
    assert content.translator(lang)("field.weights") in v.why
    assert "110%" in v.why
    for bad in ({"nope": 1.0}, {"mx_w_stocks": float("nan")}, {"mx_w_stocks": "x"}):
        verdict = exercises.check(ex, bad, lang)
        assert not verdict.met and verdict.why


def test_an_edge_whose_next_step_cannot_be_computed_is_not_met():
    raw = {
        "id": "t", "lab": "div_mix", "check": "edge", "figure": "home_return",
        "side": "at_least", "target": -1.0, "control": "mx_w_stocks", "direction": "up",
        "unit": "pct", "decimals": 1, "quantity_en": "x", "quantity_zh": "x",
    }  # fmt: skip
    ex = exercises.Exercise(
        id="t", lab="div_mix", page="asset-divergence", check="edge", lang="en", goal="",
        hint="", explanation="", params=raw,
    )  # fmt: skip
    v = exercises.check(ex, {"mx_w_stocks": 70, "mx_w_bonds": 30}, "en")
    assert not v.met and "105%" in v.why  # one step up: 75% + 30%


# --------------------------------------------------------------------------- Simplified Chinese


def _hans_verdicts() -> list[tuple[str, str]]:
    out = []
    for raw in RAW:
        ex = exercises.by_id(raw["id"], "zh-Hans")
        for name, values in (("answer", exercises.answer_values(raw)), ("default", {})):
            out.append((f"verdict:{ex.id}.{name}", exercises.check(ex, values, "zh-Hans").why))
    ex = exercises.by_id("div_mix_stress_limit", "zh-Hans")
    out.append(("verdict:keep", exercises.check(ex, {"mx_shock_usd": 0}, "zh-Hans").why))
    out.append(("verdict:error", exercises.check(ex, {"mx_w_stocks": 80}, "zh-Hans").why))
    return out


def test_simplified_texts_and_verdicts_have_no_wrong_form():
    texts = exercises.learner_texts("zh-Hans") + _hans_verdicts()
    hits = hans_text.find_wrong(texts, hans_text.wrong_forms())
    assert not hits, hits
    for _where, text in texts:
        assert not re.search("[\u300c\u300d\u300e\u300f]", text), text


def test_simplified_is_generated_from_the_traditional():
    for raw in RAW:
        hans = exercises.by_id(raw["id"], "zh-Hans")
        for name in exercises.TEXT_FIELDS:
            made = exercises.fill(i18n.to_hans(raw[f"{name}_zh"]), raw, "zh-Hans")
            assert getattr(hans, name) == made
    assert exercises.ui_strings("zh-Hans")["check"] == i18n.to_hans(
        content.load_toml(exercises.FILE)["ui"]["zh"]["check"]
    )


def test_learner_texts_cover_every_exercise():
    for lang in LANGS:
        places = dict(exercises.learner_texts(lang))
        for raw in RAW:
            for name in ("goal", "hint", "explanation"):
                assert places[f"exercise:{raw['id']}.{name}"].strip()
        assert places["exercise:ui.check"]
