"""The lab registry, the lab-spec model, URL state and the home lab's compute and present,
without Streamlit.

Hand calculations for the home lab use the facts behind its defaults (content/facts.toml),
read here, never typed: S spot, F forward, r_usd and r_jpy decimals a year, tau years.
"""

import math
import re

import pytest

from lib import content, i18n, urlstate
from lib.errors import InputError
from lib.labs import LABS
from lib.labs import spec as labspec
from lib.labs.view import METRIC_MAX, METRIC_WIDTH, Metric, metric_width
from tests.unit.labkit import BAD, extremes, fact_of, texts

HOME = LABS["home_cip"]


# --------------------------------------------------------------------------- registry


def test_every_lab_in_labs_toml_is_registered_and_no_other():
    assert set(LABS) == set(content.load_toml("labs.toml"))
    assert all(LABS[k].id == k for k in LABS)


def test_every_lab_names_an_existing_page_and_string_root():
    from lib import nav

    t = content.translator("en")
    for lab in LABS.values():
        assert nav.exists(lab.page), lab.id
        assert t.has(f"{lab.strings}.title"), lab.id
        for c in lab.controls:
            assert t.has(c.label), (lab.id, c.key)


def test_control_keys_are_unique_across_labs():
    # A key is a widget key and a URL parameter: two labs must never share one.
    keys = [c.key for lab in LABS.values() for c in lab.controls]
    assert len(keys) == len(set(keys))
    assert urlstate.LANG_KEY not in keys and "q" not in keys and "embed" not in keys


@pytest.mark.parametrize("lab_id", list(LABS))
def test_each_lab_computes_finite_figures_at_its_defaults(lab_id):
    figures = LABS[lab_id].compute({})
    assert figures
    assert all(isinstance(x, float) and math.isfinite(x) for x in figures.values()), figures


@pytest.mark.parametrize("lab_id", list(LABS))
def test_controls_carry_key_min_max_default_or_options(lab_id):
    for c in LABS[lab_id].controls:
        if c.is_choice:
            assert c.options and c.default == c.options[0]
        else:
            assert c.min <= c.default <= c.max, (lab_id, c.key)
            # the default must be reachable with the slider's step
            steps = (c.default - c.min) / c.step
            assert abs(steps - round(steps)) < 1e-6, (lab_id, c.key, c.default)


@pytest.mark.parametrize("lang", i18n.LANGS)
@pytest.mark.parametrize("lab_id", list(LABS))
def test_every_lab_reads_finite_at_every_extreme_in_every_language(lab_id, lang):
    for values in extremes(lab_id):
        try:
            view = LABS[lab_id].view(values, lang)
        except ValueError as err:  # an impossible combination: a message, not a figure
            assert str(err) and not BAD.search(str(err))
            continue
        for text in texts(view):
            assert not BAD.search(text), (lab_id, values, text)
        assert (view.sentence and view.metrics) or view.items


@pytest.mark.parametrize("lab_id", list(LABS))
def test_unknown_control_and_non_numbers_are_refused(lab_id):
    lab = LABS[lab_id]
    with pytest.raises(ValueError, match="no control"):
        lab.compute({"no_such_control": 1.0})
    c = lab.controls[0]
    bad = "not-an-option" if c.is_choice else "abc"
    with pytest.raises(ValueError):
        lab.compute({c.key: bad})
    if not c.is_choice:
        with pytest.raises(ValueError):
            lab.compute({c.key: float("nan")})


# --------------------------------------------------------------------------- spec


def test_slider_default_is_its_fact_times_scale():
    c = labspec.control("home_cip", "usd_rate")
    assert c.scale == 100
    assert c.default == pytest.approx(content.fact_value("lab_usd_rate") * 100)
    assert c.to_model(4.5) == 0.045
    tenor = labspec.control("home_cip", "tenor")
    assert tenor.integer and isinstance(tenor.default, int)
    assert tenor.to_model(6) == 0.5


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, None),
        ("152.5", 152.5),
        ("abc", None),
        ("nan", None),
        ("inf", None),
        ("1e400", None),
        ("9999", None),
        ("119.99", None),
        ("120", 120.0),
        ("", None),
    ],
)
def test_url_values_outside_the_slider_are_not_used(raw, expected):
    assert labspec.control("home_cip", "forward").parse(raw) == expected


