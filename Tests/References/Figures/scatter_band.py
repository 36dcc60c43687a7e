"""Expected least-squares line and 95% confidence band for Tests/FiguresTests/ScatterChartTests.swift.

Band half-width at x0: t_{0.975, n-2} * s * sqrt(1/n + (x0 - xbar)^2 / Sxx) (numpy.polyfit + scipy.stats.t).
Run: python3 Tests/References/Figures/scatter_band.py
"""
import numpy as np
from scipy import stats

x = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0])
y = np.array([2.1, 3.9, 6.2, 7.8, 10.1, 12.2, 13.8, 16.3])
slope, intercept = np.polyfit(x, y, 1)
n = len(x)
resid = y - (intercept + slope * x)
s = np.sqrt(resid @ resid / (n - 2))
sxx = ((x - x.mean()) ** 2).sum()
t = stats.t.ppf(0.975, n - 2)
for x0 in [0.0, 4.5, 10.0]:
    print(x0, repr(t * s * np.sqrt(1 / n + (x0 - x.mean()) ** 2 / sxx)))
print("intercept", repr(intercept), "slope", repr(slope), "t", repr(t))
