"""The handout button: the page as one self-contained HTML file (lib/handout.py).

The file is built only when the button is clicked: ``st.download_button`` takes a
callable as its ``data`` (Streamlit 1.67 runs it on click, in a thread of its own, and
ignores any Streamlit command in it), so a page run or a slider move costs nothing but
the button. Building a story page takes about half a second (a chart through vl-convert
is about 0.1 s).

Because the labs are fragments, a slider move does not rerun the footer that drew the
button; the callable therefore reads the controls' values when it runs, from the
session's kept values (:data:`lib.ui.state.KEPT`, which every lab run brings up to date),
not from the values of the run that drew it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

import streamlit as st

from lib import handout
from lib.labs import spec as labspec
from lib.ui import state, widgets


def handout_button(page: str, prefix: str, blocks: Iterable[Sequence]) -> None:
    """The download button (widget key ``handout``) for ``page``'s handout in the current
    language. ``prefix`` is the page's string prefix, ``blocks`` the outline the page
    drew, in order (:attr:`lib.ui.story.Story.blocks`; :func:`lib.handout.build` lists
    the kinds)."""
    t, lang = state.tr(), state.current_lang()
    outline = [tuple(b) for b in blocks]  # a copy: the page may record more after this
    labs = list(dict.fromkeys(b[1] for b in outline if b[0] == "lab"))
    kept = st.session_state.setdefault(state.KEPT, {})  # the same dict across runs
    base = widgets.page_url(page)
    extra = state.mode().params()  # locks and a hidden narrative carry into the link back

    def make() -> bytes:
        values = {
            lab: {k: kept.get(k, d) for k, d in labspec.defaults(lab).items()} for lab in labs
        }
        doc = handout.build(
            page,
            prefix,
            lang,
            outline,
            values=values,
            link=handout.page_address(base, lang, values, extra),
            cited_on=date.today(),
        )
        return doc.encode("utf-8")

    st.download_button(
        t("handout.button"),
        data=make,
        file_name=handout.file_name(page, lang),
        mime="text/html",
        key="handout",
        help=t("handout.help"),
        icon=":material/description:",
        on_click="ignore",
    )
