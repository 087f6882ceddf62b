"""Step "structure": how counts stand in lists — a group total and its children.

Lists come in many forms: bullets, dashes, indented lines, "including:", "Among them:", "из них:",
semicolon sentences, `|` tables, "Label – N" lines, an inline "N reports: 12 on …, 13 on …", a restated
count ("Of the 17 claims, 4 were …"). The parent a number finds here restricts its measure to the
parent's children (`cues.CHILDREN`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from speechwatch.extraction.document import BULLET_CHAR
from speechwatch.extraction.figures import cues, lexicon
from speechwatch.extraction.figures.measure import is_allowed, resolve
from speechwatch.extraction.figures.model import Candidate, Figure
from speechwatch.extraction.months import MONTH, month_number
from speechwatch.extraction.numbers import WORD_VALUES, NumberSpan

if TYPE_CHECKING:
    from collections.abc import Callable

    from speechwatch.extraction.figures.extract import Extractor

# (a first word may end with a comma: "ұстау, әкімшілік қамау – 41")
LIST_ITEM = re.compile(r"^\s*(?:" + BULLET_CHAR + r"+\s*)?(?:\d|[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі-]+[\s,])")

HEADER_FOLLOWS = re.compile(
    r"^\s*(?:among them|these included?|these are|in particular|including|из них|в том числе|"
    r"of them|оның ішінде|олардың ішінде)\s*:?\s*$",
    re.IGNORECASE,
)

INCLUDING = re.compile(
    r"\binclud\w*|\bincl\.|\bof them\b|\bof which\b|\bamong them\b|\bof those\b|"
    r"из них|из которых|в том числе|в т\.\s?ч\.|оның ішінде|\bоның\b|\bолардың\b|\(|"
    r",\s+with\s*\Z",  # "The administrative route was used 33 times, with 14 charges of defamation …"
    re.IGNORECASE
)

OF_THEM_SENTENCE = re.compile(
    r"^\s*(?:of them|among them|of these(?=\s*,)|of those(?=\s*,)|of (?:this|that) (?:number|total)|"
    r"из них|из этого числа|в том числе|среди них|олардың|бұлардың|оның ішінде|соның ішінде|"
    r"из общего (?:числа|количества)|(?:out )?of the (?:total|overall)(?:\s+(?:number|count))?|жалпы санының ішінде|"
    # "Among the October reports, 8 concerned …", "Of these reports, …", "Из этих сообщений …"
    r"(?:among|of)\s+(?:the|these|those)\s+(?:[\w-]+\s+){0,3}?(?:reports|cases|messages|complaints|charges|"
    r"claims|lawsuits|suits)|"
    r"(?:из|среди)\s+(?:этих|них|поступивших|зарегистрированных)?\s*(?:[\w-]+\s+){0,2}?(?:сообщений|случаев))"
    r"\b(?!\s*:\s*$)",
    re.IGNORECASE,
)

PRE_STOP = re.compile(r"[;:,(]\s*|\s[-–—]\s+")

RESTATE = re.compile(r"^\s*(?:of the|out of the|of these|of those|из(?: этих)?)\s*$", re.IGNORECASE)

OF_THEM_START = re.compile(r"^\s*(?:of them|ones?|of those|of these|of which|из них|из которых|оның ішінде)\b",
                           re.IGNORECASE)

NONE_OF_THEM = re.compile(r"\b(?:neither|none of them|none of which|not one of them|ни одно\w* из них|ни одного из них|"
                          r"ни один из них|бірде-біреуі)\b|"
                          # "3 решения …, ни одного – в пользу СМИ", "…, none in favour of the media"
                          r",\s*(?:ни одного|ни одно|none|not one)\s*(?:[–—-]\s*)?(?=(?:в|in|for|на)\s)",
                          re.IGNORECASE)
# (not "almost all of them": a share, told by its own count)
ALL_OF_THEM = re.compile(r"(?<!almost )(?<!nearly )(?<!virtually )(?<!practically )\ball of them\b|"
                         r"\bevery one of them\b|\beach of them\b|"
                         r"\ball of which\b|все они|все из них|"
                         r"(?:\(|,)\s*(?:both|all|оба|обе|все|екеуі де|барлығы)\b"
                         r"(?=\s+(?:for|under|over|on|по|за|—|–|-)\s)|"
                         # "criminal charges – 1 (Article 274 of the Criminal Code)": the article of all of them
                         r"(?<=\d)\s*\((?=\s*(?:article|art\.|ст\.|статья|статье)\s*\d[^()]*\)\s*[.;,]?\s*$)|"
                         # Kazakh tells the label, then its postposition: ", барлығы ар-намысты … қорғау туралы"
                         r"(?:\(|,)\s*(?:барлығы|екеуі де|үшеуі де)(?=\s+[^\d;.]{3,100}?\s(?:туралы|бойынша|үшін)\b)",
                         re.IGNORECASE)  # "2 criminal (both for … false information)"



def closes_list(ex: Extractor, line_idx: int) -> bool:
    """A capitalised, unbulleted line after an item that ended its sentence starts new prose; so does an
    unbulleted line set off by a blank line after bulleted items ("•    3 cases of …" / "" / "24 reports
    concerning …, among them:")."""
    line = ex.text[ex.lines[line_idx][0] : ex.lines[line_idx][1]].lstrip()
    k = line_idx - 1
    while k >= 0 and not ex.text[ex.lines[k][0] : ex.lines[k][1]].strip():
        k -= 1
    prev = ex.text[ex.lines[k][0] : ex.lines[k][1]].rstrip() if k >= 0 else ""
    if k >= 0 and k < line_idx - 1 and ex.doc.lines[k].bullet and not ex.doc.lines[line_idx].bullet:
        return True
    if _back_at_parent_level(ex, line_idx):
        return True
    if not line[:1].isupper():
        return False
    return prev.endswith((".", "!", "?"))


def _back_at_parent_level(ex: Extractor, line_idx: int) -> bool:
    """"* Rights – 14 reports, of which:" / "  - obstruction: 5" / "* Access – 19 reports": an item back at the
    indentation of a bulleted group total, after its parts were indented deeper, is the group's sibling."""
    parent = ex.list_parent
    if parent is None or not 0 <= parent.line < line_idx:
        return False
    lines = ex.doc.lines
    own = lines[parent.line]
    if not own.bullet or not lines[line_idx].bullet or lines[line_idx].indent > own.indent:
        return False
    return any(lines[k].indent > own.indent for k in range(parent.line + 1, line_idx) if not lines[k].blank)


def pre_label(ex: Extractor, n: NumberSpan, ss: int, prev: Figure | None, line_idx: int) -> str:
    """The words between the last clause boundary (or previous figure) and the number."""
    lo = max(ss, ex.lines[line_idx][0], prev.end if prev else 0)
    pre = ex.text[lo : n.start]
    cut = max((m.end() for m in PRE_STOP.finditer(pre)), default=0)
    return pre[cut:]


LABEL_THEN_COUNT = re.compile(r"^(?P<label>.*?[^\W\d_].*?)\s*(?::|\s[-–—])\s*\Z", re.DOTALL)


def heading_label(ex: Extractor, n: NumberSpan, ss: int, prev: Figure | None, line_idx: int) -> str:
    """"Rights of journalists: 96 reports, of them …": the label before the colon or dash that a bare
    count of reports stands after (empty when the number does not follow such a label directly)."""
    lo = max(ss, ex.lines[line_idx][0], prev.end if prev else 0)
    m = LABEL_THEN_COUNT.match(ex.text[lo : n.start])
    if not m:
        return ""
    label = m["label"]  # commas belong to a heading ("Claims against journalists, media and citizens")
    cut = max((x.end() for x in re.finditer(r"[;(]\s*", label)), default=0)
    return label[cut:]


def opener_parent(ex: Extractor, opener: str, si: int) -> Figure | None:
    """The count an opener such as "Of them," or "Among the October reports," divides: the last figure,
    or, when the opener names the report's own month, the last group count of the period."""
    p = ex.report.period
    topic = lexicon.best_measure(opener, ex.doc.language)
    if topic is not None and topic != "reports.total" and topic in cues.CHILDREN:
        # "Among the criminal charges, 9 were brought for …": the count of the group the opener names
        for f in reversed(ex.figures):
            if f.sentence < si - 8:
                break
            if f.measure == topic:
                return f
    named = {month_number(m) for m in re.findall(rf"\b(?:{MONTH})\b", opener, re.IGNORECASE)}
    if p is not None and named == {p.end.month}:
        for f in reversed(ex.figures):
            if f.sentence < si - 4:
                break
            if f.scope == "period" and f.measure in cues.CHILDREN and f.parent is None:
                return f
    last = ex.figures[-1]
    if last.sentence < si - 4:
        return None
    if last.scope in ("ytd", "other"):
        # "29 reports in February, and 61 in the first two months. Of them: …", "78 сообщений (в октябре – 64).
        # Из них …": the month's count is divided, not the other span's
        same = [f for f in ex.figures if f.sentence == last.sentence and f.measure == last.measure
                and f.scope == "period"]
        if same:
            return same[-1]
    return last


def restated(ex: Extractor, n: NumberSpan, ss: int, si: int) -> Figure | None:
    """The figure a sentence opening "Of the 26 civil suits," / "Из 22 претензий" repeats, if any."""
    if not RESTATE.match(ex.text[ss : n.start]) or n.integer is None:
        return None
    for f in reversed(ex.figures):  # the value itself says which: no distance limit (a list may stand between)
        if f.value == n.integer and f.measure in cues.CHILDREN and f.scope in ("period", "ytd"):
            return f
    return None


def all_of_them(ex: Extractor, sentence: str, ss: int, scope: str, line_idx: int, si: int) -> None:
    """'3 claims and lawsuits. All of them relate to honor …' → the child measure has the parent's value;
    'Two judicial acts were issued, and neither was in favour of journalists' → the child is 0."""
    for pattern, whole in ((ALL_OF_THEM, True), (NONE_OF_THEM, False)):
        # (each of them: "9 civil (all over honour …), 1 criminal and 2 administrative, both under …")
        for m in pattern.finditer(sentence) if ex.figures else ():
            at = ss + m.start()
            told = sorted((f for f in ex.figures if f.start < at), key=lambda f: f.start) if whole else ex.figures
            if not told:
                continue
            prev = _month_count_of(ex, told)  # "3 criminal (all under …), 8 civil": the count before the words
            if prev.sentence < si - 2 or (not whole and prev.start > at):
                continue
            measure = resolve(ex.doc.language, sentence[m.end() :], prev, "")
            # (a count word may have read it already: "екеуі де" is "both" and also the number two)
            if measure and measure != prev.measure and not any(
                    f.measure == measure and f.parent is prev and f.scope == prev.scope for f in ex.figures):
                ex.figures.append(
                    Figure(measure, prev.value if whole else 0, ss + m.start(), ss + len(sentence.rstrip()),
                           prev.scope, prev, si, line_idx)
                )


# a bracket of words only right after a counted noun: "1 уголовное обвинение (клевета)", "4 suits (honour and dignity)"
_KIND_BRACKET = re.compile(r"\s*\((?P<words>[^()\d]{3,80})\)")
ALL_IN_LABEL = re.compile(r"\(\s*(?:all|both|все|оба|обе|барлығы|екеуі де)\b(?P<words>[^()]{3,80})\)", re.IGNORECASE)


def kind_in_brackets(ex: Extractor, si: int, line_idx: int) -> None:
    """"1 уголовное обвинение (клевета)": the bracket names the kind of all of them, a part of the count's
    measure with the same value (the count keeps its own measure too)."""
    told = []  # the sentence's figures are the last ones read (not a scan of every figure for every sentence)
    for f in reversed(ex.figures):
        if f.sentence != si:
            break
        told.append(f)
    for f in [f for f in reversed(told) if f.measure in cues.CHILDREN and f.parent is None]:
        # (after the count, or in the label before it: "Criminal cases (all under art. 274 CC)   9")
        m = _KIND_BRACKET.match(ex.text, f.end) or ALL_IN_LABEL.search(ex.text, f.start, f.end)
        if m is None or re.search(r"\b(?:not|no|none|не|ни|нет|жоқ|емес)\b", m["words"], re.IGNORECASE):
            continue  # ("3 charges (not yet in court)" tells what they are not)
        part = resolve(ex.doc.language, m["words"], f, "", lexical=True)
        if part and part.startswith(f.measure + ".") and not any(g.measure == part and g.scope == f.scope
                                                                   for g in told):
            told.append(Figure(part, f.value, m.start("words"), m.end("words"), f.scope, f, si, line_idx))
            ex.figures.append(told[-1])


# --- the parent of a count: one rule per list form, tried in order -------------------------------------
# between two labelled counts of one list: ", insult – " (no bracket closes the list in between)
# (a label may cite an article: ", по ст. 456-2 – ")
# (a Kazakh label may open with its article's number: ", 456-2-бап бойынша – 4")
NEXT_LABEL = re.compile(r"[\s,;]*(?:(?:and|и|және)\s+)?(?:[^\W\d_]|\d{1,3}(?:-\d{1,2})?-ба[пб]\w*\s)"
                        r"(?:[^()\d;:.]|(?<=\b(?:ст|Ст|st))\.|(?<=\bArt)\.|"
                        r"(?<=\s)\d{1,3}(?:-\d{1,2})?(?=\s)){0,80}?\s[-–—]\s*")
KK_NEXT_LABEL = re.compile(r"[\s,]*(?:және|мен)?\s*[^\W\d_][^\d;:().]{0,60}")
NO_RULE = object()  # a rule that does not apply (None would mean "applies: no parent")


def _between(ex: Extractor, c: Candidate) -> str:
    """The text between the previous figure of the sentence and this number, without their own brackets."""
    prev = c.prev
    between = ex.text[prev.end : c.n.start] if prev else ""
    if re.search(r"[^\W\d_]\s*\(\s*\Z", between):
        # "threats (6)": the bracket is this count's own, not a sub-list opened after the previous one
        between = between[: between.rfind("(")] + " – "
    if prev is not None and prev.in_paren:
        between = re.sub(r"^\s*\)", "", between)  # the previous count's own closing bracket
    # "2 – по статье 274 УК (распространение … информации), 3 – по статье 174": the article's title in
    # brackets is the previous count's own words
    between = re.sub(r"^\s*\([^()\d]*\)", "", between)
    remark = re.match(r"\s*\([^()]*\)", between)
    if remark and prev is not None and not any(prev.end <= f.start < prev.end + remark.end() for f in ex.figures):
        # "… – 24 (7 carried over from 2015) and under article 174 … – 4": a bracket none of whose numbers was
        # a figure is a remark on the count before it
        between = between[remark.end() :]
    # "3 for spreading false information (Art. 274 CC) and 2 for …": an article cited is no count
    return _ARTICLE_BRACKET.sub("", between, count=1)


_ARTICLE_BRACKET = re.compile(
    r"^\s*\([^()\d]{0,30}(?:(?:Art(?:icle)?s?\.?|ст\.|стать\w*|бап\w*)\s*\d{2,3}(?:[-.]\d)?|"
    r"\d{2,3}(?:[-.]\d)?\s*-?\s*(?:бап\w*|баб\w*|ст\.?))[^()\d]{0,30}\)", re.IGNORECASE)


def parent_including(ex: Extractor, c: Candidate, between: str) -> object:
    """"8 threats, including 3 …", "(6 in court), including 5 under Article 274": the nearest group above."""
    # "24 concern … (refusals included), 38 concern …": a bracket closed before this count holds the
    # previous count's own words, not an opening of its parts
    open_part = re.sub(r"\([^()]*\)", " ", between)
    if c.prev is None or not INCLUDING.search(open_part):
        return NO_RULE
    # (not the count's restatement in brackets: "5 исков (с начала года – 57), из них 4 …" divides the 5)
    parent: Figure | None = _month_count_of(ex, [f for f in ex.figures if f.start <= c.prev.start])
    c.part_of = parent
    while parent is not None and parent.measure not in cues.CHILDREN:
        parent = parent.parent
    return parent


def parent_of_them_after(ex: Extractor, c: Candidate, between: str) -> object:
    """"civil claims – 52, forty-eight of them for …"."""
    if c.prev is not None and c.prev.measure in cues.CHILDREN and OF_THEM_START.match(c.clause):
        return c.prev
    return NO_RULE


_ONE_EACH = re.compile(r"^\s*(?:one|один|одно|одна|бірі|біреуі)\s*\Z", re.IGNORECASE)
_FOR_OR_UNDER = re.compile(r"^\s*(?:for|under|over|on|по|за)\s", re.IGNORECASE)


def parent_one_each(ex: Extractor, c: Candidate, between: str) -> object:
    """"2 administrative cases, one for defamation and one under Article 456-2": "one" after a comma, told by
    what it was for, is a part of the count just before it."""
    prev = c.prev
    if (prev is not None and prev.measure in cues.CHILDREN and re.fullmatch(r"\s*,\s*", between)
            and _ONE_EACH.match(ex.text[c.n.start : c.n.end]) and _FOR_OR_UNDER.match(c.clause)):
        c.part_of = prev
        return prev
    return NO_RULE


def parent_sibling(ex: Extractor, c: Candidate, between: str) -> object:
    """A sibling shares its parent: "12 civil, 3 criminal", "(libel – 3, insult – 2)". After the bracket
    that broke the previous count down closes, the next count is that count's sibling: "3 criminal cases
    (2 – under Article 274, 1 – under 174), 9 civil claims"."""
    prev = c.prev
    if prev is not None and prev.parent is not None and (
            re.fullmatch(r"[\s,;]*(?:and|и|және)?[\s,;]*", between) or NEXT_LABEL.fullmatch(between)
            # Kazakh names each part before its count: "3 рет ұстау және заңды кәсіби қызметке 12 рет кедергі"
            or (ex.doc.language == "kk" and KK_NEXT_LABEL.fullmatch(between))):
        return prev.parent
    whole = prev.parent if prev is not None else None
    if (whole is not None and whole.parent is not None and re.fullmatch(r"\s*\)[\s,;]*(?:and|и|және)?[\s,;]*", between)
            and "(" in ex.text[whole.end : prev.start]):
        return whole.parent
    return NO_RULE


def parent_colon(ex: Extractor, c: Candidate, between: str) -> object:
    """An inline list after a colon: "44 reports of violations: 12 on …, 13 on …"."""
    if c.prev is None or c.prev.measure not in cues.CHILDREN:
        return NO_RULE
    # (the count's own noun may stand before the colon: "возбуждено 29 дел: 15 – о клевете")
    colon = re.match(r"(?:[ \t]*[^\W\d_]{2,}){0,2}[ \t]*:[ \t]*", between)
    if colon and (colon.end() == len(between) or NEXT_LABEL.fullmatch(between[colon.end() :])):
        return c.prev
    # Kazakh names the group after its count and each part before its own: "24 хабарлама … құқығына қатысты:
    # ақпарат беруден 19 рет бас тарту"
    head, sep, label = between.rpartition(":")
    if (ex.doc.language == "kk" and sep and not re.search(r"[;.!?]", head) and not re.search(r"[\d;,]", label)
            and len(label.split()) <= 5 and ex.text[c.prev.start : c.prev.end + len(head)].count("\n") == 0):
        return c.prev
    return NO_RULE


def parent_opener(ex: Extractor, c: Candidate, between: str) -> object:
    """A sentence opening "Of them," / "Among the October reports," divides a count told just before."""
    start = (ex.scope.full_span(c.n.start) or (c.ss, 0))[0]  # the whole sentence: "Of the 64 reports, 21 …"
    if ex.figures and ex.figures[-1].end > start:
        start = c.ss  # a count of this sentence came before: the opener, if any, is this clause's
    opener = OF_THEM_SENTENCE.match(ex.text[start : c.n.start]) if c.prev is None else None
    if opener and ex.figures and ex.figures[-1].sentence >= c.si - 4:
        return opener_parent(ex, opener.group(), c.si)
    return NO_RULE


def last_told_count(ex: Extractor) -> Figure | None:
    """The count a following "of them" divides: the last one told, but not its restatement over another
    span ("187 reports (604 since January). … 49 of them": the 187)."""
    return _month_count_of(ex, ex.figures) if ex.figures else None


def _month_count_of(ex: Extractor, told: list[Figure]) -> Figure:
    """The last of `told`, or the count before it when the last restates it in brackets over another span."""
    last = told[-1]
    if len(told) > 1:
        before = told[-2]
        if (before.measure == last.measure and before.sentence == last.sentence and before.scope != last.scope
                and "(" in ex.text[before.end : last.start]):
            return before
    return last


def parent_of_them_next_sentence(ex: Extractor, c: Candidate, between: str) -> object:
    """"58 reports. 17 of them were about …": a part of the group count just told (after its own parts,
    "14 charges, 6 of them for …; five of them were heard in court", the group's count)."""
    last = last_told_count(ex)
    while last is not None and last.measure not in cues.CHILDREN and last.parent is not None:
        last = last.parent
    if OF_THEM_START.match(c.clause) and last is not None and last.measure in cues.CHILDREN and (
            last.sentence >= c.si - 2):
        return last
    return NO_RULE


# a count set off by commas after the share it states: "a third of them, 73, concerned …"
APPOSITION_BEFORE = re.compile(r"\b(?:of them|of these|of those|из них|олардың)\s*,\s*\Z", re.IGNORECASE)


def parent_apposition(ex: Extractor, c: Candidate, between: str) -> object:
    """"214 reports. Roughly a third of them, 73, concerned …": a part of the group count just told."""
    last = last_told_count(ex)
    if c.prev is None and APPOSITION_BEFORE.search(ex.text[c.ss : c.n.start]) and last is not None and (
            last.measure in cues.CHILDREN and last.sentence >= c.si - 2):
        return last
    return NO_RULE


# (the count may stand after a comma: "the rest, 113, were claims …", "остальные, 40, …")
_REMAINING = re.compile(r"\b(?:the )?(?:remaining|rest)\s*,?\s*\Z|\b(?:остальн|оставш|қалған)\w*\s*,?\s*\Z",
                        re.IGNORECASE)


def parent_remaining(ex: Extractor, c: Candidate, between: str) -> object:
    """"…, and the remaining 58 dealt with claims": the rest of the whole its siblings divided."""
    if not _REMAINING.search(ex.text[max(c.ss, c.n.start - 30) : c.n.start]):
        return NO_RULE
    groups = False
    parts: set[str] = set()
    for f in reversed(ex.figures):
        if f.sentence < c.si - 1:
            break
        # (a group told last whose parent reads as another group is no whole of the rest: "rights … accounted for
        # 131 of them, and 168 concerned access …; the rest, 113, were claims" — the rest of the report count)
        if f.parent is not None and not (f.measure in cues.GROUP_MEASURES and f.parent.measure != "reports.total"):
            return f.parent
        groups = groups or (f.measure in cues.GROUP_MEASURES and f.measure != "reports.total")
        parts.add(f.measure)
    # parts of one group told without it nearby ("refused … 297 times. Websites were blocked in 41 cases …; the
    # remaining 61 concerned …"): the rest of that group's count, told earlier
    owners = {g for g, children in cues.CHILDREN.items() if g in cues.GROUP_MEASURES and parts
              and all(is_allowed(p, children) for p in parts)}
    if len(owners) == 1 and not groups:
        group = owners.pop()
        told = next((f for f in reversed(ex.figures) if f.measure == group and f.scope == c.scope), None)
        if told is not None:
            return told
    # groups told without their whole ("… made up 58 of this quarter's reports, … 71, and the remaining 58"):
    # the rest of the report count
    whole = next((f for f in reversed(ex.figures) if f.measure == "reports.total" and f.scope != "other"), None)
    return whole if groups and whole is not None else NO_RULE


def parent_after_semicolon(ex: Extractor, c: Candidate, between: str) -> object:
    """"54 reports: sixteen about … (three attacks … among them); twenty-three about …": a count opening a
    ";"-part of the sentence is a sibling of the first part the sentence divided its whole into."""
    span = ex.scope.full_span(c.n.start)
    if c.prev is not None or span is None or not re.search(r";\s*\Z", ex.text[span[0] : c.n.start]):
        return NO_RULE
    first = next((f for f in ex.figures if span[0] <= f.start < c.n.start and f.parent is not None), None)
    if first is None or first.parent.start < span[0] or ":" not in ex.text[first.parent.end : first.start]:
        return NO_RULE  # (only a whole the sentence itself opened with a colon)
    return first.parent


def parent_dropped_sibling(ex: Extractor, c: Candidate, between: str) -> object:
    """"Nineteen of them describe the climate (no measure), 30 concern …": the first part was dropped,
    the next one of the same sentence still divides the same count."""
    dropped = ex.dropped_part
    if (dropped is not None and dropped[0] == c.si and (c.prev is None or c.prev.start < dropped[2])
            and re.search(r"(?:[,;]|\band|\bи|\bжәне)\s*\Z", ex.text[c.ss : c.n.start])):
        return dropped[1]
    return NO_RULE


def parent_in_open_bracket(ex: Extractor, c: Candidate, between: str) -> object:
    """"criminal charges – 19 (libel – 8; false information – 5; …)": after a ";" inside the bracket the
    next part still belongs to the count the bracket opened after, like the part before the ";"."""
    if c.prev is not None:
        return NO_RULE
    ls = ex.lines[c.line_idx][0]
    line = ex.text[ls : c.n.start]
    opened = line.rfind("(")
    if opened < 0 or line.count("(") <= line.count(")") or ";" not in line[opened:]:
        return NO_RULE
    at = ls + opened
    inside = [f for f in ex.figures if f.start > at and f.line == c.line_idx and f.parent is not None]
    if inside:
        return inside[0].parent
    owner = [f for f in ex.figures if f.end <= at and f.line == c.line_idx]
    return owner[-1] if owner and owner[-1].measure in cues.CHILDREN else NO_RULE


def parent_list_item(ex: Extractor, c: Candidate, between: str) -> object:
    """An item of the list a group total opened ("… – 16, including:" then bullets or dashes)."""
    if c.list_parent is not None and LIST_ITEM.match(ex.text[ex.lines[c.line_idx][0] : c.n.end]):
        return c.list_parent
    return NO_RULE


# "Two of the four criminal cases …", "Двое из пяти задержанных …": a share of a count told before
_OF_THE_N = re.compile(r"^\s*(?:of the|из|из этих|из тех)\s+(?P<n>\d+|[^\W\d_]+)\b", re.IGNORECASE)


def parent_of_the_n(ex: Extractor, c: Candidate, between: str) -> object:
    """"Two of the four criminal cases have gone to trial": the count of that value told just before, when
    it has parts (the words after it say which); "In 97 of the refusals …": the count its noun names."""
    m = _OF_THE_N.match(c.clause)
    if m is None:
        return NO_RULE
    value = int(m["n"]) if m["n"].isdigit() else WORD_VALUES.get(m["n"].lower())
    if value is None:
        # "In 97 of the refusals the information was withheld …": a part of the count its noun names
        named = resolve(ex.doc.language, " ".join(c.clause[m.start("n") :].split()[:2]), None, "", lexical=True)
        told = next((f for f in reversed(ex.figures) if named and f.measure == named and f.sentence >= c.si - 2), None)
        if told is not None:
            c.part_of = told
            return told
        return NO_RULE
    # (the whole may stand in the table just above: "| civil | 6 | 10 |" … "Five of the six civil claims …")
    whole = next((f for f in reversed(ex.figures) if f.value == value and f.sentence >= c.si - 3), None) or next(
        (f for f in reversed(ex.figures) if f.value == value and f.sentence >= c.si - 10 and f.scope == c.scope
         and f.measure in cues.CHILDREN and resolve(ex.doc.language, c.clause[m.end() :], f, "", lexical=True)),
        None)
    if whole is None or whole.measure not in cues.CHILDREN or whole.measure == "reports.total":
        return NO_RULE
    return whole


PARENT_RULES: tuple[Callable[[Extractor, Candidate, str], object], ...] = (
    parent_of_the_n, parent_including, parent_of_them_after, parent_one_each, parent_sibling, parent_colon,
    parent_opener,
    parent_of_them_next_sentence, parent_apposition, parent_remaining, parent_after_semicolon,
    parent_dropped_sibling, parent_in_open_bracket,
    parent_list_item,
)


def find_parent(ex: Extractor, c: Candidate) -> Figure | None:
    """The figure this count is a part of: the first rule of `PARENT_RULES` that applies, else none."""
    between = _between(ex, c)
    for rule in PARENT_RULES:
        found = rule(ex, c, between)
        if found is not NO_RULE:
            return found if isinstance(found, Figure) else None
    return None
