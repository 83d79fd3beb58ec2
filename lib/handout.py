"""The handout: one self-contained HTML file of a page as the reader has it set.

Pure (no Streamlit); lib/ui/handout.py draws the button. The file holds the page's
narrative in the reader's language, each lab's settings, figures (label and value),
chart and the sentence saying what the chart shows, the as-of line, the link back to
the page and a citation. It needs no network to open: no script, no external font,
style sheet or image; each chart is inline SVG rendered here from the same Vega-Lite
spec the lab shows (vl-convert). Chinese text takes the CJK face of the reader's script
from the system fonts (:func:`lib.i18n.cjk_fonts`), and a print style sheet sets the
page up for A4 or Letter.

What is markup and what is text:

* The narrative, lab introductions, source line and kind badges are the app's own
  Markdown (content/): rendered to HTML, but any raw HTML in them is shown as text,
  a link keeps its address only if it is https, http or mailto, and images are dropped.
* Everything a lab's view says (titles, figures, sentence, notes) and every value a
  link or a widget could set is escaped (:func:`html.escape`); the only markup added
  to that text is bold for ``**...**``, after escaping.
"""

from __future__ import annotations

import copy
import html
import json
import re
import xml.etree.ElementTree as etree
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from functools import lru_cache

import markdown
from markdown.inlinepatterns import InlineProcessor
from markdown.treeprocessors import Treeprocessor

from lib import content, errors, i18n, nav, stories, urlstate
from lib.labs import LABS
from lib.labs import spec as labspec
from lib.version import app_version

#: Width (px) of a chart's plotting area in the handout: the app stretches its charts to
#: the column; on paper a fixed width that fits A4 and Letter with their margins.
CHART_WIDTH = 520

#: The Latin part of the handout's font stack: faces found on Windows, macOS, Linux and
#: Android (Streamlit's bundled "Source Sans" is not on a reader's machine).
LATIN_FONTS = '"Segoe UI", "Helvetica Neue", Helvetica, Arial, "Noto Sans", Roboto'

#: Link schemes narrative Markdown may keep; anything else loses its address.
_SAFE_SCHEMES = re.compile(r"^(https?:|mailto:)", re.I)
_ICON = re.compile(r":material/[a-z0-9_]+: ?")
#: Streamlit's colour directives: ``:blue-badge[...]``, ``:red[...]``, ``:gray-background[...]``.
_DIRECTIVE = (
    r":(blue|green|orange|red|violet|gray|grey|rainbow|primary)(-badge|-background)?\[([^\]\n]*)\]"
)
_BOLD = re.compile(r"\*\*(.+?)\*\*")


# ---------------------------------------------------------------------------
# Text and Markdown
# ---------------------------------------------------------------------------


def text(value: object) -> str:
    """Plain text as HTML: ``&``, ``<``, ``>`` and quotes escaped.

    >>> text('<script>alert("x")</script> & co')
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co'
    """
    return html.escape(str(value), quote=True)


def view_text(value: str) -> str:
    """A text from a lab's view: escaped, then ``**x**`` in bold (as the app shows it).

    >>> view_text("**Dollar CY** (up): <b>x</b>")
    '<strong>Dollar CY</strong> (up): &lt;b&gt;x&lt;/b&gt;'
    """
    return _BOLD.sub(r"<strong>\1</strong>", html.escape(value, quote=False))


class _Directives(InlineProcessor):
    """Streamlit's ``:blue-badge[...]`` and ``:blue[...]`` as spans the style sheet colours."""

    def handleMatch(self, m, data):  # Python-Markdown's name
        colour, kind, words = m.group(1), m.group(2) or "", m.group(3)
        el = etree.Element("span")
        el.set("class", f"{kind.strip('-') or 'text'} {colour}")
        el.text = words.strip()
        return el, m.start(0), m.end(0)


class _SafeLinks(Treeprocessor):
    """Links keep only https, http and mailto addresses; images become their alt text
    (a handout loads nothing)."""

    def run(self, root):
        for parent in root.iter():
            for i, el in enumerate(list(parent)):
                if el.tag == "img":
                    span = etree.Element("span")
                    span.text = el.get("alt", "")
                    span.tail = el.tail
                    parent.remove(el)
                    parent.insert(i, span)
                elif el.tag == "a" and not _SAFE_SCHEMES.match(el.get("href", "")):
                    el.attrib.pop("href", None)
        return None


