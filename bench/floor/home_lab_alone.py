"""Floor 2: the home page's lab exactly as the app draws it, alone on a page.

No navigation, no sidebar, no language selector, no page text: only the lab's frame
and its fragment (app_pages/home_lab.py), in English. It shows what the lab the
foundation issue asks for costs before the app around it adds anything.
Run by ``bench/run.py --floor``.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from app_pages.home_lab import cip_lab  # noqa: E402
from lib import ui  # noqa: E402

st.set_page_config(layout="wide")
with ui.lab_frame(ui.tr()("home.lab.title")):
    cip_lab()
