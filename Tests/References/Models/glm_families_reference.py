"""Expected values for StationKit's extra GLM families and links (probit, cloglog, binomial counts with
trials, fractional binomial, Poisson with offset/exposure, NB2 with alpha by ML, Gamma with log link).

Run:  /tmp/venv-models2/bin/python Tests/References/Models/glm_families_reference.py
(venv: python3 -m venv --system-site-packages /tmp/venv-models2 && pip install statsmodels==0.15.0)
Writes Tests/ModelsTests/Fixtures/glm_families.csv (synthetic, numpy seed 20261129) and
Tests/ModelsTests/Fixtures/glm_families_reference.json. GLM fits use tol=1e-13 (covariance at the
converged estimate). Negative binomial: statsmodels' discrete NegativeBinomial (smf.negativebinomial, NB2),
Newton with tight tolerances; its covariance is the inverse observed Hessian in (beta, alpha).
"""
import json, os, sys
import numpy as np, pandas as pd
import statsmodels, statsmodels.api as sm, statsmodels.formula.api as smf

here = os.path.dirname(os.path.abspath(__file__))
fixtures = os.path.join(here, "..", "..", "ModelsTests", "Fixtures")

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from glm_records import lst, coef_record, glm_record

rng = np.random.default_rng(20261129)
n = 60
x1 = rng.normal(size=n)
x2 = rng.uniform(0, 2, size=n)
g = rng.choice(["a", "b", "c"], size=n)
trials = rng.integers(5, 40, size=n)
eta = -0.3 + 0.8 * x1 - 0.5 * x2 + (g == "b") * 0.4
successes = rng.binomial(trials, 1 / (1 + np.exp(-eta)))
pop = rng.uniform(500, 5000, size=n).round(1)
count_mu = pop / 1000 * np.exp(0.2 + 0.3 * x1 - 0.2 * x2)
count = rng.poisson(count_mu * rng.gamma(2.0, 0.5, size=n))
cost = rng.gamma(3.0, np.exp(1.0 + 0.25 * x1 + 0.1 * x2) / 3.0)
df = pd.DataFrame({"x1": x1.round(6), "x2": x2.round(6), "g": g, "trials": trials, "successes": successes,
                   "coverage": (successes / trials).round(6), "pop": pop, "count": count,
                   "cost": cost.round(6)})
df["failures"] = df.trials - df.successes
df["logpop"] = np.log(df["pop"])
df.to_csv(os.path.join(fixtures, "glm_families.csv"), index=False, columns=[c for c in df.columns if c != "failures"])
df = pd.read_csv(os.path.join(fixtures, "glm_families.csv"))
df["failures"] = df.trials - df.successes

out = {"versions": {"statsmodels": statsmodels.__version__, "numpy": np.__version__}, "fits": {}}
L = sm.families.links
spector = pd.read_csv(os.path.join(fixtures, "spector.csv"))
f = "GRADE ~ GPA + TUCE + PSI"
for name, link in [("probit", L.Probit()), ("cloglog", L.CLogLog())]:
    fam = sm.families.Binomial(link=link)
    out["fits"][name] = glm_record(smf.glm(f, spector, family=fam).fit(tol=1e-13))
    out["fits"][name + "_hc0"] = coef_record(smf.glm(f, spector, family=fam).fit(cov_type="HC0", tol=1e-13))
out["fits"]["probit"]["formula"] = f

ft = "x1 + x2 + C(g)"
out["rhs"] = ft
out["fits"]["trials"] = glm_record(smf.glm("successes + failures ~ " + ft, df, family=sm.families.Binomial()).fit(tol=1e-13))
out["fits"]["fractional"] = glm_record(smf.glm("coverage ~ " + ft, df, family=sm.families.Binomial()).fit(tol=1e-13))
out["fits"]["fractional_hc0"] = coef_record(smf.glm("coverage ~ " + ft, df, family=sm.families.Binomial()).fit(cov_type="HC0", tol=1e-13))
out["fits"]["poisson_exposure"] = glm_record(smf.glm("count ~ " + ft, df, family=sm.families.Poisson(), exposure=df["pop"]).fit(tol=1e-13))
out["fits"]["poisson_offset"] = glm_record(smf.glm("count ~ " + ft, df, family=sm.families.Poisson(), offset=df["logpop"]).fit(tol=1e-13))
out["fits"]["gamma_log"] = glm_record(smf.glm("cost ~ " + ft, df, family=sm.families.Gamma(link=L.Log())).fit(tol=1e-13))
nb = smf.negativebinomial("count ~ " + ft, df, exposure=df["pop"]).fit(method="newton", maxiter=200, tol=1e-14, disp=0)
out["fits"]["negbin"] = coef_record(nb)
out["fits"]["negbin"].update({"llf": float(nb.llf), "aic": float(nb.aic), "bic": float(nb.bic), "nobs": float(nb.nobs),
                              "converged": bool(nb.mle_retvals["converged"])})
nb2 = smf.negativebinomial("count ~ " + ft, df).fit(method="newton", maxiter=200, tol=1e-14, disp=0)
out["fits"]["negbin_noexposure"] = coef_record(nb2)
out["fits"]["negbin_noexposure"]["llf"] = float(nb2.llf)
for r in out["fits"].values():
    r["names"] = [n.replace("np.", "") for n in r["names"]]
with open(os.path.join(fixtures, "glm_families_reference.json"), "w") as fh:
    json.dump(out, fh, indent=1)
print("wrote glm_families_reference.json")
for k, v in out["fits"].items():
    print(k, v["params"][:3], v["bse"][:3])
