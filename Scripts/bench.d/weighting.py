"""numpy equivalents of Sources/StationKitBench/WeightingBenchmarks.swift (same case names and sizes).

robustness_161x37_100k: 100,000 Dirichlet(50 w) weight draws for 161 stations x 37 items, one matrix product per
batch of 2048, ranks, rank histogram, rank changes and grade counts (Scripts/bench_robustness.py holds the
computation; the random numbers differ from StationKit's, timings do not depend on them).
"""
import importlib.util
import pathlib

import numpy as np

_spec = importlib.util.spec_from_file_location(
    "bench_robustness", pathlib.Path(__file__).resolve().parent.parent / "bench_robustness.py")
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)


def robustness(stations, items, draws, batch=2048):
    def prepare():
        rng = np.random.default_rng(20201001)
        x = rng.uniform(0, 100, size=(stations, items))
        w = rng.uniform(0.5, 1.5, size=items)
        w /= w.sum()
        thresholds = np.array([60.0, 80.0, 90.0])
        return lambda: _mod.robustness(x, w, draws, 50.0, batch, seed=7, thresholds=thresholds)
    return prepare


CASES = {
    "robustness_161x37_100k": (3, 1, robustness(161, 37, 100_000)),
}
