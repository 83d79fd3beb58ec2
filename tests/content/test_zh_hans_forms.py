"""Simplified Chinese reads as mainland Chinese.

Every Simplified text the app can show (lib/hans_text.py; scripts/dump_zh_hans.py
prints it) is checked against content/zh-Hans.wrong-forms.toml: Taiwan usage that
OpenCC leaves in place, words OpenCC mistranslates, and Traditional punctuation.
"""

import re
import tomllib

import pytest

from lib import content, exercises, hans_text, i18n
from lib.content import CONTENT_DIR

PLACES = {"strings", "section", "glossary", "quiz", "fact", "article", "primary", "stress"}
PLACES |= {"exercise"}  # the exercises' texts (lib/exercises.py, learner_texts)


@pytest.fixture(scope="module")
def texts():
    return hans_text.hans_texts() + exercises.learner_texts(hans_text.LANG)


def test_no_simplified_text_has_a_wrong_form(texts):
    hits = hans_text.find_wrong(texts, hans_text.wrong_forms())
    report = "\n".join(f"{where}: {form} ({why}) ... {ctx} ..." for where, form, why, ctx in hits)
    assert not hits, f"{len(hits)} wrong forms in Simplified text:\n{report}"


def test_the_texts_cover_every_kind_of_content(texts):
    places = dict(texts)
    assert {where.split(":", 1)[0] for where in places} == PLACES
    shown = {k for k, v in content.strings("zh-Hans").items() if v}  # "" is not text
    assert shown == {w.removeprefix("strings:") for w in places if w.startswith("strings:")}
    base = CONTENT_DIR / "zh-Hant"
    md = [f"section:{p.relative_to(base).as_posix()}" for p in sorted(base.rglob("*.md"))]
    assert md == [w for w in places if w.startswith("section:")]
    for term in content.glossary("zh-Hans"):
        assert f"glossary:{term.id}.def" in places
    for quiz in content.quizzes("zh-Hans"):
        for i in range(len(quiz.options)):
            assert f"quiz:{quiz.id}.option[{i}].feedback" in places
    for key in content.facts():
        assert f"fact:{key}.label" in places
    assert all(text.strip() for text in places.values())


def test_the_wrong_forms_file_is_well_formed(texts):
    forms = hans_text.wrong_forms()
    assert len(forms) == len({f.form for f in forms}) > 100
    where = {w for w, _ in texts}
    for f in forms:
        assert f.why.strip() and " / " in f.why, f"{f.form}: say why / the right form"
        assert f.regex().search(f.form) or f.pattern, f.form
        assert set(f.allowed) <= where, f"{f.form}: allowed names no place"


def test_no_phrase_writes_a_wrong_form():
    with open(i18n.PHRASES_FILE, "rb") as fh:
        phrases = tomllib.load(fh)["phrases"]
    values = [(f"phrase {key!r}", value.translate(i18n.QUOTES)) for key, value in phrases.items()]
    hits = hans_text.find_wrong(values, hans_text.wrong_forms())
    assert not hits, hits


def test_conversion_fixes_what_opencc_alone_gets_wrong():
    # Traditional "the government-bond yield" and "pointer to" an indicator:
    # OpenCC keeps the Taiwan word for yield and turns "indicator" into "pointer".
    traditional = "\u516c\u50b5\u6b96\u5229\u7387\u6307\u6a19"
    raw = i18n._converter().convert(traditional)
    forms = hans_text.wrong_forms()
    assert {form for _, form, _, _ in hans_text.find_wrong([("raw", raw)], forms)} >= {
        "\u516c\u503a",
        "\u6b96\u5229\u7387",
        "\u6307\u9488",
    }
    assert i18n.to_hans(traditional) == "\u56fd\u503a\u6536\u76ca\u7387\u6307\u6807"
    assert not hans_text.find_wrong([("fixed", i18n.to_hans(traditional))], forms)


def test_mainland_quotation_marks_and_title_brackets():
    assert i18n.to_hans("\u300ca\u300eb\u300fc\u300d\u3008d\u3009") == (
        "\u201ca\u2018b\u2019c\u201d\u300ad\u300b"
    )
    assert not re.search(
        "[\u300c\u300d\u300e\u300f\u3008\u3009]", content.strings("zh-Hans")["punct.quote"]
    )


def test_a_longer_phrase_wins_and_is_not_converted_again():
    # hedging -> "dui chong", but a safe-haven asset keeps "bi xian"
    assert i18n.apply_phrases("\u907f\u9669\u6210\u672c") == "\u5bf9\u51b2\u6210\u672c"
    assert i18n.apply_phrases("\u907f\u9669\u8d44\u4ea7") == "\u907f\u9669\u8d44\u4ea7"
    # "US Fed" in Taiwan words becomes the one mainland word, not "US" + "US Fed"
    assert i18n.apply_phrases("\u7f8e\u56fd\u8054\u51c6\u4f1a") == "\u7f8e\u8054\u50a8"
