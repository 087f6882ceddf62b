"""The steps one candidate number goes through to become a figure, in order (`FIGURE_STEPS`).

Each step reads or fills the `Candidate` and may drop it by returning False: clause (the words that
describe the number) → parent (list structure) → measure → label ("Label – N") → count (a top-level
number must count something reports count) → cut-off (text cut before its meaning is clear) → scope.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from speechwatch.extraction.document import BULLET_CHAR, BULLET_MARKS, OPT_BULLET, is_table_row
from speechwatch.extraction.figures import cues, lexicon, measure_model
from speechwatch.extraction.figures.absence import absent_measures, is_absence
from speechwatch.extraction.figures.columns import caption_columns
from speechwatch.extraction.figures.labels import (
    bracket_item,
    bracket_note_below,
    elided_after_semicolon,
    in_n_cases,
    linked_before,
    number_of_before,
    share_of_the_last,
    total_row,
)
from speechwatch.extraction.figures.measure import is_allowed, last_cue, resolve
from speechwatch.extraction.figures.model import LEXICAL_MAX_WORDS, Candidate, Figure
from speechwatch.extraction.figures.scope import (
    BRACKET_NOTE,
    BRACKET_WORD,
    CONTRAST,
    COUNT_IN_BRACKETS,
    IN_MONTH,
    MONTH_RANGE,
)
from speechwatch.extraction.figures.structure import (
    ALL_IN_LABEL,
    ALL_OF_THEM,
    APPOSITION_BEFORE,
    HEADER_FOLLOWS,
    LIST_ITEM,
    find_parent,
    heading_label,
    last_told_count,
    pre_label,
)
from speechwatch.extraction.figures.told_as_verb import TIMES_UNIT, is_times_word, step_told_as_verb
from speechwatch.extraction.months import MONTH, month_number
from speechwatch.extraction.numbers import WORD_VALUES
from speechwatch.extraction.parts_of_year import PART_OF_YEAR, read_part
from speechwatch.extraction.schemas import UnmappedFigure

if TYPE_CHECKING:
    from speechwatch.extraction.figures.extract import Extractor

BARE_COUNT = re.compile(
    r"^\s*(?:(?:reported|recorded|registered|documented)\s+)?(?:cases?|reports?|instances?|incidents?|facts?|times|хабарлама\w*|жағдай\w*|дерек\w*|сообщени\w*|"
    r"случа\w*|факт\w*)(?:\s+(?:тіркелді|were (?:recorded|registered)|in total|in all|altogether|всего))?\s*:?\s*$",
    re.IGNORECASE,
)
# "… 139 жағдай тіркеді", "… 702 cases documented": the verb that says the foundation counted them
_REGISTERED = re.compile(r"\s+(?:тіркеді|құжаттады|есепке алды|documented|registered|recorded)(?=\s*[.;:]?\s*$)",
                         re.IGNORECASE)

# The words of a count restated over another span without its noun ("the count has reached", "таких
# сообщений набралось", "the total stood at")
RESTATED = re.compile(r"\b(?:the (?:(?:running|overall|cumulative)\s+)?(?:count|total|number|figure)|"
                      r"таких\s+\w+|их\s+(?:число|количество)|"
                      r"общее\s+(?:число|количество)|мұндай\s+\w+|олардың\s+саны)\b", re.IGNORECASE)

_MOST_OF_THEM = re.compile(r"\b(?:most|the (?:majority|bulk)|majority|(?:подавляющее )?большинство|"
                           r"(?:основная|подавляющая) (?:их )?часть|көбі|басым бөлігі)"
                           r"(?: of (?:them|these|which))?(?: из них| их)?\s*\(\s*\Z", re.IGNORECASE)
# (a participle may stand before what they were for: "(двадцать одна) возбуждена по части 4 статьи 274")
_WHAT_AFTER_BRACKET = re.compile(r"\s*\)\s*(?:[-–—]\s*)?(?P<label>(?:[^\W\d_]+(?:ed|ен[аоы]?|ан[аоы]?)\s+)?"
                                 r"(?:over|for|on|about|concerning|under|о|об|по|за)\s+"
                                 r"[^;.()]{3,80})", re.IGNORECASE)
_NEXT_PART_TOLD = re.compile(r"(?:,?\s(?:and|и)\s+|,\s)(?=\S+\s+(?:for|over|on|under|о|по|за)\s)")
_LABEL_AFTER_BRACKET = re.compile(r"\)\s+(?:being|were|are|—|–)\s+(?P<label>[^,;.()]{3,80})")
_APPOSITION_AFTER = re.compile(r"\s*,\s+(?=[^\W\d_])")
_OPENS_PARTS = re.compile(r",?\s+(?:namely|as follows|а именно|атап айтқанда)\s*[:,]?\s*\Z", re.IGNORECASE)
# ", в пользу СМИ – 31", ", in favour of the media – 12": a comma-part that labels the next count
# (its label may cite an article: ", по ст. 456-2 – 19")
_NEXT_LABELLED_COUNT = re.compile(r",\s+(?:(?:and|и|а|of them|из них)\s+)?[^\W\d_](?:[^,;:\d]|(?<=[\s.])\d{1,3}"
                                  r"(?:-\d{1,2})?(?=\s)){2,60}?\s[-–—]\s*(?:\d|\Z)")

# the next sentence breaks the count down: "… 68 cases. Of these:", "… 66 случаев. Из них:", "Олардың ішінде:"
_BREAKDOWN_NEXT = re.compile(r"\s*(?:of these|of them|among them|из них|в том числе|олардың ішінде|оның ішінде)\b",
                             re.IGNORECASE)
_SHARE_OF_THE = re.compile(r"^\s*(?:of the|of these|of those|из этих|из тех)\s+(?!\d)", re.IGNORECASE)
_OF_THE_WHOLE = re.compile(r"^\s*of the \d+\b|^\s*из \d+\b", re.IGNORECASE)
_IN_N_OF_THEM = re.compile(r"(?:^\s*|;\s*|\.\s+)(?P<label>[^\W\d_][^.;:]{3,150}?)\s+in\s*\Z")
_CONCERNED = re.compile(r"^\s*(?:dealt with|deal with|concerned|concern|describe|described|tell of|told of|related to|"
                        r"are|were about|had to do with|касались|касаются|описывают|"
                        r"относились к|қатысты болды)\s+", re.IGNORECASE)
# "such", pointing back to a kind told before ("таких исков", "6 such criminal cases", "мұндай жағдайлар")
_SUCH_WORDS = r"such|similar|таких|такие|подобных|аналогичных|осындай|мұндай"
_SUCH = re.compile(rf"\b(?:{_SUCH_WORDS})\s+\w+", re.IGNORECASE)

_THAN_CLAUSE = re.compile(r",?\s+(?:чем|than|қарағанда)\s+[^,;:]*", re.IGNORECASE)
# after a colon, only who counted and how: "мониторинг насчитал ровно", "the monitors counted exactly"
_COUNTED_ONLY = re.compile(r"\s*(?:[\w-]+\s+){0,2}(?:насчитал\w*|зафиксировал\w*|зарегистрировал\w*|counted|registered|"
                           r"recorded|тіркеді|есептеді)(?:\s+(?:ровно|всего|exactly|in all|барлығы))?\s*",
                           re.IGNORECASE)
# after a colon, a pronoun for what the words before it named: "… статья 73-3 КоАП: по ней возбуждено 11 дел"
_UNDER_IT = re.compile(r"\s*(?:по\s+(?:ней|нему|ним)|under (?:it|them)|ол бойынша)\s+[\w-]+\s*", re.IGNORECASE)
_LINKED = re.compile(r"\b(?:связан\w* с|касал\w*|касают\w*|concern(?:ed)?|were about|dealt with|related to|"
                     r"қатысты)\s+", re.IGNORECASE)
_CASES_RECORDED = re.compile(r"\s*(?:жағдай\w*|дерек\w*|случа\w*|факт\w*|cases|instances)\s+(?:тіркелді|анықталды|"
                             r"зафиксирован\w*|отмечен\w*|(?:were\s+)?(?:recorded|registered|noted))\s*[.;,]?\s*",
                             re.IGNORECASE)
_SUCH_CASES = re.compile(r"\s*(?:таких|подобных)\s+(?:случаев|фактов|сообщений)\s*(?:(?:было|набралось|насчитывалось|"
                         r"зафиксировано)\s*)?|"
                         r"\s*(?:there were\s+)?such\s+(?:cases|incidents)\s*(?:numbered\s*)?|"
                         r"\s*мұндай\s+(?:жағдай|дерек)\w*\s*|"
                         # (or "such" before the count, its noun after: "… басым: мұндай 49 жағдай тіркелді")
                         r"\s*(?:мұндай|осындай|таких|such)\s*", re.IGNORECASE)

KK_BARE_THEN_NEXT = re.compile(r"^(\s*(?:хабарлама\w*|жағдай\w*|дерек\w*))\s*(?:[,;]|және\s|,\s*және\s)"
                               # "4 қылмыстық іс, ар-намысты қорғау туралы 14 азаматтық талап": a case or claim
                               r"|^(\s*(?:азаматтық|қылмыстық|әкімшілік)\s+(?:талап\w*|айыптау\w*|іс))\s*[,;]",
                               re.IGNORECASE)

PAREN_COUNT = re.compile(
    r"^\s*(?:incidents?|cases?|reports?|facts?)\s+(?:were\s+|was\s+)?"
    r"(?:reported|recorded|registered|documented)\b"
    r"|^\s*(?:incidents?|cases?|случа\w+|фактов)\s*(?:,|\)|$)",  # "… refused requests (52 cases, 73% of the group)"
    re.IGNORECASE,
)

_PART_OF_WHOLE_AFTER = re.compile(r"\s+(?:of|из)\s+(?:the|these|those|all|всех|этих)?\s*", re.IGNORECASE)
_PART_OF_WHOLE_BEFORE = re.compile(r"(?:\d+|\b[^\W\d_]+)\s+(?:of|из)\s+(?:the|these|those|all|всех|этих)\s+\Z",
                                   re.IGNORECASE)
_COUNT_OF = re.compile(r"(?P<n>\d+|\b[^\W\d_]+)\s+из\s+\Z", re.IGNORECASE)


def _counted_of(before: str) -> bool:
    """"Два из трёх …": a count, then "из" right before this number (the whole the count is part of)."""
    m = _COUNT_OF.search(before)
    return m is not None and (m["n"].isdigit() or m["n"].lower() in WORD_VALUES)


OWN_PART = re.compile(r"\s+(?:of which|of them|of whom|из которых|из них)\b", re.IGNORECASE)
TABLE_ROW = re.compile(r"\s*" + BULLET_CHAR + r"?\s*[^\W\d_][^.;:,!?\d()\"«»]{2,100}?\s+")
TABLE_CELL = re.compile(r"(?:^|\|)\s*(?P<label>[^|]*?[^\W\d_][^|]*?)\s*\|\s*\Z")
DATED_BY = re.compile(r"^.*\b(?:19|20)\d\d\b(?:\s*(?:г\.|года|жыл\w*))?\s*,?\s*")  # "Over the first … of 2021"
CLAUSE_STOP = re.compile(
    r"[;!?]|(?<!\bст)(?<!\b[Ss]t)(?<!\b[Aa]rt)(?<!\bч)(?<!\bп)\.(?=\s|$)|:|\(|\)|\n|,\s+of them\b|"  # "по ст. 274"
    r",?\s+(?:including|in particular|of which|among them|all of them|all of which|"
    r"в том числе|из них|из которых|оның)\b|"  # ("оның" also opens "оның ішінде")
    r",?\s+(?:and\s+|но\s+|и\s+|а\s+)?(?:neither|none of them|not one|ни одно\w*|ни один|ни одного|бірде-біреуі)\b|"
    r",\s+(?:and|but)\s+no\b|"  # "thirteen threats, and no killing was recorded": an absence of its own
    r",\s+(?:while|whereas)\b",  # "14 charges have been brought, while the number of claims reached 80"
    re.IGNORECASE,
)
_ENUMERATOR = re.compile(r"[).\]]|:\s*$")  # "1) нападения – 2", "[1] Source": an item's or a note's number
# (or the same count over another span: "8 reports (21) on the right to receive information")
_ASIDE_THEN_LABEL = re.compile(r"\((?:[^()\d]{3,60}|\s*\d[\d\s]*)\)"
                               r"(?=\s+(?:for|over|on|about|of|concerning|о|об|по|на)\s)", re.IGNORECASE)
_BARE_ASIDE_THEN_LABEL = re.compile(r"\d[\d\s]*\)\s+(?:on|about|concerning|о|об)\s", re.IGNORECASE)
_AND_VERB_THEN_IN = re.compile(r"\s+(?:and|и)\s+(?:[^\W\d_]+ed|found|ruled|sided|решил\w*|встал\w*)\b[^,;.\d]*"
                               r"\s(?:in|в)\s*\Z", re.IGNORECASE)
_REST_COMMA = re.compile(r"\b(?:rest|remaining|остальн\w*|оставш\w*|қалған\w*)\s*,\s*\Z", re.IGNORECASE)
_NEXT_SUBJECT = re.compile(r",\s+(?:and|but|whereas|а|но)\s+(?!\d)", re.IGNORECASE)
_NEXT_VERB = re.compile(r",\s|\s(?:and|и|және)\s")  # "attacked twice and detained …": the next verb's clause
_BRACKETED_THEN_WORD = re.compile(r"\s*\(\s*\d+\s*\)(?=\s*[^\W\d_])")
_KK_NEXT_GENITIVE = re.compile(r",\s+[^,;:()\d]{3,120}?(?:ның|нің|дың|дің|тың|тің)\s*\Z", re.IGNORECASE)
KK_VERB_COMMA = re.compile(r"(?<=[а-яәғқңөұүһі]{2})(?:ды|ді|ты|ті|ып|іп)\s*,\s", re.IGNORECASE)
# "Иски о защите чести – 11 на общую сумму 56 млн тенге": right after a labelled count, the sum is the next
# clause, not the count's description
SUM_FOLLOWS = re.compile(
    r"^\s*(?:на (?:общую )?сумму|in the (?:total )?amount of|amounting to|for a total (?:amount )?of)\b", re.IGNORECASE)



def step_clause(ex: Extractor, c: Candidate) -> bool:
    """The words that describe the number: up to the next stop, plus a trailing "(Article …)"."""
    t = ex.text
    after_full = t[c.n.end : c.se]
    base = c.n.end  # where after_full starts in the text
    if c.n.integer is not None and (_PART_OF_WHOLE_BEFORE.search(t[max(c.ss, c.n.start - 40) : c.n.start])
                                    or _counted_of(t[max(c.ss, c.n.start - 40) : c.n.start])):
        return False  # "Eleven of the twelve cases …": the twelve restate the whole the eleven are part of
    if _PART_OF_WHOLE_AFTER.fullmatch(after_full) and c.se < ex.sentences[c.si][1]:
        # "Eleven of the twelve cases were refusals": what the whole's number is followed by describes this one
        whole = re.match(r"\S+", t[c.se :])
        base = c.se + (whole.end() if whole else 0)
        after_full = t[base : ex.sentences[c.si][1]]
    times = TIMES_UNIT.match(after_full)  # "were registered 164 times": a count told with a verb
    if cues.NEVER_A_COUNT.match(after_full) and not times:
        return False
    # "оның екеуі журналистер … пайдасына шешілді": a collective numeral counts parts of a whole, not people
    collective = bool(re.search(r"(?:еуі|ауы)\Z", t[c.n.start : c.n.end], re.IGNORECASE))
    c.not_a_count = bool(cues.NOT_A_COUNT.match(after_full)) and not times and not collective
    own = OWN_PART.match(after_full)  # "5 of which concern libel": "of which" belongs to this number
    if own and re.search(r"[^\W\d_]\)?\s*[-–—:]\s*\Z", t[c.ss : c.n.start]):
        own = None  # "Civil cases – 58 / of which honour claims – 49": the label before named it; a part follows
    # "Recorded in February: 49 (93) reports": the year-to-date count in brackets stands between the count
    # and its noun
    bracketed = _BRACKETED_THEN_WORD.match(t[c.n.end : ex.sentences[c.si][1]])
    if bracketed:
        after_full, base = t[c.n.end : ex.sentences[c.si][1]], c.n.end
        # (up to the next count: "33 (371) concern …, and 26 (301) are about …")
        following = re.search(r"\d", after_full[bracketed.end() :])
        if following:
            after_full = after_full[: bracketed.end() + following.start()]
    bare_aside = False
    if re.fullmatch(r"\s+[^\W\d_]+\s*\(\s*", after_full) and _BARE_ASIDE_THEN_LABEL.match(t[c.se :]):
        # "8 reports (21) on the right to …": the same count over another span between the noun and the label
        after_full, base, bare_aside = t[c.n.end : ex.sentences[c.si][1]], c.n.end, True
        following = re.search(r"\d", after_full[after_full.index(")") :])
        if following:
            after_full = after_full[: after_full.index(")") + following.start()]
    stop = CLAUSE_STOP.search(after_full, own.end() if own else bracketed.end() if bracketed else 0)
    aside = _ASIDE_THEN_LABEL.match(after_full[stop.start() :]) if stop and stop.group() == "(" else None
    if aside and len(after_full[: stop.start()].split()) <= 2:
        # "64 claims (in court and pre-trial) for the protection of honour …": a remark in brackets between
        # the count's noun and the rest of its label
        stop = CLAUSE_STOP.search(after_full, stop.start() + aside.end())
    if ex.doc.language == "kk":
        # Kazakh tells the label before the count and ends the count's clause with its verb: "… бойынша 16
        # қылмыстық айып тағылды, ар-намысты қорғау туралы 91 талап …": after the comma is the next label
        verb_comma = KK_VERB_COMMA.search(after_full)
        if verb_comma and (stop is None or verb_comma.end() - 2 < stop.start()):
            stop = re.compile(",").search(after_full, verb_comma.start())
    if SUM_FOLLOWS.match(after_full) and re.search(
            rf"[^\W\d_]\s*[-–—:]\s*\Z|[^\W\d_]\s+(?:{cues.COUNTING_PARTICIPLE})\s*\Z", t[c.ss : c.n.start],
            re.IGNORECASE):  # ("Гражданских исков … подано 112 на общую сумму …": the label, then the sum)
        stop = re.match(r"\s*", after_full)
    c.clause_end = base + (stop.start() if stop else len(after_full))
    sibling = _NEXT_LABELLED_COUNT.search(after_full[: c.clause_end - base])
    if sibling and (re.match(r"\s*[^\W\d_]", after_full)
                    or re.search(r"(?:[^\W\d_]|[»\")])\s*[-–—]\s*\Z", t[ex.lines[c.line_idx][0] : c.n.start])):
        # (or the count closes a "label – N" of its own: "по ст. 73-3 КоАП «Клевета» – 41, по ст. 456-2 – 19")
        # "77 актов по таким делам, в пользу СМИ – 31": the next count's label is not this one's words
        c.clause_end = base + sibling.start()
    verb_then_share = _AND_VERB_THEN_IN.search(after_full[: c.clause_end - base])
    if verb_then_share and c.se < ex.sentences[c.si][1]:
        # "issued 38 judicial acts on honour claims and found for the media in 21 of these": the verb after
        # "and" tells the next count, a share of this one
        c.clause_end = base + verb_then_share.start()
    coordinated = _NEXT_SUBJECT.search(after_full[: c.clause_end - base])
    if coordinated and c.se < ex.sentences[c.si][1] and len(t[base + coordinated.end() : c.se].split()) >= 2:
        # "nine journalists were beaten …, and police detained journalists twenty-three times": a clause with
        # its own subject before the next count is that count's words
        c.clause_end = base + coordinated.start()
    times_word = is_times_word(t[c.n.start : c.n.end])
    unit_at = times.end() if times else 0 if times_word else None
    # "угрожали им – 16 раз, задерживали – 12 раз", "attacked twice and detained once": the verb is before
    comma = _NEXT_VERB.search(after_full, unit_at) if unit_at is not None else None
    if comma and base + comma.start() < c.clause_end:
        c.clause_end = base + comma.start()
    c.clause = t[c.n.end + (bracketed.end() if bracketed else 0) : c.clause_end]
    if bare_aside:  # (the other span's count is no word of the label; blanked, so offsets stay)
        c.clause = re.sub(r"\(\s*\d[\d\s]*\)", lambda m: " " * len(m.group()), c.clause, count=1)
    if (APPOSITION_BEFORE.search(t[c.ss : c.n.start]) or _REST_COMMA.search(t[c.ss : c.n.start])) and (
            lead := _APPOSITION_AFTER.match(c.clause)):  # (or "The rest, 25, concern …")
        c.clause = c.clause[lead.end() :]  # "Roughly a third of them, 73, concerned …": the count set off by commas
    both = ALL_OF_THEM.search(c.clause)
    if both and (both.group().startswith(",") or re.search(r",\s*\Z", c.clause[: both.start()])):
        c.clause = c.clause[: both.start()]  # "2 criminal charges, both for … false information": the whole first
    opener = _OPENS_PARTS.search(c.clause)
    if opener:
        c.clause = c.clause[: opener.start()]  # "11 reports on breaches of …, namely:": the list's opener
    next_topic = _NEXT_TOPIC_IN.search(c.clause)
    if next_topic:
        # "Двадцать одно из них характеризует общую обстановку, о прямых нарушениях … говорится в сорока двух":
        # the topic told before the next count's "в" is that count's label, not this one's words
        c.clause_end -= len(c.clause) - next_topic.start()
        c.clause = c.clause[: next_topic.start()]
    tail = t[c.clause_end : min(c.se, c.clause_end + 160)]
    c.tail = tail if tail.lstrip().startswith("(") else ""
    if c.tail and BREAKDOWN.search(t[c.clause_end : t.find(")", c.clause_end) % (len(t) + 1)]):
        c.tail = ""  # "уголовных – 17 (по статье 274 УК – 8, по статье 174 УК – 5)": the brackets hold parts
    elif c.tail and (all_in := ALL_OF_THEM.match(c.tail.lstrip())) and all_in.group().startswith("("):
        c.tail = ""  # "2 criminal (both under article 174 …)": the bracket names all of them, a part of its own
    if re.search(cues.ARTICLE_WORD + r"\s*$", c.clause, re.IGNORECASE):
        c.tail = re.split(r"[;\n]", t[c.clause_end : c.clause_end + 160])[0]  # "4 по статье 274 УК РК"
    if re.match(r"\s*(?:[,;]|(?:and|и|және)\s)", c.clause) and (
            re.search(r"(?:[^\W\d_]|\))\s+[-–—]\s*\Z", t[c.ss : c.n.start])
            or re.search(rf"[^\W\d_]\s+(?:{cues.COUNTING_PARTICIPLE})\s*\Z", t[c.ss : c.n.start], re.IGNORECASE)):
        # "civil suits – 21 and criminal cases – 3", "иски – 18, уголовные обвинения – 6", "по ст. 274 УК
        # (…) – 15, по ст. 174 …": the number belongs to the label before it, not the one after
        c.clause_end = c.n.end + len(c.clause) - len(c.clause.lstrip())
        c.clause = c.tail = ""  # (the next label's bracket is the next count's too)
    if _MORE_THEN_NEXT.match(c.clause) and _LINK_VERB_BEFORE.search(t[c.ss : c.n.start]):
        # "Blocking of sites accounts for nine more, hacking … for seven": the linking verb before the count
        # closes its label; the words after the comma are the next count's
        c.clause_end = c.n.end + len(c.clause) - len(c.clause.lstrip())
        c.clause = c.tail = ""
    genitive = _KK_NEXT_GENITIVE.search(c.clause) if ex.doc.language == "kk" else None
    if genitive:
        # "71 ұстау және полицияға жеткізу, заңды кәсіби қызметке кедергі келтірудің 102 жағдайы": the words
        # after the comma are the next count's label (a genitive before it)
        c.clause_end = c.n.end + genitive.start()
        c.clause = t[c.n.end : c.clause_end]
    bare = KK_BARE_THEN_NEXT.match(c.clause)
    if bare:
        # Kazakh puts each description before its count: "… туралы 7 хабарлама, … туралы 9 хабарлама және
        # 13 …": what follows the count noun describes the next number
        c.clause_end = c.n.end + bare.end(1 if bare.group(1) is not None else 2)
        c.clause = t[c.n.end : c.clause_end]
    read_to = base + len(after_full)  # (past the count's own bracket: "25 (280) are about …")
    c.truncated = (c.clause_end >= ex.text_end or (
        read_to >= ex.text_end and not re.search(r"[.;!?)]\s*$", t[c.n.end : max(c.se, read_to)])
    )) and not c.clause.rstrip().endswith("|")  # a table's last cell is closed by its bar
    c.start, c.end = c.n.start, c.clause_end
    return True


def step_parent(ex: Extractor, c: Candidate) -> bool:
    """List structure: the figure this one is a part of — the first of `structure.PARENT_RULES` that applies."""
    c.parent = find_parent(ex, c)
    return True


_REPORTS_ONLY = re.compile(r"\s*(?:reports?|cases|messages|сообщени\w*|хабарлама\w*)\s*", re.IGNORECASE)
_SHARE_OF_COUNT = re.compile(r"\s*(?:(?:out\s+)?of\s+(?:the\s+)?|из\s+)\d+\s*(?:[.;,]|\Z)", re.IGNORECASE)
_COMPARED_AFTER = re.compile(r"\s*[-–—,]\s*(?:больше|меньше|более|чем|much |far )?(?:больше|меньше|more|less|fewer|"
                             r"higher|lower|than|көп|аз)\b", re.IGNORECASE)
_BARE_BRACKET_AFTER_COUNT = re.compile(r"(?<![\d.,])\d+\s*\(\s*\Z")
_SPAN_BRACKET = re.compile(r"\((?P<span>[^()\d]{4,60}?)[\s,:–—-]*\d[\d\s]*\)")


def _bare_bracket_after_absence(ex: Extractor, c: Candidate) -> bool:
    """A bare bracketed count after a statement of absence on its line: "- нападений не зафиксировано (1)"."""
    ls = ex.lines[c.line_idx][0]
    before = ex.text[ls : c.n.start]
    return (before.rstrip().endswith("(") and ex.text[c.n.end : c.n.end + 2].lstrip().startswith(")")
            and is_absence(before.rstrip()[:-1], ex.doc.language))


def _bracket_closes_figure(ex: Extractor, c: Candidate) -> bool:
    """A bare bracketed count right after the words of the figure before it, on its line: "18 – о нарушениях
    прав журналистов (37)", "Threats – 3 (5)" (the figure's span runs to its label's end)."""
    between = ex.text[c.prev.end : c.n.start]
    opened = re.fullmatch(r"\s*\(\s*", between) or (  # (a group's span may end on the bracket: "15 хабарлама (")
        ex.text[c.prev.end - 1] == "(" and not between.strip()) or (
        # (or run past it to the label after: "8 reports (21) on the right to …")
        c.prev.start < c.n.start < c.prev.end and re.search(r"\(\s*\Z", ex.text[c.prev.start : c.n.start]))
    return c.prev.line == c.line_idx and bool(opened) and ex.text[c.n.end : c.n.end + 2].lstrip().startswith(")")


