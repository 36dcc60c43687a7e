#!/usr/bin/env python3
"""Expected totals of Tests/DataTests/Fixtures/bundles/decimal_totals (made by make_bundle_fixtures.py):
the exact decimal sums (Python's decimal module) next to the plain floating-point sums that a naive
implementation would print. Run from the repository root: python3 Tests/References/Data/decimal_totals.py
"""
from decimal import Decimal

B = "Tests/DataTests/Fixtures/bundles/decimal_totals/"
rows = [line.split(",") for line in open(B + "evaluations.csv", encoding="utf-8").read().split("\n")[1:] if line]
st1_2020 = [r[3] for r in rows if r[0] == "ST1" and r[1] == "2020"]
float_sum = 0.0
for v in st1_2020:
    float_sum += float(v)
print("ST1 2020 total_score: decimal", sum(Decimal(v) for v in st1_2020), "float", repr(float_sum))
fund = [line.split(",") for line in open(B + "funding.csv", encoding="utf-8").read().split("\n")[1:] if line]
c, d, o = fund[0][2:5]
print("ST1 2020 funding_total: decimal", Decimal(c) + Decimal(d) + Decimal(o), "float", repr(float(c) + float(d) + float(o)))
# Output:
# ST1 2020 total_score: decimal 73.8 float 73.80000000000001
# ST1 2020 funding_total: decimal 31.9 float 31.900000000000002
