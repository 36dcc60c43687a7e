import Data
import Foundation

extension SimulationResult {
    /// Long-format CSV: one row per unit × year × metric with `mean,sd,p5,p50,p95,n`
    /// (`unit` is `city` or a district id; undefined values are empty cells).
    public func csv() -> String {
        let w = CSVWriter()
        var out = w.line(["unit", "district_name", "year", "metric", "mean", "sd", "p5", "p50", "p95", "n"])
        for unit in 0...districtCount {
            let district: Int? = unit == 0 ? nil : unit - 1
            for (y, year) in years.enumerated() {
                for metric in Metric.allCases where unit == 0 || !metric.isCityOnly {
                    let v = value(metric, year: y, district: district)
                    out += w.line([district.map { districtIDs[$0] } ?? "city", district.map { districtNames[$0] } ?? "",
                                   String(year), metric.name, w.field(v.mean), w.field(v.sd), w.field(v.p5),
                                   w.field(v.p50), w.field(v.p95), String(v.n)])
                }
            }
        }
        return out
    }

    /// A table for people: the city's trajectory (means with 5–95% ranges across runs), then the
    /// districts whose final-year coverage lags the city's, worst first (at most `lagging`).
    public func table(lagging: Int = 5) -> String {
        var out = "Scenario \(scenario.name) on \(region): \(runs) runs, seed \(seed)\n"
        out += "City (mean across runs, [p5, p95]; money in 万元):\n"
        var rows: [[String]] = [["year", "stations", "coverage", "workers", "villages", "cost city", "cost district",
                                 "score", "D grades", "gini cov"]]
        for (y, year) in years.enumerated() {
            func v(_ m: Metric) -> AcrossRuns { value(m, year: y) }
            var row: [String] = [String(year), Self.fixed(v(.stationsOpen).mean, 1), Self.percent(v(.coverage))]
            row.append(Self.fixed(v(.socialWorkers).mean, 1))
            row.append(Self.fixed(v(.villageCoverage).mean * 100, 1) + "%")
            row.append(Self.fixed(v(.costCity).mean, 1))
            row.append(Self.fixed(v(.costDistrict).mean, 1))
            row.append(Self.fixed(v(.meanScore).mean, 1))
            row.append(Self.fixed(v(.gradeD).mean, 2))
            row.append(Self.fixed(v(.giniCoverage).mean, 3))
            rows.append(row)
        }
        out += Self.align(rows)
        guard let last = years.indices.last else { return out }
        let city = value(.coverage, year: last).mean
        let finalCoverage: [Double] = (0..<districtCount).map { value(.coverage, year: last, district: $0).mean }
        let behind: [Int] = Array((0..<districtCount)
            .filter { finalCoverage[$0] < city - 1e-9 }
            .sorted { (a: Int, b: Int) -> Bool in
                finalCoverage[a] != finalCoverage[b] ? finalCoverage[a] < finalCoverage[b] : a < b
            }
            .prefix(lagging))
        if behind.isEmpty {
            out += "\nNo district lags the city's \(years[last]) coverage.\n"
            return out
        }
        out += "\nDistricts that lag in \(years[last]) (city coverage \(Self.fixed(city * 100, 1))%):\n"
        var lag: [[String]] = [["district", "name", "coverage", "stations", "yuan/resident", "city share"]]
        for d in behind {
            func v(_ m: Metric) -> AcrossRuns { value(m, year: last, district: d) }
            var row: [String] = [districtIDs[d], districtNames[d], Self.percent(v(.coverage))]
            row.append(Self.fixed(v(.stationsOpen).mean, 1))
            row.append(Self.fixed(v(.spendingPerCapita).mean, 2))
            row.append(Self.fixed(v(.cityShareOfCost).mean, 2))
            lag.append(row)
        }
        out += Self.align(lag)
        return out
    }

    static func fixed(_ x: Double, _ digits: Int) -> String {
        x.isFinite ? String(format: "%.\(digits)f", x) : "–"
    }

    static func percent(_ v: AcrossRuns) -> String {
        "\(fixed(v.mean * 100, 1))% [\(fixed(v.p5 * 100, 0)), \(fixed(v.p95 * 100, 0))]"
    }

    /// Columns padded to their widest cell in terminal columns (汉字 and other wide characters take
    /// two), first column left-aligned.
    static func align(_ rows: [[String]]) -> String {
        guard let width = rows.first?.count else { return "" }
        var widths = [Int](repeating: 0, count: width)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], displayWidth(c)) } }
        var out = ""
        for r in rows {
            let cells = r.enumerated().map { i, c in
                let pad = String(repeating: " ", count: widths[i] - displayWidth(c))
                return i == 0 ? c + pad : pad + c
            }
            out += "  " + cells.joined(separator: "  ") + "\n"
        }
        return out
    }

    /// Terminal columns of `text`: East Asian wide and fullwidth characters (Unicode UAX #11 W/F ranges
    /// for Hangul Jamo, CJK, Hangul syllables, compatibility ideographs and fullwidth forms) count two.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { sum, u in
            let v = u.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            return sum + (wide ? 2 : 1)
        }
    }
}
