"""numpy equivalent of Sources/StationKitBench/SimulationBenchmarks.swift (same case name and sizes).

simulate_national_10y_8runs: the Monte Carlo model of Sources/Simulation (SimulationModel.md, "Model") written
plainly in numpy, vectorised over streets: 38,000 streets in 2,800 districts, 10 years, 8 runs, the default
scenario (uniform city share 0.5, need priority) with a city budget of 250,000 万元; every output per year x unit
(city + districts, 26 metrics), reduced across runs to mean, sd and the city's p5/p50/p95. The region is drawn
from the same distributions as the Swift side (different random numbers; timings do not depend on them).
Rollout is vectorised per district (every station of a district costs the same, as in this scenario: then the
greedy "open in priority order while both levels can pay" is a rank-within-district cut plus a city cumsum).
"""
import numpy as np

STREETS, DISTRICTS, RUNS, YEARS = 38_000, 2_800, 8, 10
M = 26  # metrics, in Sources/Simulation/Engine/Metric.swift order
(OPEN, OPENINGS, COVERED, COVERAGE, VILLAGES, VILLAGE_COV, S_ELD, S_CHI, S_LOW, WORKERS, HOURS, COST_CITY,
 COST_DIST, COST_TOTAL, SPEND_PC, CITY_SHARE, SCORE, GA, GB, GC, GD, REPL, GINI_C, THEIL_C, GINI_S, THEIL_S) = range(M)


