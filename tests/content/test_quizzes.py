"""content/quizzes.toml as the learner meets it: four options, shuffled the same way in
every language and every process, the right answer spread over A-D and not given away by
its length, and the questions each story page needs."""

import os
import subprocess
import sys
import tomllib
from collections import Counter

import pytest

from lib import content, nav
from lib.content import CONTENT_DIR, QUIZ_LETTERS
from lib.i18n import LANGS
from lib.labs import LABS

ROOT = CONTENT_DIR.parent
STORY_PAGES = ("convenience-yield", "ai-dollar", "krw-defence", "asset-divergence")


def _raw() -> list[dict]:
    with open(CONTENT_DIR / "quizzes.toml", "rb") as fh:
        return tomllib.load(fh)["quiz"]


def _by_id(lang: str) -> dict[str, content.Quiz]:
    return {q.id: q for q in content.quizzes(lang)}


def test_every_quiz_question_has_four_options_and_exactly_one_correct():
    raw = _raw()
    assert len({q["id"] for q in raw}) == len(raw), "quiz ids are unique"
    for q in raw:
        assert len(q["option"]) == len(QUIZ_LETTERS) == 4, q["id"]
        assert sum(bool(o.get("correct")) for o in q["option"]) == 1, q["id"]
        assert q["page"] in nav.KNOWN_KEYS, q["id"]
    for lang in LANGS:
        for q in content.quizzes(lang):
            assert len(q.options) == len(q.feedback) == 4, (lang, q.id)
            assert q.correct.count(True) == 1 and q.correct[q.answer], (lang, q.id)


def test_quiz_order_is_a_permutation_fixed_by_the_id():
    for q in _raw():
        order = content.quiz_order(q["id"], 4)
        assert sorted(order) == [0, 1, 2, 3]
        assert content.quiz_order(q["id"], 4) == order
    # different ids give different orders (the order is not one fixed rotation)
    assert len({content.quiz_order(q["id"], 4) for q in _raw()}) > 4


@pytest.mark.parametrize("lang", LANGS)
def test_quiz_options_keep_their_own_feedback_after_the_shuffle(lang):
    suffix = "en" if lang == "en" else "zh"
    shown = _by_id(lang)
    for raw in _raw():
        q = shown[raw["id"]]
        assert q.order == content.quiz_order(raw["id"], 4)
        for i, j in enumerate(q.order):
            src = raw["option"][j]
            assert q.options[i] == content.localise(src[f"text_{suffix}"], lang)
            assert q.feedback[i] == content.localise(src[f"feedback_{suffix}"], lang)
            assert q.correct[i] == bool(src.get("correct"))


def test_quiz_order_is_identical_in_every_language():
    en = _by_id("en")
    for lang in ("zh-Hant", "zh-Hans"):
        other = _by_id(lang)
        assert other.keys() == en.keys()
        for qid, q in en.items():
            assert (other[qid].order, other[qid].answer) == (q.order, q.answer), (lang, qid)