def _bracket_span_named_before(ex: Extractor, c: Candidate) -> str:
    """The span ("ytd", "period") that the paragraph's first bracket with words named, or ''. A list's
    items are one paragraph with the header above them: "… 83 сообщения (с начала года – 874): / - … – 21
    (с начала года – 236) / - … – 34 (322)"; so is a list of groups set apart by blank lines under the count
    they divide: "53 сообщения (с начала года – 104), из них: / / 18 – о … (37) / / 22 – о … (41)"."""
    block = ex.paragraph_of(c.n.start)
    start = ex.doc.blocks[block].start if block >= 0 else c.ss
    k = c.line_idx
    while k > 0 and ex.text[slice(*ex.lines[k - 1])].strip() and (
            LIST_ITEM.match(ex.text[slice(*ex.lines[k])]) or HEADER_FOLLOWS.match(ex.text[slice(*ex.lines[k])])):
        k -= 1
    start = min(start, ex.lines[k][0])
    root = c.prev or c.parent
    while root is not None and root.parent is not None and root.parent.line >= 0:
        root = root.parent
    if root is not None and root.line >= 0:
        start = min(start, ex.lines[root.line][0])
    for m in _SPAN_BRACKET.finditer(ex.text, start, c.n.start):
        own = ex.scope.own_scope(m["span"])
        if own in ("ytd", "period"):
            return own
    # a report keeps one bracket convention: "9 хабарлама [жыл басынан бері – 17]. …" and, in the next group's
    # block, "15 хабарлама [31]" restates over the same span
    named = [ex.scope.own_scope(m["span"]) for m in _SPAN_BRACKET.finditer(ex.text, 0, start)]
    named = [n for n in named if n in ("ytd", "period")]
    return named[-1] if named else ""


# (also before "and": "Eight attacks and 17 threats were recorded")
_BARE_NOUN = re.compile(r"\s*[^\W\d_]{4,}(?:\s+[^\W\d_]{4,})?\s*[.;,]?\s*(?:(?:and|и|және)\s*)?")


# Kazakh names what it counts in the genitive before the count, the count's noun then carries the
# possessive: "шабуыл жасаудың 4 фактісі" (4 facts of attacking), "қорқытудың 9 жағдайы"
_KK_POSSESSED = re.compile(r"^\s*(?:фактісі|фактілері|дерегі|деректері|жағдайы|жағдайлары|оқиғасы|оқиғалары|"
                           r"кейсі|кейстері)\b", re.IGNORECASE)
_KK_GENITIVE_END = re.compile(r"[^\W\d_]+(?:ның|нің|дың|дің|тың|тің)\s*\Z", re.IGNORECASE)


def _kk_genitive_label(ex: Extractor, c: Candidate) -> bool:
    """Read the genitive phrase before a Kazakh count as its label (see `_KK_POSSESSED`)."""
    if ex.doc.language != "kk" or not _KK_POSSESSED.match(c.clause):
        return False
    t = ex.text
    lo = max(c.ss, c.prev.end if c.prev else 0)
    before = t[lo : c.n.start]
    stops = list(re.finditer(r"[,;:]\s*|\s[-–—]\s*", before))
    label_at = lo + (stops[-1].end() if stops else 0)
    label = t[label_at : c.n.start]
    if not _KK_GENITIVE_END.search(label):
        return False
    measure = resolve(ex.doc.language, label, c.parent, "", lexical=True)
    if measure is None:
        return False
    c.measure, c.start, c.end = measure, label_at, c.n.end + _KK_POSSESSED.match(c.clause).end()
    c.label_around = True
    return True


# Kazakh describes what it counts before the count, closed by a postposition: "ар-намысты қорғау туралы 26 …
# талап арыз түсті", "ҚК-нің 174-бабы бойынша алауыздықты қоздырды деген 3 айып тағылды"
# (a qualifier may follow the postposition: "… қорғау туралы сотқа дейінгі 46 талап", pre-trial)
_KK_DESCRIBED = re.compile(r"(?P<label>[^,;:()\d–—]{6,160}?\s(?:туралы|бойынша|жөнінде|деген|қатысты)"
                           r"(?:\s+сотқа\s+дейінгі)?)\s*\Z",
                           re.IGNORECASE)
_KK_COUNTED_NOUN = re.compile(r"^\s*(?P<noun>[^\W\d_][^,;:()\d]{0,60}?)\s+(?:\w+(?:ды|ді|ты|ті|лды|лді|нды|нді|"
                              r"сті|сты))\s*(?:[,.;]|\Z)", re.IGNORECASE)

_KK_ITEM_NOUN = re.compile(r"^\s*(?P<noun>[^\W\d_][^,;:()\d]{0,60}?)\s*(?:[(,;.]|\Z)", re.IGNORECASE)


