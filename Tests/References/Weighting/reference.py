"""Expected values for Tests/WeightingTests (StationKit Weighting module).

Run:  python3 -m venv --system-site-packages /tmp/venv-weighting
      /tmp/venv-weighting/bin/pip install pymcdm==1.4.0 ahpy==2.1 numpy scipy
      /tmp/venv-weighting/bin/python Tests/References/Weighting/reference.py

Each block prints `name = [...]` with repr precision; the Swift tests paste these and cite this file.
Three kinds of reference:
  * pymcdm 1.4.0 / ahpy 2.1 (the tools users trust; their conventions are noted per block);
  * plain numpy transcriptions of the textbook formulas (written independently of the Swift code);
  * numpy.linalg.eig / scipy.optimize.nnls for the linear-algebra steps.
"""
import numpy as np
from scipy.optimize import nnls
import pymcdm
from pymcdm import weights as pw
from pymcdm.methods import TOPSIS
from pymcdm import normalizations as pn
import ahpy

np.set_printoptions(precision=17)


def out(name, x):
    x = np.atleast_1d(np.asarray(x, dtype=float)).ravel()
    print(f"{name} = [" + ", ".join(repr(float(v)) for v in x) + "]")


# ---------------------------------------------------------------- decision matrix
# 6 stations x 4 criteria: staff per 10k people, coverage, cost per capita (COST), satisfaction.
X = np.array([
    [3.2, 0.85, 12.0, 88],
    [2.1, 0.60, 9.5, 75],
    [4.0, 0.92, 15.0, 91],
    [2.8, 0.70, 8.0, 80],
    [3.5, 0.55, 11.0, 70],
    [1.9, 0.78, 10.5, 85],
], dtype=float)
types = np.array([1, 1, -1, 1])
m, n = X.shape


def minmax_dir(X, types):
    R = np.empty_like(X)
    for j in range(X.shape[1]):
        lo, hi = X[:, j].min(), X[:, j].max()
        R[:, j] = (X[:, j] - lo) / (hi - lo) if types[j] > 0 else (hi - X[:, j]) / (hi - lo)
    return R


def entropy_textbook(R, shift=0.0):
    R = R + shift
    P = R / R.sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        L = np.where(P > 0, P * np.log(P), 0.0)
    e = -L.sum(axis=0) / np.log(R.shape[0])
    d = 1 - e
    return d / d.sum()


R = minmax_dir(X, types)
out("entropyTextbook", entropy_textbook(R))
out("entropyShift001", entropy_textbook(R, 0.01))
# pymcdm: raw values, no direction (X has no zero, so pymcdm's "any zero -> e=0" rule does not trigger)
out("entropyPymcdmRaw", pw.entropy_weights(X))

# CRITIC
def critic(R):
    s = R.std(axis=0, ddof=1)
    C = np.corrcoef(R, rowvar=False)
    info = s * (1 - C).sum(axis=0)
    return info / info.sum()

out("criticTextbook", critic(R))
out("criticPymcdmAllBenefit", pw.critic_weights(X))

# dispersion
sd = R.std(axis=0, ddof=1)
out("stddevMinMax", sd / sd.sum())
out("stddevPymcdmRaw", pw.standard_deviation_weights(X))
cv = X.std(axis=0, ddof=1) / np.abs(X.mean(axis=0))
out("cvWeights", cv / cv.sum())

# PCA weights: correlation matrix, components kept until cumulative explained variance >= 0.85,
# c_j = sum_k lambda_k |u_jk| / sum_k lambda_k over kept k, w = c / sum c.
Cr = np.corrcoef(X, rowvar=False)
lam, U = np.linalg.eigh(Cr)
order = np.argsort(lam)[::-1]
lam, U = lam[order], U[:, order]
cum = np.cumsum(lam) / lam.sum()
K = int(np.searchsorted(cum, 0.85) + 1)
c = (np.abs(U[:, :K]) * lam[:K]).sum(axis=1) / lam[:K].sum()
print("pcaKept =", K)
out("pcaWeights", c / c.sum())
# Kaiser rule (eigenvalue > 1)
K1 = int((lam > 1).sum())
c1 = (np.abs(U[:, :K1]) * lam[:K1]).sum(axis=1) / lam[:K1].sum()
print("pcaKaiserKept =", K1)
out("pcaKaiserWeights", c1 / c1.sum())

