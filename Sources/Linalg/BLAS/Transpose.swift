import CLapack

/// Whether a BLAS routine uses a matrix as given (`op(A) = A`) or transposed (`op(A) = Aᵀ`).
public enum Transpose: Sendable {
    case none, transpose

    var cblas: CBLAS_TRANSPOSE { self == .none ? CblasNoTrans : CblasTrans }
}

/// Which triangle of a matrix a routine reads.
public enum Triangle: Sendable {
    case upper, lower

    var cblas: CBLAS_UPLO { self == .upper ? CblasUpper : CblasLower }
}

extension Matrix {
    /// The shape of op(A): `(rows, columns)` of A or of Aᵀ.
    func shape(_ t: Transpose) -> (rows: Int, columns: Int) {
        t == .none ? (rows, columns) : (columns, rows)
    }
}
