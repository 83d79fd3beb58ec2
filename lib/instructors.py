"""The Instructors page's content, pure: per page, learning objectives, discussion
questions and ready scenarios for its labs (content/instructors.toml).

Texts are written in English and Traditional Chinese (``_en`` / ``_zh``); Simplified
Chinese is generated as everywhere (:func:`lib.i18n.localise`) and ``{fact:...}``
placeholders are filled (:func:`lib.content.fill`). A scenario's values and locks are
checked against the lab's controls by tests/content/test_instructors.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from lib import content, urlstate
from lib.i18n import WRITTEN_IN, localise

FILE = "instructors.toml"


@dataclass(frozen=True)
class Scenario:
    name: str
    lab: str
    values: dict[str, float | str]
    lock: tuple[str, ...]
    label: str
    purpose: str

    @property
    def mode(self) -> urlstate.Mode:
        return urlstate.Mode(locks=frozenset(self.lock))

    def params(self, lab_only: bool) -> dict[str, str]:
        """The URL parameters of this scenario (without the language): every control's
        value, the locks and, for the lab-only link, ``view=lab&lab=<id>``."""
        out = {k: urlstate.param(v) for k, v in self.values.items()}
        out.update(self.mode.params(self.lab if lab_only else None))
        return out


@dataclass(frozen=True)
class PageNotes:
    page: str
    objectives: tuple[str, ...]
    discussion: tuple[str, ...]
    scenarios: tuple[Scenario, ...]


def _text(raw: dict, name: str, lang: str):
    written = raw[f"{name}_{'en' if WRITTEN_IN[lang] == 'en' else 'zh'}"]
    if isinstance(written, list):
        return tuple(content.fill(localise(x, lang), lang) for x in written)
    return content.fill(localise(written, lang), lang)


@lru_cache(maxsize=8)
def notes(lang: str) -> tuple[PageNotes, ...]:
    """Every page's notes in ``lang``, in teaching order (the file's order)."""
    out = []
    for page, raw in content.load_toml(FILE).items():
        scenarios = tuple(
            Scenario(
                name=name,
                lab=s["lab"],
                values=dict(s["values"]),
                lock=tuple(s.get("lock", ())),
                label=_text(s, "label", lang),
                purpose=_text(s, "purpose", lang),
            )
            for name, s in raw.get("scenario", {}).items()
        )
        out.append(
            PageNotes(
                page,
                _text(raw, "objectives", lang),
                _text(raw, "discussion", lang),
                scenarios,
            )
        )
    return tuple(out)
