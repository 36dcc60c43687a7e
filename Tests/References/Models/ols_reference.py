"""Expected values for StationKit's Models tests (OLS/WLS, covariances, formulas, prediction).

Run:  python3 -m venv --system-site-packages /tmp/venv-models
      /tmp/venv-models/bin/pip install statsmodels==0.15.0 linearmodels==7.1 pyfixest==0.60.0 pandas
      /tmp/venv-models/bin/python Tests/References/Models/ols_reference.py
Writes Tests/ModelsTests/Fixtures/ols_reference.json and copies the data it used into
Tests/ModelsTests/Fixtures/ (longley.csv, grunfeld.csv from statsmodels.datasets; jinan_small.csv and
grunfeld_missing.csv generated here with a fixed seed).

Conventions recorded here (statsmodels 0.15.0 defaults):
- nonrobust: t with df_resid; HC0..HC3 and cluster: use_t=False -> normal reference distribution,
  robust Wald F-test (f_test of all slopes) with df_denom = df_resid (one-way cluster: G-1).
- cluster: small-sample factor G/(G-1)*(N-1)/(N-K); two-way: V_g1 + V_g2 - V_(g1 x g2), each term
  with its own G factor.
"""
import json, os, shutil, sys
import numpy as np, pandas as pd
import statsmodels, statsmodels.api as sm, statsmodels.formula.api as smf
import linearmodels, pyfixest as pf

here = os.path.dirname(os.path.abspath(__file__))
fixtures = os.path.join(here, "..", "..", "ModelsTests", "Fixtures")
os.makedirs(fixtures, exist_ok=True)
ds = os.path.dirname(sm.datasets.__file__)

def lst(x):
    return [float(v) for v in np.asarray(x, dtype=float).ravel()]

def ols_record(res, names=None):
    ci = np.asarray(res.conf_int(alpha=0.05))
    rec = {
        "names": [n.replace("np.", "") for n in (names or list(res.params.index))],
        "params": lst(res.params), "bse": lst(res.bse), "tvalues": lst(res.tvalues),
        "pvalues": lst(res.pvalues), "conf_low": lst(ci[:, 0]), "conf_high": lst(ci[:, 1]),
        "fvalue": float(res.fvalue), "f_pvalue": float(res.f_pvalue),
        "use_t": bool(res.use_t),
    }
    return rec

def fit_record(res):
    r = ols_record(res)
    r.update({
        "nobs": float(res.nobs), "df_resid": float(res.df_resid), "df_model": float(res.df_model),
        "rsquared": float(res.rsquared), "rsquared_adj": float(res.rsquared_adj),
        "llf": float(res.llf), "aic": float(res.aic), "bic": float(res.bic),
        "ssr": float(res.ssr), "scale": float(res.scale),
        "resid_head": lst(res.resid[:5]), "fitted_head": lst(res.fittedvalues[:5]),
    })
    return r

def prediction_record(res, new):
    sf = res.get_prediction(new).summary_frame(alpha=0.05)
    return {"new": {k: lst(v) if v.dtype.kind in "fi" else [str(s) for s in v] for k, v in new.items()},
            "mean": lst(sf["mean"]), "mean_se": lst(sf["mean_se"]),
            "mean_ci_lower": lst(sf["mean_ci_lower"]), "mean_ci_upper": lst(sf["mean_ci_upper"]),
            "obs_ci_lower": lst(sf["obs_ci_lower"]), "obs_ci_upper": lst(sf["obs_ci_upper"])}

out = {"versions": {"statsmodels": statsmodels.__version__, "linearmodels": linearmodels.__version__,
                    "pyfixest": pf.__version__, "pandas": pd.__version__, "numpy": np.__version__}}

# --- longley (NIST StRD "Longley", ill-conditioned) ---------------------------------------------
longley = pd.read_csv(os.path.join(ds, "longley", "longley.csv")).drop(columns=["Obs"])
longley.to_csv(os.path.join(fixtures, "longley.csv"), index=False)
f_longley = "TOTEMP ~ GNPDEFL + GNP + UNEMP + ARMED + POP + YEAR"
rec = {"formula": f_longley, "fits": {}}
base = smf.ols(f_longley, longley).fit()
rec["fits"]["nonrobust"] = fit_record(base)
for cov in ["HC0", "HC1", "HC2", "HC3"]:
    rec["fits"][cov] = ols_record(smf.ols(f_longley, longley).fit(cov_type=cov))
new = longley.iloc[[0, 7, 15]].copy()
new["GNP"] = new["GNP"] * 1.01
rec["prediction"] = prediction_record(base, new)
# NIST StRD certified values (https://www.itl.nist.gov/div898/strd/lls/data/Longley.shtml)
rec["nist_params"] = [-3482258.63459582, 15.0618722713733, -0.358191792925910e-01, -2.02022980381683,
                      -1.03322686717359, -0.511041056535807e-01, 1829.15146461355]
