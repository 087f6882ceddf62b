"""Database reads for reports: the incidents, proceedings and legislative events a report prints.

A publishable report prints only verified or published incidents that are not confidential, and only
non-confidential sources: it leaves the building. (The figures come from the statistics engine, which
counts by the methodology's rules; aggregates reveal no confidential detail.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db.models import Prefetch, Q, QuerySet

from speechwatch.incidents.models import (
    Incident,
    IncidentPlace,
    Involvement,
    LegislativeEvent,
    Proceeding,
    Source,
)
from speechwatch.reports.document import IncidentEntry
from speechwatch.reports.fmt import basis_citation, day_label, money
from speechwatch.stats.queries import public_proceeding_q

REPORTABLE = ("verified", "published")


def _reportable(
    start: dt.date,
    end: dt.date,
    categories: Iterable[str] | None = None,
    groups: Iterable[str] | None = None,
    query: str = "",
    by_date: bool = False,
    statuses: Iterable[str] = REPORTABLE,
) -> QuerySet:
    qs = Incident.objects.filter(status__in=list(statuses), is_confidential=False)
    if by_date:
        qs = qs.filter(Q(date__range=(start, end)) | Q(date__isnull=True, registered_month__range=(start, end)))
    else:
        qs = qs.filter(registered_month__gte=start.replace(day=1), registered_month__lte=end)
    if categories:
        cats = list(categories)
        qs = qs.filter(Q(primary_category__code__in=cats) | Q(secondary_categories__code__in=cats)).distinct()
    if groups:
        qs = qs.filter(primary_category__group__code__in=list(groups))
    for term in query.split():
        qs = qs.filter(Q(title__icontains=term) | Q(summary__icontains=term) | Q(narrative__icontains=term))
    return qs.order_by("primary_category__group__order", "primary_category__order", "date", "id")


def incident_rows(start: dt.date, end: dt.date, statuses: Iterable[str] = REPORTABLE) -> list[tuple[int, dt.date]]:
    """(id, registration month) of the reportable incidents, in report order: what a report of a large
    year needs before it loads only the incidents it prints."""
    return list(_reportable(start, end, statuses=statuses).values_list("pk", "registered_month"))


def incidents(
    start: dt.date,
    end: dt.date,
    categories: Iterable[str] | None = None,
    groups: Iterable[str] | None = None,
    query: str = "",
    by_date: bool = False,
    statuses: Iterable[str] = REPORTABLE,
    ids: Iterable[int] | None = None,
) -> QuerySet:
    """Reportable incidents registered in the months of [start, end] (or dated in it, `by_date`), of
    the report's data basis (`statuses`), with what an entry prints; only `ids` when given."""
    qs = _reportable(start, end, categories, groups, query, by_date, statuses)
    if ids is not None:
        qs = qs.filter(pk__in=list(ids))
    return (
        qs.select_related("primary_category", "primary_category__group")
        .prefetch_related(
            Prefetch("incident_places", queryset=IncidentPlace.objects.select_related("place", "region_then")),
            Prefetch("sources", queryset=Source.objects.filter(is_confidential=False)),
            Prefetch("involvements", queryset=Involvement.objects.select_related("actor")),
            Prefetch(
                "proceedings",
                queryset=Proceeding.objects.filter(public_proceeding_q()).prefetch_related(
                    "bases__article", "amounts", "stages", "parties__actor"
                ),
            ),
        )
    )


def place_of(incident: Incident, lang: str) -> str:
    names = []
    for ip in incident.incident_places.all():
        if ip.place is not None:
            names.append({"en": ip.place.name_en, "ru": ip.place.name_ru, "kk": ip.place.name_kk}.get(lang)
                         or ip.place.name_en)
        elif ip.name_as_written:
            names.append(ip.name_as_written)
    return ", ".join(dict.fromkeys(names))


