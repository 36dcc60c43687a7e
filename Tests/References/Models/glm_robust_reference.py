"""Expected values for StationKit's robust and cluster-robust GLM covariances beyond the canonical links
(Gamma with log link, negative binomial NB2 with alpha by ML or fixed, probit), and for predictions with
offset/exposure (Poisson GLM, NB2).

Run:  /tmp/venv-models/bin/python Tests/References/Models/glm_robust_reference.py
(venv: python3 -m venv --system-site-packages /tmp/venv-models && pip install statsmodels==0.15.0 pandas)
Reads Tests/ModelsTests/Fixtures/glm_families.csv (written by glm_families_reference.py) and spector.csv;
writes Tests/ModelsTests/Fixtures/glm_robust_reference.json.

statsmodels 0.15.0 conventions reproduced here:
- HC0 = sandwich H^-1 (sum s_i s_i') H^-1 with s_i = model.score_obs(params) and H = model.hessian(params)
  (the observed Hessian; base/covtype.py -> sandwich_covariance.cov_white_simple(use_correction=False)).
  statsmodels maps HC1-HC3 to this same HC0 for GLM and discrete models, so only HC0 is recorded.
- cluster: sum over clusters of the score sums, times G/(G-1) * (n-1)/(n-k), k = number of parameters
  (for the discrete NB: the betas plus alpha); two-way: cov_cluster_2groups (V_g + V_h - V_gh, each with
  its own G factor).
Clusters: `cl` = row index mod 7 and `cl2` = row index mod 11 (stored in the JSON: not CSV columns).
GLM fits use tol=1e-13 so that the covariance is at the converged estimate; the discrete NB uses Newton
with tol=1e-14.
"""
import json, os, sys
import numpy as np, pandas as pd
import statsmodels, statsmodels.api as sm, statsmodels.formula.api as smf

here = os.path.dirname(os.path.abspath(__file__))
fixtures = os.path.join(here, "..", "..", "ModelsTests", "Fixtures")
sys.path.insert(0, here)
from glm_records import lst, coef_record

df = pd.read_csv(os.path.join(fixtures, "glm_families.csv"))
n = len(df)
df["cl"] = np.arange(n) % 7
df["cl2"] = np.arange(n) % 11
two = np.column_stack([df["cl"].to_numpy(), df["cl2"].to_numpy()])
rhs = "x1 + x2 + C(g)"
L = sm.families.links
out = {"versions": {"statsmodels": statsmodels.__version__, "numpy": np.__version__},
       "rhs": rhs, "cluster_groups": [int(v) for v in df["cl"]], "cluster2_groups": [int(v) for v in df["cl2"]], "fits": {}, "predictions": {}}
fits = out["fits"]


def glm(formula, family, **kw):
    extra = {k: kw.pop(k) for k in ["exposure", "offset"] if k in kw}
    return smf.glm(formula, df, family=family, **extra).fit(tol=1e-13, **kw)


covs = {"hc0": dict(cov_type="HC0"),
        "cluster": dict(cov_type="cluster", cov_kwds={"groups": df["cl"].to_numpy()}),
        "cluster2": dict(cov_type="cluster", cov_kwds={"groups": two})}

gamma = sm.families.Gamma(link=L.Log())
for name, kw in covs.items():
    fits["gamma_" + name] = coef_record(glm("cost ~ " + rhs, gamma, **kw))

# NB2 GLM with a fixed alpha (GLM NegativeBinomial family, log link: not canonical, observed-Hessian bread).
nbfam = sm.families.NegativeBinomial(alpha=0.5)
for name, kw in covs.items():
    fits["nbglm_" + name] = coef_record(glm("count ~ " + rhs, nbfam, exposure=df["pop"], **kw))

# Discrete NB2, alpha by ML: scores and Hessian in (beta, alpha).
for name, kw in covs.items():
    res = smf.negativebinomial("count ~ " + rhs, df, exposure=df["pop"]).fit(
        method="newton", maxiter=200, tol=1e-14, disp=0, **kw)
    fits["negbin_" + name] = coef_record(res)

spector = pd.read_csv(os.path.join(fixtures, "spector.csv"))
spector["cl"] = np.arange(len(spector)) % 5
out["spector_cluster_groups"] = [int(v) for v in spector["cl"]]
fits["probit_cluster"] = coef_record(smf.glm("GRADE ~ GPA + TUCE + PSI", spector,
                                             family=sm.families.Binomial(link=L.Probit())).fit(
    tol=1e-13, cov_type="cluster", cov_kwds={"groups": spector["cl"].to_numpy()}))

# Predictions on the first 8 rows with a new exposure / offset (1.5 x pop).
new = df.head(8).copy()
newpop = (new["pop"] * 1.5).to_numpy()
out["prediction_exposure"] = lst(newpop)
pe = glm("count ~ " + rhs, sm.families.Poisson(), exposure=df["pop"])
out["predictions"]["poisson_exposure"] = lst(pe.predict(new, exposure=newpop))
out["predictions"]["poisson_exposure_none"] = lst(pe.predict(new, exposure=np.ones(len(new))))
po = glm("count ~ " + rhs, sm.families.Poisson(), offset=df["logpop"])
out["predictions"]["poisson_offset"] = lst(po.predict(new, offset=np.log(newpop)))
nb = smf.negativebinomial("count ~ " + rhs, df, exposure=df["pop"]).fit(method="newton", maxiter=200, tol=1e-14, disp=0)
out["predictions"]["negbin_exposure"] = lst(nb.predict(new, exposure=newpop))
out["predictions"]["negbin_offset"] = lst(nb.predict(new, offset=np.log(newpop)))

for r in fits.values():
    r["names"] = [n.replace("np.", "") for n in r["names"]]
with open(os.path.join(fixtures, "glm_robust_reference.json"), "w") as fh:
    json.dump(out, fh, indent=1)
print("wrote glm_robust_reference.json")
for k, v in fits.items():
    print(k, v["bse"][:3])
for k, v in out["predictions"].items():
    print(k, v[:3])
