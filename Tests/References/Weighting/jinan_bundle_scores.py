"""Expected values for Tests/CLITests/ScoreBundleCommandTests.swift: the Jinan bundle scored as a decision matrix.

Run:  python3 Tests/References/Weighting/jinan_bundle_scores.py   (standard library only)

With equal weights w_i = 1/37, --normalization none and --scale 37, the weighted sum of a station's items is its
total evaluation score (the sum of its evaluations.csv scores in that year), graded by
grades.csv. Prints, for the last year (2025) and for 2022: the number of stations, the first three stations
in evaluations.csv order with their totals, and the count of each grade.
"""
import csv
import os
from collections import OrderedDict

root = os.path.join(os.path.dirname(__file__), "..", "..", "..", "Datasets", "jinan")
fw = list(csv.DictReader(open(os.path.join(root, "framework.csv"), encoding="utf-8")))
print("max_score_sum =", round(sum(float(r["max_score"]) for r in fw), 10))
grades = sorted(((r["grade"], float(r["min_score"])) for r in csv.DictReader(open(os.path.join(root, "grades.csv"), encoding="utf-8"))),
                key=lambda g: -g[1])
for year in (2025, 2022):
    totals = OrderedDict()
    for r in csv.DictReader(open(os.path.join(root, "evaluations.csv"), encoding="utf-8")):
        if int(r["year"]) == year:
            totals[r["station_id"]] = totals.get(r["station_id"], 0.0) + float(r["score"])
    counts = {g: 0 for g, _ in grades}
    for t in totals.values():
        counts[next((g for g, m in grades if t >= m - 1e-9), grades[-1][0])] += 1
    print(f"{year}: stations = {len(totals)}; first = {[(k, round(v, 6)) for k, v in list(totals.items())[:3]]}; grades = {counts}")
