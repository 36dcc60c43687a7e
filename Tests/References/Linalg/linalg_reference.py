#!/usr/bin/env python3
"""Expected values for Tests/LinalgTests, computed once with numpy/scipy.

Writes Tests/LinalgTests/Fixtures/linalg_reference.json: every case holds its inputs
(so Swift factors exactly the same doubles) and the values numpy/scipy give for them.
Matrices are stored as lists of rows. Run from the repository root:

    python3 Tests/References/Linalg/linalg_reference.py

Generated with numpy 2.4.6 and scipy 1.17.1 (the versions are recorded in the file).
"""
import json
import pathlib

import numpy as np
import scipy
import scipy.linalg
import scipy.linalg.lapack as lapack
import scipy.optimize

rng = np.random.default_rng(20261129)
out = {"numpy": np.__version__, "scipy": scipy.__version__}


def m(a):
    return np.asarray(a, dtype=float).tolist()


def rand(r, c):
    return rng.standard_normal((r, c))


# ---- BLAS -----------------------------------------------------------------
x = rng.standard_normal(5)
y = rng.standard_normal(5)
A = rand(4, 3)
B = rand(3, 5)
C = rand(4, 2)
v3 = rng.standard_normal(3)
v4 = rng.standard_normal(4)
L = np.tril(rand(4, 4)) + 4 * np.eye(4)
U = np.triu(rand(4, 4)) + 4 * np.eye(4)
R = rand(4, 3)
out["blas"] = {
    "x": m(x), "y": m(y), "alpha": 0.7,
    "dot": float(x @ y), "axpy": m(0.7 * x + y), "nrm2": float(np.linalg.norm(x)), "scal": m(-2.5 * x),
    "a": m(A), "b": m(B), "c": m(C), "v3": m(v3), "v4": m(v4),
    "gemm_ab": m(A @ B), "gemm_atc": m(1.5 * A.T @ C), "gemm_bbt": m(B @ B.T),
    "gemm_beta": m(2.0 * A.T @ C + 0.5 * (B[:, :2])),  # C <- 2 AᵀC + 0.5 B[:, :2]
    "gemv_a": m(A @ v3), "gemv_at": m(-1.0 * A.T @ v4),
    "gemv_beta": m(2.0 * A @ v3 + 3.0 * v4),
    "syrk_ata": m(A.T @ A), "syrk_aat": m(0.5 * A @ A.T),
    "lower": m(L), "upper": m(U), "rhs": m(R),
    "trsv_lower": m(scipy.linalg.solve_triangular(L, v4, lower=True)),
    "trsv_upper_t": m(scipy.linalg.solve_triangular(U, v4, lower=False, trans="T")),
    "trsv_lower_unit": m(scipy.linalg.solve_triangular(L, v4, lower=True, unit_diagonal=True)),
    "trsm_lower": m(scipy.linalg.solve_triangular(L, R, lower=True)),
    "trsm_upper": m(scipy.linalg.solve_triangular(U, R, lower=False)),
    "trsm_lower_t": m(scipy.linalg.solve_triangular(L, R, lower=True, trans="T")),
    "sum": m(L + U), "difference": m(L - U), "scaled": m(-3.0 * A),
}

# ---- LU, solve, inverse, determinants ------------------------------------
G = rand(5, 5)
Bg = rand(5, 2)
sign, logabs = np.linalg.slogdet(G)
singular = np.array([[1.0, 1, 1], [1, 1, 1], [0, 0, 1]])
_, _, info_singular = lapack.dgetrf(singular)
# 400x400 with det ~ 1e400 (overflows a double; the log-determinant does not). A formula, not stored:
# big[i, j] = ((37 i + 91 j) mod 101) / 101 - 0.5 + 10 [i == j], exactly reproducible in Swift.
ii, jj = np.meshgrid(np.arange(400), np.arange(400), indexing="ij")
big = ((37 * ii + 91 * jj) % 101) / 101.0 - 0.5 + 10.0 * (ii == jj)
bsign, blogabs = np.linalg.slogdet(big)
out["lu"] = {
    "a": m(G), "b": m(Bg),
    "solve": m(np.linalg.solve(G, Bg)), "det": float(np.linalg.det(G)),
    "inverse": m(np.linalg.inv(G)), "sign": float(sign), "logabs": float(logabs),
    "singular": m(singular), "singular_pivot": int(info_singular),
    "big_sign": float(bsign), "big_logabs": float(blogabs),
}

