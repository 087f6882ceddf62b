"""The measure vocabulary as data: publisher phrases (English, Russian) → measure codes of methodology §4.

Why a table: every report generation words the same counts differently ("charges with slander",
"Defamation and Insult - 26", "обвинений в уголовном порядке"); adding a phrasing is adding a line here,
never a new branch in the extractor. Order matters: the first measure whose cue matches the clause wins,
so specific measures come before the groups and totals that their wording also contains.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

# "2 журналиста были задержаны": people a count is of, and what befell them
RU_PEOPLE = r"^\s*(?:журналист\w*|блогер\w*|репорт[её]р\w*|корреспондент\w*)\s+(?:был[иао]?\s+)?"

# measure → regexes (case-insensitive), searched in the clause that describes a number.
MEASURE_CUES: list[tuple[str, list[str]]] = [
    # --- totals of the whole report and of the three groups -------------------------------------------
    (
        "reports.total",
        [
            r"reports? of incidents",
            r"cases related to freedom of speech",
            r"reports? were registered",
            r"reports? (?:of|about|on) (?:the )?(?:violations?|infringements?) of (?:the )?freedom of "
            r"(?:speech|expression)",
            r"^\s*сообщени\w* о нарушени\w+ (?:свобод\w+ слова|прав\w* журналист\w* и граждан)",
            # the rights of media, journalists AND citizens: every report, not the rights group
            r"^\s*сообщени\w* о нарушени\w+ прав\w* (?:[\w-]+,?\s+){1,3}?и\s+граждан",
            r"^\s*reports? (?:of|about|on) (?:the )?violations? of (?:the )?rights of "
            r"(?:[\w-]+,?\s+){1,4}?and\s+citizens",
            r"^\s*(?:reports|cases) (?:were )?(?:recorded|registered|documented)\s*$",
            r"^\s*reports? (?:were |have been |has been )?(?:received|registered|recorded|documented)\b",
            r"\bmonitoring (?:service )?(?:has |have |had )?(?:registered|recorded|documented)\s*$",
            # a bare count of reports (of violations) names no group: the whole count
            r"^\s*reports?(?:\s+(?:of|about|on)\s+(?:the\s+)?violations?)?"
            r"(?:\s+(?:were|have been|had been|was)\s+(?:recorded|registered|received|documented))?"
            r"(?=\s*$|\s*[,;:.(]|\s+(?:against|in|during|over|since|this|last)\b)",
            # "71 reports reached the monitors", "reports came in": any verb but one that narrows the reports
            r"^\s*reports\s+(?!(?:of|about|on|concern\w*|regard\w*|relat\w*|dealt|deal\w*|were about|"
            r"involv\w*|describ\w*|cover\w*|refer\w*|pertain\w*|touch\w*|address\w*|fell|fall\w*|"
            r"told|tell\w*|from|by|that|which|in which)\b)"
            r"(?:[a-z]+ed|came|went|reached|arrived|poured|flowed)\b",
            r"(?:^|\bthe\s+|\btotal\s+)(?:total\s+)?number\s+of\s+reports(?:\s+of\s+violations?)?\s*$",
        ],
    ),
    (
        "legal.total",
        [
            r"(?:pre-?trial|pre-?judicial|court|judicial)\s+and\s+(?:pre-?trial|pre-?judicial|court|judicial)\s+"
            r"claims\s+and\s+(?:law)?suits",
            r"presentation of (?:judicial|court|pre-?trial)",
            r"конфликт\w*\s+и\s+обвинени",
            r"\bconflicts?,?\s+(?:and\s+)?(?:claims|charges|accusations)\b",
            r"claims and lawsuits (?:filed )?against journalists",
            r"reports? (?:concerned|concerning|related to|of|on|about) (?:the )?(?:pre-?trial|court|judicial)"
            r"(?: and (?:pre-?trial|court|judicial))? claims",
            r"претензи\w*\s+и\s+иск\w*\s+(?:к|против|в отношении)\s+журналист",
            r"сообщени\w* о претензи\w*\s+и\s+иск",
            r"сот\w*\s+дейінгі\s+және\s+сот",
            # the group's own wording: "claims" qualified as pre-trial/judicial, or "claims and lawsuits",
            # when nothing in the clause narrows them to civil suits or honour ("civil claims and suits",
            # "pre-trial claims and suits on protection of honour" stay civil)
            r"^\s*(?:(?!civil)\S+\s+){0,4}?(?:(?:pre-?trial|pre-?judicial|court|judicial)\s+(?:and\s+)?)+claims?\b"
            r"(?![^.;]*(?:civil|hono|dignity|amount))",
            r"^\s*(?:(?!civil)\S+\s+){0,4}?claims?\s+and\s+(?:law)?suits\b(?![^.;]*(?:civil|hono|dignity|amount))",
            # "22 claims and charges: 8 criminal, 12 civil …": claims joined with charges span the codes
            r"^\s*(?:(?!civil)\S+\s+){0,2}?(?:claims?\s+and\s+(?:criminal\s+)?charges|charges\s+and\s+claims)\b",
            r"^\s*(?:(?!civil)\S+\s+){0,2}?claims?\s+(?:against|to)\s+(?:the\s+)?(?:journalists|media|newsmakers)\b"
            r"(?![^.;]*(?:civil|hono|dignity|amount))",
            r"^\s*(?:(?!гражданск|азаматтық)\S+\s+){0,5}?претензи\w*(?:\s+и\s+иск\w*)?(?![\w-])"
            r"(?![^.;]*(?:чест|гражданск|достоинств|сумм))",
        ],
    ),
    (
        "rights.total",
        [
            r"violations? of (?:the )?rights of (?:the )?(?:journalists|media)",
            r"violations? of journalists'?",
            r"прям\w+ нарушени\w+ прав",
            r"нарушени\w+ прав (?:сми|журналист)(?!\w*\s+и\s+граждан)",
            r"құқықтарын\s+бұзу",
            r"journalists'?’?\s+rights\s+(?:were|have been|had been)\s+violated",
            r"нарушены\s+права\s+(?:сми|журналист)",
        ],
    ),
    (
        "access.total",
        [
            r"right to (?:freely )?(?:receive|access|obtain)\b",
            r"right to (?:\S+ ){0,2}?information\b",
            r"^\s*(?:\S+\s+){0,2}?(?:on|concerned|concerning|about|regarding|of)\s+access\s+to\s+information\b",
            r"прав\w* на (?:свободн\w+ )?доступ\w* к информаци",
            r"прав\w* (?:граждан\w* |журналист\w* |сми )?на (?:\w+ ){0,2}информаци",
            r"прав\w* на (?:свободное )?получение",
            r"ақпарат\w*\s+алу\w*(?:\s+және\s+тарату\w*)?\s+құқығ",
        ],
    ),
    # bare "N сообщений" / "N хабарлама" is the whole count only when no group above names it
    ("reports.total", [r"^\s*сообщени", r"^\s*хабарлама"]),
    # the label "- all reports – 84 (471)", "All reports (ongoing cases excluded) | 39 | 118"
    ("reports.total", [r"^\W*all reports\W*(?:\([^()]*\)\W*)?$"]),
    # --- legal: civil -------------------------------------------------------------------------------
    (
        "legal.civil.decisions_for_media",
        [
            r"in favou?r of (?:the )?(?:mass )?(?:media|journalists?|newspapers?|editorial|citizens)",
            r"(?:decided|ruled|went|found) for (?:the )?(?:mass )?"
            r"(?:media|journalists?|newspapers?|editorial|citizens)",
            r"\bfavou?red (?:the )?(?:mass )?"
            r"(?:media|journalists?|newspapers?|editorial|citizens)",
            r"в пользу (?:ответчик\w*-)?(?:сми|журналист|редакци|граждан)",
            r"(?:БАҚ|журналист\w*|редакция\w*|азамат\w*)(?:\s+(?:мен|және)\s+\w+)?\s+пайдасына",
        ],
    ),
    (
        "legal.civil.decisions",
        [
            r"judicial acts?\b",
            r"^\s*judgments?\b(?! of acquittal)",
            r"judgments? (?:was |were )?(?:rendered|issued)",
            # "Nine court rulings were issued"
            r"^\s*(?:court )?rulings? (?:was |were )?(?:issued|handed down|passed)\b",
            r"^\s*(?:court )?decisions? on (?:a |the )?claims?",
            r"судебн\w+ акт",
            r"^\s*акт\w* по (?:таким |этим |данным )?(?:делам|искам)\b",  # "Суды вынесли 77 актов по таким делам"
            r"судебн\w+ решени",
            r"сот акті\w*",
            r"решени\w+ суд",
            # a bare count of decisions ("The courts made 11 decisions, 4 of them …", "вынесли 6 решений")
            r"^\s*(?:court\s+)?(?:decisions?|rulings?)(?=\s*(?:[,;.]|$))",
            r"^\s*решени\w*(?=\s*(?:[,;.]|$))",
            r"^\s*шешім\w*\s+(?:шығар|қабылда)",  # "соттар 3 шешім шығарды"
            # "97 решений по таким делам", "12 rulings in these cases": decisions on the claims just counted
            r"^\s*решени\w* по (?:таким|этим|данным|ним)\s*(?:делам|искам)?",
            r"^\s*(?:судебн\w+ )?решени\w* по (?:\w+ )?(?:искам|делам)\b",  # "44 решения по искам о защите чести"
            r"^\s*(?:court |judicial )?(?:decisions?|rulings?|judgments?|acts?) (?:on|in) (?:[\w,-]+ ){0,5}?"
            r"(?:suits|lawsuits|claims|cases|disputes)\b",
            r"^\s*(?:decisions?|rulings?|judgments?) (?:in|on) (?:such|these|those|them)\b",
        ],
    ),
    (
        "legal.civil.honor",
        [
            r"(?:protection|defen[cs]e) of (?:the )?hono(?:u)?r",
            r"hono(?:u)?r[,-]? ?(?:and[- ])?dignity",
            r"^\s*hono(?:u)?r\s+(?:suits|lawsuits|claims|cases)\b",  # "150 honour suits"
            r"чест\w+,? (?:и )?достоинств",
            r"защит\w* чести\b",  # "о защите чести и деловой репутации"
            r"ар-намыс|қадір-қасиет",
        ],
    ),
    (
        "legal.warning",
        [
            r"(?:non-?judicial|official|prosecutor'?s?'?) warnings?",
            r"^\s*warnings?\b",
            r"предупреждени",
            r"^\s*(?:письменн\w+ )?предостережени\w*",  # "18 предостережений прокуратуры"
            r"^\s*(?:ресми |соттан тыс |сотқа дейінгі )?ескерту\w*",  # ("соттан тыс": out of court)
        ],
    ),
    (
        "legal.civil",
        [
            r"civil (?:\S+ ){0,4}?(?:claims?|lawsuits?|suits?|charges?|proceedings?|cases?|procedure)",
            r"^\s*(?:\S+ ){0,3}claims? and (?:law)?suits",
            r"^\s*(?:pre-?trial |pre-?judicial )?claims? and (?:civil )?(?:law)?suits",
            r"гражданск",
            r"азаматтық",
            r"претензи\w*\s+и\s+иск",
            r"^\s*иск",
        ],
    ),
    # --- legal: criminal and administrative subtypes (the code is decided by context) ------------------
    (
        "*.insult_official",
        [
            r"insult\w*(?: and using violence)?(?: against| of| to)? (?:a |the )?"
            r"(?:government official|representative)",
            r"оскорблени\w+ представител",
        ],
    ),
    ("*.defamation", [r"libel", r"slander", r"defamat", r"^\s*(?:\S+ ){0,2}insult", r"клевет", r"оскорблени",
                      r"\binsulting (?:a|the) (?:person|citizen|individual)",
                      r"жала\s+жаб\w*"]),  # Kazakh "slander" ("қорлау", insult, alone may be an official's)
    (
        "*.false_info",
        [
            r"(?:false|misleading|fake|untrue) information",
            r"information (?:known|knowing) to be (?:false|untrue)",
            # (not fake accounts or pages in a media's name: those discredit it, rights.discrediting)
            r"\bfakes?\b(?!\s+(?:accounts?|pages?|channels?|profiles?|publications?|sites?|websites?|groups?|"
            r"copies|versions?|news sites?)\b)",
            r"ложн\w+ информаци",
            r"жалған ақпарат",
        ],
    ),
    ("legal.criminal.incitement", [r"incitement", r"inciting", r"\bdiscord\b", r"\benmity\b", r"розн"]),
    (
        "legal.criminal.extremism",
        [
            r"banned (?:organi[sz]ation|movement)",
            r"extremist",
            r"prohibited organi[sz]ation",
            r"запрещ\w+ организац",
        ],
    ),
    (
        "legal.criminal.disclosure",
        [r"disclos\w+ (?:of )?(?:the )?(?:(?:information|data|materials?) of (?:an? |the )?)?pre-?trial", r"разглашени",
         r"жария\w* (?:\w+ ){0,2}тергеп"],
    ),
    ("legal.criminal.in_court", [r"^\s*(?:\S+ ){0,2}in (?:the )?court\b", r"^\s*в суд",
                                 # (suits that reach the courts are civil: "Eleven new suits … reached the courts")
                                 r"^(?!\s*(?:\S+\s+){0,2}(?:law)?suits\b)[^.;]*?reached (?:the )?court",
                                 r"до суда дош\w*|дош\w* до суда|передан\w* в суд|направлен\w* в суд",
                                 # "seven of the twenty-one were in court", "two of these cases had gone to court",
                                 # "2 of them already in court"
                                 # "two of the four criminal cases have already gone to trial"
                                 r"^\s*of (?:the|these|those|them) (?:\S+ ){0,6}?"
                                 r"(?:in|gone to|been sent to|"
                                 r"sent to|before|went to|come to) (?:the )?(?:courts?|trial)\b"]),
    (
        "legal.administrative",
        [
            r"administrative (?:\S+ ){0,2}?(?:charges?|accusations?|cases?|proceedings?|offen[cs]es?|protocols?)",
            r"in an administrative capacity",
            r"\b(?:under|of) the (?:\S+ ){0,4}?administrative code\b",
            r"административн",
            r"әкімшілік",
        ],
    ),
    (
        "legal.criminal",
        [
            r"criminal (?:charges?|cases?|proceedings?|accusations?|investigations?|prosecutions?)",
            r"(?:charges?|cases?|accusations?) in criminal",
            r"уголовн",
            r"қылмыстық",
        ],
    ),
    # --- rights ---------------------------------------------------------------------------------------
    ("rights.murder", [r"murder", r"killing", r"убийств", RU_PEOPLE + r"убит",
                       r"^\s*(?:(?:journalists?|bloggers?|reporters?)\s+)?(?:were|was)\s+killed\b"]),
    (
        "rights.obstruction",
        [
            r"obstruct",
            r"interfer\w*(?: with| to| in)? (?:the )?(?:legal |lawful )?professional",
            r"interfering activity of journalists",
            r"(?:were|was) (?:prevented|stopped|kept) from (?:doing|carrying out|covering) (?:their|his|her)\b",
            r"(?:were|was) (?:prevented|stopped|kept|barred) from (?:filming|entering|attending|recording)\b",
            r"(?:were|was) (?:kept|barred|turned away) (?:out of|from) (?:briefings|hearings|courtrooms|sessions|"
            r"meetings|events|press conferences)\b",
            r"(?:вос)?препятствовани",
            r"кедергі\s+келтір",
        ],
    ),
    (
        "rights.discrediting",
        [
            r"discredit",
            r"defamation of (?:the )?(?:journalists|media|newsmakers|bloggers)",
            r"misuses? of the (?:name|image)",
            r"unauthori[sz]ed use of the (?:name|image)",
            r"дискредитац",
        ],
    ),
    ("rights.detention", [r"arrests? of journalists", r"\bdetention", r"\bdetained\b", r"задержани",
                          r"^\s*(?:(?:journalists?|bloggers?|reporters?)\s+)?(?:were|was)\s+arrested",
                          r"^\s*(?:(?:journalists?|bloggers?|reporters?)\s+)?(?:were|was)\s+held\s+(?:by|at)\s+(?:the\s+)?police",
                          RU_PEOPLE + r"(?:задержан|арестован)"]),
    (
        "rights.attack",
        [r"\battacks? (?:on|against) (?:journalists|media|reporters|bloggers)", r"physical attacks?", r"нападени",
         r"^\s*(?:(?:journalists?|bloggers?|reporters?)\s+)?(?:were|was)\s+(?:attacked|beaten|assaulted)",
         # (a DDoS or hacker attack is on a site, not a journalist)
         r"(?<!кибер)(?<!DDoS-)(?<!DDoS )(?<!ДДоС-)(?<!хакерлік )шабуыл",
         r"избиени", r"\bbeatings?\b", r"^\s*(?:physical\s+)?assaults?\b", r"соққыға жығ",
         RU_PEOPLE + r"избит"],
    ),
    ("rights.threat", [r"\bthreat", r"угроз", r"қоқан-лоқ", r"қорқыт"]),
    ("rights.pressure", [r"\bpressure\b", r"давлени"]),
    ("rights.copyright", [r"copyright", r"авторск"]),
    # --- access ---------------------------------------------------------------------------------------
    (
        "access.refusal",
        [
            r"refusals?\b",
            # (not "restrictions of access to sites or channels", which is blocking)
            r"restrictions? (?:in|on|of) (?:the )?(?:provi|access(?! to (?:(?:web)?sites?|pages?|accounts?|channels?|"
            r"resources?|the internet|(?:social )?networks?)\b))",
            r"failure to provide information",
            # unanswered requests and missed deadlines ("did not answer requests of journalists within the period")
            r"did not (?:answer|respond to|reply to)\b",
            r"(?:unanswered|ignored) (?:requests?|inquiries)",
            r"(?:violations?|breach\w*) of (?:the )?(?:deadlines?|time limits?)",
            r"не (?:ответил\w*|дал\w* ответ\w*) на запрос",
            r"нарушени\w* срок\w* (?:ответ|предоставлени)",
            r"ограничени\w* доступа?\s+(?:журналист|сми|прессы|представител)",
            r"отказ\w* (?:в )?(?:предоставлении )?информаци",
            r"отказ\w* в (?:доступе|предоставлении)",
            # a bare "refusals" as the first word of an item ("10 отказов", "отказы и задержки ответов – 44")
            r"^\s*(?:[-–—]\s*)?отказ(?:ы|ов|а)?\b",
        ],
    ),
    ("access.cyberattack", [r"ddos", r"unauthori[sz]ed access", r"cyber-?attacks?", r"hacking", r"кибератак",
                            r"кибершабуыл", r"хакерлік\s+шабуыл", r"взлом\w*\s+(?:сайт|аккаунт|страниц|почт|ресурс)"]),
    ("access.blocking", [r"\bblocking", r"\bblocked\b", r"блокиров(?:к|ок\b)", r"бұғатта",
                         r"^\s*(?:сайт|страниц|аккаунт|канал)\w*\s+(?:был[иао]?\s+)?заблокирован"]),
    (
        "access.closure",
        [r"\bclosure", r"suspension of (?:the )?(?:media|outlets?|newspapers?)", r"закрыти", r"приостановлени",
         r"(?:newspapers?|outlets?|channels?|magazines?)\b[^.;]{0,40}?\b(?:were|was)\s+(?:suspended|closed)\b",
         r"^\s*(?:издани|газет)\w*\s+(?:был[иао]?\s+)?(?:приостановлен|закрыт)"],
    ),
    ("access.censorship", [r"censorship", r"demands? to (?:remove|delete|change)", r"цензур"]),
]

# Cues that hold only where the layout already says the number is a count (a list item under a group, a
# "Label – N" line): in running prose the same words tell one story ("Six lawsuits … were filed by …").
LAYOUT_CUES: list[tuple[str, list[str]]] = [
    ("legal.civil", [
        r"^\s*(?:(?:civil|private|new)\s+)?(?:law)?suits?\b",  # not "claims and lawsuits", the group
        r"compensation for (?:moral|non-pecuniary) (?:harm|damage)",
    ]),
]

# Articles of §5 that settle a measure whatever the wording says ("false information (Article 73-3 ...)").
@cache
def article_measures() -> dict[tuple[str, str], str]:
    """(code, article) → measure, read from the codebook's legal_articles.json (its `measure` field),
    so the articles of §5 are listed once: "Article 73-3 of the Administrative Code" settles
    `legal.administrative.defamation` whatever the clause's wording says."""
    from speechwatch.codebook import legal_articles

    return {key: art.measure for key, art in legal_articles()[1].items() if art.measure and key[0] in ("CC", "AC")}


