import CLapack

/// The BLAS/LAPACK library Linalg runs on (OpenBLAS): its build configuration and thread count,
/// for benchmarks and diagnostics.
public enum BLASBackend {
    /// OpenBLAS's build configuration, e.g. `"OpenBLAS 0.3.21 DYNAMIC_ARCH NO_AFFINITY Zen MAX_THREADS=64"`.
    public static var configuration: String {
        guard let c = openblas_get_config() else { return "unknown" }
        return String(cString: c)
    }

    /// The CPU kernel family OpenBLAS selected at load time (e.g. `"Zen"`, `"Haswell"`);
    /// `OPENBLAS_CORETYPE` overrides the detection.
    public static var coreName: String {
        guard let c = openblas_get_corename() else { return "unknown" }
        return String(cString: c)
    }

    /// The number of threads OpenBLAS uses (from `OPENBLAS_NUM_THREADS` or the CPU count unless set).
    public static var threads: Int { Int(openblas_get_num_threads()) }

    /// Sets the number of OpenBLAS threads for the whole process (values < 1 are treated as 1).
    public static func setThreads(_ n: Int) {
        openblas_set_num_threads(Int32(clamping: Swift.max(1, n)))
    }
}
