"""Incident segmentation by kind of layout (issue 7, fifteenth pass), in our own words."""

from __future__ import annotations

from speechwatch.extraction import extract_text


def _stories(text: str) -> list[str]:
    return [text[i.span[0] : i.span[1]] for i in extract_text(text).incidents]


def test_one_more_dated_event_after_the_counts_is_a_story() -> None:
    text = ("Нарушения свободы слова в Казахстане, апрель 2013 года\n"
            "В апреле 2013 года служба мониторинга зарегистрировала 77 сообщений. Среди них:\n"
            "· 9 апреля в Таразе охранник акимата вытолкнул из приёмной корреспондента газеты «Аулие-Ата».\n"
            "В апреле против СМИ и граждан подано 4 иска на сумму 31 млн. тенге.\n"
            "Всего с начала года предъявлено 3 уголовных обвинения и 16 исков на сумму 140 млн. тенге.\n"
            "Кроме того, 22 апреля в Атырау сотрудники полиции два часа не пускали съёмочную группу телеканала "
            "«Каспий» на территорию порта и потребовали удалить отснятые кадры.\n")
    stories = _stories(text)
    assert len(stories) == 2, stories
    assert stories[1].startswith("Кроме того, 22 апреля")
