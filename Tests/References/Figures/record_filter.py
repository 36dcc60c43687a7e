"""Expected values for Tests/FiguresTests/RecordTableFilterTests.swift (numpy 2.4.6).

records.csv (read by both tests) is filtered to year 2025 and districts 历下区/平阴县, then the
score columns are averaged per district, skipping empty cells (numpy.nanmean).
Run: python3 Tests/References/Figures/record_filter.py
"""
import csv, io, pathlib
import numpy as np

CSV = (pathlib.Path(__file__).parent / "records.csv").read_text(encoding="utf-8")
rows = [r for r in csv.DictReader(io.StringIO(CSV)) if r["year"] == "2025" and r["district"] in ("历下区", "平阴县")]
for d in ["历下区", "平阴县"]:
    sub = [r for r in rows if r["district"] == d]
    for c in ["score_a", "score_b"]:
        v = np.array([float(r[c]) if r[c] else np.nan for r in sub])
        print(d, c, repr(float(np.nanmean(v))))
