import Foundation
import StationKit

/// The data of the `fe2way_national` benchmark, shared with its Python twin (Scripts/bench.d/models.py).
///
/// Made once and cached: the national synthetic bundle (`stationkit synth --preset national --streets 38000
/// --seed 7`) under `/tmp/stationkit-bench/national`, its station panel (`Panel.build(level: .station)`), and
/// the open station-years with a score and staff written to `csvPath` with the columns street_id,
/// district_id, year, total_score, social_workers, supervision_per_worker (= supervision_hours /
/// social_workers).
enum FixedEffectsBenchmarkData {
    static let directory = "/tmp/stationkit-bench"
    static let csvPath = directory + "/national_fe_panel.csv"

    /// The CSV path, writing the file first when it is missing.
    static func csv() throws -> String {
        if FileManager.default.fileExists(atPath: csvPath) { return csvPath }
        let bundleDirectory = directory + "/national"
        if !FileManager.default.fileExists(atPath: bundleDirectory + "/dataset.toml") {
            let options = SynthOptions(preset: .national, streets: 38_000, seed: 7)
            try SyntheticGenerator(options: options).generate().write(to: bundleDirectory, replacing: true)
        }
        let panel = try Panel.build(DatasetBundle.load(at: bundleDirectory), level: .station)
        let street = try panel.strings("street_id"), district = try panel.strings("district_id")
        let year = try panel.ints("year"), open = try panel.ints("open")
        let score = try panel.doubles("total_score"), workers = try panel.doubles("social_workers")
        let hours = try panel.doubles("supervision_hours")
        let w = CSVWriter()
        var text = "street_id,district_id,year,total_score,social_workers,supervision_per_worker\n"
        for i in 0..<panel.rowCount where open[i] == 1 && !score[i].isNaN && workers[i] > 0 && !hours[i].isNaN {
            let fields = [street[i] ?? "", district[i] ?? "", String(year[i]), w.field(score[i]), w.field(workers[i]),
                          w.field(hours[i] / workers[i])]
            text += w.line(fields)
        }
        try AtomicFile.write(text, to: csvPath)
        return csvPath
    }
}
