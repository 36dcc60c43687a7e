"""Regression weights on the Jinan sample: expected values for
Tests/WeightingTests/JinanRegressionTests.swift.

Run:  python3 Tests/References/Weighting/jinan_regression.py   (numpy + scipy only)

Pivots Datasets/jinan/evaluations.csv to station-year x 37 items (item score / framework max_score),
joins services.csv satisfaction on (station_id, year), and fits satisfaction on the items with an intercept:
OLS by numpy.linalg.lstsq on centred data, NNLS by scipy.optimize.nnls on the same centred data.
Weights w = beta / sum(beta). Prints the weights, their correlation with the planted weights
(dataset.toml [planted.satisfaction]) and the max absolute error.
"""
import csv
import json
import os

import numpy as np
from scipy.optimize import nnls

root = os.path.join(os.path.dirname(__file__), "..", "..", "..", "Datasets", "jinan")
fw = list(csv.DictReader(open(os.path.join(root, "framework.csv"), encoding="utf-8")))
items = [r["item"] for r in fw]
mx = {r["item"]: float(r["max_score"]) for r in fw}
rows = {}
order = []
for r in csv.DictReader(open(os.path.join(root, "evaluations.csv"), encoding="utf-8")):
    k = (r["station_id"], int(r["year"]))
    if k not in rows:
        rows[k] = {}
        order.append(k)
    rows[k][r["item"]] = float(r["score"]) / mx[r["item"]]
sat = {(r["station_id"], int(r["year"])): float(r["satisfaction"])
       for r in csv.DictReader(open(os.path.join(root, "services.csv"), encoding="utf-8"))}
X = np.array([[rows[k][i] for i in items] for k in order])
y = np.array([sat[k] for k in order])
planted = np.array(json.load(open(os.path.join(root, "planted.json")))["satisfaction"]["weights"])
Xc = X - X.mean(axis=0)
yc = y - y.mean()
print("station_years =", X.shape[0])


def report(name, beta):
    w = beta / beta.sum()
    print(f"{name}_weights = [" + ", ".join(repr(float(v)) for v in w) + "]")
    print(f"{name}_correlation = {float(np.corrcoef(w, planted)[0, 1])!r}")
    print(f"{name}_max_abs_error = {float(np.max(np.abs(w - planted)))!r}")


report("ols", np.linalg.lstsq(Xc, yc, rcond=None)[0])
report("nnls", nnls(Xc, yc)[0])
# Standard errors of the OLS slopes (sigma^2 (Xc'Xc)^-1), in weight units (/ sum beta): what noise alone allows.
beta = np.linalg.lstsq(Xc, yc, rcond=None)[0]
resid = yc - Xc @ beta
s2 = resid @ resid / (len(y) - X.shape[1] - 1)
se = np.sqrt(np.diag(s2 * np.linalg.inv(Xc.T @ Xc))) / beta.sum()
print("residual_sd =", np.sqrt(s2))
print("ols_weight_se_mean =", se.mean(), " max =", se.max())
