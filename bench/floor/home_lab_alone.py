"""Floor 2: the home page's lab exactly as the app draws it, alone on a page.

No navigation, no sidebar, no language selector, no page text: only the lab's frame
and the runner's fragment (lib/ui/runner.py), in English. It shows what the lab costs
before the app around it adds anything. Run by ``bench/run.py --floor``.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from lib.ui import state, story  # noqa: E402
from lib.ui.runner import run_lab  # noqa: E402

st.set_page_config(layout="wide")
with story.lab_frame(state.tr()("home.lab.title")):
    run_lab("home_cip")
