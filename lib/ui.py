"""The lab kit: the one module in lib/ that imports Streamlit.

It turns the pure pieces (string tables, facts, lab specs, chart builders) into
Streamlit elements following the lab pattern of DESIGN.md section 4:

1. bound sliders with fixed English keys and defaults from the facts, plus a
   "reset to source values" button (:func:`sliders`);
2. the page's one call into lib/;
3. a metric row (:func:`metric_row`);
4. a chart whose text alternative names it and points to the sentence below (:func:`chart`);
5. that sentence, saying what the chart shows now (:func:`describe`);
6. the chart's data with a CSV download (:func:`data_table`), and a link and an
   embed snippet for exactly this view (:func:`share`).

Labs are functions decorated with ``@st.fragment`` in the page, so a slider move
reruns only the lab.
"""

from __future__ import annotations

import html
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlencode, urlsplit

import pandas as pd
import streamlit as st

from lib import content, i18n, nav
from lib.errors import InputError

LANG_KEY = "lang"  # URL parameter and widget key of the language selector
METRIC_WIDTH = 205  # px: the narrowest metric box (two fit side by side in a results column)


# ---------------------------------------------------------------------------
# Language
# ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def language_names() -> dict[str, str]:
    """Each language's name in its own script (the selector's labels)."""
    return content.load_toml("languages.toml")["name"]


def _query_value(key: str) -> str | None:
    """The raw URL value of ``key`` (the last one if repeated), or None."""
    values = st.query_params.get_all(key)
    return values[-1] if values else None


def _language_chosen() -> None:
    """Callback of the selector: the URL follows the reader's choice at once."""
    st.query_params[LANG_KEY] = st.session_state[LANG_KEY]


def language_selector() -> str:
    """The one language selector, kept in step with ``?lang=`` in the URL; returns the code.

    The URL always carries the short code (``?lang=zh-Hant``), so any link copied from
    the address bar opens in the same language. Streamlit's ``bind="query-params"``
    is not used here: a bound option widget writes its display text to the URL and
    does not write a value seeded from session state, so links lost the language.

    Precedence: a language in the URL (short code, region tag such as ``zh-TW``, or a
    language's own name), then the reader's earlier choice this session (page
    switches drop unbound parameters), then the browser locale. An unknown value
    falls back and says so.
    """
    names = language_names()
    by_name = {name: code for code, name in names.items()}
    raw = _query_value(LANG_KEY)
    asked = None if raw is None else (i18n.normalise_lang(raw) or by_name.get(raw.strip()))
    if asked is not None:
        st.session_state[LANG_KEY] = asked
    elif st.session_state.get(LANG_KEY) not in i18n.LANGS:
        st.session_state[LANG_KEY] = i18n.lang_from_locale(st.context.locale)
    lang = st.session_state[LANG_KEY]
    t = content.translator(lang)
    # A radio group rather than a select box: all three choices in view, one click or
    # arrow key to switch, and none of the select box's code to load on every page.
    st.sidebar.radio(
        t("lang.label"),
        options=i18n.LANGS,
        format_func=names.__getitem__,
        key=LANG_KEY,
        on_change=_language_chosen,
        help=t("lang.help"),
    )
    if raw != lang:
        st.query_params[LANG_KEY] = lang
    st.sidebar.caption(t("footer.short"))
    if raw is not None and asked is None:
        st.toast(t("notice.bad_lang", value=raw[:40]), icon="\u26a0\ufe0f")
    set_document_language(lang)
    return lang


def current_lang() -> str:
    """The language chosen in the entry point (English before it has run)."""
    lang = st.session_state.get(LANG_KEY, i18n.DEFAULT_LANG)
    return lang if lang in i18n.LANGS else i18n.DEFAULT_LANG


def tr() -> content.Translator:
    """The translator for the current language."""
    return content.translator(current_lang())