rec["nist_bse"] = [890420.383607373, 84.9149257747669, 0.334910077722432e-01, 0.488399681651699,
                   0.214274163161675, 0.226073200069370, 455.478499142212]
rec["nist_rsquared"] = 0.995479004577296
out["longley"] = rec

# --- grunfeld (panel: 11 firms x 20 years) ------------------------------------------------------
grunfeld = pd.read_csv(os.path.join(ds, "grunfeld", "grunfeld.csv"))
grunfeld.to_csv(os.path.join(fixtures, "grunfeld.csv"), index=False)
f_g = "invest ~ value + capital"
firm = pd.factorize(grunfeld["firm"])[0]
year = pd.factorize(grunfeld["year"])[0]
rec = {"formula": f_g, "fits": {}}
g_base = smf.ols(f_g, grunfeld).fit()
rec["fits"]["nonrobust"] = fit_record(g_base)
for cov in ["HC0", "HC1", "HC2", "HC3"]:
    rec["fits"][cov] = ols_record(smf.ols(f_g, grunfeld).fit(cov_type=cov))
c1 = smf.ols(f_g, grunfeld).fit(cov_type="cluster", cov_kwds={"groups": firm})
rec["fits"]["cluster_firm"] = ols_record(c1)
rec["fits"]["cluster_firm"]["df_resid_inference"] = float(getattr(c1, "df_resid_inference", np.nan) or np.nan)
c2 = smf.ols(f_g, grunfeld).fit(cov_type="cluster", cov_kwds={"groups": np.column_stack([firm, year])})
rec["fits"]["cluster_firm_year"] = ols_record(c2)
rec["fits"]["cluster_firm_year"]["df_resid_inference"] = float(getattr(c2, "df_resid_inference", np.nan) or np.nan)
# Same with use_t=True (t with G-1 / min(G)-1 degrees of freedom), for the --t option.
c1t = smf.ols(f_g, grunfeld).fit(cov_type="cluster", cov_kwds={"groups": firm}, use_t=True)
rec["fits"]["cluster_firm_use_t"] = ols_record(c1t)
h1t = smf.ols(f_g, grunfeld).fit(cov_type="HC1", use_t=True)
rec["fits"]["HC1_use_t"] = ols_record(h1t)
# Other tools' conventions, for the README (not StationKit defaults).
pyf1 = pf.feols(f_g, data=grunfeld, vcov={"CRV1": "firm"})
pyf2 = pf.feols(f_g, data=grunfeld, vcov={"CRV1": "firm+year"})
rec["pyfixest"] = {"cluster_firm_bse": lst(pyf1.se()), "cluster_firm_pvalues": lst(pyf1.pvalue()),
                   "cluster_firm_year_bse": lst(pyf2.se()), "cluster_firm_year_pvalues": lst(pyf2.pvalue())}
from linearmodels.panel import PooledOLS
panel = grunfeld.set_index(["firm", "year"])
lm1 = PooledOLS(panel["invest"], sm.add_constant(panel[["value", "capital"]])).fit(
    cov_type="clustered", cluster_entity=True)
lm2 = PooledOLS(panel["invest"], sm.add_constant(panel[["value", "capital"]])).fit(
    cov_type="clustered", cluster_entity=True, cluster_time=True)
rec["linearmodels"] = {"cluster_firm_bse": lst(lm1.std_errors), "cluster_firm_year_bse": lst(lm2.std_errors)}
# WLS with weights 1/capital
w = 1.0 / grunfeld["capital"]
wls = smf.wls(f_g, grunfeld, weights=w).fit()
rec["wls"] = fit_record(wls)
rec["wls"]["weights_column"] = "inv_capital"
for cov in ["HC0", "HC1", "HC2", "HC3"]:
    rec["wls"][cov] = ols_record(smf.wls(f_g, grunfeld, weights=w).fit(cov_type=cov))
rec["wls"]["cluster_firm"] = ols_record(smf.wls(f_g, grunfeld, weights=w).fit(
    cov_type="cluster", cov_kwds={"groups": firm}))
rec["wls_prediction"] = prediction_record(wls, grunfeld.iloc[[0, 50, 219]][["value", "capital"]])
# Interactions and categorical terms (names must match statsmodels').
f_int = "invest ~ value*capital + C(firm) + np.log(capital):value + np.sqrt(value)"
rec["interaction"] = fit_record(smf.ols(f_int, grunfeld).fit())
rec["interaction"]["formula"] = f_int.replace("np.", "")
f_year = "invest ~ value + C(year)"
rec["categorical_year"] = fit_record(smf.ols(f_year, grunfeld).fit())
rec["categorical_year"]["formula"] = f_year
# A perfectly collinear regressor: R drops it (NA); the fit equals the fit without it.
rec["collinear_reference"] = fit_record(smf.ols("invest ~ value + capital", grunfeld).fit())
out["grunfeld"] = rec

