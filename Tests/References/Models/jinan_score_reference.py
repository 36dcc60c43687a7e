"""Expected values for StationKit's planted-effects test on the shipped Jinan sample (Datasets/jinan).

Run:  /tmp/venv-models/bin/python Tests/References/Models/jinan_score_reference.py
(venv: python3 -m venv --system-site-packages /tmp/venv-models && pip install statsmodels==0.15.0 pandas)
Writes Tests/ModelsTests/Fixtures/jinan_score_reference.json.

The frame is built here from the bundle's CSV files with pandas, independently of StationKit's Data module:
one row per station-year with an evaluation (stations open that year), total_score = sum of the station's
item scores, supervision_per_worker = supervision_hours / social_workers, previous_total = last year's
total_score, or the planted start_score (dataset.toml [planted.score], 70) in the opening year, as the
planted model says:
  total = 26 + 3 social_workers + 0.25 supervision_hours/social_workers + 0.4 previous_total + N(0, 6^2).
Fit: statsmodels 0.15.0 OLS `total_score ~ social_workers + supervision_per_worker + previous_total`,
classical and HC1 and cluster-by-station covariances.
"""
import json, os, sys, tomllib
import numpy as np, pandas as pd
import statsmodels, statsmodels.formula.api as smf

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.join(here, "..", "..", "..")
bundle = os.path.join(root, "Datasets", "jinan")
fixtures = os.path.join(here, "..", "..", "ModelsTests", "Fixtures")
sys.path.insert(0, here)
from glm_records import lst, coef_record

with open(os.path.join(bundle, "dataset.toml"), "rb") as fh:
    planted = tomllib.load(fh)["planted"]["score"]

ev = pd.read_csv(os.path.join(bundle, "evaluations.csv"), dtype={"station_id": str})
# Item scores have one decimal: sum in tenths (integers) so that totals are exact.
ev["tenths"] = (ev["score"] * 10).round().astype(int)
total = ev.groupby(["station_id", "year"], as_index=False)["tenths"].sum()
total["total_score"] = total["tenths"] / 10
staffing = pd.read_csv(os.path.join(bundle, "staffing.csv"), dtype={"station_id": str})
stations = pd.read_csv(os.path.join(bundle, "stations.csv"), dtype={"station_id": str, "street_id": str})
df = total.merge(staffing, on=["station_id", "year"]).merge(stations[["station_id", "opened"]], on="station_id")
prev = total[["station_id", "year", "total_score"]].rename(columns={"total_score": "previous_total"})
prev["year"] += 1
df = df.merge(prev, on=["station_id", "year"], how="left")
df.loc[df["year"] == df["opened"], "previous_total"] = planted["start_score"]
df["supervision_per_worker"] = df["supervision_hours"] / df["social_workers"]
df = df.dropna(subset=["previous_total"]).sort_values(["station_id", "year"])

f = "total_score ~ social_workers + supervision_per_worker + previous_total"
out = {"versions": {"statsmodels": statsmodels.__version__, "pandas": pd.__version__}, "formula": f,
       "planted": {"Intercept": planted["a"], "social_workers": planted["b_workers"],
                   "supervision_per_worker": planted["b_supervision"], "previous_total": planted["b_lag"]},
       "nobs": int(len(df)), "fits": {}}
ols = smf.ols(f, df).fit()
out["fits"]["nonrobust"] = coef_record(ols)
out["fits"]["nonrobust"].update({"rsquared": float(ols.rsquared), "scale": float(ols.scale)})
out["fits"]["HC1"] = coef_record(smf.ols(f, df).fit(cov_type="HC1"))
codes = pd.factorize(df["station_id"])[0]
out["fits"]["cluster_station"] = coef_record(smf.ols(f, df).fit(cov_type="cluster", cov_kwds={"groups": codes}))
with open(os.path.join(fixtures, "jinan_score_reference.json"), "w") as fh:
    json.dump(out, fh, indent=1, allow_nan=False)
print(len(df), "station-years")
print(ols.summary().tables[1])
for name, r in out["fits"].items():
    inside = [lo <= out["planted"][n] <= hi for n, lo, hi in zip(r["names"], r["conf_low"], r["conf_high"])]
    print(name, "planted inside 95% CI:", inside)
