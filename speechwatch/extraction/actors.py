"""Actors of an incident: people, media outlets and organisations, with a role guessed from context.

English uses patterns: outlet names in «»/quotes after an outlet word or ending in ".kz", organisation
phrases built on keywords (Ministry, Court, Police Department, Prosecutor's Office, Akimat...), and
person names as runs of capitalised words or initials that are not places, months or institution
words. Russian uses natasha's NER (PER/ORG), loaded once on first use because its embeddings take
about a second to load; English text never loads it.

Roles are heuristics over the words around a mention and the incident's category: the journalist who
was detained is a victim, the newspaper that was sued a defendant, whoever "filed a lawsuit" a
plaintiff, whoever "appealed to the police" a complainant.
"""

from __future__ import annotations

import os
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

from speechwatch.extraction.schemas import ActorRef

_Q_OPEN = "«\"“„"
_Q_CLOSE = "»\"”“"
_OUTLET_WORD = (r"(?:newspaper|paper|portal|Internet[- ]portal|web[- ]?site|site|TV(?: channel)?|channel|"
                r"Telegram[- ]channel|YouTube[- ]channel|radio|news agency|press agency|agency|magazine|edition|"
                r"online edition|media outlet|media portal|outlet|publication|weekly|"
                r"газет\w*|издани\w*|телеканал\w*|канал\w*|сайт\w*|портал\w*|"
                r"агентств\w*|журнал\w*|радио)")
_QUOTED_OUTLET = re.compile(
    rf"\b{_OUTLET_WORD}\s*[{_Q_OPEN}]\s*(?P<a>[^{_Q_CLOSE}\n]{{2,60}}?)\s*[{_Q_CLOSE}]"
    rf"|[{_Q_OPEN}](?P<b>[^{_Q_CLOSE}\n]{{2,60}}?)[{_Q_CLOSE}]\s*{_OUTLET_WORD}\b", re.IGNORECASE)
_OUTLET_BEFORE = re.compile(rf"{_OUTLET_WORD}\s*[{_Q_OPEN}]?\s*$", re.IGNORECASE)
_OUTLET_IN_NAME = re.compile(r"(газет|телеканал|радио|агентств|портал|журнал|newspaper|TV|radio)", re.IGNORECASE)
_DOMAIN_OUTLET = re.compile(r"\b[A-Z][A-Za-z0-9-]+\.(?:kz|com|org|net|ru)\b")
_NAMED_OUTLET = re.compile(
    r"\b(?:Radio|TV channel|newspaper|Telegram channels?|channels?|portal|website)\s+"
    r"(?P<a>[A-Z][\w-]+(?:[ \t]+[A-Z0-9][\w-]*)?)"
    r"|\b(?P<b>[A-Z][\w-]+(?:[ \t]+(?!Telegram|YouTube|TV\b)[A-Z0-9][\w-]*)?)[ \t]+"
    r"(?:TV|Media|newspaper|news agency|TV channel|Telegram channel|YouTube channel|online edition|media portal)\b"
    # "ProTenge's editor-in-chief", "KazTAG's correspondent": a brand-like word (inner capital or a dot)
    r"|\b(?P<c>[A-Z][a-z]+[A-Z][\w]*|[A-Z][\w-]*\.[a-z]{2,3})['’]s[ \t]+(?:editor|chief editor|correspondent|"
    r"journalist|reporter|founder|website|channel)")
# "«Galaxy group» company", "the «Adil Soz» Foundation", "company «X»": quoted organisation names.
_QUOTED_ORG = re.compile(
    rf"\b(?:company|corporation|organi[sz]ation|association|LLP|JSC|ТОО|АО|ОЮЛ|фонд|компани\w*)\s*[{_Q_OPEN}]"
    rf"\s*(?P<a>[^{_Q_CLOSE}\n]{{2,60}}?)\s*[{_Q_CLOSE}]"
    rf"|[{_Q_OPEN}](?P<b>[^{_Q_CLOSE}\n]{{2,60}}?)[{_Q_CLOSE}]\s*(?:Foundation|Association|Fund|Union|Centre|Center|"
    rf"Bureau|company|LLP)\b", re.IGNORECASE)
# Platforms are organisations in the reports' own annotations.
_PLATFORM = re.compile(r"\b(?:Facebook|Meta|TikTok|Telegram|YouTube|Instagram|WhatsApp|Google|Twitter|VKontakte|"
                       r"Odnoklassniki|Yandex)\b(?![ \t]+channel)")
