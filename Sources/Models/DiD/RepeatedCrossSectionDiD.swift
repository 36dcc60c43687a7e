import Linalg

/// The 2×2 DiD estimators for repeated cross-sections of R package DRDID (Sant'Anna & Zhao 2020), which R did
/// uses for `panel = FALSE` and for unbalanced panels (`allow_unbalanced_panel = TRUE`): one row per observation
/// with its outcome y, period indicator T (1 = the later period t, 0 = the base period b), group D (1 = cohort g,
/// 0 = comparison), covariates x (with intercept; just the intercept when unconditional) and weights w
/// (normalized to mean 1 over the rows, as DRDID).
///
/// - `reg` (`reg_did_rc`, Heckman, Ichimura & Todd 1997): ATT = Ȳ_{D=1,T=1} − Ȳ_{D=1,T=0}
///   − mean_{D=1}(x'β̂₁ − x'β̂₀), with β̂_T the OLS fits among comparison rows of period T.
/// - `ipw` (`std_ipw_did_rc`, Abadie 2005 normalized): the four Hájek means with comparison rows weighted
///   by p̂(x)/(1 − p̂(x)).
/// - `dr` (`drdid_rc`, locally efficient DR, R did's default): the IPW means of y − μ̂₀(x) plus the
///   difference of the treated and comparison outcome regressions, Sant'Anna & Zhao (2020) eq. (3.4).
///
/// The returned influence function ψ_i (one per row) satisfies ATT − ATT₀ ≈ (1/m) Σ ψ_i over the m rows and
/// includes the estimation effect of p̂ (logit, `PropensityScore`) and of the regressions
/// (`MaskedWeightedLeastSquares`); comparison rows with p̂ ≥ 0.995 are trimmed, as DRDID.
/// Reference: Sant'Anna, P. H. C. and Zhao, J. (2020), "Doubly robust difference-in-differences estimators",
/// Journal of Econometrics 219(1), 101–122, §3.2; R package DRDID 1.x.
enum RepeatedCrossSectionDiD {
    /// ATT and per-row influence function of one comparison.
    /// - Throws: `DiDError(.design)` when a regression or the logit is singular, or trimming empties a group.
    static func estimate(_ method: CallawaySantAnna.EstimationMethod, y: [Double], post: [Double], treated d: [Double],
                         x: Matrix, weights raw: [Double], cell: (Int, Int)) throws -> (Double, [Double]) {
        let n = y.count
        let meanRaw = raw.reduce(0, +) / Double(n)
        guard meanRaw > 0 else { throw DiDError(.design, "the observations of cohort \(cell.0) in period \(cell.1) weigh 0") }
        let w = raw.map { $0 / meanRaw }
        let c = Columns(x: x, n: n)
        let place = "cohort \(cell.0) in period \(cell.1)"
        let pre = post.map { 1 - $0 }
        let control = d.map { 1 - $0 }
        func wls(_ mask: [Double], _ what: String) throws -> MaskedWeightedLeastSquares {
            try MaskedWeightedLeastSquares(x: x, y: y, weights: w, mask: mask.map { $0 == 1 }, what: "\(what), \(place)")
        }
        switch method {
        case .regression:
            let ols0 = try wls(mul(control, pre), "comparison units in the base period")
            let ols1 = try wls(mul(control, post), "comparison units in the later period")
            let wt0 = mul(w, d, pre), wt1 = mul(w, d, post), wt = mul(w, d)
            try positive([wt0, wt1], place)
            let trend = zip(ols1.fitted, ols0.fitted).map { $0 - $1 }
            let eta0 = c.mean(mul(wt0, y)) / c.mean(wt0), eta1 = c.mean(mul(wt1, y)) / c.mean(wt1)
            let etaC = c.mean(mul(wt, trend)) / c.mean(wt)
            let moment = c.meanX(wt)
            let est1 = try ols1.representation(times: moment), est0 = try ols0.representation(times: moment)
            let mt0 = c.mean(wt0), mt1 = c.mean(wt1), mt = c.mean(wt)
            var psi = [Double](repeating: 0, count: n)
            for i in 0..<n {
                let treatPre: Double = wt0[i] * (y[i] - eta0) / mt0
                let treatPost: Double = wt1[i] * (y[i] - eta1) / mt1
                let control: Double = (wt[i] * (trend[i] - etaC) + est1[i] - est0[i]) / mt
                psi[i] = treatPost - treatPre - control
            }
            return (eta1 - eta0 - etaC, psi)
        case .improvedDoublyRobust:
            throw DiDError(.option, "dr-imp is implemented for balanced panels only")
        case .inverseProbability, .doublyRobust:
            let score = try PropensityScore(x: x, treated: d, weights: w, cell: cell)
            let p = score.probabilities
            let keep = (0..<n).map { d[$0] == 1 || p[$0] < 0.995 ? 1.0 : 0.0 }
            var odds = [Double](repeating: 0, count: n)
            for i in 0..<n { odds[i] = keep[i] * w[i] * p[i] * (1 - d[i]) / (1 - p[i]) }
            let wt0 = mul(keep, w, d, pre), wt1 = mul(keep, w, d, post)
            let wc0 = mul(odds, pre), wc1 = mul(odds, post)
            try positive([wt0, wt1, wc0, wc1], place)
            // ψ of the propensity score times a moment: w_i (D_i − p_i) x_iᵀ H M.
            func psRep(_ m: [Double]) throws -> [Double] {
                let hm = try score.inverseHessianTimes(m)
                var out = [Double](repeating: 0, count: n)
                for i in 0..<n { out[i] = w[i] * (d[i] - p[i]) * c.dot(i, hm) }
                return out
            }
            // A Hájek mean Σ a·v / Σ a and its influence a(v − mean)/mean(a).
            func hajek(_ a: [Double], _ v: [Double]) -> (Double, [Double]) {
                let ma = c.mean(a)
                let m = c.mean(mul(a, v)) / ma
                var out = [Double](repeating: 0, count: n)
                for i in 0..<n { out[i] = a[i] * (v[i] - m) / ma }
                return (m, out)
            }
            if method == .inverseProbability {
                let (t0, it0) = hajek(wt0, y), (t1, it1) = hajek(wt1, y)
                let (c0, ic0) = hajek(wc0, y), (c1, ic1) = hajek(wc1, y)
                let m2 = c.momentDifference(wc1, y, c1, wc0, y, c0)
                let ps = try psRep(m2)
                var psi = [Double](repeating: 0, count: n)
                for i in 0..<n {
                    let treat: Double = it1[i] - it0[i]
                    let cont: Double = ic1[i] - ic0[i] + ps[i]
                    psi[i] = treat - cont
                }
                return ((t1 - t0) - (c1 - c0), psi)
            }
            let olsC0 = try wls(mul(control, pre), "comparison units in the base period")
            let olsC1 = try wls(mul(control, post), "comparison units in the later period")
            let olsT0 = try wls(mul(d, pre), "treated units in the base period")
            let olsT1 = try wls(mul(d, post), "treated units in the later period")
            let outC = (0..<n).map { post[$0] == 1 ? olsC1.fitted[$0] : olsC0.fitted[$0] }
            let resid = zip(y, outC).map { $0 - $1 }
            let wd = mul(keep, w, d)
            let gap1 = zip(olsT1.fitted, olsC1.fitted).map { $0 - $1 }
            let gap0 = zip(olsT0.fitted, olsC0.fitted).map { $0 - $1 }
            let (t0, it0) = hajek(wt0, resid), (t1, it1) = hajek(wt1, resid)
            let (c0, ic0) = hajek(wc0, resid), (c1, ic1) = hajek(wc1, resid)
            let (dPost, iDPost) = hajek(wd, gap1), (dt1Post, iDt1Post) = hajek(wt1, gap1)
            let (dPre, iDPre) = hajek(wd, gap0), (dt0Pre, iDt0Pre) = hajek(wt0, gap0)
            let att = (t1 - t0) - (c1 - c0) + (dPost - dt1Post) - (dPre - dt0Pre)
            // Estimation effect of the comparison regressions on the treated and comparison means.
            let m1Post = c.meanX(mul(wt1, post)).map { -$0 / c.mean(wt1) }
            let m1Pre = c.meanX(mul(wt0, pre)).map { -$0 / c.mean(wt0) }
            let m3Post = c.meanX(mul(wc1, post)).map { -$0 / c.mean(wc1) }
            let m3Pre = c.meanX(mul(wc0, pre)).map { -$0 / c.mean(wc0) }
            let m2 = c.momentDifference(wc1, resid, c1, wc0, resid, c0)
            let md = c.mean(wd), mt1 = c.mean(wt1), mt0 = c.mean(wt0)
            var aPost = [Double](repeating: 0, count: n), aPre = aPost
            for i in 0..<n {
                aPost[i] = wd[i] / md - wt1[i] / mt1
                aPre[i] = wd[i] / md - wt0[i] / mt0
            }
            let momPost = c.meanX(aPost), momPre = c.meanX(aPre)
            let treatOR1 = try olsC1.representation(times: m1Post), treatOR0 = try olsC0.representation(times: m1Pre)
            let contOR1 = try olsC1.representation(times: m3Post), contOR0 = try olsC0.representation(times: m3Pre)
            let ps = try psRep(m2)
            let orT1 = try olsT1.representation(times: momPost), orC1 = try olsC1.representation(times: momPost)
            let orT0 = try olsT0.representation(times: momPre), orC0 = try olsC0.representation(times: momPre)
            var psi = [Double](repeating: 0, count: n)
            for i in 0..<n {
                let treat: Double = it1[i] - it0[i] + treatOR1[i] - treatOR0[i]
                let cont: Double = ic1[i] - ic0[i] + ps[i] + contOR1[i] - contOR0[i]
                let efficiency: Double = (iDPost[i] - iDt1Post[i]) - (iDPre[i] - iDt0Pre[i])
                let regressions: Double = (orT1[i] - orC1[i]) - (orT0[i] - orC0[i])
                psi[i] = treat - cont + efficiency + regressions
            }
            return (att, psi)
        }
    }

