"""Half-year, N-month and date-range titles in en/ru/kk get their period (titles in our own words)."""

from __future__ import annotations

import pytest

from speechwatch.extraction.metadata import extract_metadata


@pytest.mark.parametrize(("title", "language", "start", "end", "kind"), [
    ("Обзор нарушений свободы слова за 1-е полугодие 2020 года", "ru", "2020-01-01", "2020-06-30", "annual"),
    ("Нарушения свободы слова во втором полугодии 2019 года", "ru", "2019-07-01", "2019-12-31", "other"),
    ("Нарушения свободы слова за 9 месяцев 2019 года", "ru", "2019-01-01", "2019-09-30", "annual"),
    ("Violations of freedom of speech in Kazakhstan for 9 months of 2020", "en", "2020-01-01", "2020-09-30",
     "annual"),
    ("Violations of freedom of speech over the first eight months of 2017", "en", "2017-01-01", "2017-08-31",
     "annual"),
    ("Сөз бостандығының бұзылуы: 2022 жылдың бірінші жартыжылдығы", "kk", "2022-01-01", "2022-06-30", "annual"),
    ("Freedom of speech report for the period from January to June 2021", "en", "2021-01-01", "2021-06-30",
     "annual"),
    ("Мониторинг свободы слова с января по август 2016 года", "ru", "2016-01-01", "2016-08-31", "annual"),
    ("Freedom of speech digest, 1 January – 30 June 2021", "en", "2021-01-01", "2021-06-30", "annual"),
    ("Violations of freedom of speech, May 2020", "en", "2020-05-01", "2020-05-31", "monthly"),
    # issue 7, second pass: quarters written "Q3", day spans of one month, "Итоги"/"Annual report" years,
    # "в N месяцах", Kazakh month ranges with the year first
    ("Press freedom monitoring, Q2 2019", "en", "2019-04-01", "2019-06-30", "other"),
    ("Сөз бостандығы: 2020 жылдың II тоқсаны", "kk", "2020-04-01", "2020-06-30", "other"),
    ("Freedom of expression in Kazakhstan, March 1–31, 2018", "en", "2018-03-01", "2018-03-31", "monthly"),
    ("Обзор нарушений свободы слова, 1–31 октября 2017 года", "ru", "2017-10-01", "2017-10-31", "monthly"),
    ("Итоги 2016 года: нарушения свободы слова", "ru", "2016-01-01", "2016-12-31", "annual"),
    ("ANNUAL REPORT 2015 on freedom of speech", "en", "2015-01-01", "2015-12-31", "annual"),
    ("Нарушения свободы слова в 10 месяцах 2018 года", "ru", "2018-01-01", "2018-10-31", "annual"),
    ("2021 жылғы сәуір-маусым айларындағы сөз бостандығы шолуы", "kk", "2021-04-01", "2021-06-30", "other"),
    ("Press freedom in Kazakhstan – 2017 (annual report)", "en", "2017-01-01", "2017-12-31", "annual"),
    ("Сөз бостандығының бұзылуы – 2018 жыл", "kk", "2018-01-01", "2018-12-31", "annual"),
    ("Monthly monitoring report. 01.09.2020–30.09.2020", "en", "2020-09-01", "2020-09-30", "monthly"),
    ("Обзор нарушений свободы слова за период с 1 по 30 апреля 2022 года", "ru", "2022-04-01", "2022-04-30",
     "monthly"),
    # issue 7, sixteenth pass: a Kazakh span of days told with case endings, a half-year with the year first
    ("Сайлау кезіндегі сөз бостандығы (2026 жылғы 3 ақпаннан 15 сәуірге дейін)", "kk", "2026-02-03", "2026-04-15",
     "other"),
    ("Сөз бостандығы: 2026 жылдың алғашқы жарты жылы", "kk", "2026-01-01", "2026-06-30", "annual"),
])
def test_period_titles(title: str, language: str, start: str, end: str, kind: str) -> None:
    meta, _ = extract_metadata(title + "\nThe lead of the report follows here.\n", language)
    assert meta.period is not None, title
    assert (meta.period.start.isoformat(), meta.period.end.isoformat(), meta.kind) == (start, end, kind)
