"""Reference values for StationKit's difference-in-differences tests (Tests/ModelsTests/DiD*Tests.swift).

Data: the mpdta county panel of Callaway & Sant'Anna (2021) (500 US counties, 2003-2007, log teen
employment `lemp`, log population `lpop`, first year of a minimum-wage rise `first.treat`), as shipped by
moderndid 0.2.0 in moderndid/core/datasets/mpdta_long.pkl.gz (the same data as R did's `mpdta`).
This script exports it to Tests/ModelsTests/Fixtures/mpdta.csv (first.treat renamed first_treat) and writes
Tests/ModelsTests/Fixtures/mpdta_reference.json with:

* Callaway-Sant'Anna ATT(g,t), analytic influence-function standard errors, and the simple, group,
  dynamic (event-study; also with balance_e=1 and with min_e=-2, max_e=2) and calendar aggregations, for
  control_group nevertreated and notyettreated, unconditional (no covariates), base_period="varying",
  anticipation 0 -- computed by csdid 0.4.3 (bstrap=False: analytic errors) and cross-checked against
  moderndid 0.2.0 (the script fails if the two disagree beyond 1e-9).
* R did's Wald pre-test of parallel trends (statistic, chi-square p-value) for both control groups; the
  vignette prints p = 0.16812 for never-treated.
* Outcome-regression ATT(g,t) (est_method="reg", xformla="~ lpop") with simple and dynamic aggregations,
  both control groups.
* TWFE event study (relative time dummies, reference -1, never-treated rel_time set to -1) and the static
  TWFE DiD coefficient, unit + year fixed effects, CRV1 by unit: pyfixest 0.60.0 feols.

Run: python3 -m venv --system-site-packages /tmp/venv-did
     /tmp/venv-did/bin/pip install moderndid==0.2.0 csdid==0.4.3 differences==0.3.0 pandas pyfixest==0.60.0
     /tmp/venv-did/bin/python Tests/References/DiD/mpdta_reference.py

Published cross-check (R did vignette "Introduction to DiD with Multiple Time Periods", mpdta, unconditional,
never-treated): simple ATT -0.0400 (SE 0.0118 with the bootstrap), group ATT -0.031, event-study overall
-0.0772.
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

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "..", "ModelsTests", "Fixtures")


def load_mpdta():
    import moderndid
    path = os.path.join(os.path.dirname(moderndid.__file__), "core", "datasets", "mpdta_long.pkl.gz")
    df = pd.read_pickle(path).rename(columns={"first.treat": "first_treat"})
    df = df[["countyreal", "year", "first_treat", "lemp", "lpop", "treat"]]
    return df.sort_values(["countyreal", "year"]).reset_index(drop=True)


def csdid_run(df, control, aggs, anticipation=0, base_period="varying", cluster=None, est_method="dr",
              xformla=None):
    from csdid.att_gt import ATTgt
    m = ATTgt(yname="lemp", gname="first_treat", idname="countyreal", tname="year", data=df.copy(),
              control_group=[control], anticipation=anticipation, xformla=xformla)
    with contextlib.redirect_stdout(io.StringIO()):
        m.fit(est_method=est_method, base_period=base_period, bstrap=False)
    res = m.results
    out = {"att_gt": [
        {"group": int(g), "time": int(t), "att": float(a), "std_error": float(s)}
        for g, t, a, s in zip(res["group"], res["year"], res["att"], res["se"])
    ]}
    if base_period == "varying" and est_method == "dr" and anticipation == 0:
        # R did's pre-test of parallel trends: W = n att_pre' (IF'IF/n)^-1 att_pre over pre-treatment cells,
        # chi-square with q = #cells; csdid rounds the p-value to 5 digits, so it is recomputed with scipy.
        # (moderndid 0.2.0 gives the same statistic: 7.791236627200239 never-treated, checked by hand.)
        from scipy.stats import chi2
        q = int(sum(1 for g, t in zip(res["group"], res["year"]) if t < g))
        w = float(np.asarray(m.MP["W"]).ravel()[0])
        out["wald_pretest"] = {"statistic": w, "df": q, "p_value": float(chi2.sf(w, q)),
                               "csdid_rounded_p_value": float(np.asarray(m.MP["Wpval"]).ravel()[0])}
    if cluster is not None:
        inffunc = m.MP["inffunc"]
        inffunc = inffunc["inffunc"] if isinstance(inffunc, dict) else inffunc
        inffunc = inffunc.toarray() if hasattr(inffunc, "toarray") else np.asarray(inffunc)
        out["att_gt_cluster_std_error"] = cluster_se(inffunc, df, cluster)
    out.update(csdid_aggregates(m, aggs))
    return out


def csdid_aggregates(m, aggs):
    """csdid aggte (analytic errors) for each named aggregation of a fitted ATTgt."""
    out = {}
    for name, kwargs in aggs.items():
        with contextlib.redirect_stdout(io.StringIO()):
            m.aggte(bstrap=False, cband=False, **kwargs)
        a = m.atte
        entry = {"att": float(a["overall_att"]), "std_error": float(np.asarray(a["overall_se"]).ravel()[0])}
        if a["egt"] is not None:
            entry["index"] = [int(x) for x in np.asarray(a["egt"]).ravel()]
            entry["atts"] = [float(x) for x in np.asarray(a["att_egt"]).ravel()]
            entry["std_errors"] = [float(x) for x in np.asarray(a["se_egt"]).ravel()]
        out[name] = entry
    return out


def cluster_se(inffunc, df, cluster):
    """se_j = sqrt(sum_c (sum_{i in c} psi_ij)^2) / n: the scale R did's clustered mboot estimates
    (cluster sums of the influence function, Callaway & Sant'Anna 2021, Remark 10)."""
    units = df.drop_duplicates("countyreal").sort_values("countyreal")
    labels = units[cluster].to_numpy()
    n = inffunc.shape[0]
    sums = pd.DataFrame(inffunc).groupby(labels).sum().to_numpy()
    return [float(x) for x in np.sqrt((sums ** 2).sum(axis=0)) / n]


def moderndid_run(df, control, aggs, anticipation=0, base_period="varying", cluster=None, est_method="dr",
                  xformla=None):
    import moderndid
    r = moderndid.att_gt(data=df.copy(), yname="lemp", tname="year", idname="countyreal", gname="first_treat",
                         control_group=control, boot=False, cband=False, anticipation=anticipation,
                         base_period=base_period, est_method=est_method, xformla=xformla)
    out = {"att_gt": [
        {"group": int(g), "time": int(t), "att": float(a), "std_error": float(s)}
        for g, t, a, s in zip(r.groups, r.times, r.att_gt, r.se_gt)
    ]}
    out.update(moderndid_aggregates(r, aggs))
    return out


def moderndid_aggregates(r, aggs):
    """moderndid aggte (analytic errors) for each named aggregation of an att_gt result."""
    import moderndid
    out = {}
    for name, kwargs in aggs.items():
        kw = dict(kwargs)
        kw["type"] = kw.pop("typec")
        a = moderndid.aggte(r, boot=False, cband=False, **kw)
        entry = {"att": float(a.overall_att), "std_error": float(a.overall_se)}
        if a.event_times is not None:
            entry["index"] = [int(x) for x in a.event_times]
            entry["atts"] = [float(x) for x in a.att_by_event]
            entry["std_errors"] = [float(x) for x in a.se_by_event]
        out[name] = entry
    return out


def max_diff(a, b, path=""):
    if isinstance(a, dict):
        return max((max_diff(a[k], b[k], path + "/" + k) for k in a), default=0.0)
    if isinstance(a, list):
        return max((max_diff(x, y, path) for x, y in zip(a, b)), default=0.0)
    if isinstance(a, float):
        if np.isnan(a) and np.isnan(b):
            return 0.0
        return abs(a - b)
    return 0.0 if a == b else float("inf")


def twfe(df):
    import pyfixest as pf
    d = df.copy()
    d["rel_time"] = np.where(d["first_treat"] > 0, d["year"] - d["first_treat"], -1)
    d["post"] = ((d["first_treat"] > 0) & (d["year"] >= d["first_treat"])).astype(float)
    es = pf.feols("lemp ~ i(rel_time, ref=-1) | countyreal + year", data=d, vcov={"CRV1": "countyreal"})
    coefs = es.coef()
    ses = es.se()
    ci = es.confint()   # t(G-1) intervals, as fixest
    event = []
    for name in coefs.index:
        # names look like "C(rel_time, contr.treatment(base=-1))[T.-4]" or "rel_time::-4"
        tail = name.split("T.")[-1].rstrip("]") if "T." in name else name.split("::")[-1]
        event.append({"e": int(float(tail)), "coef": float(coefs[name]), "std_error": float(ses[name]),
                      "conf_low": float(ci.loc[name].iloc[0]), "conf_high": float(ci.loc[name].iloc[1])})
    event.sort(key=lambda r: r["e"])
    st = pf.feols("lemp ~ post | countyreal + year", data=d, vcov={"CRV1": "countyreal"})
    return {
        "event_study": event,
        "static": {"coef": float(st.coef()["post"]), "std_error": float(st.se()["post"]),
                   "conf_low": float(st.confint().loc["post"].iloc[0]),
                   "conf_high": float(st.confint().loc["post"].iloc[1])},
        "convention": "pyfixest 0.60.0 feols CRV1 by unit, small-sample factor G/(G-1)*(N-1)/(N-K), "
                      "K excludes the unit fixed effects (nested in the cluster)",
    }


def nan_to_null(x):
    """Missing values (R's NA, e.g. the standard error of the universal base cell) become JSON null."""
    if isinstance(x, dict):
        return {k: nan_to_null(v) for k, v in x.items()}
    if isinstance(x, list):
        return [nan_to_null(v) for v in x]
    if isinstance(x, float) and np.isnan(x):
        return None
    return x


def main():
    df = load_mpdta()
    os.makedirs(FIXTURES, exist_ok=True)
    df.to_csv(os.path.join(FIXTURES, "mpdta.csv"), index=False, float_format="%.17g")
    df = df.copy()

    aggs = {
        "simple": {"typec": "simple"},
        "group": {"typec": "group"},
        "dynamic": {"typec": "dynamic"},
        "dynamic_balance_e1": {"typec": "dynamic", "balance_e": 1},
        "dynamic_min_e_m2_max_e_2": {"typec": "dynamic", "min_e": -2, "max_e": 2},
        "calendar": {"typec": "calendar"},
    }
    ref = {"source": "csdid 0.4.3 (cross-checked with moderndid 0.2.0); pyfixest 0.60.0 for TWFE",
           "n_units": int(df["countyreal"].nunique()), "n_periods": int(df["year"].nunique())}
    df["state"] = df["countyreal"] // 1000
    variants = {
        # key: (control group, anticipation, base period, aggregations)
        "nevertreated": ("nevertreated", 0, "varying", aggs),
        "notyettreated": ("notyettreated", 0, "varying", aggs),
        # With anticipation 1, R did, csdid and moderndid agree (they differ only for anticipation >= 2 in
        # the cells g-anticipation <= t < g-1, where csdid/moderndid use the long difference).
        "nevertreated_anticipation1": ("nevertreated", 1, "varying",
                                       {k: aggs[k] for k in ["simple", "dynamic", "group", "calendar"]}),
        "notyettreated_anticipation1": ("notyettreated", 1, "varying",
                                        {k: aggs[k] for k in ["simple", "dynamic", "group", "calendar"]}),
        "nevertreated_universal": ("nevertreated", 0, "universal", {k: aggs[k] for k in ["simple", "dynamic"]}),
        # Outcome regression (DRDID reg_did_panel) on log population, time-invariant in mpdta.
        "nevertreated_reg_lpop": ("nevertreated", 0, "varying", {k: aggs[k] for k in ["simple", "dynamic"]}),
        "notyettreated_reg_lpop": ("notyettreated", 0, "varying", {k: aggs[k] for k in ["simple", "dynamic"]}),
    }
    for key, (control, anticipation, base, agg) in variants.items():
        cluster = "state" if key == "nevertreated" else None
        est = ("reg", "~ lpop") if key.endswith("_reg_lpop") else ("dr", None)
        c = csdid_run(df, control, agg, anticipation, base, cluster, *est)
        m = moderndid_run(df, control, agg, anticipation, base, None, *est)
        c_cmp = {k: v for k, v in c.items() if k not in ("att_gt_cluster_std_error", "wald_pretest")}
        d = max_diff(c_cmp, m)
        print(f"{key}: max |csdid - moderndid| = {d:.3e}", file=sys.stderr)
        if not d < 1e-9:
            raise SystemExit(f"csdid and moderndid disagree for {key}: {d}")
        ref[key] = c
    ref["twfe"] = twfe(df)
    with open(os.path.join(FIXTURES, "mpdta_reference.json"), "w") as f:
        json.dump(nan_to_null(ref), f, indent=1, allow_nan=False)
    print(json.dumps({k: ref["nevertreated"][k]["att"] for k in aggs}, indent=1), file=sys.stderr)


if __name__ == "__main__":
    main()
