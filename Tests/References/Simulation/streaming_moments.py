"""Expected mean and sd (divisor n - 1) for Tests/SimulationTests/StreamingMomentsTests.swift, computed exactly
with fractions.Fraction from the doubles themselves (then rounded once), and numpy's for comparison.

Data: x_i = 1e8 + 0.001 * i^2 (i = 0..999) as doubles, and y_i = 0.3 * sin(i) + 1e-12 * i (i = 0..999)."""
from fractions import Fraction
import math
import numpy as np


def exact(values):
    f = [Fraction(v) for v in values]
    n = len(f)
    mean = sum(f) / n
    var = sum((v - mean) ** 2 for v in f) / (n - 1)
    return float(mean), math.sqrt(float(var))


x = [1e8 + 0.001 * i * i for i in range(1000)]
y = [0.3 * math.sin(i) + 1e-12 * i for i in range(1000)]
for name, v in (("x", x), ("y", y)):
    m, s = exact(v)
    print(f"{name}: mean {m!r} sd {s!r}  numpy {np.mean(v)!r} {np.std(v, ddof=1)!r}")
