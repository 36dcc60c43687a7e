import Data

/// A problem with the input of a difference-in-differences estimator: the panel, or a
/// design that the chosen estimator cannot use. All are data errors (exit status 65).
///
/// `row` is the 0-based observation (row of the long panel) the problem was found at, when
/// there is one, so a caller that read the panel from a file can point at the line.
public struct DiDError: StationKitError, Equatable, Sendable {
    /// What went wrong.
    public enum Kind: String, Sendable, Equatable {
        /// The columns of `PanelData` have different lengths, or the panel is empty.
        case shape
        /// An outcome, time or covariate value is missing or not finite.
        case nonFinite
        /// A unit is observed twice in the same period.
        case duplicate
        /// A unit is missing some periods (the estimator needs a balanced panel).
        case unbalanced
        /// A unit's cohort (or cluster) changes over time.
        case timeVarying
        /// The design has no usable comparison: no never-treated units, no treated cohort,
        /// fewer than two periods, or an empty treated/control group in some cell.
        case design
        /// An option is out of range (negative anticipation, bad alpha, no draws).
        case option
    }

    /// What went wrong.
    public var kind: Kind
    /// The 0-based observation of `PanelData` concerned, when one is.
    public var row: Int?
    /// The input column concerned (a covariate, or the unit/period/outcome/cluster column of a table the
    /// panel was built from), when known; `located(in:column:)` points there.
    public var column: String?
    /// A sentence for people.
    public var message: String

    /// Creates an error.
    /// - Parameters:
    ///   - kind: the category.
    ///   - row: the observation concerned, if any.
    ///   - column: the input column concerned, if known.
    ///   - message: what is wrong and, when possible, what to do.
    public init(_ kind: Kind, row: Int? = nil, column: String? = nil, _ message: String) {
        self.kind = kind
        self.row = row
        self.column = column
        self.message = message
    }

    /// Always 65 (EX_DATAERR): the input cannot be estimated as given.
    public var exitStatus: ExitStatus { .dataError }

    /// `row N: message` (1-based row), or the message.
    public var description: String {
        if let row { return "row \(row + 1): \(message)" }
        return message
    }
}
