"""Writes the .xlsx fixtures of Tests/DataTests/Fixtures/xlsx (and two broken ones) with openpyxl, next to
the UTF-8 CSV twins each must load to (written with Python's csv module from the same rows).

    python3 -m venv --system-site-packages /tmp/venv-xlsx && /tmp/venv-xlsx/bin/pip install openpyxl==3.1.5
    /tmp/venv-xlsx/bin/python Tests/References/Data/make_xlsx_fixtures.py

openpyxl cannot save the value of a formula (it writes `<f>` with an empty `<v>`, as no spreadsheet
program has computed it yet); formula.xlsx gets the values Python computes patched into its `<v>`
elements, as Excel saves them. formula-no-value.xlsx keeps openpyxl's empty values (a broken input).
openpyxl 3.1 writes every text cell as an inline string; Excel and WPS write a shared string table.
`save(..., shared=True)` moves the inline strings (rich-text runs included) into xl/sharedStrings.xml
as they do, so the fixtures cover both forms (formula.xlsx keeps inline strings, shared-strings.xlsx
keeps one). Each fixture is read back with openpyxl and compared with its rows before the script ends.
Zip timestamps are fixed so that reruns write identical bytes.
"""
import csv
import datetime
import io
import os
import re
import zipfile

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "DataTests", "Fixtures", "xlsx")
BROKEN = os.path.join(ROOT, "DataTests", "Fixtures", "broken")


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(["" if v is None else ("TRUE" if v is True else "FALSE" if v is False else v) for v in r])


SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
SST_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"


def save(wb, path, patch=None, shared=False, keep_inline=()):
    """Saves `wb` to `path` with fixed zip dates; `patch(name, xml) -> xml` edits parts on the way;
    `shared` moves inline strings (but the cells in `keep_inline`) to a shared string table."""
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    parts = {i.filename: src.read(i.filename).decode("utf-8") for i in src.infolist()}
    # openpyxl stamps the time of saving into docProps/core.xml: fixed, for reproducible bytes.
    parts = {n: re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", "2026-11-29T00:00:00Z", x) for n, x in parts.items()}
    if patch is not None:
        parts = {n: patch(n, x) if n.endswith(".xml") else x for n, x in parts.items()}
    if shared:
        table, index = [], {}

        def to_shared(m):
            if m.group(1) in keep_inline:
                return m.group(0)
            body = m.group(3)
            if body not in index:
                index[body] = len(table)
                table.append(body)
            return f'<c r="{m.group(1)}"{m.group(2)} t="s"><v>{index[body]}</v></c>'

        count = 0
        for n in sorted(parts):
            if n.startswith("xl/worksheets/"):
                parts[n], k = re.subn(r'<c r="([A-Z]+[0-9]+)"([^>]*?) t="inlineStr"><is>(.*?)</is></c>', to_shared, parts[n])
                count += k
        sst = "".join(f"<si>{b}</si>" for b in table)
        parts["xl/sharedStrings.xml"] = ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                                         f'count="{count}" uniqueCount="{len(table)}">{sst}</sst>')
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            "</Types>", f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SST_TYPE}"/></Types>')
        parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
            "</Relationships>", f'<Relationship Id="rIdSST" Type="{SST_REL}" Target="sharedStrings.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in [i.filename for i in src.infolist()] + (["xl/sharedStrings.xml"] if shared else []):
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 29, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, parts[name].encode("utf-8"))


def check(path, sheet_name, header, rows):
    """Reads the fixture back with openpyxl (cached values) and compares it with the rows."""
    ws = openpyxl.load_workbook(path, data_only=True)[sheet_name]
    got = [[c.value for c in r] for r in ws.iter_rows()]
    got = [[str(v) if isinstance(v, CellRichText) else v for v in r] for r in got if any(v is not None for v in r)]
    want = [header] + [list(r) + [None] * (len(header) - len(r)) for r in rows if r]
    assert got == want, (path, got[:3], want[:3])


def sheet(wb, title, header, rows, first=False):
    ws = wb.active if first else wb.create_sheet()
    ws.title = title
    ws.append(header)
    for r in rows:
        ws.append(r)
    return ws


os.makedirs(OUT, exist_ok=True)

# 1. Chinese text, integers, doubles, booleans, empty cells (sparse refs), an empty row in the middle.
HEADER = ["station_id", "street", "district", "opened", "workers", "budget", "certified"]
ROWS = [
    ["S001", "趵突泉街道", "历下区", 2021, 3, 120.5, True],
    ["S002", "大明湖街道, 东片", "历下区", 2021, None, 98.25, False],
    ["S003", "泉城路街道", None, 2022, 4, 150, True],
    None,  # an empty row: skipped, as an empty line in a CSV
    ["S004", "\"党群\"服务中心", "章丘区", None, 1, 0.1, None],
    ["S005", "洪家楼街道", "历城区", 2023, 12, 1e-7, False],
]
wb = openpyxl.Workbook()
ws = sheet(wb, "站点", HEADER, [], first=True)
for r in ROWS:
    ws.append([] if r is None else r)
