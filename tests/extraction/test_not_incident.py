"""Statements of absence, statistic sentences, comparisons and conclusions are never incidents.

Our own sentences; one test reads ../shared/seeds (skipped without it): the annual seed once produced a
murder from a sentence saying there had been none.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from speechwatch.extraction import extract_path, extract_text
from speechwatch.extraction.figures.absence import is_absence
from speechwatch.extraction.not_incident import is_narrative_block, sentence_kind


@pytest.mark.parametrize(("sentence", "language", "kind"), [
    ("No journalists were killed in the reporting month.", "en", "absence"),
    ("The region had no cases of murder of media workers this year.", "en", "absence"),
    ("Murders of journalists: none.", "en", "absence"),
    ("Ни один журналист не был убит в этом месяце.", "ru", "absence"),
    ("Случаев задержания журналистов не зафиксировано.", "ru", "absence"),
    ("Қаңтарда журналистер өлтірілген жоқ.", "kk", "absence"),
    ("During the month, 14 journalists were questioned by the police.", "en", "statistic"),
    ("Attacks on camera operators – 6", "en", "statistic"),
    ("За месяц поступило 19 сообщений о давлении на редакции.", "ru", "statistic"),
    ("Compared with March, the number of refusals grew by a half.", "en", "comparison"),
    ("По сравнению с прошлым годом исков стало меньше.", "ru", "comparison"),
    ("In general, the climate for the press in the region stayed hostile.", "en", "conclusion"),
    ("The foundation recommends that akimats answer requests on time.", "en", "conclusion"),
    ("Таким образом, давление на независимые издания усилилось.", "ru", "conclusion"),
    # glued or counted a few words later (issue 7, third pass)
    ("Мамырда барлығы 27 хабарлама тіркелді.", "kk", "statistic"),
    ("Editors and reporters faced 11 criminal charges and 30 civil lawsuits.", "en", "statistic"),
    ("In 25 of the civil lawsuits the plaintiffs sought damages for their honour.", "en", "statistic"),
    ("Akimats left journalists' requests unanswered 58 times.", "en", "statistic"),
    ("By comparison, the previous quarter brought 120 reports.", "en", "comparison"),
    ("Число жалоб на закрытые суды растёт уже полгода.", "ru", "comparison"),
    ("The number of refusals is the highest since 2015.", "en", "comparison"),
    ("Топ әкімдіктерді журналистердің сұрауларына уақытында жауап беруге шақырады.", "kk", "conclusion"),
    # short list items of absence and tallies of hearings (issue 7, fourth pass)
    ("- No complaints sent to the prosecutor.", "en", "absence"),
    ("No reporters detained during the strike.", "en", "absence"),
    ("Нет уголовных дел против журналистов.", "ru", "absence"),
    ("Three court hearings of honour suits against editors took place in June.", "en", "statistic"),
])
def test_sentences_that_tell_no_event(sentence: str, language: str, kind: str) -> None:
    assert sentence_kind(sentence, language) == kind


@pytest.mark.parametrize(("sentence", "language"), [
    ("On March 4, two men beat the reporter Dias Omarov near the court.", "en"),
    ("Police detained the blogger Sabina Kaliyeva after the rally and held her overnight.", "en"),
    ("14 апреля неизвестные избили оператора канала «Степь ТВ» и отобрали у него камеру.", "ru"),
    ("The editor said no one from the akimat had answered his request for three weeks.", "en"),
    ("The ministry halted the weekly Dala Times for three months for alleged breaches of its licence.", "en"),
    ("May 14: Reporters of two outlets were kept out of the city hall during the budget hearing.", "en"),
    ("5 мамырда полиция тілші Айдос Нұрланды екі сағат ұстады.", "kk"),
])
def test_events_stay_events(sentence: str, language: str) -> None:
    assert sentence_kind(sentence, language) is None
    assert not is_narrative_block(sentence, language)


def test_absence_needs_no_count_in_digits() -> None:
    assert not is_absence("No fewer than 12 journalists were detained.", "en")


REPORT = "\n\n".join([
    "Freedom of Speech Monitoring, February 2024\n"
    "In February 2024, the monitors registered 22 reports of violations of freedom of speech.",
    "No journalists were killed in February.",
    "Compared with January, the number of lawsuits fell by a third.",
    "February 6. In Ekibastuz, a security guard pushed the reporter Marat Zhunusov off the stairs of the city "
    "hall and broke his tripod.",
    "In general, the situation of the regional press remained difficult, and the foundation recommends that "
    "local officials stop obstructing reporters.",
]) + "\n"

REPORT_RU = """Нарушения свободы слова в Казахстане, март 2024 года
В марте 2024 года зарегистрировано 18 сообщений о нарушениях свободы слова.

