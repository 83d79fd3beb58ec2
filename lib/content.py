"""Loading the app's text and facts, and formatting numbers for each language.

Everything a learner reads lives in ``content/``:

* ``strings.<lang>.toml``  UI strings (nested tables, flattened to ``"a.b.c"`` keys);
  ``strings.zh-Hans.overrides.toml`` holds the few keys where mainland usage is not
  what OpenCC produces from the Traditional text (the word for 10**12, for example).
* ``<lang>/<page>/<section>.md``  narrative, with placeholders (see :func:`fill`).
* ``facts.toml``  every sourced number, with provenance; ``[article.*]`` and
  ``[primary.*]`` tables describe the source documents and the sources they cite.
* ``glossary.toml``, ``quizzes.toml``.

Loaders are cached with :func:`functools.lru_cache`: files are read once per
process, and the returned objects are shared, so callers must not mutate them.
Nothing here imports Streamlit.
"""

from __future__ import annotations

import hashlib
import math
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from lib.i18n import LANGS, WRITTEN_IN, localise, to_hans

CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"
MINUS = "\u2212"  # typographic minus sign for displayed negatives

#: Kinds of statement a page distinguishes (docs/architecture.md, section 4).
KINDS = ("reported", "argument", "assumption")

#: The tag of a paragraph in Dollar Lab's own voice (a definition, the mechanics, the
#: app's check of a source): ``{kind:explainer}`` opens it in the file and shows as
#: nothing, since text without a badge is the app's own explanation (``kind.unmarked``).
EXPLAINER = "explainer"

#: What may open a paragraph of a story's section file: one of these tags.
PARAGRAPH_KINDS = (*KINDS, EXPLAINER)


class ContentError(ValueError):
    """A content file is missing a key, a fact or a section it should have."""


# ---------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------


@lru_cache(maxsize=32)
def load_toml(name: str) -> dict:
    """Parse ``content/<name>`` once per process."""
    with open(CONTENT_DIR / name, "rb") as fh:
        return tomllib.load(fh)


def _flatten(table: dict, prefix: str = "") -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in table.items():
        full = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(_flatten(value, full + "."))
        else:
            out[full] = value
    return out


@lru_cache(maxsize=8)
def strings(lang: str) -> dict[str, str]:
    """The UI string table for ``lang`` as a flat ``{"section.key": text}`` dict."""
    if lang not in LANGS:
        raise ContentError(f"Unknown language {lang!r}.")
    base = _flatten(load_toml(f"strings.{WRITTEN_IN[lang]}.toml"))
    table = {k: localise(v, lang) if isinstance(v, str) else v for k, v in base.items()}
    if lang == "zh-Hans":
        table.update(_flatten(load_toml("strings.zh-Hans.overrides.toml")))
    return table


class Translator:
    """``t("key", **values)``: the string for ``key`` in one language, formatted."""

    def __init__(self, lang: str):
        self.lang = lang
        self.table = strings(lang)

    def __call__(self, key: str, **values: object) -> str:
        try:
            text = self.table[key]
        except KeyError:
            raise ContentError(f"No string {key!r} in the {self.lang} table.") from None
        return str(text).format(**values) if values else str(text)

    def has(self, key: str) -> bool:
        return key in self.table


@lru_cache(maxsize=8)
def translator(lang: str) -> Translator:
    return Translator(lang)


# ---------------------------------------------------------------------------
# Number formatting
# ---------------------------------------------------------------------------


def _fixed(value: float, decimals: int) -> str:
    text = f"{abs(value):,.{decimals}f}"
    negative = value < 0 and float(text.replace(",", "")) != 0
    return (MINUS if negative else "") + text


def format_number(value: float, decimals: int = 0, *, signed: bool = False) -> str:
    """Thousands separators, a real minus sign, and ``+`` when ``signed``.

    >>> format_number(-26), format_number(1479.0), format_number(0.25, 2, signed=True)
    ('\u221226', '1,479', '+0.25')
    """
    if not math.isfinite(value):
        raise ValueError("Cannot display a number that is not finite.")
    text = _fixed(value, decimals)
    if signed and not text.startswith(MINUS) and float(text.replace(",", "")) != 0:
        text = "+" + text
    return text


