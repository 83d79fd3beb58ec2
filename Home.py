"""Dollar Lab entry point: page config, language, navigation, the view, footer.

Run with ``streamlit run Home.py``. The pages themselves live in app_pages/; the menu is
built here each run so its titles are in the reader's language while the URL paths
stay fixed in English (``/glossary?lang=zh-Hant``). ``?view=lab&lab=<id>`` shows one lab
alone on any page, and embed mode (``?embed=true``) has no menu: docs/architecture.md,
"The course kit".
"""

import streamlit as st

from lib.labs import LABS
from lib.ui import state, story

st.set_page_config(page_icon="\U0001f4b5", layout="wide")  # the title follows the page

mode = state.mode()
lang = state.language_selector(sidebar=not state.embedded())
page = story.navigation(lang, hidden=state.bare())
t = state.tr()
story.mode_notices(mode)
if mode.lab_only:
    title = t(f"{LABS[mode.lab].strings}.title")
    st.set_page_config(page_title=f"{title} · {t('app.name')}")
    story.lab_alone(mode.lab)
else:
    st.set_page_config(page_title=f"{page.title} · {t('app.name')}")
    page.run()
story.footer()
