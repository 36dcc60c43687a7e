import CLapack

// BLAS level 1 (vector–vector) over CBLAS. Reference: Lawson, Hanson, Kincaid & Krogh,
// "Basic Linear Algebra Subprograms for Fortran usage", ACM TOMS 5 (1979); OpenBLAS `cblas_d*`.

/// Throws `.dimensionMismatch` unless the two vectors have the same length.
func requireSameLength(_ x: [Double], _ y: [Double], _ routine: String) throws {
    guard x.count == y.count else {
        throw LinalgError.dimensionMismatch("\(routine): vectors of length \(x.count) and \(y.count)")
    }
}

/// The dot product xᵀy = Σᵢ xᵢ yᵢ (`ddot`).
/// - Parameters:
///   - x: a vector.
///   - y: a vector of the same length.
/// - Returns: Σᵢ xᵢ yᵢ (0 for empty vectors).
/// - Throws: `LinalgError.dimensionMismatch` when the lengths differ; `.sizeOverflow` beyond 2³¹ − 1 elements.
/// - Complexity: O(n).
public func dot(_ x: [Double], _ y: [Double]) throws -> Double {
    try requireSameLength(x, y, "dot")
    let n = try lapackInt(x.count)
    return x.withUnsafeBufferPointer { xp in
        y.withUnsafeBufferPointer { yp in cblas_ddot(n, xp.baseAddress, 1, yp.baseAddress, 1) }
    }
}

/// y ← αx + y (`daxpy`).
/// - Parameters:
///   - alpha: the scale α of `x`.
///   - x: a vector.
///   - y: updated in place; same length as `x`.
/// - Throws: `LinalgError.dimensionMismatch` when the lengths differ; `.sizeOverflow` beyond 2³¹ − 1 elements.
/// - Complexity: O(n).
public func axpy(_ alpha: Double, _ x: [Double], _ y: inout [Double]) throws {
    try requireSameLength(x, y, "axpy")
    let n = try lapackInt(x.count)
    x.withUnsafeBufferPointer { xp in
        y.withUnsafeMutableBufferPointer { yp in cblas_daxpy(n, alpha, xp.baseAddress, 1, yp.baseAddress, 1) }
    }
}

/// x ← αx (`dscal`).
/// - Parameters:
///   - alpha: the scale α.
///   - x: scaled in place.
/// - Complexity: O(n). Vectors longer than 2³¹ − 1 elements are scaled in Swift.
public func scal(_ alpha: Double, _ x: inout [Double]) {
    guard let n = Int32(exactly: x.count) else {
        for i in x.indices { x[i] *= alpha }
        return
    }
    x.withUnsafeMutableBufferPointer { xp in cblas_dscal(n, alpha, xp.baseAddress, 1) }
}

/// The Euclidean norm ‖x‖₂ = √(Σᵢ xᵢ²) (`dnrm2`, which scales to avoid overflow and underflow).
/// - Parameter x: a vector.
/// - Returns: ‖x‖₂ (0 for an empty vector; NaN if any element is NaN).
/// - Complexity: O(n). Vectors longer than 2³¹ − 1 elements are summed in chunks.
public func nrm2(_ x: [Double]) -> Double {
    let chunk = Int(Int32.max)
    if x.count <= chunk {
        return x.withUnsafeBufferPointer { xp in cblas_dnrm2(Int32(xp.count), xp.baseAddress, 1) }
    }
    // ‖x‖² = Σ over chunks of ‖chunk‖²; each chunk norm is computed safely by dnrm2.
    var parts: [Double] = []
    var start = 0
    while start < x.count {
        let end = Swift.min(start + chunk, x.count)
        parts.append(x[start..<end].withUnsafeBufferPointer { cblas_dnrm2(Int32($0.count), $0.baseAddress, 1) })
        start = end
    }
    return nrm2(parts)
}
