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
* TWFE event study (relative time dummies, reference -1, never-treated rel_time set to -1) and the static
  TWFE DiD coefficient, unit + year fixed effects, CRV1 by unit: pyfixest 0.60.0 feols.

Run: python3 -m venv --system-site-packages /tmp/venv-did
     /tmp/venv-did/bin/pip install moderndid==0.2.0 csdid==0.4.3 differences==0.3.0 pandas pyfixest==0.60.0
     /tmp/venv-did/bin/python Tests/References/DiD/mpdta_reference.py

Published cross-check (R did vignette "Introduction to DiD with Multiple Time Periods", mpdta, unconditional,
never-treated): simple ATT -0.0400 (SE 0.0118 with the bootstrap), group ATT -0.031, event-study overall
-0.0772.
"""
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


def csdid_run(df, control, aggs):
    from csdid.att_gt import ATTgt
    m = ATTgt(yname="lemp", gname="first_treat", idname="countyreal", tname="year", data=df.copy(),
              control_group=[control])
    m.fit(est_method="dr", base_period="varying", bstrap=False)
    res = m.results
    out = {"att_gt": [
        {"group": int(g), "time": int(t), "att": float(a), "std_error": float(s)}
        for g, t, a, s in zip(res["group"], res["year"], res["att"], res["se"])
    ]}
    for name, kwargs in aggs.items():
        m.aggte(bstrap=False, cband=False, **kwargs)
        a = m.atte
        entry = {"att": float(a["overall_att"]), "std_error": float(np.asarray(a["overall_se"]).ravel()[0])}
        if a["egt"] is not None:
            entry["index"] = [int(x) for x in np.asarray(a["egt"]).ravel()]
            entry["atts"] = [float(x) for x in np.asarray(a["att_egt"]).ravel()]
            entry["std_errors"] = [float(x) for x in np.asarray(a["se_egt"]).ravel()]
        out[name] = entry
    return out


def moderndid_run(df, control, aggs):
    import moderndid
    r = moderndid.att_gt(data=df.copy(), yname="lemp", tname="year", idname="countyreal", gname="first_treat",
                         control_group=control, boot=False, cband=False)
    out = {"att_gt": [
        {"group": int(g), "time": int(t), "att": float(a), "std_error": float(s)}
        for g, t, a, s in zip(r.groups, r.times, r.att_gt, r.se_gt)
    ]}
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
    event = []
    for name in coefs.index:
        # names look like "C(rel_time, contr.treatment(base=-1))[T.-4]" or "rel_time::-4"
        tail = name.split("T.")[-1].rstrip("]") if "T." in name else name.split("::")[-1]
        event.append({"e": int(float(tail)), "coef": float(coefs[name]), "std_error": float(ses[name])})
    event.sort(key=lambda r: r["e"])
    st = pf.feols("lemp ~ post | countyreal + year", data=d, vcov={"CRV1": "countyreal"})
    return {
        "event_study": event,
        "static": {"coef": float(st.coef()["post"]), "std_error": float(st.se()["post"])},
        "convention": "pyfixest 0.60.0 feols CRV1 by unit, small-sample factor G/(G-1)*(N-1)/(N-K), "
                      "K excludes the unit fixed effects (nested in the cluster)",
    }


def main():
    df = load_mpdta()
    os.makedirs(FIXTURES, exist_ok=True)
    df.to_csv(os.path.join(FIXTURES, "mpdta.csv"), index=False, float_format="%.17g")

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
    for control in ["nevertreated", "notyettreated"]:
        c = csdid_run(df, control, aggs)
        m = moderndid_run(df, control, aggs)
        d = max_diff(c, m)
        print(f"{control}: max |csdid - moderndid| = {d:.3e}", file=sys.stderr)
        if not d < 1e-9:
            raise SystemExit(f"csdid and moderndid disagree for {control}: {d}")
        ref[control] = c
    ref["twfe"] = twfe(df)
    with open(os.path.join(FIXTURES, "mpdta_reference.json"), "w") as f:
        json.dump(ref, f, indent=1)
    print(json.dumps({k: ref["nevertreated"][k]["att"] for k in aggs}, indent=1), file=sys.stderr)


if __name__ == "__main__":
    main()
