"""Report periods: parsing the strings people type ("2024-04", "2024-Q2", "2024-H1", "2024",
"2024-01-01..2024-05-15") and deriving the periods statistics compare against.

Kept free of Django so the extraction side and the CLI can parse periods without a database.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

KINDS = ("month", "quarter", "half", "year", "ytd", "range")

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-?[Qq]([1-4])$")
_HALF = re.compile(r"^(\d{4})-?[Hh]([12])$")
_YEAR = re.compile(r"^(\d{4})$")
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\s*(?:\.\.|/)\s*(\d{4}-\d{2}-\d{2})$")
_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})$")

FORMATS_HELP = "YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY, YYYY-MM-DD..YYYY-MM-DD"


@dataclass(frozen=True)
class Period:
    """A closed date interval [start, end] with the kind of period it is and a stable label."""

    start: date
    end: date
    kind: str
    label: str

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period {self.label!r} ends ({self.end}) before it starts ({self.start})")
        if self.kind not in KINDS:
            raise ValueError(f"unknown period kind {self.kind!r}; expected one of {', '.join(KINDS)}")

    def __str__(self) -> str:
        return self.label

    @property
    def first_month(self) -> date:
        """First day of the month the period starts in (incidents are registered by month)."""
        return self.start.replace(day=1)

    @property
    def last_month(self) -> date:
        return self.end.replace(day=1)

    def months(self) -> list[date]:
        """First days of every month the period touches, in order."""
        out, m = [], self.first_month
        while m <= self.end:
            out.append(m)
            m = add_months(m, 1)
        return out

    @property
    def month_count(self) -> int:
        return len(self.months())

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def add_months(day: date, n: int) -> date:
    """The first day of the month `n` months after `day`'s month (n may be negative)."""
    index = day.year * 12 + (day.month - 1) + n
    return date(index // 12, index % 12 + 1, 1)


def month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def month(year: int, mon: int) -> Period:
    start = date(year, mon, 1)
    return Period(start, month_end(start), "month", f"{year:04d}-{mon:02d}")


def quarter(year: int, q: int) -> Period:
    start = date(year, 3 * (q - 1) + 1, 1)
    return Period(start, month_end(add_months(start, 2)), "quarter", f"{year:04d}-Q{q}")


def half(year: int, h: int) -> Period:
    start = date(year, 6 * (h - 1) + 1, 1)
    return Period(start, month_end(add_months(start, 5)), "half", f"{year:04d}-H{h}")


def year(y: int) -> Period:
    return Period(date(y, 1, 1), date(y, 12, 31), "year", f"{y:04d}")


def date_range(start: date, end: date) -> Period:
    """A custom range; recognised as a month, quarter, half or year when it is exactly one."""
    if start.day == 1 and end == month_end(end):
        if start.year == end.year:
            if start.month == end.month:
                return month(start.year, start.month)
            if start.month == 1 and end.month == 12:
                return year(start.year)
            if start.month in (1, 4, 7, 10) and end.month == start.month + 2:
                return quarter(start.year, (start.month - 1) // 3 + 1)
            if start.month in (1, 7) and end.month == start.month + 5:
                return half(start.year, 1 if start.month == 1 else 2)
    return Period(start, end, "range", f"{start.isoformat()}..{end.isoformat()}")


def _iso(text: str, whole: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"invalid period {whole!r}: {text!r} is not a real date ({exc})") from None


def _check_year(y: int, whole: str) -> int:
    if not 1900 <= y <= 2999:
        raise ValueError(f"invalid period {whole!r}: year {y} is out of range")
    return y


def parse_period(text: str) -> Period:
    """Parse a period string; raises ValueError naming the accepted formats when it cannot."""
    if not isinstance(text, str):
        raise ValueError(f"invalid period {text!r}: expected a string in one of the formats {FORMATS_HELP}")
    s = text.strip()
    if not s:
        raise ValueError(f"empty period; expected one of the formats {FORMATS_HELP}")
    if m := _MONTH.match(s):
        y, mon = _check_year(int(m[1]), text), int(m[2])
        if not 1 <= mon <= 12:
            raise ValueError(f"invalid period {text!r}: month {mon} is not between 1 and 12")
        return month(y, mon)
    if m := _QUARTER.match(s):
        return quarter(_check_year(int(m[1]), text), int(m[2]))
    if m := _HALF.match(s):
        return half(_check_year(int(m[1]), text), int(m[2]))
    if m := _YEAR.match(s):
        return year(_check_year(int(m[1]), text))
    if m := _RANGE.match(s):
        start, end = _iso(m[1], text), _iso(m[2], text)
        if end < start:
            raise ValueError(f"invalid period {text!r}: the range ends ({end}) before it starts ({start})")
        _check_year(start.year, text)
        _check_year(end.year, text)
        return date_range(start, end)
    if m := _DAY.match(s):
        day = _iso(m[1], text)
        return Period(day, day, "range", f"{day.isoformat()}..{day.isoformat()}")
    raise ValueError(f"invalid period {text!r}: expected one of the formats {FORMATS_HELP}")


def ytd(period: Period) -> Period:
    """1 January of the period's final year to the end of the period (methodology §3.5)."""
    start = date(period.end.year, 1, 1)
    return Period(start, period.end, "ytd", f"{period.end.year:04d}-01-01..{period.end.isoformat()}")


def _shift_years(day: date, n: int) -> date:
    try:
        return day.replace(year=day.year + n)
    except ValueError:  # 29 February
        return day.replace(year=day.year + n, day=28)


def _shift(period: Period, months: int) -> Period:
    """The same kind of period `months` months earlier or later (month-aligned periods only)."""
    start = add_months(period.start, months)
    return date_range(start, month_end(add_months(period.last_month, months)))


def previous(period: Period) -> Period:
    """The period of the same kind and length immediately before this one."""
    if period.kind in ("month", "quarter", "half", "year"):
        return _shift(period, -period.month_count)
    if period.kind == "ytd":
        # the same stretch of the previous year
        return same_period_last_year(period)
    if period.start.day == 1 and period.end == month_end(period.end):
        return _shift(period, -period.month_count)
    length = (period.end - period.start).days + 1
    end = period.start - timedelta(days=1)
    return date_range(end - timedelta(days=length - 1), end)


def same_period_last_year(period: Period) -> Period:
    """The same dates one year earlier (a month stays a month, 29 February becomes the 28th)."""
    start = _shift_years(period.start, -1)
    end = _shift_years(period.end, -1)
    if period.end == month_end(period.end):
        end = month_end(end)
    if period.kind == "ytd":
        return Period(start, end, "ytd", f"{start.isoformat()}..{end.isoformat()}")
    return date_range(start, end)


def previous_months(period: Period, n: int) -> list[Period]:
    """The `n` calendar months just before the period starts, oldest first (for trend baselines)."""
    return [month(m.year, m.month) for m in (add_months(period.first_month, -k) for k in range(n, 0, -1))]
