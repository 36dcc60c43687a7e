import CLapack

/// Eigenvalues and right eigenvectors of a general real square matrix, A v = λ v
/// (LAPACK `dgeev`; workspace from an `lwork = -1` query).
///
/// Complex eigenvalues come in conjugate pairs (λ, λ̄) at consecutive indices j, j + 1 with
/// `imaginaryParts[j] > 0`; their eigenvector is `vectors` column j ± i·column j + 1, as `dgeev` packs it.
/// Each eigenvector has Euclidean norm 1 and largest component real.
/// Reference: Golub & Van Loan, *Matrix Computations* (4th ed.), §7.5 (Francis QR); LAPACK `dgeev`.
public struct Eigen: Sendable {
    /// Re λⱼ, in the order LAPACK returns them (not sorted).
    public let realParts: [Double]
    /// Im λⱼ (0 for real eigenvalues; positive then negative for a conjugate pair).
    public let imaginaryParts: [Double]
    /// The right eigenvectors packed as `dgeev` returns them, or nil when `computeVectors` was false.
    public let vectors: Matrix?
    /// The input, kept only when vectors were not computed, so that `principal()` can compute them.
    private let source: Matrix?

    /// Decomposes `a`.
    /// - Parameters:
    ///   - a: an n × n matrix with finite elements.
    ///   - computeVectors: whether to compute right eigenvectors (`jobvr = 'V'`).
    /// - Throws: `.dimensionMismatch` unless square; `.nonFinite`; `.didNotConverge(routine: "dgeev")`;
    ///   `.sizeOverflow`.
    /// - Complexity: O(n³) (about 10 n³ flops without vectors, 25 n³ with).
    public init(_ a: Matrix, computeVectors: Bool = true) throws {
        try requireSquare(a, "eigendecomposition")
        try requireFinite(a, "the matrix to decompose (eigen)")
        let order = a.rows
        var wr = [Double](repeating: 0, count: order)
        var wi = [Double](repeating: 0, count: order)
        var vr = Matrix(rows: computeVectors ? order : 0, columns: computeVectors ? order : 0)
        if order > 0 {
            var work = a
            let n = try lapackInt(order), ldvr = try leadingDimension(computeVectors ? order : 1)
            let jobvr = lapackChar(computeVectors ? "V" : "N")
            var unusedLeft = [0.0]
            let info = try work.withUnsafeMutableBufferPointer { ap in
                try wr.withUnsafeMutableBufferPointer { rp in
                    try wi.withUnsafeMutableBufferPointer { ip in
                        try vr.withUnsafeMutableBufferPointer { vp in
                            try unusedLeft.withUnsafeMutableBufferPointer { lp in
                                try withQueriedWorkspace("dgeev") { w, lw in
                                    LAPACKE_dgeev_work(columnMajorLayout, lapackChar("N"), jobvr, n, ap.baseAddress, n,
                                                       rp.baseAddress, ip.baseAddress, lp.baseAddress, 1,
                                                       vp.baseAddress, ldvr, w, lw)
                                }
                            }
                        }
                    }
                }
            }
            try checkConvergence(info, "dgeev")
        }
        realParts = wr
        imaginaryParts = wi
        vectors = computeVectors ? vr : nil
        source = computeVectors ? nil : a
    }

    /// The largest real eigenvalue and its eigenvector — for a positive matrix the Perron root and its positive
    /// vector (e.g. AHP priority weights: Saaty, *The Analytic Hierarchy Process*, 1980).
    ///
    /// The vector is scaled to sum to 1 when its components all have the same sign (zeros allowed);
    /// otherwise it is returned with Euclidean norm 1 as `dgeev` gives it.
    /// - Returns: λ_max and its eigenvector (length n).
    /// - Throws: `.didNotConverge(routine: "dgeev (no real eigenvalue)")` when no eigenvalue is real
    ///   (possible only for even n) or n = 0; errors of a `dgeev` run when vectors were not computed yet.
    public func principal() throws -> (value: Double, vector: [Double]) {
        if let source { return try Eigen(source, computeVectors: true).principal() }
        guard let vectors else { throw LinalgError.didNotConverge(routine: "dgeev (no eigenvectors)") }
        var best: Int?
        for j in realParts.indices where imaginaryParts[j] == 0 {
            if best.map({ realParts[j] > realParts[$0] }) ?? true { best = j }
        }
        guard let j = best else { throw LinalgError.didNotConverge(routine: "dgeev (no real eigenvalue)") }
        var v = vectors.column(j)
        let sum = v.reduce(0, +)
        if (v.allSatisfy { $0 >= 0 } || v.allSatisfy { $0 <= 0 }) && sum != 0 {
            v = v.map { $0 / sum }
        }
        return (realParts[j], v)
    }
}
