"""Dollar Lab entry point: page config, language, navigation, footer.

Run with ``streamlit run Home.py``. The pages themselves live in app_pages/; the menu is
built here each run so its titles are in the reader's language while the URL paths
stay fixed in English (``/glossary?lang=zh-Hant``).
"""

import streamlit as st

from lib.ui import state, story

st.set_page_config(page_icon="\U0001f4b5", layout="wide")  # the title follows the page

lang = state.language_selector()
page = story.navigation(lang)
st.set_page_config(page_title=f"{page.title} · {state.tr()('app.name')}")
page.run()
story.footer()
