"""Exercises checked by the live model: a goal for one lab, and a pure check of the
learner's current setting against it.

Pure (no Streamlit). Every exercise is declared once in ``content/exercises.toml``:
its lab, the kind of check and the check's parameters, the setting that meets it
(``answer``) and its texts in English and Traditional Chinese (Simplified is generated,
as everywhere: :func:`lib.i18n.localise`). lib/ui/exercises.py draws them under the
lab's results.

A check gets the lab's control values in the units the controls *show* (4.5 for a rate
of 4.5%, as ``LABS[lab].compute`` takes them) and reads the lab's own figures, in
*model* units (decimals a year for rates and yields, 0.0015 for 15 bp; see
``lib/labs/<page>.py``), so an exercise and the lab cannot disagree. It returns a
:class:`Verdict`: met or not, and ``why``, a sentence giving the learner's number
against the goal's, formatted by :func:`lib.content.format_value` in the reader's
language. Signs are the lab's own: a positive convenience yield means cash dollars (or
Treasuries) pay less than the hedged alternative, a negative hedging gain is what
hedging costs, a negative stress result is a loss (docs/architecture.md, section 5).
Input the model cannot compute (``ValueError``) gives a verdict that is not met and
says why; a check never raises for a learner's values.

The kinds of check (:data:`CHECKS`):

* ``near``: ``figure`` within ``tolerance`` of ``target``.
* ``bound``: ``figure`` on one ``side`` of ``target`` (or of another figure, ``than``).
* ``bounds``: every one of ``figures`` on one ``side`` of ``target``.
* ``edge``: the ``bound`` holds at the setting but not one slider step further along
  ``control`` in ``direction`` ("up" or "down"): the point where a figure crosses a
  line (the largest capacity at which the Treasury convenience yield is negative).

``side`` is ``below`` (<), ``at_most`` (<=), ``above`` (>) or ``at_least`` (>=).
A target is ``target`` (model units) or ``target_fact``, a key of facts.toml (its
value, a basis-point fact turned into a decimal). ``keep`` lists controls the exercise
holds at their sourced defaults: moving one gives a verdict that is not met and names
it. ``unit``, ``decimals`` and ``signed`` say how the figure is shown: a unit of
:func:`lib.content.format_value` or ``bp`` (a decimal shown in basis points).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from lib import content, errors
from lib.i18n import localise
from lib.labs import LABS, spec
from lib.labs.fmt import BP

FILE = "exercises.toml"
TEXT_FIELDS = ("goal", "hint", "explanation")
SIDES = ("below", "at_most", "above", "at_least")
DIRECTIONS = {"up": 1, "down": -1}
EPS = 1e-12  # relative slack in comparisons, so 0.5 ** 1.0 counts as "at least 0.5"


@dataclass(frozen=True)
class Verdict:
    """``met``: the setting meets the goal; ``why``: the learner's number(s) against the
    goal's, in the reader's language (plain text: the UI escapes it)."""

    met: bool
    why: str


@dataclass(frozen=True)
class Exercise:
    """One exercise in one language. ``params`` is its table in exercises.toml (the
    check's parameters; texts in both languages); ``answer`` a setting that meets it,
    shown units, for the controls it changes (the others at their defaults)."""

    id: str
    lab: str
    page: str
    check: str
    lang: str
    goal: str
    hint: str
    explanation: str
    answer: dict[str, float] = field(default_factory=dict)
    keep: tuple[str, ...] = ()
    params: dict = field(default_factory=dict, repr=False)


class ExerciseError(content.ContentError):
    """exercises.toml declares something the checks cannot use."""


# --------------------------------------------------------------------------- declarations


@lru_cache(maxsize=1)
def declarations() -> tuple[dict, ...]:
    """The ``[[exercise]]`` tables of content/exercises.toml, in file order."""
    return tuple(content.load_toml(FILE).get("exercise", ()))


def _suffix(lang: str) -> str:
    return "en" if lang == "en" else "zh"


@lru_cache(maxsize=4)
def ui_strings(lang: str) -> dict[str, str]:
    """The widget and verdict strings (``[ui.en]`` / ``[ui.zh]``) in ``lang``."""
    table = content.load_toml(FILE)["ui"][_suffix(lang)]
    return {k: localise(v, lang) for k, v in table.items()}


#: A space between two Chinese characters or marks, left where a template's space meets
#: a word rather than a number ("\u4e0d\u8d85\u904e {target}" with a name as the target).
_CJK_SPACE = re.compile(
    r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]) (?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])"
)


def tidy(text: str, lang: str) -> str:
    """``text`` without spaces between two Chinese characters (none in English).

    >>> tidy("a \u4e00 \u4e8c 3", "zh-Hant") == "a \u4e00\u4e8c 3"
    True
    """
    return text if lang == "en" else _CJK_SPACE.sub("", text)


def _ui(lang: str, key: str, **words: object) -> str:
    return tidy(ui_strings(lang)[key].format(**words), lang)


def _declared_text(raw: dict, name: str, lang: str) -> str | list[str]:
    value = raw[f"{name}_{_suffix(lang)}"]
    if isinstance(value, list):
        return [localise(v, lang) for v in value]
    return localise(value, lang)


# --------------------------------------------------------------------------- numbers


def _fact_in_model_units(key: str) -> float:
    f = content.fact(key)
    return f.value / BP if f.unit == "bp" else f.value


def _target(raw: dict) -> float:
    """The goal's number in model units: ``target``, or the value of ``target_fact``."""
    if "target_fact" in raw:
        return _fact_in_model_units(raw["target_fact"])
    return float(raw["target"])


def show(x: float, raw: dict, lang: str, signed: bool | None = None) -> str:
    """A figure of the exercise's lab (model units) as the exercise shows it.

    ``unit = "bp"`` shows a decimal in basis points; ``usd`` and ``jpy`` put the minus
    sign before the amount; any other unit goes to :func:`content.format_value`.

    >>> show(-0.0024900377, {"unit": "bp", "decimals": 1, "signed": True}, "en")
    '\u221224.9 bp'
    >>> show(-145161.3, {"unit": "jpy", "decimals": 1}, "en")
    '\u2212\u00a5145,000'
    """
    unit, places = raw["unit"], int(raw.get("decimals", 0))
    signed = bool(raw.get("signed", False)) if signed is None else signed
    if unit == "bp":
        return content.format_value(x * BP, "bp", lang, places, signed=signed)
    if unit in ("usd", "jpy"):
        text = content.format_value(abs(x), unit, lang, places)
        shows_zero = text == content.format_value(0.0, unit, lang, places)
        return content.MINUS + text if x < 0 and not shows_zero else text
    return content.format_value(x, unit, lang, places, signed=signed)


def _holds(x: float, side: str, target: float) -> bool:
    slack = EPS * max(1.0, abs(target))
    if side == "below":
        return x < target - slack
    if side == "at_most":
        return x <= target + slack
    if side == "above":
        return x > target + slack
    if side == "at_least":
        return x >= target - slack
    raise ExerciseError(f"Unknown side {side!r}; use one of {', '.join(SIDES)}.")


def _unit_template(c: spec.Control, lang: str) -> str | None:
    return content.translator(lang)(f"unit.{c.unit}", v="{v}") if c.unit else None


def shown_control(c: spec.Control, value: float, lang: str) -> str:
    """A control's value written as its slider shows it, unit in the reader's language."""
    return c.shown(value, _unit_template(c, lang))


def _control_name(c: spec.Control, lang: str) -> str:
    t = content.translator(lang)
    return t("punct.quote", v=t(c.label))


def _same(a: object, b: object) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12)