def proceeding_line(p: Proceeding, lang: str, strict: bool = False) -> str:
    """One line on a proceeding: kind, legal bases, court, amounts claimed/recovered, outcome.
    `strict` leaves out a court name written in another language than the report's."""
    from django.utils.translation import gettext as _

    from speechwatch.reports.language import in_lang

    parts = [str(p.get_kind_display())]
    # "ч. 1 ст. 174 УК РК", never "CC 174-1" (which reads as article 174-1)
    bases = [basis_citation(b, lang) for b in p.bases.all()]
    if bases:
        parts.append(_("under %(articles)s") % {"articles": ", ".join(bases)})
    court = p.court_name or (str(p.court) if p.court_id else "")
    if court and (not strict or in_lang(court, lang)):
        parts.append(court)
    for a in p.amounts.all():
        if a.kind in ("claimed", "recovered", "awarded", "fine"):
            parts.append(f"{a.get_kind_display().lower()}: {money(a.amount_kzt, lang)}")
    if p.outcome and p.outcome != "pending":
        parts.append(str(p.get_outcome_display()))
    return "; ".join(parts)


def entry(incident: Incident, lang: str, with_proceedings: bool = False) -> IncidentEntry:
    """The report entry for one incident (labels in the active language)."""
    text = incident.narrative.strip() or ""
    summary = incident.summary.strip()
    if with_proceedings:
        lines = [proceeding_line(p, lang) for p in incident.proceedings.all()]
        if lines:
            text = (text + "\n\n" if text else "") + "\n".join(lines)
    return IncidentEntry(
        title=incident.title,
        date=day_label(incident.date, lang, incident.date_precision),
        place=place_of(incident, lang),
        summary=summary,
        narrative=text if text != summary else "",
        follow_up=incident.is_follow_up,
        category=incident.primary_category.label_in(lang),
        incident_id=incident.pk,
    )


def _plain(text: str) -> str:
    return " ".join(text.split()).strip(" .…:;").casefold()


def drop_repeated_title(body: str, title: str | None) -> str:
    """Old reports often open a story with its headline: printed under that same headline it would
    read twice, so a first paragraph that only repeats the title is left out."""
    if not body or not title:
        return body
    first, _sep, rest = body.partition("\n")
    if _plain(first) == _plain(title):
        return rest.lstrip("\n")
    return body


def local_entry(incident: Incident, lang: str, texts: dict, with_proceedings: bool = False,
                preview: bool = False, mark: bool = False) -> IncidentEntry | None:
    """The entry of a monthly or annual report: the record's text in the report's language only
    (reports.language), a summary or a narrative, never both. A record with no text in the language
    is flagged in the preview; in the final report it is printed in its own language under a visible
    marker (`mark`, the editors' choice) or not at all (None: the caller refuses the render)."""
    from speechwatch.reports.language import local_text, shown_in, source_text

    local = local_text(incident, lang, texts)
    marker, shown = "", ""
    if local.title is None and not preview:
        if not mark:
            return None
        shown, local = source_text(incident)
        marker = f"[{shown_in(shown)}]"
    body = drop_repeated_title(local.body, local.title)
    if with_proceedings:
        lines = [proceeding_line(p, lang, strict=True) for p in incident.proceedings.all()]
        if lines:
            body = (body + "\n\n" if body else "") + "\n".join(lines)
    return IncidentEntry(
        title=local.title if local.title is not None else f"#{incident.pk}: {incident.title}",
        date=day_label(incident.date, lang, incident.date_precision),
        place=place_of(incident, lang),
        summary="",
        narrative=body,
        follow_up=incident.is_follow_up,
        category=incident.primary_category.label_in(lang),
        incident_id=incident.pk,
        untranslated=local.title is None,
        marker=marker,
        text_lang=shown,
    )


def legislative_title(item, lang: str) -> str | None:
    """A legislative item's title in `lang` (its own title or its translation), None when it has none
    (prefetch the items' `translations`)."""
    from speechwatch.incidents.translations import localize

    local = localize(item, lang, fallback=False)
    return local["title"] or None


def legislative_marked(item) -> str:
    """"Mark" mode: the item's own title under the marker saying which language it is shown in."""
    from speechwatch.incidents.translations import source_lang
    from speechwatch.reports.language import shown_in

    return f"[{shown_in(source_lang(item))}] {item.title}"


def legislative_events(start: dt.date, end: dt.date) -> QuerySet:
    return (LegislativeEvent.objects.filter(date__range=(start, end)).select_related("item")
            .prefetch_related("item__translations").order_by("date", "id"))


def source_note(source: Source) -> str:
    """A footnote text for a source: its title and URL (confidential sources never reach here)."""
    bits = [b for b in (source.title.strip(), source.url.strip()) if b]
    return ". ".join(bits) if bits else source.correspondent
