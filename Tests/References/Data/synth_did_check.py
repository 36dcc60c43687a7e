"""Recover the planted people_served effect of a synthetic bundle with a group-time DiD
(Callaway & Sant'Anna's ATT(g, t) with never-treated controls, no covariates), in numpy.

The street-level outcome is people_served of the street's station, 0 in street-years with no
open station (the bundle's documented untreated value, [planted.people_served]).

    stationkit synth --preset national --streets 5000 --years 2019-2025 --seed 42 --out /tmp/nat5k
    python3 Tests/References/Data/synth_did_check.py /tmp/nat5k

Prints ATT(g, t), the planted base_g + slope * (t - g), and a z-score.
"""
import collections
import csv
import sys

import numpy as np

d = sys.argv[1].rstrip("/") + "/"
manifest = open(d + "dataset.toml", encoding="utf-8").read()
first = int(manifest.split("first_year = ")[1].split("\n")[0])
last = int(manifest.split("last_year = ")[1].split("\n")[0])
planted = manifest.split("[planted.people_served]")[1]
cohorts = eval(planted.split("cohort_years = ")[1].split("\n")[0])
base = eval(planted.split("base = ")[1].split("\n")[0])
slope = float(planted.split("slope = ")[1].split("\n")[0])

opened = {r["station_id"]: (int(r["opened"]) if r["opened"] else 0)
          for r in csv.DictReader(open(d + "stations.csv", encoding="utf-8"))}
y = collections.defaultdict(float)
for r in csv.DictReader(open(d + "services.csv", encoding="utf-8")):
    y[(r["station_id"], int(r["year"]))] = float(r["people_served"])
years = list(range(first, last + 1))
ids = list(opened)
Y = np.array([[y.get((s, t), 0.0) for t in years] for s in ids])
G = np.array([opened[s] for s in ids])
never = G == 0
for g, b in zip(cohorts, base):
    if g - 1 < first or g > last:
        continue  # no pre-period inside the panel (use --years starting before g)
    treated = G == g
    pre = years.index(g - 1)
    for t in range(g, last + 1):
        k = years.index(t)
        diff = Y[treated, k] - Y[treated, pre]
        att = diff.mean() - (Y[never, k] - Y[never, pre]).mean()
        truth = b + slope * (t - g)
        se = diff.std(ddof=1) / np.sqrt(treated.sum())
        print(f"g={g} t={t} n={treated.sum()} ATT={att:.1f} planted={truth:.1f} z={(att - truth) / se:.2f}")
