"""Turn the codes and names an extraction states into database rows: categories, places, regions,
legal articles, actors and cases.

Extraction output is untrusted: a code the codebook does not know, a place not in the gazetteer or an
actor spelled a new way must never crash an import. Every fallback adds a warning instead, so the
editor reviewing the draft sees what was guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from speechwatch.incidents.choices import ActorKind, InvolvementRole
from speechwatch.incidents.models import Actor, ActorAlias, Case, Involvement, normalise_name
from speechwatch.vocab.models import Category, LegalArticle, Place, Region

# Where an unknown category code lands: a context category is never counted as a violation, so a
# guess cannot inflate the statistics; the warning sends the editor to fix it.
FALLBACK_CATEGORY = "context.statement"
# Fuzzy thresholds (rapidfuzz token_sort_ratio on normalised names). People need a stricter match
# than outlets: Ivanov and Ivanova are two people, "Uralskaya Nedelya" and "Uralskaya nedelia" one paper.
PERSON_CUTOFF = 94
OTHER_CUTOFF = 90
CASE_CUTOFF = 90


@dataclass
class Resolver:
    """Vocabulary lookups cached for one import (vocab tables are small and rarely change)."""

    warnings: list[str] = field(default_factory=list)
    actors: dict[tuple[str, str], Actor] = field(default_factory=dict)  # (kind, normalised name) → actor
    names: dict[str, dict[int, str]] = field(default_factory=dict)  # kind → {actor id: normalised name}
    footnotes: list[Any] = field(default_factory=list)  # the document's footnotes (extraction.footnotes)
    _categories: dict[str, Category] | None = None
    _places: dict[str, Place] | None = None
    _regions: dict[str, Region] | None = None
    _articles: dict[tuple[str, str], LegalArticle] | None = None

    # --- categories -------------------------------------------------------------------------
    def fallback_category(self) -> Category:
        cats = self._load_categories()
        return cats.get(FALLBACK_CATEGORY) or next(iter(cats.values()))

    def known_category(self, code: str | None) -> Category | None:
        return self._load_categories().get(code or "")

    def _load_categories(self) -> dict[str, Category]:
        if self._categories is None:
            self._categories = {c.code: c for c in Category.objects.select_related("group")}
        return self._categories

    def actor_names(self, kind: str) -> dict[int, str]:
        """Every actor name of a kind, loaded once per import for fuzzy matching."""
        if kind not in self.names:
            self.names[kind] = actor_names(kind)
        return self.names[kind]

    # --- places and regions -----------------------------------------------------------------
    def place(self, name: str) -> Place | None:
        if self._places is None:
            self._places = {}
            for p in Place.objects.all():
                for n in (p.name_en, p.name_ru, p.name_kk, *(p.variants or [])):
                    if n:
                        self._places.setdefault(n.strip().lower(), p)
        return self._places.get((name or "").strip().lower())

    def region(self, code: str | None) -> Region | None:
        if not code:
            return None
        if self._regions is None:
            self._regions = {r.code: r for r in Region.objects.all()}
        return self._regions.get(code)

    def region_today(self, region: Region | None) -> Region | None:
        """Follow renamings (South Kazakhstan → Turkistan) to the region as it is now."""
        seen = set()
        while region is not None and region.successor_id and region.valid_to and region.pk not in seen:
            seen.add(region.pk)
            region = next((r for r in (self._regions or {}).values() if r.pk == region.successor_id), None)
        return region

    # --- legal articles ---------------------------------------------------------------------
    def article(self, code: str, article: str) -> LegalArticle | None:
        if self._articles is None:
            self._articles = {(a.code_id, a.article): a for a in LegalArticle.objects.all()}
        return self._articles.get((code, str(article)))


def actor_kind(kind: str | None) -> str:
    return kind if kind in ActorKind.values else ActorKind.ORGANISATION


def involvement_role(role: str | None) -> str:
    return role if role in InvolvementRole.values else InvolvementRole.OTHER


def find_actor(name: str, kind: str, names: dict[int, str] | None = None) -> Actor | None:
    """Exact match on the folded name or an alias, else the closest fuzzy match above the cutoff.
    `names` ({actor id: normalised name} of this kind) saves reloading every actor for each lookup."""
    key = normalise_name(name)
    found = Actor.objects.filter(kind=kind, normalised=key).first()
    if found is None:
        alias = ActorAlias.objects.filter(normalised=key, actor__kind=kind).select_related("actor").first()
        found = alias.actor if alias else None
    if found is not None:
        return found
    choices = actor_names(kind) if names is None else names
    if kind != ActorKind.PERSON:
        hit = process.extractOne(key, choices, scorer=fuzz.token_sort_ratio, score_cutoff=OTHER_CUTOFF)
        return Actor.objects.get(pk=hit[2]) if hit else None
    for _, _, pk in process.extract(key, choices, scorer=fuzz.token_sort_ratio, score_cutoff=PERSON_CUTOFF, limit=5):
        if same_person_shape(key, choices[pk]):
            return Actor.objects.get(pk=pk)
    return None


def actor_names(kind: str) -> dict[int, str]:
    return dict(Actor.objects.filter(kind=kind).values_list("id", "normalised"))


def same_person_shape(a: str, b: str) -> bool:
    """Two close spellings name one person only if they have the same number of name parts and every
    part ends alike: Omarbekova/Omarbekowa is one woman, Baisalov/Baisalova a man and a woman."""
    ta, tb = sorted(a.split()), sorted(b.split())
    return len(ta) == len(tb) and all(x[-1:] == y[-1:] for x, y in zip(ta, tb, strict=True))


def main_actor(actors: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The actor a story is about: the victim or defendant first, else the first person or outlet named
    (a court or prosecutor named in passing is rarely what a case is about), else whoever is named."""
    named = [a for a in actors if a.get("name")]
    for role in ("victim", "defendant", "plaintiff", "complainant"):
        for a in named:
            if a.get("role") == role:
                return a
    return next((a for a in named if a.get("kind") in ("person", "outlet")), named[0] if named else None)


