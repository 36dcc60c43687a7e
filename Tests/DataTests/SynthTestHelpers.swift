import Data
import Foundation
import XCTest

/// Ordinary least squares for the planted-effect tests, by the normal equations solved with
/// Gauss–Jordan elimination (partial pivoting): b = (XᵀX)⁻¹Xᵀy, se_j = √(s²·[(XᵀX)⁻¹]_jj),
/// s² = ‖y − Xb‖² / (n − k). Small k (≤ 40) only.
struct SynthOLS {
    var coefficients: [Double]
    var standardErrors: [Double]
    var residualVariance: Double

    init(rows: [[Double]], y: [Double]) throws {
        let k = rows.first?.count ?? 0
        var xtx = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        var xty = [Double](repeating: 0, count: k)
        for (x, yi) in zip(rows, y) {
            for a in 0..<k {
                xty[a] += x[a] * yi
                for b in a..<k { xtx[a][b] += x[a] * x[b] }
            }
        }
        for a in 0..<k { for b in 0..<a { xtx[a][b] = xtx[b][a] } }
        let inverse = try Self.invert(xtx)
        let b = (0..<k).map { a in (0..<k).reduce(0) { $0 + inverse[a][$1] * xty[$1] } }
        coefficients = b
        var rss = 0.0
        for (x, yi) in zip(rows, y) {
            let fit = (0..<k).reduce(0) { $0 + x[$1] * b[$1] }
            rss += (yi - fit) * (yi - fit)
        }
        let s2 = rss / Double(max(rows.count - k, 1))
        residualVariance = s2
        standardErrors = (0..<k).map { (s2 * inverse[$0][$0]).squareRoot() }
    }

    struct Singular: Error {}

    static func invert(_ m: [[Double]]) throws -> [[Double]] {
        let n = m.count
        var a = m
        var inv = (0..<n).map { i in (0..<n).map { $0 == i ? 1.0 : 0.0 } }
        for col in 0..<n {
            guard let pivot = (col..<n).max(by: { abs(a[$0][col]) < abs(a[$1][col]) }), abs(a[pivot][col]) > 1e-300
            else { throw Singular() }
            a.swapAt(col, pivot)
            inv.swapAt(col, pivot)
            let p = a[col][col]
            for j in 0..<n {
                a[col][j] /= p
                inv[col][j] /= p
            }
            for i in 0..<n where i != col {
                let f = a[i][col]
                if f == 0 { continue }
                for j in 0..<n {
                    a[i][j] -= f * a[col][j]
                    inv[i][j] -= f * inv[col][j]
                }
            }
        }
        return inv
    }
}

enum SynthFixtures {
    /// A fresh empty temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("synth-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The rows of the score regression: [1, social_workers, supervision/worker, previous total] → total.
    static func scoreRegression(_ b: SyntheticBundle) -> (rows: [[Double]], y: [Double]) {
        var rows: [[Double]] = []
        var y: [Double] = []
        for r in 1..<b.stationYears.count {
            let row = b.stationYears[r], prev = b.stationYears[r - 1]
            guard prev.stationIndex == row.stationIndex, prev.year == row.year - 1 else { continue }
            rows.append([1, Double(row.socialWorkers), row.supervisionPerWorker, Double(prev.totalTenths) / 10])
            y.append(Double(row.totalTenths) / 10)
        }
        return (rows, y)
    }

    /// The rows of the satisfaction regression: [1, 100·score_i/max_i for the 37 items] → satisfaction.
    static func satisfactionRegression(_ b: SyntheticBundle) -> (rows: [[Double]], y: [Double]) {
        let maxima = SynthFramework.items.map(\.maxScore)
        var rows: [[Double]] = []
        var y: [Double] = []
        for (r, row) in b.stationYears.enumerated() {
            rows.append([1] + (0..<maxima.count).map { 100 * b.itemScore(row: r, item: $0) / maxima[$0] })
            y.append(Double(row.satisfactionTenths) / 10)
        }
        return (rows, y)
    }
}
