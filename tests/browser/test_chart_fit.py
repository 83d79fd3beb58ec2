"""Every chart fits a 390-px phone, as drawn in Chromium (issue "What a learner sees").

Streamlit draws Vega-Lite charts with Vega's SVG renderer (it switches to canvas only
for more than 2,000 rows a dataset, far more than any lab has), so each chart is an
``svg.marks`` whose text and shapes can be measured in the page. On every page with
charts, for every chart: no text is cut short ("..."), no text or shape reaches past the
chart's own box (so nothing is clipped at the sides, or at the top or bottom), no text
sits on another text, and no text mark sits on a line. Each language reuses one browser
page; the pages with the issue's three charts are opened again with every slider of the
page at its minimum and at its maximum (the sliders are URL parameters).
"""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from lib import nav
from lib.labs import LABS

pytestmark = pytest.mark.browser

PHONE = 390
CHART = '[data-testid="stVegaLiteChart"]'
#: The labs whose labels sat on their lines (lib/charts.py: series_lines, banded_line).
OVERLAP_LABS = ("cy_balance", "ai_stack", "krw_pension")


def chart_pages() -> list[tuple[str, str, int]]:
    """(page key, URL path, number of charts) of every page with labs, in menu order."""
    counts: dict[str, int] = {}
    for lab in LABS.values():
        counts[lab.page] = counts.get(lab.page, 0) + 1
    return [(p.key, p.url_path, counts[p.key]) for p in nav.PAGES if p.key in counts]


def ends(page_key: str, end: str) -> dict[str, float]:
    """Every slider of the page's labs at its minimum or maximum (shown units)."""
    out = {}
    for lab in LABS.values():
        if lab.page == page_key:
            for c in lab.controls:
                if not c.is_choice:
                    value = c.min if end == "min" else c.max
                    out[c.key] = int(value) if c.integer else value
    return out


#: True once ``n`` charts are drawn at their container's width, titled, with the page's
#: fonts loaded (Vega measures text when it draws).
DRAWN = f"""(n) => {{
  const charts = [...document.querySelectorAll('{CHART}')];
  return document.fonts.status === 'loaded' && charts.length >= n && charts.every(c => {{
    if (c.querySelector('canvas.marks')) return true;  // reported by PROBLEMS
    const svg = c.querySelector('svg.marks');
    return svg && svg.querySelector('.role-title-text text')
      && Math.abs(svg.getBoundingClientRect().width - c.getBoundingClientRect().width) < 1;
  }});
}}"""

#: Per chart: its title and what is wrong with it.
PROBLEMS = f"""() => [...document.querySelectorAll('{CHART}')].map(chart => {{
  const svg = chart.querySelector('svg.marks');
  if (!svg) return {{title: '?', width: 0, found: ['drawn on a canvas: this test reads SVG']}};
  const box = svg.getBoundingClientRect();
  const eps = 0.5, found = [];
  // Vega hides an axis label that would overlap another by setting its opacity to 0
  const texts = [...svg.querySelectorAll('text')]
    .filter(t => t.textContent.trim() !== '' && getComputedStyle(t).opacity !== '0')
    .map(t => ({{text: t.textContent, r: t.getBoundingClientRect(),
                mark: !!t.closest('.role-mark')}}));
  for (const {{text, r}} of texts) {{
    if (text.includes('\\u2026')) found.push(`cut short: ${{text}}`);
    if (r.left < box.left - eps || r.right > box.right + eps)
      found.push(`past the sides: ${{text}} (${{Math.round(r.left - box.left)}}, `
                 + `${{Math.round(r.right - box.right)}})`);
    if (r.top < box.top - eps || r.bottom > box.bottom + eps)
      found.push(`past the top or bottom: ${{text}}`);
  }}
  for (const g of svg.querySelectorAll('path, rect, line, circle')) {{
    const r = g.getBoundingClientRect();
    if (r.width > 0 && (r.left < box.left - eps || r.right > box.right + eps))
      found.push(`a shape past the sides: ${{g.closest('[class*=role-]').getAttribute('class')}}`);
  }}
  // text on text: boxes less 2 px each side (a text's box includes its line's leading)
  const inner = (r, d) => ({{l: r.left + d, r: r.right - d, t: r.top + d, b: r.bottom - d}});
  const meet = (a, b) => a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b;
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++)
      if (meet(inner(texts[i].r, 2), inner(texts[j].r, 2)))
        found.push(`text on text: ${{texts[i].text}} / ${{texts[j].text}}`);
  // a text mark on a line: every line's path, sampled every 2 px
  const marks = texts.filter(t => t.mark);
  for (const path of svg.querySelectorAll('.mark-line path')) {{
    const m = path.getScreenCTM(), length = path.getTotalLength();
    const on = new Set();
    for (let s = 0; s <= length; s += 2) {{
      const p = path.getPointAtLength(s);
      const x = m.a * p.x + m.c * p.y + m.e, y = m.b * p.x + m.d * p.y + m.f;
      for (const t of marks) {{
        const b = inner(t.r, 1);
        if (x > b.l && x < b.r && y > b.t && y < b.b) on.add(t.text);
      }}
    }}
    for (const text of on) found.push(`text on a line: ${{text}}`);
  }}
  const title = [...svg.querySelectorAll('.role-title-text text')].map(t => t.textContent);
  return {{title: title.join(' '), width: box.width, found}};
}})"""


def check_page(w, path: str, charts: int, query: dict) -> list:
    page = w.open(f"/{path}?{urlencode(query)}")
    page.wait_for_function(DRAWN, arg=charts, timeout=30_000)
    drawn = page.evaluate(PROBLEMS)
    assert len(drawn) >= charts, (path, drawn)
    # the phone's chart: Streamlit's column less the lab's frame (lib/charts.PHONE_WIDTH)
    sizes = [(c["title"], c["width"]) for c in drawn if c["width"]]  # 0: a canvas
    assert all(300 <= width <= 360 for _, width in sizes), sizes
    return [(path, query, c["title"], c["found"]) for c in drawn if c["found"]]


@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
def test_every_chart_fits_a_phone_with_nothing_cut_or_overlapping(make_page, lang):
    w = make_page(width=PHONE)
    bad = []
    for key, path, charts in chart_pages():
        bad += check_page(w, path, charts, {"lang": lang})
        if any(LABS[lab].page == key for lab in OVERLAP_LABS):
            for end in ("min", "max"):
                bad += check_page(w, path, charts, {**ends(key, end), "lang": lang})
    assert bad == [], "\n".join(f"/{p}?{urlencode(q)} {t!r}: {f}" for p, q, t, f in bad)
    assert w.unexpected_errors() == []