def test_integer_url_values_round_and_choices_must_be_options():
    assert labspec.control("home_cip", "tenor").parse("5.6") == 6
    episode = labspec.control("cy_stress", "episode")
    stress_keys = tuple(content.load_toml("stress.toml")["episode"])
    assert episode.options == stress_keys
    assert episode.parse(stress_keys[1]) == stress_keys[1]
    assert episode.parse("<b>x</b>") is None


def test_presets_give_every_control_a_value_within_range():
    for lab in LABS:
        for name in labspec.presets(lab):
            values = labspec.preset_values(lab, name)
            for c in labspec.controls(lab):
                assert c.min <= values[c.key] <= c.max, (lab, name, c.key)


# --------------------------------------------------------------------------- URL state


def test_marker_sets_changed_controls_and_drops_defaults():
    defaults = labspec.defaults("home_cip")
    changed, unset = urlstate.marker_diff({**defaults, "forward": 152.5, "tenor": 6}, defaults)
    assert changed == {"forward": "152.5", "tenor": "6"}
    assert set(unset) == set(defaults) - {"forward", "tenor"}


def test_share_url_reproduces_language_values_and_embed():
    url = urlstate.share_url("http://x/krw-defence", "zh-Hant", {"kp_hedge": 10.0}, embed=True)
    assert url == "http://x/krw-defence?lang=zh-Hant&kp_hedge=10&embed=true"
    # a value that round-trips through the URL gives the same slider value back
    c = labspec.control("home_cip", "forward")
    assert c.parse(urlstate.param(153.55)) == 153.55


# --------------------------------------------------------------------------- view, text


def test_metric_width_grows_with_the_value_and_caps_at_a_column():
    assert metric_width(Metric("CY", "+1 bp")) == METRIC_WIDTH
    long = metric_width(Metric("CY", "\u22121,011.2 \u57fa\u9ede"))
    assert METRIC_WIDTH < long <= METRIC_MAX
    assert metric_width(Metric("x" * 200, "1")) == METRIC_MAX


def test_markdown_table_escapes_cells_that_would_break_it():
    table = content.markdown_table(["a", "b"], [["x|y", "two\nlines"]])
    assert table.splitlines() == ["| a | b |", "|---|---|", "| x\\|y | two lines |"]


@pytest.mark.parametrize(
    ("value", "sig", "expected"),
    [
        (27.25, 3, "27.3"),
        (272.5, 3, "273"),
        (5456, 3, "5,460"),
        (0.04449, 2, "0.044"),
        (-1.005, 3, "\u22121.01"),
        (1e3, 3, "1,000"),
        (0, 3, "0"),
    ],
)
def test_significant_figures(value, sig, expected):
    assert content.significant(value, sig) == expected


def test_amounts_show_the_same_precision_in_english_and_chinese():
    # 27.25e9 = 27.25 billion = 272.5 hundred-millions: three figures in both.
    assert content.format_value(27.25e9, "usd", "en", 1) == "US$27.3 billion"
    zh = content.format_value(27.25e9, "usd", "zh-Hant", 1)
    assert "273" in zh and "272.5" not in zh


# --------------------------------------------------------------------------- home lab


def test_home_lab_compute_matches_a_hand_calculation():
    s, f = fact_of("home_cip", "spot"), fact_of("home_cip", "forward")
    r_usd, r_jpy = fact_of("home_cip", "usd_rate"), fact_of("home_cip", "jpy_rate")
    tau = fact_of("home_cip", "tenor")
    figures = HOME.compute({})
    # synthetic dollar rate = r_jpy - ln(F/S)/tau; CY = synthetic - r_usd
    assert figures["cy"] == pytest.approx(r_jpy - math.log(f / s) / tau - r_usd)
    assert figures["parity_forward"] == pytest.approx(s * math.exp((r_jpy - r_usd) * tau))
    # and with values in the sliders' units: 6 months, 3.5% dollar rate, forward 156
    moved = HOME.compute({"tenor": 6, "usd_rate": 3.5, "forward": 156.0})
    assert moved["cy"] == pytest.approx(r_jpy - math.log(156 / s) / 0.5 - 0.035)