# ---- Cholesky -------------------------------------------------------------
M = rand(5, 5)
S = M @ M.T + 5 * np.eye(5)
Bs = rand(5, 3)
notpd = np.array([[4.0, 2, 0], [2, 1, 0], [0, 0, 1]])
_, info_notpd = lapack.dpotrf(notpd, lower=1)
indef = np.array([[2.0, 1, 0, 0], [1, 2, 1, 0], [0, 1, 2, 3], [0, 0, 3, 1]])
_, info_indef = lapack.dpotrf(indef, lower=1)
out["cholesky"] = {
    "a": m(S), "b": m(Bs),
    "factor": m(np.linalg.cholesky(S)), "solve": m(scipy.linalg.cho_solve((np.linalg.cholesky(S), True), Bs)),
    "inverse": m(np.linalg.inv(S)), "logdet": float(np.linalg.slogdet(S)[1]),
    "notpd": m(notpd), "notpd_minor": int(info_notpd),
    "indefinite": m(indef), "indefinite_minor": int(info_indef),
}

# ---- Pivoted QR -----------------------------------------------------------
Aq = rand(6, 4)
Q, Rq, P = scipy.linalg.qr(Aq, mode="economic", pivoting=True)
Ad = rand(6, 4)
Ad[:, 3] = Ad[:, 0] + 2 * Ad[:, 1]
Aw = rand(3, 5)
Qw, Rw, Pw = scipy.linalg.qr(Aw, mode="economic", pivoting=True)
out["qr"] = {
    "a": m(Aq), "q": m(Q), "r": m(Rq), "permutation": [int(p) for p in P],
    "deficient": m(Ad), "deficient_rank": int(np.linalg.matrix_rank(Ad)),
    "wide": m(Aw), "wide_q": m(Qw), "wide_r": m(Rw), "wide_permutation": [int(p) for p in Pw],
}

# ---- Least squares --------------------------------------------------------
Al = rand(8, 3)
Bl = rand(8, 2)
Au = rand(3, 5)
Bu = rand(3, 1)
Ar = rand(10, 4)
Ar[:, 2] = Ar[:, 0] - 2 * Ar[:, 1]
br = rng.standard_normal((10, 1))
sol_r, _, rank_r, sv_r = np.linalg.lstsq(Ar, br, rcond=None)
out["lstsq"] = {
    "a": m(Al), "b": m(Bl), "solution": m(np.linalg.lstsq(Al, Bl, rcond=None)[0]),
    "under_a": m(Au), "under_b": m(Bu), "under_solution": m(np.linalg.lstsq(Au, Bu, rcond=None)[0]),
    "deficient_a": m(Ar), "deficient_b": m(br), "deficient_rcond": float(np.finfo(float).eps * 10),
    "deficient_solution": m(sol_r), "deficient_rank": int(rank_r), "deficient_singular_values": m(sv_r),
}

# ---- Eigen ----------------------------------------------------------------
Ms = rand(5, 5)
Sy = (Ms + Ms.T) / 2
w, V = np.linalg.eigh(Sy)
Ng = np.array([[0.0, -2, 1, 0], [1, 0, 0, 3], [0, 1, 1, 0], [2, 0, 1, -1]])
ev, EV = np.linalg.eig(Ng)
order = np.lexsort((ev.imag, ev.real))
# Saaty's (1980) example: a 4x4 positive reciprocal comparison matrix.
ahp = np.array([[1, 5, 6, 7], [1 / 5, 1, 4, 6], [1 / 6, 1 / 4, 1, 4], [1 / 7, 1 / 6, 1 / 4, 1]])
aw, avec = np.linalg.eig(ahp)
k = int(np.argmax(aw.real))
pv = avec[:, k].real
pv = pv / pv.sum()
out["eigen"] = {
    "symmetric": m(Sy), "values": m(w), "vectors": m(V),
    "general": m(Ng), "real": m(ev.real[order]), "imag": m(ev.imag[order]),
    "ahp": m(ahp), "ahp_lambda": float(aw[k].real), "ahp_vector": m(pv),
}

