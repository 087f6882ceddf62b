def detect_language(text: str) -> str:  # placeholder, replaced by the readers work
    return "ru" if sum(1 for c in text[:5000] if "а" <= c.lower() <= "я") > 200 else "en"