def _markdown() -> markdown.Markdown:
    """A Markdown converter that shows raw HTML as text (Python-Markdown's documented way
    to disable it) and understands Streamlit's colour directives. A new one per file:
    a converter keeps state between calls and is not shared across threads."""
    md = markdown.Markdown(extensions=["sane_lists"], output_format="html")
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.inlinePatterns.register(_Directives(_DIRECTIVE, md), "streamlit_directive", 175)
    md.treeprocessors.register(_SafeLinks(md), "safe_links", 5)
    return md


def render_markdown(source: str, md: markdown.Markdown | None = None) -> str:
    """The app's own Markdown as HTML; raw HTML in it comes out as text.

    >>> render_markdown(":blue-badge[:material/bar_chart: Reported] **CIP** <i>x</i>")
    '<p><span class="badge blue">Reported</span> <strong>CIP</strong> &lt;i&gt;x&lt;/i&gt;</p>'
    >>> render_markdown("[a](javascript:alert(1)) ![b](http://x/y.png)")
    '<p><a>a</a> <span>b</span></p>'
    """
    md = md or _markdown()
    md.reset()
    return md.convert(_ICON.sub("", source))


def render_inline(source: str, md: markdown.Markdown | None = None) -> str:
    """One line of the app's Markdown without its paragraph tags."""
    out = render_markdown(source, md)
    return out[3:-4] if out.startswith("<p>") and out.endswith("</p>") else out


# ---------------------------------------------------------------------------
# Charts
# ---------------------------------------------------------------------------


def _paper_spec(spec: Mapping) -> dict:
    """The lab's spec with the width a page of paper gives it (views with no width of
    their own; the app stretches the chart to its column instead)."""
    out = copy.deepcopy(dict(spec))
    view = out.setdefault("config", {}).setdefault("view", {})
    view["continuousWidth"] = view["discreteWidth"] = CHART_WIDTH  # a bar per category too
    return out


@lru_cache(maxsize=64)
def _svg_cached(spec_json: str) -> str:
    import vl_convert  # imported on first use: the app loads it only for a handout

    svg = vl_convert.vegalite_to_svg(json.loads(spec_json))
    return re.sub(r"^\s*<\?xml[^>]*\?>\s*", "", svg)


def chart_svg(spec: Mapping, title: str, prefix: str) -> str:
    """The chart as an inline ``<svg>``, labelled ``title`` for screen readers, its ids
    (if any) prefixed with ``prefix`` so that several charts in one file do not share
    a clip path or a gradient."""
    svg = _svg_cached(json.dumps(_paper_spec(spec), sort_keys=True, default=str))
    if 'id="' in svg:
        svg = re.sub(r'\bid="([^"]+)"', rf'id="{prefix}-\1"', svg)
        svg = re.sub(r"url\(#([^)]+)\)", rf"url(#{prefix}-\1)", svg)
        svg = re.sub(r'href="#([^"]+)"', rf'href="#{prefix}-\1"', svg)
    label = f' role="img" aria-label="{text(title)}"'
    return svg.replace("<svg", "<svg" + label, 1)


# ---------------------------------------------------------------------------
# The page's parts
# ---------------------------------------------------------------------------


def error_message(error: ValueError, lang: str) -> str:
    """Why no figure can be computed, in ``lang``: the app's own wording
    (:func:`lib.errors.message`)."""
    return errors.message(error, lang)


def settings(lab_id: str, values: Mapping[str, object], lang: str) -> list[tuple[str, str]]:
    """(label, value as the control shows it) for each control of the lab."""
    t = content.translator(lang)
    root = LABS[lab_id].strings
    shown = labspec.complete(lab_id, values)
    out = []
    for c in labspec.controls(lab_id):
        v = shown[c.key]
        if c.is_choice:
            out.append((t(c.label), t(f"{root}.{v}")))
        else:
            unit = t(f"unit.{c.unit}", v="{v}") if c.unit else None
            out.append((t(c.label), c.shown(v, unit)))
    return out