def _kk_described_before(ex: Extractor, c: Candidate) -> str | None:
    """The measure a Kazakh count's description before it names, with the count's own noun after it."""
    if ex.doc.language != "kk":
        return None
    lo = max(c.ss, c.prev.end if c.prev else 0)
    before = ex.text[lo : c.n.start]
    described = _KK_DESCRIBED.search(before.lstrip(" " + BULLET_MARKS))
    noun = _KK_COUNTED_NOUN.match(c.clause)
    if noun is None and LIST_ITEM.match(ex.text[slice(*ex.lines[c.line_idx])]):
        # a list item has no verb: "- жала жапты деген 5 айып (…);", "- … туралы 21 талап арыз, жалпы сомасы …"
        noun = _KK_ITEM_NOUN.match(c.clause)
        if noun is not None and c.clause.strip():
            c.end = c.clause_end = c.n.end + noun.end("noun")
    if not described or not noun:
        return None
    measure = resolve(ex.doc.language, f"{described['label']} {noun['noun']}", c.parent, "", lexical=True)
    if measure is not None:
        c.start = lo + len(before) - len(described[0])
        c.label_around = True
    return measure


# "criminal charges – 1 (Article 274 of the Criminal Code).": the label before the count names it; the article
# in brackets after it says under which article all of them were brought (`structure.all_of_them`)
_ARTICLE_OF_LABELLED = re.compile(r"\s*\(\s*" + cues.ARTICLE_WORD + r"\s*\d[^()]*\)\s*[.;,]?\s*$", re.IGNORECASE)
_LABEL_DASH_BEFORE = re.compile(r"[^\W\d_]{3,}\s*[:–—-]\s*\Z")


def _measure_of_other_group(ex: Extractor, words: str, tail: str, parent: Figure) -> str | None:
    """The measure of another group that a part's words name, which the part keeps without its parent.

    Older digests count refusals of information among the direct violations of rights, as a label
    ("отказы в информации – 11") or as a count ("в том числе 11 случаев отказа …"); the codebook puts
    refusals in the access group, so the group cannot constrain them. A measure of the parent's own group
    is not this case (the parent would have allowed it), nor is a group total."""
    if parent.measure not in cues.GROUP_MEASURES or parent.measure == "reports.total":
        return None
    other = resolve(ex.doc.language, words, None, tail, lexical=True)
    if other is None or other in cues.GROUP_MEASURES or other.startswith(parent.measure.removesuffix("total")):
        return None
    return other


_BREAKDOWN_OPENS = re.compile(r"\(\s*(?:в\s+т\.\s*ч\.|в том числе|из них|including|of them|of which|оның ішінде)",
                              re.IGNORECASE)


def _around_its_breakdown(ex: Extractor, c: Candidate) -> str:
    """The count's words with its bracketed breakdown taken out and the words after the bracket put back
    ("претензий и исков" + "на общую сумму 2 млрд …"), or '' when no such bracket follows its words."""
    t = ex.text
    opened = c.n.end + len(c.clause)
    if not c.clause.strip() or _BREAKDOWN_OPENS.match(t, opened) is None:
        return ""
    end = ex.sentences[c.si][1]  # (c.se stops at the next number, inside the bracket)
    close = t.find(")", opened, end)
    if close < 0 or "(" in t[opened + 1 : close]:
        return ""
    # (up to the next number: "… (из них 9 — …) и 51 иск …" goes on to another count)
    after = re.split(r"\d|[;,.]\s", t[close + 1 : end], maxsplit=1)[0].strip()
    if not after or re.match(r"(?:и|and|және|а|but|or|или)\b", after, re.IGNORECASE):
        return ""
    return f"{c.clause.strip()} {after}"


_SUCH_NOUN = re.compile(rf"\b(?:{_SUCH_WORDS})\s+[^\W\d_]+\s*\Z", re.IGNORECASE)


def _such_kind(ex: Extractor, c: Candidate) -> str | None:
    """"гражданские иски – 7 (38), все они о защите чести … (с начала года таких исков 34)": "such suits" in a
    bracket are of the kind the words before the bracket named, a part of the count before them."""
    t = ex.text
    opened = t.rfind("(", c.prev.end, c.n.start)
    if opened < 0 or not _SUCH_NOUN.search(t[opened : c.n.start]):
        return None
    named = resolve(ex.doc.language, t[c.prev.end : opened], c.prev, "", lexical=True)
    return named if named and named.startswith(c.prev.measure + ".") else None


_SUCH_AFTER_COUNT = re.compile(rf"^\s*(?:{_SUCH_WORDS})\s", re.IGNORECASE)
# "Eleven new suits of this kind": the kind told before, after the count's noun
_OF_THIS_KIND = re.compile(r"^\s*(?:[^\W\d_]+\s+){1,2}?(?:of (?:this|that|the same) (?:kind|sort|type)|"
                           r"(?:этого|такого|подобного|того же) (?:рода|типа|вида))\b", re.IGNORECASE)


def _kind_told_before(ex: Extractor, c: Candidate, measure: str) -> str:
    """"… a criminal case under Article 274 … was opened against … In April, 6 such criminal cases were opened":
    "such" points to the kind the sentence before named, a part of the count's measure (else the measure)."""
    span = ex.scope.full_span(c.n.start)
    # (a group's noun, "claims", takes a kind from any of its parts: "legal.total" → "legal.civil.honor")
    under = measure[: -len("total")] if measure.endswith(".total") else measure + "."
    for _ in range(2):  # (the sentence before, or the one before it: "… in honour cases. None went for …. Eight
        # new suits of this kind")
        before = ex.scope.full_span(span[0] - 2) if span and span[0] >= 2 else None
        if before is None:
            return measure
        told = ex.text[before[0] : before[1]]
        # (a kind of case, not what was counted about such cases: "five judicial acts in honour cases. Four
        # new suits of this kind")
        kinds = cues.cued_measures(told, lambda m: m.startswith(under) and m.rsplit(".", 1)[1] not in _NOT_A_KIND)
        if len(kinds) == 1:
            return kinds.pop()
        kind = resolve(ex.doc.language, told, Figure(measure, 0, 0, 0, c.scope), "")
        if kind and kind.startswith(under) and kind.rsplit(".", 1)[1] not in _NOT_A_KIND:
            return kind
        span = before
    return measure


# the parts of a group that count something about its cases rather than a kind of case
_NOT_A_KIND = {"decisions", "decisions_for_media", "in_court", "claimed_kzt", "recovered_kzt"}


def _sibling_of_part_before(ex: Extractor, c: Candidate, group: str) -> str | None:
    """"9 criminal accusations and 41 claims and lawsuits": a count joined by "and" to a part of the group its
    words name is that part's sibling, told by the group's looser noun; the one other part its words cue."""
    prev = c.prev
    if prev is None and ex.figures and c.line_idx > 0 and LIST_ITEM.match(ex.text[slice(*ex.lines[c.line_idx])]):
        # (or the item above in the same list: "- 9 уголовных обвинений; / - 22 иска и претензии (19 о …)")
        above = next((f for f in reversed(ex.figures) if f.line == c.line_idx - 1 and f.parent is c.parent), None)
        if above is not None and LIST_ITEM.match(ex.text[slice(*ex.lines[above.line])]):
            prev = above
        if prev is None or prev.measure not in cues.CHILDREN[group]:
            return None
    elif (prev is None or prev.measure not in cues.CHILDREN[group]
            or not re.fullmatch(r"\s*(?:(?:,|and|и|және)\s*)?", ex.text[prev.end : c.n.start])):
        return None
    parts = cues.cued_measures(c.clause, lambda m: m in cues.CHILDREN[group] and m != prev.measure)
    return parts.pop() if len(parts) == 1 else None


