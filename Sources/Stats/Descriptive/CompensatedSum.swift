/// Neumaier's compensated (improved Kahan–Babuška) summation: the running rounding error is
/// carried in a second accumulator, so the sum of n terms has error O(ε)·Σ|xᵢ| independent
/// of n, even when terms of different magnitude cancel.
///
/// Reference: A. Neumaier, "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher
/// Summen", ZAMM 54, 39–51, 1974; N. J. Higham, Accuracy and Stability of Numerical
/// Algorithms, 2nd ed., §4.3.
struct CompensatedSum {
    private var sum = 0.0
    private var compensation = 0.0

    mutating func add(_ x: Double) {
        let t = sum + x
        if abs(sum) >= abs(x) {
            compensation += (sum - t) + x
        } else {
            compensation += (x - t) + sum
        }
        sum = t
    }

    var value: Double { sum + compensation }

    /// The compensated sum of `values`.
    static func of<S: Sequence>(_ values: S) -> Double where S.Element == Double {
        var s = CompensatedSum()
        for v in values { s.add(v) }
        return s.value
    }
}
