"""Glossary: every term pair with its definition, searchable, linked to the pages using it.

The search box is bound to the URL (``/glossary?q=CIP``), so a course can link to a term.
Terms: content/glossary.toml.
"""

import streamlit as st

from lib import content, nav, ui

t = ui.tr()
lang = ui.current_lang()

st.title(t("page.glossary.title"))
ui.narrative("glossary", "intro")
query = st.text_input(
    t("glossary.search"),
    key="q",
    bind="query-params",
    help=t("glossary.search_help"),
    icon=":material/search:",
    max_chars=60,
)
terms = content.glossary(lang)
hits = content.search_glossary(terms, query)
st.caption(t("glossary.count", n=len(hits), total=len(terms)))
if not hits:
    st.info(t("glossary.none", q=query))

cols = st.columns(2)
for i, term in enumerate(hits):
    with cols[i % 2], st.container(border=True):
        other = term.zh if lang == "en" else term.en
        abbr = f" ({term.abbr})" if term.abbr else ""
        st.markdown(f"**{term.term}**{abbr} · {other}")
        st.markdown(term.definition)
        if term.aka:
            st.caption(t("glossary.also", names=t("glossary.sep").join(term.aka)))
        linked = [key for key in term.pages if nav.exists(key)]
        if linked:
            st.caption(t("glossary.used_on"))
            for key in linked:
                ui.page_link(key)
