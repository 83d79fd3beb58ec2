"""Content you can teach from: one name per concept, and the explanations a teacher
relies on, in English and Traditional Chinese.

* Every text a page can show (lib/hans_text.learner_texts) is checked against the
  variants content/terms.toml bans: "premium" for the convenience yield, "privilege"
  outside titles, free movement of capital as the reason for CIP, and the Traditional
  Chinese spellings (拋補利率平價, 阿聯酋, 臺, 韓國, 遠期溢價).
* Every paragraph of a story's section file opens with its kind, or with the tag of
  the app's own explanation (lib.content.PARAGRAPH_KINDS), the same in both languages.
* The explanations themselves: CIP as a no-arbitrage condition and why it fails, the
  sign of the forward premium where learners meet rho, the metaphor of privilege, the
  home quiz's second reading of the convenience yield, the home teasers' attribution.
"""

from __future__ import annotations

import re
import tomllib

import pytest

from lib import content, exercises, hans_text
from lib.content import CONTENT_DIR

LANGS = ("en", "zh-Hant")


def _terms() -> dict:
    with open(CONTENT_DIR / "terms.toml", "rb") as fh:
        return tomllib.load(fh)


@pytest.fixture(scope="module", params=LANGS)
def texts(request):
    lang = request.param
    return lang, hans_text.learner_texts(lang) + exercises.learner_texts(lang)


def _matches(where: str, patterns) -> bool:
    """``where`` is one of ``patterns``, in which only ``*`` is a wildcard."""
    return any(re.fullmatch(re.escape(p).replace(r"\*", ".*"), where) for p in patterns)


def banned_hits(lang: str, texts) -> list[str]:
    """Every banned variant of content/terms.toml in ``texts`` of ``lang``."""
    terms = _terms()
    quoted = terms["quoted"]["places"]
    suffix = "en" if lang == "en" else "zh"
    hits = []
    for concept in terms["concept"]:
        for pattern in concept[f"banned_{suffix}"]:
            rx = re.compile(pattern, re.IGNORECASE if lang == "en" else 0)
            for where, text in texts:
                if _matches(where, quoted) or _matches(where, concept["allowed"]):
                    continue
                for m in rx.finditer(text):
                    around = text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
                    hits.append(f"{concept['id']}: {where}: {m.group()!r} ... {around} ...")
    return hits


def test_terms_file_is_well_formed():
    terms = _terms()
    ids = [c["id"] for c in terms["concept"]]
    assert len(ids) == len(set(ids))
    for c in terms["concept"]:
        assert c["en"] and c["zh"] and c["why"], c["id"]
        for pattern in (*c["banned_en"], *c["banned_zh"]):
            re.compile(pattern)
        assert c["banned_en"] or c["banned_zh"], c["id"]


def test_no_learner_text_uses_a_banned_variant(texts):
    lang, found = texts
    hits = banned_hits(lang, found)
    assert not hits, f"{len(hits)} banned variants ({lang}):\n" + "\n".join(hits)


def test_the_banned_variants_catch_the_old_wording_and_pass_the_new():
    """Each concept's ``old_*`` examples (the wording its rule was written against) are
    caught, and its ``ok_*`` examples (the forms the app uses) pass."""
    for concept in _terms()["concept"]:
        for lang, suffix in (("en", "en"), ("zh-Hant", "zh")):
            for line in concept[f"old_{suffix}"]:
                hits = banned_hits(lang, [("section:x/s1_x.md", line)])
                assert any(h.startswith(concept["id"]) for h in hits), (concept["id"], line)
            for line in concept[f"ok_{suffix}"]:
                assert not banned_hits(lang, [("section:x/s1_x.md", line)]), (concept["id"], line)
    assert sum(len(c["old_en"]) + len(c["old_zh"]) for c in _terms()["concept"]) >= 12


# --------------------------------------------------------------------------- paragraphs


def _story_sections(lang: str):
    for path in sorted((CONTENT_DIR / lang).rglob("s[0-9]*_*.md")):
        yield path.relative_to(CONTENT_DIR / lang).as_posix(), path.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANGS)
def test_every_paragraph_of_a_story_section_opens_with_its_kind(lang):
    """A paragraph states a source's report or argument, the app's assumption, or is the
    app's own explanation (``{kind:explainer}``, shown without a badge); no paragraph is
    left for the reader to guess."""
    missing = []
    for rel, raw in _story_sections(lang):
        for kind, block in content.paragraphs(raw):
            if kind not in content.PARAGRAPH_KINDS:
                missing.append(f"{rel}: {block[:60]}")
    assert not missing, "paragraphs without a kind tag:\n" + "\n".join(missing)


def test_the_kind_rule_catches_an_untagged_paragraph():
    old_s7 = (
        "For policymakers, cheap borrowing is no longer automatic.\n\n"
        "{kind:argument} The column goes further than the paper."
    )
    kinds = [k for k, _ in content.paragraphs(old_s7)]
    assert kinds == [None, "argument"] and None not in content.PARAGRAPH_KINDS


