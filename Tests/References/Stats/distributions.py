#!/usr/bin/env python3
"""Expected values for Tests/StatsTests/DistributionReferenceTests.swift.

Run from the repository root:
    python3 Tests/References/Stats/distributions.py
It writes Tests/StatsTests/Fixtures/distributions.json.

Source of truth: scipy 1.17.1 (scipy.stats.norm, t, chi2, f, binom, poisson; pdf/logpdf,
cdf, sf, ppf, isf; pmf/logpmf for the discrete ones). Every continuous value is cross-checked
against mpmath at 40 digits (incomplete gamma/beta by quadrature-free hypergeometric
formulas; binomial/Poisson pmf exactly, their cdf/sf as incomplete beta/gamma; log-densities as
the log of those); if scipy and mpmath disagree by more than 1e-13 relative the mpmath value is
written and the case is marked source="mpmath" (scipy's own accuracy in extreme tails is
limited, e.g. ndtr evaluates erfc(-x/sqrt(2)) with a rounded argument).
Quantiles (ppf/isf) are verified the same way (see mp_quantile / mp_discrete_quantile) and
replaced by mpmath roots where scipy is wrong (scipy returns inf for t.ppf(1e-300, 2.5), nan
for poisson.isf(1e-30, ...), and F isf(1e-10) values off by up to 1e-7). A case is dropped
(reported on stderr) when mpmath cannot check it within 10 s (huge-df F quantiles) and scipy's
value is not in the well-behaved body.
Numbers are written as repr() strings so that every double round-trips exactly
(including inf and subnormals).
"""
import json
import os
import signal
import sys

import mpmath as mp
import numpy as np
import scipy
from scipy import stats

mp.mp.dps = 40
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "StatsTests", "Fixtures", "distributions.json")


def mp_cont(name, params, fn, x):
    """High-precision value of a continuous-distribution function, or None."""
    x = mp.mpf(x)
    if name == "normal":
        mu, sd = map(mp.mpf, params)
        z = (x - mu) / sd
        if fn == "cdf":
            return mp.ncdf(z)
        if fn == "sf":
            return mp.ncdf(-z)
        if fn == "pdf":
            return mp.npdf(z) / sd
        return None
    if name == "t":
        nu = mp.mpf(params[0])
        if fn == "pdf":
            return mp.gamma((nu + 1) / 2) / (mp.sqrt(nu * mp.pi) * mp.gamma(nu / 2)) * (1 + x * x / nu) ** (-(nu + 1) / 2)
        tail = lambda t: mp.betainc(nu / 2, mp.mpf(1) / 2, 0, nu / (nu + t * t), regularized=True) / 2
        if fn == "sf":
            return tail(x) if x >= 0 else 1 - tail(-x)
        if fn == "cdf":
            return 1 - tail(x) if x >= 0 else tail(-x)
        return None
    if name == "chi2":
        a = mp.mpf(params[0]) / 2
        if fn == "cdf":
            return mp.gammainc(a, 0, x / 2, regularized=True)
        if fn == "sf":
            return mp.gammainc(a, x / 2, mp.inf, regularized=True)
        if fn == "pdf":
            return mp.exp(-x / 2) * (x / 2) ** (a - 1) / (2 * mp.gamma(a))
        return None
    if name == "f":
        d1, d2 = map(mp.mpf, params)
        z = d1 * x / (d1 * x + d2)
        if fn == "cdf":
            return mp.betainc(d1 / 2, d2 / 2, 0, z, regularized=True)
        if fn == "sf":  # I_{1-z}(d2/2, d1/2), with 1 - z formed exactly
            return mp.betainc(d2 / 2, d1 / 2, 0, d2 / (d1 * x + d2), regularized=True)
        if fn == "pdf":
            return mp.sqrt((d1 * x) ** d1 * d2 ** d2 / (d1 * x + d2) ** (d1 + d2)) / (x * mp.beta(d1 / 2, d2 / 2))
        return None
    return None


