"""Step "measure": which measure of methodology §4 a clause or label names.

The cue table (`cues.py`) is tried first, in its order; where the layout already says the number is a
count, a wording no cue lists is scored against the codebook's words (`lexicon.best_measure`). A parent
group restricts the candidates to its children, so a group total constrains its list.
"""

from __future__ import annotations

import re

from speechwatch.extraction.figures import cues, lexicon
from speechwatch.extraction.figures.model import LEXICAL_MAX_WORDS, Figure

NARRATIVE_BLOCK = re.compile(
    r"\b(?:years?|days?|months?|times|people|persons|employees|residents|"
    r"sentenced|signatures|percent)\b",
    re.IGNORECASE,
)


_ARTICLE_END = re.compile(cues.ARTICLE_WORD + r"\s*(?:\d+(?:-\d+)?\s*(?:-?\s*баб\w*\s*)?(?:УК|КоАП|ҚК|CC|AC)?"
                          r"(?:\s*РК)?\s*)?$", re.IGNORECASE)


def resolve(language: str, clause: str, parent: Figure | None, tail: str, lexical: bool = False) -> str | None:
    """Measure named by `clause` (plus a trailing parenthetical `tail`), restricted to the parent's children.

    The cue table is tried first; with `lexical` (the layout already says the number is a count: a
    list item under a group, a "Label – N" line) a wording no cue lists is scored against the
    codebook's words for each measure (`lexicon.best_measure`)."""
    allowed = cues.CHILDREN.get(parent.measure) if parent else None
    if cues.NO_MEASURE_CHARGE.search(clause):
        return None
    implied = {"legal.criminal": "CC", "legal.administrative": "AC"}.get(parent.measure) if parent else None
    art = article_measure(clause + " " + tail, implied)
    if art and is_allowed(art, allowed):
        return art
    if tail and _ARTICLE_END.search(clause):
        # "9 – по статье 129 УК («Клевета»)": an article the codebook does not list is named by its title
        clause = clause + " " + re.split(r"\)|,\s|;", tail, maxsplit=1)[0]
    for measure, pattern in cues.COMPILED_CUES:
        m = pattern.search(clause)
        if not m:
            continue
        lead = clause[: m.start()]
        # (people, days or years before the cue say the number counts them — unless the clause opens with
        # what reports count: "four new suits from people who felt … their honour, dignity …")
        if len(lead.split()) > 14 or (NARRATIVE_BLOCK.search(lead) and not cues.COUNT_NOUN.match(clause)):
            continue
        if lexical and lead.count("(") > lead.count(")"):
            # "unlawful use of the name or image of media (fake pages, forged publications)": words in
            # brackets illustrate the label; the label outside them names it
            outside = lexicon.best_measure(re.sub(r"\([^()]*\)?", " ", clause), language, allowed)
            cued = measure if not measure.startswith("*.") else "legal.criminal" + measure[1:]
            # (but "civil (honour and dignity)": the bracket narrows the label to its sub-measure)
            if outside is not None and not outside.startswith("*.") and not (
                    cued.startswith(outside + ".") or cued.rsplit(".", 1)[-1] == outside.rsplit(".", 1)[-1]):
                return outside
        if cues.NO_MEASURE.search(clause[: m.end()]) or (
            measure in {"rights.attack", "rights.threat"} and cues.MIXED_ATTACKS.search(clause)
        ):
            return None
        if measure.startswith("*."):
            measure = code_for(measure[2:], clause + " " + tail, parent)
        if is_allowed(measure, allowed):
            if lexical and (group := _coordinated_group(clause, language)) and is_allowed(group, allowed):
                return group
            return _whole_phrase(clause, language, allowed, measure) if lexical else measure
    if lexical and (group := _coordinated_group(clause, language)) and is_allowed(group, allowed):
        return group  # "lawsuits, complaints and charges against the press": the group's kinds together
    if lexical and not cues.NO_MEASURE.search(clause):
        for measure, pattern in cues.COMPILED_LAYOUT_CUES:
            if pattern.search(clause) and is_allowed(measure, allowed):
                return measure
    # "…, among them:", "…, в том числе:" opens the list after the label; it is no word of the label
    clause = _OPENS_LIST_TAIL.sub("", clause) if lexical else clause
    if lexical and len(clause.split()) > LEXICAL_MAX_WORDS:
        # "unlawful use of the name or image of media (fake pages, forged publications)": the words in
        # brackets illustrate the label, which is read without them
        clause = re.sub(r"\([^()]*\)?", " ", clause)
    if lexical and len(clause.split()) > LEXICAL_MAX_WORDS and (title := _ARTICLE_TITLE.search(clause)):
        # "по ст. 164 УК РК «Возбуждение социальной, национальной … вражды»": an article the codebook does not
        # list is named by its title in quotes
        clause = title["title"]
    if lexical and len(clause.split()) <= LEXICAL_MAX_WORDS and not cues.NO_MEASURE.search(clause):
        found = lexicon.best_measure(clause, language, allowed)
        if found is None and "(" in clause:
            # "Hindering of lawful professional work (refused entry, camera covered)": the examples in brackets
            # dilute the label's words; the label outside them names it
            found = lexicon.best_measure(re.sub(r"\([^()]*\)?", " ", clause), language, allowed)
        if found and found.startswith("*."):
            found = code_for(found[2:], clause + " " + tail, parent)
        if found and is_allowed(found, allowed):
            return found
    return None


_ARTICLE_TITLE = re.compile(cues.ARTICLE_WORD + r"[^«»\"]{0,30}[«\"](?P<title>[^«»\"]{3,160})[»\"]", re.IGNORECASE)
_OPENS_LIST_TAIL = re.compile(r"[,\s]*(?:among them|including|of them|in particular|из них|в том числе|среди них|"
                              r"оның ішінде|олардың ішінде)\s*:?\s*\Z", re.IGNORECASE)
