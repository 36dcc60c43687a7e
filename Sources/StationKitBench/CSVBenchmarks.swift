import Foundation
import StationKit

/// CSV reading: `CSVReader.table` on a ~150 MB numeric + text file (1.4 M rows); the pandas side
/// (`read_csv`, C engine) is Scripts/bench.d/csv.py on the same file.
enum CSVBenchmarks {
    static var cases: [BenchmarkCase] {
        [
            BenchmarkCase(
                name: "csv_read_150mb", group: "csv",
                summary: "CSVReader.table on the 1.4M-row numeric+text file (Scripts/bench_csv.py makes the same shape)",
                samples: 3, inner: 1,
                prepare: {
                    let path = try csvBenchmarkFile()
                    return { blackHole(try CSVReader.table(path)) }
                })
        ]
    }
}

/// The benchmark file, created (seeded) when missing; returns its path.
func csvBenchmarkFile(_ path: String = "/tmp/csvbench/bench.csv", rows: Int = 1_400_000) throws -> String {
    if !FileManager.default.fileExists(atPath: path) { try makeCSVBenchmarkFile(path, rows: rows) }
    return path
}

/// Writes the benchmark file (seeded, so every run makes the same bytes).
func makeCSVBenchmarkFile(_ path: String, rows: Int) throws {
    let districts = ["历下区", "市中区", "槐荫区", "天桥区", "历城区", "长清区", "章丘区", "济阳区",
                     "莱芜区", "钢城区", "平阴县", "商河县", "\"高新区, 东区\"", "\"南部山区\"", "起步区"]
    var rng = Xoshiro256StarStar(seed: 20201001)
    try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try AtomicFile.write(to: path) { h in
        var chunk = "station_id,district,year,social_workers,people_served,score,city,district_money,other,spent\n"
        for r in 0..<rows {
            let u = (0..<9).map { _ in rng.nextUniform() }
            let d = districts[Int(u[0] * Double(districts.count)) % districts.count]
            chunk += "ST\(r),\(d),\(2020 + Int(u[1] * 6)),\(Int(u[2] * 30)),\(Int(u[3] * 200_000)),"
            chunk += "\((u[4] * 400_000).rounded() / 10_000 + 50),\(u[5] * 120),\((u[6] * 8000).rounded() / 100),"
            chunk += "\(u[7] * 0.02),\((u[8] - 0.5) * 4e6)\n"
            if chunk.utf8.count > 1 << 20 {
                h.write(Foundation.Data(chunk.utf8))
                chunk = ""
            }
        }
        h.write(Foundation.Data(chunk.utf8))
    }
}
