"""Incident segmentation by kind of layout (issue 7, eleventh pass), in our own words."""

from __future__ import annotations

from speechwatch.extraction import extract_text


def _stories(text: str) -> list[str]:
    return [text[i.span[0] : i.span[1]] for i in extract_text(text).incidents]


def test_the_foundations_own_letters_and_thanks_are_no_stories() -> None:
    ru = ("Мониторинг нарушений свободы слова: март 2020 года\n\nВ марте 2020 года зарегистрировано 40 сообщений.\n\n"
          "Некоторые события месяца:\n\n"
          "5 марта в Костанае полицейские задержали оператора телеканала «Тобыл» Арсена Жумабаева.\n\n"
          "Пресс-служба акимата Актобе не пустила журналистов сайта «Актобе Ньюс» на встречу с жителями.\n\n"
          "Фонд направил обращения в прокуратуру по каждому из этих случаев.\n\n"
          "Фонд благодарит своих корреспондентов во всех регионах.\n")
    stories = _stories(ru)
    assert len(stories) == 2 and not [s for s in stories if "Фонд" in s], stories
    en = ("Monitoring of free speech violations: March 2020\n\nIn March 2020 the monitors logged 40 reports.\n\n"
          "No journalist was killed in March.\n\n"
          "The full chronicle of the month is published in the monitoring section of the foundation's website.\n")
    assert _stories(en) == []


def test_a_year_to_date_heading_after_the_last_story_opens_statistics() -> None:
    text = ("Сөз бостандығы: 2014 жылғы наурыз\n\nНаурыз оқиғалары:\n"
            "- Наурыздың 4-і күні Таразда белгісіз адамдар «Талас Ақшамы» газетінің тілшісіне шабуыл жасады.\n"
            "- Қостанайдағы бір кәсіпкер «Тобыл Таңы» газетіне қарсы сотқа талап арыз беріп, 5 миллион теңге "
            "моральдық зиян өндіруді сұрады.\n\n"
            "2014 жылдың басынан бері:\n"
            "- қылмыстық айыптау — 4;\n"
            "- талап етілген моральдық зиянның жалпы сомасы — 210 млн теңге.\n")
    stories = _stories(text)
    assert len(stories) == 2, stories
    assert stories[1].lstrip("- ").startswith("Қостанайдағы") and "басынан" not in stories[1]
