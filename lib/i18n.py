"""Language codes, resolution from URLs and browser locales, and Simplified conversion.

Three languages: ``en`` and ``zh-Hant`` are written by the project; ``zh-Hans`` is
generated from ``zh-Hant`` with OpenCC's ``tw2sp`` configuration (Taiwan
Traditional to mainland Simplified, including vocabulary: the Taiwan words for
'data' and 'Nvidia' become the mainland ones).
Nothing here imports Streamlit.
"""

from __future__ import annotations

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
def _phrases() -> tuple[tuple[str, str], ...]:
    """Project corrections applied after OpenCC, longest first (content/zh-Hans.phrases.toml)."""
    with open(PHRASES_FILE, "rb") as fh:
        table = tomllib.load(fh)["phrases"]
    return tuple(sorted(table.items(), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=4096)
def to_hans(text: str) -> str:
    """Convert Taiwan Traditional Chinese text to mainland Simplified (OpenCC tw2sp).

    Conversion is phrase-level, so vocabulary changes too ('software'); a short
    project table then fixes the few words tw2sp leaves in Taiwan form. Results are
    cached: the same string is converted once per process.
    """
    if not text:
        return text
    out = _converter().convert(text)
    for old, new in _phrases():
        out = out.replace(old, new)
    return out


def localise(text: str, lang: str) -> str:
    """Return ``text`` (written in ``WRITTEN_IN[lang]``) in ``lang``."""
    return to_hans(text) if lang == "zh-Hans" else text