# --- absorbed fixed effects: pyfixest feols (fixest conventions) and statsmodels' dummy-variable OLS ---------
absorbed = {}
gw = grunfeld.copy()
gw["inv_capital"] = 1.0 / gw["capital"]
for fe in ["firm", "firm + year"]:
    dummies = " + ".join("C(%s)" % f.strip() for f in fe.split("+"))
    dm = smf.ols("invest ~ value + capital + " + dummies, grunfeld).fit()
    rec = {"dummy_ols": {k: float(getattr(dm, k)) for k in
                         ["rsquared", "rsquared_adj", "llf", "aic", "bic", "df_resid", "ssr", "scale"]}}
    rec["dummy_ols"]["params"] = lst(dm.params[["value", "capital"]])
    rec["dummy_ols"]["bse"] = lst(dm.bse[["value", "capital"]])
    for name, vcov in [("iid", "iid"), ("hetero", "hetero"), ("cluster_firm", {"CRV1": "firm"}),
                       ("cluster_year", {"CRV1": "year"}), ("cluster_firm_year", {"CRV1": "firm+year"})]:
        m = pf.feols("invest ~ value + capital | " + fe, data=grunfeld, vcov=vcov)
        ci = m.confint()
        rec[name] = {"params": lst(m.coef()), "bse": lst(m.se()), "tvalues": lst(m.tstat()), "pvalues": lst(m.pvalue()),
                     "conf_low": lst(ci.iloc[:, 0]), "conf_high": lst(ci.iloc[:, 1]),
                     "r2_within": float(m._r2_within), "r2": float(m._r2)}
    absorbed[fe] = rec
mw = pf.feols("invest ~ value + capital | firm", data=gw, vcov={"CRV1": "firm"}, weights="inv_capital")
absorbed["weighted_firm_cluster"] = {"params": lst(mw.coef()), "bse": lst(mw.se()), "pvalues": lst(mw.pvalue())}
dw = smf.wls("invest ~ value + capital + C(firm)", gw, weights=gw["inv_capital"]).fit()
absorbed["weighted_dummy_wls"] = {"params": lst(dw.params[["value", "capital"]]), "bse": lst(dw.bse[["value", "capital"]]),
                                  "llf": float(dw.llf), "rsquared": float(dw.rsquared)}
out["absorbed"] = absorbed

# --- missing values: grunfeld with some cells blanked --------------------------------------------
gm = grunfeld.copy()
gm.loc[[3, 17, 100], "invest"] = np.nan
gm.loc[[5, 17, 150], "capital"] = np.nan
gm.loc[[200], "firm"] = np.nan
gm.to_csv(os.path.join(fixtures, "grunfeld_missing.csv"), index=False)
f_m = "invest ~ value + capital + C(firm)"
mres = smf.ols(f_m, gm).fit()
out["missing"] = fit_record(mres)
out["missing"]["formula"] = f_m
out["missing"]["n_rows"] = int(len(gm))

# --- a small synthetic table with Chinese district names ----------------------------------------
rng = np.random.default_rng(20201001)
districts = ["历下区", "市中区", "槐荫区", "天桥区", "历城区", "长清区"]
n = 120
d = rng.choice(districts, n)
staff = rng.integers(2, 12, n).astype(float)
funding = rng.gamma(4.0, 10.0, n)
effect = {k: v for k, v in zip(districts, [0.0, 1.5, -1.0, 0.5, 2.0, -0.5])}
score = 60 + 2.0 * staff + 3.0 * np.log(funding) + np.array([effect[k] for k in d]) + rng.normal(0, 3, n)
jn = pd.DataFrame({"score": np.round(score, 3), "staff": staff, "funding": np.round(funding, 3),
                   "district": d, "year": rng.choice([2021, 2022, 2023], n)})
jn.to_csv(os.path.join(fixtures, "jinan_small.csv"), index=False)
f_j = "score ~ staff + log(funding) + C(district) + staff:C(district)"
jres = smf.ols(f_j.replace("log(", "np.log("), jn).fit()
out["jinan"] = fit_record(jres)
out["jinan"]["formula"] = f_j
out["jinan"]["HC3"] = ols_record(smf.ols(f_j.replace("log(", "np.log("), jn).fit(cov_type="HC3"))

# --- design-matrix names for formula shapes (patsy, statsmodels' default engine) -----------------
names = {}
for f in ["score ~ staff + C(district)", "score ~ staff*C(year)", "score ~ C(year):staff",
          "score ~ staff:funding + staff", "score ~ C(district)*C(year)", "score ~ C(district):C(year)",
          "score ~ 0 + C(year) + staff", "score ~ funding + district", "score ~ staff - 1",
          "score ~ (staff + funding):C(year)", "score ~ staff*funding*C(year) - staff:funding"]:
    names[f] = [s.replace("np.", "") for s in smf.ols(f, jn).fit().params.index]
out["design_names"] = names

with open(os.path.join(fixtures, "ols_reference.json"), "w") as fh:
    json.dump(out, fh, indent=1, ensure_ascii=False)
print("wrote", os.path.join(fixtures, "ols_reference.json"))