Ни одного случая убийства журналистов в марте не зафиксировано.

12 марта в Кокшетау полицейские задержали журналиста Ильяса Нурова во время съёмки очереди у больницы.

По сравнению с февралём число отказов в предоставлении информации выросло вдвое.
"""


def test_only_the_event_becomes_an_incident_and_absence_is_a_zero() -> None:
    result = extract_text(REPORT)
    assert [i.category for i in result.incidents] == ["rights.attack"]
    assert ("rights.murder", "period", 0) in {(s.measure, s.scope, s.value) for s in result.statistics}
    ru = extract_text(REPORT_RU)
    assert [i.category for i in ru.incidents] == ["rights.detention"]
    figures = {(s.measure, s.value) for s in ru.statistics}
    assert ("rights.murder", 0) in figures and ("reports.total", 18) in figures
    assert not any(s.measure == "rights.murder" and s.value == 1 for s in ru.statistics)


LIST_INTROS = """Digest of violations, June 2019

The foundation's monitors recorded:

- 14 refusals to answer journalists' requests;
- 3 detentions of reporters.

Since January the following charges were brought against journalists and bloggers
- 6 charges of false information;
- 2 charges of insulting an official.

- Police in Taraz searched the flat of the blogger Nurlan Esov and took his laptop.
"""


def test_a_list_introduction_is_not_an_incident() -> None:
    """A paragraph ending in a colon, or stopping unpunctuated right before a tally list, opens the list;
    only the search is a story."""
    result = extract_text(LIST_INTROS)
    assert [LIST_INTROS[i.span[0]:i.span[1]][:20] for i in result.incidents] == ["- Police in Taraz se"]


def test_seeds_give_no_incident_from_a_statement_of_absence(shared_dir: Path) -> None:
    seeds = sorted((shared_dir / "seeds").glob("*.txt"))
    if not seeds:
        pytest.skip("no seeds")
    for path in seeds:
        result = extract_path(path)
        for inc in result.incidents:
            body = result.text[inc.span[0]:inc.span[1]]
            assert not is_narrative_block(body, result.source.language), (path.name, body[:120])
            if inc.category == "rights.murder":
                assert not is_absence(body.split("\n")[0], result.source.language), (path.name, body[:120])
    annual = shared_dir / "seeds" / "annual-2020-en.txt"
    if annual.exists():
        assert not any(i.category == "rights.murder" for i in extract_path(annual).incidents)


def test_inside_a_story_only_tallies_of_reports_are_statistics():
    from speechwatch.extraction.not_incident import is_narrative_block

    event = "In May, the court of Oral rejected two claims of the akimat against the newspaper Jaiyq."
    tally = "During the first half of 2025, 140 reports of violations of freedom of speech were registered."
    assert is_narrative_block(event, "en") and not is_narrative_block(event, "en", strict=True)
    assert is_narrative_block(tally, "en", strict=True)
    assert is_narrative_block("Нападения на журналистов – 4", "ru", strict=True)
    assert not is_narrative_block("В мае полиция задержала 3 журналистов у здания акимата.", "ru", strict=True)


GLUED_STATS_AFTER_ITEMS = """Нарушения свободы слова в Казахстане. Май 2014

Фонд изучил, как в мае 2014 года соблюдалось право граждан свободно выражать мнение.

Фонд сообщает:

- В Таразе неизвестные облили краской дверь редакции газеты «Жамбыл Жаршысы».

- Министр информации заявил на пресс-конференции, что блогеры должны отвечать за каждое слово.

