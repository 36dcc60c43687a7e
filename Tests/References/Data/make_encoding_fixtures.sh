#!/usr/bin/env bash
# Makes the encoding fixtures in Tests/DataTests/Fixtures/encodings/ with real tools (GNU iconv,
# printf, sed) from one UTF-8 CSV, stations.csv. Each variant must load to the same Table as
# stations.csv (Tests/DataTests/CSV/CSVEncodingTests.swift).
#   stations-gb18030.csv   iconv -f UTF-8 -t GB18030 (what Excel on Chinese Windows saves as "CSV")
#   stations-gbk.csv       iconv -f UTF-8 -t GBK (the text has only GBK characters, so same bytes family)
#   stations-utf16le.csv   FF FE + iconv -t UTF-16LE (Excel's "Unicode Text" byte order)
#   stations-utf16be.csv   FE FF + iconv -t UTF-16BE
#   stations-semicolon.csv Python's csv module with delimiter `;` (as European-locale Excel saves)
#   stations-trailing.csv  two trailing empty columns in the header and every row (Excel's used range)
#   latin1.csv             Latin-1 bytes (invalid UTF-8 and invalid GB18030): must be refused
set -euo pipefail
cd "$(dirname "$0")/../../DataTests/Fixtures/encodings"
cat > stations.csv <<'CSV'
station_id,street,district,opened,workers,budget
S001,"趵突泉街道",历下区,2021,3,120.5
S002,"大明湖街道, 东片",历下区,2021,2,98.25
S003,泉城路街道,历城区,2022,4,150
S004,"""党群""服务中心",章丘区,2023,1,60.75
CSV
iconv -f UTF-8 -t GB18030 stations.csv > stations-gb18030.csv
iconv -f UTF-8 -t GBK stations.csv > stations-gbk.csv
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE stations.csv; } > stations-utf16le.csv
{ printf '\xfe\xff'; iconv -f UTF-8 -t UTF-16BE stations.csv; } > stations-utf16be.csv
python3 -c 'import csv, sys
w = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
w.writerows(csv.reader(open("stations.csv", encoding="utf-8")))' > stations-semicolon.csv
sed -e 's/$/,,/' stations.csv > stations-trailing.csv
printf 'name,city\nJos\xe9,S\xe3o Paulo\n' > latin1.csv