def test_paragraph_kinds_are_the_same_in_both_languages():
    zh = dict(_story_sections("zh-Hant"))
    for rel, raw in _story_sections("en"):
        en_kinds = [k for k, _ in content.paragraphs(raw)]
        zh_kinds = [k for k, _ in content.paragraphs(zh[rel])]
        assert en_kinds == zh_kinds, rel


def test_the_explainer_tag_shows_as_nothing():
    assert content.fill("{kind:explainer} A definition.", "en") == "A definition."
    assert "explainer" not in content.section("convenience-yield", "s3_connect", "zh-Hans")


def test_the_column_s_lessons_are_marked_as_its_argument():
    for lang in LANGS:
        raw = (CONTENT_DIR / lang / "convenience-yield" / "s7_meaning.md").read_text("utf-8")
        kinds = [k for k, _ in content.paragraphs(raw)]
        assert kinds[:3] == ["argument"] * 3, (lang, kinds)


def test_home_teasers_attribute_the_authors_inferences():
    # the AI dollar and the asset divergence rest on opinion pieces: their teasers say
    # whose reading it is instead of stating it as fact
    for key, en_word, zh_word in (
        ("ai-dollar", "argue", "\u8a8d\u70ba"),  # ren wei
        ("asset-divergence", "argues", "\u8a8d\u70ba"),
    ):
        en = content.strings("en")[f"home.story.{key}.teaser"]
        zh = content.strings("zh-Hant")[f"home.story.{key}.teaser"]
        assert en_word in en and zh_word in zh, key
    assert "Some in Washington hope" not in content.strings("en")["home.story.ai-dollar.teaser"]
    assert "stopped working" not in content.strings("en")["home.story.asset-divergence.teaser"]


# --------------------------------------------------------------------------- explanations


def _home_lab_text(lang: str) -> str:
    return content.section("home", "lab_intro", lang)


def test_cip_is_explained_as_a_no_arbitrage_condition_that_costly_balance_sheet_breaks():
    en = _home_lab_text("en")
    assert "arbitrage" in en and "balance sheet" in en and "leverage ratio" in en
    assert "quarter-end" in en
    zh = _home_lab_text("zh-Hant")
    assert "\u5957\u5229" in zh and "\u8cc7\u7522\u8ca0\u50b5\u8868" in zh  # tao li; balance sheet
    glossary = {t.id: t for t in content.glossary("en")}
    assert "no-arbitrage" in glossary["covered_interest_parity"].definition
    assert "balance sheet" in glossary["covered_interest_parity"].definition


def test_the_sign_of_the_forward_premium_is_explained_where_rho_is_met():
    en = _home_lab_text("en")
    assert "\u03c1 = ln(*F*/*S*)/\u03c4" in en
    assert "forward premium" in en and "forward discount" in en and "*F* < *S*" in en
    zh = _home_lab_text("zh-Hant")
    assert "遠期溢價" in zh and "遠期折價" in zh and "*F* < *S*" in zh
    for lang, premium in (("en", "forward premium"), ("zh-Hant", "遠期溢價")):
        assert premium in content.strings(lang)["home.lab.forward_help"], lang


def test_pages_that_use_the_metaphor_say_how_it_relates():
    """Where a page calls the convenience yield a privilege, one of its sections says, in
    one sentence, that the privilege is the convenience yield."""
    for lang, metaphor, name, split in (
        ("en", "privilege", "convenience yield", r"(?<=[.:;])\s+"),
        ("zh-Hant", "特權", "便利收益", "(?<=[\u3002\uff1b\uff1a])"),
    ):
        for page, section in (("home", "lab_intro"), ("convenience-yield", "s1_what")):
            text = content.section(page, section, lang)
            sentences = re.split(split, text)
            assert any(metaphor in s and name in s for s in sentences), (lang, page)


def _page_text_in_order(page: str) -> str:
    """A page's narrative files in the order the page shows them (story sections are
    numbered; the home page shows intro, then lab_intro, then how)."""
    base = CONTENT_DIR / "zh-Hant" / page
    if page == "home":
        names = ["intro", "lab_intro", "how"]
    else:
        stems = (p.stem for p in base.glob("s*_*.md"))
        names = sorted(stems, key=lambda s: int(s[1:].split("_")[0]))
    return "\n".join((base / f"{n}.md").read_text("utf-8") for n in names)


def test_first_use_of_cip_on_each_chinese_page_gives_the_other_translation():
    used = []
    for page in ("home", "convenience-yield", "ai-dollar", "krw-defence", "asset-divergence"):
        text = _page_text_in_order(page)
        if "拋補利率平價" not in text:
            continue
        used.append(page)
        first = text.index("拋補利率平價")
        assert "亦譯覆蓋利率平價" in text[first : first + 60], page
    assert {"home", "convenience-yield", "krw-defence", "asset-divergence"} <= set(used)


def test_home_quiz_reads_the_convenience_yield_two_ways():
    quiz = next(q for q in content.quizzes("en") if q.id == "home_meaning")
    right = quiz.feedback[quiz.answer]
    assert "safety" in right and "arbitrage" in right and "Du, Tepper and Verdelhan" in right
    zh = next(q for q in content.quizzes("zh-Hant") if q.id == "home_meaning")
    assert "\u5957\u5229" in zh.feedback[zh.answer]  # tao li, arbitrage
