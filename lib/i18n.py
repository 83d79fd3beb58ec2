"""Language codes, resolution from URLs and browser locales, and Simplified conversion.

Three languages: ``en`` and ``zh-Hant`` are written by the project; ``zh-Hans`` is
generated from ``zh-Hant`` with OpenCC's ``tw2sp`` configuration (Taiwan
Traditional to mainland Simplified, including vocabulary: the Taiwan words for
'data' and 'Nvidia' become the mainland ones), then corrected by the project's phrase
table (content/zh-Hans.phrases.toml) and given mainland quotation marks.
Nothing here imports Streamlit.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

LANGS: tuple[str, ...] = ("en", "zh-Hant", "zh-Hans")
DEFAULT_LANG = "en"

#: Latin text is set in the face Streamlit 1.67 bundles ("Source Sans"); Chinese in the
#: CJK face of the reader's script, so Simplified text gets mainland glyph shapes (SC)
#: and Traditional the Taiwan ones (TC). Debian's fonts-noto-cjk, then macOS, Windows.
LATIN_FONT = '"Source Sans"'
CJK_FONTS: dict[str, str] = {
    "zh-Hant": '"Noto Sans CJK TC", "Noto Sans TC", "PingFang TC", "Microsoft JhengHei"',
    "zh-Hans": '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei"',
}
CJK_FONTS["en"] = CJK_FONTS["zh-Hant"]  # English pages show Chinese only in names


def cjk_fonts(lang: str) -> str:
    """The CJK part of ``lang``'s font stack (the page's ``--dollar-lab-cjk``)."""
    return CJK_FONTS.get(lang, CJK_FONTS[DEFAULT_LANG])


def font_stack(lang: str) -> str:
    """The CSS font-family list for text in ``lang``.

    >>> font_stack("zh-Hans").split(", ")[:2]
    ['"Source Sans"', '"Noto Sans CJK SC"']
    """
    return f"{LATIN_FONT}, {cjk_fonts(lang)}, sans-serif"


#: The folder and table each language's text is written in.
WRITTEN_IN: dict[str, str] = {"en": "en", "zh-Hant": "zh-Hant", "zh-Hans": "zh-Hant"}

# Lower-cased spellings a course link or a browser may use, mapped to our codes.
_ALIASES: dict[str, str] = {
    "en": "en",
    "eng": "en",
    "english": "en",
    "zh-hant": "zh-Hant",
    "zh_hant": "zh-Hant",
    "zh-tw": "zh-Hant",
    "zh_tw": "zh-Hant",
    "zh-hk": "zh-Hant",
    "zh-mo": "zh-Hant",
    "zht": "zh-Hant",
    "tw": "zh-Hant",
    "zh-hans": "zh-Hans",
    "zh_hans": "zh-Hans",
    "zh-cn": "zh-Hans",
    "zh_cn": "zh-Hans",
    "zh-sg": "zh-Hans",
    "zh-my": "zh-Hans",
    "zhs": "zh-Hans",
    "cn": "zh-Hans",
    "zh": "zh-Hans",
}


def normalise_lang(value: object) -> str | None:
    """Map a language code as typed in a link to one of :data:`LANGS`, or ``None``.

    Case and ``_`` versus ``-`` do not matter; region tags are understood
    (``zh-TW`` -> ``zh-Hant``, ``zh-CN`` -> ``zh-Hans``).

    >>> normalise_lang("zh-hant"), normalise_lang("ZH_TW"), normalise_lang("fr")
    ('zh-Hant', 'zh-Hant', None)
    """
    if not isinstance(value, str):
        return None
    key = value.strip().lower()
    if key in _ALIASES:
        return _ALIASES[key]
    # Script subtags win over regions: zh-Hant-CN is Traditional.
    if key.startswith("zh"):
        if "hant" in key:
            return "zh-Hant"
        if "hans" in key:
            return "zh-Hans"
    return None


def lang_from_locale(locale: str | None) -> str:
    """The default language for a browser locale (``st.context.locale``).

    zh-TW, zh-HK, zh-MO and any zh-Hant tag give ``zh-Hant``; zh-CN, zh-SG and any
    zh-Hans tag give ``zh-Hans``; a bare ``zh`` gives ``zh-Hans``; anything else,
    including no locale at all, gives English.

    >>> lang_from_locale("zh-TW"), lang_from_locale("zh-CN"), lang_from_locale("de-DE")
    ('zh-Hant', 'zh-Hans', 'en')
    """
    if not locale:
        return DEFAULT_LANG
    code = normalise_lang(locale)
    if code is None and locale.lower().startswith("en"):
        code = "en"
    return code or DEFAULT_LANG


@lru_cache(maxsize=1)
def _converter():
    import opencc  # imported lazily: only Simplified Chinese needs it

    return opencc.OpenCC("tw2sp")


PHRASES_FILE = Path(__file__).resolve().parent.parent / "content" / "zh-Hans.phrases.toml"


@lru_cache(maxsize=1)
def _phrases() -> tuple[dict[str, str], re.Pattern[str] | None]:
    """Project corrections applied after OpenCC (content/zh-Hans.phrases.toml): the
    table, and one pattern matching any key, longer keys tried first."""
    with open(PHRASES_FILE, "rb") as fh:
        table = tomllib.load(fh)["phrases"]
    keys = sorted(table, key=lambda k: (-len(k), k))
    pattern = re.compile("|".join(map(re.escape, keys))) if keys else None
    return table, pattern


#: Taiwan punctuation to the marks mainland text uses (GB/T 15834): corner brackets
#: U+300C/U+300D become quotation marks U+201C/U+201D and the inner U+300E/U+300F become
#: U+2018/U+2019; the single angle brackets U+3008/U+3009 around an article's title
#: become the double ones U+300A/U+300B, which mainland text uses for every title.
QUOTES = str.maketrans(
    "\u300c\u300d\u300e\u300f\u3008\u3009", "\u201c\u201d\u2018\u2019\u300a\u300b"
)


def apply_phrases(text: str) -> str:
    """Replace every phrase-table key in ``text`` (OpenCC's Simplified output) by its
    mainland form, in one pass from the left.

    At each position the longest key that matches wins, and replaced text is not
    scanned again: so a longer key overrides a shorter one inside it, and a key mapped
    to itself keeps a phrase away from the shorter keys it contains.
    """
    table, pattern = _phrases()
    return pattern.sub(lambda m: table[m.group()], text) if pattern else text


@lru_cache(maxsize=4096)
def to_hans(text: str) -> str:
    """Convert Taiwan Traditional Chinese text to mainland Simplified.

    Three steps: OpenCC ``tw2sp`` (phrase-level, so vocabulary changes too:
    'software', 'data'); the project phrase table (:func:`apply_phrases`), which fixes
    the words tw2sp leaves in Taiwan form or gets wrong; then the punctuation
    (:data:`QUOTES`): mainland text quotes with curly quotation marks, not corner
    brackets, and marks every title with double angle brackets. Results are cached:
    the same string is converted once per process.

    >>> to_hans("\u300c\u4e00\u300e\u4e8c\u300f\u300d")
    '\u201c\u4e00\u2018\u4e8c\u2019\u201d'
    """
    if not text:
        return text
    return apply_phrases(_converter().convert(text)).translate(QUOTES)


def localise(text: str, lang: str) -> str:
    """Return ``text`` (written in ``WRITTEN_IN[lang]``) in ``lang``."""
    return to_hans(text) if lang == "zh-Hans" else text
