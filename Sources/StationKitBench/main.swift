// Release benchmarks; run through Scripts/bench. Filled by the benchmark work of issue 2.
print("StationKitBench: no benchmarks registered yet")
