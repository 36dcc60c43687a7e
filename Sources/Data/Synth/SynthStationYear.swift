/// One open station in one year: the rows of staffing.csv, funding.csv and services.csv
/// for that station and year, plus the total evaluation score. Money is held in hundredths
/// of 万元 and scores in tenths of a point, so the written files are exact and fixed-format.
public struct SynthStationYear: Sendable, Equatable {
    /// Index of the station in `SyntheticBundle.stations`.
    public var stationIndex: Int
    public var year: Int
    // staffing.csv
    public var socialWorkers = 0
    public var certified = 0
    /// Supervision hours in the year (all workers), tenths.
    public var supervisionTenths = 0
    public var volunteers = 0
    public var hires = 0
    public var departures = 0
    /// Salary, hundredths of 万元 per worker per year.
    public var salaryCents = 0
    // funding.csv (hundredths of 万元)
    public var cityCents = 0
    public var districtCents = 0
    public var otherCents = 0
    public var spentCents = 0
    // services.csv
    public var cases = 0
    public var groups = 0
    public var activities = 0
    public var peopleServed = 0
    public var villagesReached = 0
    /// Satisfaction (服务对象满意度, 0–100), tenths.
    public var satisfactionTenths = 0
    /// Total evaluation score (sum of the 37 item scores), tenths.
    public var totalTenths = 0

    public init(stationIndex: Int, year: Int) {
        self.stationIndex = stationIndex
        self.year = year
    }

    /// Supervision hours per worker in the year (the regressor of the planted score model).
    public var supervisionPerWorker: Double {
        socialWorkers > 0 ? Double(supervisionTenths) / 10 / Double(socialWorkers) : 0
    }
}
