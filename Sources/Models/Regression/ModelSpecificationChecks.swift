/// Checks shared by every model specification before any data is read.
enum ModelSpecificationChecks {
    /// - Throws: `ModelError.unsupported` for absorbed fixed effects (unless the model absorbs them), more than
    ///   two cluster columns, or a confidence level outside (0, 1).
    static func validate(formula: Formula, covariance: CovarianceType, confidenceLevel: Double,
                         allowAbsorbed: Bool = false) throws {
        guard allowAbsorbed || formula.absorbedEffects.isEmpty else {
            throw ModelError.unsupported(
                "absorbed fixed effects ('| \(formula.absorbedEffects.joined(separator: " + "))') are not supported by this model; "
                    + "write them as terms, e.g. + C(\(formula.absorbedEffects[0]))")
        }
        guard covariance.clusterColumns.count <= 2 else {
            throw ModelError.unsupported("at most two cluster columns are supported")
        }
        guard confidenceLevel > 0, confidenceLevel < 1 else {
            throw ModelError.unsupported("confidence level must be between 0 and 1, got \(confidenceLevel)")
        }
    }
}
