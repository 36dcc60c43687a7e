#!/usr/bin/env python3
"""numpy version of StationKit's weight-robustness computation (Weighting/Robustness/WeightRobustness.swift),
for timing beside `stationkit robustness` / the StationKitBench case `robustness_161x37_100k`.

Same computation: K Dirichlet(kappa * w) weight draws in batches, scores S = X @ W (one dgemm per batch),
competition ranks per draw, per-alternative rank histogram -> p5/p95 (inverted CDF) and min/max, probability of a
rank change vs the point ranking, and grade probabilities (0-100 thresholds A>=90, B>=80, C>=60, D).
The random numbers differ from StationKit's (numpy's PCG64 + its own gamma sampler), so the numbers agree
only statistically; this script is for timing.

Usage: python3 Scripts/bench_robustness.py [--stations 161] [--items 37] [--draws 100000] [--batch 2048]
                                           [--repeat 3] [--kappa 50]
"""
import argparse
import time

import numpy as np


def robustness(X, w, draws, kappa, batch, seed, thresholds):
    m, n = X.shape
    rng = np.random.default_rng(seed)
    point = X @ w
    point_rank = (-point).argsort().argsort() + 1  # no ties in continuous data
    rank_counts = np.zeros(m * m, dtype=np.int64)
    grade_counts = np.zeros((m, len(thresholds) + 1), dtype=np.int64)
    changed = np.zeros(m, dtype=np.int64)
    score_sum = np.zeros(m)
    alts = np.arange(m)
    done = 0
    while done < draws:
        b = min(batch, draws - done)
        Wt = rng.dirichlet(kappa * w, size=b)            # b x n (rows = draws)
        St = Wt @ X.T                                    # b x m = (X W)^T, dgemm; rows contiguous for sorting
        order = np.argsort(-St, axis=1)
        ranks = np.empty_like(order)
        np.put_along_axis(ranks, order, np.broadcast_to(np.arange(1, m + 1), (b, m)), axis=1)
        rank_counts += np.bincount((ranks - 1 + alts * m).ravel(), minlength=m * m)
        changed += (ranks != point_rank).sum(axis=0)
        score_sum += St.sum(axis=0)
        g = np.searchsorted(thresholds, St, side="right")  # thresholds ascending; index = count below
        for k in range(len(thresholds) + 1):
            grade_counts[:, k] += (g == k).sum(axis=0)
        done += b
    counts = rank_counts.reshape(m, m)
    cdf = counts.cumsum(axis=1) / draws
    p05 = (cdf >= 0.05 - 1e-12).argmax(axis=1) + 1
    p95 = (cdf >= 0.95 - 1e-12).argmax(axis=1) + 1
    present = counts > 0
    rmin = present.argmax(axis=1) + 1
    rmax = m - present[:, ::-1].argmax(axis=1)
    return dict(point=point, point_rank=point_rank, p05=p05, p95=p95, rmin=rmin, rmax=rmax,
                p_change=changed / draws, mean=score_sum / draws, grades=grade_counts / draws)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stations", type=int, default=161)
    ap.add_argument("--items", type=int, default=37)
    ap.add_argument("--draws", type=int, default=100_000)
    ap.add_argument("--batch", type=int, default=2048)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--kappa", type=float, default=50.0)
    a = ap.parse_args()
    rng = np.random.default_rng(1)
    X = rng.uniform(0, 100, size=(a.stations, a.items))
    w = rng.uniform(0.5, 1.5, size=a.items)
    w /= w.sum()
    thresholds = np.array([60.0, 80.0, 90.0])
    times = []
    for r in range(a.repeat):
        t0 = time.perf_counter()
        res = robustness(X, w, a.draws, a.kappa, a.batch, seed=r, thresholds=thresholds)
        times.append(time.perf_counter() - t0)
    print(f"numpy {np.__version__}: robustness {a.stations} x {a.items} x {a.draws} draws, batch {a.batch}: "
          f"median {np.median(times):.3f} s (runs: {', '.join(f'{t:.3f}' for t in times)})")
    print(f"  mean P(rank change) = {res['p_change'].mean():.4f}")


if __name__ == "__main__":
    main()