save(wb, os.path.join(OUT, "stations.xlsx"), shared=True)
check(os.path.join(OUT, "stations.xlsx"), "站点", HEADER, ROWS)
write_csv("stations.csv", HEADER, [r for r in ROWS if r is not None])

# 2. Two sheets (the second hidden behind --sheet), the first is the default.
Y24 = [["S001", 2024, 88.5], ["S002", 2024, 91.0], ["S003", 2024, 79.25]]
Y25 = [["S001", 2025, 90], ["S002", 2025, 93], ["S003", 2025, 81], ["S004", 2025, 70]]
wb = openpyxl.Workbook()
sheet(wb, "2024年", ["station_id", "year", "score"], Y24, first=True)
sheet(wb, "2025年", ["station_id", "year", "score"], Y25)
save(wb, os.path.join(OUT, "two-sheets.xlsx"), shared=True)
check(os.path.join(OUT, "two-sheets.xlsx"), "2024年", ["station_id", "year", "score"], Y24)
check(os.path.join(OUT, "two-sheets.xlsx"), "2025年", ["station_id", "year", "score"], Y25)
write_csv("two-sheets-2024.csv", ["station_id", "year", "score"], Y24)
write_csv("two-sheets-2025.csv", ["station_id", "year", "score"], Y25)

# 3. Formulas with their saved values (numeric, text and boolean results).
F_ROWS = [["S001", 3, 40.5], ["S002", 2, 49.125], ["S003", 4, 37.5]]
wb = openpyxl.Workbook()
ws = sheet(wb, "Sheet1", ["station_id", "workers", "per_worker", "budget", "label", "big"], [], first=True)
values = {}
for i, (sid, w, p) in enumerate(F_ROWS, start=2):
    ws.append([sid, w, p, f"=B{i}*C{i}", f'=A{i}&"-"&B{i}', f"=D{i}>100"])
    values[f"D{i}"] = (repr(float(w * p)) if w * p != int(w * p) else str(int(w * p)), None)
    values[f"E{i}"] = (f"{sid}-{w}", "str")
    values[f"F{i}"] = ("1" if w * p > 100 else "0", "b")


def cache_formulas(name, xml):
    if "worksheets/" not in name:
        return xml
    def fill(m):
        ref = m.group(1)
        value, t = values[ref]
        attrs = m.group(2)
        if t is not None:
            attrs = re.sub(r'\s+t="[^"]*"', "", attrs) + f' t="{t}"'
        return f'<c r="{ref}"{attrs}><f>{m.group(3)}</f><v>{value}</v></c>'
    return re.sub(r'<c r="([A-Z]+[0-9]+)"([^>]*)><f>([^<]*)</f><v\s*/?>(?:</v>)?</c>', fill, xml)


save(wb, os.path.join(OUT, "formula.xlsx"), cache_formulas)
check(os.path.join(OUT, "formula.xlsx"), "Sheet1", ["station_id", "workers", "per_worker", "budget", "label", "big"],
      [[s, w, p, w * p, f"{s}-{w}", w * p > 100] for s, w, p in F_ROWS])
write_csv("formula.csv", ["station_id", "workers", "per_worker", "budget", "label", "big"],
          [[s, w, p, values[f"D{i}"][0], values[f"E{i}"][0], "TRUE" if values[f"F{i}"][0] == "1" else "FALSE"]
           for i, (s, w, p) in enumerate(F_ROWS, start=2)])
save(wb, os.path.join(BROKEN, "formula-no-value.xlsx"))

# 4. Shared-string heavy: 200 rows of repeated district/kind names, one rich-text cell (two runs) and
#    one inline string (patched in, as some exporters write them).
DISTRICTS = ["历下区", "市中区", "槐荫区", "天桥区", "历城区", "长清区", "章丘区", "济阳区"]
KINDS = ["街道", "镇"]
S_ROWS = [[f"U{k:03d}", DISTRICTS[k % 8], KINDS[k % 3 % 2], k * 7 % 50] for k in range(200)]
wb = openpyxl.Workbook()
ws = sheet(wb, "streets", ["street_id", "district", "kind", "villages"], S_ROWS, first=True)
ws["B3"] = CellRichText([TextBlock(InlineFont(b=True), "市"), "中区"])


save(wb, os.path.join(OUT, "shared-strings.xlsx"), shared=True, keep_inline={"A4"})
check(os.path.join(OUT, "shared-strings.xlsx"), "streets", ["street_id", "district", "kind", "villages"], S_ROWS)
write_csv("shared-strings.csv", ["street_id", "district", "kind", "villages"], S_ROWS)