AMOUNT_SIG = 3  # significant figures of an amount of 10,000 or more, in every language


def significant(value: float, sig: int = AMOUNT_SIG) -> str:
    """``value`` rounded half up to ``sig`` significant figures, with thousands separators,
    a real minus sign and no trailing zeros after the point.

    >>> significant(27.25), significant(272.5), significant(5456), significant(5.2)
    ('27.3', '273', '5,460', '5.2')
    """
    if not math.isfinite(value):
        raise ValueError("Cannot display a number that is not finite.")
    if value == 0:
        return "0"
    d = Decimal(repr(abs(value)))
    exponent = d.adjusted() - sig + 1  # the place of the last kept digit
    rounded = (d / Decimal(10) ** exponent).quantize(Decimal(1), ROUND_HALF_UP)
    rounded *= Decimal(10) ** exponent
    places = max(0, -exponent)
    text = f"{rounded:,.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return (MINUS if value < 0 else "") + text


def format_amount(value: float, lang: str, decimals: int = 1) -> str:
    """A large amount with the magnitude words each language's readers expect.

    English uses million / billion / trillion; Chinese counts in units of 10**4,
    10**8 and 10**12, whose words differ between Taiwan and mainland usage. The
    words come from the string tables (``num.*``), so 545e9 reads "545 billion" in
    English and "5,450" hundred-millions in Chinese.

    From 10,000 up, every language shows :data:`AMOUNT_SIG` significant figures, so the
    two read the same precision: 27.25e9 is "27.3 billion" and "273" hundred-millions
    (not "27.2 billion" beside "272.5"). Smaller sums keep ``decimals`` below 100
    (0.046 dollars a GPU-hour) and are whole units from 100 to 10,000.
    """
    t = translator(lang)
    if lang == "en":
        scales = ((1e12, "num.trillion"), (1e9, "num.billion"), (1e6, "num.million"))
    else:
        scales = ((1e12, "num.trillion"), (1e8, "num.hundred_million"), (1e4, "num.ten_thousand"))
    for size, key in scales:
        if abs(value) >= size:
            return t(key, v=significant(value / size))
    if abs(value) >= 1e4:
        return significant(value)
    return format_number(value, decimals if abs(value) < 100 else 0)


def format_value(
    value: float, unit: str, lang: str, decimals: int = 0, signed: bool = False
) -> str:
    """Format ``value`` in ``unit`` for ``lang`` using the ``unit.<unit>`` template.

    Units: ``pct`` (value is a decimal, 0.15 -> 15%), ``pp`` (percentage points),
    ``bp`` (basis points), ``usd`` and ``jpy`` (amounts, scaled by :func:`format_amount`),
    ``year`` (a calendar year, no thousands separator), and
    quote units such as ``jpy_per_usd``; the template decides the words around it.
    A unit with a ``unit.<unit>_one`` template (``years``, ``months``) uses it when the
    number reads exactly 1 (with or without a sign): "1 year", "-1 percentage point",
    "2 years", "1.5 years".
    """
    t = translator(lang)
    if unit == "pct":
        number = format_number(value * 100, decimals, signed=signed)
    elif unit in ("usd", "jpy"):
        number = format_amount(value, lang, decimals)
    elif unit == "year":
        number = str(int(value))  # 2012, never "2,012"
    else:
        number = format_number(value, decimals, signed=signed)
    if number.lstrip("+-\u2212") == "1" and t.has(f"unit.{unit}_one"):
        return t(f"unit.{unit}_one", v=number)
    return t(f"unit.{unit}", v=number)


_NUMBER = re.compile(r"[\u2212+-]?\d[\d,]*(?:\.\d+)?")