_PAGE_WATCH = """<script>
if (!window.dollarLabWatch) {
  const root = document.documentElement;
  let queued = false;
  // The html element's lang attribute follows the newest language marker.
  const applyLang = () => {
    const marks = document.querySelectorAll(".dollar-lab-lang");
    const want = marks.length ? marks[marks.length - 1].dataset.lang : null;
    if (want && root.lang !== want) root.lang = want;
  };
  // The address bar follows the labs' URL markers: each lists the parameters to set
  // (controls away from their defaults) and to drop (controls at their defaults).
  const applyUrl = () => {
    const marks = document.querySelectorAll(".dollar-lab-url");
    if (!marks.length) return;
    const url = new URL(window.location.href);
    for (const m of marks) {
      const set = JSON.parse(m.dataset.set || "{}");
      for (const [k, v] of Object.entries(set)) url.searchParams.set(k, v);
      for (const k of JSON.parse(m.dataset.unset || "[]")) url.searchParams.delete(k);
    }
    if (url.search !== window.location.search) {
      window.history.replaceState(window.history.state, "", url);
    }
  };
  // At most one check per frame however many nodes a rerun changes, and the address
  // bar only after that frame is painted, so a new figure is never kept waiting.
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => { queued = false; applyLang(); setTimeout(applyUrl, 0); });
  };
  window.dollarLabWatch = new MutationObserver(schedule);
  window.dollarLabWatch.observe(root, {
    subtree: true, childList: true, attributes: true,
    attributeFilter: ["lang", "data-lang", "data-set", "data-unset"],
  });
  applyLang();
  applyUrl();
}
</script>"""


def set_document_language(lang: str) -> None:
    """Set ``<html lang>`` so screen readers and translation prompts use the right language.

    Streamlit fixes the attribute at ``en``, and a script in ``st.html`` runs only when
    its element first mounts. So each run renders a hidden marker carrying the
    language, and one observer, installed on first load, keeps ``<html lang>`` equal
    to the newest marker. The same observer keeps the address bar in step with the
    labs' controls (:func:`url_marker`).
    """
    st.html(
        f'<span class="dollar-lab-lang" data-lang="{lang}" hidden></span>{_PAGE_WATCH}',
        unsafe_allow_javascript=True,
    )


# ---------------------------------------------------------------------------
# Navigation and frame
# ---------------------------------------------------------------------------


def navigation(lang: str):
    """``st.navigation`` over the registered pages, titles in ``lang``."""
    t = content.translator(lang)
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
    return st.navigation(groups)


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


def narrative(page: str, name: str) -> None:
    """Render one narrative section of ``page`` in the current language."""
    st.markdown(content.section(page, name, current_lang()))


def story_header(page: str, prefix: str, source: str) -> None:
    """A story page's title, lede (``<prefix>.lede``), source line and the legend of the
    three kinds of statement its narrative marks."""
    t = tr()
    st.title(t(f"page.{page}.title"))
    st.caption(t(f"{prefix}.lede"))
    st.caption(source)
    kind_legend()


def story_section(page: str, prefix: str, sections: tuple[str, ...], i: int) -> None:
    """Section ``i`` (from 1) of a story page: heading ``<prefix>.s<i>``, then the
    narrative ``sections[i - 1]``; the anchor is the section's name (``#measure``)."""
    name = sections[i - 1]
    st.header(tr()(f"{prefix}.s{i}"), divider="gray", anchor=name.split("_", 1)[1])
    narrative(page, name)


def story_lab(prefix: str, key: str, lab) -> None:
    """A lab in its frame, titled ``<prefix>.<key>.title`` with its introduction
    (``.intro``) above the fragment ``lab``."""
    t = tr()
    with lab_frame(t(f"{prefix}.{key}.title")):
        st.markdown(t(f"{prefix}.{key}.intro"))
        lab()


