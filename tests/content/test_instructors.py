"""The Instructors page's content: content/instructors.toml and the narrative files
content/<lang>/instructors/*.md.

* The TOML parses; its pages are the home page and the four stories in teaching order;
  each has 3-5 objectives and 3-4 discussion questions, the same number in both
  languages.
* Every scenario names a lab of its page, gives every control of that lab a value the
  control can take (within range, on the slider's grid, an integer where the slider is
  one, a known option for a choice), locks only controls it gives a value, and the lab
  computes a result for it; every lab of a page has one or two scenarios.
* Texts quote facts as ``{fact:<key>}`` with keys that exist, the same placeholders in
  both languages, and never type a fact's formatted value.
* The words follow content/terms.toml in English and Traditional Chinese, and the
  generated Simplified Chinese has none of content/zh-Hans.wrong-forms.toml.
* The narrative files are the same in both languages, every paragraph opens with
  ``{kind:explainer}``, and they are Markdown without HTML.
"""

from __future__ import annotations

import math
import re
import tomllib

import pytest

from lib import content, hans_text, i18n, nav
from lib.content import CONTENT_DIR
from lib.labs import LABS, spec
from tests.content.test_terms import banned_hits

PAGES = ("home", *nav.STORIES)
CJK = re.compile(r"[\u3400-\u9fff]")
FACT = re.compile(r"\{(fact|asof):([A-Za-z0-9_]+)\}")
ANY_PLACEHOLDER = re.compile(r"\{[a-z]+:[^}]*\}")
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(\s[^>]*)?/?>")
CODE_SPAN = re.compile(r"`[^`\n]*`")
MD_DIR = "instructors"
MD_FILES = ("embed", "intro", "week")
LIST_FIELDS = {"objectives": (3, 5), "discussion": (3, 4)}
SCENARIO_TEXTS = ("label", "purpose")


def _load() -> dict:
    with open(CONTENT_DIR / "instructors.toml", "rb") as fh:
        return tomllib.load(fh)


@pytest.fixture(scope="module")
def kit() -> dict:
    return _load()


def _scenarios(kit: dict):
    for page in PAGES:
        for name, sc in kit[page].get("scenario", {}).items():
            yield page, name, sc


def _text_pairs(kit: dict):
    """``(where, english, chinese)`` for every text of the TOML file."""
    for page in PAGES:
        for field in LIST_FIELDS:
            en, zh = kit[page][f"{field}_en"], kit[page][f"{field}_zh"]
            for i, pair in enumerate(zip(en, zh, strict=True)):
                yield (f"instructors:{page}.{field}[{i}]", *pair)
        for name, sc in kit[page].get("scenario", {}).items():
            for field in SCENARIO_TEXTS:
                yield (
                    f"instructors:{page}.scenario.{name}.{field}",
                    sc[f"{field}_en"],
                    sc[f"{field}_zh"],
                )


# --------------------------------------------------------------------------- structure


def test_pages_are_the_home_page_and_the_stories_in_teaching_order(kit):
    assert tuple(kit) == PAGES


@pytest.mark.parametrize("page", PAGES)
def test_objectives_and_questions_have_the_same_items_in_both_languages(kit, page):
    entry = kit[page]
    assert set(entry) == {f"{f}_{s}" for f in LIST_FIELDS for s in ("en", "zh")} | {"scenario"}
    for field, (low, high) in LIST_FIELDS.items():
        en, zh = entry[f"{field}_en"], entry[f"{field}_zh"]
        assert low <= len(en) <= high, (page, field, len(en))
        assert len(zh) == len(en), (page, field)
        for text in en:
            assert text.strip() and not CJK.search(text), (page, field, text)
        for text in zh:
            assert CJK.search(text), (page, field, text)