_ORG_HEAD = (r"(?:Ministry|Committee|Department|Agency|Office|Court|Police|Prosecutor'?s Office|"
             r"Prosecutor General'?s Office|General Prosecutor'?s Office|Akimat|Majilis|Mazhilis|Senate|Parliament|"
             r"Assembly|Foundation|Association|"
             r"Bureau|Service|Council|Commission|Government|Administration|Centre|Center|Union|Company|Group|Bank)")
_CONNECT = r"(?:of|and|for|on|the|in|of the|for the|on the|and the)"
_CAP = r"(?:[A-Z][\w'’-]*(?:\.[a-z]+)?|\d+)"
_ORG = re.compile(
    rf"\b(?:(?:{_CAP}[ \t]+){{0,4}}{_ORG_HEAD}(?:(?:,[ \t]+|[ \t]+(?:{_CONNECT}[ \t]+)?){_CAP}){{0,8}}"
    rf"(?:[ \t]+{_CONNECT}[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,4}})?)")
# An organisation phrase stops before a person's title: "Majilis Deputy Yerlan Sairov" -> "Majilis".
_ORG_STOP = re.compile(r"[ \t,]+(?:Deputy|Minister|Director|Chairman|Chair|Head|Chief|Editor|President|Spokesman|"
                       r"Spokesperson|Akim|Prosecutor|Judge|Investigator|Officer|Secretary|Senator)\b.*$")
_SURNAME = r"(?:Mc|Mac|O')?[A-Z][a-z]{2,}(?:[A-Z][a-z]+)?(?:-[A-Z]?[a-z]+)?"
_PERSON = re.compile(
    r"\b(?:[A-Z]\.\s?){1,2}\s?[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b"
    rf"|\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:[ \t]+[A-Z]\.)?[ \t]+{_SURNAME}(?:[ \t]+[A-Z][a-z]{{2,}}"
    r"(?:ovich|evich|ovna|evna|uly|kyzy))?\b")
# Words with these endings are common nouns and adjectives, not names ("Knowingly False", "Legislative").
_NOT_NAME_END = re.compile(r"(?:tion|sion|ive|ing|ly|ment|ments|ents|ance|ence|ity|ous|ism|ists?|ers)$")
_NOT_NAME = frozenset(
    w for w in (Path(__file__).parent / "data" / "actor_stopwords.txt").read_text(encoding="utf-8").split()
    if not w.startswith("#")
)
_VICTIM_CTX = re.compile(r"(journalist|reporter|correspondent|editor|blogger|camera ?man|photographer|activist|"
                         r"founder|author|журналист|корреспондент|редактор|блогер|оператор|активист)", re.IGNORECASE)
_PLAINTIFF_CTX = re.compile(r"(plaintiff|claim of|lawsuit (of|filed by)|sued|filed (a )?(law)?suit|"
                            r"истец|истица|иск\w* \w+ к)", re.IGNORECASE)
_COMPLAINANT_CTX = re.compile(r"(complain\w*|appealed to the police|application to the police|initiator|"
                              r"заявлени\w* в полици|пожаловал)", re.IGNORECASE)
_PERP_CTX = re.compile(r"(attacked|detained|beat|threatened|blocked|refused|barred|hacked|"
                       r"напал|задерж|угрож|избил|отказал)", re.IGNORECASE)
_ACCUSED_CTX = re.compile(r"\b(against|with regard to|towards|from|charged|accused|convicted|sentenced|"
                          r"против|в отношении)\b[\w\s«\"-]*$", re.IGNORECASE)
_OUTLET_CTX = re.compile(r"(website|site|account|channel|portal|сайт|аккаунт)")


_RU_ROLE_PREFIX = re.compile(r"^(?:блогер|журналист|редактор|корреспондент|аким|депутат|министр|президент|"
                             r"активист|оператор|фотограф)\w*\s+", re.IGNORECASE)
_RU_NOT_ACTOR = frozenset({"СМИ", "РК", "Казахстан", "Республика Казахстан", "ОВД", "ЦИК"})


def _single_thread_blas() -> None:
    """Keep numpy's OpenBLAS to one thread before natasha runs its models.

    natasha's taggers do many tiny matrix products; a multi-threaded BLAS spends its time spinning
    threads up, and on a busy machine that made a Russian report 15x slower (3 s instead of 0.2 s of
    CPU). The environment variables work when numpy is not loaded yet; otherwise the bundled OpenBLAS
    is told directly."""
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    if "numpy" not in sys.modules:
        return
    import ctypes
    import glob

    libs = glob.glob(os.path.join(os.path.dirname(sys.modules["numpy"].__file__ or ""), os.pardir, "numpy.libs",
                                  "*openblas*"))
    for path in libs:
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for fn in ("scipy_openblas_set_num_threads64_", "openblas_set_num_threads64_", "openblas_set_num_threads"):
            if hasattr(lib, fn):
                getattr(lib, fn)(1)
                break


