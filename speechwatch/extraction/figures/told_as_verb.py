"""Counts told with a verb and a unit of occurrence instead of a count noun.

Why: reviews often say how many times something happened rather than how many reports of it there were:
"Access was restricted 131 times", "On 78 occasions reporters were kept out", "угрожали им 16 раз",
"в 48 случаях мешали работать", "45 рет тіркелді", "96 жағдайда болды". The number is then followed by a
unit ("times", "раз", "рет", "cases" after "in") and the measure is named by the verb phrase around it,
not by a noun after the number. The phrase is read like any label, against the codebook's words
(`measure.resolve`, lexical): a phrase that names nothing clearly gives no figure.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from speechwatch.extraction.figures import cues
from speechwatch.extraction.figures.measure import resolve
from speechwatch.extraction.figures.model import LEXICAL_MAX_WORDS, Candidate
from speechwatch.extraction.numbers import TIMES_WORDS

if TYPE_CHECKING:
    from speechwatch.extraction.figures.extract import Extractor

# the unit straight after the number: "164 times", "16 раз", "45 рет", "3 мәрте"
TIMES_UNIT = re.compile(r"^\s*(?:times|occasions|раза?|рет|мәрте)\b(?!\s+(?:as|more|less|fewer|higher|lower|"
                    r"больше|меньше|выше|ниже|чаще|реже|көп|аз))", re.IGNORECASE)
# "in 21 cases", "on 78 occasions", "в 48 случаях", "96 жағдайда"
_CASES = re.compile(r"^\s*(?:cases|instances|occasions|случа[ея]х?|случай)\b", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\b(?:in|on|в|во)\s*\Z", re.IGNORECASE)
_KK_CASES = re.compile(r"^\s*жағдайда\b", re.IGNORECASE)
# outlets counted after the verb that befell them: "Приостановлен выпуск трёх изданий.", "Blocked were 4 sites."
_OUTLETS_LAST = re.compile(r"^\s*(?:изданий|газет|телеканалов|сайтов|сайтам|интернет-ресурсов|СМИ|outlets|newspapers|"
                           r"websites|sites|channels)(?=\s*[.;,]|\s*$)", re.IGNORECASE)
# ("заблокирован доступ к 3 сайтам": the verb phrase may end in a preposition)
_VERB_BEFORE = re.compile(r"[^\W\d_]{3,}(?:\s+(?:к|на|в|to|on))?\s*\Z", re.IGNORECASE)
# outlets counted before the verb that befell them: "12 сайт бұғатталды", "12 websites were blocked"
_OUTLETS_THEN_VERB = re.compile(r"^\s*(?:сайт(?:тар)?|басылым|газет|телеарна|websites|sites|newspapers|outlets)"
                                r"(?=\s+(?:were|have been|had been|\w+(?:лды|лді|лған|лген)\b))", re.IGNORECASE)
# people counted before a colon that splits them: "Criminal prosecution was started against five people: two
# for …, three for …" — the verb phrase before names what the count is
_PERSONS_THEN_PARTS = re.compile(r"^\s*(?:people|persons|individuals|journalists|человек|лиц|адам(?:ға|ды)?)(?=\s*:)",
                                 re.IGNORECASE)
# where the verb phrase before the number starts: the clause, or after the previous "N times,"
_LEFT_STOP = re.compile(r"[;:()]|(?:\d+|\b[a-z]+)\s*(?:times|occasions|cases|раза?|рет|случа\w*|жағдайда)\s*"
                        r"(?:,|\band\b)|"
                        r"\b(?:of them|of these|including|из них|в том числе|оның ішінде|оның)\b", re.IGNORECASE)
# where it ends after the number: a new clause or the next count
_RIGHT_STOP = re.compile(r"[;:()–—]|\s-\s|\d|\b(?:including|в том числе|из них|оның)\b|,\s", re.IGNORECASE)
_KK_RECORDED_THEN_COMMA = re.compile(r"^\s*(?:тіркелді|тіркелген|болды|анықталды|белгіленді)\s*,", re.IGNORECASE)
_KK_RIGHT_STOP = re.compile(r"[;:()–—]|\s-\s|\d|\b(?:оның)\b", re.IGNORECASE)


# "…on eight occasions, threatened on eleven", "в пяти случаях …, в трёх – …": the unit said once, for the
# counts after it
_ELIDED_UNIT = re.compile(r"\bon\s+(?:\d+|[a-z]+)\s+occasions\b.*\bon\s*\Z"
                          r"|\bв\s+(?:\d+|[а-яё]+)\s+случаях\b.*\bв\s*\Z", re.IGNORECASE)


def _in_form(ex: Extractor, c: Candidate) -> bool:
    """"in 39 cases they were not allowed …", "В 181 случае чиновники отказывали …": the unit opens the
    clause, so the verb phrase follows the count."""
    return bool(_IN_BEFORE.search(ex.text[c.ss : c.n.start]) and _CASES.match(ex.text[c.n.end : c.se]))


def is_times_word(word: str) -> bool:
    """A number that carries its unit: "трижды задерживали", "twice detained"."""
    return word.lower() in TIMES_WORDS


# "twice as many", "twice the legal deadline": a multiplier, not how many times something happened
_NOT_AFTER_TIMES_WORD = re.compile(r"^\s*(?:as|more|less|the|that|this|больше|меньше|чаще|реже)\b", re.IGNORECASE)


def unit_end(ex: Extractor, c: Candidate) -> int:
    """Where the unit of occurrence after the number ends, or -1 when the number has none."""
    after = ex.text[c.n.end : c.se]
    if is_times_word(ex.text[c.n.start : c.n.end]):  # (not "twice as many")
        return -1 if _NOT_AFTER_TIMES_WORD.match(after) else c.n.end
    if _ELIDED_UNIT.search(ex.text[c.ss : c.n.start]) and not re.match(r"\s*(?:occasions|times|случа\w*)\b", after):
        return c.n.end  # "beaten on eight occasions, threatened on eleven and detained on five"
    m = TIMES_UNIT.match(after) or _KK_CASES.match(after) or _PERSONS_THEN_PARTS.match(after) or (
        _OUTLETS_LAST.match(after) if _VERB_BEFORE.search(ex.text[c.ss : c.n.start]) else None) or (
        _OUTLETS_THEN_VERB.match(after))
    if m is None and _IN_BEFORE.search(ex.text[c.ss : c.n.start]):
        m = _CASES.match(after)
    return c.n.end + m.end() if m else -1


def step_told_as_verb(ex: Extractor, c: Candidate) -> bool:
    """"Refusals … were registered 164 times": the verb phrase around the number names the measure."""
    if c.n.integer is None:
        return True
    end = unit_end(ex, c)
    if end < 0 or cues.NARRATIVE_SENTENCE.search(ex.text[c.ss : ex.sentences[c.si][1]]):
        return True  # "the police summoned him three times": one person's story, not a tally
    elided = end == c.n.end and _ELIDED_UNIT.search(ex.text[c.ss : c.n.start]) is not None
    # "threatened on 12 occasions and physically attacked on five": the words after the unit are the
    # next count's
    next_count = ex.doc.language == "en" and bool(re.match(r"\s*(?:,\s*|and\s+)(?:\w+\s+){0,2}\w+ed\b",
                                                          ex.text[end : c.se]))
    if c.measure is not None and not elided and not next_count:
        c.label_around = True  # "on 35 occasions reporters were prevented …": the words after named it
        return True
    c.measure = None  # "threatened on eleven and detained on five": the verb before, not the next one
    t = ex.text
    lo = max(c.ss, c.prev.end if c.prev else 0)
    left_text = t[lo : c.n.start]
    stops = list(_LEFT_STOP.finditer(left_text))
    left_at = lo + (stops[-1].end() if stops else 0)
    left = t[left_at : c.n.start]
    comma = max(left.rfind(", "), left.rfind("; "))
    if comma >= 0 and len(left[comma + 2 :].split()) <= 1:
        # "Блокировки затронули 26 сайтов, ещё 14 раз редакции подверглись атакам": the count opens a new
        # clause; its verb is after it
        left_at, left = left_at + comma + 2, left[comma + 2 :]
    left = _IN_BEFORE.sub("", left)
    if not left.strip(" ,.-–—") and stops and stops[-1].group().startswith(":"):
        # "obstruction of lawful professional activity: in 9 cases (31)": the label before the colon
        head = re.split(r"[;()]", t[lo : lo + stops[-1].start()])[-1]
        left_at, left = lo + stops[-1].start() - len(head), head
    right_text = t[end : c.se]
    stop = (_KK_RIGHT_STOP if ex.doc.language == "kk" else _RIGHT_STOP).search(right_text)
    right = right_text[: stop.start() if stop else len(right_text)]
    if ex.doc.language == "kk" and (recorded := _KK_RECORDED_THEN_COMMA.match(right)):
        # "Сайттарды бұғаттау 12 рет тіркелді, редакцияларға DDoS-шабуыл …": a bare "was recorded" closes the
        # count's clause; the label is before it, the words after the comma are the next count's
        right = right[: recorded.end() - 1]
    # the verb phrase is on one side ("угрожали им 16 раз", "14 рет шабуыл жасалды") or around the count
    # ("ақпарат беруден 74 рет бас тартылды")
    unit = t[c.n.end : end]
    outlets = bool(_OUTLETS_LAST.match(unit) or _OUTLETS_THEN_VERB.match(unit))
    if outlets:
        # "заблокирован доступ к 3 сайтам", "12 сайт бұғатталды": what befell the outlets is named with them
        left, right = left + unit, unit + right
    both = left + " " + right
    order = (right, left, both) if ex.doc.language == "kk" or _in_form(ex, c) else (left, right, both)
    # a label with commas of its own ("… seeking to defend their honour, dignity and business reputation"):
    # the words to the clause's end, when the shorter readings name nothing
    longer = re.split(r"[;:()]|\.\s|,\s+(?:while|whereas|but|and|а|но|ал|және)\b", right_text)[0]
    if longer.strip() != right.strip():
        order = (*order, longer)
    if next_count:
        order = (left,)
    for phrase in order:
        words = phrase.strip(" ,.-–—")
        if len(words.split()) < 1:
            continue
        after = phrase is right or phrase is longer
        if after and len(words.split()) > LEXICAL_MAX_WORDS:
            # a long verb phrase after the count ("ещё 33 раза от имени … создавались фейковые аккаунты и …"):
            # its first words carry it (a long phrase before the count is a sentence of its own, not a label)
            words = " ".join(words.split()[:LEXICAL_MAX_WORDS])
        measure = resolve(ex.doc.language, words, c.parent, "", lexical=True)
        if measure is not None:
            c.measure = measure
            c.start = c.n.start if after else left_at + len(left) - len(left.lstrip())
            if phrase is longer:
                c.end = end + len(longer.rstrip())
            else:
                c.end = end + len(right.rstrip()) - len(unit) * outlets if phrase is not left else end
            c.clause_end = max(c.clause_end, end)
            c.truncated = False
            c.label_around = True
            return True
    return True
