/// A problem with input data, located in its file. The CLI prints it as
/// `error: FILE:LINE:COLUMN: message` and exits 65 (or 66 for a missing file).
public struct DataError: StationKitError, Equatable, Sendable {
    /// What kind of problem this is (decides the exit status).
    public enum Kind: Sendable, Equatable {
        /// The content is wrong (exit 65).
        case invalid
        /// The file does not exist or cannot be read (exit 66).
        case missingInput
        /// The output cannot be created (exit 73).
        case cannotCreate
        /// Reading or writing failed midway (exit 74).
        case io
    }

    public var kind: Kind
    public var location: SourceLocation
    public var message: String

    public init(_ kind: Kind = .invalid, at location: SourceLocation, _ message: String) {
        self.kind = kind
        self.location = location
        self.message = message
    }

    public var exitStatus: ExitStatus {
        switch kind {
        case .invalid: return .dataError
        case .missingInput: return .noInput
        case .cannotCreate: return .cannotCreate
        case .io: return .ioError
        }
    }

    public var description: String { "\(location): \(message)" }
}

/// Several data problems found in one pass (validation reports all of them, up to a limit).
public struct DataErrors: StationKitError, Sendable {
    public var errors: [DataError]
    /// How many more problems were found but not kept (beyond the report limit).
    public var omitted: Int

    public init(_ errors: [DataError], omitted: Int = 0) {
        self.errors = errors
        self.omitted = omitted
    }

    public var exitStatus: ExitStatus { errors.first?.exitStatus ?? .dataError }

    public var description: String {
        var lines = errors.map(\.description)
        if omitted > 0 { lines.append("… and \(omitted) more problems") }
        return lines.joined(separator: "\n")
    }
}
