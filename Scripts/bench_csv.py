#!/usr/bin/env python3
"""CSV reading benchmark, pandas side: makes (or reuses) the benchmark file and times
pandas.read_csv with the C engine and the pyarrow engine. Prints the same table as
`StationKitBench csv` (Sources/StationKitBench/CSVBenchmarks.swift).

Usage: python Scripts/bench_csv.py [PATH] [--rows N] [--repeat K]
Needs pandas and pyarrow (pip install pandas pyarrow).
"""
import argparse
import os
import statistics
import time

import numpy as np


def make_file(path, rows, seed=20201001):
    """2 text columns (ids, Chinese names, some quoted with commas), 3 int, 5 double columns."""
    rng = np.random.default_rng(seed)
    names = np.array(["历下区", "市中区", "槐荫区", "天桥区", "历城区", "长清区", "章丘区", "济阳区",
                      "莱芜区", "钢城区", "平阴县", "商河县", "\"高新区, 东区\"", "\"南部山区\"", "起步区"])
    chunk = 200_000
    with open(path, "w", encoding="utf-8") as f:
        f.write("station_id,district,year,social_workers,people_served,score,city,district_money,other,spent\n")
        for start in range(0, rows, chunk):
            n = min(chunk, rows - start)
            ids = np.char.add("ST", np.arange(start, start + n).astype(str))
            d = names[rng.integers(0, len(names), n)]
            year = rng.integers(2020, 2026, n)
            sw = rng.integers(0, 30, n)
            ps = rng.integers(0, 200_000, n)
            reals = [np.round(rng.normal(75, 10, n), 4), rng.gamma(2.0, 30.0, n),
                     np.round(rng.uniform(0, 80, n), 2), rng.exponential(5.0, n) * 1e-3,
                     rng.standard_normal(n) * 1e6]
            cols = [ids, d, year.astype(str), sw.astype(str), ps.astype(str)] + [np.char.mod("%r", r) for r in reals]
            lines = cols[0]
            for c in cols[1:]:
                lines = np.char.add(np.char.add(lines, ","), c)
            f.write("\n".join(lines.tolist()))
            f.write("\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default="/tmp/csvbench/bench.csv")
    ap.add_argument("--rows", type=int, default=2_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    if not os.path.exists(a.path):
        os.makedirs(os.path.dirname(a.path) or ".", exist_ok=True)
        make_file(a.path, a.rows)
    import pandas as pd
    mb = os.path.getsize(a.path) / 1e6
    print(f"file: {a.path} ({mb:.1f} MB)")
    print(f"{'reader':<28}{'median s':>10}{'MB/s':>10}")
    for label, kw in [("pandas read_csv (C)", {"engine": "c"}), ("pandas read_csv (pyarrow)", {"engine": "pyarrow"})]:
        times = []
        for _ in range(a.repeat):
            t = time.perf_counter()
            df = pd.read_csv(a.path, **kw)
            times.append(time.perf_counter() - t)
        s = statistics.median(times)
        print(f"{label:<28}{s:>10.3f}{mb / s:>10.1f}")
    del df


if __name__ == "__main__":
    main()