def compact_range(low: str, high: str) -> str | None:
    """Two formatted amounts in the same words as one range, or None if they differ.

    >>> compact_range("US$54.7 million", "US$68.3 million")
    'US$54.7\u201368.3 million'
    >>> compact_range("US$950 million", "US$1.2 billion") is None
    True
    """
    a, b = _NUMBER.search(low), _NUMBER.search(high)
    if not a or not b or low[: a.start()] != high[: b.start()] or low[a.end() :] != high[b.end() :]:
        return None
    return f"{low[: a.end()]}\u2013{b.group()}{high[b.end() :]}"


def format_date(iso: str, lang: str) -> str:
    """An ISO date (``2025-12-12``, or ``2025-12`` for a month) in the reader's style."""
    t = translator(lang)
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        d = date(*parts)
        return t("date.day", y=d.year, m=d.month, d=d.day, mon=t(f"date.month.{d.month}"))
    if len(parts) == 2:
        return t("date.month_only", y=parts[0], m=parts[1], mon=t(f"date.month.{parts[1]}"))
    return str(parts[0])


# ---------------------------------------------------------------------------
# Facts and sources
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Fact:
    """One sourced number. ``kind`` is reported, argument or assumption."""

    key: str
    value: float
    unit: str
    as_of: str
    kind: str
    article: str
    decimals: int
    primary: str | None
    label_en: str
    label_zh: str
    note_en: str
    note_zh: str

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else localise(self.label_zh, lang)

    def note(self, lang: str) -> str:
        """The caveat in ``lang``; ``{label:key}`` in it becomes that fact's label, quoted."""
        return fill(self.note_en if lang == "en" else localise(self.note_zh, lang), lang)


@lru_cache(maxsize=1)
def facts() -> dict[str, Fact]:
    """Every fact in ``facts.toml``, keyed by name."""
    raw = load_toml("facts.toml")
    out = {}
    for key, f in raw.get("fact", {}).items():
        out[key] = Fact(
            key=key,
            value=float(f["value"]),
            unit=f["unit"],
            as_of=str(f["as_of"]),
            kind=f["kind"],
            article=f["article"],
            decimals=int(f.get("decimals", 0)),
            primary=f.get("primary") or None,
            label_en=f["label_en"],
            label_zh=f["label_zh"],
            note_en=f.get("note_en", ""),
            note_zh=f.get("note_zh", ""),
        )
    return out


def fact(key: str) -> Fact:
    try:
        return facts()[key]
    except KeyError:
        raise ContentError(f"No fact {key!r} in facts.toml.") from None


def fact_value(key: str) -> float:
    """The raw value of a fact, in its stored unit (what a slider default needs)."""
    return fact(key).value


def format_fact(key: str, lang: str) -> str:
    f = fact(key)
    return format_value(f.value, f.unit, lang, f.decimals)


def articles() -> dict[str, dict]:
    return load_toml("facts.toml").get("article", {})


def article_words(key: str, lang: str) -> dict[str, str]:
    """How a page names a source article in ``lang``: ``outlet``, ``title`` (the original
    Chinese title for Chinese readers, the English one otherwise) and ``date``.

    Chinese words are localised like all other text, so a Simplified page shows the
    outlet and the title in Simplified characters.
    """
    a = articles()[key]
    if lang == "en":
        outlet, title = a["outlet_en"], a["title_en"]
    else:
        outlet = localise(a["outlet_zh"], lang)
        title = localise(a.get("title_orig") or a.get("title_zh", ""), lang)
    return {"outlet": outlet, "title": title, "date": format_date(a["published"], lang)}


_BIB_ENTRY = re.compile(r"@(\w+)\{(\w+),(.*?)\n\}", re.S)
_BIB_FIELD = re.compile(r"(\w+)\s*=\s*\{(.*?)\},?\s*$", re.M)


@lru_cache(maxsize=1)
def references() -> dict[str, dict[str, str]]:
    """Entries of ``content/references.bib`` (the plain BibTeX subset it uses)."""
    text = (CONTENT_DIR / "references.bib").read_text(encoding="utf-8")
    out = {}
    for kind, key, body in _BIB_ENTRY.findall(text):
        out[key] = {"kind": kind, **dict(_BIB_FIELD.findall(body))}
    return out


