"""Sources and method: the source documents, the primary sources they cite, every fact
with its provenance and as-of date, how the labs compute, and the not-advice notice.

All of it comes from content/facts.toml and content/<lang>/sources/*.md.
"""

import pandas as pd
import streamlit as st

from lib import content
from lib.ui import story, widgets

page = story.Story("sources", "sources")
t, lang = page.t, page.lang
articles = content.articles()
primaries = content.primaries()

st.title(t("page.sources.title"))
page.narrative("intro")

st.header(t("sources.docs_heading"), divider="gray")
for art in articles.values():
    if not art["title_orig"]:
        title = content.localised_field(art, "title", lang)
    elif lang == "en":
        title = f"{art['title_en']} ({art['title_orig']})"
    else:
        title = art["title_orig"]
    where = t("sources.location", file=art["file"], lines=art["lines"])
    if art.get("repeated_in"):
        where += " " + t("sources.repeated", file=art["repeated_in"], lines=art["repeated_lines"])
    card = [
        f"**{title}**",
        t("sources.outlet", v=content.localised_field(art, "outlet", lang))
        + " \u00b7 "
        + t("sources.published", v=content.format_date(art["published"], lang)),
        f":gray[{where}]",
        t("sources.role", v=content.localised_field(art, "role", lang)),
    ]
    # One Markdown block per card: the page draws a few elements instead of dozens.
    st.container(border=True).markdown("\n\n".join(card))

st.header(t("sources.primary_heading"), divider="gray")
for prim in primaries.values():
    who = "sources.cited_by_articles" if prim["cited_by"] == "articles" else "sources.cited_by_app"
    note = f"{content.localised_field(prim, 'note', lang)} {t(who)}"
    st.container(border=True).markdown(f"{prim['citation']}\n\n:gray[{note}]")

st.header(t("sources.facts_heading"), divider="gray")
rows = []
for f in content.facts().values():
    art = articles.get(f.article)
    rows.append(
        {
            t("sources.col_figure"): f.label(lang),
            t("sources.col_value"): content.format_fact(f.key, lang),
            t("sources.col_as_of"): content.format_date(f.as_of, lang),
            t("sources.col_kind"): t(f"sources.kind_{f.kind}"),
            t("sources.col_source"): (
                f"{content.localised_field(art, 'outlet', lang)}, {art['file']} ({art['lines']})"
                if art
                else t("sources.app_assumption")
            ),
            t("sources.col_primary"): primaries[f.primary]["short"] if f.primary else "",
            t("sources.col_note"): f.note(lang),
        }
    )
table = pd.DataFrame(rows)
st.markdown(content.markdown_table(list(table.columns), table.values.tolist()))
widgets.csv_download(table, "dollar-lab-facts", t("sources.download"))
page.narrative("method")
