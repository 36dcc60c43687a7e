import Data
import Foundation
import Models
import TestSupport
import XCTest

/// The shipped Jinan sample has a planted score model (Datasets/jinan/dataset.toml, [planted.score]):
/// total = 26 + 3·social_workers + 0.25·supervision_hours/social_workers + 0.4·previous_total + N(0, 6²),
/// previous_total = last year's total, or start_score (70) in the opening year.
///
/// The frame is built as a user would: `DatasetBundle.load`, `Panel.build(level: .station)`, the open
/// station-years, last year's total by a left join of the panel on itself shifted one year, then OLS by the
/// formula API. Expected: the planted values inside the 95% intervals, and coefficients, standard errors and
/// intervals equal to statsmodels 0.15.0 OLS on a frame built independently with pandas from the same CSV
/// files (Tests/References/Models/jinan_score_reference.py → Fixtures/jinan_score_reference.json).
final class JinanPlantedScoreTests: XCTestCase {
    static var reference: [String: Any] { ReferenceFixture.load("jinan_score_reference.json") }

    /// The station-year frame of the score model, and the bundle's planted score constants.
    func scoreFrame() throws -> (ModelFrame, planted: TOMLTable) {
        let bundle = try DatasetBundle.load(at: RepositoryPaths.dataset("jinan").path)
        let planted = try XCTUnwrap(bundle.manifest.planted?["score"]?.table)
        let startScore = try XCTUnwrap(planted["start_score"]?.double)
        var panel = try Panel.build(bundle, level: .station)
        panel = try panel.filtered(panel.ints("open").map { $0 == 1 })
        var previous = try panel.selecting(["station_id", "year", "total_score"]).renamed(["total_score": "previous_total"])
        try previous.set("year", .int(previous.ints("year").map { $0 + 1 }))
        var table = try panel.joined(with: previous, on: ["station_id", "year"], kind: .left)
        let opening = try zip(table.ints("year"), table.ints("opened")).map { $0 == $1 }
        let lagged = try zip(opening, table.doubles("previous_total")).map { $0 ? startScore : $1 }
        try table.set("previous_total", .double(lagged))
        let perWorker = try zip(table.doubles("supervision_hours"), table.doubles("social_workers")).map(/)
        try table.append("supervision_per_worker", .double(perWorker))
        return (try ModelFrame(table), planted)
    }

    func testPlantedStaffingAndSupervisionEffectsAreInsideTheirConfidenceIntervals() throws {
        let (frame, planted) = try scoreFrame()
        let formula = try Formula(Self.reference["formula"] as? String ?? "")
        let truth = ["Intercept": "a", "social_workers": "b_workers", "supervision_per_worker": "b_supervision",
                     "previous_total": "b_lag"]
        for (name, covariance) in [("nonrobust", CovarianceType.classical), ("HC1", .hc1),
                                   ("cluster_station", .cluster(["station_id"]))] {
            let r = try LinearModel(formula: formula, covariance: covariance).fit(frame)
            XCTAssertEqual(r.observationCount, Self.reference["nobs"] as? Int)
            for c in r.coefficients {
                let value = try XCTUnwrap(planted[try XCTUnwrap(truth[c.term])]?.double)
                XCTAssertTrue(c.confidenceLow <= value && value <= c.confidenceHigh,
                              "\(name) \(c.term): planted \(value) outside [\(c.confidenceLow), \(c.confidenceHigh)]")
            }
            // The same numbers as statsmodels on the independently built frame.
            let e = ReferenceFixture.object(["fits", name], in: Self.reference)
            XCTAssertEqual(r.coefficients.map(\.term), e.strings("names"))
            assertClose(r.coefficients.map(\.estimate), e.doubles("params"), relativeTolerance: 1e-9, "\(name) params")
            assertClose(r.coefficients.map(\.standardError), e.doubles("bse"), relativeTolerance: 1e-8, "\(name) bse")
            assertClose(r.coefficients.map(\.confidenceLow), e.doubles("conf_low"), relativeTolerance: 1e-8, "\(name) low")
            assertClose(r.coefficients.map(\.confidenceHigh), e.doubles("conf_high"), relativeTolerance: 1e-8, "\(name) high")
        }
        let classical = try LinearModel(formula: formula).fit(frame)
        let e = ReferenceFixture.object(["fits", "nonrobust"], in: Self.reference)
        assertClose(classical.rSquared, e.double("rsquared"), relativeTolerance: 1e-9)
        // The residual standard deviation estimates the planted noise sd (6) within a few percent.
        assertClose(classical.scale.squareRoot(), try XCTUnwrap(planted["noise_sd"]?.double), relativeTolerance: 0.1)
    }
}