В мае мониторинг зафиксировал 64сообщения. Из них 20 – о нарушениях прав журналистов, 30 – о праве на информацию.
С начала года журналистам предъявили 7 уголовных обвинений и 40 гражданских исков.
"""


def test_statistics_after_the_last_item_end_it_and_make_no_story() -> None:
    """Glued counts ("64сообщения"), a breakdown opening "Из них", a tally over "С начала года" and the
    publisher's introduction are narrative, never stories; each item stays one story."""
    result = extract_text(GLUED_STATS_AFTER_ITEMS)
    starts = [GLUED_STATS_AFTER_ITEMS[i.span[0]:i.span[1]] for i in result.incidents]
    assert [s[:12] for s in starts] == ["- В Таразе н", "- Министр ин"]
    assert starts[1].endswith("каждое слово.")


DATED_THEN_MONTH = """Monitoring review, 1 March to 31 May 2017

2. Stories
April 4 in Taraz a guard of the regional court pushed the reporter Aliya Dauletova out of the hall.
In May the police opened a criminal case against the blogger Yerlan Sadykov over a post about a local judge.
May 20 the Supreme Court sent the honour suit against the weekly «Taraz Kuryer» back for a new hearing.

3. Recommendations
We urge judges to open hearings to the press.
"""


def test_a_line_opening_with_a_month_starts_the_next_dated_story() -> None:
    result = extract_text(DATED_THEN_MONTH)
    assert [DATED_THEN_MONTH[i.span[0]:i.span[1]][:8] for i in result.incidents] == ["April 4 ", "In May t", "May 20 t"]


LONG_STATISTICS = """Review of freedom of speech, February–April 2016

1. General figures
Over the three months the monitors received 180 reports. They fell into these sections:
1.1. Violations of the rights of journalists – 44, including 5 attacks and 20 cases of obstruction.
1.2. Restrictions of the right to information – 71, of them 60 refusals to give information.
1.3. Claims and charges against journalists – 65: criminal – 12, civil – 50, administrative – 3.
From 1 January to 30 April the total number of reports reached 240.
Compared with the same months of 2015, that is 30 more.

2. Stories
March 2 in Oral the akimat refused to give the weekly «Oral Kuryer» the list of road repair contracts.
"""


def test_a_long_statistics_section_is_not_a_story() -> None:
    result = extract_text(LONG_STATISTICS)
    assert [LONG_STATISTICS[i.span[0]:i.span[1]][:8] for i in result.incidents] == ["March 2 "]


def test_mastheads_download_lines_introductions_and_method_notes_are_not_incidents() -> None:
    text = ("Сөз бостандығын қорғау халықаралық қоры «Әділ сөз»\n"
            "Международный фонд защиты свободы слова «Адил соз»\n"
            "International Foundation for Freedom of Speech Protection «Adil Soz»\n\n"
            "Violations of freedom of speech in Kazakhstan, October 2014 (Digest)\n\n"
            "Скачать 3 ноября 2014\n\n"
            "The Foundation «Adil Soz» has reviewed what happened in October 2014 with the right of people to "
            "express their views and to seek information. In October the monitoring recorded 70reports.\n\n"
            "- On October 9 in Semey guards of a meat plant pushed the reporter Ilyas Nurov and broke his "
            "camera.\n\n"
            "The review was compiled from open sources and the monitors' own records.\n")
    got = extract_text(text)
    assert len(got.incidents) == 1
    assert got.incidents[0].category == "rights.attack"


def test_a_table_without_leading_bars_does_not_swallow_the_chronicle_after_it() -> None:
    text = ("СВОБОДА СЛОВА: МАЙ 2021 ГОДА\n\n"
            "Показатель | Май | С начала года\n"
            "Всего сообщений | 61 | 280\n"
            "Задержания журналистов и блогеров | 3 | 19\n"
            "Отказы в предоставлении информации | 12 | 70\n\n"
            "Хроника\n\n"
            "6 мая, Актобе. Полиция задержала блогера Руслана Ахметова, снимавшего очередь у поликлиники.\n\n"
            "19 мая, Тараз. Неизвестные взломали Telegram-канал «Тараз Хабар» и удалили его архив.\n\n"
            "Таблица составлена по открытым источникам.\n")
    got = extract_text(text)
    assert [i.category for i in got.incidents] == ["rights.detention", "access.cyberattack"]


