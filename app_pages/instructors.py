"""For instructors: per story, learning objectives, ready scenarios for every lab (a
link to the page and to the lab alone, with the controls that matter locked),
discussion questions, the exercises the app checks with worked answers behind
"instructor notes", and how to embed a lab in a course page or an LMS.

Content: content/instructors.toml (lib/instructors.py), content/exercises.toml
(lib/exercises.py), content/<lang>/instructors/*.md; strings ``instr.*``.
"""

import streamlit as st

from lib import content, exercises, instructors, nav, urlstate
from lib.labs import LABS
from lib.labs import spec as labspec
from lib.ui import state, widgets

t, lang = state.tr(), state.current_lang()


def bullets(items, numbered: bool = False) -> str:
    return "\n".join(f"{i + 1}. {x}" if numbered else f"- {x}" for i, x in enumerate(items))


def shown_setting(lab: str, values: dict) -> str:
    """A scenario's or an answer's values as the controls show them: "Spot: 1,470"."""
    parts = []
    for key, value in values.items():
        c = labspec.control(lab, key)
        if c.is_choice:  # an option's name, as the lab's buttons show it
            shown = t(f"{LABS[lab].strings}.{value}")
        else:
            shown = exercises.shown_control(c, value, lang)
        parts.append(t("punct.label_sep").join((t(c.label), shown)))
    return t("punct.list_sep").join(parts)


st.title(t("page.instructors.title"))
st.caption(t("instr.lede"))
st.markdown(content.section("instructors", "intro", lang))
st.markdown(
    t("punct.list_sep").join(
        f"[{content.escape_markdown(t(f'page.{n.page}.title'))}](#for-{n.page})"
        for n in instructors.notes(lang)
    )
)

for notes in instructors.notes(lang):
    page_spec = nav.by_key()[notes.page]
    st.header(t(f"page.{notes.page}.title"), divider="gray", anchor=f"for-{notes.page}")
    widgets.page_link(notes.page, t("instr.open_story"), ":material/arrow_forward:")
    st.subheader(t("instr.objectives"), anchor=False)
    st.markdown(bullets(notes.objectives))

    st.subheader(t("instr.scenarios"), anchor=False)
    for s in notes.scenarios:
        lab_title = t(f"{LABS[s.lab].strings}.title")
        with st.container(border=True):
            st.markdown(f"**{s.label}** · {content.escape_markdown(lab_title)}")
            st.markdown(s.purpose)
            st.caption(shown_setting(s.lab, s.values))
            if s.lock:
                names = t("punct.list_sep").join(t(labspec.control(s.lab, k).label) for k in s.lock)
                st.caption(t("instr.locked", names=names))
            with st.container(horizontal=True, gap="small"):
                for lab_only, label, icon in (
                    (False, "instr.open_page", ":material/article:"),
                    (True, "instr.open_lab", ":material/crop_free:"),
                ):
                    st.page_link(
                        page_spec.path,
                        label=t(label),
                        icon=icon,
                        query_params={state.LANG_KEY: lang, **s.params(lab_only)},
                    )
            link = urlstate.share_url(
                widgets.page_url(notes.page), lang, s.values, extra=s.mode.params(s.lab)
            )
            st.code(link, language=None, wrap_lines=True)

    st.subheader(t("instr.discussion"), anchor=False)
    st.markdown(bullets(notes.discussion, numbered=True))

    found = exercises.for_page(notes.page, lang)
    if found:
        st.subheader(t("instr.exercises"), anchor=False)
        st.markdown(
            bullets(
                f"{e.goal} ({content.escape_markdown(t(f'{LABS[e.lab].strings}.title'))})"
                for e in found
            )
        )
        box = widgets.lazy_expander(t("instr.notes"), f"notes_{notes.page}", ":material/key:")
        if box is not None:
            with box:
                for e in found:
                    st.markdown(f"**{e.goal}**")
                    st.markdown(e.explanation)
                    if e.answer:
                        st.caption(t("instr.answer", values=shown_setting(e.lab, e.answer)))

st.header(t("instr.embed_heading"), divider="gray", anchor="embed")
st.markdown(content.section("instructors", "embed", lang))
example = urlstate.iframe(
    urlstate.share_url(
        widgets.page_url("krw-defence"),
        lang,
        {},
        embed=True,
        extra=urlstate.Mode().params("krw_forward"),
    ),
    t("lab.embed_title", app=t("app.name"), lab=t("krw.forward.title")),
    labspec.embed_height("krw_forward"),
)
st.caption(t("instr.embed_example"))
st.code(example, language="html", wrap_lines=True)
st.header(t("instr.week_heading"), divider="gray", anchor="week")
st.markdown(content.section("instructors", "week", lang))