# ---- SVD ------------------------------------------------------------------
At = rand(6, 3)
Ut, st, Vtt = np.linalg.svd(At, full_matrices=False)
Aw2 = rand(3, 5)
Uw, sw, Vtw = np.linalg.svd(Aw2, full_matrices=False)
out["svd"] = {
    "tall": m(At), "tall_u": m(Ut), "tall_s": m(st), "tall_vt": m(Vtt),
    "wide": m(Aw2), "wide_u": m(Uw), "wide_s": m(sw), "wide_vt": m(Vtw),
}

# ---- Condition number -----------------------------------------------------
H = scipy.linalg.hilbert(8)
lu, piv, _ = lapack.dgetrf(H)
rcond_lapack, _ = lapack.dgecon(lu, np.abs(H).sum(axis=0).max(), norm="1")
Wc = rand(5, 5)
lu2, _, _ = lapack.dgetrf(Wc)
rcond2, _ = lapack.dgecon(lu2, np.abs(Wc).sum(axis=0).max(), norm="1")
out["rcond"] = {
    "hilbert": m(H), "hilbert_exact": float(1 / np.linalg.cond(H, 1)), "hilbert_dgecon": float(rcond_lapack),
    "random": m(Wc), "random_exact": float(1 / np.linalg.cond(Wc, 1)), "random_dgecon": float(rcond2),
}

# ---- NNLS -----------------------------------------------------------------
An = rand(10, 6)
bn = rng.standard_normal(10)
xn, rn = scipy.optimize.nnls(An, bn)
An2 = np.abs(rand(20, 8))
bn2 = An2 @ np.array([0, 1.5, 0, 2, 0.25, 0, 0, 3]) + 0.01 * rng.standard_normal(20)
xn2, _ = scipy.optimize.nnls(An2, bn2)


def lawson_hanson_step_backs(A, b):
    """Counts the inner (step-back) iterations of textbook Lawson-Hanson; used only to pick a test case
    that exercises that loop. The expected solution is scipy's."""
    n = A.shape[1]
    x, P, inner = np.zeros(n), np.zeros(n, bool), 0
    w = A.T @ (b - A @ x)
    while (~P).any() and (w[~P] > 1e-12).any():
        P[np.argmax(np.where(~P, w, -np.inf))] = True
        s = np.zeros(n)
        s[P] = np.linalg.lstsq(A[:, P], b, rcond=None)[0]
        while s[P].min() <= 0:
            inner += 1
            Q = P & (s <= 0)
            x = x + np.min(x[Q] / (x[Q] - s[Q])) * (s - x)
            P &= ~(x <= 1e-14)
            s = np.zeros(n)
            s[P] = np.linalg.lstsq(A[:, P], b, rcond=None)[0]
        x = s
        w = A.T @ (b - A @ x)
    return inner


# Positive, strongly correlated columns: variables enter and must leave again.
while True:
    An3 = rng.random((8, 5)) + 1.0
    bn3 = 3 * rng.random(8)
    if lawson_hanson_step_backs(An3, bn3) >= 2:
        break
xn3, _ = scipy.optimize.nnls(An3, bn3)
out["nnls"] = {
    "a3": m(An3), "b3": m(bn3), "x3": m(xn3), "step_backs3": lawson_hanson_step_backs(An3, bn3),
    "a": m(An), "b": m(bn), "x": m(xn), "active": int((xn == 0).sum()),
    "doc_a": [[1.0, 0], [1, 0], [0, 1]], "doc_b": [2.0, 1, 1], "doc_x": m(scipy.optimize.nnls(
        np.array([[1.0, 0], [1, 0], [0, 1]]), np.array([2.0, 1, 1]))[0]),
    "a2": m(An2), "b2": m(bn2), "x2": m(xn2),
}

path = pathlib.Path(__file__).resolve().parents[2] / "LinalgTests" / "Fixtures" / "linalg_reference.json"
path.write_text(json.dumps(out, indent=None, separators=(",", ":")) + "\n")
print(f"wrote {path}")
print("singular pivot", info_singular, "notpd minor", info_notpd, "indefinite minor", info_indef)
print("hilbert rcond exact", out["rcond"]["hilbert_exact"], "dgecon", out["rcond"]["hilbert_dgecon"])
print("nnls active", out["nnls"]["active"], "x2", xn2)
print("deficient rank", rank_r, "qr deficient rank", out["qr"]["deficient_rank"])
