"""Timing of Callaway-Sant'Anna on a large unbalanced, weighted panel (README, Difference-in-differences).

Writes /tmp/did3/bench/unbalanced.csv: 38,000 units x 2020-2025, cohorts 0/2021..2025, planted effects
1 + 0.5 e, covariate x, weights w = 1 + (id % 5)/4, with 10% of the rows dropped at random (seed 7; 205,247 rows),
then times csdid 0.4.3 (allow_unbalanced_panel=True, weights_name="w", est_method "dr", analytic errors,
simple aggregation) unconditional and with "~ x". Compare with
  time .build/release/stationkit did /tmp/did3/bench/unbalanced.csv --outcome y --unit id --time year \
    --cohort first_treat --panel-type unbalanced --weights w [--covariates x] --format json

Run: /tmp/venv-did/bin/python Tests/References/DiD/bench_unbalanced.py
"""
import contextlib
import io
import os
import time
import warnings

import numpy as np
import pandas as pd

warnings.filterwarnings("ignore")
PATH = "/tmp/did3/bench/unbalanced.csv"


def make():
    rng = np.random.default_rng(7)
    n, years = 38000, np.arange(2020, 2026)
    cohort = rng.choice([0, 2021, 2022, 2023, 2024, 2025], size=n, p=[.3, .14, .14, .14, .14, .14])
    x = rng.normal(size=n)
    ids = np.repeat(np.arange(1, n + 1), len(years))
    yr = np.tile(years, n)
    g = np.repeat(cohort, len(years))
    xx = np.repeat(x, len(years))
    eff = np.where((g > 0) & (yr >= g), 1.0 + 0.5 * (yr - g), 0.0)
    y = 0.3 * xx + 0.2 * (yr - 2020) + eff + rng.normal(size=len(ids))
    df = pd.DataFrame({"id": ids, "year": yr, "first_treat": g, "y": y, "x": xx, "w": 1 + (ids % 5) / 4})
    keep = rng.random(len(df)) > 0.1
    os.makedirs(os.path.dirname(PATH), exist_ok=True)
    df[keep].to_csv(PATH, index=False)


def main():
    from csdid.att_gt import ATTgt
    make()
    df = pd.read_csv(PATH)
    for xformla in [None, "~ x"]:
        t0 = time.perf_counter()
        m = ATTgt(yname="y", gname="first_treat", idname="id", tname="year", data=df, control_group=["nevertreated"],
                  allow_unbalanced_panel=True, weights_name="w", xformla=xformla)
        with contextlib.redirect_stdout(io.StringIO()):
            m.fit(est_method="dr", bstrap=False)
            m.aggte(typec="simple", bstrap=False, cband=False)
        print(f"csdid {xformla or 'unconditional'}: {time.perf_counter() - t0:.1f} s wall; simple ATT "
              f"{m.atte['overall_att']!r}, SE {float(np.asarray(m.atte['overall_se']).ravel()[0])!r}")


if __name__ == "__main__":
    main()
