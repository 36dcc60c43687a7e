/// The CSV text of each table, in the column order of BUNDLE.md (extra columns last).
/// Text cells go through `CSVWriter.field`; numbers are written from integers with fixed
/// decimals (money 2, scores 1, area 2, coordinates 4).
enum SynthTables {
    private static let csv = CSVWriter()

    /// framework.csv: item, level1, level2, level3, max_score.
    static func framework() -> String {
        csv.document(
            header: ["item", "level1", "level2", "level3", "max_score"],
            rows: SynthFramework.items.map {
                [$0.id, $0.level1, $0.level2, $0.level3, SynthFixedDecimal.text($0.maxTenths, decimals: 1)]
            })
    }

    /// grades.csv: grade, min_score, label.
    static func grades() -> String {
        csv.document(
            header: ["grade", "min_score", "label"],
            rows: SynthFramework.grades.map { [$0.grade, SynthFixedDecimal.text($0.minScore, decimals: 1), $0.label] })
    }

    private static func header(_ names: [String], _ sink: inout SynthByteSink) throws {
        sink.append(csv.line(names))
    }

    static func districts(_ b: SyntheticBundle, into sink: inout SynthByteSink) throws {
        try header(["district_id", "name", "kind", "population", "fiscal_capacity"], &sink)
        for d in b.districts {
            sink.append(csv.line([d.id, d.name, d.kind.rawValue, String(d.population),
                                  SynthFixedDecimal.text(d.fiscalCapacityCents, decimals: 2)]))
        }
    }

    static func streets(_ b: SyntheticBundle, into sink: inout SynthByteSink) throws {
        try header(["street_id", "district_id", "name", "kind", "population", "elderly", "children", "low_income",
                    "villages", "area_km2", "lon", "lat", "division_district_id"], &sink)
        for s in b.streets {
            sink.append(csv.line([
                s.id, b.districts[s.districtIndex].id, s.name, s.isTown ? "town" : "street", String(s.population),
                String(s.elderly), String(s.children), String(s.lowIncome), String(s.villages),
                SynthFixedDecimal.text(s.areaHundredths, decimals: 2), SynthFixedDecimal.text(s.lonE4, decimals: 4),
                SynthFixedDecimal.text(s.latE4, decimals: 4), s.divisionDistrictID,
            ]))
            try sink.endLineIfFull()
        }
    }

    static func stations(_ b: SyntheticBundle, into sink: inout SynthByteSink) throws {
        try header(["station_id", "street_id", "opened", "operator_id"], &sink)
        for st in b.stations {
            sink.append(csv.line([st.id, b.streets[st.streetIndex].id, b.opened(st).map(String.init) ?? "", st.operatorID]))
            try sink.endLineIfFull()
        }
    }

    /// Station id cells, escaped once.
    private static func stationCells(_ b: SyntheticBundle) -> [String] { b.stations.map { csv.field($0.id) } }

    static func staffing(_ b: SyntheticBundle, into sink: inout SynthByteSink) throws {
        try header(["station_id", "year", "social_workers", "certified", "supervision_hours", "volunteers", "hires",
                    "departures", "salary"], &sink)
        let ids = stationCells(b)
        for r in b.stationYears {
            sink.append(ids[r.stationIndex]); sink.comma(); sink.append(r.year); sink.comma()
            sink.append(r.socialWorkers); sink.comma(); sink.append(r.certified); sink.comma()
            sink.append(fixed: r.supervisionTenths, decimals: 1); sink.comma(); sink.append(r.volunteers); sink.comma()
            sink.append(r.hires); sink.comma(); sink.append(r.departures); sink.comma()
            sink.append(fixed: r.salaryCents, decimals: 2)
            try sink.endLine()
        }
    }

    static func funding(_ b: SyntheticBundle, into sink: inout SynthByteSink) throws {
        try header(["station_id", "year", "city", "district", "other", "spent"], &sink)
        let ids = stationCells(b)
        for r in b.stationYears {
            sink.append(ids[r.stationIndex]); sink.comma(); sink.append(r.year); sink.comma()
            sink.append(fixed: r.cityCents, decimals: 2); sink.comma(); sink.append(fixed: r.districtCents, decimals: 2)
            sink.comma(); sink.append(fixed: r.otherCents, decimals: 2); sink.comma()
            sink.append(fixed: r.spentCents, decimals: 2)
            try sink.endLine()
        }
    }

    static func services(_ b: SyntheticBundle, into sink: inout SynthByteSink) throws {
        try header(["station_id", "year", "cases", "groups", "activities", "people_served", "villages_reached",
                    "satisfaction"], &sink)
        let ids = stationCells(b)
        for r in b.stationYears {
            sink.append(ids[r.stationIndex]); sink.comma(); sink.append(r.year); sink.comma()
            sink.append(r.cases); sink.comma(); sink.append(r.groups); sink.comma(); sink.append(r.activities)
            sink.comma(); sink.append(r.peopleServed); sink.comma(); sink.append(r.villagesReached); sink.comma()
            sink.append(fixed: r.satisfactionTenths, decimals: 1)
            try sink.endLine()
        }
    }

    static func evaluations(_ b: SyntheticBundle, into sink: inout SynthByteSink) throws {
        try header(["station_id", "year", "item", "score"], &sink)
        let ids = stationCells(b)
        let items = SynthFramework.items.map { csv.field($0.id) }
        // Score texts for every possible value in tenths (0.0 … 100.0), made once.
        let scoreText = (0...1000).map { SynthFixedDecimal.text($0, decimals: 1) }
        let n = items.count
        for (r, row) in b.stationYears.enumerated() {
            let prefix = ids[row.stationIndex] + "," + String(row.year) + ","
            for i in 0..<n {
                sink.append(prefix); sink.append(items[i]); sink.comma()
                sink.append(scoreText[min(Int(b.itemTenths[r * n + i]), 1000)])
                try sink.endLine()
            }
        }
    }
}