# 4b. A decision matrix and AHP judgments (text "1/3" cells and numbers) on two sheets, first sheet "matrix".
M_HEADER = ["station", "staff", "coverage", "cost", "satisfaction"]
M_ROWS = [["S1", 3.2, 0.85, 12, 88], ["S2", 2.1, 0.6, 9.5, 75], ["S3", 4, 0.92, 15, 91],
          ["S4", 2.8, 0.7, 8, 80], ["S5", 3.5, 0.55, 11, 70], ["S6", 1.9, 0.78, 10.5, 85]]
J_HEADER = [None, "staff", "coverage", "cost", "satisfaction"]
J_ROWS = [["staff", 1, 3, 5, 7], ["coverage", "1/3", 1, 2, 3], ["cost", 0.2, "1/2", 1, "1/2"],
          ["satisfaction", "1/7", "1/3", 2, 1]]
wb = openpyxl.Workbook()
sheet(wb, "matrix", M_HEADER, M_ROWS, first=True)
sheet(wb, "judgments", J_HEADER, J_ROWS)
save(wb, os.path.join(OUT, "matrix.xlsx"), shared=True)
check(os.path.join(OUT, "matrix.xlsx"), "matrix", M_HEADER, M_ROWS)
check(os.path.join(OUT, "matrix.xlsx"), "judgments", J_HEADER, J_ROWS)
write_csv("matrix.csv", M_HEADER, M_ROWS)
write_csv("judgments.csv", ["" if h is None else h for h in J_HEADER], J_ROWS)

# 4c. Dates, date-times and times (openpyxl stores them as serial numbers with date styles), in the 1900
#     date system and, for dates-1904.xlsx, the 1904 one; a Chinese custom date format; the CSV twin holds
#     the ISO 8601 text.
D_HEADER = ["station_id", "opened", "checked", "start", "founded"]
D_ROWS = [["S001", datetime.date(2021, 3, 1), datetime.datetime(2023, 11, 29, 8, 30, 0), datetime.time(8, 30), datetime.date(1900, 1, 1)],
          ["S002", datetime.date(2024, 2, 29), datetime.datetime(2024, 1, 1, 23, 59, 59), datetime.time(17, 0, 5), datetime.date(2000, 12, 31)]]
D_CSV = [[r[0], r[1].isoformat(), r[2].strftime("%Y-%m-%d %H:%M:%S"), r[3].strftime("%H:%M:%S"), r[4].isoformat()] for r in D_ROWS]
for name, epoch in [("dates.xlsx", CALENDAR_WINDOWS_1900), ("dates-1904.xlsx", CALENDAR_MAC_1904)]:
    if epoch == CALENDAR_MAC_1904:
        rows = [r[:4] + [datetime.date(2001, 1, 1) if r[0] == "S001" else datetime.date(2000, 12, 31)] for r in D_ROWS]
    else:
        rows = D_ROWS
    wb = openpyxl.Workbook()
    wb.epoch = epoch
    ws = sheet(wb, "dates", D_HEADER, rows, first=True)
    for row in ws.iter_rows(min_row=2):
        row[1].number_format = "yyyy-mm-dd"
        row[2].number_format = "yyyy-mm-dd hh:mm:ss"
        row[3].number_format = "hh:mm:ss"
        row[4].number_format = 'yyyy"年"m"月"d"日"'
    save(wb, os.path.join(OUT, name), shared=True)
    check(os.path.join(OUT, name), "dates", D_HEADER,
          [[r[0], datetime.datetime.combine(r[1], datetime.time()), r[2], r[3], datetime.datetime.combine(r[4], datetime.time())] for r in rows])
write_csv("dates.csv", D_HEADER, D_CSV)
write_csv("dates-1904.csv", D_HEADER, [r[:4] + [d] for r, d in zip(D_CSV, ["2001-01-01", "2000-12-31"])])

# 5. Broken: a truncated download of stations.xlsx, and a CSV renamed .xlsx.
with open(os.path.join(OUT, "stations.xlsx"), "rb") as f:
    whole = f.read()
with open(os.path.join(BROKEN, "truncated.xlsx"), "wb") as f:
    f.write(whole[: len(whole) // 2])
with open(os.path.join(BROKEN, "not-a-zip.xlsx"), "wb") as f:
    f.write("station_id,street\nS001,趵突泉街道\n".encode("utf-8"))
# 6. Broken: a cell holding an error value (as Excel saves =1/0), and a malformed cell reference.
wb = openpyxl.Workbook()
sheet(wb, "Sheet1", ["station_id", "ratio"], [["S001", 0.5], ["S002", 0.25]], first=True)
save(wb, os.path.join(BROKEN, "error-cell.xlsx"),
     lambda n, x: x.replace('<c r="B3" t="n"><v>0.25</v></c>', '<c r="B3" t="e"><f>1/0</f><v>#DIV/0!</v></c>'))
save(wb, os.path.join(BROKEN, "bad-ref.xlsx"), lambda n, x: x.replace('<c r="B3"', '<c r="3B"'))
print("wrote", sorted(os.listdir(OUT)))
