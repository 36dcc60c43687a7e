import RealModule

/// Binomial sampler: inversion for small means, BTPE otherwise.
extension RandomNumberGenerator {
    /// A binomial variate: the number of successes in `trials` independent trials with
    /// success probability `probability`.
    ///
    /// With r = min(p, 1 − p) (the draw is mirrored as n − X when p > 1/2):
    /// - n·r ≤ 30: sequential inversion from 0 using the recurrence
    ///   f(k) = f(k−1) · (n − k + 1) r / (k (1 − r)), f(0) = (1 − r)ⁿ, restarting with a fresh
    ///   uniform if the search passes n·r + 10·√(n·r(1−r) + 1) (numpy's safeguard);
    /// - n·r > 30: BTPE (triangle, parallelogram and exponential-tail majorant with squeeze
    ///   and Stirling-corrected acceptance).
    ///
    /// Reference: V. Kachitvichyanukul and B. W. Schmeiser, "Binomial random variate
    /// generation", CACM 31(2), 216–222, 1988 (BTPE and the inversion algorithm BINV);
    /// step layout as in numpy's `random_binomial_btpe`.
    /// - Parameters:
    ///   - trials: n ≥ 0.
    ///   - probability: p in [0, 1].
    /// - Returns: an integer in 0...n.
    /// - Throws: `StatsError.invalidParameter` if n < 0 or p is outside [0, 1] (or NaN).
    public mutating func nextBinomial(trials: Int, probability: Double) throws -> Int {
        guard trials >= 0 else { throw StatsError.invalidParameter("binomial trials must be ≥ 0, got \(trials)") }
        guard probability >= 0 && probability <= 1 else {
            throw StatsError.invalidParameter("binomial probability must be in [0, 1], got \(probability)")
        }
        if trials == 0 || probability == 0 { return 0 }
        if probability == 1 { return trials }
        let r = min(probability, 1 - probability)
        let y = Double(trials) * r <= 30 ? binomialInversion(trials, r) : binomialBTPE(trials, r)
        return probability > 0.5 ? trials - y : y
    }

    /// BINV inversion for p ≤ 1/2 and small n·p.
    internal mutating func binomialInversion(_ n: Int, _ p: Double) -> Int {
        let q = 1 - p
        let qn = Double.exp(Double(n) * Double.log(onePlus: -p))
        let np = Double(n) * p
        let bound = min(Double(n), np + 10 * (np * q + 1).squareRoot())
        var x = 0
        var px = qn
        var u = nextUniform()
        while u > px {
            x += 1
            if Double(x) > bound {
                x = 0
                px = qn
                u = nextUniform()
            } else {
                u -= px
                px = (Double(n - x + 1) * p * px) / (Double(x) * q)
            }
        }
        return x
    }

    /// BTPE (Kachitvichyanukul and Schmeiser 1988) for p ≤ 1/2 and n·p > 30.
    internal mutating func binomialBTPE(_ n: Int, _ r: Double) -> Int {
        let nd = Double(n)
        let q = 1 - r
        let fm = nd * r + r
        let m = Int(fm.rounded(.down))
        let md = Double(m)
        let nrq = nd * r * q
        let p1 = (2.195 * nrq.squareRoot() - 4.6 * q).rounded(.down) + 0.5
        let xm = md + 0.5
        let xl = xm - p1
        let xr = xm + p1
        let c = 0.134 + 20.5 / (15.3 + md)
        var a = (fm - xl) / (fm - xl * r)
        let laml = a * (1 + a / 2)
        a = (xr - fm) / (xr * q)
        let lamr = a * (1 + a / 2)
        let p2 = p1 * (1 + 2 * c)
        let p3 = p2 + c / laml
        let p4 = p3 + c / lamr

        while true {
            let u = nextUniform() * p4
            var v = nextUniform()
            var y: Int
            if u <= p1 {
                // Step 1: triangular region, immediate acceptance.
                return Int((xm - p1 * v + u).rounded(.down))
            } else if u <= p2 {
                // Step 2: parallelogram.
                let x = xl + (u - p1) / c
                v = v * c + 1 - abs(md - x + 0.5) / p1
                if v > 1 { continue }
                y = Int(x.rounded(.down))
            } else if u <= p3 {
                // Step 3: left exponential tail.
                if v == 0 { continue }
                let x = (xl + Double.log(v) / laml).rounded(.down)
                if x < 0 { continue }
                y = Int(x)
                v = v * (u - p2) * laml
            } else {
                // Step 4: right exponential tail.
                if v == 0 { continue }
                let x = (xr - Double.log(v) / lamr).rounded(.down)
                if x > nd { continue }
                y = Int(x)
                v = v * (u - p3) * lamr
            }
            // Step 5: acceptance test.
            let k = abs(y - m)
            let kd = Double(k)
            if k <= 20 || kd >= nrq / 2 - 1 {
                // Step 5.1: explicit evaluation of f(y)/f(m) by the recurrence.
                let s = r / q
                let aa = s * (nd + 1)
                var f = 1.0
                if m < y {
                    for i in (m + 1)...y { f *= aa / Double(i) - s }
                } else if m > y {
                    for i in (y + 1)...m { f /= aa / Double(i) - s }
                }
                if v <= f { return y }
                continue
            }
            // Step 5.2: squeeze on ln v, then Stirling-corrected bound.
            let rho = (kd / nrq) * ((kd * (kd / 3 + 0.625) + 1.0 / 6.0) / nrq + 0.5)
            let t = -kd * kd / (2 * nrq)
            let lv = Double.log(v)
            if lv < t - rho { return y }
            if lv > t + rho { continue }
            let yd = Double(y)
            let x1 = yd + 1, f1 = md + 1, z = nd + 1 - md, w = nd - yd + 1
            let bound = xm * Double.log(f1 / x1) + (nd - md + 0.5) * Double.log(z / w)
                + (yd - md) * Double.log(w * r / (x1 * q))
                + Self.stirlingTail(f1) + Self.stirlingTail(z) + Self.stirlingTail(x1) + Self.stirlingTail(w)
            if lv <= bound { return y }
        }
    }

    /// The Stirling series correction (1/12 − 1/(360x²) + 1/(1260x⁴) − …)/x used by BTPE step 5.3.
    internal static func stirlingTail(_ x: Double) -> Double {
        let x2 = x * x
        return (13680 - (462 - (132 - (99 - 140 / x2) / x2) / x2) / x2) / x / 166320
    }
}