def test_quiz_order_is_the_same_on_a_second_load_and_in_a_fresh_process():
    first = {q.id: (q.order, q.answer) for q in content.quizzes("en")}
    content.quizzes.cache_clear()
    content.load_toml.cache_clear()  # read the file again
    second = {q.id: (q.order, q.answer) for q in content.quizzes("en")}
    assert second == first
    # another interpreter with another string-hash salt: sha256, not hash(), decides
    code = (
        "from lib import content\n"
        "for q in content.quizzes('zh-Hant'): print(q.id, *q.order, q.answer)\n"
    )
    for seed in ("1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        out = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert out.returncode == 0, out.stderr
        fresh = {}
        for line in out.stdout.splitlines():
            qid, *nums = line.split()
            *order, answer = map(int, nums)
            fresh[qid] = (tuple(order), answer)
        assert fresh == first, seed


def test_quiz_right_answers_are_spread_over_the_four_positions():
    positions = Counter(QUIZ_LETTERS[q.answer] for q in content.quizzes("en"))
    n = sum(positions.values())
    assert set(positions) == set(QUIZ_LETTERS), positions  # every letter holds at least one
    assert max(positions.values()) <= 0.4 * n, positions


@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
def test_quiz_right_answer_is_rarely_the_longest_option(lang):
    """Option lengths are comparable: the right answer is strictly the longest option in
    at most a third of the questions (by chance it would be about a quarter)."""
    qs = content.quizzes(lang)
    longest = [
        q.id
        for q in qs
        if len(q.options[q.answer]) > max(len(o) for i, o in enumerate(q.options) if i != q.answer)
    ]
    assert len(longest) <= len(qs) / 3, longest


def _is_report_or_argument_question(q: content.Quiz) -> bool:
    text = q.question.lower()
    return "argument" in text and ("report" in text or "finding" in text)


def test_every_story_page_asks_to_tell_reported_data_from_argument():
    en = content.quizzes("en")
    for page in STORY_PAGES:
        asked = [q for q in en if q.page == page and _is_report_or_argument_question(q)]
        assert asked, page
        for q in asked:
            # the feedback names the page's markers, so the learner can find them
            words = " ".join(q.feedback)
            assert "Reported" in words or "reported" in words, q.id
    zh = _by_id("zh-Hant")
    t = content.translator("zh-Hant")
    for q in en:
        if _is_report_or_argument_question(q):
            # the Chinese question uses the words of the page's badges (bao dao, guan dian)
            for kind, word in (("reported", "\u5831\u5c0e"), ("argument", "\u89c0\u9ede")):
                assert word in t(f"kind.{kind}.badge") and word in zh[q.id].question, q.id


def test_krw_page_asks_the_sign_of_a_hedge_unwind_as_the_pension_lab_models_it():
    q = _by_id("en")["krw_hedge_unwind"]
    assert q.page == "krw-defence"
    assert q.options[q.answer].startswith("It rises")
    assert "weak" in q.feedback[q.answer] or "more won" in q.feedback[q.answer]
    # the lab: taking the hedge off (hedge ratio to zero) raises USD/KRW
    lab = LABS["krw_pension"]
    hedged = lab.compute({})
    unhedged = lab.compute({"kp_hedge": 0.0})
    assert hedged["sold"] > 0 and unhedged["sold"] == 0
    assert unhedged["with_hedge"] > hedged["with_hedge"]
    assert unhedged["with_hedge"] == pytest.approx(hedged["without"])
    zh = _by_id("zh-Hant")["krw_hedge_unwind"]
    assert zh.options[zh.answer].startswith("\u4e0a\u5347")  # shang sheng: "rises"


#: What a feedback text must not open with, besides the widget's own verdicts: the
#: widget prints "Right." / "Not quite." (quiz.right, quiz.wrong) before it.
#: Chinese: zheng que, mei cuo, da dui, da cuo, bu dui, cuo le, dui le.
OPENERS_EN = ("right", "yes", "correct", "wrong", "no", "not quite", "incorrect", "exactly")
OPENERS_ZH = (
    "\u6b63\u78ba",
    "\u6c92\u932f",
    "\u7b54\u5c0d",
    "\u7b54\u932f",
    "\u4e0d\u5c0d",
    "\u932f\u4e86",
    "\u5c0d\u4e86",
)


@pytest.mark.parametrize("lang", LANGS)
def test_quiz_feedback_never_repeats_a_verdict(lang):
    t = content.translator(lang)
    verdicts = tuple(t(k).rstrip(".!\u3002\uff01") for k in ("quiz.right", "quiz.wrong"))
    for q in content.quizzes(lang):
        for fb in q.feedback:
            assert not fb.startswith(verdicts), (q.id, fb)
            if lang == "en":
                first = fb.split(":")[0].split(".")[0].split(",")[0].strip().lower()
                assert first not in OPENERS_EN, (q.id, fb)
            else:
                assert not fb.startswith(OPENERS_ZH), (q.id, fb)


@pytest.mark.parametrize("lang", LANGS)
def test_quiz_option_labels_carry_the_same_letter_in_every_language(lang):
    t = content.translator(lang)
    label = t("quiz.option", letter="B", text="x")
    assert "B" in label and label.endswith("x")