def mp_disc(name, params, fn, k):
    """High-precision value of a discrete-distribution function, or None."""
    k = int(k)
    if name == "binomial":
        n, p = int(params[0]), mp.mpf(params[1])
        if fn == "pmf":
            return mp.binomial(n, k) * p ** k * (1 - p) ** (n - k) if 0 <= k <= n else mp.mpf(0)
        if k < 0 or k >= n:
            return None
        if fn == "cdf":  # I_{1-p}(n-k, k+1)
            return mp.betainc(n - k, k + 1, 0, 1 - p, regularized=True)
        if fn == "sf":  # I_p(k+1, n-k)
            return mp.betainc(k + 1, n - k, 0, p, regularized=True)
    if name == "poisson":
        lam = mp.mpf(params[0])
        if k < 0:
            return None
        if fn == "pmf":
            return mp.exp(-lam) * lam ** k / mp.factorial(k)
        if fn == "cdf":
            return mp.gammainc(k + 1, lam, mp.inf, regularized=True)
        if fn == "sf":
            return mp.gammainc(k + 1, 0, lam, regularized=True)
    return None


def checked(v, ref_fn, fn):
    """scipy value v, replaced by mpmath's when they differ by more than 1e-13 relative."""
    base = {"logpdf": "pdf", "logpmf": "pmf"}.get(fn, fn)
    try:
        ref = ref_fn(base)
    except (mp.libmp.NoConvergence, ZeroDivisionError, ValueError):
        return v, "scipy"  # mpmath's hypergeometric series gives up (huge df): keep scipy
    if ref is None or ref == 0:
        return v, "scipy"
    r = float(mp.log(ref)) if base != fn else float(ref)
    if r != 0 and abs(v - r) > 1e-13 * abs(r) or (r == 0 and v != 0):
        return r, "mpmath"
    return v, "scipy"


def mp_quantile(name, params, fn, p, x0):
    """Checks scipy's quantile x0 against mpmath; returns (value, source) or None to drop.

    The solution of T(x) = p (T = cdf for ppf, sf for isf) is accepted from scipy when
    |T(x0) - p| / (x0 f(x0)) <= 1e-13 (relative error of x0). Otherwise it is solved with
    mpmath: a sign-change scan of ln T(e^u) - ln p over u in [-700, 700], then the Illinois
    root finder in u. Symmetric distributions (normal, t) use T(x) on the positive side.
    """
    p = mp.mpf(p)
    if name in ("normal", "t"):
        mu, sd = (params[0], params[1]) if name == "normal" else (0.0, 1.0)
        upper = fn == "isf"
        # tail probability q on the side where the solution z is positive
        q = p if upper else 1 - p
        sign = 1
        if q > mp.mpf(1) / 2:
            q, sign = 1 - q, -1
        tail = lambda z: mp_cont(name, [0, 1] if name == "normal" else params, "sf", z)
        scale = lambda z: mu + sd * sign * z
    else:
        upper = fn == "isf"
        q = p
        if q > mp.mpf(1) / 2:
            q, upper = 1 - q, not upper
        tail = lambda z: mp_cont(name, params, "sf" if upper else "cdf", z)
        scale = lambda z: z
        sign = 1
    if q == mp.mpf(1) / 2 and name in ("normal", "t"):
        return scale(0), "mpmath"
    if np.isfinite(x0) and x0 != 0:
        z0 = mp.mpf(x0 - (params[0] if name == "normal" else 0)) / (params[1] if name == "normal" else 1) * sign
        if z0 > 0:
            h = mp.log(tail(z0)) - mp.log(q)
            eps = mp.mpf(10) ** -12
            zp = z0 * (1 + eps)
            slope = (mp.log(tail(zp)) - mp.log(tail(z0))) / mp.log(1 + eps)
            if abs(h / slope) <= mp.mpf(1e-13):
                return x0, "scipy"
    g = lambda u: mp.log(tail(mp.exp(u))) - mp.log(q)
    us = [mp.mpf(u) for u in range(-700, 701, 5)]
    prev = None
    for u in us:
        try:
            gu = g(u)
        except (ValueError, ZeroDivisionError, OverflowError):
            continue
        if prev is not None and (prev[1] > 0) != (gu > 0):
            root = mp.findroot(g, (prev[0], u), solver="illinois", tol=mp.mpf(10) ** -30)
            return float(scale(mp.exp(root))), "mpmath"
        prev = (u, gu)
    return None


