"""numpy/scipy equivalents of Sources/StationKitBench/LinalgBenchmarks.swift (same case names and sizes).

Each case: name -> (samples, inner, prepare), where prepare() builds inputs (not timed) and returns the
zero-argument function to time. Inputs follow the same distributions as the Swift side (uniform(-0.5, 0.5),
SPD = XᵀX/n + I); timings do not depend on the values.
"""
import numpy as np
import scipy.linalg
import scipy.linalg.lapack


def uniform(rng, m, n):
    return rng.random((m, n)) - 0.5


def spd(rng, n):
    x = uniform(rng, n, n)
    return x.T @ x / n + np.eye(n)


def gemm(n):
    def prepare():
        rng = np.random.default_rng(1)
        a, b = uniform(rng, n, n), uniform(rng, n, n)
        return lambda: a @ b
    return prepare


def cholesky_solve(n):
    def prepare():
        rng = np.random.default_rng(3)
        a, b = spd(rng, n), rng.random(n) - 0.5
        return lambda: scipy.linalg.cho_solve(scipy.linalg.cho_factor(a, lower=True), b)
    return prepare


def lstsq_qr(m, n):
    # scipy.linalg.lstsq has no dgels driver; call the same LAPACK routine as the Swift side directly.
    def prepare():
        rng = np.random.default_rng(5)
        a, b = uniform(rng, m, n), uniform(rng, m, 1)
        return lambda: scipy.linalg.lapack.dgels(a, b)
    return prepare


def lstsq_svd(m, n):
    def prepare():
        rng = np.random.default_rng(5)
        a, b = uniform(rng, m, n), uniform(rng, m, 1)
        return lambda: np.linalg.lstsq(a, b, rcond=None)
    return prepare


def eigh(n):
    def prepare():
        rng = np.random.default_rng(7)
        a = spd(rng, n)
        return lambda: np.linalg.eigh(a)
    return prepare


def solve(n):
    def prepare():
        rng = np.random.default_rng(10)
        a, b = uniform(rng, n, n) + np.eye(n), uniform(rng, n, 1)
        return lambda: np.linalg.solve(a, b)
    return prepare


CASES = {
    "gemm_2000": (3, 1, gemm(2000)),
    "cholesky_solve_2000": (3, 1, cholesky_solve(2000)),
    "lstsq_100000x50": (3, 1, lstsq_qr(100_000, 50)),
    "lstsq_svd_100000x50": (3, 1, lstsq_svd(100_000, 50)),
    "eigh_1000": (3, 1, eigh(1000)),
    "gemm_50": (7, 2000, gemm(50)),
    "solve_20": (7, 5000, solve(20)),
    "lstsq_200x5": (7, 5000, lstsq_qr(200, 5)),
    "eigh_10": (7, 5000, eigh(10)),
}