# the word that cites an article, at the end of a count's words: "4 по статье", "6 – ҚК-тің"
ARTICLE_WORD = r"(?:article|art\.|статье|статьи|ст\.|ҚК-тің|ҚК|ӘҚБтК-тің|ӘҚБтК)"
ARTICLE_RE = re.compile(r"(?:article|art\.|ст\.|стать\w+)\s*(?P<num>\d+(?:-\d+)?)(?P<rest>[^)\n]{0,90})", re.IGNORECASE)
# Kazakh names the code first: "ҚК-тің 274-бабы", "ҚР ӘҚБтК 456-2-бабы"
KK_ARTICLE_RE = re.compile(r"(?P<code>ҚК|ӘҚБтК|Қылмыстық\s+кодекс|Әкімшілік\s+құқық\s+бұзушылық\s+туралы\s+кодекс|"
                           r"Әкімшілік\s+кодекс)(?:-?\w+)?\s+(?P<num>\d+(?:-\d+)?)\s*-\s*баб", re.IGNORECASE)
# or leaves the code to the group: "әкімшілік – 43, оның ішінде … 456-2-бап бойынша – 4"
KK_BARE_ARTICLE_RE = re.compile(r"(?<![\w-])(?P<num>\d+(?:-\d+)?)\s*-\s*ба[пб]", re.IGNORECASE)
CRIMINAL_CODE_RE = re.compile(r"criminal|\bCC\b|УК", re.IGNORECASE)
ADMIN_CODE_RE = re.compile(r"administrative|\bAC\b|КоАП|административн", re.IGNORECASE)