def match_case(
    actor: Actor | None, title: str, *, articles: list[LegalArticle] | None = None
) -> tuple[Case | None, str]:
    """A known case this follow-up continues, and why: the latest case of an incident involving the
    same person or outlet, else a case whose title names them. A case is never proposed when it is
    another matter: its proceedings rest on other articles than the record's (two investigations of
    one person under different articles are two cases). Without an actor nothing is matched (a title
    alone merged unrelated stories)."""
    if actor is None:
        return None, ""
    wanted = {a.pk for a in articles or []}
    candidates = (
        Involvement.objects.filter(actor=actor, incident__case__isnull=False)
        .select_related("incident__case")
        .order_by("-incident__registered_month", "-incident_id")
    )
    for inv in candidates[:20]:
        if same_matter(inv.incident.case, wanted):
            return inv.incident.case, f"a case of an earlier incident involving {actor.name}"
    probe = actor.name.strip()
    if len(probe) < 5:
        return None, ""
    titles = dict(Case.objects.values_list("id", "title")[:5000])
    hit = process.extractOne(probe, titles, scorer=fuzz.partial_ratio, score_cutoff=CASE_CUTOFF)
    if hit:
        case = Case.objects.get(pk=hit[2])
        if same_matter(case, wanted):
            return case, f"the case title names {actor.name}"
    return None, ""


def same_matter(case: Case, articles: set[int]) -> bool:
    """False when the case's proceedings rest on articles and none of them is among the record's."""
    if not articles:
        return True
    from speechwatch.incidents.models import ProceedingBasis

    stored = set(ProceedingBasis.objects.filter(proceeding__case=case).values_list("article_id", flat=True))
    return not stored or bool(stored & articles)
