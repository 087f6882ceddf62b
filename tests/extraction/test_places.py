"""Places resolve to regions as of the incident date, through spelling variants and renamings."""

from datetime import date

from speechwatch.extraction.places import find_places


def regions(text, day):
    return [(p.name, p.region, p.region_now) for p in find_places(text, day)]


def test_shymkent_before_and_after_2018():
    assert regions("A reporter was stopped in Shymkent.", date(2017, 5, 1)) == [
        ("Shymkent", "south_kazakhstan", "shymkent")]
    assert regions("A reporter was stopped in Shymkent.", date(2020, 5, 1)) == [("Shymkent", "shymkent", "shymkent")]


def test_nur_sultan_is_astana():
    assert regions("The Nur-Sultan city akimat refused.", date(2021, 3, 1)) == [("Astana", "astana", "astana")]


def test_spelling_variants_and_fuzzy_match():
    found = regions("From Uralsk to Ust-Kamenogorsk and Petrovpavlovsk.", date(2015, 1, 1))
    assert found == [("Oral", "west_kazakhstan", "west_kazakhstan"), ("Oskemen", "east_kazakhstan", "east_kazakhstan"),
                     ("Petropavl", "north_kazakhstan", "north_kazakhstan")]


def test_region_split_in_2022():
    assert regions("in Semey", date(2021, 1, 1))[0][1:] == ("east_kazakhstan", "abai")
    assert regions("in Semey", date(2023, 1, 1))[0][1:] == ("abai", "abai")


def test_region_named_directly_and_successor():
    assert regions("South Kazakhstan Region police", date(2016, 1, 1)) == [
        ("South Kazakhstan Region", "south_kazakhstan", "turkistan")]


def test_russian_inflected_names():
    found = regions("В Павлодаре и в Алматинской области, редактор жезказганской газеты", date(2012, 10, 1))
    assert found == [("Pavlodar", "pavlodar", "pavlodar"), ("Almaty Region", "almaty_region", "almaty_region"),
                     ("Zhezkazgan", "karaganda", "ulytau")]


def test_lowercase_english_words_are_not_places():
    assert regions("the oral hearing and aksu", date(2020, 1, 1)) == []
