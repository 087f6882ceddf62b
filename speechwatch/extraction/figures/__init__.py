"""Published figures of a report (methodology §4): see `extract.py` for the rules, `cues.py` for the vocabulary."""

from speechwatch.extraction.figures.extract import extract_figures

__all__ = ["extract_figures"]
