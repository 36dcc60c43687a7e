/// Checks the rules of BUNDLE.md across the tables of a bundle, collecting every problem.
struct BundleValidator {
    let manifest: DatasetManifest
    let files: [String: CSVFile]
    var problems: [DataError] = []

    init(manifest: DatasetManifest, files: [String: CSVFile]) {
        self.manifest = manifest
        self.files = files
    }

    mutating func run() {
        for (name, f) in files.sorted(by: { $0.key < $1.key }) {
            guard let spec = TableSpec.all[name] else { continue }
            let hasAll = requiredColumns(f, spec)
            guard hasAll else { continue }
            keys(f, spec)
            for c in TableSpec.nonNegative[name] ?? [] { nonNegative(f, c) }
            for (c, allowed) in TableSpec.enums[name] ?? [] { oneOf(f, c, allowed) }
            if f.table.has("year") { yearsInRange(f, "year") }
        }
        if let f = usable("streets") {
            positive(f, "area_km2")
            range(f, "lon", -180, 180)
            range(f, "lat", -90, 90)
            references(f, "district_id", to: "districts", "district_id")
        }
        if let f = usable("stations") {
            references(f, "street_id", to: "streets", "street_id")
            unique(f, "street_id", "a street has at most one station")
            openedNotAfterPanel(f)
        }
        for t in TableSpec.perStationYear {
            guard let f = usable(t) else { continue }
            references(f, "station_id", to: "stations", "station_id")
            openedBefore(f)
        }
        if let f = usable("staffing") { certifiedWithinStaff(f) }
        if let f = usable("services") { villagesReached(f) }
        if let f = usable("evaluations") {
            references(f, "item", to: "framework", "item")
            scoresWithinMax(f)
        }
        if let f = usable("framework") { frameworkTotal(f) }
        if let f = usable("grades") { gradesDecreasing(f) }
    }

    // MARK: helpers

    /// The table when it was read and has all its required columns.
    func usable(_ name: String) -> CSVFile? {
        guard let f = files[name], let spec = TableSpec.all[name],
              spec.columns.allSatisfy({ f.table.has($0.0) }) else { return nil }
        return f
    }

    mutating func add(_ loc: SourceLocation, _ m: String) { problems.append(DataError(.invalid, at: loc, m)) }

    mutating func requiredColumns(_ f: CSVFile, _ spec: TableSpec) -> Bool {
        var ok = true
        for (c, _) in spec.columns where !f.table.has(c) {
            add(SourceLocation(file: f.path, line: 1, column: 1), "missing required column '\(c)'")
            ok = false
        }
        return ok
    }

    func texts(_ f: CSVFile, _ c: String) -> [String?] { (try? f.table.strings(c)) ?? [] }
    func numbers(_ f: CSVFile, _ c: String) -> [Double] { (try? f.table.doubles(c)) ?? [] }

    /// The column's text cells as a dictionary-encoded column (empty when absent or not text).
    func textColumn(_ f: CSVFile, _ c: String) -> StringColumn {
        switch try? f.table.column(c) {
        case .string(let s)?: return s
        case let other?: return StringColumn((0..<f.table.rowCount).map { other.isMissing($0) ? nil : other.text($0) })
        case nil: return StringColumn(codes: [], dictionary: [])
        }
    }

    /// Missing key cells and duplicate keys, on integer codes (see `DuplicateKeyFinder`).
    mutating func keys(_ f: CSVFile, _ spec: TableSpec) {
        let columns = spec.key.compactMap { try? f.table.column($0) }
        guard columns.count == spec.key.count else { return }
        let finder = DuplicateKeyFinder(columns, rowCount: f.table.rowCount)
        for m in finder.missing {
            add(f.location(row: m.row, column: spec.key[m.part]), "missing value in key column '\(spec.key[m.part])'")
        }
        for d in finder.duplicates {
            let key = columns.map { $0.text(d.row) }.joined(separator: ", ")
            add(f.location(row: d.row, column: spec.key[0]),
                "duplicate key (\(spec.key.joined(separator: ", "))) = (\(key)), first at line \(f.line(ofRow: d.first))")
        }
    }

