"""content/: both languages have the same structure, and every reference resolves."""

import datetime
import os
import re
import subprocess
import sys
import tomllib

import pytest

from lib import content, i18n, nav
from lib.content import CONTENT_DIR
from lib.labs import spec

ROOT = CONTENT_DIR.parent
SHARED = ROOT.parent / "shared"
CJK = re.compile(r"[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]")


def _flat_keys(table, prefix=""):
    keys = set()
    for k, v in table.items():
        if isinstance(v, dict):
            keys |= _flat_keys(v, f"{prefix}{k}.")
        else:
            keys.add(f"{prefix}{k}")
    return keys


def _load(name):
    with open(CONTENT_DIR / name, "rb") as fh:
        return tomllib.load(fh)


def test_string_tables_have_identical_keys():
    en = _flat_keys(_load("strings.en.toml"))
    zh = _flat_keys(_load("strings.zh-Hant.toml"))
    assert en - zh == set(), "keys missing in zh-Hant"
    assert zh - en == set(), "keys missing in en"


def test_simplified_overrides_only_override_existing_keys():
    en = _flat_keys(_load("strings.en.toml"))
    assert _flat_keys(_load("strings.zh-Hans.overrides.toml")) <= en


def test_string_placeholders_match_across_languages():
    en, zh = content.strings("en"), content.strings("zh-Hant")
    field = re.compile(r"\{(\w+)\}")
    for key, text in en.items():
        if key in ("date.day", "date.month_only"):
            # The code passes y, m, d and mon; each language picks the fields it writes.
            for table in (en, zh):
                assert set(field.findall(str(table[key]))) <= {"y", "m", "d", "mon"}
            continue
        assert set(field.findall(str(text))) == set(field.findall(str(zh[key]))), key


def test_narrative_sections_exist_in_both_languages():
    en = sorted(p.relative_to(CONTENT_DIR / "en") for p in (CONTENT_DIR / "en").rglob("*.md"))
    zh = sorted(
        p.relative_to(CONTENT_DIR / "zh-Hant") for p in (CONTENT_DIR / "zh-Hant").rglob("*.md")
    )
    assert en and en == zh


def _all_sections():
    for path in sorted((CONTENT_DIR / "en").rglob("*.md")):
        rel = path.relative_to(CONTENT_DIR / "en")
        yield rel.parent.as_posix(), rel.stem


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_every_section_renders_with_placeholders_resolved(lang):
    for page, name in _all_sections():
        text = content.section(page, name, lang)
        assert text.strip()
        assert not content.placeholders(text), (page, name)


def test_sections_have_the_same_placeholders_in_both_languages():
    for page, name in _all_sections():
        en = (CONTENT_DIR / "en" / page / f"{name}.md").read_text(encoding="utf-8")
        zh = (CONTENT_DIR / "zh-Hant" / page / f"{name}.md").read_text(encoding="utf-8")
        assert sorted(content.placeholders(en)) == sorted(content.placeholders(zh)), (page, name)


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_placeholders_in_strings_resolve(lang):
    for text in content.strings(lang).values():
        if isinstance(text, str):
            content.fill(text, lang)  # raises ContentError on an unknown fact or kind


def test_english_text_has_no_chinese_except_language_names():
    allowed = set("".join(_load("languages.toml")["name"].values()))
    for path in (CONTENT_DIR / "en").rglob("*.md"):
        stray = set(CJK.findall(path.read_text(encoding="utf-8"))) - allowed
        assert not stray, (path, stray)


def _as_of_date(text: str) -> datetime.date:
    """An as-of value as a date: ``YYYY-MM-DD``, or ``YYYY-MM`` (read as the 1st)."""
    assert re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", text), text
    return datetime.date.fromisoformat(text if len(text) == 10 else f"{text}-01")


#: Which kind a computed figure takes from its inputs (facts.toml header, derived_from).
def _derived_kind(kinds: set[str]) -> str:
    if "assumption" in kinds:
        return "assumption"
    return "argument" if "argument" in kinds else "reported"


