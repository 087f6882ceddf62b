"""`speechwatch export`: the whole database as one JSON document (docs/export-format.md).

Output is deterministic (every list in a fixed order, no export timestamp), so exporting, importing
into an empty database and exporting again yields byte-identical files.
"""

from __future__ import annotations

from typing import Any

from speechwatch.accounts.models import User
from speechwatch.incidents.exchange import spec
from speechwatch.incidents.exchange.fields import export_fields as ef
from speechwatch.incidents.models import (
    Actor,
    Case,
    Incident,
    LegislativeItem,
    Proceeding,
    ProceedingBasis,
    ProceedingParty,
    PublishedFigure,
    SourceDocument,
)
from speechwatch.vocab import models as vocab


def article_key(article: vocab.LegalArticle) -> str:
    return f"{article.code_id} {article.article}"


def _codebook() -> dict[str, Any]:
    return {
        "category_groups": [ef(g, spec.GROUP) for g in vocab.CategoryGroup.objects.order_by("code")],
        "categories": [
            {**ef(c, spec.CATEGORY), "group": c.group.code}
            for c in vocab.Category.objects.select_related("group").order_by("code")
        ],
        "legal_codes": [ef(c, spec.LEGAL_CODE) for c in vocab.LegalCode.objects.order_by("code")],
        "legal_articles": [
            {"code": a.code_id, **ef(a, spec.ARTICLE)} for a in vocab.LegalArticle.objects.order_by("code", "article")
        ],
        "regions": [
            {**ef(r, spec.REGION), "successor": r.successor.code if r.successor else None}
            for r in vocab.Region.objects.select_related("successor").order_by("code")
        ],
        "places": [
            {
                **ef(p, spec.PLACE),
                "regions": [
                    {"region": m.region.code, **ef(m, spec.MEMBERSHIP)}
                    for m in p.memberships.select_related("region").order_by("id")
                ],
            }
            for p in vocab.Place.objects.order_by("name_en")
        ],
        "versions": [ef(v, spec.VERSION) for v in vocab.CodebookVersion.objects.order_by("loaded_at", "id")],
    }


def translations(obj: Any) -> dict[str, Any]:
    """`source_lang` and the record's translations (by language), for `**` into its export row."""
    rows = sorted(obj.translations.all(), key=lambda r: r.lang)
    return {
        "source_lang": obj.source_lang,
        "translations": [
            {
                **ef(r, ["lang", "status", *r.FIELDS]),
                "updated_by": r.updated_by.username if r.updated_by else None,
                "updated_at": r.updated_at.isoformat() if r.updated_at else None,
            }
            for r in rows
        ],
    }


def _incident(i: Incident) -> dict[str, Any]:
    return {
        **ef(i, spec.INCIDENT),
        **translations(i),
        "primary_category": i.primary_category.code,
        "secondary_categories": sorted(c.code for c in i.secondary_categories.all()),
        "case": i.case_id,
        "source_document": i.source_document_id,
        "created_by": i.created_by.username if i.created_by else None,
        "verified_by": i.verified_by.username if i.verified_by else None,
        "places": [
            {
                "place": p.place.name_en if p.place else None,
                "region_then": p.region_then.code if p.region_then else None,
                "region_now": p.region_now.code if p.region_now else None,
                **ef(p, spec.INCIDENT_PLACE),
            }
            for p in sorted(i.incident_places.all(), key=lambda p: p.pk)
        ],
        "involvements": [
            {"actor": v.actor_id, **ef(v, spec.INVOLVEMENT)} for v in sorted(i.involvements.all(), key=lambda v: v.pk)
        ],
        "sources": [ef(s, spec.SOURCE) for s in sorted(i.sources.all(), key=lambda s: s.pk)],
    }


def basis_key(basis: ProceedingBasis) -> dict[str, str]:
    return {"article": article_key(basis.article), "part": basis.part}


def _party(x: ProceedingParty) -> dict[str, Any]:
    """A party with its structured outcome: charges by basis key, sentences, and bans naming their
    sentence by its index in the party's sentence list."""
    sentences = sorted(x.sentences.all(), key=lambda s: s.pk)
    index = {s.pk: n for n, s in enumerate(sentences)}
    return {
        "actor": x.actor_id,
        "role": x.role,
        **ef(x, spec.PARTY_OUTCOME),
        "charges": sorted((basis_key(b) for b in x.charges.all()), key=lambda k: (k["article"], k["part"])),
        "sentences": [ef(s, spec.SENTENCE) for s in sentences],
        "bans": [
            {**ef(b, spec.BAN), "sentence": index.get(b.sentence_id)} for b in sorted(x.bans.all(), key=lambda b: b.pk)
        ],
    }


def _proceeding(p: Proceeding) -> dict[str, Any]:
    return {
        **ef(p, spec.PROCEEDING),
        "case": p.case_id,
        "incident": p.incident_id,
        "court": p.court_id,
        "bases": [basis_key(b) for b in sorted(p.bases.all(), key=lambda b: b.pk)],
        "parties": [_party(x) for x in sorted(p.parties.all(), key=lambda x: x.pk)],
        "stages": [
            {**ef(s, spec.STAGE), "incident": s.incident_id} for s in sorted(p.stages.all(), key=lambda s: s.pk)
        ],
        "amounts": [ef(a, spec.AMOUNT) for a in sorted(p.amounts.all(), key=lambda a: a.pk)],
    }


def export_database() -> dict[str, Any]:
    """Everything `speechwatch import` needs to rebuild this database, as plain JSON data."""
    incidents = Incident.objects.order_by("id").select_related(
        "primary_category", "created_by", "verified_by"
    ).prefetch_related(
        "secondary_categories",
        "incident_places__place",
        "incident_places__region_then",
        "incident_places__region_now",
        "involvements",
        "sources",
        "translations__updated_by",
    )  # fmt: skip
    proceedings = Proceeding.objects.order_by("id").prefetch_related(
        "bases__article", "parties__charges__article", "parties__sentences", "parties__bans", "stages", "amounts"
    )  # fmt: skip
    return {
        "schema": spec.SCHEMA,
        "codebook": _codebook(),
        "users": [ef(u, spec.USER) for u in User.objects.order_by("username")],
        "actors": [
            {
                **ef(a, spec.ACTOR),
                **translations(a),
                "aliases": [ef(x, spec.ALIAS) for x in sorted(a.aliases.all(), key=lambda x: x.pk)],
            }
            for a in Actor.objects.order_by("id").prefetch_related("aliases", "translations__updated_by")
        ],
        "source_documents": [ef(d, spec.DOCUMENT) for d in SourceDocument.objects.order_by("id")],
        "cases": [
            {**ef(c, spec.CASE), **translations(c)}
            for c in Case.objects.order_by("id").prefetch_related("translations__updated_by")
        ],
        "incidents": [_incident(i) for i in incidents],
        "proceedings": [_proceeding(p) for p in proceedings],
        "published_figures": [
            {**ef(f, spec.FIGURE), "source_document": f.source_document_id}
            for f in PublishedFigure.objects.order_by("id")
        ],
        "legislative_items": [
            {
                **ef(item, spec.LEGISLATIVE),
                **translations(item),
                "incident": item.incident_id,
                "events": [ef(e, spec.LEG_EVENT) for e in sorted(item.events.all(), key=lambda e: e.pk)],
            }
            for item in LegislativeItem.objects.order_by("id").prefetch_related("events", "translations__updated_by")
        ],
    }
