import CLapack

// The one place where Swift sizes, characters and LAPACK status codes are translated.
// Everything here is module-internal: callers of Linalg only ever see `Matrix`, `[Double]`
// and `LinalgError`.

/// Converts a size or leading dimension to LAPACK's/CBLAS's 32-bit integer.
/// - Throws: `LinalgError.sizeOverflow(n)` when `n` does not fit in `Int32`.
@inline(__always)
func lapackInt(_ n: Int) throws -> Int32 {
    guard let v = Int32(exactly: n) else { throw LinalgError.sizeOverflow(n) }
    return v
}

/// A leading dimension for a column-major array with `rows` rows: LAPACK requires `lda ≥ max(1, rows)`
/// even for empty matrices.
@inline(__always)
func leadingDimension(_ rows: Int) throws -> Int32 {
    try lapackInt(Swift.max(1, rows))
}

/// A LAPACK character argument (`'L'`, `'N'`, `'V'`, …).
@inline(__always)
func lapackChar(_ c: Unicode.Scalar) -> CChar {
    CChar(truncatingIfNeeded: UInt8(ascii: c))
}

/// Column-major layout flag for LAPACKE.
let columnMajorLayout = Int32(LAPACK_COL_MAJOR)

/// Maps a negative LAPACK/LAPACKE `info` to `LinalgError.illegalArgument`.
/// Positive values are routine specific and are mapped by the caller before calling this.
/// (LAPACKE also returns −1010/−1011 for failed workspace allocation; those map here too.)
@inline(__always)
func checkArguments(_ info: Int32, _ routine: String) throws {
    if info < 0 { throw LinalgError.illegalArgument(routine: routine, parameter: Int(-info)) }
}

/// Maps any `info != 0` of an iterative routine (eigen, SVD, `gelsd`): negative →
/// `.illegalArgument`, positive → `.didNotConverge(routine:)`.
@inline(__always)
func checkConvergence(_ info: Int32, _ routine: String) throws {
    try checkArguments(info, routine)
    if info > 0 { throw LinalgError.didNotConverge(routine: routine) }
}

/// Throws `LinalgError.nonFinite(what)` when any element is NaN or ±∞.
/// LAPACK routines (iterative ones in particular) may loop for a long time or return garbage on such input,
/// and the `LAPACKE_*_work` variants used here do not check.
func requireFinite(_ values: [Double], _ what: @autoclosure () -> String) throws {
    for v in values where !v.isFinite { throw LinalgError.nonFinite(what()) }
}

/// `requireFinite` for a matrix.
func requireFinite(_ a: Matrix, _ what: @autoclosure () -> String) throws {
    try requireFinite(a.storage, what())
}

/// Throws `.dimensionMismatch` unless `a` is square.
func requireSquare(_ a: Matrix, _ routine: String) throws {
    guard a.isSquare else {
        throw LinalgError.dimensionMismatch("\(routine) needs a square matrix, got \(a.rows) × \(a.columns)")
    }
}

/// Converts a workspace size returned by a `lwork = -1` query (stored as a `Double`) to a buffer length ≥ 1.
func workspaceLength(_ query: Double, minimum: Int = 1) throws -> Int {
    guard query.isFinite, query >= 0, query <= Double(Int32.max) else {
        throw LinalgError.sizeOverflow(query.isFinite && query >= 0 && query < 9e18 ? Int(query) : Int.max)
    }
    return Swift.max(minimum, 1, Int(query.rounded(.up)))
}

/// Runs a `LAPACKE_*_work` routine twice: first with `lwork = -1` (workspace query, the optimal size comes back
/// in `work[0]`), then with a workspace of that size.
/// - Parameter body: calls the routine with `(work, lwork)`; returns its `info`.
/// - Returns: the `info` of the real call (the query's negative `info` is mapped to `.illegalArgument`).
func withQueriedWorkspace(
    _ routine: String, _ body: (UnsafeMutablePointer<Double>?, Int32) -> Int32
) throws -> Int32 {
    var query = [0.0]
    let queryInfo = query.withUnsafeMutableBufferPointer { body($0.baseAddress, -1) }
    try checkArguments(queryInfo, routine)
    let lwork = try workspaceLength(query[0])
    let lwork32 = try lapackInt(lwork)
    var work = [Double](repeating: 0, count: lwork)
    return work.withUnsafeMutableBufferPointer { body($0.baseAddress, lwork32) }
}

/// Like `withQueriedWorkspace` for routines that also take an integer workspace (`dsyevd`, `dgelsd`, `dgesdd`):
/// the query (with `lwork = liwork = -1`) returns the real size in `work[0]` and the integer size in `iwork[0]`
/// (`dgelsd`, `dsyevd`); `minimumIntegerWorkspace` covers routines whose documented size is a formula (`dgesdd`).
func withQueriedWorkspaces(
    _ routine: String, minimumIntegerWorkspace: Int = 1,
    _ body: (UnsafeMutablePointer<Double>?, Int32, UnsafeMutablePointer<Int32>?, Int32) -> Int32
) throws -> Int32 {
    var query = [0.0]
    var iquery = [Int32](repeating: 0, count: 1)
    let queryInfo = query.withUnsafeMutableBufferPointer { q in
        iquery.withUnsafeMutableBufferPointer { iq in body(q.baseAddress, -1, iq.baseAddress, -1) }
    }
    try checkArguments(queryInfo, routine)
    let lwork = try workspaceLength(query[0])
    let liwork = Swift.max(1, minimumIntegerWorkspace, Int(iquery[0]))
    let lwork32 = try lapackInt(lwork)
    let liwork32 = try lapackInt(liwork)
    var work = [Double](repeating: 0, count: lwork)
    var iwork = [Int32](repeating: 0, count: liwork)
    return work.withUnsafeMutableBufferPointer { w in
        iwork.withUnsafeMutableBufferPointer { iw in body(w.baseAddress, lwork32, iw.baseAddress, liwork32) }
    }
}
