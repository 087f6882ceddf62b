# ruff: noqa: E501  (the report text keeps its paragraphs on one line each, as reports do)
"""How extraction time grows with the size of a report: time per MB at several sizes.

The text is an invented English monthly report (bullets, figures, dated incidents) repeated until it
reaches each size. Time per MB should stay roughly flat; a 19 MB text once took over ten minutes
because some steps rescanned the whole text for every segment.

    .venv/bin/python benchmarks/extract_scaling.py [--sizes 0.5 1 2 4] [--profile 2]
"""

from __future__ import annotations

import argparse
import time

MONTHLY = """Monitoring report on freedom of expression, October 2023

In October 2023 the monitoring service registered 14 reports of violations of the rights of journalists, media outlets and bloggers, including:
•    3 cases of obstruction of the lawful professional activity of journalists;
•    2 cases of threats against media outlets and bloggers;
•    1 case of detention of a journalist.
There were 6 court and pre-trial claims against media in civil proceedings, 4 of them about protection of honour and dignity. The plaintiffs sought 12 500 000 tenge in total.

October 3: In Pavlodar, police officers detained the reporter Aidos Sarsenov of the newspaper Irtysh Weekly while he was filming a protest near the akimat. He was released two hours later without charge.

October 11: In Shymkent, unknown people sent threats to the editor of the news site Southern Voice, Marina Kovaleva, after an article on land sales. She filed a complaint with the police.

October 19: The Almaty district court partly upheld a claim of a local official against the blogger Timur Akhmetov and ordered him to pay 500 000 tenge in moral damages.

October 26: In Aktobe, a journalist of the TV channel Steppe News was refused accreditation for a session of the city council.

Claims for moral damages filed in October 2023:
•    an akim of a district against the newspaper Northern Courier: 3 000 000 tenge;
•    a construction company against the site Open City: 5 000 000 tenge;
•    a deputy of the city council against the blogger Nurlan Ospanov: 1 000 000 tenge;
•    a bank against the weekly Business Review: 2 500 000 tenge;
•    a police officer against the journalist Daria Lee: 700 000 tenge;
•    a university rector against the channel Campus TV: 300 000 tenge.
Courts awarded 1 200 000 tenge in 2 decisions; 4 claims are still pending and 1 claim of 150 000 tenge was withdrawn.
"""


def report_of(size_mb: float) -> str:
    """The monthly report repeated until the text is `size_mb` MB long."""
    target = int(size_mb * 1024 * 1024)
    copies = target // len(MONTHLY.encode()) + 1
    return (MONTHLY + "\n") * copies


def seconds_for(size_mb: float) -> float:
    from speechwatch.extraction import extract_text

    text = report_of(size_mb)
    started = time.perf_counter()
    extract_text(text, language="en")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.5, 1, 2, 4])
    parser.add_argument("--profile", type=float, metavar="MB", help="profile one size with cProfile instead")
    args = parser.parse_args()
    seconds_for(0.01)  # load dictionaries and patterns before timing
    if args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        seconds_for(args.profile)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
        return
    print(f"{'MB':>6} {'seconds':>9} {'s/MB':>7}")
    for size in args.sizes:
        took = seconds_for(size)
        print(f"{size:6.2f} {took:9.2f} {took / size:7.2f}", flush=True)


if __name__ == "__main__":
    main()