def _authors(field: str) -> str:
    names = [n.strip() for n in field.split(" and ")]
    shown = [names[0]] + [" ".join(reversed(n.split(", "))) for n in names[1:]]
    if len(shown) == 1:
        return shown[0]
    if len(shown) == 2 and ", " not in names[0]:  # two organisations: "A and B"
        return f"{shown[0]} and {shown[1]}"
    return ", ".join(shown[:-1]) + ", and " + shown[-1]


def format_citation(key: str) -> str:
    """A reference-list citation (Chicago author-date) for a ``references.bib`` entry.

    >>> format_citation("dtv2018")[:40]
    'Du, Wenxin, Alexander Tepper, and Adrien'
    """
    e = references()[key]
    head = f"{_authors(e['author'])} ({e['year']}). \u201c{e['title']}.\u201d"
    if e["kind"] == "article":
        return (
            f"{head} {e['journal']} {e['volume']} ({e['number']}): {e['pages'].replace('--', '-')}."
        )
    if e["kind"] == "misc":  # guidelines, data releases: who published it, where and when
        return f"{head} {e['howpublished']}." if e.get("howpublished") else head
    return f"{head} {e['type']} {e['number']}. {e['address']}: {e['institution']}."


def short_citation(key: str) -> str:
    """Author-year form for tables: "Du, Keerati & Schreger (2025)".

    >>> short_citation("dtv2018")
    'Du, Tepper & Verdelhan (2018)'
    """
    e = references()[key]
    surnames = [n.split(",")[0].strip() for n in e["author"].split(" and ")]
    if len(surnames) > 3:
        names = f"{surnames[0]} et al."
    elif len(surnames) > 1:
        names = ", ".join(surnames[:-1]) + " & " + surnames[-1]
    else:
        names = surnames[0]
    return f"{names} ({e['year']})"


@lru_cache(maxsize=1)
def primaries() -> dict[str, dict]:
    """``[primary.*]`` from facts.toml, each with its formatted ``citation``, its ``short``
    form, and its public addresses (``url``, ``doi``) from the BibTeX entry."""
    raw = load_toml("facts.toml").get("primary", {})
    out = {}
    for k, v in raw.items():
        e = references()[v["bib"]]
        out[k] = {
            **v,
            "citation": format_citation(v["bib"]),
            "short": short_citation(v["bib"]),
            "url": e.get("url", ""),
            "doi": e.get("doi", ""),
        }
    return out


def primary_short(key: str, lang: str) -> str:
    """A primary source's short form for ``lang``: ``short_zh`` (localised) where the
    authors are institutions with Chinese names, else the author-year form."""
    p = primaries()[key]
    if lang != "en" and p.get("short_zh"):
        return localise(p["short_zh"], lang)
    return p["short"]


DOI_RESOLVER = "https://doi.org/"


def primary_links(key: str, lang: str) -> list[tuple[str, str]]:
    """``(words, address)`` for each public address of a primary source: its page
    (``url``, with ``url_en`` / ``url_zh`` as the words) and its DOI."""
    p = primaries()[key]
    links = []
    if p.get("url"):
        links.append((localised_field(p, "url", lang) or p["url"], p["url"]))
    if p.get("doi"):
        links.append((translator(lang)("sources.doi", doi=p["doi"]), DOI_RESOLVER + p["doi"]))
    return links


def fact_url(key: str) -> str:
    """The public address a fact links to: its own ``url`` if facts.toml gives one, else
    the first address of its primary source, else ``""``."""
    own = load_toml("facts.toml")["fact"][key].get("url", "")
    f = fact(key)
    if own or not f.primary:
        return own
    links = primary_links(f.primary, "en")
    return links[0][1] if links else ""


def localised_field(entry: dict, field: str, lang: str) -> str:
    """``entry[field_en]`` or the Chinese ``entry[field_zh]`` localised to ``lang``."""
    if lang == "en":
        return entry.get(f"{field}_en", "")
    return localise(entry.get(f"{field}_zh", ""), lang)


