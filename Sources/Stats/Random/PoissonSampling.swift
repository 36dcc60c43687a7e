import RealModule

/// Poisson sampler: inversion for small means, PTRS for mean ≥ 10.
extension RandomNumberGenerator {
    /// A Poisson variate with the given mean λ: P(X = k) = e^(−λ) λ^k / k!.
    ///
    /// - λ < 10: sequential inversion from 0 (accumulates e^(−λ) λ^k / k! until it reaches a
    ///   uniform; Devroye 1986, §X.3.3), expected λ + 1 steps.
    /// - λ ≥ 10: PTRS, Hörmann's transformed rejection with squeeze, expected ≈ 1.1 uniform
    ///   pairs per draw for any λ.
    ///
    /// Reference: W. Hörmann, "The transformed rejection method for generating Poisson random
    /// variables", Insurance: Mathematics and Economics 12(1), 39–45, 1993.
    /// - Parameter mean: λ ≥ 0 and at most 2⁶⁰ (so the result fits an `Int`).
    /// - Returns: a non-negative integer.
    /// - Throws: `StatsError.invalidParameter` if λ is negative, NaN or above 2⁶⁰.
    public mutating func nextPoisson(mean: Double) throws -> Int {
        guard mean >= 0 && mean <= 0x1p60 else {
            throw StatsError.invalidParameter("Poisson mean must be in [0, 2^60], got \(mean)")
        }
        if mean == 0 { return 0 }
        return mean < 10 ? poissonInversion(mean) : poissonPTRS(mean)
    }

    /// Sequential-search inversion for λ < 10.
    internal mutating func poissonInversion(_ lambda: Double) -> Int {
        while true {
            let u = nextUniform()
            var k = 0
            var p = Double.exp(-lambda)
            var f = p
            // f reaches 1 − 2⁻⁵³ long before k = 200 for λ < 10; the cap only guards rounding.
            while u >= f && k < 200 {
                k += 1
                p *= lambda / Double(k)
                f += p
            }
            if u < f { return k }
        }
    }

    /// PTRS (Hörmann 1993) for λ ≥ 10.
    internal mutating func poissonPTRS(_ lambda: Double) -> Int {
        let slam = lambda.squareRoot()
        let loglam = Double.log(lambda)
        let b = 0.931 + 2.53 * slam
        let a = -0.059 + 0.02483 * b
        let invalpha = 1.1239 + 1.1328 / (b - 3.4)
        let vr = 0.9277 - 3.6224 / (b - 2)
        while true {
            let u = nextUniform() - 0.5
            let v = nextUniform()
            let us = 0.5 - abs(u)
            let kd = ((2 * a / us + b) * u + lambda + 0.43).rounded(.down)
            if us >= 0.07 && v <= vr { return Int(kd) }
            if kd < 0 || (us < 0.013 && v > us) { continue }
            if Double.log(v) + Double.log(invalpha) - Double.log(a / (us * us) + b)
                <= -lambda + kd * loglam - Double.logGamma(kd + 1) {
                return Int(kd)
            }
        }
    }
}