def step_measure(ex: Extractor, c: Candidate) -> bool:
    """The measure the clause names, read only against the parent group's sub-measures."""
    t = ex.text
    parent = c.parent
    if not c.not_a_count and _kk_genitive_label(ex, c):
        return True
    if not c.not_a_count and (number_of_before(ex, c) or in_n_cases(ex, c) or linked_before(ex, c)):
        return True
    article_of_label = bool(_ARTICLE_OF_LABELLED.match(f"{c.clause} {c.tail}")
                            and _LABEL_DASH_BEFORE.search(t[ex.lines[c.line_idx][0] : c.n.start]))
    measure = None if c.not_a_count or article_of_label else resolve(ex.doc.language, c.clause, parent, c.tail,
                                                                    lexical=parent is not None)
    if not c.not_a_count and measure is None:
        measure = _kk_described_before(ex, c)
    if measure in cues.CHILDREN and (sibling := _sibling_of_part_before(ex, c, measure)):
        measure = sibling
    if (measure is None and not c.not_a_count and parent is not None and len(c.clause.split()) <= LEXICAL_MAX_WORDS
            and cues.COUNT_NOUN.match(c.clause)):
        # "38 посвящены прямым нарушениям … (в том числе 11 случаев отказа в предоставлении информации)"
        other = _measure_of_other_group(ex, c.clause, c.tail, parent)
        if other is not None:
            measure, parent, c.parent = other, None, None
    c.in_paren = bool(re.search(r"\(\s*\Z", t[max(c.ss, c.n.start - 3) : c.n.start]))
    if not c.not_a_count and (measure is None or measure in cues.GROUP_MEASURES) and (
            around := _around_its_breakdown(ex, c)):
        # "58 претензий и исков (в т.ч. 49 – о …) на общую сумму …": the words after the breakdown in brackets
        # still belong to the count
        measure = resolve(ex.doc.language, around, parent, "", lexical=parent is not None) or measure
    if c.prev is not None and (such := _such_kind(ex, c)) is not None:
        measure, parent, c.parent = such, None, None
    elif measure in cues.CHILDREN and (_SUCH_AFTER_COUNT.match(c.clause) or _OF_THIS_KIND.match(c.clause)):
        measure = _kind_told_before(ex, c, measure)
    elif measure is None and not c.not_a_count and _OF_THIS_KIND.match(c.clause):
        # "Honour and dignity. Eleven new suits of this kind reached the courts": the count's noun names the
        # group, the sentence before the kind
        noun = resolve(ex.doc.language, c.clause[: _OF_THIS_KIND.match(c.clause).end()], parent, "", lexical=True)
        if noun in cues.CHILDREN:
            measure = _kind_told_before(ex, c, noun)
    if measure is None and c.in_paren and _bare_bracket_after_absence(ex, c):
        # "Criminal charges: none in September (7).": the bracket counts what the statement says there was none of
        absent = absent_measures(t[ex.lines[c.line_idx][0] : c.n.start].rstrip()[:-1], ex.doc.language)
        if len(absent) == 1:
            measure = absent[0]
    if measure is None and not c.not_a_count and _BARE_NOUN.fullmatch(c.clause):
        # "Correspondents described four attacks.", "there were 1 attack (4 since January)": the count's own
        # noun, alone, names a leaf of the codebook (a group's noun, "claims", is too loose to name one)
        bare = resolve(ex.doc.language, c.clause, parent, c.tail, lexical=True)
        if bare in cues.GROUP_MEASURES:
            # "Civil plaintiffs filed 41 claims": the words before the count narrow the group's noun
            lead = " ".join(t[max(c.ss, c.prev.end if c.prev else c.ss) : c.n.start].split()[-6:])
            narrowed = resolve(ex.doc.language, f"{lead} {c.clause}", parent, c.tail, lexical=True)
            bare = narrowed if narrowed in cues.CHILDREN.get(bare, ()) else None
        measure = bare
    between_prev = t[c.prev.end : c.n.start] if c.prev is not None else ""
    # (the article's title in brackets after the count is the count's own words: "2 по статье 73-3 КоАП (клевета)
    # (с начала года – 6)")
    between_prev = re.sub(r"^\s*\([^()\d]*\)(?=\s*\()", "", between_prev)
    if (c.prev is not None and c.prev.line == c.line_idx and (every := ALL_OF_THEM.match(between_prev))
            and re.search(r"\([^()\d]*\Z", between_prev)
            and "(" not in between_prev[: every.start()] and re.fullmatch(
                r"[\s)\].;,]*", t[c.n.end : ex.lines[c.line_idx][1]])):
        # "гражданских – 8, все – о защите чести … (с начала года – 15)": what all of them were is no count of
        # its own; the bracket closing the item restates the item's count
        between_prev = between_prev[between_prev.rfind("(") :]
    # ("(171 since the start of the year, against 158 for January–April 2024)": the comparison after the span is
    # another count's)
    compared = _THEN_COMPARED.search(c.clause)
    own_clause = c.clause[: compared.start()] if compared else c.clause
    if measure is None and c.prev is not None and (
            # ("(за семь месяцев — 186)": a bracket's months are the year so far; not "(за девять месяцев 2016 года")
            _span_only(between_prev + " " + own_clause, months=between_prev.lstrip().startswith("(")
                       and not re.search(r"(?:19|20)\d\d", between_prev))
            or _span_closes(ex, c)) and not (
            cues.COMPARISON_RE.search(t[max(c.prev.start, c.n.start - 40) : c.n.end])):  # "…, against 45 in March"
        # "Attacks: 2 (since the beginning of the year – 11)", "5 threats (87 since January)": the same
        # count over another span
        measure, c.parent, c.other_span = c.prev.measure, c.prev.parent, True
        head = c.prev.parent
        between = t[c.prev.end : c.n.start]
        if (head is not None and head.line == c.line_idx and head is not c.list_parent
                and (opened := between.rfind("(")) >= 0 and ")" not in between[opened:]
                and re.fullmatch(r"[\s)\].;,]*", t[c.n.end : ex.lines[c.line_idx][1]])
                # (unless the item's count was restated already: "5 исков (с начала года – 57), из них 4 о
                # защите чести (с начала года – 48)": the last bracket is the part's)
                and not any(f.line == c.line_idx and f.measure == head.measure and f.start > head.start
                            and f.scope != head.scope for f in ex.figures)):
            # "* civil claims: 7, all seven over honour (since the beginning of the year: 59);": a bracket that
            # closes the item restates the item's own count, not the part told last (nor does one after the
            # part's own bracket: "criminal charges: 3 (one of them already in court) [since January: 24]")
            measure, c.parent = head.measure, head.parent
        named = cues.YTD_RE.search(t[c.prev.end : c.n.start])
        if named:
            c.start = c.prev.end + named.start()  # the span reads "since the beginning of the year – 11"
    if measure is None and c.prev is not None and not c.other_span and not c.n.words:
        # "47 reports in October, and over ten months of the year – 436": after the turn to another span,
        # only that span is said; the count is the previous one's measure over it
        turns = list(CONTRAST.finditer(t[c.prev.start : c.n.start]))
        if turns and _span_only(t[c.prev.start + turns[-1].end() : c.n.start] + " " + c.clause, months=True):
            measure, c.parent, c.other_span = c.prev.measure, c.prev.parent, True
    if (measure is None and c.prev is not None and c.prev.measure
            and (re.fullmatch(r"\s*[|/]\s*| {2,}|\t+", t[c.prev.end : c.n.start])
                 or (t[c.prev.end - 1] == "|" and not t[c.prev.end : c.n.start].strip()))
            and is_table_row(t[slice(*ex.lines[c.line_idx])])):
        # "| Всего сообщений | 48 | 139 |": the next column counts the same thing over its header's span
        measure, c.parent, c.other_span = c.prev.measure, c.prev.parent, True
    if (measure is None and c.in_paren and c.prev is not None and c.prev.line == c.line_idx
            and bracket_header(ex, c.line_idx) is not None):
        # "- threats – 5 (26)" under "(in brackets – since the start of the year)": the same count
        measure, c.parent, c.other_span = c.prev.measure, c.prev.parent, True
    if measure is None and c.in_paren and c.prev is not None and (
            _BARE_BRACKET_AFTER_COUNT.search(t[c.ss : c.n.start]) or _bracket_closes_figure(ex, c)):
        # "… 78 reports (since January, 846). Of these, 33 (371) concern …": a bare bracketed count after a count
        # restates it over the span an earlier bracket of the paragraph named
        named = _bracket_span_named_before(ex, c)
        if named:
            measure, c.parent, c.other_span, c.scope = c.prev.measure, c.prev.parent, True, named
    in_total = re.search(r"\(\s*(?:всего|total|in all|барлығы)?\s*\Z", t[max(c.ss, c.n.start - 12) : c.n.start],
                         re.IGNORECASE)
    if in_total and measure in (None, "reports.total") and (
            _REPORTS_ONLY.fullmatch(c.clause) or not c.clause.strip(" ):")):
        # "Violations of journalists' rights (151 reports)", "Нарушения прав журналистов и СМИ (всего 187):": a
        # section title counts its own reports in brackets
        ls = ex.lines[c.line_idx][0]
        title = t[ls : c.n.start][: -len(in_total.group())].rstrip()
        line_rest = t[c.n.end : ex.lines[c.line_idx][1]]
        heading = re.fullmatch(r"[^()\d]+", title) and re.fullmatch(
            r"\s*(?:reports?|cases|messages|сообщени\w*|хабарлама\w*)?\s*\)\s*:?\s*", line_rest, re.IGNORECASE)
        named = resolve(ex.doc.language, title, None, "", lexical=True) if heading else None
        if named in cues.GROUP_MEASURES and named != "reports.total":
            measure, c.parent, c.label_around = named, None, True
    most = _MOST_OF_THEM.search(t[max(c.ss, c.n.start - 40) : c.n.start]) if measure is None and c.in_paren else None
    what = _WHAT_AFTER_BRACKET.match(t[c.clause_end : ex.sentences[c.si][1]]) if most else None
    # (or the count of the clause before: "27 – уголовные; подавляющая их часть (двадцать одна) …")
    owner = (c.prev or next((f for f in reversed(ex.figures) if f.sentence == c.si - 1), None)) if what else None
    if what and not c.clause.strip() and owner is not None and owner.measure in cues.CHILDREN:
        # "civil claims – 17, most of them (fifteen) over honour, dignity and reputation": the words after the
        # bracket say what most of the count before were, a part of it
        # (up to the next part told the same way: "(ten) for libel and insult and four for false information")
        label = _NEXT_PART_TOLD.split(what["label"], maxsplit=1)[0]
        part = resolve(ex.doc.language, label, owner, "", lexical=True)
        if part is not None:
            measure, parent, c.parent = part, owner, owner
    being = _LABEL_AFTER_BRACKET.match(t[c.clause_end : c.se]) if measure is None and c.in_paren else None
    if being and not c.clause.strip():
        # "the bulk of them (48) being refusals or delays": the words after the bracket name the count
        measure = resolve(ex.doc.language, being["label"], parent, "", lexical=True)
    if measure is None and c.in_paren and PAREN_COUNT.match(c.clause):
        # "... DDoS attacks on media (21 incidents reported in December 2023)": the topic is before "("
        topic = t[c.ss : c.n.start].rstrip(" (")
        measure = last_cue(topic, parent) or resolve(ex.doc.language, " ".join(topic.split()[-5:]), parent, "",
                                                     lexical=True)
    if measure is None and parent is not None and (parent is c.list_parent or parent.measure == "reports.total"):
        top = resolve(ex.doc.language, c.clause, None, c.tail)  # a new group total ends the list it follows
        # older digests count categories straight under the total ("Of them, 12 concerned refusals");
        # read as top-level counts, so they must name a counted noun like any other
        if top == parent.measure:
            # a part of the whole is never the whole again: "Из этого числа 21 сообщение характеризует …" names
            # no measure; "… 310 сообщений, в том числе 12 сообщений об угрозах" is read by what they are about
            c.parent = parent = None
        elif top in cues.GROUP_MEASURES or (top and parent.measure == "reports.total"):
            # the total stays the parent of a sentence right after it, so its siblings follow
            keep = top not in cues.GROUP_MEASURES and parent is not c.list_parent and parent.sentence >= c.si - 1
            measure, c.parent = top, parent if keep else None
    between = t[c.prev.start : c.n.start] if c.prev is not None else ""  # (the previous figure's span may run on)
    if (measure is None and c.prev is not None and not c.clause.strip(" .;") and RESTATED.search(between)
            and ex.scope.own_scope(between) == "ytd"):
        # "… holds 66 entries, which brings the count since New Year to 311": the same count over the year
        measure, c.parent, c.other_span = c.prev.measure, c.prev.parent, True
    if measure is None and c.scope == "ytd" and not c.clause.strip(" .;") and c.prev is None:
        # "Since the beginning of the year the count has reached 371.", "С начала года таких сообщений
        # набралось 512.": the previous sentence's count, restated over the year to date
        last = ex.figures[-1] if ex.figures else None
        lead = t[c.ss : c.n.start]
        # (the count's sentence may have gone on after a ";": "… – 27; истцы оценили …. С начала года таких исков …")
        if last is not None and c.si - 2 <= last.sentence < c.si and last.scope == "period" and RESTATED.search(lead):
            such = _SUCH.search(lead)
            named = lexicon.best_measure(such.group(), ex.doc.language) if such else None
            kin = [f for f in ex.figures if c.si - 2 <= f.sentence < c.si and f.scope == "period" and named
                   and (f.measure == named or f.measure.startswith(named + ".")) and not f.measure.endswith("_kzt")]
            last = kin[-1] if kin else last  # "таких исков" after "…, семь исков о защите чести, три …": the suits
            if such is None:
                # "… registered 119 messages: 41 about …, 58 about … and 20 about …. Since 1 January the count has
                # reached 201": the count the sentence before divided, not its last part
                whole = last
                while whole.parent is not None and whole.parent.sentence == last.sentence:
                    whole = whole.parent
                last = whole
            measure, c.parent, c.other_span = last.measure, last.parent, True
        elif _span_only(lead + " " + c.clause, months=True):
            # "Criminal prosecution in February: 3 (false information – 2, …). Since January: 7.": a
            # sentence that is only a span and a count restates the previous sentence's main count
            heads = [f for f in ex.figures if f.sentence == c.si - 1 and not f.in_paren
                     and (f.parent is None or f.parent.sentence != c.si - 1)]
            if heads and heads[0].scope == "period":
                measure, c.parent, c.other_span = heads[0].measure, heads[0].parent, True
    if measure is None and c.scope == "ytd" and c.parent is None and BARE_COUNT.match(
            _REGISTERED.sub("", c.clause)) and any(
            f.measure == "reports.total" and f.scope == "period" and f.parent is None for f in ex.figures):
        # "Since January, the foundation has counted 702 cases in total": the month's total over the year
        measure, c.other_span = "reports.total", True
    if (measure is None or measure == "reports.total") and BARE_COUNT.match(c.clause):
        # the clause after the number is only "cases" / "хабарлама": the words before it say what
        pre = pre_label(ex, c.n, c.ss, c.prev, c.line_idx)
        at = c.n.start - len(pre)
        if not pre.strip() and (pre := heading_label(ex, c.n, c.ss, c.prev, c.line_idx)):
            at = t.rfind(pre, 0, c.n.start)
        label = pre.strip(" *" + BULLET_MARKS)
        found = resolve(ex.doc.language, label, c.parent, "", lexical=True) if pre.strip() else None
        whole = t[max(c.ss, ex.lines[c.line_idx][0], c.prev.end if c.prev else 0) : c.n.start]
        if (found is None or found in cues.CHILDREN) and pre.strip() and "," in whole and not re.search(
                r"[;:(]", whole):
            # "The rights of journalists, media and newsmakers were violated in 143 reported cases": the
            # label's own commas ("Officials refused, delayed or limited access to information 297 times":
            # the whole label names a part of the group its last comma-part names)
            longer = resolve(ex.doc.language, whole.strip(" *" + BULLET_MARKS), c.parent, "", lexical=True)
            if longer is not None and (found is None or is_allowed(longer, cues.CHILDREN[found])):
                found, pre, at = longer, whole, c.n.start - len(whole)
        if found and (found != "reports.total" or measure is None):
            measure, c.start = found, at + (len(pre) - len(pre.lstrip(" *" + BULLET_MARKS)))
    before_count = t[max(c.ss, c.prev.end if c.prev else 0) : c.n.start]
    accounted = ACCOUNTED_BEFORE.search(before_count)
    if accounted is None and ACCOUNTED_BEFORE_VERB.search(
            t[(ex.scope.full_span(c.n.start) or (c.ss, 0))[0] : c.n.start]):
        # "… accounted for 212 of them; the right to information, for 259": the verb said once
        accounted = ACCOUNTED_ELIDED.search(before_count)
    if accounted is None and re.match(r"\s*of (?:them|these)\b|\s*из них\b", c.clause):
        # "The rights of journalists were violated in 143 of them": the words before "in" name the part
        accounted = _IN_N_OF_THEM.search(t[(ex.scope.full_span(c.n.start) or (c.ss, 0))[0] : c.n.start])
    noun = REPORT_NOUN.match(c.clause)
    if accounted and (noun or _SHARE_ENDS.match(c.clause)):
        # "На прямые нарушения прав журналистов пришлось 24 сообщения, на конфликты – 27", "… пришлось 213,
        # на …": the label is before the count, whose own words end with its noun (or at once)
        found = resolve(ex.doc.language, accounted["label"], c.parent, "", lexical=True)
        if found is None and c.parent is not None:
            # "… account for 118 of them, problems of access to information for 131": a sibling of the
            # count before, under the same whole
            found = resolve(ex.doc.language, accounted["label"], c.parent.parent, "", lexical=True)
            if found is not None:
                c.parent = c.parent.parent
        if found is not None:
            measure, c.label_around = found, noun is None
            c.clause_end = c.end = c.n.end + (noun.end() if noun else 0)
            c.clause = t[c.n.end : c.clause_end]
    elif (measure in (None, "reports.total") or (ex.doc.language == "kk" and measure in cues.CHILDREN)) and (
            noun or (ex.doc.language == "kk" and KK_CLAIM_NOUN.match(c.clause))):
        # Kazakh puts the label before the count: "<label> бойынша 231 хабарлама түсті", "ар-намысты
        # қорғау туралы 4 талап арыз түсті"; a group the noun names ("азаматтық талап") is narrowed by it
        post = KK_LABEL_BEFORE.search(before_count)
        found = resolve(ex.doc.language, post["label"], c.parent, "", lexical=True) if post else None
        if found and (lexicon.best_measure(post["label"], ex.doc.language) == "reports.total"
                      or _names_two_groups(post["label"], ex.doc.language)):
            found = None  # "сөз бостандығы мен ақпарат алу құқығының бұзылуы туралы": every report
        if found and found != "reports.total" and (measure in (None, "reports.total")
                                                   or found.startswith(measure.rsplit(".total", 1)[0] + ".")):
            measure = found
    dash_label = re.match(r"\s*[—–-]\s+(?P<label>[^\W\d_][^\d;.]{3,120})", c.clause) if measure is None else None
    sibling = next((f for f in reversed(ex.figures) if f.sentence >= c.si - 2 and (
        f.parent is not None or f.measure in cues.GROUP_MEASURES)), None)
    if dash_label and sibling is not None and c.prev is None:
        # "Почти четверть, 174 сообщения, касались …; 281 — ограничений права …": the verb said once
        found = resolve(ex.doc.language, dash_label["label"], sibling.parent, "", lexical=True)
        if found is not None:
            measure, c.parent, c.label_around = found, sibling.parent, True
    recent_total = any(f.measure == "reports.total" and f.sentence >= c.si - 3 for f in ex.figures[-4:]) or (
        # (or a chain of shares of it: "Twelve of them concern …; 35 tell of …; 29 deal with …")
        bool(ex.figures) and ex.figures[-1].measure in cues.GROUP_MEASURES and ex.figures[-1].sentence >= c.si - 2
        and any(f.measure == "reports.total" and f.sentence >= c.si - 6 for f in ex.figures[-4:]))
    concerned = _CONCERNED.match(c.clause) if recent_total else None
    # "…; 236 dealt with the freedom to seek, receive and spread information; and 233 concerned claims …":
    # a share of the reports just counted, named by what it concerned
    topic = re.split(r"\s(?:for|because|after|over|за|из-за)\s|,\s+(?:and|while|but|а|и)\s|;",
                     c.clause[concerned.end() :], maxsplit=1)[0] if concerned else ""
    if measure is not None and concerned and c.parent is None:
        c.label_around = True  # "Nine of them describe the background. Thirty-five deal with direct violations …"
        # "35 tell of direct infringements of the rights of journalists …, refusals … among them": the group
        # the topic names, not a kind its examples name
        group = resolve(ex.doc.language, topic.split(",")[0], None, "", lexical=True)
        if group in cues.GROUP_MEASURES and group != "reports.total" and measure not in cues.GROUP_MEASURES:
            measure = group
    if measure is None and concerned:
        named = resolve(ex.doc.language, topic, None, "", lexical=True)
        if named is not None and named != "reports.total":
            # (a group, or one category: "Из них 58 касаются отказов … в доступе к информации")
            measure, c.label_around = named, True
    about = REPORTS_ABOUT.match(c.clause) if measure in (None, "reports.total") else None
    if about:
        # "19 reports on the right to seek and impart information": the words after the noun are a label
        # (a bare-noun cue's "reports.total" yields to a group the label names)
        named = resolve(ex.doc.language, c.clause[about.end():], c.parent, c.tail, lexical=True)
        if measure is None or (named is not None and named != "reports.total" and not _names_the_total(c.clause)):
            measure = named
    if measure is None and c.prev is None and (on := _ITEM_ON.match(c.clause)) and _opens_with_count(
            t[ex.lines[c.line_idx][0] : c.n.end]):
        # "– 19 on infringements of journalists' rights, incl. …" under "Breakdown for February:": an item
        # whose noun ("reports") is left out; what it is about is its label
        label = _LABEL_STOPS.split(c.clause[on.end() :], maxsplit=1)[0]
        measure = resolve(ex.doc.language, label, c.parent, "", lexical=True)
        if measure is not None:
            c.label_around = True
            c.clause_end = c.end = c.n.end + on.end() + len(label.rstrip())  # (its parts follow: "incl. 9 …")
            c.clause = ex.text[c.n.end : c.clause_end]
    kk_open = ex.doc.language == "kk" and measure in (None, "reports.total")
    # (a share in words carries its suffix inside the number: "алпыс алтысы … қатысты")
    suffixed = c.n.words and re.search(r"(?:сі|сы|і|ы|еуі|уы|ауы)\Z", t[c.n.start : c.n.end])
    share = KK_SHARE.match(("-сы" if suffixed else "") + t[c.n.end : c.n.end + 200]) if kk_open else None
    if share:
        # "Олардың 12-сі журналистер мен БАҚ құқықтарының бұзылуына қатысты": the words between the count
        # and its postposition are the label
        found = resolve(ex.doc.language, share["label"], c.parent, "", lexical=True)
        if found:
            measure, c.label_around, c.not_a_count = found, True, False  # ("журналистерге …" names the claims)
    noun = REPORT_NOUN.match(c.clause)
    if (noun and measure in cues.GROUP_MEASURES and measure != "reports.total"
            and not any(f.measure == "reports.total" and f.scope == c.scope for f in ex.figures)
            and (lexicon.best_measure(c.clause[noun.end():], ex.doc.language) == "reports.total"
                 or _names_two_groups(c.clause[noun.end():], ex.doc.language))):
        # "612 reports about breaches of the freedom of speech and of the right to information": words that
        # name one group inside a phrase that names them all
        measure = "reports.total"
    if measure is None and c.parent is None and REPORT_NOUN.match(c.clause) and not any(
            f.measure == "reports.total" for f in ex.figures):
        # the first count of reports in a report is its total, however the reports are described
        # ("390 reports of infringed free speech and of barriers to information"), unless the words name
        # one group or category of them
        ranked = lexicon.scores(c.clause, ex.doc.language)
        if not ranked or ranked[0][1] == "reports.total" or ranked[0][0] < lexicon.MIN_SCORE:
            measure = "reports.total"
    if (measure is None and c.parent is None and BARE_COUNT.match(_REGISTERED.sub("", c.clause))
            and not any(f.measure == "reports.total" for f in ex.figures) and _BREAKDOWN_NEXT.match(
                t[(ex.scope.full_span(c.n.start) or (0, c.se))[1] :])):
        measure = "reports.total"  # "In November the Foundation documented 68 cases. Of these: …"
    if (measure is None and c.parent is None and _WORDS_THEN_NOUN.match(c.clause)
            and lexicon.best_measure(c.clause, ex.doc.language) == "reports.total"):
        measure = "reports.total"  # "52 freedom-of-speech cases": the words before the noun name every report
    if measure is None and c.parent is not None and not c.not_a_count:
        # "119 civil claims, 108 of which …, and 44 administrative cases": a sibling of the parent the
        # list structure chose, under the group both belong to
        top = resolve(ex.doc.language, c.clause, None, c.tail)
        group = _common_group(top, c.parent.measure) if top else None
        if top is None and c.parent.parent is not None:
            # "57 civil, 54 of them over honour …, and 16 administrative": the codebook's words may name a
            # sibling of the parent, under the group both stand in
            top = resolve(ex.doc.language, c.clause, c.parent.parent, c.tail, lexical=True)
            group = _common_group(top, c.parent.measure) if top else None
        if group is not None:
            measure, c.parent = top, c.parent.parent if c.parent.parent and c.parent.parent.measure == group else None
        elif (top is not None and c.prev is not None and c.parent.parent is None
              and not is_allowed(top, cues.CHILDREN.get(c.parent.measure))):
            measure, c.parent = top, None  # "9 criminal charges, of them 6 …, and 41 honour claims": another group
    c.under_header = c.parent is None and _under_counting_header(ex, c)
    if c.under_header and measure is None:
        measure = resolve(ex.doc.language, c.clause, None, c.tail, lexical=True)  # "- 9 civil;" under its header
    if measure is None and not c.not_a_count and _CASES_THEN_VERB.match(c.clause) and len(
            c.clause.split()) <= LEXICAL_MAX_WORDS:
        # "Nine cases have already been sent to court.": a count of cases and what became of them, read
        # against the codebook's words
        measure = resolve(ex.doc.language, c.clause, parent, c.tail, lexical=True)
    if (measure is None and not c.not_a_count and ex.doc.lines[c.line_idx].bullet and cues.COUNT_NOUN.match(c.clause)
            and ex.figures and ex.figures[-1].line >= c.line_idx - 2
            and len(c.clause.split()) <= LEXICAL_MAX_WORDS):
        # "- 9 charges with libel and insult;" / "- 1 charge with disclosure of data of preliminary investigation;":
        # an item of a list of counts, its noun and label read against the codebook's words
        measure = resolve(ex.doc.language, c.clause, parent, c.tail, lexical=True)
    if measure is None and not c.not_a_count:
        measure = share_of_the_last(ex, c)
    if measure is None and not c.not_a_count:
        measure = elided_after_semicolon(ex, c)
    if measure is None and not c.not_a_count:
        measure = bracket_item(ex, c)
    if measure is None and not c.not_a_count:
        measure = total_row(ex, c)
        c.label_around = c.label_around or measure is not None
    group = _heading_group(ex, c) if c.parent is None and not c.not_a_count else None
    if (measure is None and not c.not_a_count and c.parent is not None
            and c.parent.measure in cues.CHILDREN and c.parent.measure != "reports.total"
            and c.parent is c.list_parent and ex.doc.lines[c.line_idx].bullet and c.parent.line < c.line_idx
            and _fits_its_group(ex, _LABEL_STOPS.split(c.clause, maxsplit=1)[0], c.parent.measure)):
        group = c.parent.measure  # "– rights …: 18, including:" / "– 6 cases where reporters were kept out"
    if group is not None and not (measure and is_allowed(measure, cues.CHILDREN[group])):
        # "2. Access to information: 11 refusals …; 2 attacks on news websites": the heading's group
        # decides between the measures the words could name
        label = _LABEL_STOPS.split(c.clause, maxsplit=1)[0]
        within = lexicon.best_measure(label, ex.doc.language, cues.CHILDREN[group], within=True)
        if within is not None and within.startswith("*."):
            within = f"{group.rsplit('.', 1)[0]}.{within[2:]}" if group == "legal.total" else None
        if within is not None and within in lexicon.lexicon().phrases:
            measure = within
    if group is not None and measure is not None and is_allowed(measure, cues.CHILDREN[group]):
        c.label_around = True  # the heading says the line's numbers are counts of its group
    c.measure = measure
    return True