def test_every_scenario_has_the_same_fields_in_both_languages(kit):
    fields = {"lab", "values", "lock"} | {f"{f}_{s}" for f in SCENARIO_TEXTS for s in ("en", "zh")}
    for page, name, sc in _scenarios(kit):
        assert set(sc) == fields, (page, name, set(sc) ^ fields)
        for field in SCENARIO_TEXTS:
            en, zh = sc[f"{field}_en"], sc[f"{field}_zh"]
            assert en.strip() and not CJK.search(en), (page, name, field)
            assert CJK.search(zh), (page, name, field)


def test_every_lab_of_every_page_has_one_or_two_scenarios(kit):
    for page in PAGES:
        counts = {lab: 0 for lab in spec.lab_ids() if spec.page_of(lab) == page}
        for sc in kit[page]["scenario"].values():
            counts[sc["lab"]] = counts.get(sc["lab"], 0) + 1
        assert counts and all(1 <= n <= 2 for n in counts.values()), (page, counts)


# --------------------------------------------------------------------------- scenarios


def _on_grid(c: spec.Control, value: float) -> bool:
    lo, _, step = c.bounds()
    steps = (value - lo) / step
    return math.isclose(steps, round(steps), abs_tol=1e-9)


@pytest.mark.parametrize("page", PAGES)
def test_scenario_values_are_ones_the_controls_can_take(kit, page):
    for name, sc in kit[page]["scenario"].items():
        where = f"{page}.{name}"
        assert sc["lab"] in spec.lab_ids() and sc["lab"] in LABS, where
        assert spec.page_of(sc["lab"]) == page, where
        controls = {c.key: c for c in spec.controls(sc["lab"])}
        values = sc["values"]
        assert set(values) == set(controls), (where, set(values) ^ set(controls))
        for key, value in values.items():
            c = controls[key]
            if c.is_choice:
                assert value in c.options, (where, key, value)
                continue
            assert isinstance(value, int | float) and not isinstance(value, bool), (where, key)
            lo, hi, _ = c.bounds()
            assert lo <= value <= hi, (where, key, value, lo, hi)
            assert _on_grid(c, value), (where, key, value, "not on the slider's grid")
            if c.integer:
                assert isinstance(value, int), (where, key, "an integer slider")
            # the value survives a trip through a link, as the share box writes it
            assert c.parse(str(value)) == value, (where, key, value)
        spec.complete(sc["lab"], values)  # raises on a value a control cannot take


@pytest.mark.parametrize("page", PAGES)
def test_scenario_locks_name_controls_the_scenario_sets(kit, page):
    for name, sc in kit[page]["scenario"].items():
        keys = {c.key for c in spec.controls(sc["lab"])}
        lock = sc["lock"]
        assert isinstance(lock, list) and len(lock) == len(set(lock)), (page, name)
        assert set(lock) <= keys, (page, name, set(lock) - keys)
        assert set(lock) <= set(sc["values"]), (page, name)


@pytest.mark.parametrize("page", PAGES)
def test_every_scenario_computes(kit, page):
    for name, sc in kit[page]["scenario"].items():
        figures = LABS[sc["lab"]].compute(sc["values"])
        assert figures, (page, name)
        for lang in ("en", "zh-Hant"):
            assert LABS[sc["lab"]].view(sc["values"], lang), (page, name, lang)


# --------------------------------------------------------------------------- placeholders


def _md(lang: str, name: str) -> str:
    return (CONTENT_DIR / lang / MD_DIR / f"{name}.md").read_text(encoding="utf-8")


def test_texts_quote_facts_that_exist_with_the_same_placeholders_in_both_languages(kit):
    facts = content.facts()
    pairs = list(_text_pairs(kit))
    pairs += [(f"{MD_DIR}/{n}.md", _md("en", n), _md("zh-Hant", n)) for n in MD_FILES]
    for where, en, zh in pairs:
        assert sorted(FACT.findall(en)) == sorted(FACT.findall(zh)), where
        for _, key in FACT.findall(en):
            assert key in facts, (where, key)
        for text in (en, zh):
            # only facts and the explainer tag: no UI strings or other placeholders
            others = [p for p in ANY_PLACEHOLDER.findall(text) if not FACT.fullmatch(p)]
            assert set(others) <= {"{kind:explainer}"}, (where, others)


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_every_text_renders_with_its_placeholders_filled(kit, lang):
    for where, en, zh in _text_pairs(kit):
        raw = en if lang == "en" else zh
        shown = content.fill(i18n.localise(raw, lang), lang)
        assert "{" not in shown, (where, lang)


