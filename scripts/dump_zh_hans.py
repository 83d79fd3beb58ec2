"""Print every Simplified Chinese text Dollar Lab can show, each under the place it
comes from (string key, section file, glossary term, quiz, fact, article, stress episode,
exercise).

Simplified text is generated from the Traditional text (lib/i18n.py), so this is the
only way to read it all at once. Usage, from the repository root:

    python3 scripts/dump_zh_hans.py                 # everything
    python3 scripts/dump_zh_hans.py section:        # only places starting with a prefix
    python3 scripts/dump_zh_hans.py --wrong         # only occurrences of the wrong forms
                                                    # in content/zh-Hans.wrong-forms.toml
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lib.exercises import learner_texts as exercise_texts
from lib.hans_text import LANG, find_wrong, hans_texts, wrong_forms


def main(argv: list[str]) -> int:
    wrong = "--wrong" in argv
    prefixes = [a for a in argv if not a.startswith("--")]
    everything = hans_texts() + exercise_texts(LANG)
    texts = [(w, t) for w, t in everything if not prefixes or w.startswith(tuple(prefixes))]
    if wrong:
        hits = find_wrong(texts, wrong_forms())
        for where, form, why, context in hits:
            print(f"{where}: {form} ({why}) ... {context} ...")
        return 1 if hits else 0
    for where, text in texts:
        print(f"== {where}")
        print(text.rstrip("\n"))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
