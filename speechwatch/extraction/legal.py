"""Legal bases cited in narrative: (code, article, part) triples (methodology §5).

Handles "Part 2 of Article 158 of the Criminal Code", "Article 456-2 of the Administrative Code",
"article 274 of Criminal Code", "Articles 182, 258 and 405 of the Criminal Code", "under Article 174"
(code inferred from the codebook when only one code has that article), "ч. 2 ст. 274 УК РК",
"статьи 456-2 КоАП". "Penal Code" is the Criminal Code. Code names come from the codebook's aliases
plus the phrasings reports use.
"""

from __future__ import annotations

import re
from functools import cache

from speechwatch.codebook import legal_articles
from speechwatch.extraction.schemas import LegalBasis

_ART = r"\d{1,3}(?:[-‑–]\d{1,2})?"
_EN = re.compile(
    rf"(?:\b(?:[Pp]art|[Pp]aragraph|p\.)\s+(?P<part1>\d{{1,2}})\s+of\s+(?:the\s+)?)?"
    rf"\b[Aa]rt(?:icle|icles|\.)\s*(?P<arts>{_ART}(?:\s*\([^)]{{0,160}}\))?(?:\s*(?:,|and|&)\s*{_ART}(?:\s*\([^)]{{0,160}}\))?)*)"
    rf"(?:,?\s+(?:[Pp]art|paragraph)\s+(?P<part2>\d{{1,2}}))?"
)
_RU = re.compile(
    rf"(?:\b(?:ч\.|част[ьиюей]+)\s*(?P<part1>\d{{1,2}})\s+)?"
    rf"\b(?:ст\.|стать[яиеюей]+|статей)\s*(?P<arts>{_ART}(?:\s*(?:,|и)\s*{_ART})*)"
    rf"(?:\s+(?:ч\.|част[ьиюей]+)\s*(?P<part2>\d{{1,2}}))?",
    re.IGNORECASE,
)
_NUM = re.compile(_ART)
_PAREN = re.compile(r"\([^)]*\)")


@cache
def _code_patterns() -> list[tuple[re.Pattern[str], str]]:
    codes, _ = legal_articles()
    extra = {
        "CC": [r"(?:criminal|penal)\s+code", r"\bУК\b", r"уголовн\w*\s+кодекс\w*"],
        "AC": [r"administrative\s+(?:offen[cs]es\s+)?code",
               r"code\s+(?:of|on)\s+(?:the\s+republic\s+of\s+kazakhstan\s+on\s+)?administrative\s+offen[cs]es",
               r"\bКоАП\b", r"кодекс\w*\s+(?:рк\s+)?об\s+административн"],
        "CivC": [r"civil\s+code", r"\bГК\b", r"гражданск\w*\s+кодекс\w*"],
    }
    out = []
    for code, data in codes.items():
        alts = [re.escape(a) for a in data.get("aliases", []) if len(a) > 3] + extra.get(code, [])
        out.append((re.compile("|".join(alts), re.IGNORECASE), code))
    return out


def _code_near(text: str, start: int, end: int) -> str | None:
    """The code named right after an article reference (or, failing that, just before it)."""
    after = text[end:end + 120]
    best: tuple[int, str] | None = None
    for pat, code in _code_patterns():
        m = pat.search(after)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), code)
    if best is not None and best[0] < 80:
        return best[1]
    before = text[max(0, start - 60):start]
    for pat, code in _code_patterns():
        if pat.search(before):
            return code
    return None


def _infer_code(article: str) -> str | None:
    _, arts = legal_articles()
    codes = {code for (code, art) in arts if art == article}
    return codes.pop() if len(codes) == 1 else None


def find_legal_bases(text: str) -> list[LegalBasis]:
    """Every (code, article, part) cited in `text`, deduplicated in order of first mention."""
    found: list[LegalBasis] = []
    seen: set[tuple[str, str, str | None]] = set()
    for rx in (_EN, _RU):
        for m in rx.finditer(text):
            arts_text = _PAREN.sub(" ", m.group("arts"))
            articles = [a.replace("‑", "-").replace("–", "-") for a in _NUM.findall(arts_text)]
            part = m.group("part1") or m.group("part2")
            code = _code_near(text, m.start(), m.end())
            for i, art in enumerate(articles):
                c = code or _infer_code(art)
                if c is None:
                    continue
                key = (c, art, part if i == 0 else None)
                if key in seen:
                    continue
                seen.add(key)
                found.append(LegalBasis(code=c, article=art, part=key[2]))
    return found
