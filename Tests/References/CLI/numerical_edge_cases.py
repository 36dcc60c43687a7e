"""Expected values of Tests/CLITests/NumericalEdgeCaseTests.swift (numpy only).

Run: python3 Tests/References/CLI/numerical_edge_cases.py
"""
import pathlib

import numpy as np

# 1. Perfectly collinear regressors: x2 = 2·x1. R's lm gives x2 = NA and the fit of y ~ x1 + x3;
#    the coefficients are the least-squares solution on [1, x1, x3].
collinear = (pathlib.Path(__file__).parent / "collinear.csv").read_text()
rows = np.array([[float(v) for v in line.split(",")] for line in collinear.strip().split("\n")[1:]])
y, x1, x3 = rows[:, 0], rows[:, 1], rows[:, 3]
X = np.column_stack([np.ones(len(y)), x1, x3])
beta, *_ = np.linalg.lstsq(X, y, rcond=None)
print("collinear OLS [Intercept, x1, x3]:", [float(b) for b in beta])

# 2. DiD, a cohort with one unit (unit 7, first treated 2022), never-treated comparison, varying base period:
#    ATT(2022, 2022) = (y[7,2022] − y[7,2021]) − mean over never-treated units of (y[i,2022] − y[i,2021]);
#    ATT(2022, 2023) = (y[7,2023] − y[7,2021]) − mean(y[i,2023] − y[i,2021]) (base period g − 1 after treatment).
did = {  # unit: (cohort, [y2020, y2021, y2022, y2023])
    1: (2021, [1.0, 2.5, 2.75, 3.25]),
    2: (2021, [0.5, 2.0, 2.5, 2.5]),
    3: (2021, [2.0, 3.25, 4.0, 4.5]),
    4: (0, [1.0, 1.25, 1.5, 2.0]),
    5: (0, [0.25, 0.5, 1.0, 1.0]),
    6: (0, [1.5, 1.5, 2.0, 2.25]),
    7: (2022, [3.0, 3.5, 5.0, 5.25]),
}
never = [u for u, (g, _) in did.items() if g == 0]
y7 = did[7][1]
att_22_22 = (y7[2] - y7[1]) - np.mean([did[u][1][2] - did[u][1][1] for u in never])
att_22_23 = (y7[3] - y7[1]) - np.mean([did[u][1][3] - did[u][1][1] for u in never])
print("ATT(2022,2022):", float(att_22_22), "ATT(2022,2023):", float(att_22_23))