def error_text(err: ValueError, lang: str) -> str:
    """Why the model cannot compute these values, in ``lang`` (:func:`lib.errors.message`,
    the lab's own wording)."""
    return errors.message(err, lang)


# --------------------------------------------------------------------------- the checks

#: name of a kind of check -> ``check(exercise, values, lang) -> Verdict``
CHECKS: dict[str, Callable[[Exercise, Mapping[str, object], str], Verdict]] = {}


def _kind(fn: Callable[[Exercise, dict, dict, str], Verdict]):
    """Register ``fn`` as the check ``fn.__name__``. The registered function completes
    the values with the lab's defaults, enforces ``keep`` and turns impossible input into
    a verdict that is not met, then calls ``fn(exercise, shown, figures, lang)``."""

    @functools.wraps(fn)
    def check_kind(exercise: Exercise, values: Mapping[str, object], lang: str) -> Verdict:
        try:
            shown = spec.complete(exercise.lab, values)
        except ValueError as err:
            return Verdict(False, _ui(lang, "why_error", message=error_text(err, lang)))
        moved = [
            spec.control(exercise.lab, k)
            for k in exercise.keep
            if not _same(shown[k], spec.control(exercise.lab, k).default)
        ]
        if moved:
            sep = ui_strings(lang)["keep_sep"]
            items = sep.join(
                _ui(
                    lang,
                    "keep_item",
                    control=_control_name(c, lang),
                    value=shown_control(c, c.default, lang),
                )
                for c in moved
            )
            return Verdict(False, _ui(lang, "why_keep", items=items))
        try:
            figures = LABS[exercise.lab].compute(shown)
        except ValueError as err:
            return Verdict(False, _ui(lang, "why_error", message=error_text(err, lang)))
        return fn(exercise, shown, figures, lang)

    CHECKS[fn.__name__] = check_kind
    return check_kind


