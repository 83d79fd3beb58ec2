"""The lab-spec model: each lab's controls and presets as declared in ``content/labs.toml``.

Pure (no Streamlit). A control is either a slider (``[<lab>.slider.<key>]``: ``min``,
``max``, ``step``, ``scale``) or a choice (``[<lab>.choice.<key>]``: ``options``, or
``options_from`` naming a content table whose keys are the options). Every value here
is in the units the control *shows* and the URL carries (4.5 for a rate of 4.5%, 6 for
a six-month tenor); :meth:`Control.to_model` gives the model's units (0.045, 0.5 years).
See docs/architecture.md, "What a lab is".
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from lib import content

SLIDER, CHOICE = "slider", "choice"
MINUS = "\u2212"  # the minus sign every figure uses; Streamlit's printf cannot print it


@dataclass(frozen=True)
class Control:
    """One control of a lab.

    ``default`` is in shown units: for a slider it is the value of the fact
    ``default_fact`` times ``scale``, so every default is sourced; for a choice it is the
    first option. ``scale`` turns model units into shown ones (a rate of 0.04 with
    ``scale = 100`` shows as 4.00, a tenor of 0.25 years with ``scale = 12`` as 3).
    """

    lab: str
    key: str
    kind: str
    label: str
    help: str | None
    default: float | str
    min: float | None = None
    max: float | None = None
    step: float | None = None
    scale: float = 1.0
    format: str = "%.2f"
    integer: bool = False
    default_fact: str | None = None
    options: tuple[str, ...] = ()
    unit: str | None = None  # key of the ``unit`` string table ("pp" -> unit.pp)

    @property
    def is_choice(self) -> bool:
        return self.kind == CHOICE

    def bounds(self) -> tuple[float, float, float]:
        """(min, max, step), as ints for an integer slider (what ``st.slider`` needs)."""
        if self.integer:
            return int(self.min), int(self.max), int(self.step)
        return float(self.min), float(self.max), float(self.step)

    def slider_format(self, unit_template: str | None = None) -> str:
        """The printf format Streamlit shows this slider's value with.

        ``format`` gives the digits only; a slider reaching 1,000 or more gets a
        thousands separator, as the figures do; ``unit_template`` is the unit's string
        in the reader's language with ``{v}`` for the number (``unit.pp_short``),
        so a Chinese slider does not read "+10 pp". A ``%`` in the unit is escaped.

        >>> Control("l", "k", SLIDER, "", None, 0, 0, 1500, 1, format="%d").slider_format()
        '%,d'
        >>> Control("l", "k", SLIDER, "", None, 0, -5, 5, 1, format="%+d").slider_format("{v}%")
        '%+d%%'
        """
        digits = self.format
        if max(abs(self.min), abs(self.max)) >= 1000 and "," not in digits:
            digits = digits.replace("%", "%,", 1)
        if not unit_template:
            return digits
        before, _, after = unit_template.partition("{v}")
        return before.replace("%", "%%") + digits + after.replace("%", "%%")

    @property
    def signed(self) -> bool:
        """A slider whose range reaches below zero. Streamlit prints a slider's value
        with sprintf, which writes a negative number with a hyphen ("-0.20"); such a
        slider is drawn as a select slider over :meth:`grid` instead, with each value
        written by :meth:`shown`, so it reads "0.20" after a minus sign (U+2212), as
        every figure does."""
        return not self.is_choice and self.min < 0

    def grid(self) -> tuple[float, ...]:
        """Every value the slider can take, from ``min`` to ``max`` by ``step``."""
        lo, hi, step = self.bounds()
        return tuple(self._grid_value(i) for i in range(round((hi - lo) / step) + 1))

    def _grid_value(self, i: int) -> float:
        lo, _, step = self.bounds()
        return int(lo + i * step) if self.integer else round(lo + i * step, 10) + 0.0

    def snap(self, value: float) -> float:
        """The value of :meth:`grid` nearest ``value`` (a hand-typed URL value may fall
        between two steps; a select slider can only show a value of its grid).

        >>> Control("l", "k", SLIDER, "", None, 0, -1, 1, 0.05).snap(0.13)
        0.15
        """
        lo, hi, step = self.bounds()
        i = round((min(max(value, lo), hi) - lo) / step)
        return self._grid_value(min(max(i, 0), round((hi - lo) / step)))

    def shown(self, value: float, unit_template: str | None = None) -> str:
        """``value`` written as the slider shows it: what :meth:`slider_format` makes
        sprintf print, but with the minus sign, no sign on a value that shows as zero,
        and the unit in the reader's language.

        >>> c = Control("l", "k", SLIDER, "", None, 0, -1, 1, 0.05, format="%+.2f")
        >>> c.shown(-0.2) == MINUS + "0.20", c.shown(0.0), c.shown(0.35)
        (True, '0.00', '+0.35')
        >>> Control("l", "k", SLIDER, "", None, 0, -30, 30, 1, format="%d").shown(-5, "{v} bp")[1:]
        '5 bp'
        """
        digits = self.format.replace("%,", "%") % value
        if max(abs(self.min), abs(self.max)) >= 1000:  # as slider_format's "%,"
            head, dot, tail = digits.partition(".")
            digits = re.sub(r"(?<=\d)(?=(?:\d{3})+(?!\d))", ",", head) + dot + tail
        if not re.search(r"[1-9]", digits):
            digits = digits.lstrip("+-")
        digits = digits.replace("-", MINUS)
        if not unit_template:
            return digits
        before, _, after = unit_template.partition("{v}")
        return before + digits + after

    def to_model(self, shown: float | str) -> float | str:
        """A shown value in model units; 12 significant digits, so 545 / 1e-9 is 545e9."""
        if self.is_choice:
            return shown
        return float(f"{float(shown) / self.scale:.12g}")

    def parse(self, raw: str | None) -> float | str | None:
        """A URL value for this control, or None when it is absent or cannot be used
        (not a number, NaN, out of range, not one of the options)."""
        if raw is None:
            return None
        if self.is_choice:
            return raw if raw in self.options else None
        try:
            value = float(raw)
        except ValueError:
            return None
        if not math.isfinite(value) or not self.min <= value <= self.max:
            return None
        return round(value) if self.integer else value

    def check(self, value: object) -> float | str:
        """``value`` if this control can take it, else ``ValueError`` saying why."""
        if self.is_choice:
            if value not in self.options:
                raise ValueError(f"{self.key} must be one of {', '.join(self.options)}.")
            return value
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{self.key} must be a number, not {value!r}.")
        if not math.isfinite(value):
            raise ValueError(f"{self.key} must be a finite number.")
        return value


def lab_ids() -> tuple[str, ...]:
    """Every lab declared in ``content/labs.toml``, in file order."""
    return tuple(content.load_toml("labs.toml"))


def _slider(lab: str, key: str, s: dict) -> Control:
    integer = bool(s.get("integer", False))
    scale = float(s.get("scale", 1.0))
    value = content.fact_value(s["default_fact"]) * scale
    return Control(
        lab=lab,
        key=key,
        kind=SLIDER,
        label=s["label"],
        help=s.get("help"),
        default=round(value) if integer else round(value, 10),  # 5.2e12 x 1e-12 -> 5.2
        min=s["min"],
        max=s["max"],
        step=s["step"],
        scale=scale,
        format=s.get("format", "%d" if integer else "%.2f"),
        integer=integer,
        default_fact=s["default_fact"],
        unit=s.get("unit"),
    )


def _choice(lab: str, key: str, s: dict) -> Control:
    if "options_from" in s:
        table, _, sub = s["options_from"].partition(":")
        options = tuple(content.load_toml(table)[sub] if sub else content.load_toml(table))
    else:
        options = tuple(s["options"])
    if not options:
        raise content.ContentError(f"labs.toml: {lab}.{key} has no options")
    return Control(
        lab=lab,
        key=key,
        kind=CHOICE,
        label=s["label"],
        help=s.get("help"),
        default=options[0],
        options=options,
    )


@lru_cache(maxsize=64)
def controls(lab: str) -> tuple[Control, ...]:
    """The controls of ``lab`` in display order (sliders, then choices)."""
    raw = content.load_toml("labs.toml")[lab]
    out = [_slider(lab, k, s) for k, s in raw.get("slider", {}).items()]
    out += [_choice(lab, k, s) for k, s in raw.get("choice", {}).items()]
    return tuple(out)


def control(lab: str, key: str) -> Control:
    return next(c for c in controls(lab) if c.key == key)


def page_of(lab: str) -> str:
    """The key of the page that shows ``lab`` (lib/nav.py)."""
    return content.load_toml("labs.toml")[lab]["page"]


def embed_height(lab: str) -> int:
    """The height in CSS pixels of an ``<iframe>`` that shows ``lab`` alone without a
    scroll bar at a course page's usual width (``embed_height`` in labs.toml, measured
    in Chromium by tests/browser/test_course_kit.py)."""
    return int(content.load_toml("labs.toml")[lab].get("embed_height", 900))


def string_root(lab: str) -> str:
    """The string-table prefix of ``lab``'s texts (``cy.decomp`` for ``cy_decomp``)."""
    return content.load_toml("labs.toml")[lab]["strings"]


