"""Reference values for SynthReferenceTests: least-squares fits on the committed
synthetic bundle Datasets/jinan, computed with numpy (numpy.linalg.lstsq).

Run from the repository root:  python3 Tests/References/Data/synth_jinan_ols.py
"""
import csv
import collections
import numpy as np

D = "Datasets/jinan/"


def read(name):
    with open(D + name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


staffing = read("staffing.csv")
services = read("services.csv")
framework = read("framework.csv")
evaluations = read("evaluations.csv")

total = collections.defaultdict(float)
for r in evaluations:
    total[(r["station_id"], int(r["year"]))] += float(r["score"])

# Score model: total ~ 1 + social_workers + supervision_hours/social_workers + previous total
X, y = [], []
for r in staffing:
    key = (r["station_id"], int(r["year"]))
    prev = (r["station_id"], int(r["year"]) - 1)
    if prev not in total:
        continue
    w = int(r["social_workers"])
    X.append([1.0, w, float(r["supervision_hours"]) / w, total[prev]])
    y.append(total[key])
X, y = np.array(X), np.array(y)
b = np.linalg.lstsq(X, y, rcond=None)[0]
print("score rows", len(y))
print("score coefficients", repr(b.tolist()))

# Satisfaction model: satisfaction ~ 1 + 100 * score_i / max_i (37 items)
maxima = {r["item"]: float(r["max_score"]) for r in framework}
items = [r["item"] for r in framework]
scores = collections.defaultdict(dict)
for r in evaluations:
    scores[(r["station_id"], int(r["year"]))][r["item"]] = float(r["score"])
X, y = [], []
for r in services:
    key = (r["station_id"], int(r["year"]))
    X.append([1.0] + [100 * scores[key][i] / maxima[i] for i in items])
    y.append(float(r["satisfaction"]))
X, y = np.array(X), np.array(y)
b = np.linalg.lstsq(X, y, rcond=None)[0]
print("satisfaction rows", len(y))
print("satisfaction coefficients", repr(b.tolist()))
