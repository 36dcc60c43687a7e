"""pandas equivalent of Sources/StationKitBench/CSVBenchmarks.swift (same case name and file).

csv_read_150mb: pandas.read_csv (C engine) on /tmp/csvbench/bench.csv, the 1.4M-row file that the Swift
side writes first (or Scripts/bench_csv.py's make_file when it is missing).
"""
import importlib.util
import os
import pathlib

_spec = importlib.util.spec_from_file_location(
    "bench_csv", pathlib.Path(__file__).resolve().parent.parent / "bench_csv.py")
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)

PATH = "/tmp/csvbench/bench.csv"


def read_csv():
    import pandas as pd
    if not os.path.exists(PATH):
        os.makedirs(os.path.dirname(PATH), exist_ok=True)
        _mod.make_file(PATH, 1_400_000)
    return lambda: pd.read_csv(PATH, engine="c")


CASES = {
    "csv_read_150mb": (3, 1, read_csv),
}