    mutating func unique(_ f: CSVFile, _ c: String, _ why: String) {
        let column = textColumn(f, c)
        let (codes, distinct) = column.canonicalCodes()
        var first = [Int](repeating: -1, count: distinct)
        for (r, code) in codes.enumerated() where code >= 0 {
            if first[Int(code)] >= 0 {
                add(f.location(row: r, column: c),
                    "\(c) '\(column[r] ?? "")' appears again (first at line \(f.line(ofRow: first[Int(code)]))): \(why)")
            } else {
                first[Int(code)] = r
            }
        }
    }

    mutating func nonNegative(_ f: CSVFile, _ c: String) {
        for (r, x) in numbers(f, c).enumerated() where x < 0 {
            add(f.location(row: r, column: c), "\(c) must not be negative, found \(CSVWriter().field(x))")
        }
    }

    mutating func positive(_ f: CSVFile, _ c: String) {
        for (r, x) in numbers(f, c).enumerated() where x <= 0 {
            add(f.location(row: r, column: c), "\(c) must be positive, found \(CSVWriter().field(x))")
        }
    }

    mutating func range(_ f: CSVFile, _ c: String, _ lo: Double, _ hi: Double) {
        for (r, x) in numbers(f, c).enumerated() where x < lo || x > hi {
            add(f.location(row: r, column: c), "\(c) must be within \(Int(lo))..\(Int(hi)), found \(CSVWriter().field(x))")
        }
    }

    mutating func oneOf(_ f: CSVFile, _ c: String, _ allowed: [String]) {
        let column = textColumn(f, c)
        let ok = column.dictionary.map(allowed.contains)
        for (r, code) in column.codes.enumerated() {
            if code < 0 {
                add(f.location(row: r, column: c), "missing \(c) (one of \(allowed.joined(separator: ", ")))")
            } else if !ok[Int(code)] {
                add(f.location(row: r, column: c), "\(c) '\(column.dictionary[Int(code)])' is not one of \(allowed.joined(separator: ", "))")
            }
        }
    }

    mutating func yearsInRange(_ f: CSVFile, _ c: String) {
        let years = manifest.years
        for (r, y) in numbers(f, c).enumerated() where !y.isNaN && !years.contains(Int(y)) {
            add(f.location(row: r, column: c),
                "\(c) \(Int(y)) is outside the manifest's years \(manifest.firstYear)–\(manifest.lastYear)")
        }
    }

    /// A station may have opened before `first_year` (it predates the panel); only an opening after
    /// `last_year` is an error, as such a station could have no row in the panel.
    mutating func openedNotAfterPanel(_ f: CSVFile) {
        for (r, y) in numbers(f, "opened").enumerated() where !y.isNaN && Int(y) > manifest.lastYear {
            add(f.location(row: r, column: "opened"),
                "opened \(Int(y)) is after the manifest's last year \(manifest.lastYear)")
        }
    }

    mutating func references(_ f: CSVFile, _ c: String, to table: String, _ key: String) {
        guard let target = files[table] else { return }
        let known = textColumn(target, key).usedValues()
        // A missing key cell was already reported by `keys`.
        let isKey = files.first { $0.value.path == f.path }.flatMap { TableSpec.all[$0.key] }?.key.contains(c) ?? false
        let column = textColumn(f, c)
        let resolves = column.dictionary.map(known.contains)
        let targetName = target.path.split(separator: "/").last.map(String.init) ?? table
        for (r, code) in column.codes.enumerated() {
            if code < 0 {
                if !isKey { add(f.location(row: r, column: c), "missing \(c)") }
            } else if !resolves[Int(code)] {
                add(f.location(row: r, column: c), "unknown \(c) '\(column.dictionary[Int(code)])' (not in \(targetName))")
            }
        }
    }

    /// What the stations table says about a station id.
    enum Opening {
        /// Not in stations.csv (reported by `references`).
        case unknown
        /// In stations.csv without an opening year.
        case never
        /// Opened in this year.
        case year(Int)
    }

    /// Opening year by station id.
    func openingYears() -> [String: Opening] {
        guard let s = files["stations"] else { return [:] }
        var out: [String: Opening] = [:]
        for (id, y) in zip(texts(s, "station_id"), numbers(s, "opened")) {
            if let id { out[id] = y.isNaN ? .never : .year(Int(y)) }
        }
        return out
    }

