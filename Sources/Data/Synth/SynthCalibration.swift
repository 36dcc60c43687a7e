/// The planted model constants of a preset: every relation the generator plants, with the
/// values that analyses should recover. `SynthPlanted` writes them to the manifest.
public struct SynthCalibration: Sendable, Equatable {
    // Rollout
    /// Opening cohorts (calendar years).
    public var cohortYears: [Int] = Array(2020...2025)
    /// Share of streets in each cohort; the rest (`neverShare`) do not open by 2025.
    public var cohortShares: [Double]
    /// Share of streets that never open by 2025 (the never-treated group for DiD).
    public var neverShare: Double
    /// Rollout order: streets sorted by u + townDelay·[town], u ~ U(0,1); earliest keys open first.
    public var townDelay = 0.25

    // Staffing
    /// Target staff size 2 + Binomial(3, p) with p by district kind.
    public var staffProbabilityDistrict: Double
    public var staffProbabilityCounty: Double
    public var staffProbabilityZone: Double
    /// Probability that each vacancy is filled within the year.
    public var hireFillProbability = 0.8

    // Score model: T = a + b1·social_workers + b2·supervision_hours/social_workers + b3·L + e
    public var scoreIntercept = 26.0
    public var scoreWorkers = 3.0
    public var scoreSupervision = 0.25
    public var scoreLag = 0.4
    /// L in a station's first evaluated year (no previous score).
    public var scoreStart = 70.0
    /// Standard deviation of e (points).
    public var scoreNoise = 6.0
    /// Standard deviation of an item's share deviation when the total is spread over items.
    public var itemNoise = 0.08

    // Satisfaction = 100·Σ w_i·score_i/max_i + e
    /// Weight of each first-level area (split over its items in proportion to max score).
    public var satisfactionAreaWeights = [0.10, 0.05, 0.05, 0.15, 0.30, 0.35]
    public var satisfactionNoise = 2.0

    // people_served ~ Poisson(m_s·(base_g + slope·(year − g)))
    /// base_g per cohort (same order as `cohortYears`).
    public var servedBase = [900.0, 800.0, 700.0, 600.0, 600.0, 600.0]
    /// Growth per year since opening.
    public var servedSlope = 150.0

    // Funding
    /// city share s_d = clamp(cityShareHigh − cityShareSlope·min(fc_d/fc_ref, 1), low, high).
    public var cityShareHigh = 0.75
    public var cityShareSlope = 0.5
    public var cityShareLow = 0.25
    /// turnover r_d = turnoverHigh − turnoverSlope·min(fc_d/fc_ref, 1).
    public var turnoverHigh = 0.20
    public var turnoverSlope = 0.05
    /// Quantile of the fiscal capacities used as fc_ref.
    public var fiscalReferenceQuantile = 0.9
    /// other ~ cost · Beta(otherA, otherB); spent ~ funds · Beta(spentA, spentB).
    public var otherA = 1.5, otherB = 28.5
    public var spentA = 38.0, spentB = 2.0

    /// The constants of a preset.
    public static func preset(_ preset: SynthPreset) -> SynthCalibration {
        switch preset {
        case .jinan:
            // Jinan started in 2020 and covered nearly all 161 streets by 2022 (DOMAIN.md);
            // a few later openings and 3 never-opened streets keep a never-treated group.
            return SynthCalibration(
                cohortShares: [0.30, 0.45, 0.17, 0.03, 0.02, 0.01], neverShare: 0.02,
                staffProbabilityDistrict: 0.5, staffProbabilityCounty: 0.35, staffProbabilityZone: 0.45)
        case .national:
            // National coverage: ≈45 % by end 2021 (17,000/38,000), 78 % by end 2022, ≈99 % by 2025.
            return SynthCalibration(
                cohortShares: [0.08, 0.37, 0.33, 0.10, 0.07, 0.04], neverShare: 0.01,
                staffProbabilityDistrict: 0.25, staffProbabilityCounty: 0.15, staffProbabilityZone: 0.25)
        }
    }

    /// The staff-size parameter p for a district kind.
    public func staffProbability(_ kind: SynthDistrictKind) -> Double {
        switch kind {
        case .district: return staffProbabilityDistrict
        case .county: return staffProbabilityCounty
        case .functionalZone: return staffProbabilityZone
        }
    }

    /// The planted satisfaction weight of each framework item (framework order), rounded to
    /// 6 decimals: area weight × max_score / area's total max_score.
    public var satisfactionWeights: [Double] {
        let items = SynthFramework.items
        var areaTotals = Array(repeating: 0, count: SynthFramework.areas.count)
        for item in items { areaTotals[SynthFramework.areaIndex(item.id)] += item.maxTenths }
        return items.map { item in
            let a = SynthFramework.areaIndex(item.id)
            let w = satisfactionAreaWeights[a] * Double(item.maxTenths) / Double(max(areaTotals[a], 1))
            return (w * 1e6).rounded() / 1e6
        }
    }

    /// ATT of opening on people_served for cohort g at e years since opening: base_g + slope·e.
    public func servedEffect(cohortIndex: Int, yearsOpen: Int) -> Double {
        servedBase[min(cohortIndex, servedBase.count - 1)] + servedSlope * Double(yearsOpen)
    }
}
