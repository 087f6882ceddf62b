def main(argv: list[str]) -> int:  # placeholder
    print("not implemented yet")
    return 2
