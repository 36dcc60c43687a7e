import ArgumentParser
import Foundation
import StationKit

/// What `score` and `robustness` read from their INPUT argument: a decision-matrix CSV, or a dataset bundle
/// folder whose items of one year are pivoted per station (`BundleItems.matrix`).
struct DecisionInput {
    var matrix: DecisionMatrix
    /// The grade scale to use: --grades if given, else the bundle's grades.csv (nil for a CSV without --grades).
    var grades: GradeScale?

    /// - Parameters:
    ///   - input: the INPUT argument with --cost and --id.
    ///   - year: evaluation year for a bundle (default: its last year); an error for a CSV.
    ///   - grades: --grades.
    /// - Throws: `ValidationError` for --year/--id with a CSV/bundle; data errors from reading.
    /// Whether `path` is a folder (read as a dataset bundle) rather than a CSV file.
    static func isBundle(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    init(_ input: MatrixInputOptions, year: Int?, grades: String?) throws {
        if Self.isBundle(input.matrix) {
            if input.id != nil { throw ValidationError("--id applies to a CSV matrix, not to a dataset bundle") }
            if input.csv.sheet != nil { throw ValidationError("--sheet applies to an .xlsx matrix, not to a dataset bundle") }
            let bundle = try DatasetBundle.load(at: input.matrix)
            matrix = try BundleItems.matrix(bundle, year: year).withCosts(commaList(input.cost))
            self.grades = try grades.map { try GradeScale.read(csv: $0) } ?? GradeScale(bundle: bundle)
        } else {
            if year != nil { throw ValidationError("--year applies to a dataset bundle folder, not to a CSV matrix") }
            matrix = try input.read()
            self.grades = try grades.map { try GradeScale.read(csv: $0) }
        }
    }
}
