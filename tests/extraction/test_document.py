"""ReportDocument: one reading of a report shared by every component (layers with exact spans)."""

from __future__ import annotations

from datetime import date

from speechwatch.extraction.document import ReportDocument, split_sentences
from speechwatch.extraction.months import month_number
from speechwatch.extraction.morph import kk_stem, lemma
from speechwatch.extraction.schemas import Period

TEXT = (
    "Monitoring of the steppe press, June 2022\n"
    "\n"
    "The service counted 17 reports under Art. 274 of the code; 3 of them\n"
    "were dropped later.\n"
    "  - two threats;\n"
    "  1. one detention\n"
    "The plaintiff claimed KZT 2,500,000 on 14 June.\n"
)


def test_lines_keep_indentation_and_bullet_marks() -> None:
    doc = ReportDocument(TEXT, "en")
    lines = doc.lines
    assert [ln.bullet for ln in lines[4:6]] == ["-", "1."]
    assert lines[4].indent == 2 and lines[2].indent == 0
    assert lines[1].blank and not lines[0].blank
    for ln in lines:
        assert TEXT[ln.start:ln.end] == TEXT.split("\n")[ln.index]


def test_blocks_are_runs_of_non_blank_lines() -> None:
    doc = ReportDocument(TEXT, "en")
    assert [(b.first_line, b.last_line) for b in doc.blocks] == [(0, 0), (2, 6)]


def test_one_sentence_rule_abbreviations_wraps_and_clauses() -> None:
    doc = ReportDocument(TEXT, "en")
    sentences = [doc.flat[a:b].strip() for a, b in doc.sentences]
    # "Art. 274" does not end a sentence and a hard wrap inside a sentence is no boundary
    assert "The service counted 17 reports under Art. 274 of the code; 3 of them were dropped later." in sentences
    clauses = [doc.flat[a:b].strip() for a, b in doc.clauses]
    assert "The service counted 17 reports under Art. 274 of the code;" in clauses
    assert split_sentences("First one. Second one; third") == ["First one.", "Second one; third"]
    assert split_sentences("First one. Second one; third", clauses=True)[-1] == "third"


def test_flat_copy_has_the_same_length() -> None:
    doc = ReportDocument(TEXT, "en")
    assert len(doc.flat) == len(TEXT)
    assert doc.flat.count("\n") == TEXT.count("\n") - 1  # the one wrap inside a sentence


def test_tokens_carry_lemmas_in_three_languages() -> None:
    assert lemma("журналистов", "ru") == "журналист"
    assert lemma("задержаний", "ru") == "задержание"
    assert lemma("detentions", "en") == lemma("detention", "en")
    assert kk_stem("шабуылдарға") == "шабуыл"
    assert lemma("хабарламалар", "kk") == lemma("хабарлама", "kk")
    doc = ReportDocument("Нападения на журналистов", "ru")
    assert [t.lemma for t in doc.tokens] == ["нападение", "на", "журналист"]
    assert [t.text for t in doc.tokens_in(0, 12)] == ["Нападения", "на"]


def test_numbers_money_and_dates_with_spans() -> None:
    doc = ReportDocument(TEXT, "en", Period(date(2022, 6, 1), date(2022, 6, 30)))
    values = [(int(n.value), doc.text[n.start:n.end]) for n in doc.numbers]
    assert (17, "17") in values and (2, "two") in values
    [(a, b, kzt)] = doc.money
    assert kzt == 2_500_000 and doc.text[a:b] == "KZT 2,500,000"
    days = [d.day for d in doc.dates if d.precision == "day"]
    assert days == [date(2022, 6, 14)]


def test_month_names_are_one_table() -> None:
    for word, num in [("December", 12), ("dec.", 12), ("Sept", 9), ("декабре", 12), ("мая", 5),
                      ("желтоқсанда", 12), ("наурыз", 3), ("мамыр", 5)]:
        assert month_number(word) == num, word
    assert month_number("майдан") is None and month_number("mayor") is None


def test_kazakh_stems_of_voiced_and_voiceless_forms_meet() -> None:
    from speechwatch.extraction.morph import kk_stem

    assert kk_stem("құқығын") == kk_stem("құқықтарын") == kk_stem("құқық")
    assert kk_stem("кедергіге") == kk_stem("кедергі")


def test_kazakh_endings_follow_sound_rules() -> None:
    from speechwatch.extraction.morph import kk_stem

    # "-ті" follows only a voiceless consonant: "қызметіне" is қызмет + і + не, not қызме + ті + не
    assert kk_stem("қызметіне") == kk_stem("қызметке") == "қызмет"
