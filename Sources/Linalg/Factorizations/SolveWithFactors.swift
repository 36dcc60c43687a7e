/// The shared part of `solve` on a factorization of an `order × order` matrix: checks B, handles empty
/// problems, copies B into X and runs the `*trs` routine on X in place.
/// - Parameter call: runs the routine with `(X pointer, n, number of right-hand sides)`, returns `info`.
/// - Throws: `.dimensionMismatch` when `b.rows != order`; `.nonFinite`; `.illegalArgument`; `.sizeOverflow`.
func solveWithFactors(
    _ b: Matrix, order: Int, routine: String,
    _ call: (UnsafeMutablePointer<Double>?, Int32, Int32) -> Int32
) throws -> Matrix {
    guard b.rows == order else {
        throw LinalgError.dimensionMismatch("\(routine): A is \(order) × \(order), B has \(b.rows) rows")
    }
    try requireFinite(b, "the right-hand side")
    if order == 0 || b.columns == 0 { return b }
    let n = try lapackInt(order), k = try lapackInt(b.columns)
    var x = b
    let info = x.withUnsafeMutableBufferPointer { call($0.baseAddress, n, k) }
    try checkArguments(info, routine)
    return x
}
