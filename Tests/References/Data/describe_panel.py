#!/usr/bin/env python3
"""Expected values for Tests/DataTests/Analysis/*.swift: the describe statistics and panel
columns of the fixture bundle, computed independently with pandas 3.1.1 from the CSV files.

Run from the repository root: /tmp/venv-data/bin/python Tests/References/Data/describe_panel.py
"""
import numpy as np
import pandas as pd

B = "Tests/DataTests/Fixtures/bundles/valid/"
d = pd.read_csv(B + "districts.csv")
s = pd.read_csv(B + "streets.csv")
st = pd.read_csv(B + "stations.csv")
staff = pd.read_csv(B + "staffing.csv")
fund = pd.read_csv(B + "funding.csv")
serv = pd.read_csv(B + "services.csv")
ev = pd.read_csv(B + "evaluations.csv")
fw = pd.read_csv(B + "framework.csv")
gr = pd.read_csv(B + "grades.csv").sort_values("min_score", ascending=False)
years = range(2020, 2023)

panel = s.merge(pd.DataFrame({"year": list(years)}), how="cross")
panel = panel.merge(st, on="street_id", how="left")
panel["open"] = ((panel.opened <= panel.year) & panel.opened.notna()).astype(int)
panel = panel.merge(staff, on=["station_id", "year"], how="left")
panel = panel.merge(fund, on=["station_id", "year"], how="left")
panel["funding_total"] = panel.city + panel.district + panel.other
panel["funding_per_capita"] = panel.funding_total * 10000 / panel.population
panel = panel.merge(serv, on=["station_id", "year"], how="left")
tot = ev.groupby(["station_id", "year"]).score.sum().rename("total_score").reset_index()
area = ev.merge(fw, on="item").pivot_table(index=["station_id", "year"], columns="level1", values="score", aggfunc="sum").reset_index()
panel = panel.merge(tot, on=["station_id", "year"], how="left").merge(area, on=["station_id", "year"], how="left")


def grade(x):
    if np.isnan(x):
        return None
    for g, m in zip(gr.grade, gr.min_score):
        if x >= m:
            return g
    return None


panel["grade"] = panel.total_score.map(grade)
pd.set_option("display.width", 250)
pd.set_option("display.max_columns", 40)
print("street panel (street_id, year, open, total_score, 服务成效, grade, funding_per_capita):")
print(panel[["street_id", "year", "station_id", "open", "total_score", "服务成效", "grade", "funding_per_capita"]])

for g in gr.grade:
    panel["is_" + g] = panel.grade.map(lambda x: np.nan if pd.isna(x) else float(x == g))
for keys, nyears in [(["year"], 1), (["district_id"], 3), (["district_id", "year"], 1)]:
    grp = panel.groupby(keys)
    out = pd.DataFrame({
        "streets": grp.street_id.count() / nyears,
        "stations_open": grp.open.sum() / nyears,
        "coverage": grp.open.sum() / grp.street_id.count(),
        "social_workers_per_station": grp.social_workers.sum() / grp.open.sum(),
        "certified_share": grp.certified.sum() / grp.social_workers.sum(),
        "funding_per_station": grp.funding_total.sum() / grp.open.sum(),
        "city_share": grp.city.sum() / grp.funding_total.sum(),
        "people_served": grp.people_served.sum() / nyears,
        "mean_score": grp.total_score.mean(),
        **{f"grade_{g}_share": grp["is_" + g].mean() for g in gr.grade},
    })
    print("describe by", keys)
    print(out.to_string())
