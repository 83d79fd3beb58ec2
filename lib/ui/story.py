"""The frame and templates pages are built from: navigation, the footer, and
:class:`Story`, with which a page reads as its outline::

    page = story.Story("krw-defence", "krw")
    page.header()
    page.section("s1_what")
    page.lab("krw_pension")
    page.footer()

A :class:`Story` remembers the facts its sections and labs show, so the as-of line in
its footer covers exactly what the page showed.
"""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from lib import content, nav, stories
from lib.labs import LABS
from lib.labs import spec as labspec
from lib.ui import state, widgets
from lib.ui.runner import run_lab


def _unknown_path() -> bool:
    """True when the address names a page the app does not have (``/nope``).

    Streamlit would answer with its own "Page not found" dialog, in English whatever
    the reader's language. The request is turned into one for the home page instead
    (the page manager's script intent), and :func:`navigation` says so in the reader's
    language. Any change in Streamlit's internals here leaves its own dialog in place.
    """
    ctx = get_script_run_ctx()
    pages = getattr(ctx, "pages_manager", None)
    if pages is None or getattr(pages, "intended_page_script_hash", None):
        return False
    name = getattr(pages, "intended_page_name", None)
    if not name or name in {p.url_path for p in nav.PAGES}:
        return False
    try:
        pages.set_script_intent("", "")
    except (AttributeError, TypeError):
        return False
    return True


def navigation(lang: str):
    """``st.navigation`` over the registered pages, titles in ``lang``; an address that
    names no page opens the home page with a notice, not Streamlit's English dialog."""
    t = content.translator(lang)
    unknown = _unknown_path()
    groups: dict[str, list] = {}
    for spec in nav.PAGES:
        page = st.Page(
            spec.path,
            title=t(f"page.{spec.key}.title"),
            icon=spec.icon,
            url_path=spec.url_path or None,
            default=spec.url_path == "",
        )
        groups.setdefault(t(f"nav.section.{spec.section}"), []).append(page)
    page = st.navigation(groups)
    if unknown:
        st.warning(t("notice.no_page"), icon=":material/explore_off:")
    return page


def footer() -> None:
    st.divider()
    st.caption(state.tr()("footer.disclaimer"))


def lab_frame(title: str):
    """The bordered box and heading of a lab, drawn once per page run; the lab's fragment
    goes inside, so a control move redraws only the fragment."""
    box = st.container(border=True)
    box.subheader(title, anchor=False)
    return box


def lab_facts(lab_id: str) -> tuple[str, ...]:
    """Every fact a lab shows: its controls' defaults and what it reads directly."""
    return (*labspec.default_facts(lab_id), *LABS[lab_id].facts)


class Story:
    """One page being drawn: ``page`` is its key (lib/nav.py), ``prefix`` that of its
    strings (``cy`` for ``cy.s1``, ``cy.lede``)."""

    def __init__(self, page: str, prefix: str):
        self.page, self.prefix = page, prefix
        self.t, self.lang = state.tr(), state.current_lang()
        self.facts: list[str] = []

    def header(self) -> None:
        """Title, lede, source line and the legend of the three kinds of statement."""
        st.title(self.t(f"page.{self.page}.title"))
        st.caption(self.t(f"{self.prefix}.lede"))
        st.caption(stories.source_line(self.page, self.lang))
        widgets.kind_legend()

    def narrative(self, name: str) -> None:
        """One narrative file of the page (content/<lang>/<page>/<name>.md)."""
        st.markdown(content.section(self.page, name, self.lang))
        self.facts += content.section_fact_keys(self.page, (name,))

    def section(self, name: str) -> None:
        """A numbered section: heading ``<prefix>.s<n>`` for ``s<n>_<anchor>``, anchor
        ``#<anchor>``, then its narrative."""
        number, anchor = name.split("_", 1)
        st.header(self.t(f"{self.prefix}.{number}"), divider="gray", anchor=anchor)
        self.narrative(name)

    def heading(self, key: str) -> None:
        st.header(self.t(key), divider="gray")

    def lab(self, lab_id: str) -> None:
        """The lab in its frame, titled ``<strings>.title``, with its introduction
        (``<strings>.intro``) where it has one."""
        root = LABS[lab_id].strings
        with lab_frame(self.t(f"{root}.title")):
            if self.t.has(f"{root}.intro"):
                st.markdown(self.t(f"{root}.intro"))
            run_lab(lab_id)
        self.facts += lab_facts(lab_id)

    def link(self, page: str, label_key: str) -> None:
        """A link to another page, in this language."""
        widgets.page_link(page, self.t(label_key), icon=":material/science:")

    def questions(self) -> None:
        """The page's questions behind a lazy expander headed ``<prefix>.quiz_heading``."""
        questions = [q for q in content.quizzes(self.lang) if q.page == self.page]
        box = widgets.lazy_expander(
            self.t(f"{self.prefix}.quiz_heading", n=len(questions)),
            f"quiz_{self.prefix}",
            ":material/quiz:",
        )
        if box is not None:
            with box:
                for q in questions:
                    widgets.quiz(q)

    def as_of(self) -> None:
        widgets.as_of_line(self.facts)

    def footer(self) -> None:
        """Questions, then the as-of line over every fact the page showed."""
        self.questions()
        self.as_of()
