"""What is not an incident: statements of absence, statistic sentences, comparisons and conclusions.

Why: the segmenter finds paragraphs; some paragraphs tell no event. "No journalists were killed" is a
figure of value 0 (methodology §3.7; reading the annual seed once produced a murder out of it);
"During the month, 12 journalists were detained" is a count; "Compared with October, lawsuits fell by a
third" is a comparison; "In general, the situation remained tense" is a conclusion. A segment made only
of such sentences is a narrative block of the report, never an incident. The openings of comparisons
and conclusions are data (`data/not_incident.json`); absence forms live with the figures
(`figures/absence.py`); a statistic sentence is a count followed by a counted noun with no event day.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from pathlib import Path

from speechwatch.extraction.document import BULLET_MARKS, OPT_BULLET, split_sentences
from speechwatch.extraction.morph import lemmas

_DATA = Path(__file__).parent / "data" / "not_incident.json"
_MAX_SENTENCES = 4  # a longer paragraph tells a story even if it opens with a figure
# "Threats – 4", "Attacks: 17;", "… – 11, including …": the count closes its label's clause (a list
# "…: 1) reconsider …" does not)
_COUNT_CLOSE = re.compile(r"\s*(?:[;,.:]|\(|$)")
_WORDS_AFTER = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,3}")  # the words right after a number (glued or
# not: "83сообщения"), no punctuation between
_TIME_UNIT = re.compile(r"times?|days?|weeks?|months?|years?|hours?|minutes?|дн(?:я|ей)|день|недел\w*|месяц\w*|"
                        r"год(?:а|у)?|лет|час\w*|минут\w*|раза?|күн\w*|апта\w*|ай(?:ға|да|ы)?|жыл\w*|сағат\w*",
                        re.IGNORECASE)
_BREAKDOWN_START = re.compile(r"^\W*(?:of (?:them|these|those|which)|among them|из (?:них|которых|этого числа)|"
                              r"оның ішінде|олардың)\b[\s,:]*\d", re.IGNORECASE)
# "there were 164 pre-trial and court claims: …", "Всего … 402": a tally by its form
_TALLY_START = re.compile(r"^\W*(?:there (?:were|was|have been|has been)|всего|итого|барлығы)\s+(?:\w+\s+){0,2}?\d",
                          re.IGNORECASE)
# a sum of money told of many claims or courts ("Claimants … demanded KZT 640,800,000 between them",
# "Сумма исков … – 2 млрд 15 млн тенге"); one court or plaintiff with a sum tells a story
_CURRENCY = r"KZT|tenge|тенге|теңге"
_SUM_LINE = re.compile(r"^\W*(?:claimants|plaintiffs|the courts|courts|истцы|суды|талапкерлер|соттар|"
                       rf"(?:общая )?сумма|the (?:total )?amount|сомасы)\b.{{0,120}}?(?:{_CURRENCY})", re.IGNORECASE)
# several claims counted ("nine claims", "12 исков", "бес талап-арыз"): with a sum, a tally of the period
_CLAIM_NOUN = re.compile(r"(?:claims|suits|lawsuits|иск(?:а|ов)|претензи[йи]|талап\S*)$", re.IGNORECASE)
# a sentence dated by its month alone, and a count of rulings or claims in it
_MONTH_OPENING = re.compile(r"^\W*(?:(?:in|during)\s+[A-Z][a-z]+\b|[Вв]\s+[а-яё]+[еи]\b|"
                            r"[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]+\s+айында\b)")
# (rulings issued, or claims received: "the court rejected 2 claims" is one court's story)
_MONTH_TALLY = re.compile(r"(?<!\d)\d{1,4}\s+(?:\w+\s+)?(?:decisions|rulings|judgments|решени\w*|судебных акт\w*|"
                          r"шешім\w*)\b|\b(?:received|filed|поступил\w*|подан\w*)\s+(?:\w+\s+){0,3}?\d{1,4}\s+"
                          r"(?:\w+\s+)?(?:claims|lawsuits|иск(?:ов|а))\b", re.IGNORECASE)
# the courts (plural) and a count of their rulings
_COURTS_TALLY = re.compile(r"^\W*(?:the courts|courts|суды|судами|соттар|соттармен)\b.{0,100}?(?<!\d)\d{1,4}\s+"
                           r"(?:\w+\s+)?(?:decisions|rulings|judgments|judicial acts|решени\w*|судебн\w+ акт\w*|"
                           r"сот акті\w*|шешім\w*)", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(rf"\s*(?:{_CURRENCY}|тг\b|₸|MCI|МРП|АЕК)", re.IGNORECASE)
_TOTAL_WORDS = frozenset({"total", "count", "всего", "итого", "барлығы"})  # "The running total … stands at 168"
_LONG_SHARE = 0.75
_INTRO_SENTENCES = 2
# sentences that say nothing by themselves: list numbers ("1.2."), introductions of a list ("… так:")
_NEUTRAL = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.|[^.!?]*:)\s*$")
# a person's name inside a sentence: two capitalised words in a row
_NAMED = re.compile(r"(?<=\s)[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]+\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]+")
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:articles?|art\.|стать[яиеюё]\w*|ст\.|бап\w*)\s*|\d-?)\Z", re.IGNORECASE)
# a person named first, set off by a comma: "Inessa Petrenko, editor-in-chief of …, was summoned … three times"
_NAMED_FIRST = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]+\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]+,")
_TIMES_AFTER = re.compile(r"\s+(?:times|раз[а]?|рет)\b", re.IGNORECASE)


@cache
def _patterns() -> dict[str, dict[str, re.Pattern[str]]]:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    out: dict[str, dict[str, re.Pattern[str]]] = {}
    for kind in ("comparison", "conclusion", "intro"):
        out[kind] = {lang: re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE)
                     for lang, pats in raw[kind].items()}
    return out


def _matches(kind: str, sentence: str, language: str) -> bool:
    by_lang = _patterns()[kind]
    return any(p.search(sentence) for lang in {language, "en"} if (p := by_lang.get(lang)))


# a span of days ("с 1 января по 30 ноября", "from 1 January to 30 June"): the bounds of a count, no event
_DAY_SPAN = re.compile(r"\b(?:с|from|between|since)\s+\d{1,2}(?:st|nd|rd|th)?\s+[^\W\d_]+\.?\s+"
                       r"(?:\d{4}\s+(?:г\.\s+|года\s+)?)?(?:по|до|to|till|until|and|through)\s+\d{1,2}(?:st|nd|rd|th)?"
                       r"\s+[^\W\d_]+", re.IGNORECASE)


def _has_event_day(sentence: str) -> bool:
    from speechwatch.extraction.dates import find_dates

    sentence = _DAY_SPAN.sub(" ", sentence)
    return any(d.precision == "day" for d in find_dates(sentence, None)) or bool(
        re.search(r"\b(?:on|On)\s+[A-Z][a-z]+\s+\d{1,2}\b|(?<!\d)\d{1,2}\s+" + _MONTH_STEM + r"[а-яәғқңөұүһі]*\b"
                  # "On 30 August the appeal board …"
                  r"|\bon\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:january|february|march|april|may|june|july|august|"
                  r"september|october|november|december)\b", sentence, re.IGNORECASE))


# "5 мамырда", "12 мая": a day is a number before a month name (not "33 хабарлама", a count)
_MONTH_STEM = (r"(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|"
               r"январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)")


@cache
def _report_nouns() -> frozenset[str]:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))["report_nouns"]
    return frozenset(w for lang, words in raw.items() if lang != "about" for w in words)


def is_statistic(sentence: str, language: str, strict: bool = False) -> bool:
    """A count of counted things ("12 journalists were detained", "нападений – 4") with no event day.

    `strict` (inside a story): only a tally of reports or cases ("288 reports were registered") or a
    "Label – N" line counts; "the court rejected two claims" is then an event."""
    from speechwatch.extraction.figures.lexicon import is_count_noun
    from speechwatch.extraction.figures.told_as_verb import is_times_word
    from speechwatch.extraction.numbers import find_numbers

    if _has_event_day(sentence):
        return False
    if _BREAKDOWN_START.match(sentence):
        return True  # "Of them, 31 – on the rights of journalists, 25 – …": the parts of a count
    if _TALLY_START.match(sentence) or _SUM_LINE.search(sentence):
        return True  # "there were 164 claims: …", "Сумма исков – 2 млрд тенге", "Claimants demanded KZT …"
    if strict and _opens_with_span(sentence):
        strict = False  # "Since January, 11 criminal charges were brought …": a tally over a span, no event
    if strict and _MONTH_OPENING.match(sentence) and _MONTH_TALLY.search(sentence):
        return True  # "В мае суды вынесли 5 решений по искам …": the month's court tally, no event
    if _COURTS_TALLY.search(sentence):
        return True  # "Судами в ноябре вынесено 4 судебных акта …", "Соттар … 2 сот актісін шығарды": courts, counted
    with_sum = re.search(_CURRENCY, sentence, re.IGNORECASE) is not None
    for n in find_numbers(sentence):
        if n.integer is None or (not n.words and 1900 <= n.integer <= 2100):
            continue
        if n.scaled or _CURRENCY_AFTER.match(sentence, n.end):
            continue  # "25 млн теңге өтемақы талап етті": a sum of money, not a count of claims
        if _ARTICLE_BEFORE.search(sentence, 0, n.start):
            continue  # "по статье 73-3 КоАП", "under Article 274": an article's number, not a count
        if is_times_word(sentence[n.start : n.end]):
            continue  # "дважды", "twice" carry their unit and tell of one case: "истец дважды не явился в заседание"
        # the counted noun is one of the next words ("29 criminal charges", "63 of the civil lawsuits")
        tail = _WORDS_AFTER.match(sentence, n.end)
        if with_sum and any(_CLAIM_NOUN.match(w.strip(",.;:")) for w in sentence[n.end:].split()[:3]):
            return True  # "… received nine claims …, for KZT 51.4 million in total": claims counted with their sum
        for word in (tail.group(0).split() if tail else [])[:4]:
            if _TIME_UNIT.fullmatch(word):
                break  # "for three months for violations …" counts time, not cases
            lemma = (lemmas(word, language) or [""])[0]
            if (lemma in _report_nouns() or (not strict and is_count_noun(word, language))) and len(word) >= 3:
                return True
        if (not strict and _TIMES_AFTER.match(sentence, n.end) and not _NAMED.search(sentence, 1)
                and not _NAMED_FIRST.match(sentence)):
            return True  # "refused … 104 times" (but "police summoned the blogger Erbol Sagyn 5 times" is a story)
        if not sentence[n.end:].strip(" .;") and any(
                (lemmas(w, language) or [""])[0] in _report_nouns() or w.lower() in _TOTAL_WORDS
                for w in re.findall(r"[^\W\d_]+", sentence[max(0, n.start - 60):n.start])[-6:]):
            return True  # "the total number of reports reached 331": the count closes the sentence
        before = sentence[max(0, n.start - 60):n.start]
        if (re.search(r"[–—:-]\s*\Z", before) and len(before.split()) >= 2
                and _COUNT_CLOSE.match(sentence, n.end)):
            return True  # "Attacks on journalists – 4"
    return False


@lru_cache(maxsize=16384)  # the segmenter and the incident reader ask about the same sentences
def sentence_kind(sentence: str, language: str, strict: bool = False) -> str | None:
    """'absence', 'statistic', 'comparison', 'conclusion' or 'intro' for a sentence that tells no event; else None."""
    from speechwatch.extraction.figures.absence import is_absence

    s = sentence.strip().lstrip(BULLET_MARKS + "* ")
    if not s:
        return None
    if _matches("conclusion", s, language):
        return "conclusion"
    if _matches("intro", s, language) and not _has_event_day(s):
        return "intro"  # "The Foundation has reviewed what happened in May …": the publisher's introduction
    if _matches("comparison", s, language) and not _has_event_day(s):
        return "comparison"
    if is_absence(s, language) and not _has_event_day(s):
        return "absence"
    if is_statistic(s, language, strict):
        return "statistic"
    return None


# a tally line of a list ("- 1 charge of libel;", "• 3 cases of threats", "12 – отказов")
_TALLY_LINE = re.compile(r"^\s*" + OPT_BULLET + r"\d+\s*\S")
_STORY_END = tuple(".!?…»\"”)')")


def _opens_with_span(sentence: str) -> bool:
    """Whether a sentence opens by naming a span ("Since January, …", "За девять месяцев …", "Жыл басынан
    …"): the figures' own year-to-date and "first N months" wordings, at the start."""
    from speechwatch.extraction.figures import cues

    head = sentence.lstrip(" *\"«(" + BULLET_MARKS)
    return bool(cues.YTD_RE.match(head) or cues.FIRST_MONTHS_RE.match(head))


def is_list_intro(segment: str, after: str, language: str) -> bool:
    """Whether a segment only introduces what follows: it ends in a colon ("Adil Soz monitoring stated:",
    "The following was recorded:"), or it stops without a sentence's final mark right before a line that
    is a tally ("… the following charges were brought" + "- 1 charge of libel;"). Either way the list
    it opens holds figures or stories of its own; the introduction tells no event."""
    body = segment.rstrip()
    if len(split_sentences(body)) > _INTRO_SENTENCES:
        return False  # a story may end by opening its own list ("… the following five subprograms:")
    if body.endswith((":", "：")):
        return True
    if body.endswith(_STORY_END):
        return False
    following = next((ln for ln in after.splitlines() if ln.strip()), "")
    return bool(_TALLY_LINE.match(following)) and sentence_kind(following, language) == "statistic"


def is_narrative_block(text: str, language: str, strict: bool = False) -> bool:
    """Whether every sentence of a short segment is one that tells no event (`strict`: see is_statistic)."""
    sentences = [x for x in split_sentences(text) if not _NEUTRAL.match(x)]
    if not sentences:
        return False
    if len(sentences) <= _MAX_SENTENCES:
        return all(sentence_kind(x, language, strict) for x in sentences)
    # a long block is a statistics section when it opens with a count and nearly every sentence is one
    # ("За три месяца получено 246 сообщений. … 1.1. … – 58 … 1.2. … – 97 …"); a story has events
    kinds = [sentence_kind(x, language, strict) for x in sentences]
    return kinds[0] is not None and sum(k is not None for k in kinds) >= _LONG_SHARE * len(kinds) and not any(
        _has_event_day(x) for x in sentences)
