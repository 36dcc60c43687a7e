import Data
import Foundation
import Models
import TestSupport
import XCTest

/// Shared inputs of the DiD tests: the mpdta panel and its reference values.
enum DiDTestData {
    /// The mpdta county panel (Tests/ModelsTests/Fixtures/mpdta.csv, exported from moderndid 0.2.0 by
    /// Tests/References/DiD/mpdta_reference.py).
    static func mpdta() throws -> PanelData {
        let file = try CSVReader.read(RepositoryPaths.fixture("ModelsTests", "mpdta.csv").path)
        return try PanelData(table: file.checked(), unit: "countyreal", time: "year", cohort: "first_treat",
                             outcome: "lemp")
    }

    /// mpdta with log population (`lpop`, time-invariant) as a covariate.
    static func mpdtaWithPopulation() throws -> PanelData {
        let file = try CSVReader.read(RepositoryPaths.fixture("ModelsTests", "mpdta.csv").path)
        return try PanelData(table: file.checked(), unit: "countyreal", time: "year", cohort: "first_treat",
                             outcome: "lemp", covariates: ["lpop"])
    }

    /// Tests/ModelsTests/Fixtures/mpdta_reference.json, written by Tests/References/DiD/mpdta_reference.py
    /// (csdid 0.4.3, cross-checked with moderndid 0.2.0; pyfixest 0.60.0 for TWFE).
    static func reference() throws -> [String: Any] {
        let data = try Foundation.Data(contentsOf: RepositoryPaths.fixture("ModelsTests", "mpdta_reference.json"))
        guard let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw NSError(domain: "DiDTestData", code: 1)
        }
        return json
    }

    /// A small staggered panel with planted effects: cohorts 2003 (first period, dropped), 2004, 2006 and never.
    static func tiny(units: Int = 12) -> PanelData {
        var unit: [String] = [], time: [Int] = [], cohort: [Int?] = [], y: [Double] = []
        for i in 0..<units {
            let g: Int? = [nil, 2004, 2006, nil][i % 4]
            for t in 2003...2006 {
                unit.append("u\(i)"); time.append(t); cohort.append(g)
                let effect = g.map { t >= $0 ? Double(t - $0 + 1) : 0 } ?? 0
                y.append(Double(i) * 0.1 + Double(t - 2003) * 0.5 + effect + 0.01 * Double((i * 7 + t) % 5))
            }
        }
        return PanelData(unit: unit, time: time, cohort: cohort, outcome: y)
    }
}
