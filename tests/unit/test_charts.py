"""lib/charts.py: the Vega-Lite specs it produces, validated against the schema."""

import json

import altair as alt
import pytest

from lib import charts
from lib import convenience_yield as cy

ROUTES = ("Direct", "Synthetic")
PARTS = ("Dollar rate", "Yen rate", "FX swap")


def build(breakdown, routes=ROUTES, parts=PARTS, title="Two routes"):
    rows = charts.two_routes_data(breakdown, routes, parts)
    spec = charts.two_routes(
        rows, title=title, axis_label="% a year", tooltip_titles=("r", "p", "v")
    )
    return rows, spec


def validate(spec: dict) -> None:
    """Raise if ``spec`` is not a valid Vega-Lite layer spec (Altair's JSON schema)."""
    alt.LayerChart.from_dict(spec, validate=True)


@pytest.fixture
def default():
    return build(cy.route_breakdown(0.04, 0.005, 155.0, 153.55, 0.25))


def test_rows_are_percent_and_stack_to_the_synthetic_rate(default):
    rows, _ = default
    assert [r["route"] for r in rows] == ["Direct", "Synthetic", "Synthetic"]
    assert rows[0]["value"] == pytest.approx(4.0)
    assert rows[1]["value"] + rows[2]["value"] == pytest.approx(4.25954, abs=1e-4)


def test_two_routes_spec_is_valid_and_styled(default):
    _, spec = default
    validate(spec)
    assert spec["title"]["text"] == ["Two routes"]  # one line: short enough for a phone
    assert spec["config"]["font"] == charts.FONT_STACK
    assert "Noto Sans CJK TC" in charts.FONT_STACK
    bars = spec["layer"][0]
    assert bars["mark"]["type"] == "bar"
    assert bars["data"] == {"name": "parts"}
    assert bars["encoding"]["color"]["scale"]["range"] == list(charts.PALETTE[:3])
    assert bars["encoding"]["y"]["title"] == "% a year"
    assert bars["encoding"]["description"]["field"] == "desc"
    assert spec["datasets"]["parts"][0]["desc"] == "Direct, Dollar rate: 4.00%"
    totals = {t["route"]: t["text"] for t in spec["datasets"]["totals"]}
    assert totals == {"Direct": "4.00%", "Synthetic": "4.26%"}
    assert sum(len(v) for v in spec["datasets"].values()) < 50


def test_data_change_and_the_cached_template_is_not_mutated():
    _, first = build(cy.route_breakdown(0.04, 0.005, 155.0, 153.55, 0.25))
    _, second = build(cy.route_breakdown(0.03, 0.005, 155.0, 150.0, 0.25))
    assert first["datasets"] != second["datasets"]
    assert first["layer"] == second["layer"]
    assert first["datasets"]["parts"][0]["value"] == pytest.approx(4.0)  # unchanged


def test_translated_labels_reach_the_spec():
    _, spec = build(
        cy.route_breakdown(0.04, 0.005, 155.0, 153.55, 0.25),
        ("\u76f4\u63a5", "\u5408\u6210"),
        ("\u7f8e\u5143\u5229\u7387", "\u65e5\u5713\u5229\u7387", "\u63db\u532f"),
        title="\u5169\u689d\u8def",
    )
    validate(spec)
    text = json.dumps(spec, ensure_ascii=False)
    assert "\u5169\u689d\u8def" in text and "\u65e5\u5713\u5229\u7387" in text


def test_negative_total_label_uses_minus_sign():
    _, spec = build(cy.route_breakdown(-0.005, -0.01, 150.0, 150.0, 0.25))
    validate(spec)
    assert "\u22121.00%" in json.dumps(spec, ensure_ascii=False)


def test_every_lab_chart_uses_only_the_palette_and_grey():
    # A colour typed into a chart builder, outside the colour-universal palette, fails.
    import json
    import re

    from lib.labs import LABS

    allowed = {c.upper() for c in (*charts.PALETTE, charts.GREY, "#FFFFFF")}
    for lab in LABS.values():
        spec = json.dumps(lab.view({}, "en").chart)
        used = {c.upper() for c in re.findall(r"#[0-9A-Fa-f]{6}\b", spec)}
        assert used, lab.id
        assert used <= allowed, (lab.id, used - allowed)


# Every builder the story pages use, with Chinese labels, validated against the schema.

ZH_TITLE = "美債便利收益的組成"


