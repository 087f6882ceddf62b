"""Labels told around a count rather than right before it, read by the figure steps (`steps.step_measure`).

Why a module of their own: each reader recognises one way a report names what a count counts when the
"Label – N" form is not there — "the number of X has reached N", a bare count that is a part of the count just
before it, "label, N" after a semicolon, a row labelled only "Total", a note about brackets below the figures.
Each returns the measure (or the span) it read, or None, and never forces a measure the codebook does not
give.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from speechwatch.extraction.document import OPT_BULLET
from speechwatch.extraction.figures import cues
from speechwatch.extraction.figures.measure import is_allowed, resolve
from speechwatch.extraction.figures.model import LEXICAL_MAX_WORDS, Candidate
from speechwatch.extraction.figures.reconcile import GROUP_TOTALS
from speechwatch.extraction.figures.scope import BRACKET_NOTE, BRACKET_WORD

if TYPE_CHECKING:
    from speechwatch.extraction.figures.extract import Extractor


# "the number of honour claims has reached 92, and the number of criminal charges 27", "число исков о защите
# чести достигло 57", "количество уголовных дел составило 12": the label is told before the count, with its verb
_NUMBER_OF_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:total\s+)?number\s+of\s+(?P<en>[^.;:,\d()]{3,120}?)\s+(?:(?:has|had|have)\s+)?(?:reached|"
    r"rose\s+to|grew\s+to|climbed\s+to|stood\s+at|came\s+to|totall?ed|amounted\s+to|was|is)?\s*\Z"
    r"|\b(?:общее\s+)?(?:число|количество)\s+(?P<ru>[^.;:,\d()]{3,120}?)\s+(?:достигло|составило|выросло\s+до|"
    r"увеличилось\s+до|равно|–|—|-)?\s*\Z"
    # "this brings the number of criminal charges since January to 31 and the number of civil claims to 119"
    r"|\b(?:brings?|brought|bringing|takes?|took|taking|raises?|raised|raising|and)\s+(?:the\s+)?(?:total\s+)?"
    r"number\s+of\s+(?P<to>[^.;:,\d()]{3,120}?)\s+to\s*\Z", re.IGNORECASE)


_CHANGE_WORDS = re.compile(r"\b(?:from|to|by|than|rose|fell|grew|increased|decreased|dropped|doubled|compared|"
                           r"вырос\w*|снизил\w*|увеличил\w*|уменьшил\w*|с|до|по сравнению)\b", re.IGNORECASE)


def number_of_before(ex: Extractor, c: Candidate) -> bool:
    """Read "the number of <label> (has reached) N" by its label before the count (see `_NUMBER_OF_BEFORE`)."""
    lo = max(c.ss, c.prev.end if c.prev else c.ss)
    m = _NUMBER_OF_BEFORE.search(ex.text[lo : c.n.start])
    if m is None:
        return False
    label = m["en"] or m["ru"] or m["to"]
    if _CHANGE_WORDS.search(label):
        return False  # "the number of attacks rose from 2 to 5": a change told, not a count
    measure = resolve(ex.doc.language, label, c.parent, "", lexical=True)
    if measure is None:
        return False
    c.measure, c.label_around, c.start, c.end = measure, True, lo + m.start(), c.n.end
    c.in_paren = False
    return True


# "Задержания отмечены в 4 случаях, воспрепятствование — в 9", "права нарушались в 21 случае", "the press
# prevailed in 3": a count of cases whose label stands before its "in"; or, when nothing there names a measure,
# after its "cases" ("В 6 случаях репортёров не пустили в больницы")
_IN_BEFORE = re.compile(r"(?:^|[\s(—–-])(?:в|in)\s*\Z", re.IGNORECASE)
_CASES_AFTER = re.compile(r"^\s*(?:случа[ея]\w*|cases?|instances?|messages|reports|сообщени\w*)\b", re.IGNORECASE)
_LABEL_BEFORE_IN = re.compile(r"(?:^|[,;:.]|\s[-–—]\s)\s*(?P<label>[^\W\d_][^,;:.()\d]{2,150}?)\s*(?:[-–—]\s*)?"
                              r"(?:в|in)\s*\Z", re.IGNORECASE)
# (a topic told with "о …", commas and all, before its count's "в": "о конфликтах и обвинениях, предъявленных
# прессе и гражданам, – в двадцати восьми")
_TOPIC_BEFORE_IN = re.compile(r"(?:^|[,;:.])\s*(?P<label>(?:о|об|обо)\s+[^;:.()\d]{2,150}?)\s*,?\s*(?:[-–—]\s*)?"
                              r"(?:говорит\w*\s+|говорил\w*\s+)?в\s*\Z", re.IGNORECASE)
# the words that only say a count was recorded ("такие отказы зафиксированы"): no part of the label
_RECORDED = re.compile(r"\b(?:такие|таких|such|зафиксирован\w*|отмечен\w*|зарегистрирован\w*|учтен\w*|recorded|"
                       r"registered|noted|reported|were|was|тіркелді)\b", re.IGNORECASE)
_ABOUT_AFTER = re.compile(r"^\s*(?:из них\s+|of them\s+)?(?:речь шла|шла речь|речь ид[её]т|ид[её]т речь|[-–—]|it was|"
                          r"they were)\s*"
                          r"(?:о|об|обо|about)\s+(?P<label>[^,;:.()\d]{3,150}?)(?=\s*(?:[,;.(]|\Z))", re.IGNORECASE)
_CLOSES = re.compile(r"\s*(?:[,;.)]|\(|\Z)")


def _named_after(ex: Extractor, c: Candidate, label: re.Match[str], refuse: str = "") -> bool:
    """Take the measure the words after the count name (`label`'s group "label", matched on the clause)."""
    measure = resolve(ex.doc.language, label["label"], c.parent, "", lexical=True)
    if measure is None or measure.endswith("_kzt") or measure == refuse:
        return False
    c.measure, c.label_around, c.start = measure, True, c.n.start
    c.clause_end = c.end = c.n.end + label.end("label")
    c.clause = ex.text[c.n.end : c.clause_end]
    c.in_paren = False
    return True


def in_n_cases(ex: Extractor, c: Candidate) -> bool:
    """Read "<label> (were recorded) in N (cases)" by its label (see `_LABEL_BEFORE_IN`)."""
    t = ex.text
    lo = max(c.ss, c.prev.end if c.prev else c.ss)
    before = t[lo : c.n.start]
    if not _IN_BEFORE.search(before) or c.n.integer is None:
        return False
    about = _ABOUT_AFTER.match(c.clause)
    if about:
        # "В двадцати шести из них речь шла о нарушениях прав …, в двадцати девяти — об ограничении доступа …":
        # the label follows, after "it was about"
        return _named_after(ex, c, about)
    cases = _CASES_AFTER.match(c.clause)
    rest = c.clause[cases.end() :] if cases else c.clause
    if not cases and not _CLOSES.match(rest):
        return False  # "in 27 regions …": not a count of cases
    label = _LABEL_BEFORE_IN.search(before)
    topic = _TOPIC_BEFORE_IN.search(before)
    if topic and (label is None or topic.start("label") < label.start("label")):
        label = topic  # "о конфликтах и обвинениях, предъявленных прессе, – в двадцати восьми": the whole topic
    words = _RECORDED.sub(" ", label["label"]).strip() if label else ""
    measure = resolve(ex.doc.language, words, c.parent, "", lexical=True) if words else None
    if measure is None and words and c.parent is not None:
        # "О прямых нарушениях … говорилось в 36 из них, о претензиях и обвинениях – в 33": the next group, not
        # a part of the one before
        top = resolve(ex.doc.language, words, None, "", lexical=True)
        if top in cues.GROUP_MEASURES:
            measure, c.parent = top, None
    if measure is None and cases and label is None:
        after = re.split(r"[,;:(]|\s[-–—]\s", rest, maxsplit=1)[0]
        measure = resolve(ex.doc.language, after, c.parent, "", lexical=True) if len(after.split()) > 1 else None
    if measure is None or measure.endswith("_kzt"):
        return False
    c.measure, c.label_around = measure, True
    c.start = lo + label.start("label") if label else c.n.start
    c.clause_end = c.end = c.n.end + (cases.end() if cases else 0)
    c.clause = t[c.n.end : c.clause_end]
    c.in_paren = False
    return True


# "Detentions lead the first group, with 19; next come obstruction …, with 14", "refusals came to sixteen and
# blocked resources to seven", "civil claims numbered 17": the label, then a linking word, then the count
_LINKED_BEFORE = re.compile(
    r"(?:^|[;:.]|,\s+(?:and\s+)?|\s(?:and|next come|then come)\s+)\s*(?P<label>[^\W\d_][^,;:.()\d]{2,120}?)"
    r"(?:,\s+with|\s+(?:came to|amounted to|totall?ed|numbered|stood at|stands? at|reached))\s*\Z", re.IGNORECASE)
# "Основную часть второй группы, 22 сообщения, составили отказы в информации", "…, 22 reports, were refusals"
_MADE_UP_AFTER = re.compile(r"^\s*(?:сообщени\w*|reports?|cases)\s*,\s*(?:составили|составляют|были|were|are|"
                            r"made up)\s+(?P<label>[^,;:.()\d]{3,120}?)(?=\s*(?:[,;.(]|\Z))", re.IGNORECASE)
_ELIDED_TO = re.compile(r"\s(?:and|,)\s+(?P<label>[^\W\d_][^,;:.()\d]{2,80}?)\s+(?:to|at)\s*\Z", re.IGNORECASE)
# "Rights violations made up 52 of these, access to information 79, and claims against the press 56": the next
# label right after the count before, its verb left out
_ELIDED_AFTER_COUNT = re.compile(r"^(?:\s+of\s+(?:these|them|which))?\s*,\s*(?:and\s+|и\s+)?"
                                 r"(?P<label>[^\W\d_][^,;:()\d]{2,100}?)\s*\Z", re.IGNORECASE)
_SUBJECT_BEFORE_COPULA = re.compile(r"(?P<subject>.+?)\s+(?:remained|remains|was|were|is|are|became)\s+(?:again\s+)?"
                                    r"(?:the|a)\s+(?:most|main|largest|commonest|leading)\b", re.IGNORECASE)
# the verbs that link a label to its count, which the next label and count of the sentence may leave out
_LINK_VERB = re.compile(r"\b(?:came to|amounted to|stands? at|stood at|accounts? for|accounted for|makes? up|made up|"
                        r"numbered|totall?ed|составил[аио]?)\b", re.IGNORECASE)
_LEAD_VERB = re.compile(r"\s+(?:leads?|led|top|tops|topped|head|heads|headed)\b.*\Z|^\s*(?:next come|then come)\s+",
                        re.IGNORECASE)


def linked_before(ex: Extractor, c: Candidate) -> bool:
    """Read "<label>, with N" / "<label> came to N (and <label> to M)" by its label before the count, and
    "the bulk of the group, N reports, were <label>" by its label after the linking verb."""
    t = ex.text
    made_up = _MADE_UP_AFTER.match(c.clause) if c.n.integer is not None else None
    if made_up:
        return _named_after(ex, c, made_up, refuse="reports.total")
    lo = max(c.ss, c.prev.end if c.prev else c.ss)
    before = t[lo : c.n.start]
    if c.n.integer is None or not (_CLOSES.match(c.clause) or _CASES_AFTER.match(c.clause)
                                   or re.match(r"\s*(?:and|и)\s", c.clause)):
        return False
    m = _LINKED_BEFORE.search(before)
    if m is None and _LINK_VERB.search(t[c.ss : c.n.start]):
        # "… came to sixteen and blocked resources to seven", "criminal cases stand at 5, civil claims at 15", "…
        # made up 52 of these, access to information 79"
        m = _ELIDED_TO.search(before) or (_ELIDED_AFTER_COUNT.match(before) if c.prev is not None else None)
    if m is None:
        return False
    label = _LEAD_VERB.sub(" ", m["label"]).strip()
    subject = _SUBJECT_BEFORE_COPULA.match(label)
    if subject:
        # "Hindrance to work - being pushed out of courtrooms - remained the most frequent violation …, with 96":
        # the subject, before its aside, is what is counted; the rest names its group
        label = re.split(r"\s[-–—]\s", subject["subject"])[0]
    measure = resolve(ex.doc.language, label, c.parent, "", lexical=True) if label else None
    if measure is None or measure.endswith("_kzt"):
        return False
    c.measure, c.label_around, c.start, c.end = measure, True, lo + m.start("label"), c.n.end
    c.clause_end = c.n.end
    c.clause = ""
    c.in_paren = False
    return True


def share_of_the_last(ex: Extractor, c: Candidate) -> str | None:
    """"Courts delivered 58 judicial acts; 25 went in favour of the press": a bare count opening the next
    clause of the same sentence is a part of the count before it, when its words name one of that count's
    parts (and only then)."""
    last = ex.figures[-1] if ex.figures else None
    if (last is None or c.prev is not None or c.parent is not None
            or not re.fullmatch(r"\s*", ex.text[c.ss : c.n.start]) or len(c.clause.split()) > LEXICAL_MAX_WORDS):
        return None
    here, there = ex.scope.full_span(c.n.start), ex.scope.full_span(last.start)
    if here is None or there is None:
        return None
    if last.measure not in cues.CHILDREN and last.parent is not None and here == there:
        last = last.parent  # "…; five concern defamation": the next part of the same whole
    # the whole is counted in this sentence or closes the one just before ("… 17 times. Seven concern …")
    if last.measure not in cues.CHILDREN or not (here == there or (
            here[0] >= there[1] and not ex.text[there[1] : here[0]].strip() and last.end >= there[1] - 12)):
        return None
    measure = resolve(ex.doc.language, c.clause, last, c.tail, lexical=True)
    if measure is not None and measure != last.measure:
        c.parent, c.label_around = last, True
        return measure
    return None


_LABEL_COMMA_COUNT = re.compile(r"^\s*(?:and\s+|и\s+|а\s+)?(?P<label>[^\W\d_][^,;:()\d]{2,120}?),\s*\Z")


_PAIRS_AFTER_COLON = re.compile(r":\s*(?:[^\W\d_][^;:()\d]{2,120}?,\s*\d{1,5}\s*;\s*){2,}"
                                r"(?:and\s+|и\s+)?[^\W\d_][^;:()\d]{2,120}?,\s*\d{1,5}\s*[.;]?\s*\Z")
_LAST_PAIR_LABEL = re.compile(r"[:;]\s*(?:and\s+|и\s+)?(?P<label>[^\W\d_][^;:()\d]{2,120}?),\s*\Z")


def elided_after_semicolon(ex: Extractor, c: Candidate) -> str | None:
    """"Rights violations make up 362 of them; cases touching access to information, 417; legal claims, 181.":
    after a counted clause, a clause that is only "label, N" repeats its construction with the verb left out."""
    t = ex.text
    last = ex.figures[-1] if ex.figures else None
    here = ex.scope.full_span(c.n.start)
    if here is not None and _PAIRS_AFTER_COLON.search(t[here[0] : here[1]]) and (
            pair := _LAST_PAIR_LABEL.search(t[here[0] : c.n.start])):
        # "… give this picture: the general climate, 19; infringements of the rights of journalists, 36; …":
        # the whole sentence after its colon is "label, N" pairs
        measure = resolve(ex.doc.language, pair["label"], None, "", lexical=True)
        if measure is not None:
            c.label_around, c.start = True, here[0] + pair.start("label")
        return measure
    m = _LABEL_COMMA_COUNT.match(t[c.ss : c.n.start])
    if last is None or here is None or ex.scope.full_span(last.start) != here:
        return None
    if m is None or not re.match(r"\s*(?:[;.]|\Z)", t[c.n.end : c.se]) or ";" not in t[last.end : c.ss + 1]:
        return None
    measure = resolve(ex.doc.language, m["label"], last.parent, "", lexical=True)
    if measure is not None:
        c.parent, c.label_around, c.start = last.parent, True, c.ss + m.start("label")
    return measure



# "(libel and insult 5; knowingly false information 6; …": a part's label, then its count, inside a bracket
_BRACKET_ITEM = re.compile(r"(?:\(|;|,)\s*(?P<label>[^\W\d_][^\d();,]{2,80}?)\s*[:–—-]?\s*\Z")


def bracket_item(ex: Extractor, c: Candidate) -> str | None:
    """"Criminal – 14 (libel and insult 5; knowingly false information 6; incitement of discord 3)": inside a
    bracket right after a count, "label N" items break that count down; each label is read against the
    count's own sub-measures."""
    t = ex.text
    opened = t.rfind("(", min(c.ss, ex.lines[c.line_idx][0]), c.n.start)
    if opened < 0 or ")" in t[opened : c.n.start] or not re.match(r"\s*(?:[;,)]|\Z)", t[c.n.end : c.n.end + 3]):
        return None
    whole = next((f for f in reversed(ex.figures) if f.end <= opened), None)
    if whole is None or t[whole.end : opened].strip() or whole.measure not in cues.CHILDREN:
        return None
    item = _BRACKET_ITEM.search(t[opened : c.n.start])
    if item is None or len(item["label"].split()) > 6:
        return None
    measure = resolve(ex.doc.language, item["label"], whole, "", lexical=True)
    if measure is None or not is_allowed(measure, cues.CHILDREN[whole.measure]):
        return None
    c.parent, c.label_around, c.start = whole, True, opened + item.start("label")
    return measure

# a row or item labelled only "Total": "| Total | 64 | 178 |", "Всего – 39", "Барлығы: 52"
_TOTAL_LABEL = re.compile(rf"^[\s|]*{OPT_BULLET}(?:total|in total|overall|всего|итого|барлығы|жиыны|жалпы(?: саны)?)"
                          r"[\s|:–—-]*$", re.IGNORECASE)


def total_row(ex: Extractor, c: Candidate) -> str | None:
    """The measure a row labelled only "Total" sums: the rows just above it, in the same block. Three
    groups' totals sum to the report total; the parts of one group sum to that group's total."""
    ls, _le = ex.lines[c.line_idx]
    label = re.sub(r"(?:\s*\d[\d\s]*[|/])+\s*\Z", "", ex.text[ls : c.n.start])  # the row's earlier columns
    if not _TOTAL_LABEL.match(label):
        return None
    above = {f.measure for f in ex.figures if c.line_idx - 8 <= f.line < c.line_idx
             and all(ex.text[slice(*ex.lines[k])].strip() for k in range(f.line, c.line_idx))}
    if len(above) >= 2 and above <= set(GROUP_TOTALS):
        return "reports.total"
    parts = [m.split(".") for m in above]
    common = []
    for level in zip(*parts, strict=False):
        if len(set(level)) != 1:
            break
        common.append(level[0])
    whole = ".".join(common) if len(common) > 1 else f"{common[0]}.total" if common else ""
    if len(above) >= 2 and whole not in above and whole in cues.CHILDREN and all(
            is_allowed(m, cues.CHILDREN[whole]) for m in above):
        return whole  # "- defamation – 3 / - false information – 2 / - Total – 5": the criminal charges
    return None


def bracket_note_below(ex: Extractor, line_idx: int) -> tuple[str, str] | None:
    """A note of its own that follows the figures ("Figures in brackets are cumulative from 1 January."):
    it says what the brackets of the paragraphs above it hold. Only a short line that counts nothing
    itself, within the next few paragraphs."""
    t = ex.text
    blanks = 0
    for k in range(line_idx + 1, min(len(ex.lines), line_idx + 12)):
        a, b = ex.lines[k]
        line = t[a:b]
        if not line.strip():
            blanks += 1
            if blanks > 3:
                return None
            continue
        if len(line) > 160 or not BRACKET_WORD.search(line):
            continue
        m = BRACKET_NOTE.search(line)
        if m and not re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b|\b\d{1,2}\s+\w+", "", line)):
            inside = ex.scope.own_scope(m["span"] or m["span2"])
            return (inside, "period") if inside else None
    return None
