def extract_figures(text, language, report):  # placeholder
    return []