# regression weights: outcome on indicators with an intercept (centred), w = beta / sum(beta)
y = np.array([78.0, 61.0, 90.0, 70.0, 66.0, 72.0])
Xc = X - X.mean(axis=0)
yc = y - y.mean()
beta = np.linalg.lstsq(Xc, yc, rcond=None)[0]
out("olsBeta", beta)
out("olsWeights", beta / beta.sum())
bn = nnls(Xc, yc)[0]
out("nnlsBeta", bn)
out("nnlsWeights", bn / bn.sum())

# ---------------------------------------------------------------- scoring
w = np.array([0.3, 0.25, 0.2, 0.25])
out("weightedSumMinMax", R @ w)
out("topsisVectorPymcdm", TOPSIS(pn.vector_normalization)(X, w, types))
out("topsisMinMaxPymcdm", TOPSIS()(X, w, types))


def gra(R, w, rho=0.5):
    D = np.abs(R.max(axis=0) - R)
    dmin, dmax = D.min(), D.max()
    xi = (dmin + rho * dmax) / (D + rho * dmax)
    return xi @ w

out("graGrades", gra(R, w))
out("graGradesRho03Equal", gra(R, np.full(n, 1 / n), 0.3))

Dv = w * (1 - R)
with np.errstate(invalid="ignore"):
    O = Dv / Dv.sum(axis=1, keepdims=True)
O = np.nan_to_num(O)
out("obstacleRowMajor", O)

# fuzzy: grades A>=90, B>=80, C>=60, D>=0 on 0-100; peaks = midpoints (95, 85, 70, 30);
# value v = 100 * minmax; triangular memberships between adjacent peaks; b = w @ Rmem, normalised;
# score = b @ peaks; grade = argmax b.
peaks = np.array([95.0, 85.0, 70.0, 30.0])


def memb(v):
    mu = np.zeros(4)
    p = -peaks
    vv = -v
    if vv <= p[0]:
        mu[0] = 1
        return mu
    if vv >= p[-1]:
        mu[-1] = 1
        return mu
    for k in range(3):
        if p[k] <= vv <= p[k + 1]:
            t = (vv - p[k]) / (p[k + 1] - p[k])
            mu[k], mu[k + 1] = 1 - t, t
            return mu


fs, fg = [], []
for i in range(m):
    M = np.array([memb(100 * R[i, j]) for j in range(n)])
    b = w @ M
    b = b / b.sum()
    fs.append(b @ peaks)
    fg.append(int(np.argmax(b)))
out("fuzzyScores", fs)
print("fuzzyGradeIndex =", fg)

# combinations
a = entropy_textbook(R)
b_ = np.array([0.4, 0.3, 0.1, 0.2])
mult = a * b_ / (a * b_).sum()
out("combinedMultiplicative", mult)
out("combinedLinear03", 0.3 * a + 0.7 * b_)
# game theory (Lai et al. 2015): (U U^T) alpha = diag(U U^T), alpha* = |alpha| / sum|alpha|, w = alpha* @ U
U2 = np.vstack([a, b_])
G = U2 @ U2.T
alpha = np.linalg.solve(G, np.diag(G))
alpha_star = np.abs(alpha) / np.abs(alpha).sum()
out("gameAlpha", alpha_star)
out("gameWeights", alpha_star @ U2)

