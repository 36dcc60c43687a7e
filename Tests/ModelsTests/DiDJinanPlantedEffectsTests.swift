import Foundation
import Models
import TestSupport
import XCTest

/// The shipped Jinan sample has planted dynamic effects on people served (Datasets/jinan/dataset.toml,
/// [planted.people_served]): ATT(g, e) = base_g + 150·e for e ≥ 0 and 0 before opening.
///
/// The street panel is built here from the bundle tables (stations.csv: street and opening year;
/// services.csv: people served per station-year; 0 before opening, as the planted section documents),
/// because `stationkit panel --level street` on this branch leaves pre-opening outcomes empty (the
/// `consolidate` branch fills them with 0).
final class DiDJinanPlantedEffectsTests: XCTestCase {
    private let base: [Int: Double] = [2020: 900, 2021: 800, 2022: 700, 2023: 600, 2024: 600, 2025: 600]
    private let slope = 150.0

    private func rows(_ file: String) throws -> [[String: String]] {
        let text = try String(contentsOf: RepositoryPaths.dataset("jinan").appendingPathComponent(file), encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    private func streetPanel() throws -> (PanelData, cohortSize: [Int: Int]) {
        var served: [String: Double] = [:]   // "station|year"
        for r in try rows("services.csv") { served["\(r["station_id"] ?? "")|\(r["year"] ?? "")"] = Double(r["people_served"] ?? "") }
        var unit: [String] = [], time: [Int] = [], cohort: [Int?] = [], y: [Double] = []
        var size: [Int: Int] = [:]
        for s in try rows("stations.csv") {
            let station = try XCTUnwrap(s["station_id"]), street = try XCTUnwrap(s["street_id"])
            let opened = Int(s["opened"] ?? "")   // empty: the station never opened (never treated)
            if let opened { size[opened, default: 0] += 1 }
            for year in 2020...2025 {
                unit.append(street); time.append(year); cohort.append(opened)
                guard let opened, year >= opened else { y.append(0); continue }
                y.append(try XCTUnwrap(served["\(station)|\(year)"], "\(station) \(year)"))
            }
        }
        return (PanelData(unit: unit, time: time, cohort: cohort, outcome: y), size)
    }

    /// Planted event-study effect at e: Σ_g w_g (base_g + slope·e) over the cohorts observed at e, w_g ∝ n_g.
    private func planted(e: Int, cohorts: [Int], size: [Int: Int]) -> Double {
        let total = cohorts.reduce(0) { $0 + Double(size[$1] ?? 0) }
        return cohorts.reduce(0) { $0 + Double(size[$1] ?? 0) / total * ((base[$1] ?? .nan) + slope * Double(e)) }
    }

    func testCallawaySantAnnaAndSunAbrahamRecoverPlantedEffectsWhileTWFEDoesNot() throws {
        let (panel, size) = try streetPanel()
        // Only 3 streets never open, so CS compares with not-yet-treated streets; cohort 2020 has no
        // pre-period and is dropped, leaving cohorts 2021–2025 (SA: never-treated control).
        let cs = try CallawaySantAnna(controlGroup: .notYet).fit(panel)
        XCTAssertEqual(cs.groups, [2021, 2022, 2023, 2024, 2025])
        let dynamic = try cs.aggregate(.dynamic())
        for effect in dynamic.effects {
            let e = effect.index
            let cohorts = cs.groups.filter { $0 + e <= 2025 && (e >= 0 || $0 + e >= 2021) }
            let truth = e >= 0 ? planted(e: e, cohorts: cohorts, size: size) : 0
            let est = effect.estimate
            if e < 0 {   // nobody is served before opening: the placebo effects are exactly 0
                XCTAssertEqual(est.att, 0, accuracy: 1e-9, "CS e = \(e)")
            } else {
                XCTAssertLessThanOrEqual(abs(est.att - truth), 3 * est.standardError, "CS e = \(e)")
            }
        }
        let sa = try SunAbraham().fit(panel)
        XCTAssertEqual(sa.control, "never treated")
        for c in sa.eventStudy where c.index >= 0 {
            let cohorts = [2021, 2022, 2023, 2024, 2025].filter { $0 + c.index <= 2025 }
            let truth = planted(e: c.index, cohorts: cohorts, size: size)
            XCTAssertLessThanOrEqual(abs(c.estimate - truth), 3 * c.standardError, "SA e = \(c.index)")
        }
        // TWFE static DiD (all cohorts, all years) against the planted average effect over treated
        // street-years: the forbidden comparisons with already-open streets pull it far off (≈ 571 against
        // a planted 1129 people).
        var sum = 0.0, count = 0.0
        for g in 2020...2025 { for t in g...2025 {
            sum += Double(size[g] ?? 0) * ((base[g] ?? 0) + slope * Double(t - g)); count += Double(size[g] ?? 0)
        } }
        let twfe = try XCTUnwrap(TWFE(.staticDiD).fit(panel).coefficients.first)
        XCTAssertGreaterThan(abs(twfe.estimate - sum / count), 5 * twfe.standardError,
                             "TWFE \(twfe.estimate) vs planted \(sum / count)")
    }
}
