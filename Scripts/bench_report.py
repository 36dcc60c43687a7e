#!/usr/bin/env python3
"""Joins the JSON of StationKitBench and Scripts/bench_numpy.py into the Markdown table of Scripts/bench.

    bench_report.py RUN_DIR [--overrides "OPENBLAS_CORETYPE=..."]

RUN_DIR holds stationkit-<case>.json and numpy-<case>.json (one case per file, as Scripts/bench runs them).
"""
import datetime
import json
import os
import pathlib
import platform
import sys


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main(argv):
    run_dir = pathlib.Path(argv[0])
    swift_files = sorted(run_dir.glob("stationkit-*.json"), key=lambda p: p.stat().st_mtime)
    numpy_files = sorted(run_dir.glob("numpy-*.json"))
    if not swift_files:
        print(f"bench_report: no stationkit-*.json in {run_dir}", file=sys.stderr)
        return 66
    swift_docs = [json.loads(p.read_text()) for p in swift_files]
    numpy_docs = [json.loads(p.read_text()) for p in numpy_files]
    swift = dict(swift_docs[0], results=[r for d in swift_docs for r in d["results"]])
    numpy = dict(numpy_docs[0] if numpy_docs else {"environment": {}},
                 results=[r for d in numpy_docs for r in d["results"]])
    overrides = argv[argv.index("--overrides") + 1].strip() if "--overrides" in argv else ""
    py = {r["name"]: r for r in numpy["results"]}
    env = numpy["environment"]
    print(f"Machine: {os.cpu_count()} CPUs, {cpu_model()}; {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC")
    print(f"StationKit: {swift['blas']} (kernel {swift['core']}), {swift['threads']} threads")
    blas = env.get("blas")
    if isinstance(blas, list):
        desc = "; ".join(f"{b['internal_api']} {b['version']} (kernel {b['architecture']}), {b['num_threads']} threads"
                         for b in blas)
    else:
        desc = str(blas)
    print(f"numpy {env.get('numpy')} / scipy {env.get('scipy')}: {desc}")
    if overrides:
        print(f"Both sides ran without {overrides}")
    print()
    print("| case | StationKit ms | numpy ms | numpy/StationKit |")
    print("|---|---:|---:|---:|")
    for r in swift["results"]:
        s = r["medianMilliseconds"]
        p = py.get(r["name"])
        if p is None:
            print(f"| {r['name']} | {s:.4g} | — | — |")
        else:
            n = p["medianMilliseconds"]
            print(f"| {r['name']} | {s:.4g} | {n:.4g} | {n / s:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
