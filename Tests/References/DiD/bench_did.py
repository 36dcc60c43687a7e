"""Python side of the DiD benchmark (Sources/StationKitBench/DiDBenchmarks.swift).

Times csdid 0.4.3 and differences 0.3.0 on the same panel as the Swift cases: 38,000 units x 6 years,
written by StationKitBench to /tmp/didbench/panel.csv (id, year, first_treat, y). Each case: ATT(g,t)
plus the simple, dynamic/event, group/cohort and calendar/time aggregations, unconditional, never-treated
comparison; analytic errors, then the multiplier bootstrap with 999 draws. Prints wall and CPU seconds
(median of `--repeats`, default 1).

Run: /tmp/venv-did/bin/python Tests/References/DiD/bench_did.py [--repeats N] [--only csdid|differences]
"""
import argparse
import contextlib
import io
import statistics
import time
import warnings

import pandas as pd

warnings.filterwarnings("ignore")
PATH = "/tmp/didbench/panel.csv"


def timed(fn, repeats):
    walls, cpus = [], []
    for _ in range(repeats):
        w0, c0 = time.perf_counter(), time.process_time()
        with contextlib.redirect_stdout(io.StringIO()):
            fn()
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    return statistics.median(walls), statistics.median(cpus)


def csdid_case(df, bootstrap):
    from csdid.att_gt import ATTgt

    def run():
        m = ATTgt(yname="y", gname="first_treat", idname="id", tname="year", data=df.copy(),
                  control_group=["nevertreated"], biters=999)
        m.fit(est_method="dr", bstrap=bootstrap)
        for t in ["simple", "dynamic", "group", "calendar"]:
            m.aggte(typec=t, bstrap=bootstrap, cband=bootstrap, biters=999)
    return run


def differences_case(df, bootstrap):
    from differences import ATTgt
    d = df.copy()
    d["first_treat"] = d["first_treat"].where(d["first_treat"] > 0)   # NaN = never treated
    d = d.set_index(["id", "year"])

    def run():
        m = ATTgt(data=d, cohort_column="first_treat")
        m.fit(formula="y", control_group="never_treated", boot_iterations=999 if bootstrap else 0, n_jobs=1)
        for t in ["simple", "event", "cohort", "time"]:
            m.aggregate(t, boot_iterations=999 if bootstrap else 0)
    return run


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=1)
    ap.add_argument("--only", choices=["csdid", "differences"])
    args = ap.parse_args()
    df = pd.read_csv(PATH)
    print(f"panel: {df['id'].nunique()} units x {df['year'].nunique()} years")
    for name, case in [("csdid", csdid_case), ("differences", differences_case)]:
        if args.only and args.only != name:
            continue
        for bootstrap in [False, True]:
            wall, cpu = timed(case(df, bootstrap), args.repeats)
            label = f"{name} {'bootstrap 999' if bootstrap else 'analytic'}"
            print(f"{label:32s} wall {wall:8.2f} s   cpu {cpu:8.2f} s")


if __name__ == "__main__":
    main()
