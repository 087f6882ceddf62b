"""Split a report's narrative into incident segments (character spans into the normalised text).

Monitoring reports mark incidents in a handful of ways, often mixed in one document:
bullets ("- ...", "· ..."), dated paragraphs ("April 24: ...", "On December 4, ..."), headed case
sections (a short title line followed by paragraphs) and lists after "Also in April:". Summary
statistics, the publisher's boilerplate and the preamble before the first incident are not incidents.

The segmenter classifies each line, then walks them with a small state machine. Layout cues come from
`data/segment_cues.json`. One structural signal is learnt per document: the usual number of blank
lines between paragraphs. A gap wider than usual is a "strong break" that ends a bullet item.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from speechwatch.extraction.dates import DATE_START, find_dates
from speechwatch.extraction.document import BULLET_CHAR, BULLET_MARKS, OPT_BULLET, is_table_row
from speechwatch.extraction.months import EN_MONTH, KK_MONTH, RU_MONTH
from speechwatch.extraction.schemas import Period

_DATA = Path(__file__).parent / "data" / "segment_cues.json"
# Bullet markers; "*" only with a space after it (so markdown **bold** is not a bullet); "1. " numbers
# count as bullets only before a sentence-length item (see _classify).
_BULLET = re.compile(rf"^(?:[{BULLET_MARKS}]+|\*(?=\s))\s*(?=\S)")
_NUMBERED = re.compile(r"^\d{1,2}\.\s+(?=[A-ZА-ЯЁ\"«]|\d{1,2}\s+[^\W\d_]{3,})")  # ("1. 4 ноября …": a day opens it)
_LONE_BULLET = re.compile(r"^" + BULLET_CHAR + r"\s*$")
_LONE_DATE = re.compile(
    r"^\s*(\d{1,2}\s+[A-Za-zА-Яа-яё]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.\d{2}\.\d{4})"
    r"(\s*(г\.|года))?\s*$")
# A line opening with a month alone ("In March …", "В конце марта …", "Наурызда …"): in a list of dated
# stories it is the next story, told without its day
_MONTH_START = re.compile(
    rf"^{OPT_BULLET}(?:(?:In|During|(?:In )?(?:early|late|mid-?)|At the (?:beginning|end) of)\s+(?:{EN_MONTH})\b"
    rf"|(?:В|В начале|В конце|В середине)\s+{RU_MONTH}\b|{KK_MONTH}(?:да|де|та|те)\b|(?i:{KK_MONTH})\s+айында\b)")
_CHAPTER = re.compile(r"^\s*(\d{1,2}|[IVX]{1,5})\.\s+\S")
_COUNT_START = re.compile(r"^\d+\s+\w")
_SPAN_OPENING = re.compile(r"^\W*(?:с|from|between|since)\s+\d{1,2}(?:st|nd|rd|th)?\s+[^\W\d_]+\s+(?:\d{4}\s+)?"
                           r"(?:по|до|to|till|until|and|through)\s+\d{1,2}", re.IGNORECASE)
_HARD_CONTINUATION = re.compile(r"^[\"“„«'‘(\[a-zа-яё]")
_PRONOUN_START = re.compile(r"^(He|She|They|His|Her|Their|Its|It|This|These|Those|Он|Она|Они|Его|Её|Ее|Их|Это|Эти)\b")
_TITLE_END = tuple(".;,:!?…")  # a title may end in a closing quote: Detention of the editor of «X»
_END_PUNCT = tuple(".;,:!?…\"»”'")


@dataclass
class Segment:
    """One incident's extent: `text[start:end]`, the section heading if any, and layout facts."""

    start: int
    end: int
    kind: str  # bullet | case | dated | para
    title: str = ""
    context_category: str | None = None
    dateline: str | None = None
    lines: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class _Line:
    start: int
    end: int
    text: str  # stripped
    gap: int  # blank lines before it
    kind: str = "para"  # blank-free kinds: para bullet stat boiler heading ctx list dateline
    category: str | None = None
    date_start: bool = False
    continuation: bool = False
    ends_colon: bool = False
    background: bool = False  # opens with a date before the report period
    item_start: bool = False  # opens a new story without a date ("As reported earlier, …", "Напомним, …")