def quiz_box(page: str, prefix: str) -> None:
    """The page's questions behind a lazy expander headed ``<prefix>.quiz_heading``."""
    t = tr()
    questions = [q for q in content.quizzes(current_lang()) if q.page == page]
    box = lazy_expander(
        t(f"{prefix}.quiz_heading", n=len(questions)), f"quiz_{prefix}", ":material/quiz:"
    )
    if box is not None:
        with box:
            for q in questions:
                quiz(q)


def story_footer(
    page: str, prefix: str, sections: tuple[str, ...], labs: tuple[str, ...], extra_facts=()
) -> None:
    """Questions, then the as-of line over every fact the page shows: those its
    narrative quotes, its labs' defaults and ``extra_facts`` the labs read directly."""
    quiz_box(page, prefix)
    lab_facts = [s.default_fact for lab in labs for s in lab_spec(lab)]
    as_of_line([*content.section_fact_keys(page, sections), *lab_facts, *extra_facts])


def footer() -> None:
    t = tr()
    st.divider()
    st.caption(t("footer.disclaimer"))


# ---------------------------------------------------------------------------
# Lab specs and sliders
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SliderSpec:
    """One lab control, as declared in ``content/labs.toml``.

    The slider shows ``model value * scale`` (a rate of 0.04 with ``scale = 100``
    shows as 4.00, a tenor of 0.25 years with ``scale = 12`` as 3 months); the
    values handed to lib/ are in model units. ``default_fact`` names the fact whose
    value is the default, so the default is sourced like every other number.
    """

    key: str
    label: str
    min: float
    max: float
    step: float
    default_fact: str
    scale: float
    format: str
    help: str | None
    integer: bool

    @property
    def default(self) -> float:
        value = content.fact_value(self.default_fact) * self.scale
        return round(value) if self.integer else round(value, 10)  # 5.2e12 x 1e-12 -> 5.2

    def bounds(self) -> tuple[float, float, float]:
        if self.integer:
            return int(self.min), int(self.max), int(self.step)
        return float(self.min), float(self.max), float(self.step)


@lru_cache(maxsize=32)
def lab_spec(lab: str) -> tuple[SliderSpec, ...]:
    """The controls of ``lab`` from ``content/labs.toml``, in display order."""
    raw = content.load_toml("labs.toml")[lab]
    specs = []
    for key, s in raw["slider"].items():
        integer = bool(s.get("integer", False))
        specs.append(
            SliderSpec(
                key=key,
                label=s["label"],
                min=s["min"],
                max=s["max"],
                step=s["step"],
                default_fact=s["default_fact"],
                scale=float(s.get("scale", 1.0)),
                format=s.get("format", "%d" if integer else "%.2f"),
                help=s.get("help"),
                integer=integer,
            )
        )
    return tuple(specs)


def url_value_problem(spec: SliderSpec, raw: str | None) -> bool:
    """True when a hand-edited URL value for ``spec`` cannot be used."""
    if raw is None:
        return False
    try:
        value = float(raw)
    except ValueError:
        return True
    return not math.isfinite(value) or not spec.min <= value <= spec.max


def reset(lab: str) -> None:
    """Callback: put every control of ``lab`` back to its sourced default."""
    for spec in lab_spec(lab):
        st.session_state[spec.key] = spec.default


def _param(value: float) -> str:
    """A control's value as it appears in a URL: ``153.58``, ``6``, ``-0.25``."""
    return f"{value:g}" if isinstance(value, float) else str(value)


def _seed(spec: SliderSpec) -> bool:
    """Give a control its first value: from the URL if usable, else the default.

    Runs only while the control has no value this session, so a slider move is never
    undone by the URL. Returns True when the URL held a value that cannot be used.
    """
    if spec.key in st.session_state:
        return False
    raw = _query_value(spec.key)
    bad = url_value_problem(spec, raw)
    if raw is None or bad:
        st.session_state[spec.key] = spec.default
    else:
        value = float(raw)
        st.session_state[spec.key] = round(value) if spec.integer else value
    return bad


def _url_marker(changed: dict[str, str], default: list[str]) -> None:
    st.html(
        f'<span class="dollar-lab-url" data-set="{html.escape(json.dumps(changed))}" '
        f'data-unset="{html.escape(json.dumps(default))}" hidden></span>'
    )


