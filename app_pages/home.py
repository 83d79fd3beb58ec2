"""Overview: what Dollar Lab is for, the four stories, how to use it, and a first lab.

The lab "Cash dollars and synthetic dollars" computes the dollar convenience yield
from spot and forward USD/JPY, the two risk-free rates and the tenor
(lib/convenience_yield.py). Text: content/<lang>/home/*.md and strings ``home.*``.
"""

import streamlit as st

from app_pages.home_lab import LAB, cip_lab
from lib import content, nav, ui

t = ui.tr()
lang = ui.current_lang()

st.title(t("app.name"))
st.caption(t("app.tagline"))
ui.narrative("home", "intro")

st.header(t("home.stories_heading"), divider="gray")
teasers = {key: t(f"home.story.{key}.teaser") for key in nav.STORIES}  # with placeholders
for i, key in enumerate(nav.STORIES):
    if i % 2 == 0:
        cols = st.columns(2)  # a row per pair, so narrow screens stack them 1, 2, 3, 4
    with cols[i % 2], st.container(border=True, height="stretch"):
        st.markdown(f"##### {i + 1}. {t(f'home.story.{key}.title')}")
        st.markdown(content.fill(teasers[key], lang))
        ui.page_link(key, t("home.open_story"), icon=":material/arrow_forward:")

st.header(t("home.lab_heading"), divider="gray")
ui.narrative("home", "lab_intro")
with ui.lab_frame(t("home.lab.title")):
    cip_lab()
ui.quiz_box("home", "home")

box = ui.lazy_expander(t("home.how_heading"), "how_home", ":material/help:")
if box is not None:
    with box:
        ui.narrative("home", "how")
ui.kind_legend()
# The as-of line covers the facts the story cards quote and those the lab starts from.
ui.as_of_line([*content.fact_keys(*teasers.values()), *(s.default_fact for s in ui.lab_spec(LAB))])