# Wording that makes a clause something other than the measure its cue names: a refusal to open a criminal
# case is not a criminal charge, court hearings of old suits are not new claims (being kept out of hearings is
# obstruction), "attacks/threats" mixes two.
NO_MEASURE = re.compile(
    r"refus\w* to (?:institute|initiate|open)|cases? over suits|(?<!out of )(?<!out of public )(?<!from )hearings?|"
    r"attacks?\s*(?:/|and|or)\s*threats?|"
    r"threats?\s*(?:/|and|or)\s*attacks?|attacks? (?:on|against) [\w ]{0,30}?(?:and|or) threats?|appeals? to|dismiss|"
    r"нападени\w* и угроз|угроз\w* и нападени",
    re.IGNORECASE,
)
# charges for insulting the head of state have no measure of their own in the codebook: never defamation
NO_MEASURE_CHARGE = re.compile(r"insult\w* (?:of )?the (?:first )?president|оскорблени\w* (?:первого )?президента|"
                               r"президентті қорла\w*", re.IGNORECASE)

MIXED_ATTACKS = re.compile(
    r"attacks?\s*(?:/|and|or)\s*threats?|threats?\s*(?:/|and|or)\s*attacks?|"
    r"attacks? (?:on|against) [\w ]{0,30}?(?:and|or) threats?|нападени\w* и угроз|угроз\w* и нападени",
    re.IGNORECASE)

