"""`/api/stats/<period>/`: the official figures of a period, exactly as the statistics page prints them.

The figures come from `stats.basis.official_figures(period, user=request.user)`, the function behind
`/stats/<period>/` and `speechwatch stats --format json`, so the three agree for the same reader:
editors get every confirmed record, everyone else published non-confidential ones; on the published
basis, the organisation's published figures with the document each came from.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiExample, OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from speechwatch.stats.engine import SCOPE_PERIODS


class SourceDocumentRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = serializers.CharField(allow_null=True, help_text="the document's page for staff, else the figure's page")


class OfficialFigureSerializer(serializers.Serializer):
    measure = serializers.CharField(help_text="measure code (methodology §4), e.g. reports.total")
    scope = serializers.ChoiceField(choices=["period", "ytd", "previous", "previous_year"])
    value = serializers.IntegerField(help_text="a count, or exact tenge for *_kzt measures")
    basis = serializers.ChoiceField(choices=["computed", "published"])
    source_document = SourceDocumentRefSerializer(allow_null=True, help_text="published figures: where it was read")
    url = serializers.CharField(allow_null=True, help_text="the incidents behind the number, or its source")


class PeriodFiguresSerializer(serializers.Serializer):
    period = serializers.CharField()
    kind = serializers.CharField()
    start = serializers.DateField()
    end = serializers.DateField()
    basis = serializers.ChoiceField(choices=["computed", "published"])
    public_only = serializers.BooleanField(help_text="true: counted over published, non-confidential records only")
    figures = OfficialFigureSerializer(many=True)


class PeriodFiguresView(APIView):
    """The official figures of one period (month, quarter, half year, year or custom range)."""

    @extend_schema(
        operation_id="stats_period",
        summary="Official figures of a period",
        description=(
            "Every figure of the period on its official basis (methodology v2 §3.8): `computed` from the "
            "records, or `published` by the organisation (then only the published measures, each with its "
            "source document). Anonymous callers, viewers and monitors get figures over published, "
            "non-confidential records only; editors over every verified or published record. The same "
            "numbers as /stats/{period}/ and `speechwatch stats PERIOD --format json`."
        ),
        parameters=[
            OpenApiParameter(
                "period",
                str,
                OpenApiParameter.PATH,
                description="2024-04, 2024-Q2, 2024-H1, 2024 or 2024-01-01..2024-05-15",
            ),
            OpenApiParameter(
                "scope",
                str,
                many=True,
                description="period, ytd, previous, previous_year (repeatable; default period and ytd)",
            ),
        ],
        responses=PeriodFiguresSerializer,
        examples=[
            OpenApiExample(
                "A computed month",
                value={
                    "period": "2024-04",
                    "kind": "month",
                    "start": "2024-04-01",
                    "end": "2024-04-30",
                    "basis": "computed",
                    "public_only": True,
                    "figures": [
                        {
                            "measure": "reports.total",
                            "scope": "period",
                            "value": 9,
                            "basis": "computed",
                            "source_document": None,
                            "url": "/incidents/?registered_from=2024-04&registered_to=2024-04",
                        }
                    ],
                },
            )
        ],
    )
    def get(self, request: Request, period: str) -> Response:
        return Response(period_payload(period, request.user, request.query_params.getlist("scope")))


def period_payload(period: str, user: Any, scopes: list[str] | None = None) -> dict[str, Any]:
    """The API's JSON for a period (also used by the tests comparing it with the page and the CLI)."""
    from django.utils.translation import get_language

    from speechwatch.stats.cache import cached
    from speechwatch.stats.page import reader_key
    from speechwatch.stats.periods import parse_period

    lang = (get_language() or "en")[:2]
    try:
        p = parse_period(period)
    except ValueError as exc:
        raise NotFound(str(exc)) from None
    scopes = scopes or ["period", "ytd"]
    unknown = [s for s in scopes if s not in SCOPE_PERIODS]
    if unknown:
        raise ValidationError({"scope": f"unknown scope(s) {', '.join(unknown)}; known: {', '.join(SCOPE_PERIODS)}"})
    return cached("api", (p.label, tuple(scopes), reader_key(user), lang), lambda: _payload(p, user, scopes, lang))


def _payload(p, user: Any, scopes: list[str], lang: str) -> dict[str, Any]:
    from speechwatch.stats.basis import basis_of, official_figures
    from speechwatch.stats.page import figure_rows, reader_filters

    figures = official_figures(p, user=user, scopes=scopes, with_ids=False)
    links = {
        (row["measure"], scope): cell["url"]
        for row in figure_rows(p, figures, lang, user=user)
        for scope, cell in row["cells"].items()
    }
    return {
        "period": p.label, "kind": p.kind, "start": p.start.isoformat(), "end": p.end.isoformat(),
        "basis": basis_of(p), "public_only": reader_filters(user) is not None,
        "figures": [{**f.as_dict(), "url": links.get((f.measure, f.scope))} for f in figures],
    }  # fmt: skip
