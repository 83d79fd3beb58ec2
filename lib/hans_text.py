"""Every Simplified Chinese text the app can show, each with the place it comes from.

Simplified Chinese is generated (lib/i18n.py: OpenCC ``tw2sp``, the phrase table
``content/zh-Hans.phrases.toml`` and ``content/strings.zh-Hans.overrides.toml``), so
no file holds it. :func:`hans_texts` produces all of it the way the pages do, for a
reviewer to read (``scripts/dump_zh_hans.py``) and for the content tests to check
against ``content/zh-Hans.wrong-forms.toml`` (:func:`wrong_forms`, :func:`find_wrong`).

Pure: reads content/ only, imports no Streamlit.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass

from lib import content
from lib.content import CONTENT_DIR

LANG = "zh-Hans"
WRONG_FORMS_FILE = CONTENT_DIR / "zh-Hans.wrong-forms.toml"


def _sections() -> Iterator[tuple[str, str]]:
    """``(page, section)`` for every narrative file (both languages have the same)."""
    base = CONTENT_DIR / "zh-Hant"
    for path in sorted(base.rglob("*.md")):
        rel = path.relative_to(base)
        yield rel.parent.as_posix(), rel.stem


def hans_texts() -> list[tuple[str, str]]:
    """``(where, text)`` for every Simplified text a page can show (:func:`learner_texts`
    in Simplified Chinese).

    >>> texts = dict(hans_texts())
    >>> texts["strings:lang.label"] == content.strings("zh-Hans")["lang.label"]
    True
    """
    return learner_texts(LANG)


def learner_texts(lang: str) -> list[tuple[str, str]]:
    """``(where, text)`` for every text a page can show in ``lang``.

    ``where`` names the source: ``strings:<key>``, ``section:<page>/<name>.md``,
    ``glossary:<id>.<field>``, ``quiz:<id>.<field>`` (``option[i]`` is the i-th option in
    quizzes.toml, whatever order the page shows it in), ``fact:<key>.<field>``,
    ``article:<key>.<field>``, ``primary:<key>.<field>``, ``stress:<episode>.<series>``.
    Sections and fact notes are filled (placeholders resolved), as a reader sees them;
    empty strings (a separator that is nothing in Chinese) are left out. In English the
    glossary gives each term's English name (``glossary:<id>.en``) and no Chinese names.

    >>> texts = dict(learner_texts("en"))
    >>> texts["glossary:basis_point.en"], texts["strings:lang.label"]
    ('basis point', 'Language')
    """
    out: list[tuple[str, str]] = []
    for key, text in content.strings(lang).items():
        if isinstance(text, str):
            out.append((f"strings:{key}", text))
    for page, name in _sections():
        out.append((f"section:{page}/{name}.md", content.section(page, name, lang)))
    for term in content.glossary(lang):
        if lang == "en":
            out.append((f"glossary:{term.id}.en", term.en))
        else:
            out.append((f"glossary:{term.id}.zh", term.zh))
            out.extend((f"glossary:{term.id}.aka[{i}]", a) for i, a in enumerate(term.aka))
        out.append((f"glossary:{term.id}.def", term.definition))
    for quiz in content.quizzes(lang):
        out.append((f"quiz:{quiz.id}.q", quiz.question))
        # options are named by their place in quizzes.toml, not the (shuffled) shown order
        in_file = getattr(quiz, "order", ()) or range(len(quiz.options))
        for i, option, feedback in sorted(zip(in_file, quiz.options, quiz.feedback, strict=True)):
            out.append((f"quiz:{quiz.id}.option[{i}].text", option))
            out.append((f"quiz:{quiz.id}.option[{i}].feedback", feedback))
    for fact in content.facts().values():
        out.append((f"fact:{fact.key}.label", fact.label(lang)))
        if fact.note_zh:
            out.append((f"fact:{fact.key}.note", fact.note(lang)))
    for key, art in content.articles().items():
        words = content.article_words(key, lang)
        out.append((f"article:{key}.outlet", words["outlet"]))
        out.append((f"article:{key}.title", words["title"]))
        out.append((f"article:{key}.role", content.localised_field(art, "role", lang)))
    for key, prim in content.primaries().items():
        out.append((f"primary:{key}.note", content.localised_field(prim, "note", lang)))
        if prim.get("url_zh"):
            out.append((f"primary:{key}.url", content.localised_field(prim, "url", lang)))
        if prim.get("short_zh"):
            out.append((f"primary:{key}.short", content.primary_short(key, lang)))
    for episode in content.stress_episodes(lang):
        out.extend((f"stress:{episode.key}.{series}", text) for series, _, text in episode.rows)
    return [(where, text) for where, text in out if text]


@dataclass(frozen=True)
class WrongForm:
    """A form a mainland reader should not meet; ``why`` says why and what to write.

    ``pattern`` is the regular expression that finds it (the form itself, escaped,
    unless the file gives one); ``allowed`` lists places (``where``) that may keep it.
    """

    form: str
    why: str
    pattern: str = ""
    allowed: tuple[str, ...] = ()

    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern or re.escape(self.form))


def wrong_forms() -> tuple[WrongForm, ...]:
    """The entries of content/zh-Hans.wrong-forms.toml, from every table in it.

    Each table groups one class of mistake; an entry is ``form = "why"`` or
    ``form = { why = "...", pattern = "...", allowed = ["<where>", ...] }``.
    """
    with open(WRONG_FORMS_FILE, "rb") as fh:
        tables = tomllib.load(fh)
    out = []
    for table in tables.values():
        for form, entry in table.items():
            if isinstance(entry, str):
                out.append(WrongForm(form, entry))
            else:
                allowed = tuple(entry.get("allowed", ()))
                out.append(WrongForm(form, entry["why"], entry.get("pattern", ""), allowed))
    return tuple(out)


def find_wrong(
    texts: list[tuple[str, str]], forms: tuple[WrongForm, ...]
) -> list[tuple[str, str, str, str]]:
    """``(where, form, why, context)`` for every occurrence of a wrong form in ``texts``.

    ``context`` is the occurrence with up to eight characters either side.

    >>> forms = (WrongForm("ab", "say AB"), WrongForm("c", "say C", pattern="c(?!d)"))
    >>> find_wrong([("k", "xxabyy"), ("j", "cd c")], forms)
    [('k', 'ab', 'say AB', 'xxabyy'), ('j', 'c', 'say C', 'cd c')]
    """
    compiled = [(f, f.regex()) for f in forms]
    hits = []
    for where, text in texts:
        for f, regex in compiled:
            if where in f.allowed:
                continue
            for m in regex.finditer(text):
                context = text[max(0, m.start() - 8) : m.end() + 8].replace("\n", " ")
                hits.append((where, f.form, f.why, context))
    return hits