# Which measures may stand under which: a child clause is read only against its parent's children.
CHILDREN: dict[str, tuple[str, ...]] = {
    "reports.total": ("rights.total", "access.total", "legal.total"),
    "rights.total": ("rights.",),
    "access.total": ("access.",),
    "legal.total": (
        "legal.criminal",
        "legal.civil",
        "legal.administrative",
        "legal.warning",
        "legal.criminal.",
        "legal.civil.",
        "legal.administrative.",
    ),
    "legal.criminal": ("legal.criminal.",),
    "legal.civil": ("legal.civil.honor", "legal.civil.decisions"),
    "legal.civil.decisions": ("legal.civil.decisions_for_media",),
    "legal.administrative": ("legal.administrative.",),
}
GROUP_MEASURES = {
    "reports.total",
    "rights.total",
    "access.total",
    "legal.total",
    "legal.criminal",
    "legal.civil",
    "legal.administrative",
}

# Scope cues.
YTD_CUES = [
    r"since the (?:beginning|start) of (?:the |this )?year",
    r"from the (?:beginning|start) of the year",
    r"year[- ]to[- ]date",
    r"с начала (?:текущего |(?:19|20)\d\d )?года",
    r"since the (?:beginning|start) of (?:19|20)\d\d\b",
    r"жыл(?:дың)? басынан(?: бер(?:і|гі))?",
    r"\bқаңтардан бер(?:і|гі)\b",  # ("Қаңтардан бергі кезеңде": in the period since January)
    r"\bsince (?:the (?:beginning|start) of )?january\b",
    r"\b(?:since|from) 1(?:st)? (?:of )?january\b",
    r"\bс 1(?:-го)? января\b",
    r"\b1 қаңтардан\b",
    r"\bс начала января\b|\bс января(?!\s+(?:по|до)\b)",
    r"\b(?:counting |reckoning )?(?:from|since) the first of january\b|\bс первого января\b|\bбірінші қаңтардан\b",
    r"\bfrom january (?:onwards?|on)\b",
    # "From January, editorial offices … have had to answer:", "Altogether, from January media faced:" (not
    # "from January to …", which names a range the scope reader dates)
    r"\bfrom january\b(?!\s*(?:(?:to|till|until|through|thru|and|[1-3]?\d(?:st|nd|rd|th)?\s+to)\b|[-–—]))",
    r"\bқаңтардан бастап\b(?!\s*\w+(?:ға|ге|қа|ке)\s+дейін)",
    r"\b(?:for |in |over )?the year so far\b|\bso far this year\b|\bthis year so far\b",
    r"\bнарастающим итогом\b|\bс начала этого года\b",
    r"\bжыл басталғал?ы\b|\bжыл басталғаннан бері\b",
    r"\bsince (?:the )?new year\b|\bс нового года\b|\bжаңа жылдан бері\b",
    # "требования … за год", "over the whole year", "жыл бойы": the year so far (in a report that runs from
    # 1 January, its own period)
    r"\bза (?:весь |этот |текущий )?год\b(?!\s+(?:до|назад|ранее|раньше))",
    r"\b(?:over|for|during|throughout) the (?:whole |entire )?year\b(?!\s+(?:before|earlier|ago|(?:19|20)\d\d))",
    r"\bжыл бойы\b",
    r"\bthis year's\b|\bв этом году\b|\bбиылғы\b",  # "Plaintiffs in this year's honour suits have asked for …"
    r"\b(?:have|has) so far\b",  # "… the courts have so far awarded KZT 2,640,000"
]
# The words that bring in the count compared with ("против 187", "compared with 12"). COMPARISON_CUES
# want the compared count after them; steps also reads these words where the count is cut off or follows.
COMPARED_WORDS = r"against|compared with|versus|vs\.?|против|по сравнению с"
COMPARISON_CUES = [
    r"\bagainst\s+(?:\d|only\b|just\b|none\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty)\b)",
    r"\b(?:more|less) than (?:double|twice|half)\b",  # "… more than double what was asked in 2011"
    r"\bas against\b",
    r"compared? (?:to|with)",
    r"similar period",
    r"which stood at",
    r"\bthan in\b",
    r"previous year",
    r"last year",
    r"по сравнению",
    r"в прошлом году",
    r"против \d",
    r"\bfor comparison\b",
    r"для сравнения",
    # "За тот же период 2020 года было 602", "в сентябре прошлого года сообщений было 79", "in the same
    # months of 2018"
    r"(?:тот же|те же|аналогичн\w+) (?:период|месяц\w*|квартал|полугоди\w*)",
    r"прошлого года",
    r"\bthe same (?:period|month|months|quarter|half-year|half) (?:of|in|last)\b",
    r"салыстыр\w*",
    r"\bбылтыр",  # "былтырғы ақпанда": last year's February
    r"\bөткен жыл",
    r"\bол кезде\b",  # "at that time": the span compared with
    # a sentence that opens on the year before: "Годом ранее, во втором полугодии 2015 года, сообщений было 377"
    r"^\W*(?:годом (?:ранее|раньше)|a year (?:earlier|before)|год назад|бір жыл бұрын)\b",
]