def url_marker(lab: str) -> None:
    """Keep the address bar in step with ``lab``'s controls, so it can be copied as a link.

    A hidden marker lists the controls away from their defaults (to set in the URL)
    and those at their defaults (to drop); the page's observer (:func:`set_document_language`)
    applies it with ``history.replaceState`` after the new figures are painted.
    Streamlit's own ``bind="query-params"`` does the same job but makes Streamlit
    redraw the page on every URL change: about 8 ms of browser time per slider move,
    a third of the benchmark's budget (bench/README.md). Streamlit sends the address
    bar's query with every rerun, so ``st.query_params`` still sees these values.
    """
    changed, default = {}, []
    for spec in lab_spec(lab):
        value = st.session_state.get(spec.key, spec.default)
        if value == spec.default:
            default.append(spec.key)
        else:
            changed[spec.key] = _param(value)
    _url_marker(changed, default)


def presets(lab: str) -> None:
    """Buttons that set every control of ``lab`` to a preset of ``content/labs.toml``
    (``[<lab>.preset.<name>]``: a label key and a value per slider, in shown units)."""
    t = tr()
    table = content.load_toml("labs.toml")[lab].get("preset", {})
    if not table:
        return
    st.caption(t(f"{lab_string_root(lab)}.presets"))
    with st.container(horizontal=True, gap="small"):
        for name, preset in table.items():
            st.button(
                t(preset["label"]),
                key=f"preset_{lab}_{name}",
                on_click=_apply_preset,
                args=(lab, name),
                help=t(f"{lab_string_root(lab)}.presets_help"),
            )


def lab_string_root(lab: str) -> str:
    """The string-table prefix of ``lab``'s labels (``cy.decomp`` for ``cy_decomp``)."""
    return lab_spec(lab)[0].label.rsplit(".", 1)[0]


def _apply_preset(lab: str, name: str) -> None:
    preset = content.load_toml("labs.toml")[lab]["preset"][name]
    for spec in lab_spec(lab):
        st.session_state[spec.key] = round(preset[spec.key]) if spec.integer else preset[spec.key]


def choice(label: str, options: list[str], key: str, format_func) -> str:
    """A one-of-several control (segmented buttons) that, like the sliders, is read
    from and written to the URL (``?episode=covid``); the first option is the default.
    An unknown value in the URL falls back to the default."""
    if key not in st.session_state:
        raw = _query_value(key)
        st.session_state[key] = raw if raw in options else options[0]
    value = st.segmented_control(label, options, key=key, format_func=format_func, required=True)
    value = value if value in options else options[0]
    if value == options[0]:
        _url_marker({}, [key])
    else:
        _url_marker({key: value}, [])
    return value


def sliders(lab: str) -> dict[str, float]:
    """Render the lab's sliders and a reset button; return values in model units.

    Each slider has a fixed key, which is also its URL parameter: a link with
    ``?forward=152.5`` opens the lab at that value, and the address bar follows the
    sliders (:func:`url_marker`). Values a hand-edited URL gets wrong (not a number,
    NaN, out of range) are replaced by the default with a notice naming the control,
    never an error.
    """
    t = tr()
    specs = lab_spec(lab)
    bad = [spec for spec in specs if _seed(spec)]
    if bad:
        names = t("punct.list_sep").join(t(s.label) for s in bad)
        st.warning(t("notice.bad_param", names=names), icon=":material/link_off:")
    values: dict[str, float] = {}
    for spec in specs:
        lo, hi, step = spec.bounds()
        shown = st.slider(
            t(spec.label),
            min_value=lo,
            max_value=hi,
            step=step,
            format=spec.format,
            key=spec.key,
        )
        # 12 significant digits: 545 / 1e-9 is 545e9, not 545000000000.0001
        values[spec.key] = float(f"{shown / spec.scale:.12g}")
    st.button(
        t("lab.reset"),
        key=f"reset_{lab}",
        on_click=reset,
        args=(lab,),
        icon=":material/restart_alt:",
    )
    controls_help(lab)
    url_marker(lab)
    return values


