"""Sources and method: the source documents, the primary sources they cite, every fact
with its provenance and as-of date, how the labs compute, and the not-advice notice.

All of it comes from content/facts.toml, content/references.bib and
content/<lang>/sources/*.md. Readers see documents by outlet, title and date and figures
by their labels: no file name, line number or fact key (the CSV keeps the key as an id).
Every word from content goes through ``content.escape_markdown``; links are built by
``content.markdown_link`` from the addresses in references.bib (and facts.toml) only.
"""

import pandas as pd
import streamlit as st

from lib import content
from lib.ui import story, widgets

page = story.Story("sources", "sources")
t, lang = page.t, page.lang
esc = content.escape_markdown
articles = content.articles()
primaries = content.primaries()


def doc_title(key: str) -> str:
    """An article's title: the English one with the original for English readers."""
    art, words = articles[key], content.article_words(key, lang)
    if lang == "en" and art["title_orig"]:
        return f"{words['title']} ({art['title_orig']})"
    return words["title"] or content.localised_field(art, "title", lang)


def doc_byline(key: str) -> str:
    words = content.article_words(key, lang)
    return (
        f"{t('sources.outlet', v=words['outlet'])} \u00b7 {t('sources.published', v=words['date'])}"
    )


def source_words(f: content.Fact) -> str:
    """A fact's primary source (or its own address) in Markdown, linked where it has one."""
    url = content.fact_url(f.key)
    if not f.primary:
        return content.markdown_link(t("sources.col_link"), url) if url else ""
    short = content.primary_short(f.primary, lang)
    words = content.markdown_link(short, url) if url else esc(short)
    # the sentence around the link is escaped too; the sentinel keeps the link intact
    return esc(t("sources.primary_of", v="\x00")).replace("\x00", words)


st.title(t("page.sources.title"))
page.narrative("intro")

st.header(t("sources.docs_heading"), divider="gray")
for key, art in articles.items():
    card = [
        f"**{esc(doc_title(key))}**",
        esc(doc_byline(key)),
        esc(t("sources.role", v=content.localised_field(art, "role", lang))),
    ]
    # One Markdown block per card: the page draws a few elements instead of dozens.
    st.container(border=True).markdown("\n\n".join(card))

st.header(t("sources.primary_heading"), divider="gray")
for key, prim in primaries.items():
    who = "sources.cited_by_articles" if prim["cited_by"] == "articles" else "sources.cited_by_app"
    note = content.localised_field(prim, "note", lang) + t("punct.sentence_sep") + t(who)
    links = " \u00b7 ".join(
        content.markdown_link(w, u) for w, u in content.primary_links(key, lang)
    )
    card = [esc(prim["citation"]), *([links] if links else []), f":gray[{esc(note)}]"]
    st.container(border=True).markdown("\n\n".join(card))

# Every figure as text, grouped by its document: a line per figure wraps on a phone and
# never needs a horizontal scroll on a laptop, unlike a seven-column table.
st.header(t("sources.facts_heading"), divider="gray")
st.caption(t("sources.facts_intro"))
groups: dict[str, list[content.Fact]] = {}
for f in content.facts().values():
    groups.setdefault(f.article if f.article in articles else "", []).append(f)
rows = []
for key in [*articles, ""]:
    if key not in groups:
        continue
    if key:
        block = [f"#### {esc(doc_title(key))}", f":gray[{esc(doc_byline(key))}]"]
        source = t("sources.article_ref", **content.article_words(key, lang))
    else:
        block, source = [f"#### {esc(t('sources.app_group'))}"], t("sources.app_assumption")
    items = []
    for f in groups[key]:
        value, as_of = content.format_fact(f.key, lang), content.format_date(f.as_of, lang)
        kind, note = t(f"sources.kind_{f.kind}"), f.note(lang)
        meta = t("sources.fact_meta", as_of=as_of, kind=kind)
        sep = t("punct.label_sep")
        lines = [f"- **{esc(f.label(lang))}**{esc(sep)}{esc(value)}{esc(meta)}"]
        if linked := source_words(f):
            lines.append("  " + linked)
        if note:
            lines.append("  " + esc(note))
        items.append("  \n".join(lines))
        rows.append(
            {
                t("sources.col_id"): f.key,
                t("sources.col_figure"): f.label(lang),
                t("sources.col_value"): value,
                t("sources.col_as_of"): as_of,
                t("sources.col_kind"): kind,
                t("sources.col_source"): source,
                t("sources.col_primary"): content.primary_short(f.primary, lang)
                if f.primary
                else "",
                t("sources.col_link"): content.fact_url(f.key),
                t("sources.col_note"): note,
            }
        )
    st.markdown("\n\n".join([*block, "\n".join(items)]))
widgets.csv_download(pd.DataFrame(rows), "dollar-lab-facts", t("sources.download"))
page.narrative("method")
