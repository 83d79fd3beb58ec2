"""Overview: what Dollar Lab is for, the four stories, a first lab, how to use it.

The lab "Cash dollars and synthetic dollars" is ``home_cip`` (lib/labs/home.py).
Text: content/<lang>/home/*.md and strings ``home.*``.
"""

import streamlit as st

from lib import content, nav
from lib.ui import story, widgets

page = story.Story("home", "home")
t = page.t

st.title(t("app.name"))
st.caption(t("app.tagline"))
page.narrative("intro")

page.heading("home.stories_heading")
teasers = {key: t(f"home.story.{key}.teaser") for key in nav.STORIES}  # with placeholders
for i, key in enumerate(nav.STORIES):
    if i % 2 == 0:
        cols = st.columns(2)  # a row per pair, so narrow screens stack them 1, 2, 3, 4
    with cols[i % 2], st.container(border=True, height="stretch"):
        st.markdown(f"##### {i + 1}. {t(f'home.story.{key}.title')}")
        st.markdown(content.fill(teasers[key], page.lang))
        widgets.page_link(key, t("home.open_story"), icon=":material/arrow_forward:")
page.facts += content.fact_keys(*teasers.values())

page.heading("home.lab_heading")
page.narrative("lab_intro")
page.lab("home_cip")
page.questions()

box = widgets.lazy_expander(t("home.how_heading"), "how_home", ":material/help:")
if box is not None:
    with box:
        page.narrative("how")
widgets.kind_legend()
page.as_of()
page.handout()
