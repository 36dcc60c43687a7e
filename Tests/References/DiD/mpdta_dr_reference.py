"""Reference values for the propensity-score Callaway-Sant'Anna estimators (Tests/ModelsTests/DiDPropensityTests.swift).

Data: mpdta (Tests/ModelsTests/Fixtures/mpdta.csv, exported by mpdta_reference.py), covariate log population
`lpop` (xformla="~ lpop"), base_period="varying", anticipation 0, analytic standard errors (bstrap=False).

For est_method "dr" (DRDID drdid_panel, R did's default: locally efficient doubly robust) and "ipw"
(DRDID std_ipw_did_panel), control groups nevertreated and notyettreated: ATT(g,t), their standard errors
and the simple, group, dynamic and calendar aggregations, computed by csdid 0.4.3 and cross-checked against
moderndid 0.2.0 (the script fails if they disagree beyond 1e-8; both fit the logit by IRLS, so agreement
is to the logit's convergence). Writes Tests/ModelsTests/Fixtures/mpdta_dr_reference.json.

Run: python3 -m venv --system-site-packages /tmp/venv-did2
     /tmp/venv-did2/bin/pip install moderndid==0.2.0 csdid==0.4.3 differences==0.3.0 pandas pyfixest==0.60.0
     /tmp/venv-did2/bin/python Tests/References/DiD/mpdta_dr_reference.py
"""
import json
import os
import sys

import pandas as pd

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mpdta_reference import FIXTURES, csdid_run, max_diff, moderndid_run, nan_to_null  # noqa: E402


def main():
    df = pd.read_csv(os.path.join(FIXTURES, "mpdta.csv"))
    aggs = {k: {"typec": k} for k in ["simple", "group", "dynamic", "calendar"]}
    ref = {"source": "csdid 0.4.3 (cross-checked with moderndid 0.2.0), xformla='~ lpop'"}
    for method in ["dr", "ipw"]:
        for control in ["nevertreated", "notyettreated"]:
            key = f"{control}_{method}_lpop"
            c = csdid_run(df, control, aggs, 0, "varying", None, method, "~ lpop")
            c.pop("wald_pretest", None)
            m = moderndid_run(df, control, aggs, 0, "varying", None, method, "~ lpop")
            d = max_diff(c, m)
            print(f"{key}: max |csdid - moderndid| = {d:.3e}", file=sys.stderr)
            if not d < 1e-8:
                raise SystemExit(f"csdid and moderndid disagree for {key}: {d}")
            ref[key] = c
    with open(os.path.join(FIXTURES, "mpdta_dr_reference.json"), "w") as f:
        json.dump(nan_to_null(ref), f, indent=1, allow_nan=False)


if __name__ == "__main__":
    main()