def _goal_words(raw: dict, figures: dict, lang: str, negate: bool = False) -> str:
    """ "below 0.0 bp", "at most “the petrodollar loop” (US$35.8 billion)", or with
    ``negate`` what the learner's figure is instead ("more than ...")."""
    side = raw["side"]
    if "than" in raw:
        other = _declared_text(raw, "other", lang)
        target = _ui(lang, "than_target", other=other, value=show(figures[raw["than"]], raw, lang))
    else:
        target = show(_target(raw), raw, lang)
    return _ui(lang, f"{'not_' if negate else 'side_'}{side}", target=target)


def _side_holds(raw: dict, figures: dict) -> bool:
    target = figures[raw["than"]] if "than" in raw else _target(raw)
    return _holds(figures[raw["figure"]], raw["side"], target)


@_kind
def near(exercise: Exercise, shown: dict, figures: dict, lang: str) -> Verdict:
    """``figure`` within ``tolerance`` of ``target`` (both in model units).

    Called as ``near(exercise, values, lang)``: ``values`` in shown units."""
    raw = exercise.params
    x, target, tol = figures[raw["figure"]], _target(raw), float(raw["tolerance"])
    met = abs(x - target) <= tol + EPS * max(1.0, abs(target))
    return Verdict(
        met,
        _ui(
            lang,
            "why_near",
            quantity=_declared_text(raw, "quantity", lang),
            value=show(x, raw, lang),
            target=show(target, raw, lang),
            tolerance=show(tol, raw, lang, signed=False),
        ),
    )


@_kind
def bound(exercise: Exercise, shown: dict, figures: dict, lang: str) -> Verdict:
    """``figure`` on ``side`` of ``target`` (or of the figure ``than``).

    Called as ``bound(exercise, values, lang)``: ``values`` in shown units."""
    raw = exercise.params
    return Verdict(
        _side_holds(raw, figures),
        _ui(
            lang,
            "why_bound",
            quantity=_declared_text(raw, "quantity", lang),
            value=show(figures[raw["figure"]], raw, lang),
            goal=_goal_words(raw, figures, lang),
        ),
    )