_CHARGES = re.compile(r"^\s*(?:charges?|accusations?|обвинени\w*|айып\w*)\b", re.IGNORECASE)
_COORD = re.compile(r",\s*|\s+(?:and|or|и|или|және|мен|немесе)\s+", re.IGNORECASE)


def _coordinated_group(label: str, language: str) -> str | None:
    """"lawsuits, complaints and charges against the press" joins kinds of one group (civil suits,
    criminal charges): the label names the group's total. None unless two parts name two different
    measures of one group by the cue table."""
    parts = [p for p in _COORD.split(label) if p.strip()]
    if len(parts) < 2 or len(parts) > 5:
        return None
    named = set()
    for part in parts:
        if _CHARGES.match(part):
            named.add("legal.criminal")  # "claims and charges": a charge against the press is a prosecution
            continue
        found = next((m for m, pattern in cues.COMPILED_CUES if pattern.search(part) and not m.startswith("*.")),
                     None) or lexicon.best_measure(part, language)
        if found and not found.startswith("*."):
            named.add(found)
    groups = {m.split(".")[0] for m in named}
    totals = {m for m in named if m.endswith(".total")}
    # (two kinds, not two things said of one kind: "judicial acts on suits for honour, dignity and reputation"
    # names acts and honour, both of the civil suits; "claims and lawsuits on honour" names suits and their kind)
    kinds = {".".join(m.split(".")[:2]) for m in named - totals}
    if len(kinds) >= 2 and len(groups) == 1 and len(totals) == 1 and totals <= cues.GROUP_MEASURES:
        return totals.pop()  # "Access to information, blocking, closure": the group, then two of its kinds
    # (only claims against the press are named so as a group: "threats and attacks" are two measures)
    if len(named) >= 2 and len(kinds) >= 2 and groups == {"legal"} and not any(m.endswith(".total") for m in named):
        whole = f"{groups.pop()}.total"
        # (a group and its own part — "civil suits, of them honour suits" — is no coordination of kinds)
        if whole in cues.GROUP_MEASURES and not any(a.startswith(b + ".") for a in named for b in named):
            return whole
    return None


def _whole_phrase(label: str, language: str, allowed: tuple[str, ...] | None, cued: str) -> str:
    """A label that holds a codebook phrase whole names that phrase's measure, even when a cue word of
    another group's measure is in it ("detention and administrative arrest of journalists" is detention, not an
    administrative case): the cue table reads single words, the lexicon whole phrases."""
    ranked = lexicon.scores(label, language, allowed)
    if not ranked or ranked[0][0] < WHOLE or ranked[0][1].split(".")[0] == cued.split(".")[0]:
        return cued  # within a group the cue's finer reading stands ("претензий и исков на сумму": civil)
    theirs = next((s for s, m in ranked if m == cued), 0.0)
    return ranked[0][1] if ranked[0][0] - theirs >= lexicon.MARGIN else cued


WHOLE = 0.95  # a lexicon phrase found whole


def is_allowed(measure: str, allowed: tuple[str, ...] | None) -> bool:
    """Whether `measure` may stand under a parent whose children are `allowed` (None: any measure)."""
    if allowed is None:
        return True
    return any(measure == a or (a.endswith(".") and measure.startswith(a)) for a in allowed)


def code_for(sub: str, clause: str, parent: Figure | None) -> str:
    """The code of a subtype that criminal and administrative law share ("defamation"): the parent's,
    else the code the clause names, else criminal."""
    if parent and parent.measure in {"legal.administrative", "legal.criminal"}:
        return f"{parent.measure}.{sub}"
    if cues.ADMIN_CODE_RE.search(clause):
        return f"legal.administrative.{sub}"
    return f"legal.criminal.{sub}"


def article_measure(s: str, default_code: str | None = None) -> str | None:
    """The measure an article of §5 settles ("Article 73-3 of the Administrative Code"), if `s` cites one.

    `default_code` is the code the count's group implies when the article names none ("criminal charges - 6 (2
    of them under Article 274)")."""
    for m in cues.ARTICLE_RE.finditer(s):
        rest = m["rest"]
        code = "AC" if cues.ADMIN_CODE_RE.search(rest) else "CC" if cues.CRIMINAL_CODE_RE.search(rest) else (
            default_code)
        if code and (code, m["num"]) in cues.article_measures():
            return cues.article_measures()[(code, m["num"])]
    for m in cues.KK_ARTICLE_RE.finditer(s):
        code = "AC" if m["code"].upper().startswith(("ӘҚБ", "ӘКІМ")) else "CC"
        if (code, m["num"]) in cues.article_measures():
            return cues.article_measures()[(code, m["num"])]
    for m in cues.KK_BARE_ARTICLE_RE.finditer(s):  # "456-2-бап бойынша" under the group that implies its code
        if default_code and (default_code, m["num"]) in cues.article_measures():
            return cues.article_measures()[(default_code, m["num"])]
    return None


def last_cue(s: str, parent: Figure | None) -> str | None:
    """The measure whose cue stands last in `s` (the topic a parenthetical count refers back to)."""
    best: tuple[int, str] | None = None
    allowed = cues.CHILDREN.get(parent.measure) if parent else None
    for measure, pattern in cues.COMPILED_CUES:
        for m in pattern.finditer(s):
            code = code_for(measure[2:], s, parent) if measure.startswith("*.") else measure
            if is_allowed(code, allowed) and (best is None or m.start() > best[0]):
                best = (m.start(), code)
    return best[1] if best else None
