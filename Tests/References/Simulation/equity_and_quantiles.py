"""Expected values for Tests/SimulationTests/EquityAndSummaryTests.swift.

Weighted Gini: sum_ij w_i w_j |x_i - x_j| / (2 W^2 mu), mu = sum w x / W (Cowell 2011), computed by
the O(n^2) double sum, independently of StationKit's sorted O(n log n) form.
Weighted Theil T: sum (w/W)(x/mu) ln(x/mu) with 0 ln 0 = 0.
Percentiles: numpy.percentile default (linear, R type 7); sd with ddof=1.
Run: python3 Tests/References/Simulation/equity_and_quantiles.py
"""
import numpy as np

def gini(x, w):
    x = np.asarray(x, float); w = np.asarray(w, float)
    W = w.sum(); mu = (w * x).sum() / W
    return (np.outer(w, w) * np.abs(x[:, None] - x[None, :])).sum() / (2 * W * W * mu)

def theil(x, w):
    x = np.asarray(x, float); w = np.asarray(w, float)
    W = w.sum(); mu = (w * x).sum() / W
    r = x / mu
    t = np.where(r > 0, r * np.log(np.where(r > 0, r, 1)), 0.0)
    return (w / W * t).sum()

cases = {
    "coverage": ([0.25, 1.0, 0.5, 0.0, 0.75], [920000, 903714, 675048, 286966, 1640000]),
    "spending": ([3.5, 12.25, 7.0, 0.8], [1.0, 2.0, 3.0, 4.0]),
    "two": ([1.0, 0.5], [80000, 80000]),
}
for name, (x, w) in cases.items():
    print(name, "gini %.17g theil %.17g" % (gini(x, w), theil(x, w)))

v = [3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0, 5.0, 3.0, 5.0]
print("percentiles", ["%.17g" % q for q in np.percentile(v, [5, 50, 95])],
      "mean %.17g sd %.17g" % (np.mean(v), np.std(v, ddof=1)))