def controls_help(lab: str) -> None:
    """What each control of ``lab`` means, in one list behind a lazy expander.

    One list a keyboard or screen-reader user can open and read through, rather than
    a hover tooltip per slider; it also keeps the lab fast, since every tooltip is
    drawn again on each slider move (about 1 ms each, bench/README.md).
    """
    t = tr()
    box = lazy_expander(t("lab.controls_help"), f"help_{lab}", ":material/help:")
    if box is None:
        return
    with box:
        pairs = [(t(s.label), t(s.help)) for s in lab_spec(lab) if s.help]
        pairs.append((t("lab.reset"), t("lab.reset_help")))
        st.markdown("\n".join("- " + t("lab.controls_item", label=a, help=b) for a, b in pairs))


def shown_values(lab: str) -> dict[str, float]:
    """The controls' current values as displayed (for links), defaults where unset."""
    return {s.key: st.session_state.get(s.key, s.default) for s in lab_spec(lab)}


# ---------------------------------------------------------------------------
# Figures, chart, sentence, data, sharing
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Metric:
    label: str
    value: str
    help: str | None = None


def metric_row(metrics: list[Metric]) -> None:
    """The lab's headline figures in one wrapping row: as many per line as fit, so a
    label is never cut off and a phone shows them one under another."""
    with st.container(horizontal=True, gap="small"):
        for m in metrics:
            st.metric(m.label, m.value, help=m.help, border=True, width=metric_width(m))


def _text_width(text: str, px: float) -> float:
    """Rough width of ``text`` in pixels at ``px`` per Latin character (CJK about 1.8x)."""
    return sum(px * (1.8 if ord(c) > 0x2E80 else 1) for c in text)


def metric_width(m: Metric) -> int:
    """A metric box wide enough for its value and label (never cut off with an
    ellipsis), at least :data:`METRIC_WIDTH`, at most one results column."""
    need = max(_text_width(m.value, 19) + 40, _text_width(m.label, 6.8) + 50)
    return int(min(max(METRIC_WIDTH, need), 440))


def lab_frame(title: str):
    """The bordered box and heading of a lab, drawn once per page run.

    Call the lab's fragment inside it: the fragment then redraws only its own
    elements on a slider move, not the frame.
    """
    box = st.container(border=True)
    box.subheader(title, anchor=False)
    return box


def lab_columns():
    """Controls on the left, results on the right (stacked on narrow screens)."""
    return st.columns([2, 3], gap="large")


def chart(spec: dict, title: str) -> None:
    """Draw a Vega-Lite spec from lib/charts.py, titled ``title``.

    Its text alternative names the chart and points to the sentence printed under it
    (:func:`describe`), which says in words what the chart shows now. The alternative
    itself stays the same as the sliders move: a changed one makes Streamlit rebuild
    the whole chart instead of swapping its data (about 20 ms of browser time per
    move, measured with bench/run.py). The spec is not validated again here; the
    chart builders' unit tests validate every spec against the schema.
    """
    st.vega_lite_chart(
        spec=spec, width="stretch", theme=None, alt=tr()("lab.chart_alt", title=title)
    )


def describe(sentence: str) -> None:
    """The sentence that says what the chart shows now; the chart's text alternative
    points screen-reader users to it."""
    t = tr()
    st.markdown(f":material/insights: **{t('lab.reading')}** {sentence}")


def input_error(error: ValueError) -> None:
    """Show why no figure can be computed, in the reader's language, instead of figures."""
    t = tr()
    if isinstance(error, InputError) and t.has(f"error.{error.code}"):
        message = t(f"error.{error.code}", field=t(f"field.{error.field}"))
    else:
        message = str(error)
    st.error(t("lab.input_error", message=message), icon=":material/error:")


