import Foundation
import StationKit

// Registration (for the integrator, once the harness of Benchmark.swift / BenchmarkRegistry.swift
// is merged): add to this file
//
//   enum CSVBenchmarks {
//       static var cases: [BenchmarkCase] {
//           [BenchmarkCase(name: "csv_read_150mb", group: "csv",
//                          summary: "CSVReader.table on the 1.4M-row numeric+text file (Scripts/bench_csv.py)",
//                          samples: 3, inner: 1,
//                          prepare: { let path = try csvBenchmarkFile(); return { blackHole(try CSVReader.table(path)) } })]
//       }
//   }
//
// and `+ CSVBenchmarks.cases` in BenchmarkRegistry.all. Until then `runCSVBenchmarks()` prints the table.

/// The benchmark file, created (seeded) when missing; returns its path.
func csvBenchmarkFile(_ path: String = "/tmp/csvbench/bench.csv", rows: Int = 1_400_000) throws -> String {
    if !FileManager.default.fileExists(atPath: path) { try makeCSVBenchmarkFile(path, rows: rows) }
    return path
}

/// CSV reading benchmark: times `CSVReader.table` on a ~150 MB numeric + text file and prints
/// MB/s. Scripts/bench_csv.py prints the same table for pandas (C and pyarrow engines) on the
/// same file; run both to compare (the file is made by whichever runs first).
///
/// File layout (1.4 M rows, ≈150 MB): station_id, district (Chinese, some quoted with a comma),
/// year, social_workers, people_served (ints), score, city, district_money, other, spent (doubles
/// printed in shortest round-trip form).
/// - Parameters:
///   - path: the CSV file; created when missing.
///   - repeats: timed reads (the median is reported).
func runCSVBenchmarks(path: String = "/tmp/csvbench/bench.csv", rows: Int = 1_400_000, repeats: Int = 3) throws {
    _ = try csvBenchmarkFile(path, rows: rows)
    let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    let mb = Double(size) / 1e6
    var times: [Double] = []
    var n = 0
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        n = try CSVReader.table(path).rowCount
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    let median = times.sorted()[times.count / 2]
    print(String(format: "file: %@ (%.1f MB, %d rows)", path, mb, n))
    print("reader".padding(toLength: 28, withPad: " ", startingAt: 0) + String(format: "%10@%10@", "median s", "MB/s"))
    print("StationKit CSVReader".padding(toLength: 28, withPad: " ", startingAt: 0) + String(format: "%10.3f%10.1f", median, mb / median))
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
