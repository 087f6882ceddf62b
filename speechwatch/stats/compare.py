"""Comparisons with the previous period and the same period a year earlier, in the phrasing reports
use ("1.5 times more than in the same period last year", "twice as many", "fewer"), and the trend
flag for categories running at two or more times their mean over the previous three months.

Ratios are exact fractions rounded half-up to one decimal for display; the phrases are built per
language here rather than through gettext because Russian and Kazakh agree the number word with the
ratio ("в 2 раза", "в 5 раз", "2 есе"), which a single translated template cannot express.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from django.db.models import Count
from django.utils.translation import get_language

from speechwatch.stats.periods import Period, add_months, parse_period, previous_months

AGAINST = {
    "previous": {
        "en": "the previous period",
        "ru": "за предыдущий период",
        "kk": "алдыңғы кезеңмен",
    },
    "previous_year": {
        "en": "the same period last year",
        "ru": "за тот же период прошлого года",
        "kk": "өткен жылдың сәйкес кезеңімен",
    },
}
TREND_FACTOR = 2
TREND_MONTHS = 3
TREND_MIN_COUNT = 2


def _lang(lang: str | None) -> str:
    lang = (lang or get_language() or "en")[:2]
    return lang if lang in ("en", "ru", "kk") else "en"


def _decimal_text(r: Fraction, lang: str) -> str:
    d = (Decimal(r.numerator) / Decimal(r.denominator)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    text = f"{d.normalize():f}"
    return text.replace(".", ",") if lang in ("ru", "kk") else text


def _ru_times(text: str) -> str:
    """'раза' after fractions and 2-4 (not 12-14), 'раз' otherwise."""
    if "," in text or "." in text:
        return "раза"
    n = int(text)
    return "раза" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "раз"


def phrase(value: int, other: int, against: str = "previous_year", lang: str | None = None) -> str:
    """How `value` compares with `other`, as a report would say it."""
    lang = _lang(lang)
    ref = AGAINST[against][lang]
    if value == other:
        return {
            "en": f"the same as in {ref} ({other})",
            "ru": f"столько же, сколько {ref} ({other})",
            "kk": f"{ref} салыстырғанда өзгеріссіз ({other})",
        }[lang]
    more = value > other
    if min(value, other) == 0:
        diff = abs(value - other)
        return {
            "en": f"{diff} {'more' if more else 'fewer'} than in {ref} ({other})",
            "ru": f"на {diff} {'больше' if more else 'меньше'}, чем {ref} ({other})",
            "kk": f"{ref} салыстырғанда {diff} {'артық' if more else 'кем'} ({other})",
        }[lang]
    ratio = Fraction(value, other) if more else Fraction(other, value)
    text = _decimal_text(ratio, lang)
    if text in ("1", "1,0", "1.0"):
        diff = abs(value - other)
        return {
            "en": f"{diff} {'more' if more else 'fewer'} than in {ref} ({other})",
            "ru": f"на {diff} {'больше' if more else 'меньше'}, чем {ref} ({other})",
            "kk": f"{ref} салыстырғанда {diff} {'артық' if more else 'кем'} ({other})",
        }[lang]
    if text == "2":
        return {
            "en": f"{'twice as many as' if more else 'half as many as'} in {ref} ({other})",
            "ru": f"в два раза {'больше' if more else 'меньше'}, чем {ref} ({other})",
            "kk": f"{ref} салыстырғанда екі есе {'көп' if more else 'аз'} ({other})",
        }[lang]
    return {
        "en": f"{text} times {'more' if more else 'fewer'} than in {ref} ({other})",
        "ru": f"в {text} {_ru_times(text)} {'больше' if more else 'меньше'}, чем {ref} ({other})",
        "kk": f"{ref} салыстырғанда {text} есе {'көп' if more else 'аз'} ({other})",
    }[lang]


@dataclass
class Comparison:
    """One measure of the period against the same measure in an earlier period."""

    measure: str
    value: int
    against: str  # "previous" | "previous_year"
    against_period: Period
    against_value: int

    @property
    def difference(self) -> int:
        return self.value - self.against_value

    @property
    def ratio(self) -> Fraction | None:
        return Fraction(self.value, self.against_value) if self.against_value else None

    def text(self, lang: str | None = None) -> str:
        return phrase(self.value, self.against_value, self.against, lang)

    def as_dict(self, lang: str | None = None) -> dict:
        return {
            "measure": self.measure,
            "value": self.value,
            "against": self.against,
            "against_period": self.against_period.label,
            "against_value": self.against_value,
            "difference": self.difference,
            "text": self.text(lang),
        }


def compare(period: Period | str, measures: list[str] | None = None, filters: dict | None = None) -> list[Comparison]:
    """Each measure against the previous period and against the same period a year earlier."""
    from speechwatch.stats.engine import compute, resolve_scopes

    period = parse_period(period) if isinstance(period, str) else period
    scopes = ("period", "previous", "previous_year")
    ranges = resolve_scopes(period, scopes)
    figures = compute(period, measures=measures, scopes=scopes, filters=filters)
    values: dict[str, dict[str, int]] = {}
    for f in figures:
        values.setdefault(f.measure, {})[f.scope] = f.value
    out = []
    for code, v in values.items():
        for against in ("previous", "previous_year"):
            out.append(Comparison(code, v["period"], against, ranges[against], v[against]))
    return out


@dataclass
class Trend:
    """A category running at `factor` or more times its mean over the previous months."""

    measure: str
    value: int
    per_month: Fraction
    baseline: list[int] = field(default_factory=list)
    months: list[str] = field(default_factory=list)

    @property
    def mean(self) -> Fraction:
        return Fraction(sum(self.baseline), len(self.baseline)) if self.baseline else Fraction(0)

    @property
    def ratio(self) -> Fraction | None:
        return self.per_month / self.mean if self.mean else None

    def text(self, lang: str | None = None) -> str:
        from speechwatch.core.phrasing import count_noun

        lang = _lang(lang)
        mean = _decimal_text(self.mean, lang)
        months = count_noun(len(self.baseline), "month", lang)  # "3 месяца", "5 месяцев"
        if self.ratio is None:
            return {
                "en": f"{self.value} against none in the previous {months}",
                "ru": f"{self.value} при отсутствии случаев за предыдущие {months}",
                "kk": f"алдыңғы {len(self.baseline)} айда бірде-бір жағдай болмаған, қазір {self.value}",
            }[lang]
        times = _decimal_text(self.ratio, lang)
        return {
            "en": f"{times} times the mean of {mean} a month over the previous {months}",
            "ru": f"в {times} {_ru_times(times)} выше среднего ({mean} в месяц) за предыдущие {months}",
            "kk": f"алдыңғы {len(self.baseline)} айдағы орташа деңгейден ({mean}) {times} есе жоғары",
        }[lang]


def trends(
    period: Period | str,
    *,
    factor: int = TREND_FACTOR,
    months: int = TREND_MONTHS,
    min_count: int = TREND_MIN_COUNT,
    filters: dict | None = None,
) -> list[Trend]:
    """Categories whose monthly rate in the period is at least `factor` times their mean over the
    `months` months before it. A category never seen before is flagged from `min_count` reports on,
    so that one report after an empty quarter is not called a trend. One GROUP BY (category, month)."""
    from speechwatch.incidents.models import Incident
    from speechwatch.stats import measures as M
    from speechwatch.stats import queries as Qs
    from speechwatch.vocab.models import Category

    period = parse_period(period) if isinstance(period, str) else period
    base_months = previous_months(period, months)
    counted = {c.code: c.pk for c in Category.objects.filter(group__counted=True)}
    names = {v: k for k, v in counted.items()}
    measure = M.Measure("reports.total", M.INCIDENTS, "", categories=tuple(counted))
    rows = (
        Incident.objects.filter(Qs.base_q(measure, list(names)) & Qs.incident_filter_q(filters, Qs.UNITS[M.INCIDENTS]))
        .filter(registered_month__gte=add_months(period.first_month, -months), registered_month__lte=period.end)
        .values("primary_category_id", "registered_month")
        .annotate(n=Count("pk"))
        .order_by()
    )
    in_period: dict[str, int] = {}
    before: dict[str, dict] = {}
    for r in rows:
        code = names[r["primary_category_id"]]
        if r["registered_month"] >= period.first_month:
            in_period[code] = in_period.get(code, 0) + r["n"]
        else:
            before.setdefault(code, {})[r["registered_month"]] = r["n"]
    out = []
    for code, value in in_period.items():
        per_month = Fraction(value, period.month_count)
        baseline = [before.get(code, {}).get(m.start, 0) for m in base_months]
        mean = Fraction(sum(baseline), len(baseline))
        flagged = per_month >= factor * mean and value >= min_count if mean else value >= min_count
        if flagged:
            out.append(Trend(code, value, per_month, baseline, [m.label for m in base_months]))
    order = list(counted)
    out.sort(key=lambda t: order.index(t.measure))
    return out
