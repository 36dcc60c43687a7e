import Data

/// Errors from building or fitting a model on data.
public enum ModelError: StationKitError, Equatable, Sendable {
    /// The data cannot be used as given (message says why); exit status 65.
    case invalidData(String)
    /// A column the model needs is not in the data; exit status 65.
    case unknownColumn(String, available: [String])
    /// After dropping rows with missing values there are too few rows to fit (needed, available); exit 65.
    case tooFewObservations(needed: Int, available: Int)
    /// A categorical column has a level in new data that was not seen when fitting; exit 65.
    case unseenLevel(column: String, level: String)
    /// A request that makes no sense for this model (e.g. predicting absorbed fixed effects); exit 64.
    case unsupported(String)
    /// The maximum-likelihood estimate does not exist: some observations are predicted perfectly; exit 65.
    case separation(String)
    /// An iterative fit did not converge within its iteration limit; exit 65.
    case didNotConverge(String)
    /// An iterative estimator (IRLS, Newton, Levenberg–Marquardt) hit its iteration limit; carries the method,
    /// the iterations used and the size of the last change of its convergence criterion; exit status 65.
    case iterationLimit(method: String, iterations: Int, lastChange: Double)

    public var exitStatus: ExitStatus {
        switch self {
        case .unsupported: return .usage
        default: return .dataError
        }
    }

    public var description: String {
        switch self {
        case .invalidData(let m): return m
        case .unknownColumn(let c, let available):
            let list = available.prefix(20).joined(separator: ", ") + (available.count > 20 ? ", …" : "")
            return "no column named '\(c)' (columns: \(list))"
        case .tooFewObservations(let needed, let available):
            return "too few complete rows to fit: \(available) rows, need more than \(needed)"
        case .unseenLevel(let column, let level):
            return "column '\(column)' has level '\(level)' that was not in the data the model was fitted on"
        case .unsupported(let m): return m
        case .separation(let m): return "perfect separation: \(m)"
        case .didNotConverge(let m): return "did not converge: \(m)"
        case .iterationLimit(let method, let iterations, let lastChange):
            return "did not converge: \(method) stopped after \(iterations) iterations with last change \(lastChange) "
                + "(of its convergence criterion); raise the iteration limit, rescale the regressors, or look for "
                + "separation or too few observations"
        }
    }
}