def lab_html(lab_id: str, values: Mapping[str, object], lang: str, md) -> str:
    """One lab: title, introduction, settings, figures, warnings, chart, sentence, list
    and notes; the translated message instead of the figures on impossible input."""
    t = content.translator(lang)
    lab = LABS[lab_id]
    root = lab.strings
    parts = [f'<section class="lab" id="{text(lab_id)}">', f"<h3>{text(t(f'{root}.title'))}</h3>"]
    if t.has(f"{root}.intro"):
        parts.append(render_markdown(content.fill(t(f"{root}.intro"), lang), md))
    try:
        rows = settings(lab_id, values, lang)
        view = lab.view(values, lang)
    except ValueError as err:
        message = t("lab.input_error", message=error_message(err, lang))
        parts.append(f'<p class="error">{text(message)}</p></section>')
        return "\n".join(parts)
    parts.append(f'<table class="settings"><caption>{text(t("handout.settings"))}</caption>')
    parts += [f"<tr><th>{text(a)}</th><td>{text(b)}</td></tr>" for a, b in rows]
    parts.append("</table>")
    parts.append(f'<table class="figures"><caption>{text(t("handout.figures"))}</caption>')
    for m in view.metrics:
        helptext = f'<span class="help">{text(m.help)}</span>' if m.help else ""
        parts.append(f"<tr><th>{text(m.label)}{helptext}</th><td>{text(m.value)}</td></tr>")
    parts.append("</table>")
    parts += [f'<p class="warning">{view_text(w)}</p>' for w in view.warnings]
    parts.append('<figure class="chart">')
    parts.append(chart_svg(view.chart, view.chart_title, f"c-{lab_id}"))
    if not view.chart.get("title"):  # most charts carry their title in the drawing
        parts.append(f"<figcaption>{text(view.chart_title)}</figcaption>")
    parts.append("</figure>")
    parts.append(
        f'<p class="reading"><strong>{text(t("lab.reading"))}</strong> '
        f"{view_text(view.sentence)}</p>"
    )
    if view.items:
        parts.append('<ul class="items">')
        parts += [f"<li>{view_text(item)}</li>" for item in view.items]
        parts.append("</ul>")
    parts += [f'<p class="note">{view_text(n)}</p>' for n in view.notes]
    parts.append("</section>")
    return "\n".join(parts)


def _header(page: str, prefix: str, lang: str, md) -> tuple[str, str]:
    """(the page's title, its header HTML): title, lede, source line, kinds legend."""
    t = content.translator(lang)
    app = t("app.name")
    if page == "home":
        title, lede = app, t("app.tagline")
    else:
        title = t(f"page.{page}.title")
        lede = t(f"{prefix}.lede") if t.has(f"{prefix}.lede") else ""
    parts = ["<header>"]
    if page != "home":
        parts.append(f'<p class="app">{text(app)}</p>')
    parts.append(f"<h1>{text(title)}</h1>")
    if lede:
        parts.append(f'<p class="lede">{render_inline(lede, md)}</p>')
    if page in nav.STORIES:
        source = stories.source_line(page, lang)
        parts.append(f'<p class="source">{render_inline(source, md)}</p>')
    marked = [f"{t(f'kind.{k}.badge')} {t(f'kind.{k}.explain')}" for k in content.KINDS]
    legend = " · ".join((*marked, t("kind.unmarked")))
    parts.append(f'<p class="legend">{render_inline(legend, md)}</p>')
    parts.append("</header>")
    return title, "\n".join(parts)


def page_address(
    base: str, lang: str, values: Mapping[str, Mapping[str, object]], extra: Mapping | None = None
) -> str:
    """The page's address with the language, every control that is away from its
    default and the instructor's parameters ``extra`` (the link back a handout prints).

    >>> page_address("http://h/krw-defence", "zh-Hant", {"krw_forward": {"kf_tenor": 6}})
    'http://h/krw-defence?lang=zh-Hant&kf_tenor=6'
    """
    changed: dict[str, str] = {}
    for lab_id, v in values.items():
        changed.update(urlstate.marker_diff(v, labspec.defaults(lab_id))[0])
    return urlstate.share_url(base, lang, changed, extra=dict(extra or {}))


def _blocks(blocks: Iterable[Sequence]) -> list[tuple]:
    return [tuple(b) for b in blocks]


