import Foundation
import Linalg

/// How AHP turns judgments into priorities.
public enum AHPPriorityMethod: String, Codable, Sendable, CaseIterable {
    /// Saaty's principal right eigenvector, normalised to sum 1 (Saaty 1980).
    case eigenvector
    /// Row geometric means, normalised to sum 1 (Crawford & Williams 1985, *J. Math. Psychology* 29:387–405).
    case geometricMean
}

/// The Analytic Hierarchy Process (层次分析法) on one pairwise comparison matrix (Saaty 1980).
///
/// Priorities w by `method`; λmax = the largest real eigenvalue of A (LAPACK dgeev through `Eigen`) for both
/// methods, as ahpy does; CI = (λmax − n)/(n − 1); CR = CI / RI(n) with `randomIndex`; judgments count as
/// acceptably consistent when CR < 0.10 (Saaty's rule). For n ≤ 2, CI = CR = 0.
public struct AHP: Sendable {
    public var method: AHPPriorityMethod
    public var randomIndex: RandomIndexTable
    /// CR at or above which `AHPResult.isConsistent` is false and a warning is attached (0.10).
    public var consistencyThreshold: Double

    public init(method: AHPPriorityMethod = .eigenvector, randomIndex: RandomIndexTable = .saaty1980,
                consistencyThreshold: Double = 0.10) {
        self.method = method
        self.randomIndex = randomIndex
        self.consistencyThreshold = consistencyThreshold
    }

    /// Priorities and consistency of one matrix.
    /// - Throws: `LinalgError` if the eigen solver fails, `WeightingError` for n beyond the RI table.
    /// - Complexity: O(n³) (dgeev).
    public func evaluate(_ a: PairwiseComparisonMatrix) throws -> AHPResult {
        let n = a.count
        let (lambda, vector) = try Self.principal(a.values)
        let weights: [Double]
        switch method {
        case .eigenvector:
            weights = try normalizedToSum(vector, what: "AHP eigenvector")
        case .geometricMean:
            weights = try normalizedToSum(Self.rowGeometricMeans(a.values), what: "AHP geometric means")
        }
        let ci = n <= 2 ? 0 : (lambda - Double(n)) / Double(n - 1)
        let ri = try randomIndex.value(for: n)
        let cr = ri > 0 ? ci / ri : 0
        return AHPResult(criteria: a.criteria, weights: weights, lambdaMax: lambda, consistencyIndex: ci,
                         randomIndex: ri, consistencyRatio: cr, threshold: consistencyThreshold,
                         priorityMethod: method, randomIndexTable: randomIndex)
    }

    /// Row geometric means (Π_j a_ij)^(1/n), computed through logs to avoid overflow.
    public static func rowGeometricMeans(_ a: Matrix) -> [Double] {
        (0..<a.rows).map { i in exp((0..<a.columns).reduce(0.0) { $0 + log(a[i, $1]) } / Double(a.columns)) }
    }

    /// λmax and the principal eigenvector (one dgeev). Perron–Frobenius: a positive matrix has a positive
    /// principal eigenvector (up to sign), so absolute values only remove dgeev's sign.
    private static func principal(_ a: Matrix) throws -> (Double, [Double]) {
        if a.rows == 1 { return (a[0, 0], [1]) }
        let p = try Eigen(a).principal()
        return (p.value, p.vector.map { abs($0) })
    }
}

/// The result of `AHP.evaluate`: priorities and consistency.
public struct AHPResult: Codable, Sendable, Equatable {
    public let criteria: [String]
    /// Priorities, summing to 1.
    public let weights: [Double]
    /// Largest real eigenvalue of the judgment matrix.
    public let lambdaMax: Double
    /// CI = (λmax − n)/(n − 1).
    public let consistencyIndex: Double
    /// RI(n) from the chosen table.
    public let randomIndex: Double
    /// CR = CI / RI (0 for n ≤ 2).
    public let consistencyRatio: Double
    /// The CR threshold used (0.10).
    public let threshold: Double
    public let priorityMethod: AHPPriorityMethod
    public let randomIndexTable: RandomIndexTable

    /// CR < threshold.
    public var isConsistent: Bool { consistencyRatio < threshold }

    /// A warning to show when CR ≥ threshold, else nil.
    public var warning: String? {
        isConsistent ? nil : String(format: "consistency ratio %.4f ≥ %.2f: revise the judgments", consistencyRatio, threshold)
    }

    /// The priorities as named weights.
    public var weightVector: WeightVector { WeightVector(method: "ahp", criteria: criteria, weights: weights) }
}