# After a count: a Kazakh pluperfect ("… тіркеген еді", "… тіркеген болатын", "… хабарлама болған.")
# tells what an EARLIER span had, a comparison, never the report's own figure.
EARLIER_AFTER_CUES = [
    r"^[^.;,]{0,60}?\b\w+(?:ған|ген|қан|кен)\s+(?:еді|болатын)\b",
    r"^\s*(?:\w+\s+){0,2}болған\s*(?:[.;]|$)",
]

# Money: what a sum in a summary sentence is.
RECOVERED_CUES = [
    r"courts? (?:have |has )?(?:recovered|collected|awarded)",
    r"collected amounts?",
    r"amounts? (?:were )?(?:recovered|collected)",
    r"recovered amounts?",
    r"courts? (?:have |has )?ordered (?:\S+ ){0,5}to (?:pay|collect|recover)",
    r"courts? (?:have |has )?ordered\s*$",  # "the courts ordered KZT 4.2 million to be paid"
    r"\bordered (?:the )?(?:recovery|payment|collection) of\s*$",  # "Courts ordered the recovery of KZT 11.4 million"
    # the verb right before the sum: "…, and recovered KZT 3,750,000", "were ordered to pay KZT 14,750,000",
    # "ordered the defendants to pay KZT two million"
    r"\b(?:recovered|collected|awarded)\s*$",
    r"\bordered (?:\S+ ){0,3}?to (?:pay|collect|recover)\s*$",
    r"(?:awarded|recovered|collected|ordered (?:to be )?paid) by (?:the )?courts?",  # "recovered by courts – KZT …"
    r"(?:damages?|compensation|sums?|amounts?) (?:\w+ ){0,2}?(?:collected|recovered)\b",  # "Damages actually collected"
    r"взыска(?:но|ли|ны)",
    r"к\s+взысканию",  # "суды присудили к взысканию 14 млн …"
    r"взысканн",
    # "суды обязали СМИ выплатить"
    r"суд\w* (?:[\w,-]+\s+){0,2}?обязал\w* (?:[\w,-]+\s+){0,4}?(?:выплатить|возместить)",
    r"сот\w* (?:[\w,-]+\s+){0,4}?(?:өндіріп|төлеуге міндеттеді)",
    r"өндірілген\s+сома",  # "Сот шешімдері бойынша өндірілген сома – …"
    r"\bөндірген\s+сома",  # "соттар өндірген сома – 1 200 000 теңге"
]
CLAIMED_CUES = [
    r"claimed amounts?",
    r"amounts? claimed",
    r"\bsums? (?:\w+ ){0,2}?(?:demanded|claimed|sought|requested)\b",  # "the sums demanded amounted to …"
    r"claims? for compensation",
    r"requested amount",
    # (or "their authors", the claims' authors)
    r"(?:plaintiffs|claimants|(?:their|the claims'?|the suits'?)\s+authors)\b(?:\s+[\w,'’-]+){0,6}?\s+(?:have\s+)?"
    r"(?:claim|demand|seek|sought|request|want|valued?|"
    r"estimated?|put|asked for|ask for|asking(?: for)?)",
    r"(?:claimed|demanded|sought|requested) a total of",
    # the plaintiffs: "between them they seek …", "together they seek …"
    r"\b(?:between them|together),?\s+they\s+(?:want|seek|claim|demand|ask for|asked for|demanded|sought)\b",
    # the suits just counted: "94 lawsuits …, which together seek KZT 1.64 billion"
    r",\s+(?:which|that)\s+(?:together\s+|between them\s+)?(?:seek|claim|demand|ask for|sought|claimed|demanded)\s*$",
    r"\bfor an amount of\b",  # "claims on honour … - 11, for an amount of KZT …"
    r"истц\w*,?\s+(?:[\w,-]+\s+){0,8}?(?:(?:по)?требовал\w*|требуют|просил\w*|просят|заявил\w*|оценил\w*|оценивают|"
    r"хот(?:ят|ели бы) (?:получить|взыскать)|рассчитывают получить)",
    # the verb before its subject: "сумма морального вреда, которую требуют истцы, – …"
    r"\b(?:(?:по)?требовал\w*|требуют|просят|просил\w*|заявил\w*) истц\w*",
    # "the moral damages they demand add up to …"
    r"(?:(?:moral|non-pecuniary)\s+)?(?:damages?|harm|compensation) (?:\w+ ){0,3}?"
    r"(?:claimed|demanded|sought|requested|(?:they|plaintiffs) (?:demand|claim|seek|want))",
    r"требовани\w* (?:о )?(?:компенсаци|возмещени)\w*",  # "требования компенсации морального вреда – 58,4 млн"
    r"сумм\w+ исков",
    # "Моральный вред по ним заявлен на общую сумму …": the Russian of "damages … claimed"
    r"(?:вред|ущерб|компенсаци)\w*,?\s+(?:[\w,-]+\s+){0,3}?(?:заявлен|истребован)\w*",
    r"сумм\w+ (?:\w+ )?претензий",
    # "общая сумма требуемой компенсации морального вреда – …", "требуемая компенсация морального вреда – …"
    r"сумм\w+ требуем\w+|требуем\w+ (?:компенсац|возмещени|сумм)\w*",
    r"\b(?:запросив|потребовав|требуя|оценив)\b",  # "…, запросив в общей сложности 1 млрд. тенге морального вреда"
    r"(?:total )?amount of (?:the )?claims",
    r"claims? for (?:moral|non-pecuniary)",
    r"(?:moral|non-pecuniary) damages? claimed",
    r"claimed (?:as )?(?:moral|non-pecuniary)",
    r"^\s*(?:the )?(?:total )?amount of (?:claimed )?compensation",
    r"сумм\w+ (?:исковых )?требовани",
    r"заявленн\w+ сумм",
    r"сумм\w+ заявленн\w+",  # "Сумма заявленного морального вреда – …"
    # "…, claiming KZT 1.2 billion", "…, claiming in total KZT …"
    r"(?:^|(?<=,\s))(?:claiming|demanding|seeking)\s+(?:a total of\s+|in total\s+|altogether\s+)?$",
    r"\bclaimed (?:compensation|damages?)\b",  # "Claimed compensation for non-pecuniary damage: KZT …"
    r"(?:вред|ущерб)\w* (?:по ним |по искам )?оцен[её]н\w* в\s*$",  # "моральный вред по ним оценён в 611 млн"
    r"талап етілген\b",  # "талап етілген моральдық зиянның жалпы сомасы – …"
    # "требования по ним достигли 2 млрд тенге", "the demands reached KZT …", "талаптардың сомасы – …"
    r"требовани\w* (?:[\w,-]+\s+){0,3}?(?:достигл\w*|составил\w*)",
    r"\b(?:demands|claims) (?:in them |on them )?(?:reached|totall?ed|amounted to|came to)\b",
    r"талаптар\w* (?:жалпы )?сомасы",
    # "Ар-намыс туралы талаптардағы моральдық зиянның жалпы сомасы 2,7 млрд теңге"
    r"талаптар\w*\s+моральдық зиян\w*\s+(?:жалпы\s+)?сомасы",
    r"(?:зиянды\s+)?өтеу\s+талаб\w*",  # "моральдық зиянды өтеу талабы 74 млн …"
    r"\bсұралған\s+(?:моральдық\s+)?(?:зиян|өтемақы|сома)\w*",  # "сұралған моральдық зиян – 96 млн …"
]
# Money told with its verb after the sum ("79 million KZT was demanded in 2020", "1.5 million KZT in 2020
# recovered", "взыскано"): read in the few words after the sum, up to the clause's end.
CLAIMED_AFTER_CUES = [
    # ("… KZT 213 million 650 thousand in moral damages is claimed", "with KZT 12.8 million of moral damages claimed")
    r"^\s*(?:\S+\s+){0,3}?(?:is|are|was|were|has been|have been|had been)?\s*(?:demanded|claimed|sought|requested)\b",
    r"^\s*(?:\S+\s+){0,2}?(?:было\s+)?(?:заявлен[оаы]?|истребован[оаы]?)\b",
    r"^\s*(?:\S+\s+){0,2}?талап етіл\w*",
    # "… теңге моральдық зиян өндіруді сұрады", "… теңге өтемақы сұрайды"
    r"^\s*(?:\S+\s+){0,3}?(?:сұрады|сұрайды|сұрап отыр|талап етті|талап етеді|талап етуде|сұралды|сұралуда|"
    r"сұралады|сұралып отыр)\b",
]
RECOVERED_AFTER_CUES = [
    r"^\s*(?:\S+\s+){0,3}?(?:was|were|has been|have been|had been)?\s*(?:recovered|collected|awarded)\b",
    r"^\s*(?:\S+\s+){0,3}?(?:было\s+)?(?:взыскан[оаы]?|присужден[оаы]?)\b",
    r"^\s*(?:\S+\s+){0,3}?(?:өндіріп (?:ал|бер)\w*|өндірді|өндіріл\w*)",
]
CLAIM_COUNT_MONEY = (r"(?:in the (?:total )?amount(?: of)?|(?:with )?a total (?:claimed )?amount (?:claimed )?of|"
                     r"amounting to|for a total (?:amount |sum )?of|for a combined|на (?:общую )?сумму|"
                     r"with (?:a )?total (?:claims?|demands?) of|totall?ing|на общую сумму исковых требований|"
                     r"(?<=\s)(?:на|for)\s*$|"  # "17 претензий … на 88 млн тенге", "7 suits for KZT 12 million"
                     r"(?:with|in which|where) the (?:plaintiffs|claimants) (?:claiming|demanding|seeking|asking for|"
                     r"asked for|claimed|demanded|sought)|"
                     # "…, worth KZT 1.3 billion", "with claims worth KZT 36 million"
                     r"(?:with\s+(?:claims?|demands?)\s+)?worth(?:\s+a\s+total\s+of)?|"
                     r"(?:(?:жалпы|барлық)\s+)?сомасы|жалпы\s+сомаға|жалпы\s+сома\b|"
                     # "62 claims …; their total was KZT 249 millions", "44 claims and suits …, KZT 390 millions"
                     r"\btheir total (?:was|is|came to|amounted to|reached)\s*$|(?<=[^\W\d_]),\s*$|"
                     r"(?:с\s+)?общей\s+суммой\s+(?:претензий|требований|исков))")

