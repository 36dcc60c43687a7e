/// A generated data set held in memory: every table of the dataset bundle in compact
/// typed form (money in hundredths of 万元, scores in tenths), plus the planted constants.
/// `write(to:replacing:)` streams it to a bundle folder.
public struct SyntheticBundle: Sendable {
    /// The options it was generated with.
    public var options: SynthOptions
    /// The planted model constants.
    public var calibration: SynthCalibration
    /// fc_ref: the fiscal capacity (万元) that the per-district formulas divide by (the 0.9
    /// quantile, nearest rank, of the districts' fiscal capacities).
    public var fiscalReference: Double
    /// districts.csv rows in order.
    public var districts: [SynthDistrict]
    /// streets.csv rows in order.
    public var streets: [SynthStreet]
    /// stations.csv rows in order (one per street).
    public var stations: [SynthStation]
    /// Open station-years within the panel years, sorted by station then year.
    public var stationYears: [SynthStationYear]
    /// Item scores in tenths, `SynthFramework.items.count` per station-year, in framework order.
    public var itemTenths: [UInt16]

    /// The number of framework items per station-year.
    public static var itemCount: Int { SynthFramework.items.count }

    /// The score of framework item `item` in station-year `row`, points.
    public func itemScore(row: Int, item: Int) -> Double {
        Double(itemTenths[row * Self.itemCount + item]) / 10
    }

    /// The opening year written in stations.csv: the cohort, or nil when the station never
    /// opens or opens after the last panel year.
    public func opened(_ station: SynthStation) -> Int? {
        guard let g = station.cohort, g <= options.years.upperBound else { return nil }
        return g
    }

    /// A short description of what was generated (counts per table).
    public var summary: String {
        let open = stations.filter { opened($0) != nil }.count
        return """
            preset \(options.preset.rawValue), seed \(options.seed), years \(options.years.lowerBound)-\(options.years.upperBound)
            districts: \(districts.count)
            streets: \(streets.count)
            stations: \(stations.count) (\(open) open by \(options.years.upperBound))
            station-years (staffing, funding, services): \(stationYears.count)
            evaluations: \(stationYears.count * Self.itemCount)
            """
    }
}
