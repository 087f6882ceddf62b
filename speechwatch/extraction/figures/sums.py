"""Step "sums": money a report states about its period — claimed and recovered KZT (methodology §4)."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from speechwatch.extraction.document import BULLET_CHAR, is_table_row
from speechwatch.extraction.figures import cues
from speechwatch.extraction.figures.model import Figure
from speechwatch.extraction.figures.scope import MONEY_CLAUSE_END
from speechwatch.extraction.figures.steps import bracket_header, table_column_scope, wrapped_label_head
from speechwatch.extraction.months import MONTH

if TYPE_CHECKING:
    from speechwatch.extraction.figures.extract import Extractor


# "In the honour suits the plaintiffs demanded …", "По искам о защите чести истцы требовали …": an opening
# that names the suits the sum belongs to, not a subject of its own
SUITS_OPENING = re.compile(
    r"^\s*(?:in|по)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:suits|lawsuits|cases|claims|искам|делам)\b",
    re.IGNORECASE,
)


# a sentence about the suits or claims just counted ("in these claims", "по этим искам", "осы талаптарда")
REFERS_BACK = re.compile(r"\b(?:these|those|such) (?:[\w-]+ )?(?:claims|suits|lawsuits|cases|charges)\b|"
                         # "Истцы в совокупности требуют …": the plaintiffs of the suits just counted
                         r"^\W*(?:the\s+|their\s+)?plaintiffs\b|^\W*истцы\b|^\W*талапкерлер\b|"
                         r"\b(?:по )?(?:этим|этих|таким|таких|данным) (?:иск|дел|претензи)\w*|\bосы (?:талап|іс)\w*",
                         re.IGNORECASE)


_NAMED_OUTLET = re.compile(r"[«\"“][^»\"”]{2,60}[»\"”]")
_CASE_VERB = re.compile(r"\b(?:went to court|sued|filed (?:a )?(?:suit|claim|lawsuit)|lodged (?:a )?claim|seeking|"
                        r"demanding|обратил\w* в суд|подал\w* иск|требуя|сотқа жүгін\w*|талап арыз берді|"
                        # one claim decided: "granted the claim …", "иск удовлетворил", "талап-арызын қанағаттандырып"
                        r"granted (?:the|a|its|his|her) claim|(?:partly |partially )?(?:satisfied|upheld) the "
                        r"(?:claim|suit)|"
                        r"удовлетвор\w*|қанағаттандыр\w*|"
                        # one ruling confirmed: "upheld the ruling that ordered …", "оставил в силе решение"
                        r"upheld the (?:ruling|decision|judgment|verdict)|оставил\w* в силе|күшінде қалдыр\w*)\b",
                        re.IGNORECASE)
# a named journalist or editor: "journalist Svetlana Orlik", "редактора Серика Абенова"
_NAMED_PERSON = re.compile(r"\b(?:journalist|editor|blogger|reporter|correspondent|журналист\w*|редактор\w*|блогер\w*|"
                           r"корреспондент\w*|тілші\w*)\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+")
# a list item: a bullet, or a number that opens the line ("4) The Pavlodar city court …")
_ITEM = re.compile(r"^\s*(?:" + BULLET_CHAR + r"|\d{1,2}[.)])\s*(?=\D)")
_COUNT = re.compile(r"(?<![\d.,])\d+(?![\d.,]*\s*(?:%|млн|млрд|мың|тыс|million|billion|thousand))")


# "more than two billion tenge", "более 1 млрд тенге", "2 миллиард теңгеден астам": a lower bound or an
# estimate, not the exact sum a report's statistics must carry
_BOUND_BEFORE = re.compile(r"(?:\b(?:more than|over|above|in excess of|upwards of|at least|almost|nearly|about|around|"
                           r"approximately|some|более|свыше|больше|не менее|около|почти|примерно|порядка)"
                           r"(?:\s+(?:KZT|тенге|теңге))?\s*)$", re.IGNORECASE)
_BOUND_AFTER = re.compile(r"^[а-яәғқңөұүһі]{0,5}\s+(?:астам|асады|шамасында|жуық)\b", re.IGNORECASE)


def is_bound(text: str, a: int, b: int) -> bool:
    """Whether the sum at text[a:b] is told as a bound or an estimate rather than an exact figure."""
    return bool(_BOUND_BEFORE.search(text[max(0, a - 30) : a]) or _BOUND_AFTER.match(text[b : b + 30]))


def _story_item(line: str, a: int, b: int) -> bool:
    """A list item that tells one story: a bullet opening with words and holding no count but the sum
    ("- A businessman sued the weekly, demanding KZT 15 million"); a tally item has its count
    ("– civil claims: 61, with damages of KZT 748 million")."""
    if not _ITEM.match(line) and not ((_NAMED_OUTLET.search(line) or _NAMED_PERSON.search(line))
                                      and _CASE_VERB.search(line)):
        return False  # (a paragraph that names an outlet or a journalist sued or fined tells one case too)
    if re.search(r"[^\W\d_]\s*[:–—]\s*\Z|[^\W\d_]\s*[:–—][^():–—]*\(\s*\Z", line[:a]):
        return False  # "- moral damages claimed: KZT 48.2 million (KZT 2.91 billion)": a label, then its sum
    opening = _ITEM.match(line)
    rest = line[opening.end() if opening else 0 : a] + " " + line[b:]  # (not the item's own number)
    return not any(not (1900 <= int(m.group()) <= 2100) for m in _COUNT.finditer(rest))


# a tally item of a list: "– судебных актов по таким искам – 88", "- criminal charges: 12"
# (or one that opens with its count: "- 38 pre-trial claims and lawsuits over honour …;")
_TALLY_ITEM = re.compile(r"^\s*" + BULLET_CHAR
                         + rf"\s*(?:[^\W\d_][^\d]*?\s[-–—:]\s*\d|\d+\s+(?!(?:{MONTH})\b)[^\W\d_])",
                         re.IGNORECASE)  # (not a date: "· 21 августа в Таразе …")


def _after_tally_item(ex: Extractor, line_idx: int) -> bool:
    """The item just above is a "label – N" tally: a sum item of the same list is a tally too
    ("– фактически взыскано с ответчиков 12 млн. тенге." under "– судебных актов … – 88;")."""
    for k in range(line_idx - 1, -1, -1):
        above = ex.text[slice(*ex.lines[k])]
        if above.strip():
            return bool(_TALLY_ITEM.match(above))
    return False


def read_sums(ex: Extractor, amounts: list[tuple[int, int, int]]) -> None:
    """Claimed and recovered sums of money: by the cue before the sum, the verb after it, or the counted
    suits that own it ("12 suits … in the amount of KZT …")."""
    t = ex.text
    state = "period"
    bounds = ex.sentences
    by_sentence: dict[int, list[Figure]] = {}
    for f in ex.figures:
        by_sentence.setdefault(f.sentence, []).append(f)
    pending = sorted(amounts)
    cursor = 0
    prev_scope = "period"
    last_full, full_scope = "", "period"
    for si, (ss, se) in enumerate(bounds):
        sentence = t[ss:se]
        full = ex.scope.full_sentence(ss) or sentence
        # ("За это же время суды взыскали …" points back to the span of the sentence before, as in the figures)
        scope, state = ex.scope.sentence_scope(full, state, full_scope if full != last_full else "")
        if full != last_full:
            last_full, full_scope = full, scope
        if scope == state and ex.in_year_to_date_paragraph(ss):
            scope = "ytd"  # "Жыл басынан бері … . Моральдық зиянды өтеуге талап етілген сома …"
        if REFERS_BACK.search(sentence) and not ex.scope.own_scope(full):
            scope = prev_scope  # "Moral damages demanded in these claims reached …": the claims just counted
        prev_scope = scope
        while cursor < len(pending) and pending[cursor][0] < ss:
            cursor += 1
        k = cursor
        while k < len(pending) and pending[k][0] < se:
            k += 1
        for a, b, kzt in pending[cursor:k]:
            if re.match(r"^\s*\d", t[b : b + 6]) or (b >= ex.text_end - 1 and not t[a:b].strip()[-1].isalpha()
                                                     and not t[a:b].endswith(".")
                                                     and not re.match(r"[.;!?)]", t[b : b + 1])):
                continue
            rest = t[b : ex.text_end] if ex.text_end - b < 40 else ""
            if rest.strip() and len(rest.split()) <= 2 and not re.search(r"[.;!?)»\"]\s*$", rest):
                continue  # "… reaches KZT 96 mil": the text was cut inside the sum
            if is_bound(t, a, b):
                continue  # "plaintiffs demanded more than two billion tenge": no exact sum is published
            before_at = ss
            last_sum = max((e for _, e, _ in pending[cursor:k] if e <= a), default=ss)
            if cues.RECOVERED_RE.search(t[last_sum:a]) or cues.CLAIMED_RE.search(t[last_sum:a]):
                # "sought KZT 96.8 million …, while the courts ordered KZT 4.2 million": its own cue
                before_at = last_sum
            before = t[before_at:a]
            measure = None
            fig_scope = scope
            # (a closed bracket's span is the bracket's: "81 иск (в октябре – 8) на общую сумму …")
            own = ex.scope.own_scope(re.split(r"[,;(]\s*|\s(?:and|и)\s", re.sub(r"\([^()]*\)", " ", before))[-1])
            if not own:
                # "KZT 41.5 million in May and KZT 118.2 million since January": the span told right after the sum
                own = ex.scope.own_scope(re.split(r"[,;.(]|\s(?:and|и|а)\s", t[b:se], maxsplit=1)[0])
            ls, le = ex.lines[ex.line_of(a)]
            line = t[ls:le]
            if ex.scope.in_event_paragraph(line):
                continue  # "May 12. The court ordered … to pay KZT 5 million": one case's money
            if _story_item(line, a - ls, b - ls) and not _after_tally_item(ex, ex.line_of(a)):
                continue  # "- The akim sued the weekly, demanding KZT 15 million": one suit's money
            start = a
            if cues.RECOVERED_AFTER_RE.match(MONEY_CLAUSE_END.split(t[b:se], 1)[0]) and not cues.CLAIMED_AFTER_RE.match(
                    MONEY_CLAUSE_END.split(t[b:se], 1)[0]):
                measure = "legal.civil.recovered_kzt"  # "…, соттар 14,8 млн теңге өндіріп алды": the verb after
            elif cues.RECOVERED_RE.search(before):
                measure = "legal.civil.recovered_kzt"
            elif (m := cues.CLAIMED_RE.search(before)) and len(SUITS_OPENING.sub("", re.split(
                    r"[,;]\s+(?:and\s+|и\s+)?", t[before_at : before_at + m.start()])[-1]).split()) <= 8:
                measure = "legal.civil.claimed_kzt"
                start = before_at + m.start()
            elif cues.CLAIM_COUNT_MONEY_RE.search(t[max(ss, a - 45) : a]):
                owners = [
                    f
                    for f in by_sentence.get(si, [])
                    if ss <= f.start < a and f.measure in {"legal.civil", "legal.civil.honor"}
                    and t[ss : f.start].count("(") <= t[ss : f.start].count(")")  # not the bracket's restatement
                ]
                if not owners and re.match(r"\W*(?:their|its|их|олардың)\b", t[ss:a], re.IGNORECASE):
                    # "- 62 claims … seeking protection of honour …; their total was KZT 249 millions": the
                    # claims of the clause before
                    owners = [f for f in by_sentence.get(si - 1, [])
                              if f.measure in {"legal.civil", "legal.civil.honor"}]
                if owners:
                    measure = "legal.civil.claimed_kzt"
                    fig_scope = owners[-1].scope
                    start = owners[-1].start
            # (up to the next coordinated clause: "… KZT 64 million 250 thousand are claimed and courts have …")
            after = re.split(r"\s(?:and|while|but|и|а|ал|және)\s", MONEY_CLAUSE_END.split(t[b:se], 1)[0], maxsplit=1)[0]
            if measure is None and len(after.split()) <= 8:
                # the verb after the sum: "79 million KZT was demanded in 2020"
                if cues.CLAIMED_AFTER_RE.match(after):
                    measure = "legal.civil.claimed_kzt"
                elif cues.RECOVERED_AFTER_RE.match(after):
                    measure = "legal.civil.recovered_kzt"
                if measure is not None:
                    fig_scope = ex.scope.money_year_scope(t[ss:a], after, fig_scope)
            if measure is None:
                measure, fig_scope = _restated_in_brackets(ex, a, b, fig_scope)
            if measure is None:
                measure, fig_scope = _elided_after_sum(ex, a, b, se, fig_scope)
            if measure is None:
                continue
            header = bracket_header(ex, ex.line_of(a))
            inside = t[ls:a].count("(") > t[ls:a].count(")")
            local = ex.scope.own_scope(t[b:se]) if header is not None and "(" not in t[b:se] else ""
            if header is not None and not inside and local in ("period", "ytd"):
                fig_scope = local
            elif header is not None:
                # "сумма требований – 41 млн тенге (96 млн тенге)" under "в скобках – с начала года" (a sum
                # outside brackets that its clause dates keeps that span: "… recovered KZT 2 million from media
                # and citizens since January")
                fig_scope = (header[0] if inside else header[1]) or fig_scope
            if own in ("period", "ytd"):
                fig_scope = own  # "… с начала года – 1 млрд 87 млн тенге, в ноябре – 12,5 млн.": each part its span
            before_fig = t[ss:a]
            opened = before_fig.rfind("(")
            if opened >= 0 and ")" not in before_fig[opened:] and ex.scope.other_year(before_fig[opened:]):
                fig_scope = "other"  # "… – 38 млн. тенге (в первом полугодии 2019 года – 62 млн.)": another year's
            elif cues.COMPARISON_RE.search(before_fig[-60:]):
                fig_scope = "other"
            elif fig_scope == "other" and cues.COMPARISON_RE.search(t[b:se]):
                # "… demanded KZT 932 400 000, against 117 claims in January–June 2016": the other span
                # belongs to the comparison after the sum, not to the sum
                fig_scope = ex.scope.own_scope(t[ss:a]) or "period"
                if fig_scope == "other":
                    continue
            ex.figures.append(Figure(measure, kzt, start, b, fig_scope, None, si, ex.line_of(a)))


def _restated_in_brackets(ex: Extractor, a: int, b: int, scope: str) -> tuple[str | None, str]:
    """"… with KZT38600000 demanded in moral damages (KZT71200000 since January)": a sum in brackets right
    after a sum read on the same line, with only a span beside it, is that sum over the span."""
    t = ex.text
    last = next((f for f in reversed(ex.figures) if f.measure.endswith("_kzt") and f.end <= a), None)
    if last is None or ex.line_of(last.start) != ex.line_of(a):
        return None, scope
    between = t[last.end : a]
    closing = t.find(")", b)
    # (the span may be told inside the bracket before the sum: "… 31,5 млн теңге сұралады (жыл басынан – 212 млн …)")
    opened = re.fullmatch(r"[^()\d]{0,60}\(\s*(?P<span>[^()\d]{0,40}?[-–—:]\s*)?", between)
    if not opened or closing < 0 or closing - b > 40:
        return None, scope
    own = ex.scope.own_scope((opened["span"] or "") + " " + t[b:closing])
    return (last.measure, own) if own in ("period", "ytd") and own != last.scope else (None, scope)


def _elided_after_sum(ex: Extractor, a: int, b: int, se: int, scope: str) -> tuple[str | None, str]:
    """"Moral damages claimed …: KZT 7,350,000 in November; KZT 96.2 million since January.": a sum told with
    only a span, right after a sum of the same sentence, is that sum's measure over the span."""
    t = ex.text
    last = next((f for f in reversed(ex.figures) if f.measure.endswith("_kzt") and f.end <= a), None)
    if last is None or ex.scope.full_span(last.start) != ex.scope.full_span(a):
        return None, scope
    if not re.fullmatch(r"[^\d().]{0,40}[;,]\s*(?:and\s+|и\s+|а\s+|ал\s+)?", t[last.end : a]):
        return None, scope
    after = re.split(r"[;(]", t[b:se], maxsplit=1)[0]
    own = ex.scope.own_scope(after) if len(after.split()) <= 6 else ""
    return (last.measure, own) if own in ("period", "ytd") and own != last.scope else (None, scope)


