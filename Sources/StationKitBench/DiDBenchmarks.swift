import Foundation
import StationKit

/// Difference-in-differences benchmarks: Callaway–Sant'Anna on a county-sized staggered panel.
///
/// Panel: 38,000 units × 6 years (2001–2006), cohorts 2003–2006 (15% each) and 40% never treated,
/// y = unit effect + year effect + cohort- and exposure-specific effect + N(0, 1) noise, from
/// xoshiro256** seed 20201001. `makeDiDBenchmarkPanel` writes the same panel to
/// /tmp/didbench/panel.csv so that Tests/References/DiD/bench_did.py can time csdid and differences
/// on identical data.
///
/// Register in BenchmarkRegistry.all with `+ DiDBenchmarks.cases`.
enum DiDBenchmarks {
    static let csvPath = "/tmp/didbench/panel.csv"

    static var cases: [BenchmarkCase] {
        [
            csCase("did_cs_38k_analytic", "analytic SEs", samples: 5, inference: .analytic),
            csCase("did_cs_38k_bootstrap999", "multiplier bootstrap 999 draws", samples: 3,
                   inference: .multiplierBootstrap(MultiplierBootstrap(draws: 999, seed: 1))),
        ]
    }

    /// CS ATT(g,t) plus the four aggregations (what `stationkit did` computes) on the benchmark panel.
    private static func csCase(_ name: String, _ what: String, samples: Int, inference: DiDInference) -> BenchmarkCase {
        BenchmarkCase(
            name: name, group: "did",
            summary: "CS ATT(g,t) + simple/dynamic/group/calendar, \(what), 38,000 units × 6 years",
            samples: samples, inner: 1,
            prepare: {
                let panel = try makeDiDBenchmarkPanel()
                let model = CallawaySantAnna(inference: inference)
                return { _ = try CSReport(model.fit(panel)) }
            })
    }
}

/// The seeded benchmark panel (see `DiDBenchmarks`); also written to `DiDBenchmarks.csvPath` when missing.
func makeDiDBenchmarkPanel(units: Int = 38_000) throws -> PanelData {
    var rng = Xoshiro256StarStar(seed: 20201001)
    let years = Array(2001...2006)
    var unit: [String] = [], time: [Int] = [], cohort: [Int?] = [], y: [Double] = []
    let capacity = units * years.count
    unit.reserveCapacity(capacity); time.reserveCapacity(capacity); cohort.reserveCapacity(capacity); y.reserveCapacity(capacity)
    for i in 0..<units {
        let u = rng.nextUniform()
        let g: Int? = u < 0.4 ? nil : 2003 + min(3, Int((u - 0.4) / 0.15))
        let alpha = rng.nextNormal()
        for t in years {
            var effect = 0.0
            if let g, t >= g { effect = 0.1 * Double(t - g + 1) * (1 + 0.5 * Double(g - 2003)) }
            unit.append(String(i)); time.append(t); cohort.append(g)
            y.append(alpha + 0.2 * Double(t - 2001) + effect + rng.nextNormal())
        }
    }
    let panel = PanelData(unit: unit, time: time, cohort: cohort, outcome: y)
    if !FileManager.default.fileExists(atPath: DiDBenchmarks.csvPath) {
        try FileManager.default.createDirectory(atPath: (DiDBenchmarks.csvPath as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        let w = CSVWriter()
        var text = "id,year,first_treat,y\n"
        for r in 0..<panel.count {
            text += "\(panel.unit[r]),\(panel.time[r]),\(panel.cohort[r] ?? 0),\(w.field(panel.outcome[r]))\n"
        }
        try AtomicFile.write(text, to: DiDBenchmarks.csvPath)
    }
    return panel
}
