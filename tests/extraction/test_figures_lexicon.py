"""Figures whose wording no cue lists: measures scored against the codebook's words, in our own sentences."""

from __future__ import annotations

import pytest

from speechwatch.extraction import extract_text
from speechwatch.extraction.figures.lexicon import best_measure, is_count_noun

LEGAL_CHILDREN = ("legal.criminal", "legal.civil", "legal.administrative", "legal.warning", "legal.criminal.",
                  "legal.civil.", "legal.administrative.")


@pytest.mark.parametrize(("label", "language", "allowed", "measure"), [
    ("Criminal prosecution of reporters for what they published", "en", None, "legal.criminal"),
    ("Arrests and detentions of camera operators", "en", None, "rights.detention"),
    ("Requests for information left unanswered or refused", "en", None, "access.refusal"),
    ("lawsuits seeking protection of honour and business reputation", "en", None, "legal.civil.honor"),
    ("charges of spreading deliberately false information", "en", LEGAL_CHILDREN, "legal.criminal.false_info"),
    ("administrative charges for false information", "en", LEGAL_CHILDREN, "legal.administrative.false_info"),
    ("избиения корреспондентов", "ru", None, "rights.attack"),
    ("блокировка интернет-ресурсов", "ru", None, "access.blocking"),
    ("уголовное преследование за публикации", "ru", None, "legal.criminal"),
    ("журналистерді ұстау", "kk", None, "rights.detention"),
])
def test_label_scored_against_the_codebook(label: str, language: str, allowed: tuple | None, measure: str) -> None:
    assert best_measure(label, language, allowed) == measure


def test_nothing_is_forced() -> None:
    assert best_measure("Weather on the steppe", "en") is None
    assert best_measure("Telephone", "en") is None
    # a label of another group is not forced into the group it stands under
    assert best_measure("refusals to provide information", "en", ("rights.",)) is None
    # a group total is never a child of its own group
    assert best_measure("violations of the rights of journalists", "en", ("rights.",)) is None


def test_count_nouns() -> None:
    assert is_count_noun("reports", "en") and is_count_noun("сообщений", "ru")
    assert not is_count_noun("kilometres", "en")


def _figures(text: str) -> set[tuple[str, str, int]]:
    return {(s.measure, s.scope, s.value) for s in extract_text(text).statistics}


def test_paraphrased_list_under_a_group_total() -> None:
    text = ("Monitoring of freedom of speech, May 2024\n"
            "In May 2024, the monitors registered 30 reports of violations of freedom of speech.\n"
            "Pre-trial and court claims against journalists – 11, including:\n"
            "- criminal prosecution of reporters for what they published – 2;\n"
            "- lawsuits seeking protection of honour and business reputation – 8;\n"
            "- confiscation of notebooks – 1.\n")
    result = extract_text(text)
    got = {(s.measure, s.value) for s in result.statistics}
    assert {("reports.total", 30), ("legal.total", 11), ("legal.criminal", 2), ("legal.civil.honor", 8)} <= got
    assert [(u.label, u.value) for u in result.unmapped] == [("confiscation of notebooks", 1)]


def test_counts_glued_to_their_noun() -> None:
    assert ("reports.total", "period", 52) in _figures(
        "Freedom of speech violations, June 2022\nIn June 2022 the monitors logged 52reports of violations of "
        "freedom of speech.")
    assert ("reports.total", "period", 33) in _figures(
        "Нарушения свободы слова, июнь 2022 года\nВ июне 2022 года поступило 33сообщения о нарушениях свободы слова.")
    # a real glued code or ordinal stays out
    assert not any(v == 5 for _, _, v in _figures(
        "Freedom of speech violations, June 2022\nThe 5th hearing of Khabar24 took place in June 2022."))


def test_first_n_months_is_year_to_date_of_the_report_month() -> None:
    got = _figures("Freedom of speech violations, September 2023\n"
                   "In September 2023, 41 reports of violations of freedom of speech were registered.\n"
                   "In the first nine months of 2023, the monitors registered 377 reports of violations of "
                   "freedom of speech.\n")
    assert got == {("reports.total", "period", 41), ("reports.total", "ytd", 377)}
    got = _figures("Нарушения свободы слова, май 2020 года\n"
                   "За пять месяцев 2020 года поступило 140 сообщений о нарушениях свободы слова.\n"
                   "За три месяца 2019 года было 70 сообщений о нарушениях свободы слова.\n")
    assert ("reports.total", "ytd", 140) in got and all(v != 70 for _, s, v in got if s in ("period", "ytd"))


DIGEST_EN = """Freedom of speech digest, March 2012
In March 2012, 57 reports were received in total.
I. Violations of the rights of journalists and media – 19:
· beatings of journalists – 2;
· threats – 6;
· hindering the work of reporters – 11.
II. Violations of the right to information – 14.
III. Claims and lawsuits against journalists and media – 24, including civil suits – 21 and criminal cases – 3.
"""

DIGEST_RU = """Свобода слова в Казахстане. Октябрь 2010 года
За октябрь 2010 года поступило 48 сообщений.
Прямые нарушения прав журналистов и СМИ – 14, в том числе:
– избиения журналистов – 1;
– угрозы – 3;
– задержания – 2;
– препятствование работе – 8.
Нарушения права на доступ к информации – 11.
Претензии и иски к журналистам и СМИ – 23, из них:
– уголовные дела – 3;
– гражданские иски – 20.
"""


def test_old_digests_group_totals_and_their_lists() -> None:
    assert _figures(DIGEST_EN) == {(m, "period", v) for m, v in [
        ("reports.total", 57), ("rights.total", 19), ("rights.attack", 2), ("rights.threat", 6),
        ("rights.obstruction", 11), ("access.total", 14), ("legal.total", 24), ("legal.civil", 21),
        ("legal.criminal", 3)]}
    assert _figures(DIGEST_RU) == {(m, "period", v) for m, v in [
        ("reports.total", 48), ("rights.total", 14), ("rights.attack", 1), ("rights.threat", 3),
        ("rights.detention", 2), ("rights.obstruction", 8), ("access.total", 11), ("legal.total", 23),
        ("legal.criminal", 3), ("legal.civil", 20)]}


def test_more_wordings_widen_a_measure_without_moving_the_others(tmp_path, monkeypatch) -> None:
    """A wording added to one measure never lowers the score another measure's labels reach: word weights
    come from the codebook and the core phrases only."""
    import json

    from speechwatch.extraction.figures import lexicon as lx

    raw = json.loads(lx._DATA.read_text(encoding="utf-8"))
    assert raw.get("more_wordings"), "the lexicon carries more wordings"
    labels = [("claims brought against media and journalists in and out of court", "en"),
              ("нарушения прав журналистов", "ru"), ("ақпарат беруден бас тарту", "kk")]
    with_more = {lab: lx.scores(lab, lang) for lab, lang in labels}
    core = dict(raw)
    core.pop("more_wordings")
    path = tmp_path / "lexicon.json"
    path.write_text(json.dumps(core, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(lx, "_DATA", path)
    lx.lexicon.cache_clear()
    try:
        for lab, lang in labels:
            without = dict((m, s) for s, m in lx.scores(lab, lang))
            for s, m in with_more[lab]:
                if m in without:
                    assert s >= without[m]
    finally:
        monkeypatch.undo()
        lx.lexicon.cache_clear()


def test_a_wording_only_the_extra_list_knows() -> None:
    # "use of physical force against journalists" is in the extra wordings of attacks, not in the codebook
    assert best_measure("cases of use of physical force against journalists", "en") == "rights.attack"
