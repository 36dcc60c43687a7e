import Data

/// Scenario parameters estimated from a dataset bundle (`Calibration.estimate(_:)`), each with its
/// standard error and source, and the scenario they make (`scenario`, `toml(command:)`).
///
/// Estimators (one station-year = one row of staffing.csv; DESIGN.md, "Simulation model"):
/// - turnover_d = Σ departures / Σ previous-year workers over district d's station-years after the
///   opening year; SE = √(p(1 − p)/Σ previous workers) (binomial);
/// - hiring probability = Σ hires / Σ vacancies after departures, vacancies = K − (previous − departures)
///   with K = the station's workers in its opening year; target per station = mean K, rounded;
/// - score model: OLS (Models' `LinearModel`) of the station-year total score (Σ evaluations.score) on
///   social_workers, supervision hours per worker and the previous year's total; noise sd = √(residual scale);
/// - city share_d = Σ city / Σ (city + district) in funding.csv; policy `capacity` with
///   `city_share`, `capacity_slope` from OLS of share_d on r_d = (fiscal capacity / population)_d ÷ city's,
///   clamped to the observed [min, max] share;
/// - salary_d = mean salary of the last year; fixed cost = mean(city + district + other − workers × salary);
/// - budgets: the city's and the districts' station funding in the last year (the district part as a share
///   of their total fiscal capacity);
/// - supervision: Σ supervision_hours / Σ social_workers of the last year (hours per worker) and Σ hours (pool);
/// - initial state: start year = last year + 1, initial staff = mean workers in the last year (rounded),
///   initial score = mean total score in the last year.
public struct Calibration: Sendable, Codable {
    /// Bundle name and years used.
    public let bundleName: String
    public let firstYear: Int
    public let lastYear: Int
    /// District ids in districts.csv order.
    public let districtIDs: [String]
    /// Yearly leaving probability by district and for the whole city.
    public let turnoverByDistrict: [String: CalibratedValue]
    public let turnover: CalibratedValue
    /// Chance a vacant post is filled within the year.
    public let hiringProbability: CalibratedValue
    /// Mean opening-year staff (posts per station).
    public let target: CalibratedValue
    /// Score model coefficients (score points per worker, per supervision hour per worker, per lagged point).
    public let scoreIntercept: CalibratedValue
    public let scoreWorkers: CalibratedValue
    public let scoreSupervision: CalibratedValue
    public let scoreLagged: CalibratedValue
    /// Residual sd of the score model (score points); R² of the fit.
    public let scoreNoiseSD: CalibratedValue
    public let scoreRSquared: Double
    /// City share of station funding by district; the capacity policy that fits them.
    public let cityShareByDistrict: [String: CalibratedValue]
    public let cityShare: CalibratedValue
    public let capacitySlope: CalibratedValue
    public let minShare: Double
    public let maxShare: Double
    /// Salary by district (万元 per worker per year, last year) and fixed cost per station (万元 per year).
    public let salaryByDistrict: [String: CalibratedValue]
    public let salary: CalibratedValue
    public let fixedCost: CalibratedValue
    /// Budgets as spent in the last year: the city's total (万元) and the districts' total ÷ their fiscal capacity.
    public let cityBudget: CalibratedValue
    public let districtBudgetShare: CalibratedValue
    /// Supervision in the last year: mean hours per worker, and the city's total hours (the pool).
    public let supervisionPerWorker: CalibratedValue
    public let supervisionPool: CalibratedValue
    /// Initial state at `lastYear + 1`.
    public let initialStaff: CalibratedValue
    public let initialScore: CalibratedValue
}
