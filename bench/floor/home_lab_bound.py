"""Floor 4: floor 2 (the home lab alone) with Streamlit's own URL binding instead of the
app's markers.

The same controls, figures, chart and sentence as the runner draws (lib/ui/runner.py),
but each slider is ``st.slider(..., bind="query-params")`` and no marker is written.
Beside ``floor:home_lab_alone`` it measures the one URL-state choice the architecture
makes (docs/architecture.md, "URL state"). Run by ``bench/run.py --floor``.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from lib.labs import LABS  # noqa: E402
from lib.ui import runner, state, story, widgets  # noqa: E402

LAB = LABS["home_cip"]


@st.fragment
def bound_lab() -> None:
    t = state.tr()
    left, results = st.columns([2, 3], gap="large")
    with left:
        values = {}
        for c in LAB.controls:
            lo, hi, step = c.bounds()
            values[c.key] = st.slider(
                t(c.label),
                min_value=lo,
                max_value=hi,
                step=step,
                value=c.default,
                format=c.format,
                key=c.key,
                bind="query-params",
            )
    view = LAB.view(values, "en")
    with results:
        runner._results(view)
    widgets.data_table(view.table)


st.set_page_config(layout="wide")
with story.lab_frame(state.tr()("home.lab.title")):
    bound_lab()
