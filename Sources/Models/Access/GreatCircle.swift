import Foundation
import Linalg

/// Great-circle distances between two sets of lon/lat points in one matrix product.
///
/// Each point becomes the unit vector u = (cos φ cos λ, cos φ sin λ, sin φ); for all pairs at once
/// C = U Vᵀ (one `gemm`, n × 3 times 3 × m) gives cos of the central angle, and d = R·acos(C) with
/// R = 6371.0088 km (IUGG mean radius). Equal to the haversine formula up to rounding: the absolute error of
/// acos near 0 is ~√(2ε)·R ≈ 0.1 m, irrelevant for catchments of kilometres.
/// Reference: Sinnott (1984) Sky & Telescope 68:2 (haversine); Moritz (2000) J. Geodesy 74 (mean radius).
/// Complexity: O(n m) (one BLAS-3 call plus an elementwise acos).
enum GreatCircle {
    /// Mean Earth radius in km.
    static let earthRadiusKm = 6371.0088

    /// n × 3 matrix of unit vectors.
    static func unitVectors(lon: [Double], lat: [Double]) throws -> Matrix {
        let n = lon.count
        var storage = [Double](repeating: 0, count: 3 * n)
        for i in 0..<n {
            let lambda = lon[i] * .pi / 180, phi = lat[i] * .pi / 180
            storage[i] = Foundation.cos(phi) * Foundation.cos(lambda)
            storage[i + n] = Foundation.cos(phi) * Foundation.sin(lambda)
            storage[i + 2 * n] = Foundation.sin(phi)
        }
        return try Matrix(rows: n, columns: 3, columnMajor: storage)
    }

    /// Distances in km, n × m (row i: point i of the first set).
    static func distances(fromLon: [Double], fromLat: [Double], toLon: [Double], toLat: [Double]) throws -> Matrix {
        let u = try unitVectors(lon: fromLon, lat: fromLat), v = try unitVectors(lon: toLon, lat: toLat)
        var c = try gemm(u, v, transposeA: .none, transposeB: .transpose)
        c.withUnsafeMutableBufferPointer { p in
            for k in p.indices { p[k] = earthRadiusKm * Foundation.acos(min(1, max(-1, p[k]))) }
        }
        return c
    }
}
