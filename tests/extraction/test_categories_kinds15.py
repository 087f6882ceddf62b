"""Incident categories by kind (issue 7, fifteenth pass), in our own words."""

from __future__ import annotations

from speechwatch.extraction.classify import classify


def test_a_prosecutors_warning_over_a_column_is_a_warning_even_when_it_cites_a_crime() -> None:
    text = ("In March the regional prosecutor's office sent the weekly Dala Times an official warning over a "
            "column about the mayor's land deals, pointing to \"elements of a criminal offence\".")
    assert classify(text, "en")[0] == "legal.warning"


def test_a_summons_as_a_suspect_is_a_step_of_the_criminal_case() -> None:
    text = ("May 4. Police in Kostanay opened a pre-trial investigation under article 274 of the Criminal Code "
            "against the blogger Arman Seitov over a video about a flooded school. Seitov was summoned for "
            "questioning as a suspect.")
    assert classify(text, "en")[0] == "legal.criminal"


def test_proposals_brought_to_parliament_are_legislation() -> None:
    text = ("– Министерство юстиции весной внесло в мажилис поправки о новом порядке аккредитации иностранных "
            "корреспондентов, что журналисты сочли шагом назад.")
    assert classify(text, "ru")[0] == "context.legislation"
