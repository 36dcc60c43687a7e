#!/usr/bin/env python3
"""The Python side of Scripts/bench: times the numpy/scipy equivalents of StationKitBench's cases.

Cases live in Scripts/bench.d/<group>.py, each defining CASES = {name: (samples, inner, prepare)}.
Timing matches the Swift harness: one warm-up call, then `samples` samples of `inner` calls each on a
monotonic clock (time.perf_counter_ns); the median per call is reported.

    bench_numpy.py [<name>...] [--json]
"""
import importlib.util
import json
import pathlib
import statistics
import sys
import time


def load_cases():
    cases = {}
    for path in sorted((pathlib.Path(__file__).parent / "bench.d").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"bench_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for name, case in module.CASES.items():
            cases[name] = (path.stem, *case)
    return cases


def run(samples, inner, prepare):
    op = prepare()
    op()
    per_call = []
    for _ in range(samples):
        start = time.perf_counter_ns()
        for _ in range(inner):
            op()
        per_call.append((time.perf_counter_ns() - start) / 1e6 / inner)
    return statistics.median(per_call), min(per_call), max(per_call)


def blas_info():
    import numpy as np
    info = {"numpy": np.__version__}
    try:
        import scipy
        info["scipy"] = scipy.__version__
    except ImportError:
        pass
    try:
        from threadpoolctl import threadpool_info
        info["blas"] = [
            {k: p.get(k) for k in ("internal_api", "version", "architecture", "num_threads", "filepath")}
            for p in threadpool_info() if p.get("user_api") == "blas"
        ]
    except ImportError:
        info["blas"] = "threadpoolctl not installed"
    return info


def main(argv):
    as_json = "--json" in argv
    names = [a for a in argv if not a.startswith("--")]
    cases = load_cases()
    unknown = [n for n in names if n not in cases and n not in {g for g, *_ in cases.values()}]
    if unknown:
        print(f"bench_numpy: unknown case(s): {', '.join(unknown)}", file=sys.stderr)
        return 64
    results = []
    for name, (group, samples, inner, prepare) in cases.items():
        if names and name not in names and group not in names:
            continue
        median, lo, hi = run(samples, inner, prepare)
        results.append({"name": name, "group": group, "medianMilliseconds": median,
                        "minMilliseconds": lo, "maxMilliseconds": hi, "samples": samples, "inner": inner})
        if not as_json:
            print(f"{name:24s} {median:12.4f} ms  (min {lo:.4f}, max {hi:.4f}; {samples} × {inner})")
    if as_json:
        print(json.dumps({"environment": blas_info(), "results": results}, indent=2))
    else:
        print(blas_info())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
