#!/usr/bin/env python3
"""Expected values for Tests/StatsTests/SpecialFunctionsTests.swift (pasted there).

scipy 1.17.1 scipy.special: gammainc (P), gammaincc (Q), betainc, betaincc, betaln, ndtri,
each cross-checked with mpmath (40 digits); the mpmath value is printed when they differ by
more than 1e-14 relative. Run: python3 Tests/References/Stats/special_functions.py
"""
import mpmath as mp
from scipy import special as sp

mp.mp.dps = 40


def show(name, args, v, ref):
    r = float(ref)
    use = r if r != 0 and abs(v - r) > 1e-14 * abs(r) else v
    print(f"{name}{args}: {use!r}" + ("  (mpmath)" if use != v else ""))


for a, x in [(0.5, 0.1), (3.0, 2.5), (10.0, 30.0), (100.0, 90.0), (1e4, 1e4 + 50), (5.0, 250.0), (1e-3, 1.0)]:
    show("P", (a, x), sp.gammainc(a, x), mp.gammainc(a, 0, x, regularized=True))
    show("Q", (a, x), sp.gammaincc(a, x), mp.gammainc(a, x, mp.inf, regularized=True))
for a, b, x in [(0.5, 0.5, 0.3), (2.0, 3.0, 0.4), (50.0, 60.0, 0.45), (1.5, 400.0, 0.01), (5e4, 0.5, 0.99999)]:
    show("I", (a, b, x), sp.betainc(a, b, x), mp.betainc(a, b, 0, x, regularized=True))
    show("Ic", (a, b, x), sp.betaincc(a, b, x), mp.betainc(b, a, 0, 1 - mp.mpf(x), regularized=True))
for a, b in [(0.5, 0.5), (3.0, 7.5), (1e10, 0.5), (2e5, 3e5)]:
    show("lnB", (a, b), sp.betaln(a, b), mp.log(mp.beta(a, b)))
for p in [1e-300, 1e-20, 0.02, 0.5, 0.9, 1 - 1e-12]:
    show("ndtri", (p,), sp.ndtri(p), mp.sqrt(2) * mp.erfinv(2 * mp.mpf(p) - 1))