    mutating func openedBefore(_ f: CSVFile) {
        let opened = openingYears()
        let ids = textColumn(f, "station_id")
        let opening = ids.dictionary.map { opened[$0] ?? .unknown }
        for (r, (code, y)) in zip(ids.codes, numbers(f, "year")).enumerated() where code >= 0 && !y.isNaN {
            switch opening[Int(code)] {
            case .unknown: continue
            case .never:
                add(f.location(row: r, column: "year"), "station '\(ids.dictionary[Int(code)])' never opened but has a row for \(Int(y))")
            case .year(let o) where Int(y) < o:
                add(f.location(row: r, column: "year"), "station '\(ids.dictionary[Int(code)])' opened in \(o) but has a row for \(Int(y))")
            case .year: continue
            }
        }
    }

    mutating func certifiedWithinStaff(_ f: CSVFile) {
        for (r, (c, w)) in zip(numbers(f, "certified"), numbers(f, "social_workers")).enumerated() where c > w {
            add(f.location(row: r, column: "certified"),
                "certified \(Int(c)) exceeds social_workers \(Int(w))")
        }
    }

    mutating func villagesReached(_ f: CSVFile) {
        guard let st = files["stations"], let streets = files["streets"] else { return }
        var villages: [String: Double] = [:]
        for (id, v) in zip(texts(streets, "street_id"), numbers(streets, "villages")) { if let id { villages[id] = v } }
        var streetOf: [String: String] = [:]
        for (s, street) in zip(texts(st, "station_id"), texts(st, "street_id")) {
            if let s, let street { streetOf[s] = street }
        }
        let ids = textColumn(f, "station_id")
        let limit = ids.dictionary.map { id in streetOf[id].flatMap { street in villages[street].map { (street, $0) } } }
        for (r, (code, reached)) in zip(ids.codes, numbers(f, "villages_reached")).enumerated() where code >= 0 {
            guard let (street, v) = limit[Int(code)], reached > v else { continue }
            add(f.location(row: r, column: "villages_reached"),
                "villages_reached \(Int(reached)) exceeds the \(Int(v)) villages of street '\(street)'")
        }
    }

    mutating func scoresWithinMax(_ f: CSVFile) {
        var maxScore: [String: Double] = [:]
        if let fw = files["framework"] {
            for (i, m) in zip(texts(fw, "item"), numbers(fw, "max_score")) { if let i { maxScore[i] = m } }
        }
        let items = textColumn(f, "item")
        let itemMax = items.dictionary.map { maxScore[$0] }
        for (r, (code, s)) in zip(items.codes, numbers(f, "score")).enumerated() {
            if s < 0 {
                add(f.location(row: r, column: "score"), "score must not be negative, found \(CSVWriter().field(s))")
            } else if code >= 0, let m = itemMax[Int(code)], s > m {
                let item = items.dictionary[Int(code)]
                add(f.location(row: r, column: "score"),
                    "score \(CSVWriter().field(s)) exceeds max_score \(CSVWriter().field(m)) of item '\(item)'")
            }
        }
    }

    mutating func frameworkTotal(_ f: CSVFile) {
        let m = numbers(f, "max_score")
        for (r, x) in m.enumerated() where !(x > 0) && !x.isNaN {
            add(f.location(row: r, column: "max_score"), "max_score must be positive, found \(CSVWriter().field(x))")
        }
        // An indicator tree with a hole (an item without its first-, second- or third-level name).
        for level in ["level1", "level2", "level3"] {
            guard let names = try? f.table.strings(level) else { continue }
            for (r, name) in names.enumerated() where (name ?? "").isEmpty {
                add(f.location(row: r, column: level), "item has no \(level) name: the indicator tree is incomplete")
            }
        }
        let total = m.filter { !$0.isNaN }.reduce(0, +)
        if !(total > 0) {
            add(SourceLocation(file: f.path, line: 1, column: 1), "max_score values sum to \(CSVWriter().field(total)); the total must be positive")
        }
    }

    mutating func gradesDecreasing(_ f: CSVFile) {
        let m = numbers(f, "min_score")
        for r in m.indices.dropFirst() where !(m[r] < m[r - 1]) {
            add(f.location(row: r, column: "min_score"),
                "grade thresholds must strictly decrease: \(CSVWriter().field(m[r])) follows \(CSVWriter().field(m[r - 1]))")
        }
    }
}