@cache
def _cues() -> dict[str, Any]:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    flags = re.IGNORECASE | re.UNICODE

    def any_of(patterns: list[str]) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in patterns), flags)

    return {
        "boiler": any_of(raw["boilerplate"]),
        "stats": any_of(raw["stats_start"]),
        "stat_bullet": re.compile(raw["stat_bullet"], flags),
        "list": any_of(raw["list_heading"]),
        "brief": any_of(raw["brief_lead"]),
        "context": [(re.compile(c["pattern"], flags), c["category"]) for c in raw["context_heading"]],
        "cont": re.compile("|".join(f"(?:{p})" for p in raw["continuation_start"])),
        "follow_up": [re.compile(p, flags) for p in raw["follow_up"]],
        "not_incident": re.compile(raw["not_incident_bullet"]),
        "item_start": any_of(raw.get("item_start", [])) if raw.get("item_start") else None,
    }


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    gap = 0
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        stripped = raw.strip(" \t\u00a0\u200b\ufeff\u3000")
        if not stripped:
            gap += 1
            continue
        lead = len(raw) - len(raw.lstrip(" \t\u00a0\u200b\ufeff\u3000"))
        trail = len(raw) - len(raw.rstrip(" \t\u00a0\u200b\ufeff\u3000"))
        out.append(_Line(start + lead, end - trail, stripped, gap))
        gap = 0
    return out


_TERMINAL = tuple(".!?:;…»\"”)’'")
# "Attacks on journalists – 4", "Threats: 30", "Murders: none": a line of a count list ends a line of
# its own even without a full stop, so it is never the first half of a hard-wrapped sentence; so does a
# table row ("Угрозы | 3 | 11").
_COUNT_END = re.compile(r"[–—:-]\s*(?:\d[\d\s]*|none|нет|жоқ)\s*[;,.]?\s*$|^[^|]*\|[^|]*\|", re.IGNORECASE)
# A report's own title names its year ("… in June 2016", "Август 2021 года"): not a case heading.
_NOTE_START = re.compile(r"^(?:\[\d{1,3}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,3})[.)]?\s+\S")
_GLUED_COUNT = re.compile(r"(?<![\d.,])(\d{1,5})([^\W\d_]{3,})")
_DAY_START = re.compile(r"^\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|"
                        r"ноября|декабря|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|"
                        r"қараша|желтоқсан)", re.IGNORECASE)
_DAY_IN = re.compile(rf"(?<!\d){_DAY_START.pattern[1:]}|\b(?:{EN_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?\b|"
                     rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{EN_MONTH})\b|"
                     # the Kazakh genitive day: "қаңтардың 5-і күні"
                     rf"\b(?:{KK_MONTH})\w*\s+\d{{1,2}}-\w+\s+күні\b",
                     re.IGNORECASE)
_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_WRAP_TAIL = re.compile(r"(?:\b(?:of|the|a|an|and|or|to|in|on|at|by|for|with|from|that|which|who|as|is|was|were|"
                        r"и|в|на|с|по|к|о|от|для|что|не)|[,(\-–])$", re.IGNORECASE)


