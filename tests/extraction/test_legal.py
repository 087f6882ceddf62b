"""Legal bases: (code, article, part) from English and Russian citations."""

from speechwatch.extraction.legal import find_legal_bases
from speechwatch.extraction.schemas import LegalBasis


def bases(text):
    return [(b.code, b.article, b.part) for b in find_legal_bases(text)]


def test_part_of_article_of_criminal_code():
    assert bases("charged under Part 2 of Article 158 of the Criminal Code") == [("CC", "158", "2")]


def test_administrative_code_hyphenated_article():
    assert bases("a protocol under Article 456-2 of the Administrative Code was drawn up") == [("AC", "456-2", None)]
    assert bases("Article 73-3 of the Code of the Republic of Kazakhstan on Administrative Offences") == [
        ("AC", "73-3", None)]


def test_penal_code_is_criminal_code():
    assert bases('investigations under Article 274 of the Penal Code of Kazakhstan, "False Information"') == [
        ("CC", "274", None)]


def test_article_without_code_is_inferred_from_codebook():
    assert bases("He is accused under Article 174.") == [("CC", "174", None)]


def test_unknown_article_without_code_is_dropped():
    assert bases("see Article 12 of the agreement") == []


def test_list_of_articles():
    text = ("liability under articles 182 (Creation of a group), 258 (Financing) and 405 (Participation) "
            "of the Criminal Code")
    assert bases(text) == [("CC", "182", None), ("CC", "258", None), ("CC", "405", None)]


def test_russian_citations():
    assert bases("по ч. 4 ст. 274 УК РК") == [("CC", "274", "4")]
    assert bases("по статье 456-2 КоАП") == [("AC", "456-2", None)]
    assert bases("иск по статье 143 Гражданского кодекса") == [("CivC", "143", None)]


def test_returns_dataclasses_without_duplicates():
    found = find_legal_bases("Article 274 of the Criminal Code ... again Article 274 of the Criminal Code")
    assert found == [LegalBasis("CC", "274", None)]
