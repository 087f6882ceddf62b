"""Incident segmentation by kind of layout (issue 7, sixteenth pass), in our own words."""

from __future__ import annotations

from speechwatch.extraction import extract_text


def test_a_story_dated_by_its_month_after_also_starts_a_new_story() -> None:
    text = ("Нарушения свободы слова: ноябрь 2027 года\n\nВ ноябре зарегистрировано 30 сообщений.\n\n"
            "18 ноября. Административный суд Астаны отказал сайту «Дала Ньюс» в иске к акимату, который не "
            "раскрыл смету ремонта дорог.\n"
            "Также в ноябре: журналистка из Талдыкоргана сообщила, что её аккаунт в Instagram взломали.\n")
    stories = [text[i.span[0] : i.span[1]] for i in extract_text(text).incidents]
    assert len(stories) == 2, stories
    assert stories[1].startswith("Также в ноябре:")


def test_lines_under_an_events_heading_that_name_new_outlets_are_stories_of_their_own() -> None:
    text = ("Нарушения свободы слова: октябрь 2027 года\n\nВ октябре зарегистрировано 60 сообщений.\n\n"
            "СОБЫТИЯ ОКТЯБРЯ\n"
            "6 октября в Таразе охрана городского акимата не пропустила съёмочную группу канала «Тараз Медиа» на "
            "публичные слушания по тарифам.\n"
            "Сотрудники полиции пришли в редакцию газеты «Кентау Таңы» для «беседы» и ушли с ноутбуком главного "
            "редактора.\n"
            "Министерство информации потребовало от сайта «Дала Жолы» удалить статью о расходах на праздник.\n")
    stories = [text[i.span[0] : i.span[1]] for i in extract_text(text).incidents]
    assert len(stories) == 3, stories
    assert stories[1].startswith("Сотрудники полиции") and stories[2].startswith("Министерство")
