"""Read monitoring reports into typed records. Pure Python: this package never imports Django.

    from speechwatch.extraction import extract_path, extract_text
    result = extract_path("report.docx")
    result.to_json()   # methodology §7, schema speechwatch.extract/1
"""

from speechwatch.extraction.pipeline import extract_path, extract_text
from speechwatch.extraction.schemas import ExtractionResult

__all__ = ["ExtractionResult", "extract_path", "extract_text"]
