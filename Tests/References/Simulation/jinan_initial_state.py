"""Expected initial state of the Jinan sample for a simulation starting in 2026 (InitialStateTests.swift):
stations opened before 2026, their social workers in 2025 (staffing.csv) and the mean of their 2025 total
scores (sum of evaluations.csv item scores per station), plus the same for a start in 2023 (year 2022)."""
import csv
import collections
import pathlib

root = pathlib.Path(__file__).resolve().parents[3] / "Datasets" / "jinan"
stations = {r["station_id"]: r for r in csv.DictReader(open(root / "stations.csv", encoding="utf-8"))}
workers = {(r["station_id"], int(r["year"])): int(r["social_workers"])
           for r in csv.DictReader(open(root / "staffing.csv", encoding="utf-8"))}
totals = collections.defaultdict(float)
for r in csv.DictReader(open(root / "evaluations.csv", encoding="utf-8")):
    totals[(r["station_id"], int(r["year"]))] += float(r["score"])

for start in (2026, 2023):
    open_ = [s for s, r in stations.items() if r["opened"] and int(r["opened"]) < start]
    last = start - 1
    w = sum(workers[(s, last)] for s in open_)
    scores = [min(100.0, totals[(s, last)]) for s in open_]
    print(f"start {start}: open {len(open_)}, workers {w}, mean score {sum(scores) / len(scores)!r}")