# ---------------------------------------------------------------------------
# Narrative
# ---------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{(fact|asof|kind|str|label|calc):([A-Za-z0-9_.\-]+)\}")
_EXPLAINER_TAG = re.compile(r"\{kind:explainer\} ?")


def fill(text: str, lang: str) -> str:
    """Resolve placeholders in narrative text.

    ``{fact:key}`` the formatted value, ``{asof:key}`` its as-of date,
    ``{kind:reported|argument|assumption}`` the marker for that kind of statement,
    ``{label:key}`` a fact's label in quotation marks (how a note names another figure),
    ``{str:key}`` a UI string, ``{calc:<example>.<figure>}`` a figure of a worked example
    computed from facts (lib/worked.py). ``{kind:explainer}``, which opens a paragraph
    in the app's own voice, shows as nothing. An unknown key raises
    :class:`ContentError`, so a typo fails the content tests instead of reaching a learner.
    """
    t = translator(lang)

    def sub(match: re.Match) -> str:
        what, key = match.groups()
        if what == "fact":
            return format_fact(key, lang)
        if what == "calc":
            from lib import worked  # worked imports the models, which import this module

            return worked.words(key, lang)
        if what == "asof":
            return format_date(fact(key).as_of, lang)
        if what == "label":
            return t("punct.quote", v=fact(key).label(lang))
        if what == "kind":
            if key not in KINDS:
                raise ContentError(f"Unknown statement kind {key!r}.")
            return t(f"kind.{key}.badge")
        return t(key)

    return _PLACEHOLDER.sub(sub, _EXPLAINER_TAG.sub("", text))


def fact_keys(*texts: str) -> list[str]:
    """The facts that ``{fact:...}``, ``{asof:...}`` and ``{calc:...}`` placeholders in
    ``texts`` name (a worked example names the facts it reads).

    >>> fact_keys("since {fact:ust5y_cy_negative_since}", "{asof:krw_intraday_low}")
    ['ust5y_cy_negative_since', 'krw_intraday_low']
    """
    keys: list[str] = []
    for text in texts:
        for what, key in placeholders(text):
            if what in ("fact", "asof"):
                keys.append(key)
            elif what == "calc":
                from lib import worked

                keys.extend(worked.facts_of(key))
    return list(dict.fromkeys(keys))


_MARKER = re.compile(r"\{kind:(\w+)\}")


def paragraphs(text: str) -> list[tuple[str | None, str]]:
    """The paragraphs of a narrative file (blocks between blank lines), each with the
    kind its opening tag names (``None`` when it opens with none). A list continues the
    paragraph before it and takes its kind.

    >>> paragraphs("{kind:argument} It lists:\\n\\n- a\\n- b\\n\\nPlain.")
    [('argument', '{kind:argument} It lists:'), ('argument', '- a\\n- b'), (None, 'Plain.')]
    """
    out: list[tuple[str | None, str]] = []
    for block in re.split(r"\n[ \t]*\n", text.strip()):
        block = block.strip()
        if not block:
            continue
        if block.startswith("- ") and out:
            out.append((out[-1][0], block))
            continue
        m = _MARKER.match(block)
        out.append((m.group(1) if m else None, block))
    return out


def placeholders(text: str) -> list[tuple[str, str]]:
    """All ``(what, key)`` placeholders in ``text`` (for the content tests)."""
    return _PLACEHOLDER.findall(text)


def section_path(page: str, section: str, lang: str) -> Path:
    return CONTENT_DIR / WRITTEN_IN[lang] / page / f"{section}.md"


@lru_cache(maxsize=32)
def section_fact_keys(page: str, sections: tuple[str, ...]) -> tuple[str, ...]:
    """The facts the narrative ``sections`` of ``page`` quote (read once per process;
    both languages carry the same placeholders, a content test checks it)."""
    raw = [section_path(page, s, "en").read_text(encoding="utf-8") for s in sections]
    return tuple(fact_keys(*raw))


