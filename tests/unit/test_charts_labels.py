"""Chart labels never sit on a line, a point, a rule or another label (lib/charts.py).

The issue "What a learner sees" found point and band labels drawn over the lines of the
balance-sheet, HHI and pension charts. These tests lay the specs out as Vega-Lite does,
closely enough to tell a label beside a line from one on it: linear scales over the data
of every layer that shares them (pixel values where a channel has ``scale: null``), a
text's box from its font size and a generous width (``charts.text_px``), its ``align``,
``baseline``, ``dx`` and ``dy``. Each line chart is laid out in a phone's plot and a
desktop's, at its defaults and at the sliders' extremes (each slider alone at each end,
all at their minimum, all at their maximum, every corner), in both written languages.

The checks are tried on the old designs too (labels on their points, band names on the
bands' edges), so they fail if a label is moved back onto a line.
"""

from __future__ import annotations

import copy
import itertools
import math
import re
from dataclasses import dataclass

import pytest

from lib import charts
from lib.labs import LABS
from lib.labs import spec as labspec
from tests.unit.labkit import LANGS, extremes

#: The three charts of the issue, then every other chart drawn with the same builders.
OVERLAP_LABS = ("cy_balance", "ai_stack", "krw_pension")
LINE_LABS = (*OVERLAP_LABS, "ai_lockin", "krw_forward", "ai_energy", "div_carry")
#: Plot sizes (width, height) in px: a 390-px phone's (the shortest plot any of these
#: charts has there is about 170 px) and a desktop's.
PLOTS = ((250, 150), (700, 260))
FILTER = re.compile(r"^\(datum\.(\w+) === '([^']*)'\)$")


def cases(lab: str) -> list[dict]:
    """The defaults, labkit's extremes and every corner of the sliders' ranges."""
    sliders = [c for c in labspec.controls(lab) if not c.is_choice]
    corners = [
        dict(zip([c.key for c in sliders], ends, strict=True))
        for ends in itertools.product(*[(c.min, c.max) for c in sliders])
    ]
    out: list[dict] = []
    for case in [{}, *extremes(lab), *corners]:
        if case not in out:
            out.append(case)
    return out


# ----------------------------------------------------------------------------- the model


@dataclass(frozen=True)
class Box:
    text: str
    left: float
    top: float
    right: float
    bottom: float

    def meets(self, other: Box) -> bool:
        return (
            self.left < other.right
            and other.left < self.right
            and self.top < other.bottom
            and other.top < self.bottom
        )

    def crossed_by(self, a: tuple[float, float], b: tuple[float, float]) -> bool:
        """Whether the segment a-b passes through the box (Liang-Barsky clipping)."""
        (x0, y0), (x1, y1) = a, b
        dx, dy = x1 - x0, y1 - y0
        lo, hi = 0.0, 1.0
        for p, q in (
            (-dx, x0 - self.left),
            (dx, self.right - x0),
            (-dy, y0 - self.top),
            (dy, self.bottom - y0),
        ):
            if p == 0:
                if q < 0:
                    return False
            elif p < 0:
                lo = max(lo, q / p)
            else:
                hi = min(hi, q / p)
            if lo > hi:
                return False
        return True


def rows(spec: dict, layer: dict) -> list[dict]:
    data = spec["datasets"][layer["data"]["name"]]
    for t in layer.get("transform", []):
        m = FILTER.match(t.get("filter", ""))
        assert m, f"the model does not know this transform: {t}"
        data = [r for r in data if r.get(m[1]) == m[2]]
    return data


def scaled(enc: dict | None) -> bool:
    return bool(enc) and "field" in enc and enc.get("scale", {}) is not None


class Scale:
    """A linear scale of ``channel`` ("x" or "y") over every layer's data on it."""

    def __init__(self, spec: dict, channel: str, size: float):
        values, options = [], {}
        for layer in spec["layer"]:
            for ch in (channel, channel + "2"):
                enc = layer["encoding"].get(ch)
                if scaled(enc):
                    values += [float(r[enc["field"]]) for r in rows(spec, layer)]
                    for k, v in (enc.get("scale") or {}).items():
                        options.setdefault(k, v)
        if options.get("zero", True):
            values.append(0.0)
        self.low, self.high = min(values), max(values)
        if self.high == self.low:
            self.high = self.low + 1.0
        self.reverse = options.get("reverse", False)
        self.channel, self.size = channel, size

    def __call__(self, v: float) -> float:
        share = (float(v) - self.low) / (self.high - self.low)
        if self.channel == "y":
            share = 1 - share  # up the screen
        if self.reverse:
            share = 1 - share
        return share * self.size