def mp_discrete_quantile(name, params, fn, p, k0):
    """Checks scipy's discrete quantile k0 with mpmath; searches outward if it is wrong."""
    p = mp.mpf(p)
    if fn == "ppf":
        ok = lambda k: k >= 0 and mp_disc_tail(name, params, k, True) >= p
    else:
        ok = lambda k: k >= 0 and mp_disc_tail(name, params, k, False) <= p
    k = int(k0) if np.isfinite(k0) else int(params[0] if name == "binomial" else 10 * params[0] + 50)
    n_max = int(params[0]) if name == "binomial" else 10 ** 7
    k = min(max(k, 0), n_max)
    while k > 0 and ok(k - 1):
        k -= 1
    while k < n_max and not ok(k):
        k += 1
    return float(k), ("scipy" if k == k0 else "mpmath")


def mp_disc_tail(name, params, k, lower):
    if name == "binomial" and k >= int(params[0]):
        return mp.mpf(1) if lower else mp.mpf(0)
    v = mp_disc(name, params, "cdf" if lower else "sf", k)
    return v


def frozen(name, params):
    if name == "normal":
        return stats.norm(loc=params[0], scale=params[1])
    if name == "t":
        return stats.t(params[0])
    if name == "chi2":
        return stats.chi2(params[0])
    if name == "f":
        return stats.f(params[0], params[1])
    if name == "binomial":
        return stats.binom(int(params[0]), params[1])
    if name == "poisson":
        return stats.poisson(params[0])
    raise ValueError(name)


cases = []


def _timeout(signum, frame):
    raise TimeoutError


signal.signal(signal.SIGALRM, _timeout)


def add(name, params, fn, x, value, source="scipy"):
    cases.append({"distribution": name, "parameters": [repr(float(p)) for p in params],
                  "function": fn, "x": repr(float(x)), "expected": repr(float(value)), "source": source})


def table(name, params, xs, ps, functions, mp_value, mp_q, keep):
    """Adds functions(x) for x in xs and ppf/isf(p) for p in ps, each verified with mpmath.

    keep(x0, p, timed_out) says whether scipy's quantile x0 stays when mpmath cannot check it.
    """
    d = frozen(name, params)
    for x in xs:
        for fn in functions:
            v, source = checked(float(getattr(d, fn)(x)), lambda f: mp_value(name, params, f, x), fn)
            add(name, params, fn, x, v, source)
    for p in ps:
        for fn in ("ppf", "isf"):
            x0 = float(getattr(d, fn)(p))
            signal.alarm(10)  # mpmath can take minutes on extreme tails of huge-df F
            try:
                result, failure = mp_q(name, params, fn, p, x0), None
            except (mp.libmp.NoConvergence, ZeroDivisionError, ValueError, OverflowError) as e:
                result, failure = None, e
            except TimeoutError as e:
                result, failure = None, e
            signal.alarm(0)
            if failure is not None and keep(x0, p, isinstance(failure, TimeoutError)):
                result = (x0, "scipy")
            if result is None:
                print(f"dropped {name} {params} {fn}({p}): scipy {x0}, mpmath check failed", file=sys.stderr)
            else:
                add(name, params, fn, p, *result)