@lru_cache(maxsize=256)
def section(page: str, name: str, lang: str) -> str:
    """The narrative section ``content/<lang>/<page>/<name>.md``, filled and localised."""
    path = section_path(page, name, lang)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError(f"Missing narrative section {path}.") from None
    return fill(localise(raw, lang), lang)


# ---------------------------------------------------------------------------
# Glossary and quizzes
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    id: str
    term: str  # in the reader's language
    en: str
    zh: str
    abbr: str
    aka: tuple[str, ...]  # other Chinese names, localised
    definition: str
    pages: tuple[str, ...]


def _other_names(name: str, names: Iterable[str]) -> tuple[str, ...]:
    """``names`` without repeats and without ``name``: once converted to Simplified, a
    Taiwan term and the mainland name listed beside it can be the same word.

    >>> _other_names("b", ["a", "b", "a", "c"])
    ('a', 'c')
    """
    return tuple(n for n in dict.fromkeys(names) if n != name)


@lru_cache(maxsize=4)
def glossary(lang: str) -> tuple[Term, ...]:
    """Glossary terms, sorted by the English term, in ``lang``."""
    terms = []
    for raw in load_toml("glossary.toml")["term"]:
        zh = localise(raw["zh"], lang) if lang != "en" else raw["zh"]
        terms.append(
            Term(
                id=raw["id"],
                term=raw["en"] if lang == "en" else zh,
                en=raw["en"],
                zh=zh,
                abbr=raw.get("abbr", ""),
                aka=_other_names(zh, (localise(a, lang) for a in raw.get("aka_zh", ()))),
                definition=raw["def_en"] if lang == "en" else localise(raw["def_zh"], lang),
                pages=tuple(raw.get("pages", ())),
            )
        )
    return tuple(sorted(terms, key=lambda x: x.en.lower()))


def search_glossary(terms: tuple[Term, ...], query: str) -> list[Term]:
    """Terms whose English or Chinese name, abbreviation or definition contain ``query``.

    Case-insensitive; an empty query returns every term. Simplified and Traditional
    spellings are both matched because the terms are localised before searching and
    the query is compared with the English name as well.
    """
    q = (query or "").strip().lower()
    if not q:
        return list(terms)
    hits = []
    for term in terms:
        hay = " ".join((term.en, term.zh, term.abbr, *term.aka, term.definition)).lower()
        if q in hay or to_hans(q) in to_hans(hay):
            hits.append(term)
    return hits


#: The letters a question's options are shown with, in order: the same in every language,
#: so a teacher can say "option B" to a class reading in English and in Chinese.
QUIZ_LETTERS = "ABCD"


@dataclass(frozen=True)
class Quiz:
    """One question, its options in the order they are shown (see :func:`quiz_order`).

    ``options[i]`` and ``feedback[i]`` belong together and are shown with letter
    ``QUIZ_LETTERS[i]``; ``answer`` is the shown index of the one option marked
    ``correct`` in ``quizzes.toml``; ``order[i]`` is that option's index in the file.
    """

    id: str
    page: str
    question: str
    options: tuple[str, ...]
    feedback: tuple[str, ...]
    answer: int
    order: tuple[int, ...] = ()

    @property
    def correct(self) -> tuple[bool, ...]:
        """One flag per shown option: True for the right answer."""
        return tuple(i == self.answer for i in range(len(self.options)))


def quiz_order(quiz_id: str, n: int) -> tuple[int, ...]:
    """The order a question's ``n`` options are shown in, as indices into its file list.

    Each option is ranked by the SHA-256 digest of ``"<quiz id>:<file index>"``. The
    order therefore depends on the question's id alone: the same on every rerun, in every
    session and every Python process (the built-in ``hash`` is salted per process, so it
    is not used) and in every language. Where the right answer sits in the file does not
    tell a learner where it is shown; moving it in the file moves it on screen.

    >>> quiz_order("example", 4)
    (2, 0, 1, 3)
    """

    def rank(i: int) -> str:
        return hashlib.sha256(f"{quiz_id}:{i}".encode()).hexdigest()

    return tuple(sorted(range(n), key=rank))


