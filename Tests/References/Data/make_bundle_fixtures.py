#!/usr/bin/env python3
"""Writes the hand-made fixture bundles under Tests/DataTests/Fixtures/bundles/.

`valid/` is a small consistent bundle (2 districts, 4 streets, 3 stations, 2020-2022);
every other folder is `valid/` with one deliberate defect (one validation rule each), so the
expected message and location in Tests/DataTests/Bundle/BundleValidationTests.swift can be read
off the edit below (line numbers are 1-based physical lines, the header is line 1).

Run from the repository root: python3 Tests/References/Data/make_bundle_fixtures.py
"""
import os
import shutil

ROOT = os.path.join("Tests", "DataTests", "Fixtures", "bundles")

FILES = {
    "dataset.toml": """# Hand-made test bundle (Tests/References/Data/make_bundle_fixtures.py)
name = "fixture"
description = "2 districts, 4 streets, 3 stations, 2020-2022"
synthetic = false
first_year = 2020
last_year = 2022
money_unit = "万元"

[tables]
districts = "districts.csv"
streets = "streets.csv"
stations = "stations.csv"
staffing = "staffing.csv"
funding = "funding.csv"
services = "services.csv"
evaluations = "evaluations.csv"
framework = "framework.csv"
grades = "grades.csv"
""",
    "districts.csv": """district_id,name,kind,population,fiscal_capacity
D1,历下区,district,800000,1200000.5
D2,平阴县,county,350000,250000
""",
    "streets.csv": """street_id,district_id,name,kind,population,elderly,children,low_income,villages,area_km2,lon,lat
S1,D1,解放路街道,street,60000,12000,9000,300,8,5.2,117.05,36.67
S2,D1,"趵突泉街道, 老城",street,45000,11000,6000,250,6,3.8,117.01,36.66
S3,D2,榆山街道,street,70000,15000,12000,900,20,120.5,116.45,36.29
S4,D2,孝直镇,town,40000,10000,7000,1200,35,180,116.35,36.2
""",
    "stations.csv": """station_id,street_id,opened,operator_id
ST1,S1,2020,OP1
ST2,S2,2021,OP2
ST3,S3,,OP1
""",
    "staffing.csv": """station_id,year,social_workers,certified,supervision_hours,volunteers,hires,departures,salary
ST1,2020,4,2,40,10,4,0,6.5
ST1,2021,5,3,60,12,2,1,6.8
ST1,2022,6,4,72,15,2,1,7
ST2,2021,3,1,24,5,3,0,6
ST2,2022,4,2,36,8,2,1,6.2
""",
    "funding.csv": """station_id,year,city,district,other,spent
ST1,2020,20,10,2,30
ST1,2021,22,12,1,34
ST1,2022,25,12,3,39
ST2,2021,15,10,0,24
ST2,2022,18,12,2,31
""",
    "services.csv": """station_id,year,cases,groups,activities,people_served,villages_reached
ST1,2020,30,4,12,800,5
ST1,2021,45,6,18,1200,7
ST1,2022,50,8,20,1500,8
ST2,2021,20,3,8,500,4
ST2,2022,28,4,10,700,6
""",
    "framework.csv": """item,level1,level2,level3,max_score
A1,组织建设,制度,规章制度健全,20
B1,人员队伍,专业化,持证社工比例,20
C1,服务开展,个案,个案服务数量与质量,15
D1,服务成效,小组,小组活动成效,15
E1,资金管理,使用,资金使用规范,15
F1,社会影响,满意度,"居民满意度, 问卷",15
""",
    "grades.csv": """grade,min_score,label
A,90,优秀
B,80,良好
C,60,合格
D,0,不合格
""",
}

SCORES = {  # station, year -> scores of A1..F1 (totals 79, 88, 93, 58, 74)
    ("ST1", 2020): [16, 15, 12, 11, 13, 12],
    ("ST1", 2021): [18, 17, 13, 13, 14, 13],
    ("ST1", 2022): [19, 19, 14, 14, 14, 13],
    ("ST2", 2021): [12, 10, 9, 8, 10, 9],
    ("ST2", 2022): [15, 14, 11, 11, 12, 11],
}
lines = ["station_id,year,item,score"]
for (s, y), scores in SCORES.items():
    for item, v in zip(["A1", "B1", "C1", "D1", "E1", "F1"], scores):
        lines.append(f"{s},{y},{item},{v}")
FILES["evaluations.csv"] = "\n".join(lines) + "\n"


def replace_line(text, line, new):
    rows = text.split("\n")
    rows[line - 1] = new
    return "\n".join(rows)


