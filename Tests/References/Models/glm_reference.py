"""Expected values for StationKit's GLM tests (logit and Poisson by IRLS).

Run:  /tmp/venv-models/bin/python Tests/References/Models/glm_reference.py   (venv as in ols_reference.py)
Writes Tests/ModelsTests/Fixtures/glm_reference.json and copies spector.csv and cpunish.csv from
statsmodels.datasets into Tests/ModelsTests/Fixtures/. statsmodels 0.15.0 GLM defaults: scale 1 for
binomial/Poisson, normal reference distribution (use_t=False), BIC = -2 llf + (df_model + 1) log n.
Fits use tol=1e-13 so that statsmodels' covariance (computed from the last IRLS weights) is at the
converged estimate. statsmodels' GLM maps every HCx to the uncorrected sandwich (HC1 == HC0), so only
HC0 is recorded.
"""
import json, os, sys
import numpy as np, pandas as pd
import statsmodels, statsmodels.api as sm, statsmodels.formula.api as smf

here = os.path.dirname(os.path.abspath(__file__))
fixtures = os.path.join(here, "..", "..", "ModelsTests", "Fixtures")
ds = os.path.dirname(sm.datasets.__file__)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from glm_records import lst, coef_record, glm_record

out = {"versions": {"statsmodels": statsmodels.__version__, "numpy": np.__version__}}

spector = sm.datasets.spector.load_pandas().data
spector.to_csv(os.path.join(fixtures, "spector.csv"), index=False)
f = "GRADE ~ GPA + TUCE + PSI"
rec = {"formula": f, "fits": {}}
rec["fits"]["nonrobust"] = glm_record(smf.glm(f, spector, family=sm.families.Binomial()).fit(tol=1e-13))
for cov in ["HC0"]:
    rec["fits"][cov] = coef_record(smf.glm(f, spector, family=sm.families.Binomial()).fit(cov_type=cov, tol=1e-13))
# Logit (discrete) gives the same estimates; its McFadden pseudo R2 for the README.
rec["logit_prsquared"] = float(smf.logit(f, spector).fit(disp=0).prsquared)
out["spector"] = rec

cpunish = pd.read_csv(os.path.join(ds, "cpunish", "cpunish.csv"))
cpunish.to_csv(os.path.join(fixtures, "cpunish.csv"), index=False)
f = "EXECUTIONS ~ log(INCOME) + PERPOVERTY + PERBLACK + VC100k96 + SOUTH + DEGREE"
sf = f.replace("log(", "np.log(")
rec = {"formula": f, "fits": {}}
rec["fits"]["nonrobust"] = glm_record(smf.glm(sf, cpunish, family=sm.families.Poisson()).fit(tol=1e-13))
for cov in ["HC0"]:
    rec["fits"][cov] = coef_record(smf.glm(sf, cpunish, family=sm.families.Poisson()).fit(cov_type=cov, tol=1e-13))
rec["fits"]["cluster_south"] = coef_record(smf.glm(sf, cpunish, family=sm.families.Poisson()).fit(
    cov_type="cluster", cov_kwds={"groups": np.arange(17) % 4}, tol=1e-13))
rec["cluster_groups"] = [int(v) for v in np.arange(17) % 4]
for r in rec["fits"].values():
    r["names"] = [n.replace("np.", "") for n in r["names"]]
out["cpunish"] = rec

with open(os.path.join(fixtures, "glm_reference.json"), "w") as fh:
    json.dump(out, fh, indent=1)
print("wrote glm_reference.json")
