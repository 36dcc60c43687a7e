/// One row of districts.csv, with the per-district parameters the generator planted.
public struct SynthDistrict: Sendable, Equatable {
    /// district_id, e.g. "370102".
    public var id: String
    /// Chinese name, e.g. "历下区".
    public var name: String
    /// district, county or functional_zone.
    public var kind: SynthDistrictKind
    /// Persons.
    public var population: Int
    /// General public budget revenue, in hundredths of 万元 per year (written with 2 decimals).
    public var fiscalCapacityCents: Int
    /// Planted: the city's share of each station's publicly funded cost, in ten-thousandths.
    public var citySharePermyriad: Int
    /// Planted: the yearly probability that a social worker leaves, in ten-thousandths.
    public var turnoverPermyriad: Int
    /// Planted: probability parameter p of the target staff size 2 + Binomial(3, p).
    public var staffProbability: Double
    /// Planted: base salary, 万元 per worker per year in the first rollout year (2020).
    public var salaryBase: Double
    /// Planted: mean supervision hours per worker per year.
    public var supervisionMean: Double
    /// Planted: certified share of workers in a station's opening year.
    public var certifiedBase: Double
    /// Fiscal capacity, 万元 per year.
    public var fiscalCapacity: Double { Double(fiscalCapacityCents) / 100 }
    /// The city's share of the publicly funded cost (0…1).
    public var cityShare: Double { Double(citySharePermyriad) / 10_000 }
    /// The yearly turnover rate (0…1).
    public var turnover: Double { Double(turnoverPermyriad) / 10_000 }
}