def page_facts(page: str, blocks: Iterable[Sequence]) -> list[str]:
    """The facts the outline shows: its narrative files' and its labs'."""
    keys: list[str] = []
    for b in _blocks(blocks):
        if b[0] in ("section", "narrative"):
            keys += content.section_fact_keys(page, (b[1],))
        elif b[0] == "markdown":
            keys += content.fact_keys(b[1])
        elif b[0] == "lab":
            keys += [*labspec.default_facts(b[1]), *LABS[b[1]].facts]
    return list(dict.fromkeys(keys))


STYLE = """
:root { --ink: #1f2328; --muted: #57606a; --rule: #d0d7de; --accent: #0b5cad; }
* { box-sizing: border-box; }
html { font-family: __FONTS__; color: var(--ink); background: #fff; line-height: 1.55; }
body { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; font-size: 16px; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 0.2rem 0 0.6rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.6rem; padding-bottom: 0.2rem;
     border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.12rem; margin: 0 0 0.6rem; }
p, li { margin: 0 0 0.7rem; }
a { color: var(--accent); overflow-wrap: anywhere; }
.app, .source, .legend, .lede, .as-of, .generated, .disclaimer, figcaption, .note,
.help { color: var(--muted); }
.lede { font-size: 1.05rem; }
.source, .legend, .as-of, .generated, .disclaimer, .note { font-size: 0.88rem; }
.badge { display: inline-block; padding: 0 0.4em; border-radius: 0.3em; font-size: 0.85em;
         font-weight: 600; white-space: nowrap; }
.background { padding: 0 0.2em; background: #f3f4f6; }
.badge.blue { background: #ddeeff; color: #0a4a8a; }
.badge.orange { background: #ffe9d2; color: #8a4300; }
.badge.violet { background: #ece2ff; color: #5a2d9c; }
.badge.green { background: #dcf5e3; color: #1b6b34; }
.badge.red { background: #ffe0e0; color: #9b1c1c; }
.badge.gray, .badge.grey { background: #eceff1; color: #444; }
.text.blue { color: #0a4a8a; } .text.orange { color: #8a4300; }
.text.violet { color: #5a2d9c; } .text.red { color: #9b1c1c; }
.text.green { color: #1b6b34; }
.lab { border: 1px solid var(--rule); border-radius: 0.5rem; padding: 1rem 1.1rem;
       margin: 1.4rem 0; }
table { border-collapse: collapse; width: 100%; margin: 0 0 0.9rem; font-size: 0.95rem; }
caption { text-align: left; font-weight: 600; padding: 0 0 0.25rem; }
th, td { border-top: 1px solid var(--rule); padding: 0.3rem 0.5rem 0.3rem 0;
         text-align: left; vertical-align: top; }
td { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.figures td { font-size: 1.15rem; font-weight: 600; }
th { font-weight: normal; }
.help { display: block; font-size: 0.82rem; }
.warning, .error { border-left: 4px solid #bf8700; padding-left: 0.6rem; }
.error { border-left-color: #cf222e; }
figure { margin: 0.4rem 0 0.8rem; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: 0.85rem; }
footer { margin-top: 2.5rem; border-top: 1px solid var(--rule); padding-top: 1rem; }
.cite { font-size: 0.92rem; }
.cite-text { overflow-wrap: anywhere; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; }
  a[href]:not(.url)::after { content: " <" attr(href) ">"; font-size: 0.85em; color: var(--muted);
                   overflow-wrap: anywhere; }
  h2, h3, caption { break-after: avoid; page-break-after: avoid; }
  figure, table, tr, .reading, .badge { break-inside: avoid; page-break-inside: avoid; }
  figure svg { max-height: 200mm; width: auto; }
  .lab { border: 0; border-top: 1px solid var(--rule); border-radius: 0; padding: 0.6rem 0 0; }
}
"""


def font_stack(lang: str) -> str:
    """The handout's CSS font list: common Latin faces, then the CJK face of ``lang``'s
    script (SC for Simplified, TC for Traditional; English text quotes Chinese names).

    >>> font_stack("zh-Hans").split(", ")[-5:-1]
    ['"Noto Sans CJK SC"', '"Noto Sans SC"', '"PingFang SC"', '"Microsoft YaHei"']
    """
    return f"{LATIN_FONTS}, {i18n.cjk_fonts(lang)}, sans-serif"


