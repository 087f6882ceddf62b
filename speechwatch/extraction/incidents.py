def extract_incidents(text, language, report):  # placeholder
    return []