def _cell(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def markdown_table(df: pd.DataFrame) -> str:
    """``df`` as a Markdown table: static, wraps long text, and needs no table code."""
    head = "| " + " | ".join(_cell(c) for c in df.columns) + " |"
    rule = "|" + "---|" * len(df.columns)
    rows = ["| " + " | ".join(_cell(v) for v in row) + " |" for row in df.itertuples(index=False)]
    return "\n".join([head, rule, *rows])


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


def lazy_expander(label: str, key: str, icon: str):
    """An expander whose content is built only while it is open.

    Closed, it costs nothing: no table, no code block, and none of the browser code
    those elements load. Opening it reruns only the surrounding fragment.
    """
    box = st.expander(label, key=key, icon=icon, on_change="rerun")
    return box if box.open else None


def data_table(rows: list[dict], columns: dict[str, str], file_stem: str) -> None:
    """The chart's data as a table, with a CSV download (built only when opened).

    ``columns`` maps the row keys to show onto their translated headings.
    """
    t = tr()
    box = lazy_expander(t("lab.data"), f"data_{file_stem}", ":material/table:")
    if box is not None:
        df = pd.DataFrame(rows)[list(columns)].rename(columns=columns).round(4)
        with box:
            st.dataframe(df, hide_index=True, width="stretch")
            csv_download(df, file_stem, t("lab.download"))


def share_url(base: str, lang: str, values: dict[str, float], embed: bool = False) -> str:
    """A link to ``base`` that reproduces this view: language, every control, embed mode."""
    params: dict[str, object] = {LANG_KEY: lang}
    for key, value in values.items():
        params[key] = _param(value)
    if embed:
        params["embed"] = "true"
    return f"{base}?{urlencode(params)}"


def _page_base() -> str:
    url = st.context.url or ""
    parts = urlsplit(url)
    if not parts.scheme:
        return url.split("?")[0]
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


def share(lab: str) -> None:
    """A link and an iframe snippet that open this page in this language with these values."""
    t = tr()
    lang = current_lang()
    box = lazy_expander(t("lab.share"), f"share_{lab}", ":material/share:")
    if box is None:
        return
    values = shown_values(lab)
    with box:
        base = _page_base()
        link = share_url(base, lang, values)
        st.caption(t("lab.share_link"))
        st.code(link, language=None, wrap_lines=True)
        st.caption(t("lab.share_embed"))
        embed = share_url(base, lang, values, embed=True)
        st.code(
            f'<iframe src="{embed}" width="100%" height="900" '
            f'title="{t("app.name")}" style="border:0"></iframe>',
            language="html",
            wrap_lines=True,
        )


def kind_legend() -> None:
    """One line explaining the markers for reported data, argument and assumption."""
    t = tr()
    st.caption(
        " · ".join(f"{t(f'kind.{k}.badge')} {t(f'kind.{k}.explain')}" for k in content.KINDS)
    )


def as_of_line(fact_keys: list[str]) -> None:
    """The as-of dates of the facts a page uses, and where their sources are listed."""
    t = tr()
    lang = current_lang()
    dates = sorted({content.fact(k).as_of for k in fact_keys})
    shown = t("punct.list_sep").join(content.format_date(d, lang) for d in dates)
    st.caption(t("facts.as_of", dates=shown))


def quiz(q: content.Quiz) -> None:
    """A multiple-choice question with feedback on whichever option is picked."""
    t = tr()
    with st.container(border=True):
        st.markdown(f":material/quiz: **{t('quiz.heading')}** {q.question}")
        choice = st.radio(
            q.question,
            options=range(len(q.options)),
            format_func=q.options.__getitem__,
            index=None,
            key=f"quiz_{q.id}",
            label_visibility="collapsed",
        )
        if choice is not None:
            right = choice == q.answer
            box = st.success if right else st.warning
            verdict = t("quiz.right") if right else t("quiz.wrong")
            box(f"**{verdict}** {q.feedback[choice]}")
