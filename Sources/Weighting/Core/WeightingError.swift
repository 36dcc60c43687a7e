import Data

/// A problem with the numbers handed to a weighting or scoring method (not tied to a file position;
/// file problems are `DataError` with file:line:column). The CLI exits 65 (bad data) on these.
public enum WeightingError: StationKitError, Equatable, Sendable {
    /// A criterion has the same value for every alternative: min–max normalisation divides by zero and
    /// the column carries no information. Remove the column (or give it a weight by hand).
    case constantColumn(criterion: String)
    /// Inputs have inconsistent sizes or names (message says which).
    case dimensionMismatch(String)
    /// A value is outside the method's domain (negative, zero, NaN, a bad parameter).
    case invalidInput(String)
    /// The method has no defined answer for these data (e.g. all weights zero, all alternatives identical).
    case degenerate(String)

    public var exitStatus: ExitStatus { .dataError }

    public var description: String {
        switch self {
        case .constantColumn(let c):
            return "criterion '\(c)' is constant across alternatives: it carries no information for this method; drop it"
        case .dimensionMismatch(let m), .invalidInput(let m), .degenerate(let m):
            return m
        }
    }
}