def _opened_after(t: str, a: int, b: int) -> bool:
    """A bracket opened between `a` and `b` and still open at `b`: "— 31 (кедергі — 18": a breakdown of 31."""
    between = t[a:b] if a < b else ""
    return between.count("(") > between.count(")")


def _fits_its_group(ex: Extractor, clause: str, group: str) -> bool:
    """Whether the codebook's words for the group's own measures fit the item's label at least as well as
    any other group's: "1 case of persecution for spreading information" under the access group reads
    closer to the false-information charges and is left unmapped."""
    ranked = lexicon.scores(clause, ex.doc.language) if clause.strip() else []
    return bool(ranked) and (ranked[0][1] == group or is_allowed(ranked[0][1], cues.CHILDREN[group]))


# "1. Rights of journalists: 3 obstructions …; 2 threats", "Access to information: 11 refusals": a line's
# opening label, before a colon, that names a group
_HEADING_LABEL = re.compile(r"^\s*(?:\d{1,2}[.)]\s*|[IVX]{1,4}\.\s*)?(?P<label>[^\W\d_][^\d:;.()]{2,60}):\s")


def _heading_group(ex: Extractor, c: Candidate) -> str | None:
    """The group (a measure with parts other than the report total: rights, access, legal, or criminal, civil,
    administrative) that the label opening the candidate's line names, when the candidate stands after it in
    the same sentence."""
    ls, _le = ex.lines[c.line_idx]
    m = _HEADING_LABEL.match(ex.text[ls : c.n.start])
    if m is None or (ex.scope.full_span(c.n.start) or (c.ss, 0))[0] > ls + m.start("label"):
        return None  # (only in the heading's own sentence)
    group = resolve(ex.doc.language, m["label"], None, "", lexical=True)
    return group if group in cues.GROUP_MEASURES and group != "reports.total" else None


# an item's count then what its reports are about, the noun left out: "– 19 on …", "– 21 about …"
_ITEM_ON = re.compile(r"^\s*(?:on|about|concerning|regarding|related to|о|об|касались|касаются)\s+(?=[^\W\d_])",
                      re.IGNORECASE)
# where an item's label ends and its parts begin
_LABEL_STOPS = re.compile(r",?\s+(?:incl\.?|including|of them|of which|в т\.\s?ч\.|в том числе|из них)\b|[(;:]",
                          re.IGNORECASE)


_CASES_THEN_VERB = re.compile(r"^\s*(?:cases|claims|suits|lawsuits|charges|дела?|иск\w*|іс|талап\w*)\s+"
                              r"(?:have|has|had|were|was|are|is|были|был[ао]?|\w+лды|\w+лді)\b", re.IGNORECASE)


# a bracket that counts parts of the number before it: "(Article 274 – 8, Article 174 – 5)", "(8 of them …)"
BREAKDOWN = re.compile(r"(?:\s[-–—]|:)\s*\d+|\(\s*\d+\s+\w|(?:of them|из них|оның)\s+\d+", re.IGNORECASE)
_WORDS_THEN_NOUN = re.compile(r"^\s*(?!(?:months?|месяц\w*|ай\w*)\b)(?:[\w'’-]+\s+){1,4}?"
                             r"(?:cases|reports|сообщени\w*|случа\w*|хабарлама\w*)\b", re.IGNORECASE)
REPORTS_ABOUT = re.compile(r"^\s*(?:reports?|cases|сообщени\w*|случа\w*|хабарлама\w*)(?:,?\s+"
                           r"(?:of|on|about|concerning|regarding|related to|dealt with|deal with|concerned|concern|"
                           r"pertained to|pertain to|connected with|linked to|связанн\w+ с|describe|described|tell of|"
                           r"told of|"
                           r"о|об|по|касающи\w+|касал\w+|касают\w*|касает\w*|относ\w+ к|посвящен\w*)\s+"
                           r"|\s+[-–—]\s+)", re.IGNORECASE)  # "19 хабарлама – ақпаратты … құқығына қатысты"
KK_LABEL_BEFORE = re.compile(r"(?P<label>[^\W\d_][^.;:),]{3,150}?)\s+(?:бойынша|қатысты|туралы|жөнінде|тәртіппен|үшін|"
                             r"(?:деген\s+)?айыппен)"
                             # (the span may stand between: "… қорғау туралы жыл басынан бері 52 талап-арыз")
                             r"(?:\s+(?:жыл басынан бері|[а-яәғқңөұүһі]+ айында))?\s*\Z",
                             re.IGNORECASE)  # "жалған ақпарат таратты деген айыппен 4 іс"
# "На прямые нарушения прав журналистов пришлось 24 сообщения", "Refusals accounted for 19 reports": the
# label is told before the count
_ACCOUNTED_VERB = r"(?:пришл\w+|приходит\w*|accounted for|accounts? for|made up|makes? up)"
ACCOUNTED_BEFORE = re.compile(rf"(?:\b[Нн]а\s+)?(?P<label>[^\W\d_][^.;:]{{3,150}}?)\s+{_ACCOUNTED_VERB}\s*\Z")
ACCOUNTED_BEFORE_VERB = re.compile(rf"\s{_ACCOUNTED_VERB}\s")
ACCOUNTED_ELIDED = re.compile(r"(?:^|[;,])\s*(?:and\s+)?(?P<label>[^\W\d_][^.;:]{3,150}?),?\s+for"
                              r"(?:\s+the\s+(?:remaining|other|rest))?\s*\Z")
# what may follow a share told with "accounted for": nothing, "of them", "of this quarter's reports"
_SHARE_ENDS = re.compile(r"\s*(?:[,;.]|$|of (?:them|these|those)\b|из них\b|of (?:this|the|that) (?:month|quarter|"
                         r"half-year|half|year|period)['’]s (?:reports|total|cases)\b)", re.IGNORECASE)
_BARE_TOTAL = {r"^\s*сообщени", r"^\s*хабарлама"}


def _names_two_groups(label: str, language: str) -> bool:
    """"241 reports on events touching journalists, editorial offices and the public's right to information":
    words that name two of the three groups name every report."""
    # (two groups about equally: "нарушения права на доступ к информации" names access, and rights only in part)
    scores = sorted((score for score, m in lexicon.scores(label, language)
                     if m in ("rights.total", "access.total", "legal.total")), reverse=True)
    return len(scores) >= 2 and scores[1] >= lexicon.MIN_SCORE and scores[0] - scores[1] < lexicon.MARGIN


def _names_the_total(clause: str) -> bool:
    """Whether a cue of the whole count, other than the bare noun, matches ("сообщений о нарушениях прав
    СМИ, журналистов и граждан" is every report, not the rights group)."""
    return any(m == "reports.total" and p.search(clause)
               for (m, ps), (_m, p) in zip(cues.MEASURE_CUES, cues.COMPILED_CUES, strict=True)
               if not set(ps) <= _BARE_TOTAL)


KK_REACHED = re.compile(r"^-?(?:ге|ке|қа|ға|не|на|а|е)?\s+(?:жетті|құрады)\b", re.IGNORECASE)
KK_SHARE = re.compile("^" + cues.KK_SHARE_LABEL, re.IGNORECASE)
KK_CLAIM_NOUN = re.compile(r"^\s*(?:(?:азаматтық|қылмыстық|әкімшілік)\s+)?(?:талап\w*|айып\w*|іс|істер\w*|шағым\w*)\b",
                           re.IGNORECASE)
REPORT_NOUN = re.compile(r"^\s*(?:(?:new|more|further|fresh|новых|новые|жаңа)\s+)?(?:reports?|messages|entries|"
                         r"сообщени\w*|хабарлама\w*|хабар(?:лар)?(?:ды|ын|ға)?(?=\s)|"
                         # "61 cases of violations of …", "53 случая нарушений …": the violations are the reports
                         r"(?:cases|instances|facts)(?=\s+of\s+(?:violations?|infringements?|breaches)\b)|"
                         r"(?:случа|факт)\w*(?=\s+нарушени)|нарушени\w*(?=\s*[.;]|\s*$)|violations(?=\s*[.;]|\s*$)|жағдай(?:ды|лар\w*)?(?=\s+(?:тірке|құжатта|анықта|есепке|енгізіл)))\b",
                         re.IGNORECASE)


# words that only say "there were": "since January there have been 389", "с начала года было 412"
_FILLER = re.compile(r"\b(?:there\s+(?:have|has)\s+been|there\s+(?:were|was)|in\s+all|in\s+total|totall?ed|"
                     # a bracket that announces itself: "(жақшада – жыл басынан бергі көрсеткіш: 541)"
                     r"in\s+brackets|в\s+скобках|жақшада|(?:the\s+)?figure|показател\w*|көрсеткіш\w*|бергі|"
                     r"already|всего|было|их|набралось|накопилось|стало|уже|барлығы|болды|"
                     # "ал жыл басынан бергі жалпы саны 611-ге жетті": "and the total … reached 611"
                     r"(?:and\s+|while\s+|а\s+|ал\s+)?(?:the\s+)?total(?:\s+number)?\s+(?:reached|rose\s+to|came\s+to)|"
                     r"общее\s+(?:число|количество)\s+(?:достигло|составило)|(?:ал\s+)?жалпы\s+саны|(?:ге|ға|ке|қа)\s+жетті|"
                     # the verb that told the count before its bracket: "58 рет кездесті (жыл басынан бері — 171)"
                     r"кездесті|тіркелді|were\s+(?:recorded|registered)|зарегистрирован\w*|зафиксирован\w*|"
                     # "58 reports (in brackets - since January: 263)": the note and the count in one bracket
                     r"in\s+brackets|в\s+скобках|жақшада)\b",
                     re.IGNORECASE)


_WHOLE_YEAR_SPAN = re.compile(r"\b(?:за|in|for|over)\s+(?:the\s+(?:whole\s+)?(?:year\s+)?)?(?:19|20)\d\d\s*"
                              r"(?:год\w*|г\.|жыл\w*|as a whole)?", re.IGNORECASE)  # "а всего за 2016 год – 801"


_MORE_THEN_NEXT = re.compile(r"\s*(?:more|others?|further|ещё|еще)?\s*(?:[,;]|\Z)", re.IGNORECASE)
_LINK_VERB_BEFORE = re.compile(r"[^\W\d_]{3,}[^.;:\d]*\b(?:accounts?\s+for|account\s+for|makes?\s+up|made\s+up|"
                               r"came\s+to|comes?\s+to|numbered|totall?ed|stood\s+at|stands?\s+at|составил[аио]?|насчитыва\w*)"
                               r"\s+(?:another\s+|a\s+further\s+|the\s+remaining\s+)?\Z", re.IGNORECASE)


_THEN_COMPARED = re.compile(rf"[,;]\s*(?:{cues.COMPARED_WORDS}|тогда как)\b.*\Z", re.IGNORECASE | re.DOTALL)


def _span_only(text: str, months: bool = False) -> bool:
    """Whether `text` (around a count) says only a span: "(since the beginning of the year – ", ")";
    with `months`, also "за десять месяцев года – " / "in the first nine months of the year"."""
    spans = ([cues.YTD_RE, cues.FIRST_MONTHS_RE, MONTH_RANGE, IN_MONTH, _WHOLE_YEAR_SPAN] if months
             else [cues.YTD_RE, MONTH_RANGE, IN_MONTH])
    rest = _FILLER.sub(" ", text)
    for pattern in spans:
        rest = pattern.sub(" ", rest)
    if months or MONTH_RANGE.search(text):
        rest = re.sub(r"\b(?:of the year|года|жылдың|(?:19|20)\d\d|за|in|for|over|from|с)\b", " ", rest,
                      flags=re.IGNORECASE)
    words = re.sub(r"[\s()\-–—:,.;]+", " ", rest).strip()
    return any(p.search(text) for p in spans) and not words


def _common_group(a: str, b: str) -> str | None:
    """The group total two different measures both stand under directly ("legal.civil", "legal.administrative"
    → "legal.total"), or None."""
    if a == b or a.startswith(b + ".") or b.startswith(a + "."):
        return None
    for group, kids in cues.CHILDREN.items():
        if group != "reports.total" and a in kids and b in kids:
            return group
    return None


def _span_closes(ex: Extractor, c: Candidate) -> bool:
    """"69 сообщений, с начала года – 714": the previous count's words end with a span, then a dash and
    this count — the same count over that span."""
    t = ex.text
    assert c.prev is not None
    if not re.fullmatch(r"\s*[-–—:]\s*", t[c.prev.end : c.n.start]):
        return False
    last = re.split(r",\s", t[c.prev.start : c.prev.end])[-1]
    return last != t[c.prev.start : c.prev.end] and _span_only(last + " – " + c.clause, months=True)


