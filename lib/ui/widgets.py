"""The Streamlit elements every page uses: figures, chart, sentence, tables, sharing,
questions, the as-of line. Each takes data that is already translated and formatted
(lib/labs/view.py); none computes or formats a number.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import urlsplit

import pandas as pd
import streamlit as st

from lib import content, course, errors, nav, urlstate
from lib.labs import LABS
from lib.labs import spec as labspec
from lib.labs.view import Metric, Table, metric_width, shown_rows
from lib.ui import state
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
    """Why no figure can be computed, in the reader's language where the error has a code
    (pure: :func:`lib.errors.message`, which the exercise checks and handout share)."""
    return errors.message(error, lang)


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


PAGE_PATH = "_dollar_lab_page_path"  # session key: the url_path of the page being drawn


def app_base() -> str:
    """The app's root address as the reader reached it (scheme, host, any path prefix a
    proxy adds), without the current page's own path: ``http://host/prefix``."""
    url = st.context.url or ""
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    here = st.session_state.get(PAGE_PATH, "")
    if here and path.endswith("/" + here):
        path = path[: -len(here) - 1]
    if not parts.scheme:
        return path
    return f"{parts.scheme}://{parts.netloc}{path}"


def page_url(page: str) -> str:
    """The absolute address of a registered page."""
    path = nav.url_for(page)
    return f"{app_base()}/{path}" if path else f"{app_base()}/"


def share(lab_id: str, values: dict) -> None:
    """Share, embed and cite this view: the page link (opening at the lab) and the
    lab-only link, each with the language, every control's value and the instructor's
    choices (locked controls, hidden narrative); an ``<iframe>`` snippet for each; and
    "cite this view". Built only while the box is open (:func:`lazy_expander`)."""
    t = tr()
    lang = current_lang()
    box = lazy_expander(t("lab.share"), f"share_{lab_id}", ":material/share:")
    if box is None:
        return
    mode = state.mode()
    controls = labspec.controls(lab_id)
    keys = [c.key for c in controls]
    labels = {c.key: t(c.label) for c in controls}
    page = labspec.page_of(lab_id)
    lab_title = t(f"{LABS[lab_id].strings}.title")
    with box:
        locks = st.multiselect(
            t("lab.share_lock"),
            keys,
            default=[k for k in keys if k in mode.locks],
            format_func=labels.__getitem__,
            key=f"share_lock_{lab_id}",
            help=t("lab.share_lock_help"),
        )
        hide = page != "home" and st.toggle(
            t("lab.share_narrative"), value=not mode.narrative, key=f"share_narr_{lab_id}"
        )
        chosen = urlstate.Mode(locks=frozenset(locks), narrative=not hide)
        base = page_url(page)
        page_link = urlstate.share_url(base, lang, values, extra=chosen.params(), anchor=lab_id)
        lab_mode = urlstate.Mode(locks=frozenset(locks))
        lab_link = urlstate.share_url(base, lang, values, extra=lab_mode.params(lab_id))
        title = t("lab.embed_title", app=t("app.name"), lab=lab_title)
        height = labspec.embed_height(lab_id)
        st.caption(t("lab.share_page"))
        st.code(page_link, language=None, wrap_lines=True)
        st.caption(t("lab.share_lab"))
        st.code(lab_link, language=None, wrap_lines=True)
        st.caption(t("lab.share_embed_lab"))
        embed_lab = urlstate.share_url(base, lang, values, True, lab_mode.params(lab_id))
        st.code(urlstate.iframe(embed_lab, title, height), language="html", wrap_lines=True)
        st.caption(t("lab.share_embed_page"))
        embed_page = urlstate.share_url(base, lang, values, True, chosen.params(), lab_id)
        st.code(urlstate.iframe(embed_page, title, 900), language="html", wrap_lines=True)
        st.caption(t("lab.share_cite"))
        cited = course.citation(lang, t(f"page.{page}.title"), lab_title, lab_link, date.today())
        st.code(cited, language=None, wrap_lines=True)


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
