"""The catalogue of statistical measures (methodology §4), built from the codebook in the database.

Nothing here names a category or an article: group totals and per-category measures come from the
vocab tables (groups with `counted=True`), and the legal-basis sub-measures come from the
`LegalArticle.measure` column, so an organisation that loads another codebook gets its own measures.
Only the proceeding-based measures whose rule is methodology, not vocabulary (in court, honor claims,
decisions, money), are named in code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

# How a measure is computed; the engine dispatches on this.
INCIDENTS = "incidents"  # reports registered in the period (counted once, no follow-ups)
# Proceedings belong to the registration month of the incident that first reported them (v2 §3.1).
BASIS = "basis"  # proceedings of the period with a legal basis mapped to this measure
IN_COURT = "in_court"  # criminal proceedings of the period that reached a court stage by its end
HONOR = "honor"  # civil honor-and-dignity claims of the period
DECISIONS = "decisions"  # judicial acts on honor claims reported in the period (by the stage's incident)
DECISIONS_FOR_MEDIA = "decisions_for_media"
CLAIMED = "claimed"  # moral damages claimed in honor claims of the period (KZT)
RECOVERED = "recovered"  # per proceeding, its latest award up to the period's end, if issued in it (KZT)

HONOR_MEASURE = "legal.civil.honor"
FIXED_LEGAL = {
    "legal.criminal.in_court": (IN_COURT, _("Criminal charges that reached court")),
    HONOR_MEASURE: (HONOR, _("Civil claims for honor, dignity and business reputation")),
    "legal.civil.decisions": (DECISIONS, _("Judicial acts on honor-and-dignity claims")),
    "legal.civil.decisions_for_media": (DECISIONS_FOR_MEDIA, _("Of those, in favour of the media")),
    "legal.civil.claimed_kzt": (CLAIMED, _("Moral damages claimed, KZT")),
    "legal.civil.recovered_kzt": (RECOVERED, _("Amounts recovered by courts, KZT")),
}
SCOPES = ("period", "ytd")


@dataclass(frozen=True)
class Measure:
    """One measure: its code, how it is computed, and what it selects (category codes or a basis)."""

    code: str
    kind: str
    label: str
    group: str = ""
    categories: tuple[str, ...] = field(default=())

    @property
    def is_money(self) -> bool:
        return self.code.endswith("_kzt")

    @property
    def unit(self) -> str:
        return "KZT" if self.is_money else "count"


def catalogue(lang: str | None = None, *, labels: bool = True) -> list[Measure]:
    """Every measure the engine computes, in report order: total, then each counted group's total and
    categories, then the proceeding-based legal measures. Two or three small queries; `labels=False`
    skips the label lookups for callers that only compute."""
    from speechwatch.vocab.models import Category, CategoryGroup, LegalArticle

    groups = list(CategoryGroup.objects.filter(counted=True).order_by("order", "code"))
    cats = list(Category.objects.filter(group__in=groups).order_by("order", "code"))
    all_counted = tuple(c.code for c in cats)

    def text(obj) -> str:
        return obj.label_in(lang) if labels else ""

    out = [Measure("reports.total", INCIDENTS, str(_("All reports")) if labels else "", "", all_counted)]
    for g in groups:
        mine = [c for c in cats if c.group_id == g.pk]
        out.append(Measure(f"{g.code}.total", INCIDENTS, text(g), g.code, tuple(c.code for c in mine)))
        out.extend(Measure(c.code, INCIDENTS, text(c), g.code, (c.code,)) for c in mine)
    articles = list(LegalArticle.objects.exclude(measure="").order_by("code", "article"))
    legal_group = "legal" if any(g.code == "legal" for g in groups) else ""
    legal = [
        Measure(code, kind, str(label) if labels else "", legal_group) for code, (kind, label) in FIXED_LEGAL.items()
    ]
    for code in sorted({a.measure for a in articles} - set(FIXED_LEGAL)):
        mapped = [a for a in articles if a.measure == code]
        # "Dissemination of knowingly false information (Article 274 of the Criminal Code)" /
        # "… (ст. 274 УК РК)" / "… (ҚР ҚК 274-бабы)": the article cited as the language cites it
        label = "; ".join(_article_label(a, lang) for a in mapped) if labels else ""
        legal.append(Measure(code, BASIS, label, legal_group))
    legal.sort(key=lambda m: _legal_order(m.code))
    return out + legal


def _article_label(article, lang: str | None) -> str:
    from speechwatch.core import phrasing

    code = phrasing.lang_of(lang or get_language())
    cited = phrasing.citation(article.code_id, article.article, "", code,
                              labels=None if article.code_id in phrasing.cited_codes() else
                              {"en": article.code.label_en, "ru": article.code.label_ru, "kk": article.code.label_kk})
    name = article.label_in(lang)
    return f"{name} ({cited})" if name else cited


def _legal_order(code: str) -> tuple:
    parts = code.split(".")
    rank = {"criminal": 0, "civil": 1, "administrative": 2}.get(parts[1] if len(parts) > 1 else "", 3)
    sub = ["in_court", "honor", "decisions", "decisions_for_media", "claimed_kzt", "recovered_kzt"]
    tail = parts[2] if len(parts) > 2 else ""
    return (rank, sub.index(tail) if tail in sub else len(sub), tail)


def by_code(lang: str | None = None) -> dict[str, Measure]:
    return {m.code: m for m in catalogue(lang)}


def measure_codes() -> list[str]:
    return [m.code for m in catalogue(labels=False)]