def test_facts_follow_the_schema():
    """The rules of the facts.toml header: a known kind; an argument or a reported
    figure names an existing article, unless it is background the app adds (no article,
    a primary source cited by the app with a public address); an assumption names no
    article; as_of is a real date; every primary exists."""
    raw = _load("facts.toml")
    articles, primaries = raw["article"], raw["primary"]
    assert raw["fact"]
    for key, f in raw["fact"].items():
        for field in ("value", "unit", "as_of", "kind", "article", "label_en", "label_zh"):
            assert field in f, (key, field)
        assert f["kind"] in content.KINDS, key
        assert datetime.date(1900, 1, 1) < _as_of_date(str(f["as_of"])), key
        if f.get("primary"):
            assert f["primary"] in primaries, key
        if f.get("derived_from"):
            continue  # its provenance is its inputs': test_derived_facts_say_so_consistently
        if f["kind"] == "assumption":
            assert f["article"] == "", f"{key}: an assumption is the app's, not an article's"
            assert f.get("note_en") and f.get("note_zh"), f"{key}: say why the value was chosen"
        elif f["kind"] == "argument":
            assert f["article"] in articles, f"{key}: an argument is some article's"
        elif f["article"]:
            assert f["article"] in articles, key
        else:  # background the app adds itself (a primary source no article cites)
            p = primaries[f["primary"]]
            assert p["cited_by"] == "app", key
            assert content.references()[p["bib"]].get("url"), f"{key}: a public address"
        content.format_fact(key, "en")  # the unit has a template and the value is finite


DERIVED_WORDS = {"note_en": "Computed by Dollar Lab", "note_zh": "\u672c\u7ad9"}  # ben zhan


def test_derived_facts_say_so_consistently():
    """A figure the app computes from others names them (derived_from), takes its kind
    and shared article from them, and says in both notes that it is computed and from
    which figures; a note that says "computed by Dollar Lab" belongs to such a figure."""
    facts = _load("facts.toml")["fact"]
    derived = {k: f for k, f in facts.items() if f.get("derived_from")}
    assert {"jp_overseas_implied_usdjpy", "policy_rate_gap_published"} <= set(derived)
    for key, f in derived.items():
        inputs = [facts[k] for k in f["derived_from"]]  # KeyError: an unknown input
        assert key not in f["derived_from"], key
        assert f["kind"] == _derived_kind({i["kind"] for i in inputs}), key
        shared = {i["article"] for i in inputs}
        assert f["article"] == (shared.pop() if len(shared) == 1 else ""), key
        if f["kind"] == "assumption":
            assert f["article"] == "", key
        for field, words in DERIVED_WORDS.items():
            assert words in f[field], (key, field)
            for k in f["derived_from"]:
                assert f"{{label:{k}}}" in f[field], (key, field, k)
    for key, f in facts.items():
        if "Computed by Dollar Lab" in f.get("note_en", ""):
            assert key in derived, f"{key}: computed, so it names its inputs (derived_from)"


def test_derived_facts_agree_with_their_inputs():
    v = content.fact_value
    assert v("policy_rate_gap_published") == pytest.approx(
        (v("fed_funds_target_high") - v("bok_base_rate")) * 100
    )
    assert v("policy_rate_gap_2023") == pytest.approx(
        (v("fed_funds_target_high_2023") - v("bok_base_rate_2023")) * 100
    )
    assert v("jp_overseas_implied_usdjpy") == pytest.approx(
        v("jp_overseas_jpy") / v("jp_overseas_usd")
    )
    three = v("cloud_share_aws") + v("cloud_share_azure") + v("cloud_share_google")
    assert v("cloud_big3_sum") == pytest.approx(three)
    assert v("cloud_oracle_implied") == pytest.approx(v("cloud_big4_share") - three)


def test_articles_and_primaries_are_complete():
    raw = _load("facts.toml")
    sources = {p.name for p in (SHARED / "sources").glob("*.txt")} if SHARED.exists() else None
    for key, a in raw["article"].items():
        for field in (
            "file",
            "lines",
            "outlet_en",
            "outlet_zh",
            "title_en",
            "published",
            "role_en",
            "role_zh",
        ):
            assert a.get(field), (key, field)
        assert a.get("title_orig") or a.get("title_zh"), f"{key}: a title in Chinese"
        if sources is not None:
            assert a["file"] in sources, key
            assert a.get("repeated_in", a["file"]) in sources, key
            assert a.get("repeated_in", a["file"]) in sources, key
    for key, p in raw["primary"].items():
        assert p["cited_by"] in ("articles", "app"), key
        assert p["note_en"] and p["note_zh"], key
        assert p["bib"] in content.references(), key
    # The paper's full citation, as the issue asks (Fed IFDP 1427).
    assert content.primaries()["dks2025"]["citation"] == (
        "Du, Wenxin, Ritt Keerati, and Jesse Schreger (2025). "
        "\u201cDecoupling Dollar and Treasury Privilege.\u201d International Finance "
        "Discussion Papers 1427. Washington: Board of Governors of the Federal Reserve System."
    )


