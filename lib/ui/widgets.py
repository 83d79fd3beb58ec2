"""The Streamlit elements every page uses: figures, chart, sentence, tables, sharing,
questions, the as-of line. Each takes data that is already translated and formatted
(lib/labs/view.py); none computes or formats a number.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pandas as pd
import streamlit as st

from lib import content, nav, urlstate
from lib.errors import InputError
from lib.labs.view import Metric, Table, metric_width, shown_rows
from lib.ui.state import LANG_KEY, current_lang, tr


def metric_row(metrics: tuple[Metric, ...]) -> None:
    """The lab's headline figures in one wrapping row: as many per line as fit, so a
    label is never cut off and a phone shows them one under another."""
    with st.container(horizontal=True, gap="small"):
        for m in metrics:
            st.metric(m.label, m.value, help=m.help, border=True, width=metric_width(m))


def chart(spec: dict, title: str) -> None:
    """Draw a Vega-Lite spec from lib/charts.py, titled ``title``.

    Its text alternative names the chart and points to the sentence printed under it
    (:func:`describe`). The alternative stays the same as the sliders move: a changed one
    makes Streamlit rebuild the whole chart instead of swapping its data (about 20 ms of
    browser time per move, bench/README.md). The chart builders' unit tests validate
    every spec against the Vega-Lite schema, so it is not validated again here.
    """
    st.vega_lite_chart(
        spec=spec,
        width="stretch",
        theme=None,
        alt=tr()("lab.chart_alt", title=title),
    )


def describe(sentence: str) -> None:
    """The sentence that says what the chart shows now."""
    st.markdown(f":material/insights: **{tr()('lab.reading')}** {sentence}")


def error_message(error: ValueError, lang: str) -> str:
    """Why no figure can be computed, in the reader's language where the error has a code."""
    t = content.translator(lang)
    if isinstance(error, InputError) and t.has(f"error.{error.code}"):
        field = t(f"field.{error.field}") if t.has(f"field.{error.field}") else error.field
        params = {k: content.format_value(v, "pct", lang, 0) for k, v in error.params.items()}
        return t(f"error.{error.code}", field=field, **params)
    return str(error)


def input_error(error: ValueError) -> None:
    """The message in place of figures. Shown as text, never Markdown: it may quote a value."""
    st.error(
        tr()("lab.input_error", message=error_message(error, current_lang())),
        icon=":material/error:",
    )


def lazy_expander(label: str, key: str, icon: str):
    """An expander whose content is built only while it is open (None while closed).

    Closed, it costs nothing: no table, no code block, and none of the browser code
    those elements load. Opening it reruns only the surrounding fragment.
    """
    box = st.expander(label, key=key, icon=icon, on_change="rerun")
    return box if box.open else None


def csv_download(df: pd.DataFrame, file_stem: str, label: str) -> None:
    """A CSV download of ``df`` (UTF-8 with BOM so Excel reads Chinese), named per language."""
    st.download_button(
        label,
        data=df.to_csv(index=False).encode("utf-8-sig"),
        file_name=f"{file_stem}-{current_lang()}.csv",
        mime="text/csv",
        icon=":material/download:",
        on_click="ignore",
        key=f"download_{file_stem}",
    )


def data_table(table: Table) -> None:
    """The chart's data as a table, with a CSV download (built only when opened)."""
    t = tr()
    box = lazy_expander(t("lab.data"), f"data_{table.file_stem}", ":material/table:")
    if box is not None:
        df = pd.DataFrame(table.rows)[list(table.columns)].rename(columns=table.columns)
        with box:
            st.dataframe(pd.DataFrame(shown_rows(table)), hide_index=True, width="stretch")
            csv_download(df, table.file_stem, t("lab.download"))


def _page_base() -> str:
    url = st.context.url or ""
    parts = urlsplit(url)
    if not parts.scheme:
        return url.split("?")[0]
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


def share(key: str, values: dict) -> None:
    """A link and an iframe snippet that open this page in this language with ``values``."""
    t = tr()
    lang = current_lang()
    box = lazy_expander(t("lab.share"), f"share_{key}", ":material/share:")
    if box is None:
        return
    base = _page_base()
    with box:
        st.caption(t("lab.share_link"))
        st.code(urlstate.share_url(base, lang, values), language=None, wrap_lines=True)
        st.caption(t("lab.share_embed"))
        embed = urlstate.share_url(base, lang, values, embed=True)
        st.code(
            f'<iframe src="{embed}" width="100%" height="900" '
            f'title="{t("app.name")}" style="border:0"></iframe>',
            language="html",
            wrap_lines=True,
        )


def page_link(key: str, label: str | None = None, icon: str | None = None) -> None:
    """A link to a registered page that keeps the language; nothing if it doesn't exist."""
    spec = nav.by_key().get(key)
    if spec is None:
        return
    st.page_link(
        spec.path,
        label=label or tr()(f"page.{key}.title"),
        icon=icon or spec.icon,
        query_params={LANG_KEY: current_lang()},
    )


def kind_legend() -> None:
    """One line explaining the markers for reported data, argument and assumption, and
    that text without one is the app's own explanation."""
    t = tr()
    marked = (f"{t(f'kind.{k}.badge')} {t(f'kind.{k}.explain')}" for k in content.KINDS)
    st.caption(" · ".join((*marked, t("kind.unmarked"))))


def as_of_line(fact_keys) -> None:
    """The as-of dates of the facts a page uses, and where their sources are listed."""
    t = tr()
    lang = current_lang()
    dates = sorted({content.fact(k).as_of for k in fact_keys})
    shown = t("punct.list_sep").join(content.format_date(d, lang) for d in dates)
    st.caption(t("facts.as_of", dates=shown))


def quiz(q: content.Quiz) -> None:
    """A multiple-choice question with feedback on whichever option is picked.

    The options come in the order :func:`content.quiz_order` fixed for the question,
    each labelled with its letter (``quiz.option``: "A. ...", the letter the same in
    every language). The verdict (``quiz.right`` / ``quiz.wrong``) is printed here, in
    bold, before the option's feedback, which therefore never opens with one.
    """
    t = tr()

    def label(i: int) -> str:
        return t("quiz.option", letter=content.QUIZ_LETTERS[i], text=q.options[i])

    with st.container(border=True):
        st.markdown(f":material/quiz: **{t('quiz.heading')}** {q.question}")
        choice = st.radio(
            q.question,
            options=range(len(q.options)),
            format_func=label,
            index=None,
            key=f"quiz_{q.id}",
            label_visibility="collapsed",
        )
        if choice is not None:
            right = choice == q.answer
            box = st.success if right else st.warning
            verdict = t("quiz.right") if right else t("quiz.wrong")
            box(f"**{verdict}** {q.feedback[choice]}")
