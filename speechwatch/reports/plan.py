"""The editors' plan of a report applied to the period's incidents: the data basis, the incidents
listed, their order, the lead stories and their per-language heading and commentary.

Every incident appears once: a lead story is not listed again in its category, and an entry prints
either the record's summary or its narrative (see reports.language), never both."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from speechwatch.incidents.models import IncidentTranslation, TranslationStatus
from speechwatch.reports.models import DataBasis, LeadText, ReportItem, ReportPlan

STATUSES = {DataBasis.PUBLISHED: ("published",), DataBasis.VERIFIED: ("verified", "published")}


@dataclass
class Plan:
    kind: str
    period: str
    basis: str = DataBasis.PUBLISHED
    items: dict[int, ReportItem] = field(default_factory=dict)
    lead_texts: dict[tuple[int, str], tuple[str, str]] = field(default_factory=dict)  # (incident, lang)
    stored: bool = False
    untranslated: str = "refuse"  # the final render's choice for records without the report's language

    @property
    def statuses(self) -> tuple[str, ...]:
        return STATUSES[self.basis]

    def leads(self, incidents: list) -> list:
        """The featured incidents, in the editors' order."""
        chosen = [i for i in incidents if (it := self.items.get(i.pk)) and it.included and it.featured]
        return sorted(chosen, key=lambda i: (self.items[i.pk].order, i.pk))

    def listed(self, incidents: list, default: bool = True) -> list:
        """The incidents listed outside the lead stories: those the editors kept (every incident
        without a decision when `default`), in the editors' order, else the default order."""
        out = []
        for pos, inc in enumerate(incidents):
            it = self.items.get(inc.pk)
            if it is None:
                if default:
                    out.append((0, pos, inc))
            elif it.included and not it.featured:
                out.append((it.order, pos, inc))
        return [inc for _, _, inc in sorted(out, key=lambda t: (t[0], t[1]))]

    def has_selection(self) -> bool:
        """Did the editors list incidents explicitly? Featuring lead stories alone does not switch an
        annual report from listing every incident to listing a selection."""
        return any(it.included and not it.featured for it in self.items.values())


def load_plan(kind: str, period: str) -> Plan:
    row = ReportPlan.objects.filter(kind=kind, period=period).first()
    if row is None:
        return Plan(kind, period)
    items = {it.incident_id: it for it in row.items.all()}
    texts = {(t.item.incident_id, t.lang): (t.heading, t.commentary)
             for t in LeadText.objects.filter(item__plan=row).select_related("item")}
    return Plan(kind, period, row.basis, items, texts, stored=True, untranslated=row.untranslated)


def _translation_rows(incident_ids: list[int], lang: str, status: str) -> Iterator[IncidentTranslation]:
    """These incidents' `lang` translations with `status` and a title, read in chunks so a year of ten
    thousand records stays under the databases' parameter limits."""
    ids = list(incident_ids)
    for i in range(0, len(ids), 500):
        yield from IncidentTranslation.objects.filter(incident_id__in=ids[i:i + 500], lang=lang,
                                                      status=status).exclude(title="")


def translations(incident_ids: list[int], lang: str) -> dict[tuple[int, str], tuple[str, str, str]]:
    """The reviewed translations of these incidents into `lang` as (title, summary, narrative), keyed
    (incident id, lang); drafts and rows with an empty title count as missing, so a report never prints
    wording no editor has checked."""
    return {(t.incident_id, lang): (t.title, t.summary, t.narrative)
            for t in _translation_rows(incident_ids, lang, TranslationStatus.REVIEWED)}


def drafted(incident_ids: list[int], lang: str) -> set[int]:
    """The incidents among these whose `lang` translation is a draft: the report editor says "draft,
    not reviewed" rather than "no translation", so the editor knows a review is all that is missing."""
    return {t.incident_id for t in _translation_rows(incident_ids, lang, TranslationStatus.DRAFT)}