@lru_cache(maxsize=64)
def presets(lab: str) -> dict[str, dict[str, float]]:
    """``[<lab>.preset.<name>]``: name -> label key and a value per control (shown units)."""
    return content.load_toml("labs.toml")[lab].get("preset", {})


def preset_values(lab: str, name: str) -> dict[str, float]:
    """The values preset ``name`` gives each control of ``lab``, in shown units."""
    table = presets(lab)[name]
    out = {}
    for c in controls(lab):
        value = round(table[c.key]) if c.integer else table[c.key]
        out[c.key] = c.snap(value) if c.signed else value
    return out


def defaults(lab: str) -> dict[str, float | str]:
    """Every control of ``lab`` at its sourced default, in shown units."""
    return {c.key: c.default for c in controls(lab)}


def complete(lab: str, values: Mapping[str, object]) -> dict[str, float | str]:
    """``values`` checked and completed with defaults; ``ValueError`` on an unknown key
    or a value a control cannot take."""
    by_key = {c.key: c for c in controls(lab)}
    unknown = sorted(set(values) - set(by_key))
    if unknown:
        raise ValueError(f"{lab} has no control named {', '.join(unknown)}.")
    return {k: c.check(values[k]) if k in values else c.default for k, c in by_key.items()}


def model_values(lab: str, shown: Mapping[str, float | str]) -> dict[str, float | str]:
    """Shown values in model units, by control key."""
    return {c.key: c.to_model(shown[c.key]) for c in controls(lab)}


def default_facts(lab: str) -> tuple[str, ...]:
    """The facts the controls' defaults come from."""
    return tuple(c.default_fact for c in controls(lab) if c.default_fact)