@lru_cache(maxsize=4)
def quizzes(lang: str) -> tuple[Quiz, ...]:
    """Every quiz question in ``lang``, options shuffled by :func:`quiz_order`; each
    option carries its own feedback."""
    out = []
    suffix = "en" if lang == "en" else "zh"
    for raw in load_toml("quizzes.toml")["quiz"]:
        opts = raw["option"]
        order = quiz_order(raw["id"], len(opts))
        shown = [opts[i] for i in order]
        out.append(
            Quiz(
                id=raw["id"],
                page=raw["page"],
                question=localise(raw[f"q_{suffix}"], lang),
                options=tuple(localise(o[f"text_{suffix}"], lang) for o in shown),
                feedback=tuple(localise(o[f"feedback_{suffix}"], lang) for o in shown),
                answer=next(i for i, o in enumerate(shown) if o.get("correct")),
                order=order,
            )
        )
    return tuple(out)


# ---------------------------------------------------------------------------
# Stress episodes (convenience-yield page)
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Episode:
    """One episode of the stress explorer: ``rows`` are (series, direction, sentence)."""

    key: str
    label: str  # a string key
    rows: tuple[tuple[str, str, str], ...]


@lru_cache(maxsize=8)
def stress_episodes(lang: str) -> tuple[Episode, ...]:
    """The episodes of ``content/stress.toml`` with their sentences in ``lang``."""
    raw = load_toml("stress.toml")
    suffix = "en" if lang == "en" else "zh"
    out = []
    for key, ep in raw["episode"].items():
        rows = tuple((s, ep[s], localise(ep[f"{s}_{suffix}"], lang)) for s in raw["series"])
        out.append(Episode(key=key, label=ep["label"], rows=rows))
    return tuple(out)


# ---------------------------------------------------------------------------
# Tables as text
# ---------------------------------------------------------------------------


def _cell(value: object) -> str:
    return str(value).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def markdown_table(columns: list[str], rows: list[list[object]]) -> str:
    """A Markdown table: static, wraps long text, and needs no table code in the browser.

    A ``|`` or a line break in a cell cannot break the table:

    >>> print(markdown_table(["a", "b"], [[1, "x|y"]]))
    | a | b |
    |---|---|
    | 1 | x\\|y |
    """
    head = "| " + " | ".join(_cell(c) for c in columns) + " |"
    rule = "|" + "---|" * len(columns)
    body = ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return "\n".join([head, rule, *body])


def markdown_link(words: str, url: str) -> str:
    """A Markdown link to a public ``https`` address from content, its words escaped.

    Only content supplies ``url`` (never a URL parameter or a widget); still, anything
    but a plain ``https://host/...`` address raises :class:`ContentError`, and brackets
    in it are percent-encoded so the link cannot end early.

    >>> print(markdown_link("DOI 10.1/x", "https://doi.org/10.1/x"))
    [DOI 10\\.1\\/x](https://doi.org/10.1/x)
    """
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.netloc or re.search(r"[\s<>\\\"'`]", url):
        raise ContentError(f"Not a public https address: {url!r}.")
    safe = url.replace("(", "%28").replace(")", "%29").replace("[", "%5B").replace("]", "%5D")
    return f"[{escape_markdown(words)}]({safe})"


_MD_SPECIAL = re.compile(r"([!-/:-@\[-`{-~])")  # every ASCII punctuation character


def escape_markdown(text: str) -> str:
    """``text`` shown as itself inside Markdown: every ASCII punctuation character, which
    Markdown, HTML or Streamlit's directives (``:red[..]``, ``:material/x:``) could read,
    is backslash-escaped (CommonMark allows that for all of them), and line breaks
    become spaces. For a value from a URL, a widget or a file echoed into a message.

    >>> print(escape_markdown("[x](e) :red[y]"))
    \\[x\\]\\(e\\) \\:red\\[y\\]
    """
    return _MD_SPECIAL.sub(r"\\\1", text.replace("\r", " ").replace("\n", " "))