# A share of a measure named before a bracketed count: "Half of the criminal cases (4)", "Большинство исков (9)"
PART_OF = re.compile(r"\b(?:half|a third|two thirds|a quarter|most|some|several|many)\s+of\b|"
                     r"\b(?:половин\w*|треть|трети|больш\w+ част\w*|большинств\w*|жартысы|көбі)\b", re.IGNORECASE)


_NARROWS = re.compile(r"\s*(?:incl\.|including|in particular|в т\.\s?ч\.|в том числе|включая|"
                      r"(?:оның|соның) ішінде)\s", re.IGNORECASE)


# an article cited in a row's label: "в т.ч. ст. 405 УК (запрещенная организация)      5      –"
_ARTICLE_CITED = re.compile(cues.ARTICLE_WORD + r"\s*\d{1,3}(?:-\d{1,2})?", re.IGNORECASE)


def _table_group_above(ex: Extractor, c: Candidate) -> Figure | None:
    """The group count of an earlier row of the same table whose measure the row at `c` names again."""
    top = c.line_idx
    while top >= 0 and is_table_row(ex.text[slice(*ex.lines[top])]):
        top -= 1  # (the table's rows run from top + 1 to this one)
    return next((f for f in reversed(ex.figures) if top < f.line < c.line_idx and f.measure == c.measure
                 and f.scope == c.scope and f.parent is None), None)


_ENUMERATION_TAIL = re.compile(r"\s*[^\W\d_][^\W\d_-]*(?:\s+[^\W\d_]+){0,2}\s+(?:и|and|және|мен)\s+[^\W\d_]+"
                               r"(?:\s+[^\W\d_]+){0,3}\s*[-–—:]?\s*")


def step_label(ex: Extractor, c: Candidate) -> bool:
    """The "Label – N" / "Label: N" form: the label before the number names the measure. A label
    that names none is kept as an unmapped figure when its line is only that label and count."""
    # the number closes its label's clause when nothing follows it or a new clause does ("…: 61, with …")
    reached = KK_REACHED.match(c.clause)  # "тіркелген хабарламалар саны 947-ге жетті": the verb after the count
    closes = (not c.clause.strip(" .,;:-–—") or len(c.clause.split()) <= 1 or bool(re.match(r"\s*,\s", c.clause))
              or _span_only(c.clause, months=True) or bool(reached)  # "Label – 4 in May"
              or bool(re.match(r"\s*(?:in all|in total|altogether|всего|итого|барлығы)\s*(?:[,.;]|\Z)", c.clause))
              # "Отказов … было 251 – больше, чем когда-либо": a comment comparing the count closes its clause
              or bool(_COMPARED_AFTER.match(c.clause))
              # "The access section is dominated by refusals: 88 of the 117.": a share of a count told before
              or bool(_SHARE_OF_COUNT.match(c.clause))
              # "Нарушения прав журналистов … составили 12 из них:": a share named before, of the count told before
              or bool(re.fullmatch(r"\s*(?:из них|of them|of these|олардың)\s*", c.clause))
              # "…: мұндай 49 жағдай тіркелді": only a noun for cases and a verb of recording follow
              or bool(_CASES_RECORDED.fullmatch(c.clause)))
    if c.measure is not None or not (closes or c.not_a_count):
        return True
    t = ex.text
    ls = ex.lines[c.line_idx][0]
    lo = max(ls, c.ss, c.prev.end if c.prev else 0)  # the label starts after the previous figure
    if c.prev is not None and c.in_paren and not t[lo : c.n.start].strip(" (") and c.prev.start >= c.ss:
        # "21 concerned access to information, mostly refusals … (16)": the previous count's clause ran
        # on into this one's label; its last comma-part is the label
        comma = t.rfind(", ", c.prev.start, c.n.start)
        lo = comma + 2 if comma >= 0 else lo
    parts = re.split(r"[:;](?=\s)(?!\s*\Z)", t[lo : c.n.start])
    whole = parts[-1]  # keep "Label: N"
    if len(parts) > 1 and _span_only(whole, months=True):
        whole = parts[-2] + ": "  # "Иски о защите чести: в октябре – 6": the label is before the span
    elif len(parts) > 1 and _SUCH_CASES.fullmatch(whole):
        whole = parts[-2] + ": "  # "Чаще всего корреспондентам мешали работать: таких случаев 74"
    elif len(parts) > 1 and (_COUNTED_ONLY.fullmatch(whole) or _UNDER_IT.fullmatch(whole)):
        whole = parts[-2] + ": "  # "Число сообщений … приблизилось к пятистам: мониторинг насчитал ровно 487"
    elif (dash := re.search(r"\s[-–—]\s*(?=[^-–—]*\Z)", whole)) and _SUCH_CASES.fullmatch(whole[dash.end() :]):
        whole = whole[: dash.start()] + ": "  # "… мешали работать – таких случаев набралось 94"
    cell = TABLE_CELL.search(whole)
    if cell:
        whole = whole[cell.start("label") :]  # "| Attacks on journalists | 5 |": the cell before the count
    # a table row read out of HTML/DOCX/PDF: "Attacks on journalists 3" — the whole line is a short
    # label and the count ends it
    le = ex.lines[c.line_idx][1]
    if lo == ls and (lead := _NARROWS.match(whole)) and is_table_row(t[ls:le]):
        whole = whole[lead.end() :]  # "  в т.ч. отказ в предоставлении информации     19     296": a part row
        lo = ls = ls + lead.end()
    # (a space table's label may hold commas: "Нарушения прав журналистов, СМИ, ньюсмейкеров      14      171")
    spaced = is_table_row(t[ls:le]) and "|" not in t[ls:le]
    # (and a bracket's note: "incl. knowingly false information (Art. 274)      1       (6)")
    row = (lo == ls and bool(TABLE_ROW.fullmatch(_ARTICLE_CITED.sub(" ", re.sub(r"\([^()]*\)|[,()]", " ", whole))
                                                 if spaced else whole))
           and len(whole.split()) <= 10
           # (a cell with no count is a dash: "Гражданские иски     104      -")
           # (nor in brackets: "Threats        0        (9)", the next column's count over another span)
           and re.fullmatch(r"\s*[.;]?\s*|(?: {2,}|\t+)\(?[\d–—-][\d \t()–—-]*", t[c.n.end : le]) is not None)
    if row and (head := wrapped_label_head(ex, c.line_idx)):
        whole = f"{head} {whole}"  # "Claims for honour, dignity and business" / "reputation      6     23"
    # the label after the last comma, else the whole one ("honour, dignity and business reputation – 14")
    label = whole
    *head, after_comma = re.split(r",(?=\s)", whole)
    # "discrediting, incl. fake accounts and pages | 6": what follows "incl." narrows the head, which names it
    # (only a label that opens its line: in "49 айып, оның ішінде … – 26" the head is the previous count's noun)
    narrowed = (lo == ls and bool(_NARROWS.match(after_comma)) and bool(re.search(r"[^\W\d_]", "".join(head)))
                and not re.search(r"\d", "".join(head)))
    # (the last comma-part may be the end of an enumeration the whole label names: "Судебных актов по искам о
    # защите чести, достоинства и деловой репутации – 6" counts judicial acts, not honour suits)
    enumerated = bool(head) and bool(_ENUMERATION_TAIL.fullmatch(after_comma)) and not re.search(r"\d", whole)
    for label in ((whole,) if narrowed else (whole, after_comma) if enumerated else (after_comma, whole)):
        if (cues.LABEL_END.search(label) or (row and label is whole) or reached) and len(label.split()) <= 20:
            label_words = cues.LABEL_END.sub("", ", ".join(head) if narrowed else label).strip(" -–—:|(")
            # "Criminal cases (all under art. 274 CC)   9": the label counts the cases; what all of them were
            # is their part with the same count (`structure.kind_in_brackets`)
            label_words = ALL_IN_LABEL.sub(" ", label_words).strip() or label_words
            # "Over the first eight months of 2021 the total number of reports reached 377": the label
            # is what follows the span it is dated by
            label_words = DATED_BY.sub("", label_words) or label_words
            # "Отказов … было вдвое больше, чем случаев воспрепятствования, – 96": what it is compared with
            # is not what it counts
            label_words = _THAN_CLAUSE.sub(" ", label_words).strip(" ,") or label_words
            c.measure = resolve(ex.doc.language, label_words, c.parent, "", lexical=True)
            dashed = re.search(r"\s[-–—]\s+(?=[^-–—]*\Z)", label_words) if c.measure is None else None
            if dashed:
                # "Ақпарат құқығы тобында ең көп тіркелгені – … бас тарту: 139 жағдай", "The commonest were –
                # refusals: 139": what the dash introduces names the count
                c.measure = resolve(ex.doc.language, label_words[dashed.end() :], c.parent, "", lexical=True)
            linked = _LINKED.search(label_words) if c.measure is None else None
            if linked:
                # "Over two thirds of the access group's reports concern refusals …: таких случаев 196": what
                # the subject is linked to names the count, the subject only its group
                c.measure = resolve(ex.doc.language, label_words[linked.end() :], c.parent, "", lexical=True)
            if c.measure is None and c.parent is not None and (
                    c.parent is c.list_parent or c.parent.measure == "reports.total"):
                # a new group total ends the list it follows; older digests list categories
                # straight under the total ("нападения – 2")
                top = resolve(ex.doc.language, label_words, None, "", lexical=True)
                if top in cues.GROUP_MEASURES or (top and c.parent.measure == "reports.total"):
                    c.measure, c.parent = top, None
            if c.measure is None and c.parent is not None:
                other = _measure_of_other_group(ex, label_words, "", c.parent)  # "отказы в информации – 11"
                if other is not None:
                    c.measure, c.parent = other, None
            if (c.measure is None and c.parent is not None and c.parent.measure in cues.CHILDREN
                    and c.parent.measure != "reports.total" and c.parent.line == c.line_idx
                    and _opened_after(t, c.parent.end, c.n.start)
                    and _fits_its_group(ex, label_words, c.parent.measure)):
                # "… — 31 (түсірілімге және іс-шараларға кедергі — 18, …)": a group's breakdown in brackets
                # reads its labels against the group's own measures
                c.measure = lexicon.best_measure(label_words, ex.doc.language, cues.CHILDREN[c.parent.measure],
                                                 within=True)
            if c.measure is None and c.parent is not None and c.parent.parent is not None:
                # "criminal charges – 58 (of them 29 under Article 274), civil claims – 176": after a part
                # in brackets the next label is the parent's sibling, not its child
                up = resolve(ex.doc.language, label_words, c.parent.parent, "", lexical=True)
                if up is not None:
                    c.measure, c.parent = up, c.parent.parent
            if c.measure:
                break
    if c.measure in cues.GROUP_MEASURES and c.parent is None and (group := _table_group_above(ex, c)) is not None:
        # "| Pre-trial and court claims | 9 | 15 |" then "| civil (pre-trial and court) | 6 | 10 |": a table
        # names its group once; a row below it that reads as the group again is one of its parts
        part = resolve(ex.doc.language, label_words, group, "", lexical=True)
        if part is not None and part != group.measure:
            c.measure, c.parent = part, group
    if c.measure and c.parent is None and c.measure.startswith("legal.criminal.") and ex.figures:
        # "Administrative cases – 41 / Defamation (article 73-3 …) – 7 / False information – 11": a subtype
        # both codes share, listed right under the other code's lines, is of that code
        last = ex.figures[-1]
        twin = "legal.administrative." + c.measure.rsplit(".", 1)[-1]
        if (last.line >= c.line_idx - 1 and last.measure.startswith("legal.administrative")
                and twin in lexicon.lexicon().phrases
                and not re.search(r"criminal|уголовн|қылмыст|\bУК\b|\bCC\b|\bҚК\b", label, re.IGNORECASE)):
            c.measure = twin
    if c.measure and _SUCH.search(label):
        # "С начала года таких исков предъявлено 84" after "девять гражданских исков о защите чести …": the
        # claims just counted, by their own (narrower) measure
        recent = [f for f in ex.figures if f.sentence >= c.si - 2 and f.measure.startswith(c.measure + ".")
                  and f.measure.count(".") == 2 and not f.measure.endswith("_kzt")]
        if recent:
            c.measure, c.parent = recent[-1].measure, recent[-1].parent
    if c.measure and c.in_paren and PART_OF.search(label):
        # "Half of the criminal cases (4) were opened under the false-information article": the count in
        # brackets is a part of the named measure, the sub-measure the words after the bracket name
        whole_measure = c.measure
        after = t[c.n.end : c.se].lstrip(") ")
        part = resolve(ex.doc.language, after, None, "") if after else None
        c.measure = part if part and part.startswith(whole_measure + ".") else None
        if c.measure is None:
            return False
    if c.measure:
        c.start = c.n.start - len(label) + len(label) - len(label.lstrip())
        c.end = c.n.end + 1 if c.in_paren and ex.text[c.n.end : c.n.end + 1] == ")" else c.n.end  # "attacks (4)"
        # a label closes its count, unless the text stops in a word after it ("… have reached 143 mill")
        c.truncated = c.truncated and bool(re.match(r"\s*[^\W\d_]", c.clause))
    else:
        keep_unmapped(ex, c, whole)
    return True


# a Kazakh share: the count carries the possessive ("57-сі", "79-ы") after the whole in the genitive
_KK_SHARE_SUFFIX = re.compile(r"^-?(?:сі|сы|і|ы|еуі|уы|ауы|ісі|ысы)\b", re.IGNORECASE)
# ("Оның 26-сы …": "of it", the count just told, is a genitive too)
_KK_GENITIVE_BEFORE = re.compile(r"(?:[^\W\d_]{3,}(?:ның|нің|дың|дің|тың|тің)|\bоның)\s*\Z", re.IGNORECASE)
_KK_SHARES_BEFORE = re.compile(r"(?:[^\W\d_]{3,}(?:ның|нің|дың|дің|тың|тің)|\bоның)\s+\d+\s*-?"
                               r"(?:сі|сы|і|ы|еуі|уы|ауы)\b[^.;]*,\s*(?:және\s+|ал\s+)?\Z", re.IGNORECASE)


# "… (203 since the start of the year, against 187 for January–May 2024)": the count compared with is no figure
_COMPARED_BEFORE = re.compile(rf"\b(?:{cues.COMPARED_WORDS})\s*\Z", re.IGNORECASE)


def _learned_measure_may_fill(ex: Extractor, c: Candidate) -> bool:
    """Where the learned measure may name a count the rules left unnamed: a whole number that is no list
    item's number and no part of a group (a part the rules could not name is left unmapped: "6 вызовов в
    правоохранительные органы" has no measure of its own), told in a passage of figures (a figure in its
    sentence or the one before), not in a story. Leave-one-batch-out, these limits kept the gains and
    left out the losses."""
    return (c.n.integer is not None and not c.not_a_count and c.parent is None
            and not _ENUMERATOR.match(ex.text[c.n.end : c.n.end + 2])
            and not _COMPARED_BEFORE.search(ex.text[max(c.ss, c.n.start - 30) : c.n.start])
            and ((bool(ex.figures) and ex.figures[-1].sentence >= c.si - 1)
                 or ex.scope.own_scope(ex.scope.full_sentence(c.n.start)) in ("period", "ytd")))


def _words_name_other_measures(ex: Extractor, c: Candidate, learned: str) -> bool:
    """Whether the count's own words clearly name measures other than the learned one ("5 сайт пен
    парақшаға қолжетімділік шектелді" after a sentence on refusals: its words name blocking, whatever the
    sentence before says)."""
    ranked = lexicon.scores(c.clause, ex.doc.language)
    if not ranked or ranked[0][0] < lexicon.MIN_SCORE:
        return False
    near = [m for s, m in ranked if s >= ranked[0][0] - 0.3]
    # (a part of the measure the words name is the learned one's to tell: "новых иска такого рода" are suits,
    # the honour suits the paragraph is about)
    return not any(m == learned or learned.startswith(m + ".") or m.startswith(learned + ".") for m in near)


_OF_NAMED_WHOLE = re.compile(r"^\s*(?:из|of the|of all the|among the)\s+(?P<whole>[^\W\d_][^\d,;:()]{2,60}?)\s*,?\s*\Z",
                             re.IGNORECASE)