def _unwrap(lines: list[_Line]) -> list[_Line]:
    """Join hard-wrapped lines (text saved at a fixed width) back into paragraphs.

    A document counts as wrapped when many of its longer lines stop without closing punctuation;
    then any line without it continues on the next one. Elsewhere only unmistakable wraps are joined
    (a line ending in "of" or a comma, or followed by a lowercase start), so headings survive."""
    long_lines = [ln for ln in lines if len(ln.text) >= 40 and not _COUNT_END.search(ln.text)]
    open_ended = sum(1 for ln in long_lines if not ln.text.endswith(_TERMINAL))
    wrapped = len(long_lines) >= 5 and open_ended / len(long_lines) > 0.3
    out: list[_Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if (prev is not None and ln.gap == 0 and not _BULLET.match(ln.text) and not _LONE_BULLET.match(prev.text)
                and not prev.text.endswith(_TERMINAL) and not _COUNT_END.search(prev.text)
                and not DATE_START.match(ln.text)
                and (wrapped or _WRAP_TAIL.search(prev.text) or ln.text[:1].islower())):
            prev.end = ln.end
            prev.text = prev.text + " " + ln.text
            continue
        out.append(ln)
    return out


def _is_upper_heading(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) > 0.8


def _looks_like_title(line: _Line, nxt: _Line | None) -> bool:
    """A case heading: a short line with no closing punctuation, followed by a body paragraph."""
    s = line.text
    words = s.split()
    if not (1 <= len(words) <= 16) or len(s) > 130 or s.endswith(_TITLE_END):
        return False
    if len(words) == 1 and _heading_category(s) in (None, _NO_MATCH):
        return False  # one word heads a story only when it names its kind ("Нападения", "Threats")
    if not (s[0].isupper() or s[0].isdigit()) or nxt is None:
        return False
    if nxt.kind in ("dateline", "bullet"):
        return True
    if nxt.kind not in ("para",) or len(nxt.text) < 60:
        return False
    capitals = sum(1 for w in words if w.lstrip("«\"“„'(")[:1].isupper())
    return capitals >= 2 or (len(words) <= 10 and len(nxt.text) >= 150)


def _is_count_line(body: str, language: str) -> bool:
    """A list line that only counts things ("- 4 attacks;", "- 12 civil lawsuits") and dates nothing."""
    from speechwatch.extraction.not_incident import sentence_kind

    unglued = _GLUED_COUNT.sub(r"\1 \2", body)  # "4attacks" → "4 attacks"
    return len(body) < 120 and sentence_kind(unglued, language) in ("statistic", "absence")


@lru_cache(maxsize=4096)
def _opens_with_statistic(paragraph: str, language: str) -> bool:
    """Whether a paragraph opens as a review's statistics: two of its first three sentences state counts,
    or one of the first two states several ("Из них 139 касаются …, 151 – …"). One count in a story ("the
    court rejected two claims") does not make it statistics."""
    from speechwatch.extraction.document import split_sentences
    from speechwatch.extraction.not_incident import sentence_kind

    sentences = split_sentences(paragraph)
    if len(sentences) > 1 and len(sentences[0].split()) <= 4 and not re.search(r"\d", sentences[0]):
        sentences = sentences[1:]  # "Criminal prosecution. Thirty-four charges …": a run-in heading, then counts
    first = sentences[:3]
    if not any(_counts(s) for s in first):
        return False  # (no count at all: the cheap answer, for most story paragraphs)
    stats = [sentence_kind(s, language) == "statistic" for s in first]
    several = any(is_stat and len(_counts(s)) >= 2 for s, is_stat in zip(first[:2], stats[:2], strict=True))
    # (or three counts in its first two sentences, none of them a day: "… closed with 412 messages, against 381
    # … account for 118 of them, … for 131 …")
    counts = [n for s in first[:2] if not _DAY_IN.search(s) and not DATE_START.match(s) for n in _counts(s)]
    return sum(stats) >= 2 or several or len(counts) >= 3


def _counts(sentence: str) -> list[int]:
    """The numbers of a sentence that may be counts: not years, not part of a name ("COVID-19"), not an
    article ("Article 73")."""
    from speechwatch.extraction.numbers import find_numbers

    return [n.integer for n in find_numbers(sentence) if n.integer is not None and not 1900 <= n.integer <= 2100
            and not re.search(r"[^\W\d_]-\Z|(?:Art(?:icle)?s?\.?|ст\.|стать\w*|бап\w*)\s*\Z",
                              sentence[max(0, n.start - 10) : n.start], re.IGNORECASE)]


# a story told inside a review's statistics paragraph: "Самая громкая история – с сайтом «…»: 11 марта …",
# "The most serious attack occurred on 11 August in Aktau, where …"
_STORY_LEAD = re.compile(r"^(?:(?:Самая|Самый|Наиболее)\s+(?:громк|резонансн|серьёзн|серьезн|заметн)\w*|"
                         r"(?:The|One)\s+(?:most\s+)?(?:serious|notable|prominent|striking|high-profile|resonant|"
                         r"telling|egregious|gravest|worst|loudest)\b|Ең\s+(?:ауыр|көп|резонансты|елеулі)\w*|"
                         r"(?:For example|For instance|Например|Так|Мысалы|Мәселен|Атап айтқанда)\b|"
                         # "Одно из них 22 июня завели …", "One of them, on 3 May, …", "In one case, on 9 June, …"
                         r"(?:One of them|One of these|In one (?:such )?case|(?:Одн[оа]|Один) из (?:них|этих \w+)|"
                         r"В одном из (?:них|случаев)|Олардың бірі|Соның бірі)\b)", re.IGNORECASE)


def _brief_items(paragraph: str) -> tuple[tuple[int, int], ...]:
    """"Кратко о главном: в Таразе 6 октября охранники …; в Актау прокуратура …; …": a paragraph that opens
    as the month in brief and lists its stories between semicolons holds one story per item."""
    lead = _cues()["brief"].match(paragraph)
    if lead is None or ";" not in paragraph:
        return ()
    out: list[tuple[int, int]] = []
    at = lead.end()
    for part in re.split(r"(?<=;)\s+", paragraph[lead.end() :]):
        a = paragraph.index(part, at)
        body = part.rstrip(" ;")
        if len(body) >= 40:
            out.append((a, a + len(body)))
        at = a + len(part)
    return tuple(out) if len(out) >= 2 else ()


def _story_start(sentence: str) -> bool:
    """A sentence that can open a story inside a paragraph of counts: dated by its day or month, or led in
    as the gravest case or an example (and dated)."""
    return bool(DATE_START.match(sentence) or _DAY_START.match(sentence) or _MONTH_START.match(sentence)
                or ((_STORY_LEAD.match(sentence) or _dated_example(sentence)) and _DAY_IN.search(sentence)))


@lru_cache(maxsize=4096)
def _inner_stories(paragraph: str, language: str) -> tuple[tuple[int, int], ...]:
    """The stories told inside a paragraph of counts, as (start, end) offsets: each opens with a sentence
    dated by its day or month, or led in as the gravest case or an example, and runs until the next such
    sentence or the next sentence that counts, compares or concludes. Empty unless a sentence that counts
    comes before the first story (a paragraph that opens with a story is read as a whole)."""
    from speechwatch.extraction.document import split_spans
    from speechwatch.extraction.not_incident import sentence_kind

    spans = split_spans(paragraph)
    if not any(_story_start(paragraph[a:b].strip()) for a, b in spans[1:]):
        return ()  # (no sentence after the first could open a story: most paragraphs)
    out: list[tuple[int, int]] = []
    counted = False
    open_at: int | None = None
    last_end = 0
    for a, b in spans:
        raw = paragraph[a:b]
        sentence = raw.strip()
        if not sentence:
            continue
        a += len(raw) - len(raw.lstrip())
        kind = sentence_kind(sentence, language)
        starts = counted and _story_start(sentence)
        if starts or (open_at is not None and kind is not None):
            if open_at is not None:
                out.append((open_at, last_end))
            open_at = a if starts else None
        if kind in ("statistic", "comparison") and not starts and any(v >= 2 for v in _counts(sentence)):
            counted = True  # ("one of the hearings" counts nothing)
        last_end = a + len(sentence)
    if open_at is not None:
        out.append((open_at, last_end))
    return tuple(out)


# a paragraph run in under the name of the report's closing section: "Recommendations. The Foundation …",
# "Выводы. Число отказов …", "Қорытынды: …"
_CLOSING_SECTION = re.compile(r"^(?:Recommendations?|Conclusions?|Summary|In conclusion|Выводы|Вывод|Рекомендации|"
                              r"Заключение|Итоги|Резюме|Қорытынды|Ұсыныстар)\s*[.:–—-]\s", re.IGNORECASE)


_CLOSING_TITLE = re.compile(r"^(?:\d{1,2}\.\s*)?(?:Conclusions?|Recommendations?|Conclusions and recommendations|"
                            r"Выводы|Рекомендации|Выводы и рекомендации|Заключение|Қорытынды|Ұсыныстар|"
                            r"Қорытынды және ұсыныстар)\s*:?\s*$", re.IGNORECASE)


def _tells_no_event(paragraph: str, language: str) -> bool:
    from speechwatch.extraction.not_incident import is_narrative_block

    return bool(_CLOSING_SECTION.match(paragraph)) or is_narrative_block(paragraph, language, strict=True)


# "An example from the period: in May, police …", "Наиболее резонансным стал случай 17 апреля в Актау: …": a
# review's lead-in to the one story it tells
_EXAMPLE_LEAD = re.compile(r"^[^.:;]{0,80}\b(?:examples?|cases?|incidents?|events?|пример\w*|случа\w*|резонанс\w*|"
                           r"событи\w*|мысал\w*|оқиға\w*)\b[^.:;–—]{0,60}(?::|\s[–—])\s*", re.IGNORECASE)


# "Кроме того, 27 марта …", "In addition, on May 4 …": one more event, told after the counts
_ALSO_LEAD = re.compile(r"^" + OPT_BULLET + r"(?:Кроме того|Помимо этого|Также|In addition|Also|Besides|Moreover|"
                        r"Сонымен қатар|Сондай-ақ|Бұдан бөлек),\s+")


# "Также в ноябре: журналист …", "Also in November: …": a story the report dates by its month only
_ALSO_IN_MONTH = re.compile(r"^" + OPT_BULLET + r"(?:Также|Кроме того|Also|In addition|Сондай-ақ)\s+(?=\S)")


def _dated_after_also(s: str) -> bool:
    m = _ALSO_LEAD.match(s)
    rest = s[m.end() :] if m else ""
    if rest and DATE_START.match(rest[:1].upper() + rest[1:]):
        return True
    bare = _ALSO_IN_MONTH.match(s)
    rest = s[bare.end() :] if bare else ""
    month = _MONTH_START.match(rest[:1].upper() + rest[1:]) if rest else None
    return month is not None and re.match(r"\s*:", rest[month.end() :]) is not None


# a newswire dateline: "Караганда, 11 августа.", "Oral, March 4:" — the place, then the day
_CITY_DATELINE = re.compile(r"^" + OPT_BULLET + r"(?!(?:However|Then|Thus|Also|Meanwhile|Однако|Также|Кроме|Затем|"
                            r"Сондай|Алайда)\b)[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+(?:[ -][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+)?,\s+(?i:"
                            + _DAY_START.pattern[1:] + r"|(?:" + EN_MONTH + r")\s+\d{1,2}\b|"
                            r"\d{1,2}\s+(?:" + EN_MONTH + r")\b)")


def _dated_example(s: str) -> bool:
    """A lead-in naming an example, then a story dated by its day or month (before or after the colon)."""
    m = _EXAMPLE_LEAD.match(s)
    if m is None:
        return False
    rest = s[m.end():]
    return bool(DATE_START.match(rest[:1].upper() + rest[1:]) or _MONTH_START.match(rest[:1].upper() + rest[1:])
                or bool(_DAY_IN.search(s[: m.end()])) or bool(_DAY_IN.search(re.split(r"[.;](?=\s)", rest)[0][:160])))


def _is_report_title(ln: _Line, k: int) -> bool:
    """The document's first line naming a year ("Press Freedom Monitoring, March 2023") is the report's
    title: it neither opens a case nor makes the statistics under it a story."""
    s = ln.text
    return (k == 0 and len(s) <= 130 and not s.endswith((".", ";", ",")) and bool(_YEAR_IN.search(s))
            and not DATE_START.match(s))


def _masthead(lines: list[_Line]) -> int:
    """How many lines open the document as its masthead: the first block (no blank line inside) made
    only of short title lines ("Report for March 2021", "A half-year review by …", the publisher's
    name), one of which names a year. A case title under them would otherwise swallow the report."""
    n = 0
    for k, ln in enumerate(lines):
        if k > 0 and ln.gap > 0:
            break
        s = ln.text
        if len(s) > 130 or s.endswith((".", ";", ",", ":")) or _BULLET.match(s):
            return 0
        n += 1
    if not 2 <= n <= 4 or not any(_YEAR_IN.search(ln.text) for ln in lines[:n]):
        return 0
    return n


def _classify(lines: list[_Line], language: str = "en") -> None:
    cues = _cues()
    for k, ln in enumerate(lines):
        s = ln.text
        if _LONE_BULLET.match(s):
            ln.kind = "lone_bullet"
            continue
        m = _BULLET.match(s)
        if m is None and len(s) >= 80 and s.endswith(_TITLE_END):
            m = _NUMBERED.match(s)  # "1. On May 5, the editor was detained ..." is an item
        body = s[m.end():] if m else s
        if cues["boiler"].search(s) or (m is None and _is_report_title(ln, k)):
            ln.kind = "boiler"
        elif is_table_row(s) and not DATE_START.match(s.lstrip("|- ")):
            ln.kind = "stat"  # "threats | 2 | 9": a table row counts, it tells no story
        elif _LONE_DATE.match(s):
            ln.kind = "dateline"
        elif m:
            # ("3. 19 ноября административный суд …" is a day, then the story, not "19 administrative cases")
            ln.kind = "stat" if cues["stat_bullet"].match(body) and not _DAY_START.match(body) else "bullet"
            if ln.kind == "bullet" and cues["not_incident"].match(body):
                ln.kind = "boiler"  # a recommendation, not an event
            if (ln.kind == "bullet" and k > 0 and lines[k - 1].kind == "stat" and _COUNT_START.match(body)
                    and not DATE_START.match(body)):  # ("· 3 мая в Усть-Каменогорске …" is a day, not a count)
                ln.kind = "stat"
            if ln.kind == "bullet" and _is_count_line(body, language):
                ln.kind = "stat"  # "- 4attacks on journalists;": a count, not an event
            if k > 0 and lines[k - 1].kind == "lone_bullet":
                ln.gap = lines[k - 1].gap
        elif k > 0 and lines[k - 1].kind == "lone_bullet":
            ln.kind = "stat" if cues["stat_bullet"].match(s) else "bullet"
            ln.start = lines[k - 1].start
            ln.gap = lines[k - 1].gap
        elif cues["stats"].search(s) and not _DAY_START.match(s):
            ln.kind = "stat"  # (not "18 мая административный суд …": a day, then the story)
        elif cues["list"].search(s):
            ln.kind = "list"
        elif _CLOSING_TITLE.match(s):
            ln.kind = "closing"  # "Conclusions and recommendations": what follows is the report's own word
        elif len(s) < 160 and not s.endswith((".", ";")) and (_CHAPTER.match(s) or _is_upper_heading(s)):
            ln.kind = "ctx"
            ln.category = _heading_category(s)
        ln.ends_colon = s.rstrip().endswith(":")
        if ln.kind in ("para", "bullet"):
            ln.date_start = (bool(DATE_START.match(s)) or _dated_example(s) or bool(_CITY_DATELINE.match(s))
                             or _dated_after_also(s)) and (
                not _SPAN_OPENING.match(s))  # ("С 1 января по 30 ноября …" opens a span of counts, not an event)
            ln.continuation = bool(cues["cont"].match(body)) and not ln.date_start
            ln.item_start = bool(cues["item_start"] and cues["item_start"].match(body))
    for ln in lines[:_masthead(lines)]:
        ln.kind = "boiler"
    # Title lines need the next line's kind, so decide them in a second pass.
    for k, ln in enumerate(lines):
        if ln.kind != "para" or ln.date_start:
            continue
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        words = ln.text.split()
        if (len(words) <= 5 and ln.text[0].isupper() and not ln.text.endswith(_TITLE_END)
                and _heading_category(ln.text, strict=True) is not _NO_MATCH):
            ln.kind, ln.category = "ctx", _heading_category(ln.text, strict=True)  # "Events in the Country"
            continue
        if _looks_like_title(ln, nxt) and not (nxt is not None and _opens_with_statistic(nxt.text, language)):
            # (a line over a paragraph of counts — "Фонд «Адил соз»" over "… насчитал ровно 487. Из них …" —
            # is a byline, not a case title: its "case" would swallow the whole review)
            cat = _heading_category(ln.text, strict=True)
            if cat is not _NO_MATCH:
                ln.kind, ln.category = "ctx", cat
            else:
                ln.kind = "heading"


_NO_MATCH: Any = object()


def _heading_category(s: str, strict: bool = False) -> str | None:
    """The category a section heading sets for what follows ("LEGISLATIVE CHANGES" -> legislation).

    With `strict`, only short, generic headings ("Events in the Country") count; a case title such as
    "Detention of an editor" is not a section heading even though it names a category."""
    if strict and len(s.split()) > 5:
        return _NO_MATCH
    for pat, cat in _cues()["context"]:
        if pat.search(s):
            if strict and cat not in ("context.statement", "context.legislation", None):
                return _NO_MATCH
            return cat
    return _NO_MATCH if strict else None


def _only_headings(chunk: str) -> bool:
    """A short piece with no sentence in it ("Released political prisoners", "Recommendations … should:")
    tells nothing: it is a heading left alone between footnotes or before a list."""
    chunk = chunk.strip()
    return len(chunk) < 120 and not re.search(r"[.;!?…»\"”)]\s*$", chunk) and not re.search(r"[.;!?]\s", chunk)


def _mark_notes(lines: list[_Line], text: str) -> None:
    """Footnote lines (`footnotes.find_footnotes`: a numbered line with a URL or a reference, or one a
    marker cites) become kind "note"; they sit between paragraphs of a story and tell nothing."""
    if not any(_NOTE_START.match(ln.text) for ln in lines):
        return
    from speechwatch.extraction.footnotes import find_footnotes

    starts = {n.start for n in find_footnotes(text)}
    for ln in lines:
        line_start = text.rfind("\n", 0, ln.start) + 1
        if line_start in starts or ln.start in starts:
            ln.kind = "note"


def _base_gap(lines: list[_Line]) -> int:
    gaps = Counter(ln.gap for ln in lines if ln.kind in ("para", "bullet") and ln.gap < 4)
    return gaps.most_common(1)[0][0] if gaps else 0


def _outside_period(ln: _Line, period: Period | None) -> bool:
    """A paragraph opening with a date before the report period tells background, not a new event."""
    if period is None:
        return False
    found = find_dates(ln.text[:60], period)
    return bool(found) and found[0].day < period.start.replace(day=1)


def segment(text: str, period: Period | None = None, language: str = "en") -> list[Segment]:
    """The incident segments of a report, in order. Spans index into `text`.

    With the report `period`, a paragraph opening with an earlier date ("On November 10, the court
    ...") continues the current incident instead of starting one."""
    lines = _unwrap(_lines(text))
    _classify(lines, language)
    _mark_notes(lines, text)
    for ln in lines:
        if ln.date_start and ln.kind == "para" and _outside_period(ln, period):
            ln.date_start, ln.continuation, ln.background = False, True, True
    base = _base_gap(lines)
    for k, ln in enumerate(lines[:-1]):
        nxt = lines[k + 1]
        # (or over the table's column headings: "November    Jan.–Nov.")
        heads = nxt.kind == "para" and len(nxt.text) < 60 and len(nxt.text.split()) <= 6
        if ln.kind == "para" and ln.ends_colon and not ln.date_start and (
                nxt.kind == "stat" or (heads and k + 2 < len(lines) and lines[k + 2].kind == "stat")):
            ln.kind = "stat"  # "In November Adil Soz recorded (in brackets: since January):" over a table of counts
            if heads:
                nxt.kind = "stat"
    spaced = any(ln.gap > 0 for ln in lines if ln.kind == "para")  # some paragraphs stand between blank lines
    line_stories = False  # in a block of one-line stories
    segs: list[Segment] = []
    cur: Segment | None = None
    started = False  # past the preamble
    ctx: str | None = None
    list_mode = False
    in_stats = False
    section_dated = False  # the current section has told an event outside a case title
    counted = False  # a paragraph of counts came before (a review told in prose)
    closing = False  # under "Conclusions and recommendations"
    events_heading = False  # under a bare events heading ("EVENTS IN FEBRUARY")

    def close() -> None:
        nonlocal cur
        if cur is not None and cur.lines and not (cur.kind == "case" and len(cur.lines) == 1):
            cur.end = cur.lines[-1][1]
            if cur.kind != "para" or not _only_headings(text[cur.start:cur.end]):
                segs.append(cur)  # a case title with no body of its own is not an incident
        cur = None

    def open_(ln: _Line, kind: str, title: str = "") -> Segment:
        nonlocal section_dated
        section_dated = True
        seg = Segment(ln.start, ln.end, kind, title=title, context_category=ctx)
        if kind != "case":
            seg.lines.append((ln.start, ln.end))
        return seg

    above: _Line | None = None
    for ln in lines:
        strong = ln.gap > base
        line_above, above = above, ln
        if ln.kind == "note":
            # a footnote ("21 <https://…>", "8 The wording can be read here: …") is a source, not a story;
            # like a page foot, it ends the story before it
            close()
            continue
        if ln.kind == "closing":
            close()
            closing = True
            continue
        section_title = ln.kind == "boiler" and len(ln.text) < 80 and not _BULLET.match(ln.text) and not (
            ln.text.endswith(_TITLE_END))  # "Freedom of expression": the next chapter's title
        if closing and ln.kind not in ("ctx", "heading", "list") and not section_title:
            continue  # conclusions and recommendations tell no incident
        closing = False
        if ln.kind in ("boiler", "lone_bullet"):
            if ln.kind == "boiler":
                close()
            continue
        if ln.kind == "stat":
            close()
            in_stats = True
            continue
        if ln.kind == "ctx":
            close()
            events_heading = ln.category is None
            # a bare events heading ("EVENTS IN FEBRUARY") heads a list of stories, one per paragraph,
            # unless a paragraph plainly leans on the one before
            ctx, list_mode, started, in_stats = ln.category, ln.category is None and base > 0, True, False
            section_dated = False
            continue
        if ln.kind == "list":
            close()
            ctx, list_mode, started, in_stats = None, True, True, False
            continue
        if ln.kind == "heading":
            close()
            started, in_stats, events_heading = True, False, False
            # A case under a violation chapter ("6. DETENTION") keeps the chapter's category; under a
            # context section ("LEGISLATIVE CHANGES") a case title starts something new.
            # A context section made of case titles ("Events in the Country" followed by titled
            # stories) classifies them too; after dated paragraphs, a title starts something else.
            inherited = ctx if ctx and (not ctx.startswith("context.") or not section_dated) else None
            cur = Segment(ln.start, ln.end, "case", title=ln.text, context_category=inherited)
            cur.lines.append((ln.start, ln.end))
            continue
        if ln.kind == "dateline":
            if cur is not None and cur.kind == "case":
                cur.lines.append((ln.start, ln.end))
                if cur.dateline is None:
                    cur.dateline = ln.text
            continue
        if ln.kind == "bullet":
            if cur is not None and cur.kind == "case" and len(cur.lines) == 1:
                # A title over a list of bullets names a section ("Refusals of information"), not a case.
                ctx, section_dated = _heading_category(cur.title), False
            close()
            started, in_stats, list_mode = True, False, False
            cur = open_(ln, "bullet")
            continue
        # an ordinary paragraph
        stories = () if ln.date_start else (_brief_items(ln.text) or _inner_stories(ln.text, language))
        if stories:
            # "… Correspondents reported six attacks. The gravest of them happened on 14 August: … Threats were
            # recorded eleven times …": the counts are no story; the stories they lead to are, each alone
            close()
            started = True
            for a, b in stories:
                seg = Segment(ln.start + a, ln.start + b, "dated", context_category=ctx)
                seg.lines.append((ln.start + a, ln.start + b))
                segs.append(seg)
            continue
        if in_stats and not (ln.date_start or (ln.background and cur is None)):
            continue
        in_stats = False
        if not started:
            counts = _opens_with_statistic(ln.text, language)
            if ln.date_start or ln.background or (counted and _MONTH_START.match(ln.text) and not counts
                                                  and not _tells_no_event(ln.text, language)):
                # a story dated just before the period (a December event in a January report) can open it;
                # so can a review's paragraph that opens on a month ("В апреле Верховный суд отказал …")
                started = True
                cur = open_(ln, "dated")
            counted = counted or counts
            continue
        if not ln.date_start and (_tells_no_event(ln.text, language) or (
                (ln.gap > 0 or cur is None or (cur.kind == "bullet" and line_above is not None
                                                and line_above.text.endswith((".", ";", "!"))))
                and _opens_with_statistic(ln.text, language))):
            # "Compared with October, …", "In general, …", "No journalist was killed", "Threats – 19": a
            # narrative block of the report ends the story before it and starts none (methodology §3.7);
            # under a case title it is left out, so a title over statistics alone makes no case
            if cur is None or cur.kind != "case":
                close()
            continue
        if cur is None:
            cur = open_(ln, "dated" if ln.date_start else "para")
            continue
        if cur.kind == "case":
            cur.lines.append((ln.start, ln.end))
            continue
        if cur.kind == "bullet":
            if strong and base == 0 and not _HARD_CONTINUATION.match(ln.text):
                close()
                cur = open_(ln, "dated" if ln.date_start else "para")
            elif strong and base > 0 and ln.gap > base + 1:
                close()
                cur = open_(ln, "dated" if ln.date_start else "para")
            else:
                cur.lines.append((ln.start, ln.end))
            continue
        # Under "Also in May:" each paragraph is an item unless it plainly leans on the one before.
        list_cont = bool(_HARD_CONTINUATION.match(ln.text) or _PRONOUN_START.match(ln.text) or ln.background)
        # in a report whose paragraphs stand between blank lines, a block of whole-sentence lines with none
        # between them is a list of stories, one per line ("Акимат … отказался …" under the month's attack)
        # (only while each story so far is one line, from one led in as the month's events on: a story that ran
        # on over lines runs on over the next, and a dated story's next line is usually more of it)
        own_line = (spaced and ln.gap == 0 and line_above is not None and line_above.text.endswith((".", "!"))
                    and len(ln.text) >= 60 and not list_cont and not ln.continuation and len(cur.lines) == 1
                    and (line_stories or (cur.kind == "dated"
                                          and bool(_EXAMPLE_LEAD.match(text[cur.start : cur.end])))))
        # an undated paragraph after a dated story that names only outlets the story did not ("Қостанай …
        # басқармасы «Тобыл Айнасы» газетінің сұрауына …") tells another story
        # (under a bare events heading, also the next line with no blank line between: "6 октября … «Сыр Медиа» …" /
        # "Сотрудники полиции … газеты «Талас Толқыны» …")
        fresh = (spaced and (ln.gap > 0 or (events_heading and len(cur.lines) == 1 and len(ln.text) >= 60))
                 and (cur.kind == "dated" or (events_heading and cur.kind == "para" and ln.gap == 0))
                 and not list_cont and not ln.continuation
                 and _names_only_new_outlets(ln.text, text[cur.start : cur.end]))
        # under a bare events heading with no blank lines, one story a line: a whole-sentence line after a
        # one-line story starts the next ("17 февраля. Сайт …" / "Депутат … подал в суд иск …")
        next_line = (events_heading and not spaced and ln.gap == 0 and len(cur.lines) == 1 and not list_cont
                     and not ln.continuation and line_above is not None and line_above.text.endswith((".", "!"))
                     and len(ln.text) >= 60)
        new = (ln.date_start or ln.item_start or (strong and not ln.continuation) or own_line or fresh or next_line
               or (list_mode and not list_cont)
               or (bool(_MONTH_START.match(ln.text)) and not ln.background and (
                   cur.kind == "dated" or bool(_MONTH_START.match(text[cur.start : cur.end])))))
        line_stories = own_line or (line_stories and new)
        if new:
            close()
            cur = open_(ln, "dated" if ln.date_start else "para")
        else:
            cur.lines.append((ln.start, ln.end))
    close()
    return [s for s in segs if s.end - s.start >= 25]


_QUOTED_NAME = re.compile(r"«([^«»]{2,60})»|“([^“”]{2,60})”|\"([^\"]{2,60})\"")


def _names_only_new_outlets(paragraph: str, story: str) -> bool:
    """Whether the paragraph names outlets in quotes, none of them named in the story before it."""
    names = _quoted_names(paragraph)
    return bool(names) and not names & _quoted_names(story)


def _quoted_names(text: str) -> set[str]:
    """Names in quotes: short, capitalised ("«Тобыл Айнасы»", not a quoted remark of a dozen words)."""
    quoted = (next(g for g in m.groups() if g).strip() for m in _QUOTED_NAME.finditer(text))
    return {q.lower() for q in quoted if q[:1].isupper() and len(q.split()) <= 4}


def is_follow_up(text: str) -> bool:
    """Whether a segment reports a new step of an ongoing case (reminders, appeals, readings...)."""
    return any(p.search(text) for p in _cues()["follow_up"])
