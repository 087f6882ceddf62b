from speechwatch.extraction.schemas import ReportMeta


def extract_metadata(text: str, language: str, path: str = "") -> tuple[ReportMeta, list[str]]:  # placeholder
    return ReportMeta(), []
