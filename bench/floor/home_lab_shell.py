"""Floor 3: the home lab inside the app's shell (language selector, navigation, footer),
with none of the home page's own text.

The same entry point as Home.py, but the one page it navigates to holds only the lab.
The gap between this row and floor 2 is the cost of the shell; the gap between this
row and the home page is the cost of the home page's text, cards and expanders.
Run by ``bench/run.py --floor``.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from lib.ui import state, story  # noqa: E402
from lib.ui.runner import run_lab  # noqa: E402


def lab_only() -> None:
    with story.lab_frame(state.tr()("home.lab.title")):
        run_lab("home_cip")


st.set_page_config(page_icon="\U0001f4b5", layout="wide")
lang = state.language_selector()
t = state.tr()
page = st.navigation([st.Page(lab_only, title=t("page.home.title"), url_path="", default=True)])
st.set_page_config(page_title=f"{page.title} · {t('app.name')}")
page.run()
story.footer()
