"""A lab definition: the controls of ``content/labs.toml`` bound to a model and a view.

Pure (no Streamlit). Data flows one way (docs/architecture.md):

    shown values (URL, widgets) -> solve -> Solution -> present -> View -> runner

* ``model(v)`` gets the values in *model* units (``v["usd_rate"] == 0.045``), makes the
  one call into a model module and returns a :class:`Solution`: the headline figures
  (floats, model units) and any ``detail`` the view needs (curves, the current point).
  It raises ``ValueError`` (better, :class:`lib.errors.InputError`, whose code the UI
  translates) on impossible input.
* ``present(solution, v, lang)`` turns that into a :class:`lib.labs.view.View`: every
  unit conversion, rounding and word choice happens there, once.

Outside checks call ``LABS[id].controls`` and ``LABS[id].compute(values)``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from lib import charts
from lib.labs import spec
from lib.labs.view import View


@dataclass(frozen=True)
class Solution:
    figures: dict[str, float]
    detail: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Lab:
    """One lab. ``facts`` lists the facts ``model`` or ``present`` read directly (beyond
    the controls' defaults), so a page's as-of line covers everything it shows."""

    id: str
    model: Callable[[Mapping[str, float | str]], Solution]
    present: Callable[[Solution, Mapping[str, float | str], str], View]
    facts: tuple[str, ...] = ()

    @property
    def controls(self) -> tuple[spec.Control, ...]:
        """Per control: ``key``, ``min``, ``max`` and ``default`` (or ``options``), in the
        units the control shows and the URL carries."""
        return spec.controls(self.id)

    @property
    def page(self) -> str:
        return spec.page_of(self.id)

    @property
    def strings(self) -> str:
        return spec.string_root(self.id)

    def solve(self, values: Mapping[str, object]) -> tuple[Solution, dict]:
        """(solution, model-unit values) for ``values`` in shown units; missing controls
        take their defaults; ``ValueError`` on impossible input."""
        shown = spec.complete(self.id, values)
        model_values = spec.model_values(self.id, shown)
        solution = self.model(model_values)
        for name, x in solution.figures.items():
            if not math.isfinite(x):
                raise ValueError(f"{self.id}: {name} is not a finite number for these values.")
        return solution, model_values

    def compute(self, values: Mapping[str, object]) -> dict[str, float]:
        """The lab's headline figures (model units) for ``values`` in the controls' shown
        units, e.g. ``LABS["home_cip"].compute({"forward": 152.5})["cy"]``."""
        solution, _ = self.solve(values)
        return dict(solution.figures)

    def view(self, values: Mapping[str, object], lang: str) -> View:
        """What the lab shows for ``values`` (shown units) in ``lang``."""
        solution, model_values = self.solve(values)
        view = self.present(solution, model_values, lang)
        return replace(view, chart=charts.in_language(view.chart, lang))
