import Data

/// Spatial access of every street of a dataset bundle to the social workers of the stations open in a year.
///
/// Stations sit at their street's lon/lat; capacity is `staffing.social_workers` of the year (a station open
/// without a staffing row counts 0); demand is the street `population` (or another street column such as
/// `elderly`). See `CatchmentAccess` for the method.
public struct StreetAccess: Sendable {
    /// Street ids, in file order.
    public let streetIDs: [String?]
    /// Street names.
    public let streetNames: [String?]
    /// The year used.
    public let year: Int
    /// Stations counted (open by `year`).
    public let stationCount: Int
    /// The scores.
    public let scores: AccessScores

    /// Computes the access of every street.
    /// - Parameters:
    ///   - bundle: a loaded dataset bundle (streets, stations, staffing).
    ///   - year: the staffing year (nil: the last year in staffing).
    ///   - access: radius and decay.
    ///   - populationColumn: the street column of the target population.
    /// - Throws: `DataError` for missing columns; `ModelError.invalidData` when staffing is empty or for the
    ///   errors of `CatchmentAccess.scores`.
    public init(bundle: DatasetBundle, year: Int?, access: CatchmentAccess, populationColumn: String = "population") throws {
        let streets = bundle.streets, stations = bundle.stations, staffing = bundle.table("staffing")
        let ids = try streets.strings("street_id")
        let lon = try streets.doubles("lon"), lat = try streets.doubles("lat")
        let population = try streets.doubles(populationColumn)
        let staffYears = try staffing.ints("year").filter { $0 != IntMissing }
        guard let y = year ?? staffYears.max() else {
            throw ModelError.invalidData("the bundle has no staffing rows, so no station capacity")
        }
        var workers: [String: Double] = [:]
        for (s, (yy, w)) in zip(try staffing.strings("station_id"), zip(try staffing.ints("year"), try staffing.doubles("social_workers")))
        where yy == y && !w.isNaN {
            if let s { workers[s] = w }
        }
        var row: [String: Int] = [:]
        for (i, id) in ids.enumerated() { if let id { row[id] = i } }
        var sLon: [Double] = [], sLat: [Double] = [], capacity: [Double] = []
        for (station, (street, opened)) in zip(try stations.strings("station_id"),
                                               zip(try stations.strings("street_id"), try stations.ints("opened"))) {
            guard opened != IntMissing, opened <= y, let street, let i = row[street], let station else { continue }
            sLon.append(lon[i])
            sLat.append(lat[i])
            capacity.append(workers[station] ?? 0)
        }
        self.streetIDs = ids
        self.streetNames = try streets.strings("name")
        self.year = y
        self.stationCount = capacity.count
        self.scores = try access.scores(supplyLon: sLon, supplyLat: sLat, capacity: capacity,
                                        demandLon: lon, demandLat: lat, population: population)
    }
}