@cache
def _natasha() -> dict[str, Any]:
    """natasha's segmenter, NER tagger and morphology, loaded once (about a second) and cached."""
    _single_thread_blas()
    from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    emb = NewsEmbedding()
    return {"Doc": Doc, "seg": Segmenter(), "ner": NewsNERTagger(emb), "morph": NewsMorphTagger(emb),
            "vocab": MorphVocab()}


_CLAUSE_END = re.compile(r"[.;!?\n]")
_CHARGE_WORD = re.compile(r"\b(?:charg\w*|accus\w*|convict\w*|sentenc\w*|fined|prosecut\w*|suspect\w*|sued|"
                          r"indict\w*|"
                          r"(?:case|lawsuit|suit|claim|proceedings?) (?:was |were )?(?:\w+ )?(?:against|into)|"
                          r"обвин\w*|осужд\w*|осуж\w*|приговор\w*|оштраф\w*|привлеч\w*|привлек\w*|подозр\w*|"
                          r"иск\w* к|дел\w* (?:против|в отношении))", re.IGNORECASE)


# "X was fined", "X, the editor, is accused", "X обвиняется", "X осуждён": the name is the subject of a
# passive charge (the name filing a suit is the plaintiff, see _FILED_AFTER)
_CHARGED_AFTER = re.compile(r"\W*(?:[\w«»\"-]+\W+){0,4}?(?:(?:was|were|is|are|has been|have been|had been)\s+"
                            r"(?:charged|accused|convicted|sentenced|fined|prosecuted|sued|indicted|suspected)|"
                            r"обвиня\w*|осужд\w*|осуж[её]н\w*|оштрафован\w*|привлеч[её]н\w*|подозрева\w*)",
                            re.IGNORECASE)
_FILED_AFTER = re.compile(r"\W*(?:[\w-]+\s+){0,2}?(?:filed|brought|lodged)\s+(?:a\s+|an\s+)?(?:law)?suit|"
                          r"\W*(?:[\w-]+\s+){0,2}?sued\b|\W*(?:[\w-]+\s+){0,2}?подал\w*\s+иск", re.IGNORECASE)


def _charged_in_clause(before: str, after: str) -> bool:
    """Whether the clause around a person's name ties them to a charge or suit.

    Why: a person merely mentioned in a legal story (a witness, the reporter who covered the hearing)
    is not "charged"; only "… against the blogger X", "X was fined", "X обвиняется" in the same clause is."""
    head = _CLAUSE_END.split(before)[-1]
    tail = _CLAUSE_END.split(after)[0]
    return bool(_ACCUSED_CTX.search(head[-40:]) or _CHARGE_WORD.search(head[-80:]) or _CHARGED_AFTER.match(tail))


def _role(name: str, text: str, pos: int, kind: str, category: str) -> str:
    before = text[max(0, pos - 80):pos]
    after = text[pos + len(name):pos + len(name) + 60]
    group = category.split(".")[0]
    if group == "legal" and kind != "organisation" and _ACCUSED_CTX.search(_CLAUSE_END.split(before)[-1][-40:]):
        return "defendant"  # "the claim of a deputy against the newspaper X": X is sued, not suing
    if _PLAINTIFF_CTX.search(before[-50:]) or re.match(r"\s*,?\s*(the )?plaintiff", after) or _FILED_AFTER.match(after):
        return "plaintiff"
    if _COMPLAINANT_CTX.search(after[:50]) or _COMPLAINANT_CTX.search(before[-30:]):
        return "complainant"
    if group == "legal" and kind == "outlet":
        return "defendant"
    if group == "legal" and kind == "person" and _charged_in_clause(before, after):
        return "defendant"
    if group in ("rights", "access"):
        if kind == "organisation" and _PERP_CTX.search(after[:60]):
            return "perpetrator"
        if kind == "person" and _VICTIM_CTX.search(before[-60:] + after[:30]):
            return "victim"
        if kind == "outlet" and _OUTLET_CTX.search(before[-30:] + after[:30]):
            return "victim"
    return "other"