def step_count(ex: Extractor, c: Candidate) -> bool:
    """A top-level number in running text must count something reports count (a count noun)."""
    if c.measure is None and _learned_measure_may_fill(ex, c):
        learned = measure_model.confident_measure(ex.left_of(c), ex.text[c.n.end : c.se], ex.doc.language)
        if learned is not None and not _words_name_other_measures(ex, c, learned):
            # the words around it, as the labelled reports word this measure, name what it counts
            c.measure, c.label_around = learned, True
    if c.measure is None:
        keep_unmapped_item(ex, c)
        return False
    if not c.other_span and any(f is not None and f.measure == c.measure for f in (c.parent, c.part_of)):
        return False  # "6 threats, including 2 death threats": a part of the same measure, not its count
    if _SHARE_OF_THE.match(c.clause) and any(f.measure == c.measure and f.value > (c.n.integer or 0)
                                             for f in ex.figures if f.sentence >= c.si - 8):
        return False  # "Officials filed 17 of the civil claims": a share of the count told above, no count of its own
    if c.not_a_count and c.start == c.n.start:
        return False
    before = ex.text[c.ss : c.n.start]
    if ex.doc.language == "kk" and _KK_SHARE_SUFFIX.match(c.clause) and (
            _KK_GENITIVE_BEFORE.search(before) or _KK_SHARES_BEFORE.search(before)):
        # "Тоқсандағы хабарлардың 57-сі … бұзуға, 79-ы …": 57 of the reports, then 79 of them, each share
        # named after it
        c.label_around = True
    if _OF_THE_WHOLE.match(c.clause):
        c.label_around = True  # "Eighty-seven of the 241 describe direct violations …": a share of the total restated
        whole = next((f for f in reversed(ex.figures) if f.measure == "reports.total"), None)
        if c.parent is None and whole is not None and is_allowed(c.measure, cues.CHILDREN.get(whole.measure, ())):
            c.parent = whole
    c.label_form = c.start != c.n.start or c.label_around
    if (
        c.parent is None
        and ex.figures
        and ex.figures[-1].sentence >= c.si - 2
        and c.measure not in cues.GROUP_MEASURES
        and is_allowed(c.measure, cues.CHILDREN.get(ex.figures[-1].measure, ()))
    ):
        # a sub-measure told right after its parent's count belongs to it (to the month's count, not its
        # restatement in brackets: "нарушения прав … — 24 (с начала года — 203);" / "задержания — 4")
        c.parent = last_told_count(ex)
    last = ex.figures[-1] if ex.figures else None
    if (c.parent is None and last is not None and last.parent is not None and last.sentence >= c.si - 1
            and c.measure not in cues.GROUP_MEASURES and c.measure != last.measure
            and c.measure.rsplit(".", 1)[0] == last.measure.rsplit(".", 1)[0]
            and is_allowed(c.measure, cues.CHILDREN.get(last.parent.measure, ()))):
        c.parent = last.parent  # "… eight more the articles on libel; three were brought for inciting discord"
    if (c.parent is not None and c.parent is c.list_parent and c.prev is not None and c.prev.line == c.line_idx
            and c.prev.parent is not None and c.prev.parent.parent is c.parent
            and is_allowed(c.measure, cues.CHILDREN.get(c.prev.parent.measure, ()))):
        # "обвинения – 17, в том числе по статье 130 – 10 и по статье 274 – 4": a part told after a part of the
        # item's count is that count's too, not the list's
        c.parent = c.prev.parent
    if c.parent is None and (whole := _OF_NAMED_WHOLE.match(ex.text[c.ss : c.n.start])):
        # "Из административных обвинений 19 предъявлены по статье 73-3 КоАП": a part of the whole its words name
        named = resolve(ex.doc.language, whole["whole"], None, "", lexical=True)
        if named and c.measure.startswith(named + "."):
            c.parent = next((f for f in reversed(ex.figures) if f.measure == named and f.scope != "other"), None)
            c.label_around = c.parent is not None
    if c.parent is not None:
        c.parent = same_column_parent(ex, c, c.parent)
    if c.parent is None and not c.label_form and cues.OFFICIAL_SOURCE.search(
            ex.text[(ex.scope.full_span(c.n.start) or (c.ss, 0))[0] : c.n.start]):
        return False  # "The Ministry received 200 reports …", "по данным прокуратуры, 92 дела": not the report's count
    return not (
        c.parent is None
        and not c.label_form
        and not c.in_paren
        and not c.other_span
        and (not (cues.COUNT_NOUN.match(c.clause) or _elided_noun(ex, c) or c.under_header)
             or cues.NARRATIVE_SENTENCE.search(ex.text[c.n.end : c.se]))
    )


_ITEM_COUNT = re.compile(r"^\s*" + BULLET_CHAR + r"\s*(?:\d|(?P<word>[^\W\d_]+))")


def _opens_with_count(line: str) -> bool:
    """A list item whose first word is its count: "- 3 criminal;", "- one charge of disclosing …"."""
    m = _ITEM_COUNT.match(line)
    return bool(m) and (m["word"] is None or m["word"].lower() in WORD_VALUES)


def _under_counting_header(ex: Extractor, c: Candidate) -> bool:
    """"… these charges were brought against media:" then "- 3 criminal;": the header's noun is counted
    (a noun of the lexicon's `count_nouns`), so the items' bare labels ("criminal") are counts of it."""
    ls, _le = ex.lines[c.line_idx]
    if not _opens_with_count(ex.text[ls : c.n.end]):
        return False
    for k in range(c.line_idx - 1, -1, -1):
        line = ex.text[slice(*ex.lines[k])].strip()
        if line and not _opens_with_count(line):
            return line.endswith(":") and any(
                lexicon.is_count_noun(w, ex.doc.language) for w in re.findall(r"[^\W\d_]{3,}", line))
    return False


ELIDED = re.compile(r"^\s*(?:concerned|related to|dealt with|were about|касал\w*|относил\w*)\b", re.IGNORECASE)


def _elided_noun(ex: Extractor, c: Candidate) -> bool:
    """"15 reports concerned …, and 12 concerned …": the count noun left out after a count that had it."""
    p = c.prev
    if p is None:
        return False
    told = ex.text[p.start : p.end].lstrip("0123456789 ")
    if ELIDED.match(c.clause):
        return bool(cues.COUNT_NOUN.match(told))
    if _DASH_ABOUT.match(c.clause):
        # "92 сообщения: 21 – о …, 44 – о …, 27 – о конфликтах …": the noun of the sentence's first count is left
        # out in each part, which says what its count is about after a dash
        first = next((f for f in ex.figures if f.sentence == c.si and f.parent is None), None)
        return first is not None and bool(cues.COUNT_NOUN.match(ex.text[first.start : first.end].lstrip("0123456789 ")))
    # "163 reports dealt with …, and 171 with …": the verb left out too; the preposition it took remains
    prep = _ELIDED_VERB_TOO.match(c.clause)
    verb = re.search(r"\b(?:concerned|related to|dealt with|were about|касал\w* |относил\w* к)\s*", told)
    if prep and verb and verb[0].split()[-1].lower() == prep[1].lower() and cues.COUNT_NOUN.match(told):
        return True
    # "52 reports on violations of rights, 71 on access to information and 24 on claims": the noun left out, its
    # preposition kept (the first count of the sentence has the noun)
    if prep is None:
        return False
    first = next((f for f in ex.figures if f.sentence == c.si), None)
    told = ex.text[first.start : first.end].lstrip("0123456789 ") if first is not None else ""
    noun_prep = re.match(r"\s*[^\W\d_]+\s+([^\W\d_]+)\s", told)
    return bool(noun_prep and noun_prep[1].lower() == prep[1].lower() and cues.COUNT_NOUN.match(told))


_NEXT_TOPIC_IN = re.compile(r",\s+(?:о|об|обо)\s+[^,;.()\d]{3,160}?\s+(?:говорит\w*|говорил\w*|шла речь|речь шла|"
                            r"речь ид[её]т|[-–—])\s*в\s*\Z", re.IGNORECASE)
_ELIDED_VERB_TOO = re.compile(r"^\s*(with|to|about|on|of|к|о|об|по)\s", re.IGNORECASE)
_DASH_ABOUT = re.compile(r"^\s*[-–—]\s*(?:about|on|concerning|о|об|по поводу)\s", re.IGNORECASE)


def step_cutoff(ex: Extractor, c: Candidate) -> bool:
    """A clause cut off by the end of the text before its meaning is clear is no figure."""
    if c.truncated and _row_complete(ex, c.line_idx):
        c.truncated = False  # the last row of a table ends the text with as many cells as the row above
    if c.label_form:
        # "administrative – 3" at the very end: the label before it has said what it counts; but "… have
        # reached 143 mill" stops inside the words after the number, which may make it a sum (not when a new
        # clause follows the count: "… claims has reached 58, and the damages sought total KZT 402 mi")
        return not c.truncated or bool(re.match(r",\s+(?:and|while|but|и|а|ал|және)\s", c.clause))
    if c.truncated and not re.search(r"\w{3,}\s*$", c.clause.strip()):
        return False
    return not (
        c.truncated
        and c.measure in {"legal.criminal", "legal.civil", "legal.administrative"}
        and len(c.clause.split()) < 2
    )


def _row_complete(ex: Extractor, line_idx: int) -> bool:
    t = ex.text
    row = t[slice(*ex.lines[line_idx])]
    if line_idx == 0 or not is_table_row(row):
        return False
    above = t[slice(*ex.lines[line_idx - 1])]
    return is_table_row(above) and len([x for x in _cells(row) if x.strip()]) == len(
        [x for x in _cells(above) if x.strip()]) and bool(re.search(r"\d", above))


def step_scope(ex: Extractor, c: Candidate) -> bool:
    """Period, year to date or another span: the sentence's scope, the parent's, or a comparison."""
    t, prev, parent = ex.text, c.prev, c.parent
    before = t[max(c.ss, (prev.end if prev else c.ss)) : c.n.start]
    fig_scope = c.scope
    full = ex.scope.full_sentence(c.n.start)
    if (fig_scope == "ytd" and "(" in full and t[c.ss : c.n.start].count("(") <= t[c.ss : c.n.start].count(")")
            and ex.scope.own_scope(full) == "ytd" and COUNT_IN_BRACKETS.search(full)):
        # the year to date named only in a parenthesis after the count: "Threats: 4 (since January – 19)"
        outside = ex.scope.own_scope(COUNT_IN_BRACKETS.sub(" ", full))
        if outside != "ytd":
            fig_scope = outside or "period"
    if (parent is not None and parent.sentence != c.si and not c.other_span and parent.scope != "other"
            and not ex.scope.own_scope(ex.scope.full_sentence(c.n.start))):
        # "… were passed in March. … three of them in favour …": the parent's scope (a count of another span, "In
        # March alone 24 claims were filed.", lends the next sentence none)
        fig_scope = parent.scope
    opened = t.rfind("(", c.ss, c.n.start)
    if opened >= 0 and t.find(")", opened, c.n.start) < 0:
        bracket = t[opened : t.find(")", c.n.start) % (len(t) + 1)]
        inner = ex.scope.own_scope(bracket)
        if inner in ("ytd", "period"):
            fig_scope = inner  # "57 cases (412 since the beginning of the year)": the bracket's own span
        elif ex.scope.names_only_other_months(bracket):
            fig_scope = "other"  # "78 сообщений (в октябре – 64)": another month's count, compared
    if fig_scope == "other" and (span := ex.scope.full_span(c.n.start)) is not None:
        # "Фонд учёл 142 сообщения; в январе 2021 года их было 64": the other span is the comparison's after the
        # ";", not the count's before it
        semi = t.find(";", c.n.end, span[1])
        own_before = ex.scope.own_scope(t[span[0] : semi]) if semi >= 0 else ""
        if semi >= 0 and ";" not in t[span[0] : c.n.start] and own_before in ("period", "ytd"):
            fig_scope = own_before  # "In February 2023, 46 reports …; in January there were 39."
        elif (semi >= 0 and ";" not in t[span[0] : c.n.start] and not own_before
                and not re.search(r"(?:19|20)\d\d", t[span[0] : semi])):
            fig_scope = c.scope if c.scope != "other" else "period"
    clause_scope = ex.scope.contrast_clause_scope(c.n.start, fig_scope)
    if clause_scope:
        fig_scope = clause_scope  # "47 reports in October, and over ten months 436": each clause its own span
    # (a comparison closed by ", and …" before the count is the clause before's: "nine times, against six in 2011,
    # and threats were recorded in seventeen cases")
    before = re.split(r",\s+(?:and|while|but|и|а|ал|және)\s+", before)[-1]
    if cues.COMPARISON_RE.search(before) or cues.EARLIER_AFTER_RE.search(t[c.n.end : c.se]) or (
        re.search(r"\bin (?:19|20)\d\d\b", before) and ex.scope.other_year(before)
    ):
        fig_scope = "other"
    header = bracket_header(ex, c.line_idx)
    if header is not None and not c.in_paren and ex.scope.own_scope(t[c.ss : c.n.start]):
        header = None  # "С начала года уголовных обвинений было 23": a sentence naming its span is not the list's
    if header is not None:
        inside, outside = header
        fig_scope = (inside if c.in_paren else outside) or fig_scope
    elif c.in_paren and _bare_bracket_after_absence(ex, c):
        # "- нападений не зафиксировано (1)": none in the month; the bracket counts them over the span the
        # list's other brackets named, or is no figure we can date
        fig_scope = _bracket_span_named_before(ex, c)
        if not fig_scope:
            return False
    column = table_column_scope(ex, c.line_idx, c.n.start)
    if c.measure in cues.CHILDREN and (head := table_column_head(ex, c.line_idx, c.n.start)):
        # "Вид производства   Всего   Дошли до суда": a column whose heading names a part of the row's measure
        part = resolve(ex.doc.language, head, Figure(c.measure, 0, 0, 0, fig_scope), "", lexical=True)
        if part is not None and part.startswith(c.measure + "."):
            c.measure = part
    if column:
        fig_scope = column  # "| Всего сообщений | 48 | 139 |" under "| … | Март 2014 | С начала года |"
    if ex.scope.names_report_period(c.clause):
        fig_scope = "period"
    elif not column and not ex.scope.scope_settled(c.n.start, c.line_idx) and not ex.in_year_to_date_paragraph(
            c.n.start) and not _row_complete(ex, c.line_idx):
        # (a cut sentence whose paragraph opened by naming the year so far has its span; so has a table's last
        # row with all its cells)
        return False
    ls, le = ex.lines[c.line_idx]
    if not c.label_form and ex.scope.in_event_paragraph(t[ls:le]):
        fig_scope = "other"  # "May 20. Two journalists were attacked in Shymkent.": one dated event
    if fig_scope == "other" and cues.PERSON_EVENT.match(c.clause):
        return False  # "On April 3, two journalists were detained": one event told, not a count
    c.fig_scope = fig_scope
    return c.n.integer is not None


def bracket_header(ex: Extractor, line_idx: int) -> tuple[str, str] | None:
    """(span in brackets, span outside) when a list's header says what its bracketed counts are: "June
    2023 in figures (in brackets – since the start of the year):" → ("ytd", "period")."""
    t = ex.text
    blanks = 0
    # (the note may also follow the first bracketed count on its own line: "… 49 (103) reports; here and
    # below the figure in brackets is the total since the beginning of the year")
    for k in range(line_idx, max(-1, line_idx - 30), -1):
        a, b = ex.lines[k]
        line = t[a:b]
        if not line.strip():
            blanks += 1  # the note may close the introduction, a paragraph or two above the list
            if blanks > 6:
                return None
            continue
        m = BRACKET_NOTE.search(line) if BRACKET_WORD.search(line) else None  # (a cheap test first)
        if m:
            inside = ex.scope.own_scope(m["span"] or m["span2"])
            # (a bracket of its own elsewhere on the line says its own span, not the text's)
            outside = ex.scope.own_scope(re.sub(r"\([^()]*\)", " ", line[: m.start()] + line[m.end() :])) or "period"
            return (inside, outside) if inside else None
    return bracket_note_below(ex, line_idx)


_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


_SLASH_CELL = re.compile(r"(?<=\d)\s/(?=\s*(?:\d{1,6}\s*)?$)")


