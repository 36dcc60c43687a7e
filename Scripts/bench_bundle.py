#!/usr/bin/env python3
"""Bundle loading + validation, pandas side: what `stationkit validate DIR` does, in pandas.

Reads every table of a dataset bundle with pandas.read_csv (C engine, the bundle schema's dtypes)
and runs the equivalent checks of Sources/Data/Bundle/BundleValidator.swift: duplicate and missing
keys, references (street -> district, station -> street, per-year tables -> station, item -> framework),
one station per street, non-negative money and counts, years inside the manifest, no row before a
station opened, certified <= social_workers, villages_reached <= the street's villages, 0 <= score <=
max_score. Prints the time of each step and the number of problems found (0 on a clean bundle).

Usage: python Scripts/bench_bundle.py DIR
Peak memory: /usr/bin/time -v python Scripts/bench_bundle.py DIR  (Maximum resident set size).
Compare: /usr/bin/time -v stationkit validate DIR  (release build).
"""
import sys
import time
import tomllib

import pandas as pd

STR, INT, DBL = "string", "Int64", "float64"
SCHEMA = {
    "districts": ({"district_id": STR, "name": STR, "kind": STR, "population": INT, "fiscal_capacity": DBL},
                  ["district_id"]),
    "streets": ({"street_id": STR, "district_id": STR, "name": STR, "kind": STR, "population": INT,
                 "elderly": INT, "children": INT, "low_income": INT, "villages": INT, "area_km2": DBL,
                 "lon": DBL, "lat": DBL}, ["street_id"]),
    "stations": ({"station_id": STR, "street_id": STR, "opened": INT, "operator_id": STR}, ["station_id"]),
    "staffing": ({"station_id": STR, "year": INT, "social_workers": INT, "certified": INT,
                  "supervision_hours": DBL, "volunteers": INT, "hires": INT, "departures": INT, "salary": DBL},
                 ["station_id", "year"]),
    "funding": ({"station_id": STR, "year": INT, "city": DBL, "district": DBL, "other": DBL, "spent": DBL},
                ["station_id", "year"]),
    "services": ({"station_id": STR, "year": INT, "cases": INT, "groups": INT, "activities": INT,
                  "people_served": INT, "villages_reached": INT}, ["station_id", "year"]),
    "evaluations": ({"station_id": STR, "year": INT, "item": STR, "score": DBL}, ["station_id", "year", "item"]),
    "framework": ({"item": STR, "level1": STR, "level2": STR, "level3": STR, "max_score": DBL}, ["item"]),
    "grades": ({"grade": STR, "min_score": DBL, "label": STR}, ["grade"]),
}
NON_NEGATIVE = {
    "districts": ["population", "fiscal_capacity"],
    "streets": ["population", "elderly", "children", "low_income", "villages"],
    "staffing": ["social_workers", "certified", "supervision_hours", "volunteers", "hires", "departures", "salary"],
    "funding": ["city", "district", "other", "spent"],
    "services": ["cases", "groups", "activities", "people_served", "villages_reached"],
}
PER_STATION_YEAR = ["staffing", "funding", "services", "evaluations"]


def main():
    d = sys.argv[1].rstrip("/")
    t0 = time.perf_counter()
    with open(f"{d}/dataset.toml", "rb") as f:
        manifest = tomllib.load(f)
    first, last = manifest["first_year"], manifest["last_year"]
    tables = {}
    for name, file in sorted(manifest["tables"].items()):
        dtypes, _ = SCHEMA[name]
        tables[name] = pd.read_csv(f"{d}/{file}", engine="c", dtype=dtypes, keep_default_na=False,
                                   na_values=[""])
    t1 = time.perf_counter()
    problems = 0
    for name, df in tables.items():
        _, key = SCHEMA[name]
        problems += int(df[key].isna().any(axis=1).sum())
        problems += int(df.duplicated(subset=key).sum())
        for c in NON_NEGATIVE.get(name, []):
            problems += int((df[c] < 0).sum())
        if "year" in df:
            problems += int((~df["year"].between(first, last)).sum())
    problems += int((~tables["districts"]["kind"].isin(["district", "county", "functional_zone"])).sum())
    streets, stations = tables["streets"], tables["stations"]
    problems += int((~streets["kind"].isin(["street", "town"])).sum())
    problems += int((~streets["district_id"].isin(tables["districts"]["district_id"])).sum())
    problems += int((streets["area_km2"] <= 0).sum())
    problems += int((~streets["lon"].between(-180, 180)).sum() + (~streets["lat"].between(-90, 90)).sum())
    problems += int((~stations["street_id"].isin(streets["street_id"])).sum())
    problems += int(stations["street_id"].duplicated().sum())
    problems += int((stations["opened"] > last).sum())
    opened = stations.set_index("station_id")["opened"]
    for name in PER_STATION_YEAR:
        df = tables[name]
        known = df["station_id"].isin(stations["station_id"])
        problems += int((~known).sum())
        o = df["station_id"].map(opened)
        problems += int((known & (o.isna() | (df["year"] < o))).sum())
    staffing = tables["staffing"]
    problems += int((staffing["certified"] > staffing["social_workers"]).sum())
    villages = stations.set_index("station_id")["street_id"].map(streets.set_index("street_id")["villages"])
    services = tables["services"]
    problems += int((services["villages_reached"] > services["station_id"].map(villages)).sum())
    ev, fw = tables["evaluations"], tables["framework"]
    problems += int((~ev["item"].isin(fw["item"])).sum())
    mx = ev["item"].map(fw.set_index("item")["max_score"])
    problems += int(((ev["score"] < 0) | (ev["score"] > mx)).sum())
    problems += int((fw["max_score"] <= 0).sum())
    t2 = time.perf_counter()
    rows = sum(len(df) for df in tables.values())
    print(f"pandas {pd.__version__}: {len(tables)} tables, {rows} rows; read {t1 - t0:.2f} s, "
          f"checks {t2 - t1:.2f} s, total {t2 - t0:.2f} s; {problems} problems")


if __name__ == "__main__":
    main()
