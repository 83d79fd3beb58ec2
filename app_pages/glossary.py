"""Glossary: every term pair with its definition, searchable, linked to the pages using it.

The search box is kept in the URL (``/glossary?q=CIP``) by the app's one URL-state
mechanism (lib/ui/state.py), so a course can link to a term. Terms: content/glossary.toml.
"""

import streamlit as st

from lib import content, nav
from lib.ui import state, story

QUERY, MAX_CHARS = "q", 60

page = story.Story("glossary", "glossary")
t, lang = page.t, page.lang

st.title(t("page.glossary.title"))
page.narrative("intro")
state.seed_text(QUERY, MAX_CHARS)
query = st.text_input(
    t("glossary.search"),
    key=QUERY,
    help=t("glossary.search_help"),
    icon=":material/search:",
    max_chars=MAX_CHARS,
)
state.text_marker(QUERY, query)
terms = content.glossary(lang)
hits = content.search_glossary(terms, query)
st.caption(t("glossary.count", n=len(hits), total=len(terms)))
if not hits:
    st.info(t("glossary.none", q=content.escape_markdown(query)))  # shown as typed


def entry(term: content.Term) -> str:
    """One term as Markdown: name pair, definition, other names, links to its pages."""
    other = term.zh if lang == "en" else term.en
    abbr = f" ({term.abbr})" if term.abbr else ""
    lines = [f"#### {term.term}{abbr} \u00b7 {other}", term.definition]
    if term.aka:
        lines.append(f":gray[{t('glossary.also', names=t('punct.list_sep').join(term.aka))}]")
    links = [
        f"[{t(f'page.{key}.title')}](./{nav.url_for(key)}?lang={lang})"
        for key in term.pages
        if nav.exists(key)
    ]
    if links:
        lines.append(f":gray[{t('glossary.used_on')}] " + t("punct.list_sep").join(links))
    return "\n\n".join(lines)


# Two Markdown blocks rather than a bordered card per term: a few elements instead of
# hundreds keeps the page as quick to draw as the others (bench/run.py).
cols = st.columns(2, gap="large")
for col, half in zip(cols, (hits[0::2], hits[1::2]), strict=True):
    col.markdown("\n\n---\n\n".join(entry(term) for term in half))