@_kind
def bounds(exercise: Exercise, shown: dict, figures: dict, lang: str) -> Verdict:
    """Every one of ``figures`` on ``side`` of ``target`` (``quantities_*`` name them).

    Called as ``bounds(exercise, values, lang)``: ``values`` in shown units."""
    raw = exercise.params
    target = _target(raw)
    names = _declared_text(raw, "quantities", lang)
    met = all(_holds(figures[k], raw["side"], target) for k in raw["figures"])
    listed = content.translator(lang)("punct.list_sep").join(
        _ui(lang, "item", quantity=name, value=show(figures[k], raw, lang))
        for k, name in zip(raw["figures"], names, strict=True)
    )
    return Verdict(
        met, _ui(lang, "why_bounds", values=listed, goal=_goal_words(raw, figures, lang))
    )


@_kind
def edge(exercise: Exercise, shown: dict, figures: dict, lang: str) -> Verdict:
    """The ``bound`` of ``figure`` holds at the setting and stops holding one step of
    ``control`` further in ``direction``; the other controls stay where they are.

    Called as ``edge(exercise, values, lang)``: ``values`` in shown units. At the end of
    the slider, with the bound still holding, it is not met: the figure never crosses."""
    raw = exercise.params
    c = spec.control(exercise.lab, raw["control"])
    lo, hi, step = c.bounds()
    here = shown[c.key]
    words = {
        "control": _control_name(c, lang),
        "here": shown_control(c, here, lang),
        "quantity": _declared_text(raw, "quantity", lang),
        "value": show(figures[raw["figure"]], raw, lang),
        "goal": _goal_words(raw, figures, lang),
    }
    if not _side_holds(raw, figures):
        return Verdict(
            False,
            _ui(lang, "why_edge_not", **{**words, "goal": _goal_words(raw, figures, lang, True)}),
        )
    nxt = here + DIRECTIONS[raw["direction"]] * step
    if nxt < lo - step / 2 or nxt > hi + step / 2:
        return Verdict(False, _ui(lang, "why_edge_end", **words))
    nxt = c.snap(nxt)
    try:
        further = LABS[exercise.lab].compute({**shown, c.key: nxt})
    except ValueError as err:
        return Verdict(False, _ui(lang, "why_error", message=error_text(err, lang)))
    words["next"] = shown_control(c, nxt, lang)
    words["next_value"] = show(further[raw["figure"]], raw, lang)
    if _side_holds(raw, further):
        return Verdict(False, _ui(lang, "why_edge_further", **words))
    return Verdict(True, _ui(lang, "why_edge_met", **words))


def check(exercise: Exercise, values: Mapping[str, object], lang: str) -> Verdict:
    """The verdict of ``exercise``'s own kind of check on ``values`` (shown units; the
    lab's defaults fill any control not given), in ``lang``."""
    return CHECKS[exercise.check](exercise, values, lang)


# --------------------------------------------------------------------------- texts

_OWN = re.compile(r"\{(answer|at_answer):([a-z_]+)\}|\{([a-z_]+)\}")


def answer_values(raw: dict) -> dict[str, float | str]:
    """Every control of the exercise's lab at the answer (shown units): ``answer``
    over the defaults."""
    return {**spec.defaults(raw["lab"]), **raw.get("answer", {})}