# a table row whose label names the currency: "Moral damages claimed, KZT     31 200 000   96 750 000"
_CURRENCY_LABEL = re.compile(r"\b(?:KZT|tenge|тенге|теңге|тг)\b", re.IGNORECASE)


def read_table_sums(ex: Extractor) -> None:
    """Sums in a table's cells, the currency named once in the row's label; each cell's span is its
    column's ("April" / "since January")."""
    t = ex.text
    have = {(f.measure, f.value) for f in ex.figures}
    for idx, (ls, le) in enumerate(ex.lines):
        row = t[ls:le]
        if not is_table_row(row):
            continue
        numbers = [n for n in ex.doc.numbers if ls <= n.start < le and n.integer is not None and not n.words]
        if not numbers:
            continue
        label = f"{wrapped_label_head(ex, idx)} {t[ls : numbers[0].start]}"
        if not _CURRENCY_LABEL.search(label):
            continue
        if cues.RECOVERED_RE.search(label):
            measure = "legal.civil.recovered_kzt"
        elif cues.CLAIMED_RE.search(label):
            measure = "legal.civil.claimed_kzt"
        else:
            continue
        for n in numbers:
            scope = table_column_scope(ex, idx, n.start)
            if scope and (measure, n.integer) not in have:
                si = bisect.bisect_right([a for a, _b in ex.sentences], n.start) - 1
                ex.figures.append(Figure(measure, n.integer, ls + len(row) - len(row.lstrip()), n.end, scope,
                                         None, si, idx))
