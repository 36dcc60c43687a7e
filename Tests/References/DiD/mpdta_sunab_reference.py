"""Reference values for StationKit's Sun & Abraham (2021) event study (Tests/ModelsTests/DiDSunAbrahamTests.swift).

Data: mpdta (Tests/ModelsTests/Fixtures/mpdta.csv), outcome lemp, cohorts first_treat (0 = never treated).
The sunab()-equivalent regression: pyfixest 0.60.0 feols of lemp on one dummy per treated cohort g and
period t other than t = g - 1 (cohort x relative-period interactions, never-treated units as the control
cohort), unit and year fixed effects, CRV1 by county (fixest's small-sample factor). Aggregation as fixest's
sunab (Sun & Abraham 2021, eq. 10): beta_e = sum_g w_ge delta_ge with w_ge = n_g / sum_{g' at e} n_g' (cohort
unit counts), overall ATT over cells with e >= 0 weighted by n_g; delta-method variances w' V w with the
CRV1 covariance. Writes Tests/ModelsTests/Fixtures/mpdta_sunab_reference.json.

Run: /tmp/venv-did2/bin/python Tests/References/DiD/mpdta_sunab_reference.py (venv as in mpdta_reference.py)
"""
import json
import os

import numpy as np
import pandas as pd
import pyfixest as pf

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "..", "ModelsTests", "Fixtures")


def main():
    df = pd.read_csv(os.path.join(FIXTURES, "mpdta.csv"))
    periods = sorted(df["year"].unique())
    cohorts = sorted(g for g in df["first_treat"].unique() if g > 0)
    cells = [(g, t) for g in cohorts for t in periods if t != g - 1]
    names = []
    for g, t in cells:
        name = f"d_{g}_{t}"
        df[name] = ((df["first_treat"] == g) & (df["year"] == t)).astype(float)
        names.append(name)
    fit = pf.feols("lemp ~ " + " + ".join(names) + " | countyreal + year", data=df, vcov={"CRV1": "countyreal"})
    beta = fit.coef()[names].to_numpy()
    vcov = pd.DataFrame(fit._vcov, index=fit.coef().index, columns=fit.coef().index).loc[names, names].to_numpy()
    size = df.drop_duplicates("countyreal")["first_treat"].value_counts()

    def combine(members):
        w = np.array([size[cells[j][0]] for j in members], dtype=float)
        w /= w.sum()
        b = float(w @ beta[members])
        se = float(np.sqrt(w @ vcov[np.ix_(members, members)] @ w))
        return b, se

    es = []
    for e in sorted({t - g for g, t in cells}):
        b, se = combine([j for j, (g, t) in enumerate(cells) if t - g == e])
        es.append({"e": int(e), "coef": b, "std_error": se})
    b, se = combine([j for j, (g, t) in enumerate(cells) if t - g >= 0])
    ref = {"source": "pyfixest 0.60.0 feols cohort x period interactions, CRV1 by countyreal; numpy aggregation",
           "cells": [{"group": int(g), "e": int(t - g), "coef": float(beta[j]), "std_error": float(np.sqrt(vcov[j, j]))}
                     for j, (g, t) in enumerate(cells)],
           "event_study": es, "overall": {"coef": b, "std_error": se}}
    with open(os.path.join(FIXTURES, "mpdta_sunab_reference.json"), "w") as f:
        json.dump(ref, f, indent=1)
    print(json.dumps(ref["event_study"], indent=1), ref["overall"])


if __name__ == "__main__":
    main()
