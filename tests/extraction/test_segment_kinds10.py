"""Incident segmentation by kind of layout (issue 7, tenth pass), in our own words."""

from __future__ import annotations

from speechwatch.extraction import extract_text


def _stories(text: str) -> list[str]:
    return [text[i.span[0] : i.span[1]] for i in extract_text(text).incidents]


def test_each_paragraph_under_a_heading_of_the_years_events_is_a_story() -> None:
    text = ("Ежегодный доклад «Свобода слова в Казахстане — 2019»\n\n"
            "За год фонд получил 612 сообщений о нарушениях свободы слова.\n\n"
            "Важнейшие события года\n\n"
            "12 апреля в Таразе неизвестные избили у редакции фотографа газеты «Талас» Бауыржана Омарова.\n\n"
            "В июле мажилис одобрил поправки в закон о СМИ, обязывающие журналистов согласовывать интервью.\n\n"
            "В ноябре суд Семея взыскал с газеты «Ертіс» 3 млн тенге по иску местного застройщика.\n")
    stories = _stories(text)
    assert len(stories) == 3, stories
    assert stories[0].startswith("12 апреля") and stories[2].startswith("В ноябре")


def test_kazakh_and_english_headings_of_the_periods_events() -> None:
    kk = ("Сөз бостандығы: 2020 жыл\n\nЖыл бойы 540 хабарлама тіркелді.\n\n"
          "Жылдың басты оқиғалары\n\n"
          "Наурызда Атырауда полиция «Жайық» газетінің тілшісі Айгүл Сәрсенованы пикетті түсіріп жатқанда ұстады.\n\n"
          "Қазанда Шымкент қаласының соты блогер Ерлан Қасымовқа жала жапқаны үшін айыппұл салды.\n")
    assert len(_stories(kk)) == 2
    en = ("Free speech in Kazakhstan: 2018 annual review\n\nThe year brought 580 reports.\n\n"
          "Notable events of the year\n\n"
          "In February police in Oral detained the reporter Dina Akhmetova while she filmed a picket.\n\n"
          "In August a court in Aktobe ordered the weekly \"Diapazon Plus\" to pay KZT 4 million to an akim.\n")
    assert len(_stories(en)) == 2


def test_a_note_that_the_full_report_is_published_is_no_story() -> None:
    text = ("Free speech in Kazakhstan: 2018 annual review\n\nThe year brought 580 reports.\n\n"
            "Key events\n\n"
            "In February police in Oral detained the reporter Dina Akhmetova while she filmed a picket.\n\n"
            "The full report is available in Russian on the foundation's website.\n")
    stories = _stories(text)
    assert len(stories) == 1 and "full report" not in stories[0]


def test_a_block_whose_every_sentence_is_counted_is_statistics_not_a_story() -> None:
    text = ("Free speech in Kazakhstan: 2021 annual review\n\n"
            "Over the year the foundation registered 700 reports.\n\n"
            "Prosecutors handed out nine warnings to editors over publications.\n\n"
            "Key events\n\n"
            "In May police in Taraz detained the blogger Asan Nurov for a video about flooded roads.\n")
    stories = _stories(text)
    assert len(stories) == 1 and "Taraz" in stories[0]


def test_a_story_with_a_sum_of_money_stays_a_story() -> None:
    text = ("Сөз бостандығы: 2013 жылғы қазан\n\nАй ішінде 40 хабарлама тіркелді.\n\n"
            "Оқиғалар\n\n"
            "Павлодардағы «Ертіс Құрылыс» серіктестігі «Сарыарқа самалы» газетіне ар-намысты қорғау туралы талап "
            "қойып, моральдық зиян үшін 8 миллион теңге сұрады.\n")
    assert len(_stories(text)) == 1


def test_a_fine_in_monthly_indices_is_no_count() -> None:
    text = ("Digest: March 2020\n\nEvents\n\n"
            "- A court in Semey fined the blogger Dana Orazova 100 MCI for a post about a district akim.\n")
    result = extract_text(text)
    assert not [s for s in result.statistics if s.value == 100]
    assert len(result.incidents) == 1


def test_a_run_in_heading_before_counts_is_statistics() -> None:
    text = ("Free speech in Kazakhstan: 2021 annual review\n\nThe year brought 700 reports.\n\n"
            "Criminal prosecution. Twenty criminal charges were brought over publications. Eleven were for "
            "false information, six for defamation and three for inciting discord.\n\n"
            "Key events\n\n"
            "In May police in Taraz detained the blogger Asan Nurov for a video about flooded roads.\n")
    stories = _stories(text)
    assert len(stories) == 1 and "Taraz" in stories[0]


def test_a_story_led_in_as_one_of_the_counted_cases() -> None:
    text = ("Свобода слова в Казахстане: итоги полугодия 2021 года\n\n"
            "По статье о ложной информации возбуждено 12 дел — вдвое больше, чем за весь 2020 год. "
            "Одно из них 3 мая завели в Таразе на блогера Ержана Садыкова за видео о закрытии больницы. "
            "Ещё семь человек оштрафованы по административным статьям.\n")
    stories = _stories(text)
    assert len(stories) == 1 and stories[0].startswith("Одно из них 3 мая"), stories


def test_a_kazakh_example_dated_by_the_genitive_day() -> None:
    text = ("Сөз бостандығы: 2022 жылғы бірінші жартыжылдық\n\n"
            "Жарты жылда журналистер 30 рет ұсталды, олардың көбі қаңтарда болды. "
            "Мәселен, қаңтардың 6-сы күні Алматыда «Дала Ақпарат» сайтының тілшісі Ерлан Сәрсенов "
            "митингіні түсіріп тұрған жерінен ұсталды.\n")
    stories = _stories(text)
    assert len(stories) == 1 and stories[0].startswith("Мәселен"), stories


def test_a_one_word_heading_that_names_a_kind_heads_its_story() -> None:
    text = ("Нарушения свободы слова в Казахстане. Октябрь 2014 года\n\n"
            "Препятствование работе журналистов\n"
            "5 октября в Шемонаихе аким поселка не пустил на сход жителей корреспондента газеты «Рудный Алтай» "
            "Ирину Белову и велел ей получить разрешение района.\n\n"
            "Нападения\n"
            "Вечером 12 октября у подъезда своего дома неизвестные избили редактора газеты «Жайык Пресс» "
            "Марата Оспанова. Накануне газета писала о незаконной добыче песка.\n")
    stories = _stories(text)
    assert len(stories) == 2, stories
    assert "Шемонаихе" in stories[0] and "Жайык" in stories[1]


def test_an_article_of_a_kazakh_code_is_no_count() -> None:
    text = ("Сөз бостандығы: 2022 жылғы ақпан\n\n"
            "Қылмыстық айыптау – бес (оның үшеуі ҚК-нің 274-бабы бойынша жалған ақпарат таратқаны үшін).\n")
    assert not [s for s in extract_text(text).statistics if s.value == 274]
