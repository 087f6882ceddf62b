"""Regression floors on the held-out reports in `tests/fixtures/heldout/` (invented text, hand gold).

Why: the rules were tuned on `shared/corpus/dev`; the held-out set covers layouts that corpus lacks
(Kazakh, old digests, HTML debris, cut text, half-year, figures in words, money forms, follow-ups,
December events in a January report). The floors are the measured scores minus a small margin, so a
change that breaks one of those layouts fails here even when dev stays perfect. The gold files are
built by `tests/fixtures/heldout/make_gold.py`; a test checks they are in sync with it.

`tests/fixtures/heldout2/` is a second batch written after the first round of fixes and scored blind
first (figures F1 0.835, category 11/13); it is held to the same floors now.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from speechwatch.extraction.cli import main

HELDOUT = Path(__file__).resolve().parents[1] / "fixtures" / "heldout"
HELDOUT2 = HELDOUT.parent / "heldout2"
HELDOUT3 = HELDOUT.parent / "heldout3"
HELDOUT4 = HELDOUT.parent / "heldout4"
HELDOUT5 = HELDOUT.parent / "heldout5"
HELDOUT6 = HELDOUT.parent / "heldout6"
HELDOUT7 = HELDOUT.parent / "heldout7"
HELDOUT8 = HELDOUT.parent / "heldout8"
HELDOUT9 = HELDOUT.parent / "heldout9"
HELDOUT10 = HELDOUT.parent / "heldout10"
HELDOUT11 = HELDOUT.parent / "heldout11"
HELDOUT12 = HELDOUT.parent / "heldout12"
HELDOUT13 = HELDOUT.parent / "heldout13"
HELDOUT14 = HELDOUT.parent / "heldout14"
HELDOUT15 = HELDOUT.parent / "heldout15"
HELDOUT16 = HELDOUT.parent / "heldout16"
HELDOUT17 = HELDOUT.parent / "heldout17"
HELDOUT18 = HELDOUT.parent / "heldout18"
HELDOUT19 = HELDOUT.parent / "heldout19"
HELDOUT20 = HELDOUT.parent / "heldout20"
HELDOUT21 = HELDOUT.parent / "heldout21"
HELDOUT22 = HELDOUT.parent / "heldout22"
HELDOUT23 = HELDOUT.parent / "heldout23"
HELDOUT24 = HELDOUT.parent / "heldout24"
HELDOUT25 = HELDOUT.parent / "heldout25"
HELDOUT26 = HELDOUT.parent / "heldout26"
HELDOUT27 = HELDOUT.parent / "heldout27"
HELDOUT28 = HELDOUT.parent / "heldout28"
HELDOUT29 = HELDOUT.parent / "heldout29"
HELDOUT30 = HELDOUT.parent / "heldout30"
HELDOUT31 = HELDOUT.parent / "heldout31"
HELDOUT32 = HELDOUT.parent / "heldout32"
HELDOUT33 = HELDOUT.parent / "heldout33"
HELDOUT34 = HELDOUT.parent / "heldout34"
HELDOUT35 = HELDOUT.parent / "heldout35"
HELDOUT36 = HELDOUT.parent / "heldout36"
HELDOUT37 = HELDOUT.parent / "heldout37"
HELDOUT38 = HELDOUT.parent / "heldout38"
HELDOUT43 = HELDOUT.parent / "heldout43"
HELDOUT44 = HELDOUT.parent / "heldout44"
HELDOUT45 = HELDOUT.parent / "heldout45"
HELDOUT46 = HELDOUT.parent / "heldout46"
HELDOUT47 = HELDOUT.parent / "heldout47"
HELDOUT48 = HELDOUT.parent / "heldout48"
HELDOUT49 = HELDOUT.parent / "heldout49"
HELDOUT50 = HELDOUT.parent / "heldout50"
HELDOUT51 = HELDOUT.parent / "heldout51"
HELDOUT52 = HELDOUT.parent / "heldout52"

# Measured (Nov 2026): every score 1.000 on both batches (heldout: 120 figure triples, 12 periods/kinds,
# 35 incidents, 28 dated; heldout2: 45 triples, 5 periods/kinds, 13 incidents, 13 dated).
FLOORS = {
    ("figures", "f1"): 0.97,
    ("figures", "precision"): 0.97,
    ("figures", "recall"): 0.95,
}
INCIDENT_FLOORS = {"detection": 0.94, "date_accuracy": 0.92, "category_accuracy": 0.88}
# heldout3 is the blind batch of issue 7: never tuned on, so its floors are the final blind score minus a
# margin (figures P 0.912 / R 0.686 / F1 0.783, periods 15/15, detection 0.727, dates 16/16, categories
# 15/16); a change that lowers them generalises worse.
# Figures only: the second pass of issue 7 (docs/extraction.md) fixed the kinds of wording both batches
# missed, so for figures they are tuned sets now (heldout3 P 1.000 / R 0.983 / F1 0.992, heldout4 1.000)
# and their figure floors are regression floors just under those scores.
BLIND_FLOORS = {"precision": 0.97, "recall": 0.95, "f1": 0.96, "detection": 0.70, "date_accuracy": 0.95,
                "category_accuracy": 0.9}
# heldout4 was written after the last change of issue 7 and scored once (figures P 0.857 / R 0.711 /
# F1 0.777, periods 10/10, detection 0.727, dates 8/8, categories 7/8).
BLIND4_FLOORS = {"precision": 0.97, "recall": 0.95, "f1": 0.96, "detection": 0.70, "date_accuracy": 0.95,
                 "category_accuracy": 0.85}
# heldout5 was scored blind after issue 7's second pass (figures P 0.941 / R 0.783 / F1 0.855, kinds 15/16)
# and tuned on in the third pass (figures P 1.000 / R 0.990 / F1 0.995, periods and kinds 16/16, incidents
# detection 1.000, dates 35/35, categories 36/36 at the time): the floors are just under those scores.
BLIND5_FLOORS = {"precision": 0.98, "recall": 0.96, "f1": 0.97, "detection": 0.90, "date_accuracy": 0.95,
                 "category_accuracy": 0.9}
# heldout6 stayed outside the repository until issue 7's third pass was done and was scored once (figures
# P 0.895 / R 0.617 / F1 0.730, periods 13/13, detection P 0.630 / R 0.739, dates 16/16, categories 11/17):
# nobody tuned on it, so these floors say only that a change must not make unseen text read worse.
# Its misses were read in issue 7's fourth pass (2026-12-04), so it is a tuning set now: P 0.964 / R 0.733 /
# F1 0.833, detection P 0.741 / R 0.870, dates 19/19, categories 18/20; floors just under that.
BLIND6_FLOORS = {"precision": 0.94, "recall": 0.71, "f1": 0.81, "detection": 0.72, "date_accuracy": 0.95,
                 "category_accuracy": 0.85}
# heldout7 was written before the fourth pass, scored blind at 1e0354c (figures P 0.925 / R 0.712 / F1 0.804,
# detection P 0.901 / R 0.948, dates 29/29, categories 55/73) and then tuned on: P 0.986 / R 0.917 /
# F1 0.950, detection 0.987 / 0.987, dates 30/30, categories 73/76. Floors just under the tuned scores.
BLIND7_FLOORS = {"precision": 0.97, "recall": 0.90, "f1": 0.93, "detection": 0.95, "date_accuracy": 0.95,
                 "category_accuracy": 0.92}
# heldout8 stayed outside the repository until the fourth pass was done and was scored once (figures
# P 0.914 / R 0.742 / F1 0.819, periods 16/16, detection P 0.984 / R 0.954, dates 30/30, categories 46/62):
# never tuned on, so the floors only say that unseen text must not read worse.
# Its misses were read afterwards and fixed by kind (the last commits of the pass), so it is a tuning set
# now (P 0.961 / R 0.790 / F1 0.867, categories 56/62); the floors stay at its blind score.
BLIND8_FLOORS = {"precision": 0.89, "recall": 0.72, "f1": 0.80, "detection": 0.93, "date_accuracy": 0.95,
                 "category_accuracy": 0.72}
# heldout9 was written while batch 8 was tuned on and scored once after the last change of the pass
# (figures P 0.940 / R 0.840 / F1 0.887, periods 16/16, detection 0.959 / 0.959, dates 22/22, categories
# 67/70): the floors are just under that single blind score.
# Its misses were then read and fixed by kind (tuned since: F1 0.944, detection 0.972 / 0.959).
BLIND9_FLOORS = {"precision": 0.92, "recall": 0.82, "f1": 0.87, "detection": 0.94, "date_accuracy": 0.95,
                 "category_accuracy": 0.93}
# heldout10 was written while batch 9 was tuned on and scored once after the last change of the session
# (figures P 0.865 / R 0.604 / F1 0.711, periods 16/16, detection P 0.806 / R 0.938, dates 16/16,
# categories 66/75): floors just under that single blind score.
BLIND10_FLOORS = {"precision": 0.84, "recall": 0.58, "f1": 0.69, "detection": 0.78, "date_accuracy": 0.95,
                  "category_accuracy": 0.86}
# Fifth pass (2026-12-04). heldout11 was scored blind at the pass's start (figures P 0.905 / R 0.618 /
# F1 0.734) and then tuned on (P 0.994 / R 0.947 / F1 0.970, detection 0.958 / 0.986, dates 26/26,
# categories 67/68): regression floors just under the tuned scores.
BLIND11_FLOORS = {"precision": 0.97, "recall": 0.92, "f1": 0.95, "detection": 0.94, "date_accuracy": 0.95,
                  "category_accuracy": 0.95}
# heldout12 and heldout13 stayed outside the repository until the pass's last change and were scored once
# (12: P 0.922 / R 0.695 / F1 0.793, detection 0.925 / 0.886, dates 20/20, categories 57/62; 13: P 0.915 /
# R 0.807 / F1 0.858, detection 0.954 / 0.954, dates 25/25, categories 55/62): never tuned on, so the
# floors only say that unseen text must not read worse.
# Sixth pass: both were read and tuned on (12: P 0.984 / R 0.957 / F1 0.970, detection 0.940 / 0.900,
# categories 58/63; 13: every figure right, detection 1.000 / 0.985, categories 63/64): regression floors.
BLIND12_FLOORS = {"precision": 0.96, "recall": 0.93, "f1": 0.95, "detection": 0.88, "date_accuracy": 0.95,
                  "category_accuracy": 0.90}
BLIND13_FLOORS = {"precision": 0.98, "recall": 0.98, "f1": 0.98, "detection": 0.96, "date_accuracy": 0.95,
                  "category_accuracy": 0.95}
# Sixth pass (2026-12-04). heldout14 was scored blind at the pass's start (figures P 0.823 / R 0.605 /
# F1 0.698) and then tuned on (every figure right, detection 1.000 / 1.000, categories 50/50).
BLIND14_FLOORS = {"precision": 0.98, "recall": 0.98, "f1": 0.98, "detection": 0.97, "date_accuracy": 0.95,
                  "category_accuracy": 0.95}
# heldout15 stayed outside the repository until the pass's last extraction change (0a465da) and was scored
# once (P 0.962 / R 0.856 / F1 0.906, detection 0.892 / 0.892, dates 24/24, categories 53/58); one fix
# followed for the three merged stories it showed (detection 0.910 / 0.939). Floors under the blind score.
BLIND15_FLOORS = {"precision": 0.94, "recall": 0.83, "f1": 0.88, "detection": 0.87, "date_accuracy": 0.95,
                  "category_accuracy": 0.88}
# heldout16 was written during the pass and scored once after its very last extraction change (791999c):
# P 0.936 / R 0.709 / F1 0.807, periods 16/16, detection 0.877 / 0.909, dates 22/22, categories 41/50.
# Read afterwards for three layout kinds (bd4457c: F1 0.866); floors just under the single blind score.
BLIND16_FLOORS = {"precision": 0.91, "recall": 0.68, "f1": 0.78, "detection": 0.85, "date_accuracy": 0.95,
                  "category_accuracy": 0.78}
# heldout17 was written while batch 16 was read, and scored once after the pass's very last extraction
# change (bd4457c): P 0.969 / R 0.836 / F1 0.898, periods 16/16, detection 0.935 / 0.967, dates 26/26,
# categories 53/58. Seventh pass: it was read and tuned on (every figure right, detection 0.984 / 1.000,
# categories 55/60), so its floors are now regression floors.
BLIND17_FLOORS = {"precision": 0.98, "recall": 0.98, "f1": 0.98, "detection": 0.95, "date_accuracy": 0.95,
                  "category_accuracy": 0.89}
# heldout18 stayed outside the repository until the seventh pass's last extraction change (7dc1fab) and was
# scored once (P 0.977 / R 0.884 / F1 0.928, periods 15/16, detection 0.984 / 0.955, dates 32/33, categories
# 58/63). Eighth pass: read and tuned on (P 0.991 / R 0.946 / F1 0.968, periods 16/16, detection 1.000 / 1.000,
# dates 35/35, categories 60/66): regression floors.
BLIND18_FLOORS = {"precision": 0.97, "recall": 0.92, "f1": 0.95, "detection": 0.96, "date_accuracy": 0.95,
                  "category_accuracy": 0.87}
# heldout19 was scored blind mid-pass (F1 0.844, detection recall 0.636) and heldout20 late in the pass (F1
# 0.852, detection recall 0.821); both were then read and tuned on (19: P 0.992 / R 0.948 / F1 0.970, detection
# 0.914 / 0.964, categories 51/53; 20: P 0.991 / R 0.874 / F1 0.928, detection 0.952 / 0.881, categories
# 50/59): regression floors under the tuned scores.
BLIND19_FLOORS = {"precision": 0.97, "recall": 0.92, "f1": 0.95, "detection": 0.89, "date_accuracy": 0.95,
                  "category_accuracy": 0.92}
BLIND20_FLOORS = {"precision": 0.97, "recall": 0.85, "f1": 0.90, "detection": 0.86, "date_accuracy": 0.95,
                  "category_accuracy": 0.82}
# heldout21 and heldout22 were written at the start of the eighth pass and scored blind (21: P 0.975 / R 0.903 /
# F1 0.937, detection 0.950 / 0.877; 22: P 0.972 / R 0.856 / F1 0.910, detection 0.948 / 0.917), then read and
# tuned on (21: P 0.996 / R 0.969 / F1 0.982, detection 0.956 / 1.000, categories 58/65; 22: P 0.997 / R 0.994
# / F1 0.995, detection 1.000 / 0.950, categories 54/57): regression floors under the tuned scores.
BLIND21_FLOORS = {"precision": 0.97, "recall": 0.94, "f1": 0.96, "detection": 0.93, "date_accuracy": 0.95,
                  "category_accuracy": 0.86}
BLIND22_FLOORS = {"precision": 0.97, "recall": 0.97, "f1": 0.97, "detection": 0.92, "date_accuracy": 0.95,
                  "category_accuracy": 0.9}
# heldout23 was scored at the start of the eighth pass and once more after its main tuning: the same P 0.976 /
# R 0.846 / F1 0.906 both times (the output did not change at all). Then read and tuned on (P 0.996 / R 0.962 /
# F1 0.979, detection 0.948 / 0.932, categories 50/55): regression floors.
BLIND23_FLOORS = {"precision": 0.97, "recall": 0.94, "f1": 0.96, "detection": 0.91, "date_accuracy": 0.95,
                  "category_accuracy": 0.86}
# heldout24 stayed outside the repository until the eighth pass's last extraction change (f018855) and was scored
# once (P 0.917 / R 0.859 / F1 0.887, periods 16/16, detection 0.929 / 0.929, dates 24/24, categories 41/52).
# The ninth pass read and tuned on it (P 0.995 / R 0.966 / F1 0.980, categories 46/52): regression floors.
BLIND24_FLOORS = {"precision": 0.97, "recall": 0.94, "f1": 0.96, "detection": 0.91, "date_accuracy": 0.95,
                  "category_accuracy": 0.84}
# heldout25 and heldout26 were written at the start of the ninth pass and scored twice, never read: at the start
# (P 0.971 / R 0.861 / F1 0.912; P 0.951 / R 0.782 / F1 0.858) and at its end (P 0.975 / R 0.861 / F1 0.914,
# categories 64/67; P 0.951 / R 0.788 / F1 0.862, categories 58/66). The tenth pass read and tuned on them (P 1.000 /
# R 0.961 / F1 0.980; P 0.997 / R 0.916 / F1 0.955, categories 65/66): regression floors.
BLIND25_FLOORS = {"precision": 0.98, "recall": 0.94, "f1": 0.96, "detection": 0.93, "date_accuracy": 0.95,
                  "category_accuracy": 0.92}
BLIND26_FLOORS = {"precision": 0.98, "recall": 0.90, "f1": 0.94, "detection": 0.94, "date_accuracy": 0.95,
                  "category_accuracy": 0.93}
# heldout27 (the wordings of counts) was scored before it was read (P 0.906 / R 0.718 / F1 0.801 with the code
# at the start of the ninth pass; 0.809 with that pass's code then), then tuned on (ninth pass: F1 0.917; tenth:
# P 0.983 / R 0.882 / F1 0.930, detection 0.970 / 1.000, categories 61/64): regression floors.
BLIND27_FLOORS = {"precision": 0.97, "recall": 0.87, "f1": 0.92, "detection": 0.95, "date_accuracy": 0.95,
                  "category_accuracy": 0.9}
# heldout28 and heldout29 were written at the start of the tenth pass and scored twice, unread: at the start
# (F1 0.867 and 0.955) and at the pass's first closing point (85fda12: figures unchanged; detection 0.965 / 0.965
# and 0.968 / 0.909; categories 45/55 and 53/60). Then read and tuned on (F1 0.936 and 0.960): regression floors.
# (eleventh pass, tuned further: 28 P 0.982 / R 0.916 / F1 0.948; 29 P 0.990 / R 0.952 / F1 0.971)
BLIND28_FLOORS = {"precision": 0.97, "recall": 0.90, "f1": 0.94, "detection": 0.95, "date_accuracy": 0.95,
                  "category_accuracy": 0.89}
BLIND29_FLOORS = {"precision": 0.98, "recall": 0.94, "f1": 0.96, "detection": 0.93, "date_accuracy": 0.94,
                  "category_accuracy": 0.88}
# heldout30 was written late in the tenth pass and scored once at the start's code (F1 0.890, periods 15/16,
# detection 0.904 / 0.940, categories 40/47) and once at the pass's last extraction change (P 0.947 / R 0.845 /
# F1 0.893, periods 15/16, detection 0.907 / 0.980, dates 24/25, categories 46/49), never read. Floors just under
# the last blind score (the category model trains on its gold from then on, so 47/49 is no longer blind).
# The eleventh pass read and tuned on it (P 1.000 / R 1.000 / F1 1.000, periods 16/16, detection 1.000 / 1.000,
# categories 48/50): regression floors.
BLIND30_FLOORS = {"precision": 0.99, "recall": 0.99, "f1": 0.99, "detection": 0.98, "date_accuracy": 0.95,
                  "category_accuracy": 0.93}
# heldout31 and heldout32 were written at the start of the eleventh pass and scored twice, unread: at the start
# (31: P 0.971 / R 0.862 / F1 0.914, detection 0.949 / 0.966, categories 51/56; 32: P 0.976 / R 0.928 / F1 0.952,
# detection 0.983 / 0.967, categories 51/58) and at the pass's last extraction change (31: P 0.980 / R 0.873 /
# F1 0.923, detection 0.966 / 0.966; 32: P 0.972 / R 0.924 / F1 0.947). Floors just under the last blind score
# (the category and measure models train on their gold from then on).
BLIND31_FLOORS = {"precision": 0.97, "recall": 0.86, "f1": 0.91, "detection": 0.95, "date_accuracy": 0.95,
                  "category_accuracy": 0.90}
BLIND32_FLOORS = {"precision": 0.96, "recall": 0.91, "f1": 0.94, "detection": 0.95, "date_accuracy": 0.95,
                  "category_accuracy": 0.87}
# heldout33 and heldout34 were written at the start of the twelfth pass and scored unread: at the start (33: P 0.955
# / R 0.922 / F1 0.938, detection 0.848 / 0.980, categories 48/50; 34: P 0.957 / R 0.912 / F1 0.934, detection
# 0.966 / 0.983, categories 54/56), at two checkpoints and at the pass's last extraction change (33: P 0.956 /
# R 0.925 / F1 0.940, detection 0.943 / 0.980; 34: P 0.967 / R 0.931 / F1 0.948, detection 0.983 / 0.983). Floors
# just under the last blind score (the category, measure and story models train on their gold from then on).
BLIND33_FLOORS = {"precision": 0.95, "recall": 0.92, "f1": 0.935, "detection": 0.94, "date_accuracy": 0.95,
                  "category_accuracy": 0.94}
BLIND34_FLOORS = {"precision": 0.96, "recall": 0.92, "f1": 0.94, "detection": 0.97, "date_accuracy": 0.95,
                  "category_accuracy": 0.94}
# heldout35 and heldout36 were written late in the twelfth pass and scored unread at 55af693 and at the pass's last
# extraction change (35: P 0.976 / R 0.930 / F1 0.952 both times, detection 1.000 / 1.000, categories 57/62; 36:
# P 0.868 / R 0.720 / F1 0.787 → P 0.872 / R 0.723 / F1 0.790, periods 14/16, detection 0.939 / 0.958, categories
# 42/46). Floors just under the last blind score.
BLIND35_FLOORS = {"precision": 0.97, "recall": 0.92, "f1": 0.945, "detection": 0.98, "date_accuracy": 0.95,
                  "category_accuracy": 0.90}
BLIND36_FLOORS = {"precision": 0.86, "recall": 0.71, "f1": 0.78, "detection": 0.93, "date_accuracy": 0.95,
                  "category_accuracy": 0.90, "period": 0.87}
# heldout37 and heldout38 were written at the start of the thirteenth pass and scored unread at its start (22dcfb6)
# and after the pass had read heldout36 (8555356): 37: P 0.961 / R 0.838 / F1 0.895 → P 0.965 / R 0.838 / F1
# 0.897, detection 0.980 / 0.857 → 0.980 / 0.875, categories 43/48 → 43/49; 38: P 0.971 / R 0.948 / F1 0.959 both
# times, detection 1.000 / 0.940, categories 44/47. Floors just under the last blind score.
BLIND37_FLOORS = {"precision": 0.96, "recall": 0.83, "f1": 0.89, "detection": 0.87, "date_accuracy": 0.95,
                  "category_accuracy": 0.86}
BLIND38_FLOORS = {"precision": 0.96, "recall": 0.94, "f1": 0.95, "detection": 0.93, "date_accuracy": 0.95,
                  "category_accuracy": 0.92}
# heldout43 and heldout44 were written at the start of the fifteenth pass (their writers checked them against the
# corpus: no shared run of 8 words), scored unread at its start (abf708f) — 43: P 0.976 / R 0.931 / F1 0.953,
# detection 1.000 / 0.983, categories 56/57; 44: P 0.988 / R 0.912 / F1 0.948, detection 1.000 / 1.000,
# categories 57/62 — then read and tuned on (43: F1 1.000, 58/58; 44: F1 0.996, 61/62). Regression floors.
TUNED43_FLOORS = {"precision": 0.98, "recall": 0.98, "f1": 0.98, "detection": 0.96, "date_accuracy": 0.95,
                  "category_accuracy": 0.95}
TUNED44_FLOORS = {"precision": 0.98, "recall": 0.98, "f1": 0.98, "detection": 0.96, "date_accuracy": 0.95,
                  "category_accuracy": 0.95}
# heldout45 was written with 43 and 44 and never read: scored at the start (P 0.964 / R 0.875 / F1 0.917, detection
# 1.000 / 0.912, dates 26/26, categories 44/52) and at the end of the pass before any model saw it (P 0.983 / R 0.919
# / F1 0.950, detection 1.000 / 0.912, dates 26/26, categories 44/52); floors just under the last blind score.
BLIND45_FLOORS = {"precision": 0.97, "recall": 0.91, "f1": 0.94, "detection": 0.90, "date_accuracy": 0.95,
                  "category_accuracy": 0.83}
# heldout46 (counts in prose) and heldout47 were written late in the pass, scored unread (46: F1 0.884, 47: 0.968)
# and then read (46: 0.956, 47: 0.989). Regression floors.
TUNED46_FLOORS = {"precision": 0.97, "recall": 0.91, "f1": 0.94, "detection": 0.94, "date_accuracy": 0.95,
                  "category_accuracy": 0.93}
TUNED47_FLOORS = {"precision": 0.98, "recall": 0.97, "f1": 0.97, "detection": 0.96, "date_accuracy": 0.95,
                  "category_accuracy": 0.93}
# Issue 7's sixteenth pass: heldout49 (counts in prose), heldout50 (Kazakh and Russian, unusual review titles,
# categories that need the whole story) and heldout52 (fifteen years of layouts) were scored unread at the
# pass's start code (F1 0.935, 0.932, 0.954) and then read (0.998, 1.000, 0.995). Regression floors.
TUNED49_FLOORS = {"precision": 0.98, "recall": 0.97, "f1": 0.98, "detection": 0.96, "date_accuracy": 0.95,
                  "category_accuracy": 0.93}
TUNED50_FLOORS = {"precision": 0.98, "recall": 0.97, "f1": 0.98, "detection": 0.96, "date_accuracy": 0.95,
                  "category_accuracy": 0.93}
TUNED52_FLOORS = {"precision": 0.98, "recall": 0.97, "f1": 0.98, "detection": 0.96, "date_accuracy": 0.95,
                  "category_accuracy": 0.93}
# heldout48 and heldout51 stayed unread to the end of the pass: scored at its start code (F1 0.977, 0.951) and at
# its final code (0.988, 0.954), then moved in and the models retrained with them. Floors from the blind scores.
BLIND48_FLOORS = {"precision": 0.98, "recall": 0.96, "f1": 0.97, "detection": 0.95, "date_accuracy": 0.95,
                  "category_accuracy": 0.85, "period": 0.93}
BLIND51_FLOORS = {"precision": 0.96, "recall": 0.91, "f1": 0.94, "detection": 0.92, "date_accuracy": 0.92,
                  "category_accuracy": 0.85}


def _eval(folder: Path) -> dict:
    import io
    from contextlib import redirect_stdout

    buf = io.StringIO()
    with redirect_stdout(buf):
        code = main(["eval", str(folder), "--json"])
    data = json.loads(buf.getvalue())
    assert code == 0, data["errors"]
    return data


@pytest.fixture(scope="module", params=[HELDOUT, HELDOUT2], ids=["heldout", "heldout2"])
def scores(request: pytest.FixtureRequest) -> dict:
    data = _eval(request.param)
    data["_name"] = request.param.name
    return data


def test_heldout_set_is_complete() -> None:
    for folder, least in ((HELDOUT, 12), (HELDOUT2, 5)):
        texts = sorted(p.stem for p in folder.glob("*.txt"))
        golds = sorted(p.name[: -len(".gold.json")] for p in folder.glob("*.gold.json"))
        assert len(texts) >= least and texts == golds
        langs = {name.split("-")[0] for name in texts}
        assert {"en", "ru", "kk"} <= langs


@pytest.mark.parametrize(("folder", "floors"),
                         [(HELDOUT3, BLIND_FLOORS), (HELDOUT4, BLIND4_FLOORS), (HELDOUT5, BLIND5_FLOORS),
                          (HELDOUT6, BLIND6_FLOORS), (HELDOUT7, BLIND7_FLOORS), (HELDOUT8, BLIND8_FLOORS),
                          (HELDOUT9, BLIND9_FLOORS), (HELDOUT10, BLIND10_FLOORS), (HELDOUT11, BLIND11_FLOORS),
                          (HELDOUT12, BLIND12_FLOORS), (HELDOUT13, BLIND13_FLOORS), (HELDOUT14, BLIND14_FLOORS),
                          (HELDOUT15, BLIND15_FLOORS), (HELDOUT16, BLIND16_FLOORS), (HELDOUT17, BLIND17_FLOORS),
                          (HELDOUT18, BLIND18_FLOORS), (HELDOUT19, BLIND19_FLOORS), (HELDOUT20, BLIND20_FLOORS),
                          (HELDOUT21, BLIND21_FLOORS), (HELDOUT22, BLIND22_FLOORS), (HELDOUT23, BLIND23_FLOORS),
                          (HELDOUT24, BLIND24_FLOORS), (HELDOUT25, BLIND25_FLOORS), (HELDOUT26, BLIND26_FLOORS),
                          (HELDOUT27, BLIND27_FLOORS), (HELDOUT28, BLIND28_FLOORS), (HELDOUT29, BLIND29_FLOORS),
                          (HELDOUT30, BLIND30_FLOORS), (HELDOUT31, BLIND31_FLOORS), (HELDOUT32, BLIND32_FLOORS),
                          (HELDOUT33, BLIND33_FLOORS), (HELDOUT34, BLIND34_FLOORS), (HELDOUT35, BLIND35_FLOORS),
                          (HELDOUT36, BLIND36_FLOORS), (HELDOUT37, BLIND37_FLOORS), (HELDOUT38, BLIND38_FLOORS),
                          (HELDOUT43, TUNED43_FLOORS), (HELDOUT44, TUNED44_FLOORS), (HELDOUT45, BLIND45_FLOORS),
                          (HELDOUT46, TUNED46_FLOORS), (HELDOUT47, TUNED47_FLOORS), (HELDOUT49, TUNED49_FLOORS),
                          (HELDOUT50, TUNED50_FLOORS), (HELDOUT52, TUNED52_FLOORS), (HELDOUT48, BLIND48_FLOORS),
                          (HELDOUT51, BLIND51_FLOORS)],
                         ids=["heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9",
                              "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15",
                              "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21",
                              "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27",
                              "heldout28", "heldout29", "heldout30", "heldout31", "heldout32", "heldout33",
                              "heldout34", "heldout35", "heldout36", "heldout37", "heldout38", "heldout43",
                              "heldout44", "heldout45", "heldout46", "heldout47", "heldout49", "heldout50",
                              "heldout52", "heldout48", "heldout51"])
def test_blind_batch_floors(folder: Path, floors: dict[str, float]) -> None:
    data = _eval(folder)
    for key in ("precision", "recall", "f1"):
        assert data["figures"][key] >= floors[key], (key, data["figures"], data["misses"])
    assert data["report_period_exact"]["rate"] >= floors.get("period", 1.0), data["misses"]
    if folder in (HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13):
        assert data["report_kind_exact"]["rate"] == 1.0, data["misses"]  # the Kazakh monthly once read as a briefing
    if folder in (HELDOUT14, HELDOUT15, HELDOUT16, HELDOUT17, HELDOUT18, HELDOUT21, HELDOUT24, HELDOUT25,
                  HELDOUT26):
        # their writers called a July–September quarter "annual"; the pipeline calls a review that does not
        # start in January "other", as the earlier batches' gold does: one file each (two in heldout18)
        assert data["report_kind_exact"]["rate"] >= 0.87, data["misses"]
    if folder in (HELDOUT19, HELDOUT20):
        # their writers called every review from 1 January that does not title itself annual "other"; the
        # pipeline, like the dev gold, calls a half-year or nine-month review "annual": four files each
        assert data["report_kind_exact"]["rate"] >= 0.75, data["misses"]
    inc = data["incidents"]
    assert inc["detection"]["recall"] >= floors["detection"], data["misses"]
    assert inc["detection"]["precision"] >= floors["detection"], data["misses"]
    assert inc["date_accuracy"]["rate"] >= floors["date_accuracy"], data["misses"]
    assert inc["category_accuracy"]["rate"] >= floors["category_accuracy"], data["misses"]


def test_gold_files_match_their_annotations() -> None:
    """The checked-in gold is what make_gold.py computes (spans exact, nothing edited by hand)."""
    import importlib.util

    mods = []
    for folder in (HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4):
        spec = importlib.util.spec_from_file_location(f"make_gold_{folder.name}", folder / "make_gold.py")
        assert spec and spec.loader
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mods.append((folder, mod))
    build = mods[0][1].build
    for folder, mod in mods:
        for name, annotation in mod.REPORTS.items():
            on_disk = json.loads((folder / f"{name}.gold.json").read_text(encoding="utf-8"))
            assert on_disk == build(name, annotation, folder), name


def test_heldout_figures(scores: dict) -> None:
    for (block, key), floor in FLOORS.items():
        assert scores[block][key] >= floor, (block, key, scores[block], scores["misses"])
    assert scores["figures"]["tp"] >= {"heldout": 110, "heldout2": 40}[scores["_name"]]


def test_heldout_periods_and_kinds(scores: dict) -> None:
    assert scores["report_period_exact"]["rate"] == 1.0, scores["misses"]
    assert scores["report_kind_exact"]["rate"] >= 0.9, scores["misses"]


def test_heldout_incidents(scores: dict) -> None:
    inc = scores["incidents"]
    assert inc["detection"]["recall"] >= INCIDENT_FLOORS["detection"], scores["misses"]
    assert inc["detection"]["precision"] >= INCIDENT_FLOORS["detection"], scores["misses"]
    assert inc["date_accuracy"]["rate"] >= INCIDENT_FLOORS["date_accuracy"], scores["misses"]
    assert inc["category_accuracy"]["rate"] >= INCIDENT_FLOORS["category_accuracy"], scores["misses"]
    assert inc["detection"]["tp"] >= {"heldout": 33, "heldout2": 12}[scores["_name"]]
