import Data
import Foundation
import Linalg
import TestSupport
import Weighting
import XCTest

/// Regression weights on the Jinan sample recover the planted satisfaction weights.
///
/// Datasets/jinan/dataset.toml [planted.satisfaction]: satisfaction = 100 Σ w_i score_i / max_i + e, e ~ N(0, 2²)
/// (then rounded to 0.1 and clamped to 0–100). Fitting satisfaction on the 37 items (as fractions of their
/// max_score) over all 784 station-years gives β_i ≈ 100 w_i, so β/Σβ estimates w. Expected values:
/// Tests/References/Weighting/jinan_regression.py (numpy lstsq, scipy nnls; output in jinan_regression_output.txt).
final class JinanRegressionTests: XCTestCase {
    // Expected: jinan_regression.py `ols_weights`.
    static let olsWeights: [Double] = [
        0.0017105867474281205, -0.0002792455298665273, 0.030217921525523335, 0.001548205246024786,
        0.015442058195784588, 0.026231684791290576, 0.017258385281415677, 0.012340585705419014,
        0.00785812631122991, 0.010195702999212316, 0.011159720909398811, 0.013779515649420933,
        0.009252930764606628, 0.00029277056459300633, 0.01900561522662224, 0.018459832074188987,
        0.015658829389731812, 0.03541619015309862, 0.016319407912688724, 0.016408985250803716,
        0.021049999546400626, 0.017147086843653698, 0.03049680367729256, 0.02390139838007078,
        0.04265693110059344, 0.04574161117742592, 0.017348890856904397, 0.024120587503010816,
        0.06626878832814635, 0.04647366839283846, 0.018668803317231426, 0.014786506633944402,
        0.10179335595018031, 0.04024381953143772, 0.08645360022858248, 0.04654298443780456,
        0.07802735492586688,
    ]
    // Expected: jinan_regression.py `nnls_weights`.
    static let nnlsWeights: [Double] = [
        0.0016981563223171278, 0.0, 0.03020148654070872, 0.0015219139522195675,
        0.015394753285244733, 0.02621915620956387, 0.01724434622032832, 0.01232864698474534,
        0.007863753232048206, 0.010181104228104674, 0.011166610338358487, 0.013773225178973678,
        0.009236414460506616, 0.0002836287617307724, 0.019002698240973483, 0.01845138976610411,
        0.015652185037367816, 0.03540643861047846, 0.016320889539934966, 0.016412401813951046,
        0.02104900615170779, 0.017138579460798737, 0.030504620160105956, 0.023891820089558948,
        0.04265802883431735, 0.045728786077762, 0.01734776502218437, 0.02412258980734355,
        0.06626172442576563, 0.046461831044118884, 0.018675025307897997, 0.014773852994177869,
        0.10178448180927825, 0.040229977035025365, 0.08644448384468821, 0.046527507643416795,
        0.07804072156819221,
    ]

    /// The item panel (fractions of max) and each station-year's satisfaction from services.csv.
    func panel() throws -> (DecisionMatrix, [Double], [Double]) {
        let bundle = try DatasetBundle.load(at: RepositoryPaths.dataset("jinan").path)
        let (keys, x) = try BundleItems.panel(bundle, fractionOfMax: true)
        let services = bundle.table("services")
        let ids = try services.strings("station_id"), years = try services.ints("year")
        let satisfaction = try services.doubles("satisfaction")
        var byKey: [BundleItems.Key: Double] = [:]
        for r in 0..<services.rowCount {
            if let id = ids[r] { byKey[BundleItems.Key(station: id, year: years[r])] = satisfaction[r] }
        }
        let y = try keys.map { try XCTUnwrap(byKey[$0], "no satisfaction for \($0)") }
        let planted = try plantedWeights(bundle)
        XCTAssertEqual(x.criterionCount, 37)
        return (x, y, planted)
    }

    /// [planted.satisfaction] weights, checked to be in the framework's item order.
    func plantedWeights(_ bundle: DatasetBundle) throws -> [Double] {
        let data = try Foundation.Data(contentsOf: RepositoryPaths.dataset("jinan").appendingPathComponent("planted.json"))
        struct Planted: Decodable {
            struct Satisfaction: Decodable { var items: [String]; var weights: [Double] }
            var satisfaction: Satisfaction
        }
        let p = try JSONDecoder().decode(Planted.self, from: data)
        XCTAssertEqual(p.satisfaction.items, try bundle.table("framework").strings("item").map { $0 ?? "" })
        return p.satisfaction.weights
    }

    func correlation(_ a: [Double], _ b: [Double]) -> Double {
        let ma = a.reduce(0, +) / Double(a.count), mb = b.reduce(0, +) / Double(b.count)
        var sab = 0.0, saa = 0.0, sbb = 0.0
        for (x, y) in zip(a, b) {
            sab += (x - ma) * (y - mb)
            saa += (x - ma) * (x - ma)
            sbb += (y - mb) * (y - mb)
        }
        return sab / (saa * sbb).squareRoot()
    }

    // Thresholds: the OLS weight standard errors are ≈ 0.0093 each (jinan_regression.py: residual sd 2.03 on
    // 784 station-years with strongly collinear items), and the planted weights have sd 0.0205, so noise alone
    // caps the expected correlation near 0.0205/√(0.0205² + 0.0093²) ≈ 0.91; numpy gets 0.9298 (OLS) and
    // 0.9300 (NNLS). We require > 0.85, and a max absolute error below 0.04 (≈ 4 standard errors; numpy: 0.0263).
    func testOLSWeightsRecoverPlantedWeightsCorrelation093() throws {
        let (x, y, planted) = try panel()
        let w = try RegressionWeighting().evaluate(x, outcome: y).weights.weights
        assertClose(w, Self.olsWeights, relativeTolerance: 1e-8, absoluteFloor: 1e-2)
        let r = correlation(w, planted)
        assertClose(r, 0.929788507042447, relativeTolerance: 1e-8)  // Expected: jinan_regression.py `ols_correlation`
        XCTAssertGreaterThan(r, 0.85)
        XCTAssertLessThan(zip(w, planted).map { abs($0 - $1) }.max() ?? 1, 0.04)
    }

    func testNNLSWeightsRecoverPlantedWeightsCorrelation093() throws {
        let (x, y, planted) = try panel()
        let w = try RegressionWeighting(nonNegative: true).evaluate(x, outcome: y).weights.weights
        assertClose(w, Self.nnlsWeights, relativeTolerance: 1e-7, absoluteFloor: 1e-2)
        XCTAssertTrue(w.allSatisfy { $0 >= 0 })
        let r = correlation(w, planted)
        XCTAssertGreaterThan(r, 0.85, "correlation \(r)")
        XCTAssertLessThan(zip(w, planted).map { abs($0 - $1) }.max() ?? 1, 0.04)
    }
}
