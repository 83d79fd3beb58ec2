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

from datetime import date
from functools import lru_cache

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from lib import content, course, nav, stories, urlstate
from lib.labs import LABS
from lib.labs import spec as labspec
from lib.ui import state, widgets
from lib.ui.handout import handout_button
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


def navigation(lang: str, hidden: bool = False):
    """``st.navigation`` over the registered pages, titles in ``lang``; an address that
    names no page opens the home page with a notice, not Streamlit's English dialog.
    ``hidden``: no menu (the lab-only view, embed mode); every page still answers."""
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
    page = st.navigation(groups, position="hidden" if hidden else "sidebar")
    st.session_state[widgets.PAGE_PATH] = page.url_path
    if unknown:
        st.warning(t("notice.no_page"), icon=":material/explore_off:")
    return page


def footer() -> None:
    st.divider()
    st.caption(state.tr()("footer.disclaimer"))


def mode_notices(mode: urlstate.Mode) -> None:
    """What the link's view, lab and lock list asked for that cannot be done, in the
    reader's language. The values are quoted as text, never read as Markdown."""
    t = state.tr()
    esc = content.escape_markdown
    if mode.bad_view:
        st.warning(t("notice.bad_view", value=esc(mode.bad_view)), icon=":material/link_off:")
    if mode.bad_lab:
        st.warning(t("notice.bad_lab", value=esc(mode.bad_lab)), icon=":material/link_off:")
    if mode.bad_locks:
        names = t("punct.list_sep").join(t("punct.quote", v=esc(k)) for k in mode.bad_locks)
        st.warning(t("notice.bad_lock", names=names), icon=":material/link_off:")


def data_age(fact_keys) -> None:
    """The data-age banner: shown when the newest figure among ``fact_keys`` is older
    than :data:`lib.course.STALE_AFTER_DAYS`."""
    age = course.data_age({content.fact(k).as_of for k in fact_keys}, date.today())
    if age is None or not age.stale:
        return
    t, lang = state.tr(), state.current_lang()
    when = content.format_date(age.newest, lang)
    st.info(
        t("notice.stale", date=when, days=content.format_number(age.days, 0)),
        icon=":material/history:",
    )


@lru_cache(maxsize=16)
def page_facts(page: str) -> tuple[str, ...]:
    """Every fact a page can show: its narrative files' and its labs' (for the banner,
    drawn before the sections that collect :attr:`Story.facts`)."""
    folder = content.section_path(page, "x", "en").parent
    names = tuple(sorted(p.stem for p in folder.glob("*.md")))
    labs = [lab for lab in LABS if labspec.page_of(lab) == page]
    return (*content.section_fact_keys(page, names), *(k for lab in labs for k in lab_facts(lab)))


def lab_frame(title: str, anchor: str | None = None):
    """The bordered box and heading of a lab, drawn once per page run; the lab's fragment
    goes inside, so a control move redraws only the fragment. ``anchor`` (the lab id)
    lets a link open the page at the lab (``#krw_forward``)."""
    box = st.container(border=True)
    box.subheader(title, anchor=anchor or False)
    return box


def lab_alone(lab_id: str) -> None:
    """The lab-only view (``?view=lab&lab=<id>``): the lab's title, introduction, controls,
    figures, chart, sentence and share box, its as-of line, and a link to its page; no
    menu, narrative or questions. Sized for a slide or a course page's iframe."""
    t = state.tr()
    root = LABS[lab_id].strings
    facts = lab_facts(lab_id)
    data_age(facts)
    with lab_frame(t(f"{root}.title"), lab_id):
        if t.has(f"{root}.intro"):
            st.markdown(content.fill(t(f"{root}.intro"), state.current_lang()))
        run_lab(lab_id)
    widgets.as_of_line(facts)
    widgets.page_link(labspec.page_of(lab_id), t("lab.open_page"), ":material/open_in_new:")


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
        self.mode = state.mode()
        #: The page's outline as drawn: ("section", name) and ("lab", id), in order.
        self.blocks: list[tuple[str, str]] = []

    def header(self) -> None:
        """Title, lede, source line and the legend of the three kinds of statement; the
        data-age banner; with ``narrative=off``, a line saying the text is hidden."""
        st.title(self.t(f"page.{self.page}.title"))
        st.caption(self.t(f"{self.prefix}.lede"))
        st.caption(stories.source_line(self.page, self.lang))
        data_age(page_facts(self.page))
        if not self.mode.narrative:
            self.narrative_hidden()
        else:
            widgets.kind_legend()

    def narrative_hidden(self) -> None:
        """The notice for ``narrative=off`` and a link to the same view with the text."""
        st.caption(self.t("notice.no_narrative"))
        params = {k: v for k, v in st.query_params.to_dict().items() if k != "narrative"}
        params[state.LANG_KEY] = self.lang
        spec = nav.by_key()[self.page]
        st.page_link(
            spec.path,
            label=self.t("notice.show_narrative"),
            icon=":material/article:",
            query_params=params,
        )

    def narrative(self, name: str) -> None:
        """One narrative file of the page (content/<lang>/<page>/<name>.md); nothing
        with ``narrative=off``."""
        if self.mode.narrative:
            self.blocks.append(("narrative", name))
            self._text(name)

    def _text(self, name: str) -> None:
        st.markdown(content.section(self.page, name, self.lang))
        self.facts += content.section_fact_keys(self.page, (name,))

    def section(self, name: str) -> None:
        """A numbered section: heading ``<prefix>.s<n>`` for ``s<n>_<anchor>``, anchor
        ``#<anchor>``, then its narrative; nothing with ``narrative=off``."""
        if not self.mode.narrative:
            return
        number, anchor = name.split("_", 1)
        self.blocks.append(("section", name))
        st.header(self.t(f"{self.prefix}.{number}"), divider="gray", anchor=anchor)
        self._text(name)

    def heading(self, key: str) -> None:
        self.blocks.append(("heading", key))
        st.header(self.t(key), divider="gray")

    def lab(self, lab_id: str) -> None:
        """The lab in its frame, titled ``<strings>.title``, with its introduction
        (``<strings>.intro``) where it has one."""
        root = LABS[lab_id].strings
        self.blocks.append(("lab", lab_id))
        with lab_frame(self.t(f"{root}.title"), lab_id):
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

    def handout(self) -> None:
        """The handout download (key ``handout``): the page as drawn, one HTML file."""
        handout_button(self.page, self.prefix, self.blocks)

    def footer(self) -> None:
        """Questions, then the as-of line over every fact the page showed, then the
        handout of the page."""
        self.questions()
        self.as_of()
        self.handout()
