"""Expected entropy weights for `stationkit weights entropy Datasets/jinan` (Tests/CLITests/WeightsBundleCommandTests.swift).

The bundle's last evaluation year is pivoted to one row per station and one column per framework item (framework
order), then entropy weights as the textbook: r = min-max, p = r / sum r, e = -sum p ln p / ln m (0 ln 0 = 0),
w = (1 - e) / sum(1 - e). numpy 2.4.6. Run: python3 Tests/References/Weighting/bundle_entropy.py
"""
import csv, pathlib
import numpy as np

root = pathlib.Path(__file__).resolve().parents[3] / "Datasets" / "jinan"
items = [r["item"] for r in csv.DictReader(open(root / "framework.csv", encoding="utf-8"))]
rows = list(csv.DictReader(open(root / "evaluations.csv", encoding="utf-8")))
year = max(int(r["year"]) for r in rows)
stations = sorted({r["station_id"] for r in rows if int(r["year"]) == year})
index = {s: i for i, s in enumerate(stations)}
x = np.full((len(stations), len(items)), np.nan)
for r in rows:
    if int(r["year"]) == year:
        x[index[r["station_id"]], items.index(r["item"])] = float(r["score"])
assert not np.isnan(x).any()
r = (x - x.min(axis=0)) / (x.max(axis=0) - x.min(axis=0))
p = r / r.sum(axis=0)
with np.errstate(divide="ignore", invalid="ignore"):
    plogp = np.where(p > 0, p * np.log(p), 0.0)
e = -plogp.sum(axis=0) / np.log(len(stations))
w = (1 - e) / (1 - e).sum()
print("year", year, "stations", len(stations))
print("[" + ", ".join(repr(float(v)) for v in w) + "]")