class Layout:
    """Where a layered spec's marks fall in a plot of ``width`` x ``height`` px (the plot's
    top-left corner is 0, 0; above the plot is negative y)."""

    def __init__(self, spec: dict, width: float, height: float):
        self.spec, self.width, self.height = spec, width, height
        self.x, self.y = Scale(spec, "x", width), Scale(spec, "y", height)

    def layers(self, kind: str) -> list[dict]:
        return [layer for layer in self.spec["layer"] if layer["mark"]["type"] == kind]

    def at(self, enc: dict | None, row: dict, channel: str, default: float) -> float:
        size = self.width if channel == "x" else self.height
        if enc is None:
            return default
        if "value" in enc:
            v = enc["value"]
            return size if v in ("width", "height") else float(v)
        if enc.get("scale", {}) is None:
            return float(row[enc["field"]])  # pixels
        return (self.x if channel == "x" else self.y)(row[enc["field"]])

    def labels(self) -> list[Box]:
        boxes = []
        for layer in self.layers("text"):
            mark, enc = layer["mark"], layer["encoding"]
            size = mark.get("fontSize", 11)  # Vega-Lite's default for text marks
            for r in rows(self.spec, layer):
                text = r[enc["text"]["field"]] if "field" in enc["text"] else enc["text"]["value"]
                x = self.at(enc.get("x"), r, "x", self.width / 2) + mark.get("dx", 0)
                y = self.at(enc.get("y"), r, "y", self.height / 2) + mark.get("dy", 0)
                w, h = charts.text_px(str(text), size), size
                align, baseline = mark.get("align", "center"), mark.get("baseline", "middle")
                left = x if align == "left" else x - w if align == "right" else x - w / 2
                top = {"top": y, "bottom": y - h, "alphabetic": y - 0.8 * h}.get(
                    baseline, y - h / 2
                )
                boxes.append(Box(str(text), left, top, left + w, top + h))
        return boxes

    def segments(self) -> list[tuple[str, tuple[float, float], tuple[float, float]]]:
        """Every line as its segments, and every rule, in px."""
        out = []
        for layer in self.layers("line"):
            enc = layer["encoding"]
            by = enc.get("color", {}).get("field")
            groups: dict = {}
            for r in rows(self.spec, layer):
                groups.setdefault(r.get(by), []).append(r)
            for name, group in groups.items():
                group = sorted(group, key=lambda r: r[enc["x"]["field"]])
                pts = [(self.x(r[enc["x"]["field"]]), self.y(r[enc["y"]["field"]])) for r in group]
                out += [(f"line {name}", a, b) for a, b in itertools.pairwise(pts)]
        for layer in self.layers("rule"):
            enc = layer["encoding"]
            for r in rows(self.spec, layer):
                if "x" in enc and not scaled(enc.get("y")):  # vertical
                    x = self.at(enc["x"], r, "x", 0)
                    top = self.at(enc.get("y"), r, "y", 0)
                    bottom = self.at(enc.get("y2"), r, "y", self.height)
                    out.append(("rule", (x, top), (x, bottom)))
                elif "y" in enc and not scaled(enc.get("x")):  # horizontal
                    y = self.at(enc["y"], r, "y", 0)
                    out.append(("rule", (0.0, y), (self.width, y)))
        return out

    def points(self) -> list[Box]:
        out = []
        for layer in self.layers("point"):
            enc, radius = layer["encoding"], math.sqrt(layer["mark"].get("size", 30)) / 2
            for r in rows(self.spec, layer):
                x, y = self.at(enc["x"], r, "x", 0), self.at(enc["y"], r, "y", 0)
                out.append(Box("point", x - radius, y - radius, x + radius, y + radius))
        return out


def clashes(spec: dict, width: float, height: float) -> list[str]:
    """What every text mark of ``spec`` meets in a plot of ``width`` x ``height``: a
    line, a rule, a point, another label, or the plot's sides."""
    layout = Layout(spec, width, height)
    labels, found = layout.labels(), []
    for box in labels:
        for what, a, b in layout.segments():
            if box.crossed_by(a, b):
                found.append(f"{box.text!r} on a {what}")
                break
        found += [f"{box.text!r} on a point" for p in layout.points() if box.meets(p)][:1]
        if box.left < 0 or box.right > width:
            found.append(f"{box.text!r} past the plot's side ({box.left:.0f}-{box.right:.0f})")
    for a, b in itertools.combinations(labels, 2):
        if a.meets(b):
            found.append(f"{a.text!r} on {b.text!r}")
    return found