def test_home_lab_sentence_follows_the_sign_and_parity():
    s = fact_of("home_cip", "spot")
    t = content.translator("en")
    premium = HOME.view({"forward": s - 1.5}, "en")
    assert "more than cash dollars" in premium.sentence
    discount = HOME.view({"forward": s + 1.5}, "en")
    assert "less than cash dollars" in discount.sentence
    assert discount.metrics[0].value.startswith("\u2212")
    parity = HOME.compute({})["parity_forward"]
    at_parity = HOME.view({"forward": round(parity, 2)}, "en")
    assert at_parity.sentence == t("home.lab.parity")
    zh = HOME.view({"forward": s + 1.5}, "zh-Hant")
    assert zh.sentence.startswith(content.translator("zh-Hant")("home.lab.discount")[:4])


def test_home_lab_warns_only_beyond_the_plausible_range():
    assert HOME.view({}, "en").warnings == ()
    wild = HOME.view({"spot": 120.0, "forward": 180.0, "tenor": 1}, "en")
    assert wild.warnings and "far beyond" in wild.warnings[0]


def test_home_lab_table_and_metrics():
    view = HOME.view({}, "zh-Hant")
    t = content.translator("zh-Hant")
    assert list(view.table.columns.values()) == [
        t("home.lab.col_route"),
        t("home.lab.col_part"),
        t("home.lab.col_value"),
    ]
    assert [m.label for m in view.metrics] == [t("home.lab.m_cy"), t("home.lab.m_parity")]
    parity = HOME.compute({})["parity_forward"]
    assert view.metrics[1].value == f"{parity:,.2f}"
    assert sum(r["value"] for r in view.table.rows[1:]) - view.table.rows[0]["value"] == (
        pytest.approx(HOME.compute({})["cy"] * 100)
    )


def test_home_lab_refuses_a_zero_tenor_with_a_coded_error():
    with pytest.raises(InputError) as err:
        LABS["home_cip"].compute({"tenor": 0})
    assert err.value.code == "not_positive"


# --------------------------------------------------------------------------- no inert control


def _one_step(c) -> float:
    """A slider's value one step from its default: up, or down when the default is the
    maximum (rounded to the step's precision, as the widget would give it)."""
    value = c.default + c.step if c.default + c.step <= c.max + 1e-9 else c.default - c.step
    return round(value) if c.integer else round(value, 10)


@pytest.mark.parametrize(
    ("lab_id", "key"),
    [(lab.id, c.key) for lab in LABS.values() for c in lab.controls if not c.is_choice],
)
def test_every_slider_moves_a_metric_or_the_sentence_one_step_from_its_default(lab_id, key):
    # No control may be inert at the defaults: one step on any slider changes at least
    # one metric's shown value or the sentence (en), so a learner sees it do something.
    lab = LABS[lab_id]
    c = labspec.control(lab_id, key)
    base = lab.view({}, "en")
    moved = lab.view({key: _one_step(c)}, "en")
    before = ([m.value for m in base.metrics], base.sentence)
    after = ([m.value for m in moved.metrics], moved.sentence)
    assert after != before, (lab_id, key, c.default, _one_step(c))


@pytest.mark.parametrize("lang", ["zh-Hant", "zh-Hans"])
def test_chinese_sliders_show_chinese_units(lang):
    """A slider's value reads in the page's language: no "+10 pp" or "0 bp" on a Chinese
    page (the printf format Streamlit is given, with the digits taken out)."""
    t = content.translator(lang)
    for lab in labspec.lab_ids():
        for c in labspec.controls(lab):
            if c.is_choice:
                continue
            fmt = c.slider_format(t(f"unit.{c.unit}", v="{v}") if c.unit else None)
            words = re.sub(r"%[+,]*(\.\d+)?[df]|%%", "", fmt)
            assert not re.search(r"[A-Za-z]", words), (lab, c.key, fmt)


#: the words for each slider unit a label would repeat ("(percentage points)" above "+10 pp")
UNIT_WORDS = {
    "pp_short": ("percentage point", "百分點"),
    "bp": ("basis point", "基點"),
    "watt": ("watt", "瓦"),
    "megawatt": ("MW", "megawatt", "百萬瓦"),
    "times": ("times", "倍"),
}