def _cells(line: str) -> list[str]:
    """A table row's cells: split at bars (leading and trailing ones optional) or, in a table laid out
    with spaces ("Угрозы          4         31"), at runs of two or more spaces."""
    line = line.strip() if "|" in line else line.lstrip()
    if "|" not in line and (pair := _SLASH_CELL.search(line)):
        return [line[: pair.start()], line[pair.end() :]]  # "задержания … 2 / 96" (or its part "… 2 / "): as "2 | 96"
    if "|" not in line:
        cells = re.split(r" {2,}|\t+", line)
        if len(cells) > 1 and (glued := re.fullmatch(r"(.*[^\W\d_]) (\d{1,4})", cells[0])):
            cells[:1] = [glued[1], glued[2]]  # the label's one space before its first count
        return cells
    if line.startswith("|"):
        line = line[1:]
    return line.split("|")


def wrapped_label_head(ex: Extractor, line_idx: int) -> str:
    """The start of a table row's label wrapped onto the line above ("Claims for honour, dignity and
    business" over "reputation        6        23"), or ''."""
    t = ex.text
    ls, le = ex.lines[line_idx]
    if line_idx == 0 or not is_table_row(t[ls:le]) or not re.match(r"\s*[a-zа-яёәғқңөұүһі]", t[ls:le]):
        return ""
    above = t[slice(*ex.lines[line_idx - 1])]
    if (not above.strip() or is_table_row(above) or re.search(r"\d", above)
            or above.rstrip().endswith((".", ":", ";")) or len(above.split()) > 12):
        return ""
    return above.strip()


def table_column_scope(ex: Extractor, line_idx: int, pos: int) -> str:
    """The span a `|` table's column header names for the cell holding the number ("Март 2014" → period,
    "С начала года" → ytd), or '' outside a table or under a header that names none."""
    head = table_column_head(ex, line_idx, pos)
    if not head or (re.search(r"\d", _DAY_OF_MONTH.sub(" ", head)) and not re.search(r"(?:19|20)\d\d", head)):
        return ""  # a column of numbers, not a span (a day of a month may stand in it: "Since 1 January")
    return _column_head_scope(ex, head)


def table_column_head(ex: Extractor, line_idx: int, pos: int) -> str:
    """The heading of the table column holding `pos`, or '' outside a table or without one. The header is
    the row above a `---` separator or, without one, the first row of the table; leading bars are optional;
    a caption may name the columns instead ("Data (June / January–June):")."""
    t = ex.text
    ls, le = ex.lines[line_idx]
    if not is_table_row(t[ls:le]):
        return ""
    col = len(_cells(t[ls:pos])) - 1
    header = caption = ""
    k = line_idx - 1
    while k >= 0:
        a, b = ex.lines[k]
        line = t[a:b]
        if _TABLE_SEPARATOR.match(line) and k > 0:
            ha, hb = ex.lines[k - 1]
            header = t[ha:hb]
            break
        if wrapped_label_head(ex, k + 1):
            k -= 1  # the first half of a wrapped label is no header
            continue
        if not line.strip() and k > 0 and (above := t[slice(*ex.lines[k - 1])]).strip() and not is_table_row(above):
            caption = above  # one blank line between a caption and its table
            break
        if not line.strip() or not is_table_row(line):
            caption = line
            break
        header = line
        k -= 1
    row = [x for x in _cells(t[ls:le]) if x.strip()]
    if (not header or _numbers_row(header)) and (named := caption_columns(caption)):
        col = len(named) - (len(_cells(t[ls:le])) - col)
        return named[col] if 0 <= col < len(named) else ""
    if not header:
        return ""
    cells = [x for x in _cells(header) if x.strip()]
    if 0 < len(cells) < len(row):
        # a header without a cell over the labels ("            April    since January"): the columns
        # are counted from the right
        col -= len(row) - len(cells)
    if col < 0 or col >= len(cells):
        return ""
    return cells[col].strip()


def same_column_parent(ex: Extractor, c: Candidate, parent: Figure) -> Figure:
    """In a table, a sub-row's cell divides the cell of its group's row in the same column ("   of which
    detentions   9   22" under "Violations of rights   58   171": 9 of the 58, 22 of the 171)."""
    t = ex.text
    ls, le = ex.lines[c.line_idx]
    if parent.line == c.line_idx or not is_table_row(t[ls:le]):
        return parent
    pa, pb = ex.lines[parent.line]
    if not is_table_row(t[pa:pb]):
        return parent
    col = len(_cells(t[ls : c.n.start])) - 1 - len(_cells(t[ls:le]))
    for f in ex.figures:
        if f.line == parent.line and f.measure == parent.measure:
            g = ex.text.find(str(f.value), f.start, pb) if f.end <= pb else -1
            at = g if g >= 0 else f.end
            if len(_cells(t[pa:at])) - 1 - len(_cells(t[pa:pb])) == col:
                return f
    return parent


_DAY_OF_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|th|-?го)?\s+(?:{MONTH})\b|\b(?:{MONTH})\s+\d{{1,2}}\b", re.IGNORECASE)


def _column_head_scope(ex: Extractor, head: str) -> str:
    """The span a column's heading names: its own ("С начала года" → ytd) or the report's period."""
    p = ex.report.period
    months = MONTH_RANGE.search(head)
    other_year = any(int(y) != p.end.year for y in re.findall(r"(?:19|20)\d\d", head)) if p else False
    if p is not None and months and p.start.year == p.end.year and not other_year:
        # (not "янв.–нояб. 2023" beside the report's "янв.–нояб. 2024": a comparison column)
        if (month_number(months["a"]), month_number(months["b"])) == (p.start.month, p.end.month):
            return "period"  # "Apr-Jun" over the second quarter's column
        if (month_number(months["a"]), month_number(months["b"])) == (1, p.end.month) and p.start.month > 1:
            return "ytd"  # "янв.–сент." beside the third quarter's column
    part = PART_OF_YEAR.search(head)
    if p is not None and part and (read := read_part(part)) and (read.first_month, read.last_month) == (
            p.start.month, p.end.month) and read.year in (None, p.start.year):
        return "period"  # "III кв." over the third quarter's column
    own = ex.scope.own_scope(head)
    if own:
        return own
    return "period" if (ex.scope.names_report_period(head) or ex.scope.names_only_report_month(head)
                        or _bare_report_month(ex, head)) else ""


def _numbers_row(line: str) -> bool:
    """A first row that holds counts is data, not the columns' header."""
    return any(re.search(r"\d", x) and not re.fullmatch(r"\s*(?:19|20)\d\d\s*", x) for x in _cells(line)[1:])


def _bare_report_month(ex: Extractor, head: str) -> bool:
    """A column headed by the report's month alone ("Апрель", "April 2022", "Сәуір"): the period."""
    p = ex.report.period
    m = re.fullmatch(rf"({MONTH})\.?(?:\s+((?:19|20)\d\d)(?:\s*(?:г\.|года?|ж\.|жыл\w*))?)?", head, re.IGNORECASE)
    if p is None or not m or (p.start.year, p.start.month) != (p.end.year, p.end.month):
        return False
    return month_number(m[1]) == p.start.month and (not m[2] or int(m[2]) == p.start.year)


def make_figure(ex: Extractor, c: Candidate) -> Figure:
    assert c.measure is not None and c.n.integer is not None
    fig = Figure(c.measure, c.n.integer, c.start, ex.trim_end(c.start, c.end), c.fig_scope, c.parent, c.si,
                 c.line_idx, in_paren=c.label_form and c.in_paren)
    # a subtype directly under legal.total also states its group ("1 defamation charge ... administrative")
    # (not civil: honour suits and court decisions are parts of the civil count, not all of it)
    if c.parent is not None and c.parent.measure == "legal.total" and c.measure.count(".") == 2 and (
            not c.measure.startswith("legal.civil.")):
        group = c.measure.rsplit(".", 1)[0]
        told = next((f for f in ex.figures if f.measure == group and f.value == c.n.integer and f.line == c.line_idx
                     and f.scope == c.fig_scope), None)
        if told is not None:
            fig.parent = told  # "2 әкімшілік айып, екеуі де жала жабу бабы бойынша": both of that count
        else:
            ex.figures.append(Figure(group, c.n.integer, c.start, fig.end, c.fig_scope, c.parent, c.si,
                                     c.line_idx))
    return fig


def keep_unmapped(ex: Extractor, c: Candidate, label: str) -> None:
    """Keep "Label – N" as an unmapped figure when the line holds only that label and its count."""
    ls, le = ex.lines[c.line_idx]
    line = ex.text[ls:le]
    rest = ex.text[c.n.end : le]
    words = re.findall(r"[^\W\d_]{3,}", label)
    if (c.n.integer is None or not re.fullmatch(r"\s*[.;,]?\s*", rest) or len(words) < 2
            or not cues.LABEL_END.search(label) or c.not_a_count or re.search(r"https?:|www\.|@|#", label)):
        return
    text = cues.LABEL_END.sub("", label).strip(" :|*" + BULLET_MARKS)
    start = ls + line.find(text) if text and line.find(text) >= 0 else c.n.start
    ex.unmapped.append(UnmappedFigure(text, c.n.integer, c.scope, (start, c.n.end)))


def keep_unmapped_item(ex: Extractor, c: Candidate) -> None:
    """Keep a list item "• 3 instances of denial of accreditation;" under a group total whose words name no
    measure as an unmapped figure: the layout says it is a count, the wording is the publisher's."""
    if c.n.integer is None or c.not_a_count or c.parent is None or c.parent is not c.list_parent:
        return
    ls, le = ex.lines[c.line_idx]
    item = re.fullmatch(r"\s*" + BULLET_CHAR + r"*\s*(?P<label>[^\d;:()]+?)\s*[.;,]?\s*", ex.text[c.n.end : le])
    if not re.fullmatch(r"\s*" + BULLET_CHAR + r"*\s*", ex.text[ls : c.n.start]) or not item:
        return
    label = item["label"]
    if len(re.findall(r"[^\W\d_]{3,}", label)) < 2 or re.search(r"https?:|www\.|@|#", label):
        return
    start = c.n.end + item.start("label")
    ex.unmapped.append(UnmappedFigure(label, c.n.integer, c.scope, (start, start + len(label))))


# The steps a number goes through to become a figure, in order.
# "2. Violations of the rights of journalists" (a numbered section's title line) and "2.1. Total – 143"
_SECTION_TITLE = re.compile(r"^\s*(?:\d{1,2}\.|[IVX]{1,4}\.)\s+(?P<title>[^\W\d_][^\d.;]{4,120}?)\s*:?\s*$")
_TOTAL_ONLY = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?" + OPT_BULLET
                         + r"(?:total|in total|overall|всего|итого|барлығы|жалпы саны)\s*[-–—:|]?\s*$", re.IGNORECASE)


def section_title(ex: Extractor, line_idx: int) -> str:
    """The title of the numbered section the line stands in, or ''."""
    t = ex.text
    for k in range(line_idx - 1, max(-1, line_idx - 20), -1):
        m = _SECTION_TITLE.match(t[slice(*ex.lines[k])])
        if m:
            return m["title"]
    return ""


def step_section_total(ex: Extractor, c: Candidate) -> bool:
    """"Total – 143 reports" under the section "2. Violations of the rights of journalists and media": the
    total of the group the section is about, not of the whole report."""
    ls = ex.lines[c.line_idx][0]
    if c.measure not in (None, "reports.total") or not _TOTAL_ONLY.match(ex.text[ls : c.n.start]):
        return True
    group = lexicon.best_measure(section_title(ex, c.line_idx), ex.doc.language)
    if group in cues.GROUP_MEASURES and group != "reports.total":
        c.measure, c.parent, c.label_around = group, None, True
    elif c.measure is None and _table_of_groups_above(ex, c.line_idx):
        c.measure, c.parent, c.label_around = "reports.total", None, True  # "Барлығы | 53 | 626" under the groups
    return True


def _table_of_groups_above(ex: Extractor, line_idx: int) -> bool:
    """Whether the line is a table row under rows that gave group totals of the same table (its total row
    then sums the groups: the report's count)."""
    t, lines = ex.text, ex.lines
    if not is_table_row(t[slice(*lines[line_idx])]):
        return False
    first = line_idx
    while first > 0 and is_table_row(t[slice(*lines[first - 1])]):
        first -= 1
    groups = {f.measure for f in ex.figures if first <= f.line < line_idx and f.parent is None}
    return len(groups & (cues.GROUP_MEASURES - {"reports.total"})) >= 2


# "Attacks …, however, did not stop: there were eleven of them", "threats, of which we counted twenty-two",
# "угроз, которых насчитано 22": the count refers back to the topic its sentence named before it
_REFERS_BACK = re.compile(
    r"(?:\bthere (?:were|was|have been|had been)|\b(?:of )?which (?:we |the monitors |monitors |the foundation )?"
    r"(?:counted|recorded|registered|noted|logged|found)|\bтаких (?:было|случаев было|набралось|насчитано)|"
    r"\bкоторых (?:было )?(?:зафиксировано|насчитано|отмечено)|"
    r"[:–—]\s*их (?:было|набралось|насчитано|зафиксировано|отмечено))\s*\Z", re.IGNORECASE)
_OF_THEM_CLAUSE = re.compile(r"\s*(?:of them|из них)\b", re.IGNORECASE)
# "Refusals … remain the commonest complaint: 49 such cases were noted": the topic is before the colon
_SUCH_AFTER = re.compile(r"\s*(?:such|similar) (?:cases|incidents|instances|episodes|complaints)\b|"
                         r"\s*(?:таких|подобных) (?:случа\w+|фактов|эпизодов)\b", re.IGNORECASE)


def step_refers_back(ex: Extractor, c: Candidate) -> bool:
    """A count that points back ("there were eleven of them", "of which we counted 22") counts the topic named
    last before it in its sentence."""
    t = ex.text
    before = t[max(c.ss, c.prev.end if c.prev else c.ss) : c.n.start]
    back = _REFERS_BACK.search(before)
    of_them = _OF_THEM_CLAUSE.match(c.clause)
    such = _SUCH_AFTER.match(c.clause) if c.measure is None else None
    if such and re.search(r"[:–—]\s*\Z", before):
        topic = last_cue(before, c.parent) or resolve(ex.doc.language, before.strip(" :–—"), c.parent, "",
                                                      lexical=True)
        if topic is not None:
            c.measure, c.label_around = topic, True
            c.clause_end = c.end = c.n.end + such.end()
            c.clause = ""
        return True
    if back is None and of_them and c.measure is None:
        # "…, 3 – по статье 174 УК; до суда дошли 11 из них": the words before the count name a part of the
        # group the sentence counted
        whole = c.prev or (ex.figures[-1] if ex.figures and ex.figures[-1].sentence >= c.si - 1 else None)
        while whole is not None and whole.measure not in cues.CHILDREN:
            whole = whole.parent
        words = re.split(r"[;,]", before)[-1].strip()
        topic = resolve(ex.doc.language, words, whole, "", lexical=True) if whole and words else None
        if topic is not None:
            c.measure, c.parent, c.label_around = topic, whole, True
            c.clause_end = c.end = c.n.end + of_them.end()
            c.clause = ""
        return True
    if back is None or not (of_them or any(w in back.group().lower() for w in ("which", "котор", "их "))):
        return True
    topic = last_cue(before[: back.start()], c.parent)
    if topic is None and of_them:
        # "… there were eleven of them": "of them" is the topic, not a share of the total told before
        topic = last_cue(before[: back.start()], None)
        c.parent = None if topic else c.parent
    if topic is None and of_them and not before[: back.start()].strip() and c.si > 0:
        # "Threats were recorded as well. There were 13 of them.": the sentence before names them, with no count
        ps, pe = ex.sentences[c.si - 1]
        told = t[ps:pe]
        if not re.search(r"\d", told) and len(told.split()) <= 8:
            topic = last_cue(told, None) or resolve(ex.doc.language, told, None, "", lexical=True)
            c.parent = None if topic else c.parent
    if topic is None:
        return True
    c.measure, c.label_around = topic, True
    if of_them:
        c.clause_end = c.n.end + of_them.end()
        c.clause, c.end = "", c.clause_end
    return True


FIGURE_STEPS = (step_clause, step_parent, step_measure, step_label, step_refers_back, step_section_total,
                step_told_as_verb, step_count, step_cutoff, step_scope)