# ----------------------------------------------------------------------------- the tests


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("lab", LINE_LABS)
def test_no_label_sits_on_a_line_a_point_a_rule_or_another_label(lab, lang):
    for values in cases(lab):
        spec = LABS[lab].view(values, lang).chart
        for width, height in PLOTS:
            assert clashes(spec, width, height) == [], (lab, lang, values, (width, height))


@pytest.mark.parametrize("lab", OVERLAP_LABS)
def test_the_three_charts_write_labels_only_above_the_plot_where_nothing_is_drawn(lab):
    """Every label in the plot's area is above its top (y < 0 px), where no line, point
    or band reaches: those lie on the scales, inside the plot."""
    for values in cases(lab):
        spec = LABS[lab].view(values, "en").chart
        layout = Layout(spec, *PLOTS[0])
        for box in layout.labels():
            assert box.bottom <= 0, (lab, values, box)
        for _what, a, b in layout.segments():
            assert min(a[1], b[1]) >= -charts.LABEL_ROW * 4 - 2 and max(a[1], b[1]) <= 150.001
        for p in layout.points():
            assert p.top >= -6 and p.bottom <= 150 + 6, (lab, values, p)


def test_balance_sheet_labels_one_row_per_series_in_the_legends_order():
    spec = LABS["cy_balance"].view({}, "en").chart
    legend = next(layer for layer in spec["layer"] if layer["mark"]["type"] == "line")
    series = legend["encoding"]["color"]["scale"]["domain"]
    now = {r["series"]: r for r in spec["datasets"]["now"]}
    ys = [now[s]["ly"] for s in series]
    assert ys == sorted(ys) and all(b - a >= charts.LABEL_FONT for a, b in itertools.pairwise(ys))
    # equal values (the slack regime: all 0.0 bp) still get a row each
    slack = LABS["cy_balance"].view({"bs_capacity": 12.0}, "en").chart["datasets"]["now"]
    assert len({r["label"] for r in slack}) == 1 and len({r["ly"] for r in slack}) == 3


@pytest.mark.parametrize("lab", ("ai_stack", "krw_pension", "ai_energy"))
@pytest.mark.parametrize("lang", LANGS)
def test_bands_are_named_in_the_legend_not_on_the_band(lab, lang):
    spec = LABS[lab].view({}, lang).chart
    names = [b["label"] for b in spec["datasets"]["bands"]]
    rect = next(layer for layer in spec["layer"] if layer["mark"]["type"] == "rect")
    color = rect["encoding"]["color"]
    assert color["legend"] and color["legend"]["orient"] == "bottom"
    assert color["scale"]["domain"] == names
    texts = [layer for layer in spec["layer"] if layer["mark"]["type"] == "text"]
    assert all(layer["data"]["name"] != "bands" for layer in texts)


# The checks find the defects of the issue when the old designs are put back.


def _labels_on_their_points(spec: dict) -> dict:
    """The balance-sheet chart as it was: each value written just right of its point."""
    old = copy.deepcopy(spec)
    first = next(layer for layer in old["layer"] if layer["mark"]["type"] == "text")
    first.pop("transform")
    first["mark"] = {"type": "text", "align": "left", "dx": 8, "fontSize": 12}
    first["encoding"]["y"] = {"field": "y", "type": "quantitative"}
    old["layer"] = [
        layer for layer in old["layer"] if layer is first or layer["mark"]["type"] != "text"
    ]
    return old


def _names_on_the_bands(spec: dict) -> dict:
    """The HHI and pension charts as they were: each band named at its top edge."""
    old = copy.deepcopy(spec)
    old["layer"].append(
        {
            "data": {"name": "bands"},
            "mark": {
                "type": "text",
                "align": "left",
                "baseline": "top",
                "dx": 4,
                "dy": 4,
                "fontSize": 11,
            },
            "encoding": {
                "x": {"value": 4},
                "y": {"field": "y1", "type": "quantitative"},
                "text": {"field": "label", "type": "nominal"},
            },
        }
    )
    return old


@pytest.mark.parametrize(
    ("lab", "old_design"),
    [
        ("cy_balance", _labels_on_their_points),
        ("ai_stack", _names_on_the_bands),
        ("krw_pension", _names_on_the_bands),
    ],
)
def test_the_check_finds_a_label_put_back_on_its_line(lab, old_design):
    spec = LABS[lab].view({}, "en").chart
    assert clashes(spec, *PLOTS[0]) == []
    found = clashes(old_design(spec), *PLOTS[0])
    assert any(" on a line" in f for f in found), found