# ---------------------------------------------------------------- AHP
A4 = np.array([[1, 3, 5, 7], [1 / 3, 1, 2, 3], [1 / 5, 1 / 2, 1, 1 / 2], [1 / 7, 1 / 3, 2, 1]])
bad = np.array([[1, 9, 1 / 9, 5], [1 / 9, 1, 7, 1 / 5], [9, 1 / 7, 1, 3], [1 / 5, 5, 1 / 3, 1]])
A3 = np.array([[1, 2, 4], [1 / 2, 1, 3], [1 / 4, 1 / 3, 1]])
A2 = np.array([[1, 3], [1 / 3, 1]])
RI1980 = {3: 0.58, 4: 0.90}


def ahp_eig(A):
    vals, vecs = np.linalg.eig(A)
    k = np.argmax(vals.real)
    v = np.abs(vecs[:, k].real)
    return vals[k].real, v / v.sum()


def gm(A):
    g = np.prod(A, axis=1) ** (1 / A.shape[0])
    return g / g.sum()


for name, A in [("A4", A4), ("Bad", bad), ("A3", A3), ("A2", A2)]:
    lmax, v = ahp_eig(A)
    nn = A.shape[0]
    ci = (lmax - nn) / (nn - 1)
    out(f"eig{name}", v)
    out(f"gm{name}", gm(A))
    print(f"lambda{name} = {float(lmax)!r}")
    print(f"ci{name} = {float(ci)!r}")
    if nn >= 3:
        print(f"cr1980{name} = {float(ci / RI1980[nn])!r}")


def ahpy_compare(A, ri):
    names = [chr(ord("a") + i) for i in range(A.shape[0])]
    comps = {(names[i], names[j]): A[i, j] for i in range(len(names)) for j in range(i + 1, len(names))}
    c = ahpy.Compare("x", comps, precision=10, random_index=ri)
    return [c.local_weights[k] for k in names], c.consistency_ratio


for name, A in [("A4", A4), ("Bad", bad), ("A3", A3), ("A2", A2)]:
    for ri in ("dd", "saaty"):
        wts, cr = ahpy_compare(A, ri)
        out(f"ahpy{name}_{ri}", wts)
        print(f"ahpyCR{name}_{ri} = {float(cr)!r}")

# group AHP, 3 experts on 4 criteria, expert weights 0.5, 0.3, 0.2
E = [A4,
     np.array([[1, 2, 4, 6], [1 / 2, 1, 3, 2], [1 / 4, 1 / 3, 1, 1], [1 / 6, 1 / 2, 1, 1]]),
     np.array([[1, 1, 3, 5], [1, 1, 4, 2], [1 / 3, 1 / 4, 1, 1 / 2], [1 / 5, 1 / 2, 2, 1]])]
lam_e = np.array([0.5, 0.3, 0.2])
Gm = np.exp(sum(l * np.log(Ek) for l, Ek in zip(lam_e, E)))
_, waij = ahp_eig(Gm)
out("groupAIJ", waij)
wexp = [ahp_eig(Ek)[1] for Ek in E]
waip = np.exp(sum(l * np.log(wk) for l, wk in zip(lam_e, wexp)))
out("groupAIP", waip / waip.sum())
Geq = np.exp(sum(np.log(Ek) for Ek in E) / 3)
out("groupAIJEqual", ahp_eig(Geq)[1])

# hierarchy (ahpy): goal -> {service, management}; service -> {s1, s2, s3}; management -> {m1, m2}
goal = ahpy.Compare("goal", {("service", "management"): 3}, precision=10)
service = ahpy.Compare("service", {("s1", "s2"): 2, ("s1", "s3"): 4, ("s2", "s3"): 3}, precision=10)
manage = ahpy.Compare("management", {("m1", "m2"): 1 / 2}, precision=10)
goal.add_children([service, manage])
tw = goal.target_weights
out("hierarchyGlobal_s1s2s3m1m2", [tw[k] for k in ("s1", "s2", "s3", "m1", "m2")])
