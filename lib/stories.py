"""What each story page says about its sources, in the reader's language. Pure.

The source line under a story's title names the documents its figures come from;
their titles, outlets and dates live in ``content/facts.toml`` (``[article.*]``) and
the paper in ``content/references.bib``.
"""

from __future__ import annotations

from lib import content


def source_line(page: str, lang: str) -> str:
    """The line under a story page's title naming its sources."""
    t = content.translator(lang)
    if page == "convenience-yield":
        words = content.article_words("cy_column", lang)
        return t(
            "cy.source",
            paper=content.format_citation("dks2025"),
            column=words["title"],
            outlet=words["outlet"],
            date=words["date"],
        )
    if page == "ai-dollar":
        first = content.article_words("ai_dollar_origins", lang)
        second = content.article_words("ai_dollar_gulf", lang)
        return t(
            "ai.source",
            outlet=first["outlet"],
            date=first["date"],
            first=first["title"],
            second=second["title"],
        )
    article = {"krw-defence": "krw", "asset-divergence": "divergence"}[page]
    prefix = {"krw-defence": "krw", "asset-divergence": "div"}[page]
    return t(f"{prefix}.source", **content.article_words(article, lang))