INTERNAL = re.compile(r"\.txt|lines? \d|[a-z]+_[a-z_]+|\u00f7")
LATIN_RUN = re.compile(r"[A-Za-z][\w'\u2019.\-]*(?:\s+[A-Za-z][\w'\u2019.\-]*){3,}")


def _reader_fields():
    """Every text of facts.toml a reader sees: (where, field, text)."""
    raw = _load("facts.toml")
    for table in ("fact", "article", "primary"):
        for key, entry in raw[table].items():
            for field, text in entry.items():
                shown = field.split("_")[0] in ("label", "note", "role", "outlet", "title", "url")
                if shown and field != "url" and isinstance(text, str):  # url_en, not the address
                    yield f"{table}.{key}", field, text


def test_reader_texts_name_no_file_line_fact_key_or_formula():
    # A note names another figure as {label:key}; it is shown as that figure's label.
    for where, field, text in _reader_fields():
        words = re.sub(r"\{label:[a-z0-9_]+\}", "", text)
        assert not INTERNAL.search(words), (where, field, INTERNAL.findall(words))
    for f in content.facts().values():
        for lang in i18n.LANGS:
            note = f.note(lang)  # every {label:key} resolves
            assert "{" not in note and not INTERNAL.search(note), (f.key, lang)


def test_every_note_has_a_chinese_version_and_it_is_chinese():
    raw = _load("facts.toml")
    for table in ("fact", "primary"):
        for key, entry in raw[table].items():
            en, zh = entry.get("note_en", ""), entry.get("note_zh", "")
            assert bool(en) == bool(zh), f"{table}.{key}: a note in both languages"
            if zh:
                assert CJK.search(zh) and not LATIN_RUN.search(zh), (key, LATIN_RUN.findall(zh))
    for key, a in raw["article"].items():  # what Chinese pages say about each document
        for field in ("outlet_zh", "role_zh"):
            assert CJK.search(a[field]) and not LATIN_RUN.search(a[field]), (key, field)


def test_primary_sources_with_a_public_address_link_to_it():
    for key, p in content.primaries().items():
        assert p.get("url") or p.get("doi"), f"{key}: its public address"
        if p.get("url"):
            assert p.get("url_en") and CJK.search(p.get("url_zh", "")), key
        for lang in i18n.LANGS:
            for words, url in content.primary_links(key, lang):
                assert content.markdown_link(words, url).endswith(f"]({url})"), key
        # the citation is the citation only: no note about how the app used it
        assert "Dollar Lab" not in p["citation"], key
    paper = content.primaries()["dks2025"]
    assert paper["doi"] == "10.17016/IFDP.2025.1427"
    assert paper["url"].startswith("https://www.federalreserve.gov/econres/ifdp/")
    assert content.fact_url("ust5y_cy_post2021") == paper["url"]


def test_glossary_is_complete_and_consistent():
    terms = _load("glossary.toml")["term"]
    assert len(terms) >= 30
    ids = [t["id"] for t in terms]
    assert len(ids) == len(set(ids))
    for t in terms:
        for field in ("en", "zh", "def_en", "def_zh"):
            assert t[field].strip(), (t["id"], field)
        assert CJK.search(t["zh"]) and CJK.search(t["def_zh"]), t["id"]
        assert set(t.get("pages", [])) <= set(nav.KNOWN_KEYS), t["id"]
    stories = {p for t in terms for p in t.get("pages", [])}
    assert set(nav.STORIES) <= stories, "every story has glossary terms"


@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
def test_terms_in_bold_are_glossary_terms(lang):
    # Narrative marks a glossary term in bold where it introduces it; every such term
    # must exist in the glossary (in that language, or as a listed alternative name).
    names = set()
    for t in _load("glossary.toml")["term"]:
        names |= {t["en"].lower(), t["zh"], *t.get("aka_zh", [])}
        if t.get("abbr"):
            names.add(t["abbr"].lower())
    for path in (CONTENT_DIR / lang).rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        for line in text.splitlines():
            if line.lstrip().startswith("- **") or line.startswith("**"):
                continue  # list-item and paragraph lead-ins are headings, not terms
            for bold in re.findall(r"\*\*(.+?)\*\*", line):
                assert bold.lower() in names, (path.name, bold)


