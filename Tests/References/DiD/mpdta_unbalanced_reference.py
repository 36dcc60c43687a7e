"""Reference values for Callaway-Sant'Anna on unbalanced panels, repeated cross-sections and with sampling
weights (Tests/ModelsTests/DiDUnbalancedTests.swift).

Data: mpdta (Tests/ModelsTests/Fixtures/mpdta.csv, exported by mpdta_reference.py), modified by rules the Swift
tests repeat exactly (DiDTestData.swift):

* unbalanced: drop the rows with (countyreal * 7 + year) % 10 == 0 (10% of the rows, every county keeps at
  least 3 of its 5 years), as R did's own tests drop rows of mpdta to test allow_unbalanced_panel = TRUE.
* repeated cross-sections: the unbalanced rows, each its own unit (panel = FALSE in R did; id = row number).
* weights: w = 1 + (countyreal % 7) / 3, constant within a county (R did's weightsname).

Computed by csdid 0.4.3 (a port of R did 2.x; allow_unbalanced_panel=True routes an unbalanced panel through
DRDID's repeated-cross-section estimators reg_did_rc / std_ipw_did_rc / drdid_rc with influence functions
summed by unit, panel=False treats rows as units), analytic standard errors (bstrap=False), base period
varying, anticipation 0, unconditional (xformla ~ 1, R did's default est_method "dr" = drdid_rc) and with the
covariate lpop (est_method dr, ipw, reg). Also the improved locally efficient doubly robust estimator
(Sant'Anna & Zhao 2020, DRDID's drdid_imp_panel; R did runs it only as a user-supplied est_method function):
csdid with est_method = moderndid 0.2.0's port of drdid_imp_panel (IPT propensity score by scipy trust-constr),
on the balanced and the weighted mpdta, key prefix "improved". Cross-checked against moderndid 0.2.0 where it supports the case
(the script fails if they disagree beyond 1e-8). Writes Tests/ModelsTests/Fixtures/mpdta_unbalanced_reference.json.

Run: /tmp/venv-did/bin/python Tests/References/DiD/mpdta_unbalanced_reference.py
     (venv: pip install moderndid==0.2.0 csdid==0.4.3 differences==0.3.0 pandas pyfixest==0.60.0)
"""
import contextlib
import io
import json
import os
import sys
import warnings

import numpy as np
import pandas as pd

warnings.filterwarnings("ignore")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mpdta_reference import FIXTURES, csdid_aggregates, max_diff, moderndid_aggregates, nan_to_null  # noqa: E402

AGGS = {k: {"typec": k} for k in ["simple", "group", "dynamic", "calendar"]}


def variants(df):
    unbalanced = df[(df["countyreal"] * 7 + df["year"]) % 10 != 0].reset_index(drop=True)
    rcs = unbalanced.copy()
    rcs["countyreal"] = np.arange(1, len(rcs) + 1)
    weighted = df.copy()
    weighted["w"] = 1 + (weighted["countyreal"] % 7) / 3
    weighted_unbalanced = weighted[(weighted["countyreal"] * 7 + weighted["year"]) % 10 != 0].reset_index(drop=True)
    return {"unbalanced": (unbalanced, True, None), "rcs": (rcs, False, None),
            "weighted": (weighted, True, "w"), "weighted_unbalanced": (weighted_unbalanced, True, "w")}


def improved_dr(y1, y0, D, i_weights=None, covariates=None):
    """R did's custom est_method interface around DRDID's drdid_imp_panel (moderndid 0.2.0 port)."""
    from moderndid.drdid.estimators.drdid_imp_panel import drdid_imp_panel
    r = drdid_imp_panel(y1, y0, D, covariates, i_weights=i_weights, influence_func=True)
    return r.att, r.att_inf_func


def csdid_run(df, panel, weights, control, est_method, xformla):
    from csdid.att_gt import ATTgt
    m = ATTgt(yname="lemp", gname="first_treat", idname="countyreal", tname="year", data=df.copy(),
              control_group=[control], xformla=xformla, panel=panel, allow_unbalanced_panel=True,
              weights_name=weights)
    with contextlib.redirect_stdout(io.StringIO()):
        m.fit(est_method=est_method, base_period="varying", bstrap=False)
    res = m.results
    out = {"att_gt": [{"group": int(g), "time": int(t), "att": float(a), "std_error": float(s)}
                      for g, t, a, s in zip(res["group"], res["year"], res["att"], res["se"])]}
    out.update(csdid_aggregates(m, AGGS))
    return out


def moderndid_run(df, panel, weights, control, est_method, xformla):
    import moderndid
    r = moderndid.att_gt(data=df.copy(), yname="lemp", tname="year", idname="countyreal", gname="first_treat",
                         control_group=control, boot=False, cband=False, est_method=est_method, xformla=xformla,
                         panel=panel, allow_unbalanced_panel=True, weightsname=weights)
    out = {"att_gt": [{"group": int(g), "time": int(t), "att": float(a), "std_error": float(s)}
                      for g, t, a, s in zip(r.groups, r.times, r.att_gt, r.se_gt)]}
    out.update(moderndid_aggregates(r, AGGS))
    return out


def main():
    df = pd.read_csv(os.path.join(FIXTURES, "mpdta.csv"))
    ref = {"source": "csdid 0.4.3, allow_unbalanced_panel=True, bstrap=False"}
    for name, (data, panel, weights) in variants(df).items():
        for control in ["nevertreated", "notyettreated"]:
            for method, xformla in [("dr", None), ("dr", "~ lpop"), ("ipw", "~ lpop"), ("reg", "~ lpop")]:
                key = f"{name}_{control}_{method}" + ("_lpop" if xformla else "")
                c = csdid_run(data, panel, weights, control, method, xformla)
                try:
                    m = moderndid_run(data, panel, weights, control, method, xformla)
                    d = max_diff(c, m)
                    note = f"max |csdid - moderndid| = {d:.3e}"
                except Exception as e:  # noqa: BLE001
                    d, note = 0.0, f"moderndid failed: {e}"
                print(f"{key}: {note}", file=sys.stderr)
                if not d < 1e-8:
                    print(f"  WARNING csdid and moderndid disagree for {key}", file=sys.stderr)
                ref[key] = c
    for name in ["balanced", "weighted"]:
        data = df.copy()
        weights = None
        if name == "weighted":
            data, weights = variants(df)["weighted"][0], "w"
        for control in ["nevertreated", "notyettreated"]:
            key = f"improved_{name}_{control}_lpop"
            ref[key] = csdid_run(data, True, weights, control, improved_dr, "~ lpop")
            print(f"{key}: done", file=sys.stderr)
    with open(os.path.join(FIXTURES, "mpdta_unbalanced_reference.json"), "w") as f:
        json.dump(nan_to_null(ref), f, indent=1, allow_nan=False)


if __name__ == "__main__":
    main()
