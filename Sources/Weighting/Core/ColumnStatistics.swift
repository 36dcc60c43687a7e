/// Column summaries the weighting methods share (sample statistics, ddof = 1).
enum ColumnStatistics {
    static func mean(_ x: [Double]) -> Double { x.reduce(0, +) / Double(x.count) }

    /// Sample standard deviation (divisor m − 1). Every method here normalises weights to sum 1,
    /// so the divisor cancels; m − 1 matches numpy `ddof=1` as pymcdm uses.
    static func standardDeviation(_ x: [Double]) -> Double {
        let mu = mean(x)
        let ss = x.reduce(0) { $0 + ($1 - mu) * ($1 - mu) }
        return (ss / Double(x.count - 1)).squareRoot()
    }

    /// Pearson correlation of two columns; 0 when either is constant (no linear association can be measured).
    static func correlation(_ x: [Double], _ y: [Double]) -> Double {
        let mx = mean(x), my = mean(y)
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in x.indices {
            let dx = x[i] - mx, dy = y[i] - my
            sxy += dx * dy
            sxx += dx * dx
            syy += dy * dy
        }
        guard sxx > 0, syy > 0 else { return 0 }
        return sxy / (sxx * syy).squareRoot()
    }

    /// Throws unless there are at least two alternatives (dispersion needs two).
    static func requireTwoAlternatives(_ m: DecisionMatrix, method: String) throws {
        guard m.alternativeCount >= 2 else {
            throw WeightingError.invalidInput("\(method) needs at least 2 alternatives, got \(m.alternativeCount)")
        }
    }
}