def test_quizzes_have_exactly_one_right_answer_and_feedback_for_every_option():
    for q in _load("quizzes.toml")["quiz"]:
        assert sum(bool(o.get("correct")) for o in q["option"]) == 1, q["id"]
        assert q["page"] in nav.KNOWN_KEYS
        for o in q["option"]:
            for field in ("text_en", "text_zh", "feedback_en", "feedback_zh"):
                assert o[field].strip(), (q["id"], field)


#: How a verdict opens a feedback text; the quiz widget already prints one
#: (strings quiz.right / quiz.wrong), so feedback must not repeat it ("Right. Right: ...").
#: Chinese: zheng que, mei cuo, da dui, da cuo, bu dui.
VERDICT_EN = ("Right", "Yes", "Correct", "Wrong", "No", "Not quite", "Incorrect")
VERDICT_ZH = ("\u6b63\u78ba", "\u6c92\u932f", "\u7b54\u5c0d", "\u7b54\u932f", "\u4e0d\u5c0d")


def test_quiz_feedback_does_not_repeat_the_verdict_the_widget_prints():
    for q in _load("quizzes.toml")["quiz"]:
        for o in q["option"]:
            en, zh = o["feedback_en"], o["feedback_zh"]
            first = en.split(maxsplit=1)[0].rstrip(".:,!")
            assert first not in VERDICT_EN and not en.startswith("Not quite"), (q["id"], en)
            assert not zh.startswith(VERDICT_ZH), (q["id"], zh)
    # and the verdicts themselves are one short sentence each
    for lang in ("en", "zh-Hant"):
        t = content.translator(lang)
        assert t("quiz.right") != t("quiz.wrong")


def test_lab_defaults_come_from_facts_and_sit_inside_the_slider_ranges():
    strings = content.strings("en")
    for lab in spec.lab_ids():
        for c in spec.controls(lab):
            assert c.label in strings and (not c.help or c.help in strings), (lab, c.key)
            if c.is_choice:
                assert c.options and c.default == c.options[0], (lab, c.key)
                continue
            shown = content.fact(c.default_fact).value * c.scale
            assert c.default == pytest.approx(shown), (lab, c.key)
            assert c.min <= c.default <= c.max, (lab, c.key)


def test_no_chinese_characters_in_python_files():
    offenders = []
    for path in (
        list(ROOT.glob("*.py"))
        + list((ROOT / "lib").rglob("*.py"))
        + list((ROOT / "app_pages").glob("*.py"))
    ):
        if CJK.search(path.read_text(encoding="utf-8")):
            offenders.append(path.name)
    assert offenders == []


def test_content_does_not_copy_the_source_documents():
    tool = SHARED / "tools" / "source_overlap.py"
    if not tool.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{tool} is missing: CI must have shared/ beside the clone")
        pytest.skip("shared/tools/source_overlap.py is not beside this checkout")
    paths = [str(ROOT / p) for p in ("content", "app_pages", "lib", "Home.py")]
    run = subprocess.run([sys.executable, str(tool), *paths], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-3000:]


def test_presets_fit_their_sliders_and_the_first_is_the_default():
    labs = _load("labs.toml")
    strings = content.strings("en")
    for lab in spec.lab_ids():
        for i, (name, preset) in enumerate(labs[lab].get("preset", {}).items()):
            assert preset["label"] in strings, (lab, name)
            for c in spec.controls(lab):
                if c.is_choice:
                    assert preset.get(c.key, c.default) in c.options, (lab, name, c.key)
                    continue
                assert c.min <= preset[c.key] <= c.max, (lab, name, c.key)
                if i == 0:  # the first preset is where the lab starts
                    assert preset[c.key] == pytest.approx(c.default), (lab, c.key)


def test_stress_episodes_are_complete_in_both_languages():
    raw = _load("stress.toml")
    strings = content.strings("en")
    assert raw["article"] in content.articles() and raw["primary"] in content.primaries()
    for key, ep in raw["episode"].items():
        assert ep["label"] in strings, key
        for s in raw["series"]:
            assert ep[s] in ("up", "down", "mixed"), (key, s)
            assert ep[f"{s}_en"].strip() and CJK.search(ep[f"{s}_zh"]), (key, s)
    for lang in ("en", "zh-Hant", "zh-Hans"):
        assert len(content.stress_episodes(lang)) == len(raw["episode"])


def test_every_lab_names_the_page_that_shows_it():
    for lab, table in _load("labs.toml").items():
        assert table.get("page") in nav.KNOWN_KEYS, lab
