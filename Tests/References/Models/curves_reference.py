"""Expected values for StationKit's coverage curves (logistic, Gompertz, Bass) fitted by Levenberg-Marquardt.

Run:  python3 Tests/References/Models/curves_reference.py   (numpy 2.4.6, scipy 1.17.1)
Writes Tests/ModelsTests/Fixtures/curves.csv (synthetic coverage of 3 districts, 2013-2026, numpy seed 20261129)
and Tests/ModelsTests/Fixtures/curves_reference.json: scipy.optimize.curve_fit (method "lm", MINPACK, absolute_sigma=False,
tolerances 1e-14) estimates, standard errors and covariance; the year coverage reaches 0.95 (closed form for
logistic/Gompertz, brentq for Bass) with its delta-method standard error from a central-difference gradient of
t*(theta) (independent of StationKit's implicit-function gradient). Bass origin = first year - 1.
"""
import json, os
import numpy as np, scipy
from scipy.optimize import curve_fit, brentq

here = os.path.dirname(os.path.abspath(__file__))
fixtures = os.path.join(here, "..", "..", "ModelsTests", "Fixtures")

def logistic(t, K, r, t0): return K / (1 + np.exp(-r * (t - t0)))
def gompertz(t, K, r, t0): return K * np.exp(-np.exp(-r * (t - t0)))
def bass_at(origin):
    def f(t, m, p, q):
        s = t - origin; e = np.exp(-(p + q) * s)
        return m * (1 - e) / (1 + (q / p) * e)
    return f

rng = np.random.default_rng(20261129)
years = np.arange(2013, 2027, dtype=float)
truth = {"历城区": (0.98, 0.9, 2019.0), "天桥区": (0.93, 0.6, 2020.5), "槐荫区": (1.0, 1.2, 2018.0)}
rows = []
for g, (K, r, t0) in truth.items():
    c = logistic(years, K, r, t0) + rng.normal(0, 0.015, size=years.size)
    rows += [(g, y, round(float(min(max(v, 0.001), 1.0)), 6)) for y, v in zip(years, c)]
with open(os.path.join(fixtures, "curves.csv"), "w") as fh:
    fh.write("district,year,coverage\n")
    for g, y, v in rows: fh.write(f"{g},{int(y)},{v}\n")

def target_time(model, f, theta, origin, target):
    if model == "logistic": K, r, t0 = theta; return t0 - np.log(K / target - 1) / r
    if model == "gompertz": K, r, t0 = theta; return t0 - np.log(-np.log(target / K)) / r
    return brentq(lambda t: f(t, *theta) - target, origin, origin + 200, xtol=1e-13, rtol=1e-15)

def fit(model, t, c):
    origin = t.min() - 1
    f = {"logistic": logistic, "gompertz": gompertz}.get(model) or bass_at(origin)
    top = c.max() * 1.05
    mid = t[np.argmin(np.abs(c - top / 2))]
    p0 = [top, 0.03, 0.4] if model == "bass" else [top, 1.0, mid]
    popt, pcov = curve_fit(f, t, c, p0=p0, method="lm", ftol=1e-14, xtol=1e-14, gtol=1e-14, maxfev=100000)
    ts = target_time(model, f, popt, origin, 0.95)
    grad = []
    for k in range(3):
        h = 1e-6 * max(abs(popt[k]), 1e-3)
        up, dn = popt.copy(), popt.copy(); up[k] += h; dn[k] -= h
        grad.append((target_time(model, f, up, origin, 0.95) - target_time(model, f, dn, origin, 0.95)) / (2 * h))
    grad = np.array(grad)
    return {"params": popt.tolist(), "bse": np.sqrt(np.diag(pcov)).tolist(), "cov": pcov.tolist(),
            "ssr": float(np.sum((f(t, *popt) - c) ** 2)), "target_time": float(ts) if np.isfinite(ts) else None,
            "target_se": float(np.sqrt(grad @ pcov @ grad)) if np.isfinite(ts) else None, "origin": float(origin)}

data = np.array([(y, v) for _, y, v in rows]); groups = [g for g, _, _ in rows]
out = {"versions": {"numpy": np.__version__, "scipy": scipy.__version__}, "target": 0.95, "fits": {}}
for model in ["logistic", "gompertz", "bass"]:
    out["fits"][model] = {}
    for g in sorted(truth):
        idx = [i for i, gg in enumerate(groups) if gg == g]
        out["fits"][model][g] = fit(model, data[idx, 0], data[idx, 1])
out["fits"]["logistic_pooled"] = fit("logistic", data[:, 0], data[:, 1])
with open(os.path.join(fixtures, "curves_reference.json"), "w") as fh:
    json.dump(out, fh, indent=1, ensure_ascii=False, allow_nan=False)
for m, v in out["fits"].items(): print(m, v if "params" in v else {g: (x["params"], x["target_time"]) for g, x in v.items()})