# How a label before its number ends: a dash or colon ("Threats – 14"), or a verb of amount
# ("Pre-trial claims numbered 22", "the total number of reports reached 402", "… составило 40").
# "Уголовных дел … в августе возбуждено 5", "Угроз … отмечено девять": a participle of registering before the count
COUNTING_PARTICIPLE = (r"возбужден[оаы]?|зарегистрирован[оаы]?|поступил[оаи]?|предъявлен[оаы]?|подан[оаы]?|"
                       r"вынесен[оаы]?|насчитано|насчитывается|насчитывалось|зафиксировано|отмечено|набралось|было|были|"
                       r"выявлен[оаы]?|установлен[оаы]?|учтен[оаы]?|учтён[оаы]?")
# (a dotted leader ends a label too: "threats ........ 38")
LABEL_END = re.compile(
    r"(?:[-–—:|(]|(?<=\S)\s*(?:\.\s*){3,}|…+|\b(?<!the )(?<!a )(?<!in )(?:numbers?|totals?)|"
    r"\b(?:reached|numbered|totall?ed|amounted to|came to|stood at|rose to|grew to|fell to|"
    r"stands at|составил[аио]?|достиг(?:ло|ла|ли)?|составляет|жетті|құрады|посвящен[оаы]?|"
    # "Administrative charges make up the remaining fifteen", "Blocking accounts for nine more"
    r"makes? up(?: the remaining)?|made up(?: the remaining)?|accounts? for|account for|"
    + COUNTING_PARTICIPLE + r"))(?:\s+(?:еще|ещё|тағы|also|another|a further))?\s*$",
    re.IGNORECASE,
)