@pytest.mark.parametrize("lang", ["en", "zh-Hant", "zh-Hans"])
def test_a_slider_that_shows_its_unit_does_not_name_it_again_in_its_label(lang):
    t = content.translator(lang)
    for lab in labspec.lab_ids():
        for c in labspec.controls(lab):
            if c.is_choice or not c.unit:
                continue
            words = UNIT_WORDS[c.unit] + (t(f"unit.{c.unit}", v="").strip(),)
            label = t(c.label).lower()
            named = [
                w
                for w in words
                if re.search(rf"(?<![a-z]){re.escape(i18n.to_hans(w).lower())}(?![a-z])", label)
                or re.search(rf"(?<![a-z]){re.escape(w.lower())}(?![a-z])", label)
            ]
            assert not named, (lab, c.key, t(c.label), named)


def test_slider_formats_match_the_text():
    """Units come from the same [unit] strings the text uses, and a slider that reaches
    1,000 shows a thousands separator as the figures do ("1,470", not "1470")."""
    t = content.translator("en")
    assert labspec.control("cy_supply", "sup_us").slider_format(t("unit.pp_short", v="{v}")) == (
        "%+d pp"
    )
    zh = content.translator("zh-Hant")
    assert labspec.control("cy_balance", "bs_fss").slider_format(zh("unit.bp", v="{v}")) == (
        "%d " + zh("unit.bp", v="").strip()
    )
    for lab in labspec.lab_ids():
        for c in labspec.controls(lab):
            if not c.is_choice and c.max >= 1000:
                assert "%," in c.slider_format(), (lab, c.key)
    # a literal % in a unit is escaped for printf
    pct = labspec.Control("l", "k", labspec.SLIDER, "", None, 0, 0, 10, 1, format="%d")
    assert pct.slider_format("{v}%") == "%d%%"


SIGNED = [c for lab in labspec.lab_ids() for c in labspec.controls(lab) if c.signed]


def test_sliders_reaching_below_zero_are_the_signed_ones():
    """Streamlit's printf prints "-0.20"; every slider whose range reaches below zero is
    drawn from its own grid of written values instead (Control.signed)."""
    keys = {c.key for c in SIGNED}
    assert {"usd_rate", "jpy_rate", "mx_corr_sb", "bs_fss", "mx_shock_s"} <= keys
    for lab in labspec.lab_ids():
        for c in labspec.controls(lab):
            if not c.is_choice:
                assert c.signed == (c.min < 0), c.key


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_signed_slider_values_are_written_as_the_figures_are(lang):
    """Every value of every signed slider: a minus sign (U+2212) below zero, never a
    hyphen, no sign at zero, the unit in the reader's language, and the digits the
    printf format gives."""
    t = content.translator(lang)
    for c in SIGNED:
        unit = t(f"unit.{c.unit}", v="{v}") if c.unit else None
        for v in c.grid():
            text = c.shown(v, unit)
            assert "-" not in text, (c.key, v, text)
            digits = c.format.replace("%,", "%") % abs(v)
            assert digits.lstrip("+") in text, (c.key, v, text)
            if v < 0 and round(abs(v), 6) > 0:
                assert "\u2212" in text, (c.key, v, text)
            if v == 0:
                assert "\u2212" not in text and "+" not in text, (c.key, text)
            if unit:
                before, _, after = unit.partition("{v}")
                assert text.startswith(before) and text.endswith(after), (c.key, text)


def test_signed_slider_defaults_and_presets_lie_on_their_grid():
    """A select slider can only show a value of its grid: a sourced default or a preset
    between two steps would be moved silently by ``snap``."""
    for c in SIGNED:
        assert c.snap(c.default) == c.default, (c.key, c.default)
        assert c.default in c.grid()
        for name in labspec.presets(c.lab):
            assert labspec.presets(c.lab)[name][c.key] in c.grid(), (c.lab, name, c.key)


def test_snap_goes_to_the_nearest_step_inside_the_range():
    c = labspec.control("div_mix", "mx_corr_sb")  # -0.6 .. 0.6 by 0.05
    assert c.snap(0.13) == 0.15 and c.snap(-0.12) == -0.1
    assert c.snap(-5) == -0.6 and c.snap(5) == 0.6
    assert len(c.grid()) == 25 and c.grid()[12] == 0.0


@pytest.mark.parametrize(
    ("lang", "face"), [("zh-Hans", "Noto Sans CJK SC"), ("zh-Hant", "Noto Sans CJK TC")]
)
def test_every_lab_chart_uses_the_face_of_the_readers_script(lang, face):
    for lab in LABS.values():
        font = lab.view({}, lang).chart["config"]["font"]
        assert font.split(", ")[:2] == ['"Source Sans"', f'"{face}"'], (lab.id, font)