def test_waterfall_steps_add_up_and_the_spec_is_valid():
    rows = charts.waterfall_data((15.1, -35.0, 5.0), ("美元", "加美國", "減外國", "美債"))
    assert [r["end"] for r in rows][:3] == pytest.approx([15.1, -19.9, -24.9])
    assert rows[3]["start"] == 0 and rows[3]["end"] == pytest.approx(-24.9)
    assert rows[3]["text"] == "\u221224.9"
    spec = charts.waterfall(rows, title=ZH_TITLE, axis_label="基點", tooltip_titles=("a", "b"))
    validate(spec)
    assert spec["datasets"]["steps"] == rows


def test_series_lines_band_directions_stacked_and_banded_specs_are_valid():
    lines = [
        {"x": float(x), "y": float(x) ** 2, "series": s} for s in ("甲", "乙") for x in range(5)
    ]
    now = [{"x": 2.0, "y": 4.0, "series": "甲", "label": "+4", "desc": "甲: 4"}]
    validate(
        charts.series_lines(
            lines,
            now,
            title=ZH_TITLE,
            x_title="x",
            y_title="y",
            series=("甲", "乙"),
            tooltip_titles=("s", "x", "y"),
            reverse_x=True,
        )
    )
    band = [{"x": float(x), "low": -x, "high": -x / 2} for x in range(-5, 6)]
    validate(
        charts.supply_band(
            band,
            {"x": 1.0, "low": -1.0, "high": -0.5, "desc": "d"},
            title=ZH_TITLE,
            x_title="x",
            y_title="y",
            band_label="範圍",
            tooltip_titles=("x", "l", "h"),
        )
    )
    spec = charts.directions(
        [{"series": "美元", "direction": "up"}, {"series": "長期", "direction": "mixed"}],
        title=ZH_TITLE,
        axis_label="方向",
        words={"up": "上", "down": "下", "mixed": "跌後彈"},
        tooltip_titles=("s", "d"),
    )
    validate(spec)
    assert [d["value"] for d in spec["datasets"]["dirs"]] == [1.0, charts.DIRECTION_VALUE["mixed"]]
    rows = [
        {"group": "甲", "part": "p", "order": 0, "value": 35.77},
        {"group": "乙", "part": "q", "order": 1, "value": -2.0},
    ]
    spec = charts.stacked_bars(
        rows, title=ZH_TITLE, axis_label="y", groups=("甲", "乙"), tooltip_titles=("g", "p", "v")
    )
    validate(spec)
    assert [t["text"] for t in spec["datasets"]["totals"]] == ["35.8", "\u22122.0"]
    spec = charts.banded_line(
        [{"x": 0.0, "y": 1.0}, {"x": 1.0, "y": 2.0}],
        {"x": 0.5, "y": 1.5, "desc": "d"},
        [{"label": "帶", "y0": 1.2, "y1": 1.8}],
        title=ZH_TITLE,
        x_title="x",
        y_title="y",
        vertical=False,
        tooltip_titles=("x", "y"),
        marks=[{"x": 0.5, "label": "標記"}],
        y_zero=False,
    )
    validate(spec)
    # each mark keeps its place and label, and gets where its label goes (above the plot)
    assert spec["datasets"]["marks"] == [
        {"x": 0.5, "label": "標記", "side": "right", "ly": -charts.LABEL_LIFT}
    ]


def test_titles_break_into_lines_that_fit_a_phone():
    from lib.charts import TITLE_UNITS, title_lines

    zh = "美元實驗室兩種持有美元方式的報酬比較與其中的差距來源說明"
    lines = title_lines(zh)
    assert "".join(lines) == zh and len(lines) == 2
    assert all(len(line) * 2 <= TITLE_UNITS for line in lines)
    en = "Implied change in the five-year Treasury convenience yield as debt-to-GDP changes"
    lines = title_lines(en)
    assert " ".join(lines) == en and all(len(line) <= TITLE_UNITS for line in lines)
    assert title_lines("Short") == ["Short"]


def test_every_lab_chart_title_fits_a_phone_in_every_language():
    from lib.charts import TITLE_UNITS
    from lib.labs import LABS

    for lang in ("en", "zh-Hant", "zh-Hans"):
        for lab in LABS.values():
            spec = lab.view({}, lang).chart
            title = spec.get("title", {}).get("text")
            assert title, (lab.id, lang)
            lines = title if isinstance(title, list) else [title]
            assert all(
                sum(2 if ord(c) >= 0x2E80 else 1 for c in line) <= TITLE_UNITS for line in lines
            ), (lab.id, lang, lines)