    /// Throws when a weighted group is empty (after trimming).
    private static func positive(_ groups: [[Double]], _ place: String) throws {
        for g in groups where !(g.reduce(0, +) > 0) {
            throw DiDError(.design, "a treated or comparison group of \(place) is empty in one of the two periods "
                + "(or trimmed away: propensity scores ≥ 0.995)")
        }
    }

    /// Element-wise product of equally long vectors.
    private static func mul(_ a: [Double], _ rest: [Double]...) -> [Double] {
        var out = a
        for r in rest { for i in out.indices { out[i] *= r[i] } }
        return out
    }
}

/// Column means and row products over a design, for the influence-function moments.
private struct Columns {
    let x: Matrix
    let n: Int
    /// (1/n) Σ_i a_i.
    func mean(_ a: [Double]) -> Double { a.reduce(0, +) / Double(n) }
    /// (1/n) Σ_i a_i x_i.
    func meanX(_ a: [Double]) -> [Double] {
        var out = [Double](repeating: 0, count: x.columns)
        for j in 0..<x.columns {
            var s = 0.0
            for i in 0..<n { s += a[i] * x[i, j] }
            out[j] = s / Double(n)
        }
        return out
    }
    /// mean(a₁(v₁ − c₁)x)/mean(a₁) − mean(a₀(v₀ − c₀)x)/mean(a₀): DRDID's M2_post − M2_pre.
    func momentDifference(_ a1: [Double], _ v1: [Double], _ c1: Double,
                          _ a0: [Double], _ v0: [Double], _ c0: Double) -> [Double] {
        var b1 = [Double](repeating: 0, count: n), b0 = b1
        for i in 0..<n {
            b1[i] = a1[i] * (v1[i] - c1)
            b0[i] = a0[i] * (v0[i] - c0)
        }
        let m1 = meanX(b1), m0 = meanX(b0)
        let s1 = mean(a1), s0 = mean(a0)
        return (0..<m1.count).map { m1[$0] / s1 - m0[$0] / s0 }
    }
    /// x_iᵀ v.
    func dot(_ i: Int, _ v: [Double]) -> Double {
        var s = 0.0
        for j in 0..<x.columns { s += x[i, j] * v[j] }
        return s
    }
}