def _english(text: str, category: str) -> list[ActorRef]:
    found: list[tuple[int, str, str]] = []
    taken: list[tuple[int, int]] = []

    def add(pos: int, end: int, name: str, kind: str) -> None:
        name = name.strip(" .,;:-")
        if len(name) < 2 or any(s < end and pos < e for s, e in taken):
            return
        taken.append((pos, end))
        found.append((pos, name, kind))

    for m in _QUOTED_OUTLET.finditer(text):
        g = "a" if m.group("a") else "b"
        add(m.start(g), m.end(g), m.group(g), "outlet")
    for m in _DOMAIN_OUTLET.finditer(text):
        add(m.start(), m.end(), m.group(0), "outlet")
    for m in _NAMED_OUTLET.finditer(text):
        g = "a" if m.group("a") else ("b" if m.group("b") else "c")
        if m.group(g).split()[0] not in _NOT_NAME:
            add(m.start(g), m.end(g), m.group(g), "outlet")
    for m in _QUOTED_ORG.finditer(text):
        g = "a" if m.group("a") else "b"
        add(m.start(g), m.end(g), m.group(g), "organisation")
    for m in _ORG.finditer(text):
        name = re.sub(r"^(The|In|On|At|By|From|To|During|After|Before|According)\s+", "", m.group(0))
        name = _ORG_STOP.sub("", name)
        if ", " in name and " and " not in name[name.rfind(", "):]:
            name = name[:name.find(", ")]  # "Police Department, Yermakhan Abdramanov": a list needs an "and"
        name = re.sub(r"(?:[ \t,]+(?:of|and|for|on|the|in))+$", "", name)
        if len(name.split()) >= 2 or name in ("Majilis", "Mazhilis", "Senate", "Parliament"):
            start = m.start() + m.group(0).find(name)
            add(start, start + len(name), name, "organisation")
    for m in _PLATFORM.finditer(text):
        add(m.start(), m.end(), m.group(0), "organisation")
    pos = 0
    while True:  # a rejected run ("Minister Aida Balayeva") is retried from its next word
        m = _PERSON.search(text, pos)
        if m is None:
            break
        words = [w.strip(".") for w in m.group(0).replace(".", ". ").split()]
        if any(w in _NOT_NAME or (len(w) > 3 and _NOT_NAME_END.search(w)) for w in words if len(w) > 1):
            nxt = text.find(" ", m.start() + 1, m.end())
            pos = nxt + 1 if nxt != -1 else m.end()
            continue
        pos = m.end()
        add(m.start(), m.end(), m.group(0), "person")
    found.sort()
    rank = {"outlet": 0, "organisation": 1, "person": 2}
    kinds: dict[str, str] = {}
    for _, name, kind in found:  # one name, one kind: an outlet seen anywhere stays an outlet
        key = name.lower()
        if key not in kinds or rank[kind] < rank[kinds[key]]:
            kinds[key] = kind
    out: list[ActorRef] = []
    seen: set[str] = set()
    for pos, name, _ in found:
        key = name.lower()
        if key in seen:
            continue
        seen.add(key)
        out.append(ActorRef(name, kinds[key], _role(name, text, pos, kinds[key], category)))
    return out


def _russian(text: str, category: str) -> list[ActorRef]:
    nat = _natasha()
    doc = nat["Doc"](text)
    doc.segment(nat["seg"])
    doc.tag_ner(nat["ner"])
    doc.tag_morph(nat["morph"])
    out: list[ActorRef] = []
    seen: set[str] = set()
    for span in doc.spans:
        if span.type not in ("PER", "ORG"):
            continue
        span.normalize(nat["vocab"])
        name = _RU_ROLE_PREFIX.sub("", span.normal or span.text).strip()
        if not name or name in _RU_NOT_ACTOR:
            continue
        kind = "person" if span.type == "PER" else "organisation"
        if kind == "organisation" and (_OUTLET_BEFORE.search(text[max(0, span.start - 25):span.start])
                                       or _OUTLET_IN_NAME.search(name)):
            kind = "outlet"
        if kind == "person" and len(name.split()) == 1 and not name[:1].isupper():
            continue
        if name.lower() in seen:
            continue
        seen.add(name.lower())
        out.append(ActorRef(name, kind, _role(span.text, text, span.start, kind, category)))
    for m in _QUOTED_OUTLET.finditer(text):
        name = (m.group("a") or m.group("b")).strip()
        if name.lower() not in seen:
            seen.add(name.lower())
            out.append(ActorRef(name, "outlet", _role(name, text, m.start(), "outlet", category)))
    return out


def find_actors(text: str, language: str, category: str) -> list[ActorRef]:
    """People, outlets and organisations in an incident's text, with roles."""
    if language in ("ru", "kk"):
        return _russian(text, category)
    return _english(text, category)
