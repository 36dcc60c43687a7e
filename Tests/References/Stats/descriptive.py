#!/usr/bin/env python3
"""Expected values for Tests/StatsTests/DescriptiveTests.swift (pasted there, with a citation).

numpy 2.4.6: np.mean, np.var(ddof=...), np.std, np.average(weights=...), np.quantile
(default method "linear" = Hyndman-Fan type 7), np.median; statsmodels-equivalent frequency-
weighted variance sum(w (x - xbar_w)^2) / (sum(w) - ddof) computed by expanding the sample
(np.repeat) so that the weights really are frequencies; Gini by the O(n^2) mean-difference
double sum; Theil T by its defining sum. Run: python3 Tests/References/Stats/descriptive.py
"""
import numpy as np

np.set_printoptions(precision=17)
x = np.array([3.2, -1.5, 7.75, 0.0, 12.5, 4.4, 4.4, -6.1, 9.0, 2.25, 1e-3])
print("mean", repr(np.mean(x)))
print("var ddof1", repr(np.var(x, ddof=1)), "ddof0", repr(np.var(x, ddof=0)))
print("std ddof1", repr(np.std(x, ddof=1)))
big = 1e9 + np.array([4.0, 7.0, 13.0, 16.0])  # catastrophic for the one-pass formula
print("offset var", repr(np.var(big, ddof=1)))
ps = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1]
print("quantiles", [repr(v) for v in np.quantile(x, ps)])
print("median even", repr(np.median(x[:10])), "odd", repr(np.median(x)))

v = np.array([2.0, 5.0, 1.0, 8.0, 3.5])
w = np.array([1.0, 3.0, 0.5, 2.0, 0.0])
print("weighted mean", repr(np.average(v, weights=w)))
m = np.average(v, weights=w)
print("weighted var ddof0", repr(np.average((v - m) ** 2, weights=w)))
wi = np.array([1, 3, 2, 2, 0])  # integer frequencies: expand and use np.var
expanded = np.repeat(v, wi)
print("freq var ddof1", repr(np.var(expanded, ddof=1)), "ddof0", repr(np.var(expanded, ddof=0)))


def gini_direct(x, w=None):
    x = np.asarray(x, float)
    w = np.ones_like(x) if w is None else np.asarray(w, float)
    W = w.sum()
    mu = (w * x).sum() / W
    return (w[:, None] * w[None, :] * np.abs(x[:, None] - x[None, :])).sum() / (2 * W * W * mu)


def theil_direct(x, w=None):
    x = np.asarray(x, float)
    w = np.ones_like(x) if w is None else np.asarray(w, float)
    W = w.sum()
    mu = (w * x).sum() / W
    r = x / mu
    terms = np.where(x > 0, r * np.log(np.where(x > 0, r, 1)), 0.0)
    return (w * terms).sum() / W


inc = np.array([12.0, 30.0, 7.5, 0.0, 55.0, 21.0, 21.0, 9.0])
winc = np.array([2.0, 1.0, 3.0, 0.5, 1.0, 2.5, 1.0, 4.0])
print("gini", repr(gini_direct(inc)), "weighted", repr(gini_direct(inc, winc)))
print("theil", repr(theil_direct(inc)), "weighted", repr(theil_direct(inc, winc)))
# integer weights = repeated observations (checks the frequency-weight reading)
print("gini freq", repr(gini_direct(np.repeat(inc, [2, 1, 3, 1, 1, 2, 1, 4]))))