NUMBER = re.compile(r"(?<![\d.,])[\u2212-]?\d+(?:,\d{3})*(?:\.\d+)?(?!\d)")


def _fact_numbers(lang: str) -> dict[str, str]:
    """The number in each fact's value as a reader sees it in ``lang`` ("1,500" of
    "1,500 won per dollar"), where it is distinctive enough to be recognised when typed:
    three or more digits, and not a year."""
    out = {}
    for key, fact in content.facts().items():
        if fact.unit == "year":
            continue
        for number in NUMBER.findall(content.format_fact(key, lang)):
            if len(re.sub(r"\D", "", number)) >= 3:
                out[key] = number.replace("-", "\u2212")
    return out


@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
def test_no_text_types_a_fact_instead_of_quoting_it(kit, lang):
    numbers = _fact_numbers(lang)
    i = 1 if lang == "en" else 2
    texts = [(row[0], row[i]) for row in _text_pairs(kit)]
    texts += [(f"{MD_DIR}/{n}.md", _md(lang, n)) for n in MD_FILES]
    for where, text in texts:
        typed = set(NUMBER.findall(FACT.sub("", text)))
        found = sorted(key for key, number in numbers.items() if number in typed)
        assert not found, (where, found)


# --------------------------------------------------------------------------- words


def test_no_text_uses_a_banned_variant(kit):
    for lang, i in (("en", 1), ("zh-Hant", 2)):
        texts = [(row[0], content.fill(row[i], lang)) for row in _text_pairs(kit)]
        hits = banned_hits(lang, texts)
        assert not hits, "\n".join(hits)


def test_the_generated_simplified_text_has_no_wrong_form(kit):
    texts = [(w, content.fill(i18n.to_hans(zh), "zh-Hans")) for w, _, zh in _text_pairs(kit)]
    texts += [(f"section:{MD_DIR}/{n}.md", content.section(MD_DIR, n, "zh-Hans")) for n in MD_FILES]
    hits = hans_text.find_wrong(texts, hans_text.wrong_forms())
    assert not hits, "\n".join(f"{w}: {form} ({why}): ...{ctx}..." for w, form, why, ctx in hits)


# --------------------------------------------------------------------------- narrative


def test_the_narrative_files_are_the_same_in_both_languages():
    for lang in ("en", "zh-Hant"):
        found = sorted(p.stem for p in (CONTENT_DIR / lang / MD_DIR).glob("*.md"))
        assert tuple(found) == MD_FILES, lang


@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
def test_every_paragraph_is_the_app_s_own_explanation(lang):
    for name in MD_FILES:
        raw = _md(lang, name)
        kinds = [kind for kind, _ in content.paragraphs(raw)]
        assert kinds and set(kinds) == {"explainer"}, (lang, name, kinds)
        prose = CODE_SPAN.sub("", raw)  # `view=lab&lab=<id>` is code, not a tag
        assert not HTML_TAG.search(prose), (lang, name, HTML_TAG.findall(prose))
        assert not re.search(r"^\s*#", raw, re.MULTILINE), (lang, name, "a heading")


def test_the_narrative_files_have_the_same_paragraphs_in_both_languages():
    for name in MD_FILES:
        en = content.paragraphs(_md("en", name))
        zh = content.paragraphs(_md("zh-Hant", name))
        assert len(en) == len(zh), name
        for (_, a), (_, b) in zip(en, zh, strict=True):
            assert a.startswith("- ") == b.startswith("- "), (name, a[:40], b[:40])
            assert a.count("\n- ") == b.count("\n- "), (name, a[:40], "list items")