def fill(text: str, raw: dict, lang: str) -> str:
    """``text`` (already in ``lang``) with its placeholders resolved.

    Those of the content system (``{fact:key}`` and the others of
    :func:`lib.content.fill`), and the exercise's own: ``{target}`` and ``{tolerance}``
    (the goal's numbers), ``{answer:<control>}`` (the answer's value of a control, as
    its slider shows it), ``{answer_value}`` and ``{default_value}`` (the figure at the
    answer and at the defaults), ``{at_answer:<figure>}`` (any figure at the answer, in
    the exercise's unit) and ``{answer_than}`` (the figure ``than`` at the answer).
    An unknown name raises :class:`ExerciseError`.
    """
    text = content.fill(text, lang)
    lab = LABS[raw["lab"]]
    figure = raw.get("figure") or (raw.get("figures") or [None])[0]

    @functools.cache
    def at(where: str) -> dict[str, float]:
        return lab.compute(answer_values(raw) if where == "answer" else {})

    def sub(m: re.Match) -> str:
        if m.group(1) == "at_answer":
            return show(at("answer")[m.group(2)], raw, lang)
        if m.group(1):
            c = spec.control(raw["lab"], m.group(2))
            return shown_control(c, answer_values(raw)[c.key], lang)
        name = m.group(3)
        if name == "target":
            return show(_target(raw), raw, lang)
        if name == "tolerance":
            return show(float(raw["tolerance"]), raw, lang, signed=False)
        if name == "answer_value":
            return show(at("answer")[figure], raw, lang)
        if name == "default_value":
            return show(at("default")[figure], raw, lang)
        if name == "answer_than":
            return show(at("answer")[raw["than"]], raw, lang)
        raise ExerciseError(f"exercises.toml: {raw['id']}: unknown placeholder {{{name}}}")

    return tidy(_OWN.sub(sub, text), lang)


def _build(raw: dict, lang: str) -> Exercise:
    if raw["check"] not in CHECKS:
        raise ExerciseError(f"exercises.toml: {raw['id']}: no check {raw['check']!r}")
    texts = {name: fill(_declared_text(raw, name, lang), raw, lang) for name in TEXT_FIELDS}
    return Exercise(
        id=raw["id"],
        lab=raw["lab"],
        page=spec.page_of(raw["lab"]),
        check=raw["check"],
        lang=lang,
        answer=dict(raw.get("answer", {})),
        keep=tuple(raw.get("keep", ())),
        params=raw,
        **texts,
    )


@lru_cache(maxsize=64)
def for_lab(lab_id: str, lang: str) -> tuple[Exercise, ...]:
    """The exercises of lab ``lab_id`` in ``lang``, in file order (none for most labs).
    Built once per process and language."""
    return tuple(_build(raw, lang) for raw in declarations() if raw["lab"] == lab_id)


def for_page(page_key: str, lang: str) -> tuple[Exercise, ...]:
    """The exercises of every lab on page ``page_key`` (lib/nav.py), in file order."""
    labs = dict.fromkeys(raw["lab"] for raw in declarations())
    return tuple(ex for lab in labs if spec.page_of(lab) == page_key for ex in for_lab(lab, lang))


def by_id(exercise_id: str, lang: str) -> Exercise:
    raw = next((r for r in declarations() if r["id"] == exercise_id), None)
    if raw is None:
        raise ExerciseError(f"No exercise {exercise_id!r} in exercises.toml.")
    return next(ex for ex in for_lab(raw["lab"], lang) if ex.id == exercise_id)


def learner_texts(lang: str) -> list[tuple[str, str]]:
    """``(where, text)`` for every exercise text a page can show in ``lang``, as
    :func:`lib.hans_text.learner_texts` names places: ``exercise:<id>.<field>`` (goal,
    hint, explanation, quantity, other, quantities[i]) and ``exercise:ui.<key>``, the
    widget and verdict strings (their placeholders left in)."""
    out: list[tuple[str, str]] = []
    for raw in declarations():
        ex = by_id(raw["id"], lang)
        out.extend((f"exercise:{ex.id}.{name}", getattr(ex, name)) for name in TEXT_FIELDS)
        for name in ("quantity", "other", "quantities"):
            if f"{name}_en" not in raw:
                continue
            value = _declared_text(raw, name, lang)
            if isinstance(value, list):
                out.extend((f"exercise:{ex.id}.{name}[{i}]", v) for i, v in enumerate(value))
            else:
                out.append((f"exercise:{ex.id}.{name}", value))
    out.extend((f"exercise:ui.{k}", v) for k, v in ui_strings(lang).items())
    return [(where, text) for where, text in out if text.strip()]