def build(
    page: str,
    prefix: str,
    lang: str,
    blocks: Iterable[Sequence],
    *,
    values: Mapping[str, Mapping[str, object]] | None = None,
    link: str,
    cited_on: date,
) -> str:
    """The handout of ``page`` in ``lang`` as one HTML document.

    ``prefix`` is the page's string prefix (``krw`` for ``krw.s1``); ``blocks`` its
    outline in order, as :class:`lib.ui.story.Story` records it:

    * ``("section", "s1_what")``: the heading ``<prefix>.s1`` and the narrative file;
    * ``("narrative", "intro")``: a narrative file without a heading;
    * ``("heading", "<string key>")``: a heading;
    * ``("markdown", text)``: the app's own Markdown (a story card, say);
    * ``("lab", lab_id)`` or ``("lab", lab_id, values)``: the lab at ``values`` (shown
      units; else ``values[lab_id]``, else its defaults).

    ``link`` is the address of the page as set (https or http; anything else is printed
    as text), ``cited_on`` the date the citation gives.
    """
    t = content.translator(lang)
    md = _markdown()
    values = values or {}
    title, header = _header(page, prefix, lang, md)
    body: list[str] = []
    used: dict[str, Mapping[str, object]] = {}
    for b in _blocks(blocks):
        kind = b[0]
        if kind == "section":
            number = b[1].split("_", 1)[0]
            body.append(f"<h2>{text(t(f'{prefix}.{number}'))}</h2>")
            body.append(render_markdown(content.section(page, b[1], lang), md))
        elif kind == "narrative":
            body.append(render_markdown(content.section(page, b[1], lang), md))
        elif kind == "heading":
            body.append(f"<h2>{text(t(b[1]))}</h2>")
        elif kind == "markdown":
            body.append(render_markdown(content.fill(b[1], lang), md))
        elif kind == "lab":
            lab_values = b[2] if len(b) > 2 else values.get(b[1], {})
            used[b[1]] = lab_values
            body.append(lab_html(b[1], lab_values, lang, md))
        else:
            raise ValueError(f"Unknown handout block {kind!r}.")
    facts = page_facts(page, blocks)
    when = content.format_date(cited_on.isoformat(), lang)
    app, version = t("app.name"), app_version()
    web = bool(re.match(r"^https?://", link, re.I))
    target = f'<a class="url" href="{text(link)}">{text(link)}</a>' if web else text(link)
    cite = t("handout.cite", app=app, version=version, page=title, date=when, link=link)
    footer = ["<footer>"]
    if facts:
        dates = sorted({content.fact(k).as_of for k in facts})
        shown = t("punct.list_sep").join(content.format_date(d, lang) for d in dates)
        footer.append(f'<p class="as-of">{text(t("facts.as_of", dates=shown))}</p>')
    footer.append(f'<p class="link-back">{text(t("handout.link_back"))} {target}</p>')
    footer.append(
        f'<p class="cite"><strong>{text(t("handout.cite_heading"))}</strong> '
        f'<span class="cite-text">{text(cite)}</span></p>'
    )
    generated = t("handout.generated", app=app, version=version, date=when)
    footer.append(f'<p class="generated">{text(generated)}</p>')
    footer.append(f'<p class="disclaimer">{text(t("footer.disclaimer"))}</p>')
    footer.append("</footer>")
    doc_title = t("handout.doc_title", page=title, app=app)
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{text(lang)}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta name="generator" content="{text(app)} {text(version)}">',
            f"<title>{text(doc_title)}</title>",
            f"<style>{STYLE.replace('__FONTS__', font_stack(lang))}</style>",
            "</head>",
            "<body>",
            header,
            "<main>",
            *body,
            "</main>",
            *footer,
            "</body>",
            "</html>",
            "",
        ]
    )


def file_name(page: str, lang: str) -> str:
    """``dollar-lab-<page>-<lang>.html``.

    >>> file_name("krw-defence", "zh-Hant")
    'dollar-lab-krw-defence-zh-Hant.html'
    """
    return f"dollar-lab-{page}-{lang}.html"
