"""Expected values for Tests/DataTests/Table/TableTests.swift (pandas 3.1.1).

Run: /tmp/venv-data/bin/python Tests/References/Data/table_ops.py
"""
import numpy as np
import pandas as pd

s = pd.DataFrame({"district": ["D1", "D2", "D1", "D2", "D1"],
                  "year": [2020, 2020, 2021, 2021, 2021],
                  "score": [80, 70, np.nan, 60, 90]})
print(s.groupby("district", sort=False)["score"].agg(["sum", "mean", "count", "min", "max"]))
print(s.groupby(["district", "year"]).score.count().reset_index().sort_values(["year", "district"]))
r = pd.DataFrame({"district": ["D1", "D1", "D2"], "year": [2020.0, 2021.0, 2020.0], "budget": [5, 6, 7]})
print(s.merge(r, on=["district", "year"], how="inner"))
print(s.merge(r, on=["district", "year"], how="left"))
