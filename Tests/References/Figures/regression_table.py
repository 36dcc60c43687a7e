"""Expected two-model regression table for Tests/FiguresTests/RegressionTableTests.swift.

Model (1): Grunfeld pooled OLS `invest ~ value + capital` (statsmodels 0.15.0, nonrobust);
model (2): the same with firm fixed effects absorbed, firm-clustered errors (linearmodels 7.1 PanelOLS,
R² and log-likelihood of the equivalent dummy-variable OLS). All numbers are read from
Tests/ModelsTests/Fixtures/ols_reference.json (made by Tests/References/Models/ols_reference.py); this script
only formats them with the documented convention (3 decimals, * p<0.10, ** p<0.05, *** p<0.01) and prints the
LaTeX and Markdown tables that the test compares with.
Run: python3 Tests/References/Figures/regression_table.py
"""
import json, pathlib

root = pathlib.Path(__file__).resolve().parents[3]
d = json.loads((root / "Tests/ModelsTests/Fixtures/ols_reference.json").read_text())
m1 = d["grunfeld"]["fits"]["nonrobust"]
a = d["absorbed"]["firm"]
m2 = {"names": ["value", "capital"], "params": a["cluster_firm"]["params"], "bse": a["cluster_firm"]["bse"],
      "pvalues": a["cluster_firm"]["pvalues"], "rsquared": a["dummy_ols"]["rsquared"],
      "rsquared_adj": a["dummy_ols"]["rsquared_adj"], "llf": a["dummy_ols"]["llf"], "nobs": 220}

def stars(p):
    return "***" if p < 0.01 else "**" if p < 0.05 else "*" if p < 0.1 else ""

def cell(m, term):
    if term not in m["names"]:
        return "", ""
    i = m["names"].index(term)
    return f"{m['params'][i]:.3f}{stars(m['pvalues'][i])}", f"({m['bse'][i]:.3f})"

rows = []
for t in ["Intercept", "value", "capital"]:
    e1, s1 = cell(m1, t); e2, s2 = cell(m2, t)
    rows += [[t, e1, e2], ["", s1, s2]]
rows.append(["Fixed effects: firm", "No", "Yes"])
rows.append(["N", str(int(m1["nobs"])), str(m2["nobs"])])
rows.append(["R²", f"{m1['rsquared']:.3f}", f"{m2['rsquared']:.3f}"])
rows.append(["Adj. R²", f"{m1['rsquared_adj']:.3f}", f"{m2['rsquared_adj']:.3f}"])
rows.append(["Log-likelihood", f"{m1['llf']:.2f}", f"{m2['llf']:.2f}"])
for r in rows:
    print(r)
