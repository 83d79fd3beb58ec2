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
    assert spec["title"]["text"] == "Two routes"
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


def test_palette_is_okabe_ito():
    assert charts.PALETTE[:3] == ("#0072B2", "#E69F00", "#009E73")