# Words right after a number that make it something other than a count of reports.
NEVER_A_COUNT = re.compile(
    r"^\s*(?:%|percent|per cent|years?|days?|months?|weeks?|hours?|minutes?|times|thousand|million|billion|usd|"
    r"dollars|out of|of the (?:code|law|constitution)|th\b|st\b|nd\b|rd\b|лет|года?|дн|месяц|раз|процент|"
    # a fine in monthly calculation indices: "100 АЕК мөлшерінде айыппұл", "50 МРП", "20 MCI"
    r"(?:АЕК|МРП|MCI|MRP)\b|monthly calculation ind|месячных расч[её]тных|айлық есептік)",
    re.IGNORECASE,
)
NOT_A_COUNT = re.compile(
    r"^\s*(?:%|percent|per cent|years?|days?|months?|weeks?|hours?|minutes?|times|people|persons|"
    r"(?:journalists?|bloggers?)\b(?!\s+(?:were|was)\s+(?:detained|arrested|held|attacked|beaten|assaulted|threatened|killed|murdered))|"
    r"employees|members|residents|signatures?|thousand|million|billion|usd|dollars|"
    # "9 websites … were blocked", "2 newspapers were suspended": outlets counted by what was done to them
    r"(?:media outlets?|outlets?|websites?|sites?|accounts?|newspapers?|channels?)\b"
    r"(?![^.;]{0,50}?\b(?:were|was)\s+(?:blocked|suspended|closed|shut\s+down|hacked)\b)"
    # ("2 website blockings" counts blockings)
    r"(?!\s+(?:blockings?|closures?|suspensions?|hackings?|shutdowns?)\b)|regions?|cities|lawyers?|"
    r"officers?|policemen|out of|of the (?:code|law|constitution)|"
    r"th\b|st\b|nd\b|rd\b|лет|года?|дн|месяц|раз|человек|процент|%|"
    r"журналист(?!\w*\s+(?:был[иао]?\s+)?(?:задержан|арестован|избит|убит|ұсталды|қамауға|соққыға|өлтірілді)))",
    re.IGNORECASE,
)


# Kazakh shares of a total name themselves between the count and a postposition ("Олардың 12-сі <label>
# қатысты"); the last share's postposition serves the ones before it ("261-і …, 308-і …, 333-і … қатысты")
KK_SHARE_LABEL = (r"-?(?:сі|сы|і|ы|еуі|уы|ауы)\s+(?P<label>[^()\d;:.]{3,120}?)(?:\s+(?:қатысты|туралы|бойынша|жөнінде|"
                  r"үшін)\b|(?=\s*,\s*(?:және\s+|ал\s+)?(?:қалған\s+)?(?:\d+\s*-?\s*(?:сі|сы|і|ы|еуі|уы|ауы)\b|"
                  # the next share in words: "…, алпыс жетісі …"
                  r"(?:[а-яәғқңөұүһі]+\s+)?[а-яәғқңөұүһі]+(?:сі|сы|еуі|ауы|уы)\s)))")

# A top-level count must be a count of something a report counts: up to four qualifiers, then one of these.
COUNT_NOUN = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:(?:journalists?\s+|bloggers?\s+|reporters?\s+)?(?:were|was)\s+"
    r"(?:detained|arrested|held|attacked|beaten|assaulted|threatened|killed|murdered)\b|"
    r"(?:[\w'’/-]+\s+(?:and\s+|or\s+)?){1,4}?(?:were|was)\s+(?:blocked|suspended|closed|shut\s+down|hacked)\b|"
    # "2 журналиста были задержаны", "6 изданий были приостановлены": people or outlets and what befell them
    r"(?:журналист\w*|блогер\w*|репортёр\w*|репортер\w*|корреспондент\w*)\s+(?:был[иао]?\s+)?"
    r"(?:задержан\w*|арестован\w*|избит\w*|убит\w*)|"
    # "13 журналист ұсталды" ("13 journalists were detained")
    r"(?:журналист\w*|блогер\w*|тілші\w*)\s+(?:ұсталды|қамауға\s+алынды|соққыға\s+жығылды|өлтірілді)|"
    r"(?:издани\w*|газет\w*|сайт\w*|СМИ)\s+(?:был[иао]?\s+)?(?:приостановлен\w*|заблокирован\w*|закрыт\w*)|"
    # "26 were civil suits", "1 was an administrative case": the count's noun after its verb
    r"(?:were|was)\s+(?:an?\s+)?(?:[\w'’/-]+\s+){0,2}?(?:reports?|cases?|claims?|suits?|lawsuits?|charges?|"
    r"refusals?|attacks?|threats?|detentions?|blockings?)\b|"
    # "In 63 of the civil lawsuits the plaintiffs sought …": a share of the suits, counted by what follows
    r"of\s+the\s+(?:civil\s+|criminal\s+)?(?:law)?suits\s+(?:the\s+)?(?:plaintiffs|claimants)\b|"
    # Kazakh collective "4-еуі – қылмыстық" ("four of them – criminal"): the label after the dash says what
    r"-?(?:еуі|уы|ауы|ы|і)\s*[-–—]\s*\w+|"
    + KK_SHARE_LABEL.replace("?P<label>", "") + "|"
    r"(?:(?!(?:are|is|were|was|in|at|on|to|by|have|has|had|been|who|which|that|of|from|with|"
    r"currently|still|now|whose)\b)[\w'’/-]+(?:,\s+(?=\S+\s+(?:and|or)\s)|\s+)(?:and\s+|or\s+)?){0,5}?(?:reports?|cases?|incidents?|instances?|facts?|charges?|"
    r"accusations?|claims?|suits?|lawsuits?|complaints?|(?:judicial\s+)?acts?|judgments?|decisions?|rulings?|entries|"
    r"warnings?|attacks?|assaults?|threats?|detentions?|arrests?|refusals?|misuses?|summons(?:es)?|violations?|"
    r"blockings?|closures?|suspensions?|hackings?|cyber-?attacks?|murders?|killings?|"
    r"proceedings?|prosecutions?|protocols?|investigations?|appeals?|hearings?|messages?|сообщени\w*|случа\w*|факт\w*|обвинени\w*|"
    r"претензи\w*|иск\w*|дел(?:о|а|ам|ах)?|решени\w*|акт\w*|предупреждени\w*|предостережени\w*|нападени\w*|угроз\w*|задержани\w*|отказ\w*|"
    r"нарушени\w*|протокол\w*|закрыти\w*|блокировк\w*|блокировок|приостановлени\w*|воспрепятствовани\w*|кибератак\w*|взлом\w*|"
    r"дискредитаци\w*|хабарлама\w*|хабар(?:лар)?(?:ды|ын|ға)?|жағдай\w*|іс\w*|айып\w*|талап\w*|талаб\w*|шағым\w*|шабуыл\w*|қоқан-лоқ\w*|шешім\w*|ескерту\w*|"
    r"қорқыт\w*))\b",
    re.IGNORECASE,
)
# "3 journalists were detained": a count of people, a figure only in a summary of the period.
PERSON_EVENT = re.compile(
    r"^\s*(?:(?:journalists?|bloggers?|reporters?)\s+)?(?:were|was)\s+"
    r"(?:detained|arrested|held|attacked|beaten|assaulted|threatened|killed|murdered)\b|"
    r"^\s*(?:журналист\w*|блогер\w*|репортёр\w*|репортер\w*|корреспондент\w*)\s+(?:был[иао]?\s+)?"
    r"(?:задержан\w*|арестован\w*|избит\w*|убит\w*)",
    re.IGNORECASE,
)
# A count the sentence attributes to an official body: that body's statistics, not the report's own.
OFFICIAL_SOURCE = re.compile(
    r"\b(?:according to|as (?:reported|stated) by|by the (?:data|figures) of)\b"
    r"(?![^,.;]{0,60}\b(?:monitor\w*|adil|foundation|our|its (?:own )?correspondents)\b)|"
    r"\bthe\s+(?:\w+\s+){0,3}?(?:ministry|prosecutor'?s?|police|"
    r"committee|government|akimat|court)\b[^.;]{0,60}?\b(?:received|registered|recorded|opened|initiated|reported)\b|"
    r"\bпо (?:данным|информации|сведениям)\b(?![^,.;]{0,60}(?:мониторинг|адил|фонд|сво\w+ корреспондент|наших|"
    r"собственн))|"
    r"\b(?:министерств|прокуратур|полици|мвд|комитет)\w*\s+(?:\w+\s+){0,3}?"
    r"(?:получил|зарегистрировал|возбудил|зафиксировал)\w*",
    re.IGNORECASE,
)
# (but "journalists, bloggers and other citizens" is a group, not one person's story)
NARRATIVE_SENTENCE = re.compile(r"\b(?:he|she|him|her|his|hers)\b|\bother\b(?!\s+(?:citizens|people|persons|"
                                r"journalists|bloggers|media|outlets|users|activists|individuals)\b)", re.IGNORECASE)