def continuous(name, params, xs, ps):
    # Keep scipy when mpmath raises (its series gives up) but not when it times out.
    table(name, params, xs, ps, ("pdf", "logpdf", "cdf", "sf"), mp_cont, mp_quantile,
          lambda x0, p, timed_out: np.isfinite(x0) and not timed_out)


def discrete(name, params, ks, ps):
    # mpmath cannot evaluate the tails for n = 1e6: keep scipy in the body only; its
    # extreme-tail answers there are wrong (isf(1e-30) = n for binom(1e6, 0.2)).
    table(name, params, ks, ps, ("pmf", "logpmf", "cdf", "sf"), mp_disc, mp_discrete_quantile,
          lambda x0, p, timed_out: np.isfinite(x0) and 1e-6 <= p <= 1 - 1e-6)


P_CONT = [1e-300, 1e-100, 1e-20, 1e-5, 0.025, 0.3, 0.5, 0.7, 0.975, 1 - 1e-10, 1 - 1e-16]

continuous("normal", [0, 1], [-38, -20, -5, -1.5, 0, 0.3, 2, 8.5, 30], P_CONT)
continuous("normal", [3, 2], [-70, -4, 1, 3, 4.5, 11, 50], [1e-200, 1e-8, 0.1, 0.5, 0.9, 1 - 1e-12])

for nu in [1, 2.5, 3, 10, 30, 1e3, 1e10]:
    continuous("t", [nu], [-50, -5, -1.2, 0, 0.5, 2, 10, 1e3], [1e-300, 1e-50, 1e-10, 0.01, 0.3, 0.5, 0.8, 0.99, 1 - 1e-10])

for nu in [0.5, 1, 2, 10, 57.3, 1000]:
    continuous("chi2", [nu], [1e-8, 0.01, 0.5, 1, 5, 10, 50, 500, 1200], [1e-300, 1e-50, 1e-10, 0.01, 0.3, 0.5, 0.8, 0.99, 1 - 1e-10])

for d1, d2 in [(1, 1), (2.5, 7), (5, 1000), (100, 100), (1e4, 1e5), (1, 1e6), (30, 2)]:
    continuous("f", [d1, d2], [1e-6, 0.1, 0.5, 1, 1.5, 3, 20, 1e3], [1e-100, 1e-10, 0.01, 0.3, 0.5, 0.8, 0.99, 1 - 1e-10])

P_DISC = [1e-300, 1e-30, 1e-6, 0.01, 0.2, 0.5, 0.77, 0.99, 1 - 1e-9]
discrete("binomial", [1000, 0.3], [0, 1, 150, 250, 299, 300, 301, 350, 500, 700, 999, 1000], P_DISC)
discrete("binomial", [1000, 0.001], [0, 1, 2, 5, 20, 100], P_DISC)
discrete("binomial", [10, 0.5], [0, 3, 5, 9, 10], P_DISC)
discrete("binomial", [50, 0.99], [30, 45, 49, 50], P_DISC)
discrete("binomial", [1000000, 0.2], [198000, 199500, 200000, 201234, 205000], P_DISC)
discrete("poisson", [1e-3], [0, 1, 2, 5, 30], P_DISC)
discrete("poisson", [0.5], [0, 1, 4, 20], P_DISC)
discrete("poisson", [3.7], [0, 2, 3, 4, 10, 40], P_DISC)
discrete("poisson", [100], [50, 90, 100, 101, 130, 300], P_DISC)
discrete("poisson", [1e4], [9000, 9800, 10000, 10150, 10500, 12000], P_DISC)

doc = {"generator": "Tests/References/Stats/distributions.py",
       "scipy": scipy.__version__, "numpy": np.__version__, "mpmath": mp.__version__,
       "cases": cases}
with open(OUT, "w") as f:
    json.dump(doc, f, indent=0)
    f.write("\n")
print(f"{len(cases)} cases, {sum(c['source'] == 'mpmath' for c in cases)} from mpmath -> {OUT}", file=sys.stderr)