@pytest.mark.parametrize(("sentence", "language"), [
    ("- there were 120 pre-trial and court claims against journalists: 20 criminal and 100 civil.", "en"),
    ("Сумма исков о возмещении морального вреда – 1 млрд 40 млн тенге.", "ru"),
    ("Claimants in honour cases demanded KZT 310,000,000 between them.", "en"),
    ("The running total since January stands at 215.", "en"),
])
def test_tallies_and_sums_by_their_form_are_statistics(sentence: str, language: str) -> None:
    assert sentence_kind(sentence, language) == "statistic"


@pytest.mark.parametrize(("sentence", "language"), [
    ("The network notes with concern that most sites were blocked without a court decision.", "en"),
    ("Фонд обращает внимание, что половина исков подана чиновниками.", "ru"),
    ("Орталық журналистерге кедергі жасамауды сұрайды.", "kk"),
])
def test_the_publishers_notes_and_requests_are_conclusions(sentence: str, language: str) -> None:
    assert sentence_kind(sentence, language) == "conclusion"


def test_an_abbreviation_before_a_lowercase_word_does_not_end_a_sentence() -> None:
    from speechwatch.extraction.document import split_sentences

    line = "Случаи ограничения доступа – 12, в т. ч. блокировка сайтов – 3. Новое предложение."
    assert split_sentences(line) == ["Случаи ограничения доступа – 12, в т. ч. блокировка сайтов – 3.",
                                     "Новое предложение."]
    assert split_sentences("2.1. proceedings for libel – 3;")[0] == "2.1."


def test_claims_counted_with_their_sum_are_a_tally_not_a_story() -> None:
    from speechwatch.extraction.not_incident import is_narrative_block

    assert is_narrative_block("In October outlets and citizens received seven claims over honour and dignity, "
                              "for KZT twenty million in total.", "en", strict=True)
    assert is_narrative_block("Қазан айында БАҚ-қа ар-намысты қорғау туралы төрт талап-арыз берілді, талап "
                              "етілген сома – 12 млн теңге.", "kk", strict=True)
    assert not is_narrative_block("A road company sued the weekly, demanding KZT 9 million.", "en", strict=True)
    assert is_narrative_block("In June the courts considered 6 honour-and-dignity suits; the plaintiffs demanded 30 "
                              "million tenge.", "en", strict=True)  # a hyphenated word between count and noun


def test_the_foundation_reminds_is_a_note_not_an_event() -> None:
    from speechwatch.extraction.not_incident import sentence_kind

    assert sentence_kind("The foundation reminds akimats that journalists may attend open sessions.", "en")
    assert sentence_kind("Фонд напоминает, что журналисты вправе присутствовать на заседаниях.", "ru")


def test_tripled_compared_with_is_a_comparison_and_courts_collected_tenge_is_a_sum() -> None:
    from speechwatch.extraction.not_incident import sentence_kind

    assert sentence_kind("The number of detentions almost tripled compared with last year.", "en") == "comparison"
    assert sentence_kind("Courts collected 3 million 40 thousand tenge.", "en", strict=True) == "statistic"


def test_one_claim_with_its_sum_is_a_story_and_the_courts_rulings_are_a_tally() -> None:
    from speechwatch.extraction.not_incident import is_narrative_block

    assert not is_narrative_block("- Ақтөбелік кәсіпкер «Ақтөбе Айнасы» газетіне ар-намысын қорғау туралы талап арыз "
                                  "беріп, 25 млн теңге өтемақы талап етті.", "kk")
    assert is_narrative_block("Судами в марте вынесено 3 судебных акта по искам о защите чести, в 1 случае – в "
                              "пользу СМИ.", "ru", strict=True)
    assert is_narrative_block("Соттар осындай даулар бойынша 2 сот актісін шығарды.", "kk", strict=True)