def region(seed=20201001):
    rng = np.random.default_rng(seed)
    i = np.arange(STREETS)
    pop = np.round(10_000 + 70_000 * rng.random(STREETS))
    villages = (5 + np.floor(36 * rng.random(STREETS))).astype(float)
    d = i % DISTRICTS
    dpop = np.bincount(d, weights=pop, minlength=DISTRICTS)
    fiscal = 50_000 + 450_000 * rng.random(DISTRICTS)
    return dict(d=d, pop=pop, elderly=np.round(0.18 * pop), children=np.round(0.16 * pop),
                low=np.round(0.02 * pop), villages=villages, open0=i < STREETS * 6 // 10, dpop=dpop, fiscal=fiscal)


def gini(x, w):
    W, mu = w.sum(), (w * x).sum() / w.sum()
    if mu == 0:
        return 0.0
    o = np.argsort(x, kind="stable")
    xs, ws = x[o], w[o]
    before = np.cumsum(ws) - ws
    return float((2 * (ws * xs * (2 * before + ws - W)).sum()) / (2 * W * W * mu))


def theil(x, w):
    W, mu = w.sum(), (w * x).sum() / w.sum()
    if mu == 0:
        return 0.0
    r = x / mu
    t = np.where(r > 0, r * np.log(np.where(r > 0, r, 1)), 0.0)
    return float((w / W * t).sum())


def one_run(R, rng, p):
    d, pop, nd = R["d"], R["pop"], DISTRICTS
    target, salary, fixed, share = 3, 5.0, 3.0, 0.5
    post = fixed + salary * target
    cap = R["fiscal"] * 0.002
    pool0 = np.floor(10 * R["dpop"] / 100_000)
    dstreets = np.bincount(d, minlength=nd).astype(float)
    dvill = np.bincount(d, weights=R["villages"], minlength=nd)
    is_open = R["open0"].copy()
    staff = np.where(is_open, target, 0)
    last = np.full(STREETS, 75.0)
    out = np.zeros((YEARS, nd + 1, M))
    for y in range(YEARS):
        o = out[y]
        # 1. Budget committed by open stations (full posts).
        city_left = 250_000.0 - share * post * is_open.sum()
        dist_left = cap - (1 - share) * post * np.bincount(d, weights=is_open, minlength=nd)
        # 2. Rollout in priority order: rank within district below what the district can pay, then the city.
        cand = p["order"][~is_open[p["order"]]]
        cd = d[cand]
        srt = np.argsort(cd, kind="stable")
        grp = cd[srt]
        starts = np.searchsorted(grp, grp, side="left")
        rank = np.empty(len(cand), dtype=np.int64)
        rank[srt] = np.arange(len(cand)) - starts
        fits = rank < np.floor(np.maximum(dist_left[cd], 0) / ((1 - share) * post) + 1e-9)
        chosen = cand[fits]
        chosen = chosen[np.cumsum(np.full(len(chosen), share * post)) <= city_left + 1e-9]
        is_open[chosen] = True
        staff[chosen] = 0
        openings = np.bincount(d[chosen], minlength=nd)
        # 3. Staffing: departures, then hires while the district's pool lasts (street order).
        k = staff - rng.binomial(staff, 0.175)
        succ = np.where(is_open, rng.binomial(np.maximum(0, target - k), 0.8), 0)
        s2 = succ[p["by_d"]]
        cum = np.cumsum(s2)
        first = np.r_[0, cum][p["d_start"]][d[p["by_d"]]]
        before = cum - s2 - first
        took = np.empty(STREETS, dtype=np.int64)
        took[p["by_d"]] = np.clip(pool0[d[p["by_d"]]] - before, 0, s2)
        staff = np.where(is_open, k + took, 0)
        workers = staff.sum()
        hours = min(24.0, 10_000 / workers) if workers > 0 else 24.0
        # 4. Quality and payment; 5. coverage.
        kk = staff.astype(float)
        cost = fixed + salary * kk
        raw = 30 + 3 * kk + 0.2 * hours + 0.5 * cost * 10_000 / pop + 0.4 * last + 5 * rng.standard_normal(STREETS)
        score = np.clip(raw, 0, 100)
        grade = np.where(score >= 90, 0, np.where(score >= 80, 1, np.where(score >= 60, 2, 3)))
        replaced = is_open & (grade == 3) & (rng.random(STREETS) < 0.5)
        reached = np.minimum(R["villages"], 4 * kk)
        frac = reached / R["villages"]
        w = is_open.astype(float)
        for metric, value in ((OPEN, w), (COVERED, w * (staff > 0)), (VILLAGES, w * reached),
                              (S_ELD, w * 0.1 * R["elderly"] * frac), (S_CHI, w * 0.05 * R["children"] * frac),
                              (S_LOW, w * 0.6 * R["low"] * frac), (WORKERS, w * kk), (COST_CITY, w * share * cost),
                              (COST_DIST, w * (1 - share) * cost), (SCORE, w * score), (REPL, replaced * 1.0)):
            o[1:, metric] = np.bincount(d, weights=value, minlength=nd)
        for g in range(4):
            o[1:, GA + g] = np.bincount(d, weights=w * (grade == g), minlength=nd)
        o[1:, OPENINGS] = openings
        staff = np.where(replaced, staff - rng.binomial(staff, 0.5), staff)
        last = np.where(is_open, score, last)
        # 6. City totals, ratios, equity.
        additive = [OPEN, OPENINGS, COVERED, VILLAGES, S_ELD, S_CHI, S_LOW, WORKERS, COST_CITY, COST_DIST, SCORE,
                    GA, GB, GC, GD, REPL]
        o[0, additive] = o[1:, additive].sum(axis=0)
        streets = np.r_[STREETS, dstreets]
        vill = np.r_[dvill.sum(), dvill]
        upop = np.r_[R["dpop"].sum(), R["dpop"]]
        with np.errstate(divide="ignore", invalid="ignore"):
            o[:, COVERAGE] = o[:, COVERED] / streets
            o[:, VILLAGE_COV] = o[:, VILLAGES] / vill
            o[:, HOURS] = hours
            o[:, COST_TOTAL] = o[:, COST_CITY] + o[:, COST_DIST]
            o[:, SPEND_PC] = o[:, COST_TOTAL] * 10_000 / upop
            o[:, CITY_SHARE] = np.where(o[:, COST_TOTAL] > 0, o[:, COST_CITY] / o[:, COST_TOTAL], np.nan)
            o[:, SCORE] = np.where(o[:, OPEN] > 0, o[:, SCORE] / o[:, OPEN], np.nan)
        o[1:, GINI_C:] = np.nan
        cov = np.nan_to_num(o[1:, COVERAGE])
        o[0, GINI_C], o[0, THEIL_C] = gini(cov, R["dpop"]), theil(cov, R["dpop"])
        o[0, GINI_S], o[0, THEIL_S] = gini(o[1:, SPEND_PC], R["dpop"]), theil(o[1:, SPEND_PC], R["dpop"])
    return out


def simulate(R, runs, seed=7):
    need = R["elderly"] + R["children"] + 3 * R["low"]
    order = np.lexsort((np.arange(STREETS), -need))
    by_d = np.argsort(R["d"], kind="stable")
    d_start = np.searchsorted(R["d"][by_d], np.arange(DISTRICTS))
    p = dict(order=order, by_d=by_d, d_start=d_start)
    total = total2 = n = None
    city = []
    for r in range(runs):
        out = one_run(R, np.random.default_rng([seed, r]), p)
        fin = np.isfinite(out)
        x = np.where(fin, out, 0.0)
        total = x if total is None else total + x
        total2 = x * x if total2 is None else total2 + x * x
        n = fin.astype(np.int64) if n is None else n + fin
        city.append(out[:, 0, :])
    with np.errstate(divide="ignore", invalid="ignore"):
        mean = total / n
        sd = np.sqrt(np.maximum(0, total2 - n * mean * mean) / (n - 1))
    return mean, sd, percentiles(np.stack(city), [5, 50, 95])


def percentiles(x, ps):
    """Type-7 percentiles along axis 0 over the finite values of each cell (NaN sorts last)."""
    x = np.sort(x, axis=0)
    n = np.isfinite(x).sum(axis=0)
    out = []
    for p in ps:
        h = (np.maximum(n, 1) - 1) * p / 100
        lo = np.floor(h).astype(np.int64)
        hi = np.minimum(lo + 1, np.maximum(n - 1, 0))
        a = np.take_along_axis(x, lo[None], 0)[0]
        b = np.take_along_axis(x, hi[None], 0)[0]
        out.append(np.where(n > 0, a + (h - lo) * (b - a), np.nan))
    return np.stack(out)


def national():
    def prepare():
        R = region()
        return lambda: simulate(R, RUNS)
    return prepare


CASES = {
    "simulate_national_10y_8runs": (3, 1, national()),
}

if __name__ == "__main__":
    import time
    R = region()
    t = time.perf_counter()
    mean, sd, q = simulate(R, 2)
    print("2 runs", time.perf_counter() - t, "s; final coverage", mean[-1, 0, COVERAGE], "gini", mean[-1, 0, GINI_C])