# case -> (file, 1-based line, new content); content None deletes the file.
CASES = {
    "missing_column": ("streets.csv", None, lambda t: "\n".join(",".join(r.split(",")[:-1]) if r else r for r in t.split("\n"))),
    "non_numeric": ("districts.csv", 3, "D2,平阴县,county,lots,250000"),
    "thousands_separator": ("districts.csv", 2, 'D1,历下区,district,"800,000",1200000.5'),
    "unknown_district": ("streets.csv", 5, "S4,D9,孝直镇,town,40000,10000,7000,1200,35,180,116.35,36.2"),
    "unknown_street": ("stations.csv", 4, "ST3,S9,,OP1"),
    "unknown_station": ("staffing.csv", 6, "ST9,2022,4,2,36,8,2,1,6.2"),
    "unknown_item": ("evaluations.csv", 7, "ST1,2020,Z9,12"),
    "duplicate_key": ("funding.csv", 3, "ST1,2020,22,12,1,34"),
    "missing_key": ("staffing.csv", 2, ",2020,4,2,40,10,4,0,6.5"),
    "two_stations_one_street": ("stations.csv", 3, "ST2,S1,2021,OP2"),
    "score_above_max": ("evaluations.csv", 2, "ST1,2020,A1,25"),
    "negative_score": ("evaluations.csv", 3, "ST1,2020,B1,-1"),
    "negative_money": ("funding.csv", 5, "ST2,2021,-15,10,0,24"),
    "negative_count": ("services.csv", 2, "ST1,2020,-30,4,12,800,5"),
    "year_outside": ("services.csv", 6, "ST2,2023,28,4,10,700,6"),
    "before_opening": ("staffing.csv", 5, "ST2,2020,3,1,24,5,3,0,6"),
    "never_opened": ("funding.csv", 6, "ST3,2022,18,12,2,31"),
    "opened_before_panel": ("stations.csv", 2, "ST1,S1,2015,OP1"),
    "opened_after_panel": ("stations.csv", 4, "ST3,S3,2023,OP1"),
    "certified_exceeds": ("staffing.csv", 3, "ST1,2021,5,6,60,12,2,1,6.8"),
    "villages_exceeded": ("services.csv", 4, "ST1,2022,50,8,20,1500,9"),
    "bad_kind": ("districts.csv", 3, "D2,平阴县,city,350000,250000"),
    "grades_not_decreasing": ("grades.csv", 4, "C,85,合格"),
    "framework_total": ("framework.csv", None, lambda t: "\n".join(
        (",".join(r.split(",")[:-1] + ["0"]) if i > 0 and r and not r.startswith('F1') else r)
        for i, r in enumerate(t.split("\n"))).replace("问卷\",15", "问卷\",0")),
    "malformed_quote": ("streets.csv", 3, 'S2,D1,"趵突泉街道" 老城,street,45000,11000,6000,250,6,3.8,117.01,36.66'),
    "ragged_row": ("grades.csv", 3, "B,80"),
    "manifest_unknown_keys": ("dataset.toml", None, lambda t: t.replace("money_unit", "currency").replace('grades = "grades.csv"', 'grades = "grades.csv"\nweather = "weather.csv"')),
    "manifest_bad_values": ("dataset.toml", None, lambda t: t.replace("synthetic = false", "synthetic = true").replace("last_year = 2022", "last_year = 2019").replace('name = "fixture"', "name = 7")),
    "missing_table_file": ("services.csv", None, None),
}


def write(folder, files):
    os.makedirs(folder, exist_ok=True)
    for name, text in files.items():
        with open(os.path.join(folder, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)


def main():
    if os.path.isdir(ROOT):
        shutil.rmtree(ROOT)
    write(os.path.join(ROOT, "valid"), FILES)
    for case, (name, line, edit) in CASES.items():
        files = dict(FILES)
        if edit is None:
            del files[name]
        elif callable(edit):
            files[name] = edit(files[name])
        else:
            files[name] = replace_line(files[name], line, edit)
        write(os.path.join(ROOT, case), files)
    # Many problems: 150 negative scores, to check the report limit.
    files = dict(FILES)
    rows = ["station_id,year,item,score"] + [f"ST1,2020,A1,-{k}" for k in range(1, 151)]
    files["evaluations.csv"] = "\n".join(rows) + "\n"
    write(os.path.join(ROOT, "many_problems"), files)
    # Decimal inputs whose floating-point sums are not the decimal totals (see decimal_totals.py):
    # ST1 2020 item scores sum to 73.8 (float: 73.80000000000001), funding to 31.9 (31.900000000000002).
    files = dict(FILES)
    scores = ["11.0", "13.2", "11.0", "11.6", "14.3", "12.7"]
    ev = files["evaluations.csv"].split("\n")
    for k, v in enumerate(scores):
        ev[k + 1] = ",".join(ev[k + 1].split(",")[:3] + [v])
    files["evaluations.csv"] = "\n".join(ev)
    files["funding.csv"] = replace_line(files["funding.csv"], 2, "ST1,2020,18.1,12.2,1.6,30")
    write(os.path.join(ROOT, "decimal_totals"), files)


if __name__ == "__main__":
    main()
