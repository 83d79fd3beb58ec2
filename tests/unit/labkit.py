"""Helpers shared by the lab tests (tests/unit/test_labs_*.py): what a view says, where
a control's default comes from, and the slider positions every lab is tried at."""

from __future__ import annotations

import re

from lib import content
from lib.labs import LABS
from lib.labs import spec as labspec

BAD = re.compile(r"\b(nan|inf|infinity)\b", re.I)
LANGS = ("en", "zh-Hant")
MINUS = "\u2212"


def fact_of(lab: str, key: str) -> float:
    """The model-unit value of a control's default (its fact in content/facts.toml)."""
    return content.fact_value(labspec.control(lab, key).default_fact)


def texts(view) -> list[str]:
    """Every piece of text a view puts on screen (sentence, metrics, table, notes...)."""
    out = [view.sentence, view.chart_title, *view.warnings, *view.notes, *view.items]
    out += [x for m in view.metrics for x in (m.label, m.value, m.help or "")]
    out += list(view.table.columns.values())
    out += [str(v) for row in view.table.rows for v in row.values()]
    out += [view.link_home or ""]
    return out


def metrics(view) -> dict[str, str]:
    return {m.label: m.value for m in view.metrics}


def metric_values(view) -> list[str]:
    return [m.value for m in view.metrics]


def extremes(lab) -> list[dict]:
    """Every slider at its minimum, every one at its maximum, each alone at each end,
    and every option of a choice. ``lab`` is a lab id or a :class:`Lab`."""
    cs = labspec.controls(lab) if isinstance(lab, str) else LABS[lab.id].controls
    sliders = [c for c in cs if not c.is_choice]
    cases = [{c.key: c.min for c in sliders}, {c.key: c.max for c in sliders}]
    for c in sliders:
        cases += [{c.key: c.min}, {c.key: c.max}]
    for c in cs:
        if c.is_choice:
            cases += [{c.key: o} for o in c.options]
    return cases