def compile_all(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


COMPILED_CUES: list[tuple[str, re.Pattern[str]]] = [(m, compile_all(ps)) for m, ps in MEASURE_CUES]
COMPILED_LAYOUT_CUES: list[tuple[str, re.Pattern[str]]] = [(m, compile_all(ps)) for m, ps in LAYOUT_CUES]


def cued_measures(text: str, keep: Callable[[str], bool] = lambda _m: True) -> set[str]:
    """Every measure whose cue occurs in `text`, among those `keep` accepts (which part of a group a story or
    a label names, when the first cue's reading is not the question)."""
    return {m for m, pattern in COMPILED_CUES if keep(m) and pattern.search(text)}
YTD_RE = compile_all(YTD_CUES)
# "the first ten months of 2022", "за восемь месяцев 2021 года", "2022 жылдың он айында": year to date when
# N is the report's last month (the report's own period when it is cumulative), else another span.
FIRST_MONTHS_RE = compile_all([
    r"\b(?:the\s+)?first\s+(?P<n>[a-z]+|\d{1,2})\s+months\b",
    r"\b(?:in|over|for|during)\s+(?:the\s+)?(?P<n4>[a-z]+|\d{1,2})\s+months\s+of\s+(?:19|20)\d\d\b",
    r"\b(?:in|over|for|during|taking)\s+(?:the\s+)?(?P<n5>[a-z]+|\d{1,2})\s+months\s+(?:of\s+(?:the|this)\s+year|together)\b",
    r"^\W*(?:in|over|during)\s+(?P<n6>[a-z]+|\d{1,2})\s+months\b(?!\s+of\s+(?:19|20)\d\d)",  # "In nine months …"
    r"^\W*(?P<n11>[a-z]+|\d{1,2})\s+months\s+of\s+(?:19|20)\d\d\b",  # "Eleven months of 2009 have produced …"
    r"^\W*(?:осы\s+)?(?P<n7>он\s+[а-яәғқңөұүһі]+|[а-яәғқңөұүһі]+|\d{1,2})\s+(?:айда|ай ішінде)\b",  # "Сегіз айда …"
    r"\b(?:in|over|during)\s+these\s+(?P<n8>[a-z]+|\d{1,2})\s+months\b|\bза\s+эти\s+(?P<n9>[а-я]+|\d{1,2})\s+месяц\w*",
    r"\b(?:in|over|during)\s+the\s+(?P<n10>[a-z]+|\d{1,2})\s+months\b(?!\s+(?:of|before|after|since|that|when)\b)",
    r"\bза\s+(?:первые\s+)?(?P<n2>[а-я]+|\d{1,2})\s+месяц\w*",
    r"\bжыл\w*\s+(?:алғашқы\s+)?(?P<n3>он\s+[а-яәғқңөұүһі]+|[а-яәғқңөұүһі]+|\d{1,2})\s+айында",
    # "in the first quarter of the year" = three months, "первое полугодие текущего года" = six
    r"\bfirst\s+(?P<q>quarter|half)\s+of\s+(?:the|this)\s+year\b",
    r"\bперв\w+\s+(?P<q2>квартал|полугоди)\w*\s+(?:текущего\s+|этого\s+)?года\b(?!\s*\d)",
    # (the year may be left out or be named: "За первое полугодие …" in the June report)
    r"\bперв\w+\s+(?P<q4>квартал|полугоди)\w*(?:\s+(?P<y4>(?:19|20)\d\d))?",
    r"(?:(?P<y5>(?:19|20)\d\d)\s*(?:ж\.|жыл\w*)\s+)?\bбірінші\s+(?P<q5>тоқсан|жарты\s*жыл)\w*",
])
COMPARISON_RE = compile_all(COMPARISON_CUES)
EARLIER_AFTER_RE = compile_all(EARLIER_AFTER_CUES)
RECOVERED_RE = compile_all(RECOVERED_CUES)
CLAIMED_RE = compile_all(CLAIMED_CUES)
CLAIMED_AFTER_RE = compile_all(CLAIMED_AFTER_CUES)
RECOVERED_AFTER_RE = compile_all(RECOVERED_AFTER_CUES)
CLAIM_COUNT_MONEY_RE = re.compile(CLAIM_COUNT_MONEY, re.IGNORECASE)
