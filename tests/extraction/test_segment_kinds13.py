"""Incident segmentation by kind of layout (issue 7, thirteenth pass), in our own words."""

from __future__ import annotations

from speechwatch.extraction import extract_text


def _stories(text: str) -> list[str]:
    return [text[i.span[0] : i.span[1]] for i in extract_text(text).incidents]


def test_numbered_items_that_open_with_a_day_are_stories() -> None:
    text = ("Нарушения свободы слова в Казахстане. Март 2021\n\n"
            "Фонд «Адил соз» изучил, как в марте 2021 года соблюдалось право на свободу слова.\n\nСообщает:\n\n"
            "1. 3 марта в Шымкенте полицейские задержали блогера Арыстана Бекова во время съёмки у здания "
            "акимата и продержали его в отделе до вечера.\n\n"
            "2. Управление образования отказалось сообщить газете «Южный ветер» число закрытых школ в районе.\n\n"
            "3. 22 марта административный суд Тараза оштрафовал журналистку Алию Нурланову по статье 456-2 КоАП "
            "за публикацию о ценах на хлеб.\n")
    stories = _stories(text)
    assert len(stories) == 3, stories
    assert stories[0].startswith("1. 3 марта") and stories[2].startswith("3. 22 марта")


def test_an_undated_paragraph_naming_only_new_outlets_is_another_story() -> None:
    text = ("Қазақстандағы сөз бостандығының бұзылуы. 2021 жылғы ақпан\n\n"
            "Ақпан айында мониторинг 44 хабарлама тіркеді.\n\n"
            "Ақпанның 3-і күні Таразда полиция «Талас Desk» сайтының тілшісі Ерлан Сәтбаевты пикетті түсіріп тұрған "
            "жерінен ұстап, бөлімшеге алып кетті.\n\n"
            "Ақтөбе облыстық білім басқармасы мектептердегі жылу туралы сұраған «Ақтөбе Айнасы» газетіне "
            "заңда белгіленген мерзімде жауап бермеді.\n")
    stories = _stories(text)
    assert len(stories) == 2, stories
    assert "Айнасы" in stories[1] and "Айнасы" not in stories[0]


def test_an_articles_number_and_a_person_summoned_several_times_are_no_statistics() -> None:
    ru = ("Нарушения свободы слова в Казахстане. Май 2022\n\nВ мае зарегистрировано 30 сообщений.\n\n"
          "События месяца:\n"
          "- Административный суд Павлодара оштрафовал блогера Сакена Жумаева на 91 900 тенге по статье 73-3 "
          "КоАП по жалобе акима района.\n")
    assert len(_stories(ru)) == 1
    en = ("Free speech violations in Kazakhstan, May 2022\n\nIn May the monitors logged 30 reports.\n\n"
          "Events of the month:\n"
          "- Dana Serikova, editor of the weekly «Ertis Zhaiy», was summoned to the prosecutor's office four times "
          "in one week to explain an article about land sales.\n")
    assert len(_stories(en)) == 1


def test_a_paragraph_opening_on_a_span_of_days_is_the_years_statistics_not_a_story() -> None:
    text = ("Нарушения свободы слова в Казахстане. Октябрь 2010\n\nВ октябре поступило 52 сообщения.\n"
            "Наиболее заметные события октября:\n"
            "· 5 октября в Таразе неизвестный ударил оператора телеканала «Аулие-Ата» Бахыта Сеитова.\n"
            "· Апелляционная коллегия Костанайского областного суда отклонила жалобу редактора газеты «Тобыл» "
            "на приговор по делу о клевете.\n"
            "С 1 января по 31 октября журналистам и гражданам предъявлено 9 уголовных обвинений и 51 "
            "гражданский иск о защите чести и достоинства. Истцы требуют взыскать 800 млн. тенге.\n")
    stories = _stories(text)
    assert len(stories) == 2, stories
    assert "1 января" not in stories[1]


def test_a_what_happened_heading_opens_the_stories_and_a_day_written_first_dates_them() -> None:
    text = ("Free speech monitoring, July 2022\n\nIn July the foundation registered 45 reports.\n\n"
            "What happened\n\n"
            "On 4 July in Taraz, a guard at the city hospital covered the camera of a reporter of the Taraz Times "
            "website and pushed her out of the lobby.\n"
            "On 18 July the appeal board of the Zhambyl regional court upheld the fine imposed on blogger Asan "
            "Kurmanov for a post about the district akim.\n")
    stories = _stories(text)
    assert len(stories) == 2, stories
    en = ("Free speech monitoring, July 2022\n\nIn July the foundation registered 45 reports.\n\nEvents:\n"
          "- On 26 July the appeal board of the Kostanay regional court upheld the sentence of a fine passed on "
          "Marat Iskakov, editor of the weekly Tobol Sozi, for libelling a district akim.\n")
    assert len(_stories(en)) == 1


def test_under_a_bare_events_heading_without_blank_lines_each_whole_line_is_a_story() -> None:
    text = ("Нарушения свободы слова в Казахстане. Март 2024\nВ марте зарегистрировано 40 сообщений.\n"
            "СОБЫТИЯ МАРТА\n"
            "5 марта. В Кокшетау охрана городского акимата не пустила на сессию корреспондента газеты «Степной маяк».\n"
            "Аким Бурабайского района подал в районный суд иск о защите чести к блогеру Саре Ахметовой и требует "
            "5 млн. тенге.\n")
    stories = _stories(text)
    assert len(stories) == 2, stories
