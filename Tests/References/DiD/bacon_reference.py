"""Independent reference for the Goodman-Bacon decomposition (Tests/ModelsTests/DiDBaconReferenceTests.swift).

StationKit's BaconDecomposition uses the closed-form weights of Goodman-Bacon (2021), Theorem 1 / eq. (10),
from group shares and treatment shares. This script computes every 2x2 comparison directly instead, by
regression on its own subsample, as R's bacondecomp does:

* the 2x2 estimate is the TWFE coefficient of D on the subsample (units of the two timing groups, periods of
  the comparison window: all periods for treated vs never; before the later group's treatment for earlier vs
  later; from the earlier group's treatment on for later vs earlier), by the Frisch-Waugh-Lovell formula
  sum(D~ y) / sum(D~^2) with D~ the two-way demeaned treatment of the balanced subsample;
* its weight is (N_sub/N * T_sub/T)^2 * Var(D~_sub) / Var(D~), Goodman-Bacon (2021) eq. (10) written with the
  variances of the two-way demeaned treatment (Var = mean of D~^2 over the sample);
* the script checks that the weights sum to 1 and that sum(weight * estimate) equals the TWFE coefficient of
  pyfixest 0.60.0 (feols lemp ~ D | countyreal + year) to 1e-10.

Data: mpdta (Tests/ModelsTests/Fixtures/mpdta.csv) and "mpdta_always": mpdta with cohort 2004 recoded to 2003,
so those counties are treated in every period (an always-treated group, which serves only as an earlier-
treated control). Writes Tests/ModelsTests/Fixtures/bacon_reference.json (comparisons with weight > 1e-14).

Run: /tmp/venv-did/bin/python Tests/References/DiD/bacon_reference.py   (numpy, pandas, pyfixest 0.60.0)
"""
import json
import os
import sys
import warnings

import numpy as np
import pandas as pd

warnings.filterwarnings("ignore")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mpdta_reference import FIXTURES  # noqa: E402


def demeaned(df, col):
    """Two-way (unit, period) demeaning of a balanced panel."""
    unit = df.groupby("countyreal")[col].transform("mean")
    time = df.groupby("year")[col].transform("mean")
    return df[col] - unit - time + df[col].mean()


def decompose(df):
    periods = sorted(df["year"].unique())
    first, last = periods[0], periods[-1]
    df = df.copy()
    df.loc[df["first_treat"] > last, "first_treat"] = 0
    df["D"] = ((df["first_treat"] > 0) & (df["year"] >= df["first_treat"])).astype(float)
    n_units, n_periods = df["countyreal"].nunique(), len(periods)
    var_full = float((demeaned(df, "D") ** 2).mean())
    cohorts = sorted(g for g in df["first_treat"].unique() if g > 0)
    comparisons = []

    def add(kind, treated, control, sub):
        d = demeaned(sub, "D")
        v = float((d ** 2).mean())
        if v <= 1e-14:
            return
        est = float((d * sub["lemp"]).sum() / (d ** 2).sum())
        share = sub["countyreal"].nunique() / n_units * sub["year"].nunique() / n_periods
        comparisons.append({"type": kind, "treated": int(treated), "control": int(control),
                            "estimate": est, "weight": share ** 2 * v / var_full})

    for k in cohorts:
        if k > first and (df["first_treat"] == 0).any():
            add("treated_vs_never", k, 0, df[df["first_treat"].isin([k, 0])])
    for k in cohorts:
        for l in cohorts:
            if k >= l:
                continue
            pair = df[df["first_treat"].isin([k, l])]
            add("earlier_vs_later", k, l, pair[pair["year"] < l])
            add("later_vs_earlier", l, k, pair[pair["year"] >= k])
    return df, comparisons


def main():
    import pyfixest as pf
    base = pd.read_csv(os.path.join(FIXTURES, "mpdta.csv"))
    always = base.copy()
    always.loc[always["first_treat"] == 2004, "first_treat"] = 2003
    out = {"source": "independent subsample regressions (numpy FWL), TWFE by pyfixest 0.60.0"}
    for name, data in [("mpdta", base), ("mpdta_always", always)]:
        df, comparisons = decompose(data)
        twfe = float(pf.feols("lemp ~ D | countyreal + year", data=df).coef()["D"])
        total = sum(c["weight"] * c["estimate"] for c in comparisons)
        weights = sum(c["weight"] for c in comparisons)
        print(f"{name}: {len(comparisons)} comparisons, sum w = {weights:.15f}, "
              f"sum w*b = {total:.15f}, pyfixest TWFE = {twfe:.15f}", file=sys.stderr)
        if abs(weights - 1) > 1e-10 or abs(total - twfe) > 1e-10:
            raise SystemExit(f"{name}: decomposition does not add up")
        out[name] = {"twfe": twfe, "comparisons": comparisons}
    with open(os.path.join(FIXTURES, "bacon_reference.json"), "w") as f:
        json.dump(out, f, indent=1)


if __name__ == "__main__":
    main()
