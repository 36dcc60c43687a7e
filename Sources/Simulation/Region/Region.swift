import Data

/// The districts and streets a simulation runs over, with the stations already open.
///
/// Built in code (tests, `Region.toy`) or from a dataset bundle's districts.csv, streets.csv and
/// stations.csv. Streets keep their given order; it breaks ties in rollout priorities.
public struct Region: Sendable, Equatable {
    /// A district, county or functional zone (区/县/功能区).
    public struct District: Sendable, Equatable {
        /// `district_id`.
        public var id: String
        /// District name (区/县/功能区).
        public var name: String
        /// Residents.
        public var population: Double
        /// General public budget revenue, 万元 per year.
        public var fiscalCapacity: Double

        public init(id: String, name: String, population: Double, fiscalCapacity: Double) {
            self.id = id
            self.name = name
            self.population = population
            self.fiscalCapacity = fiscalCapacity
        }
    }

    /// A street (街道, urban) or town (镇/乡).
    public struct Street: Sendable, Equatable {
        /// `street_id`.
        public var id: String
        /// Index into `districts`.
        public var district: Int
        /// Street or town name.
        public var name: String
        /// True for a street (街道), false for a town (镇/乡).
        public var isUrban: Bool
        /// Residents.
        public var population: Double
        /// Residents aged 60+.
        public var elderly: Double
        /// Residents aged 0–17.
        public var children: Double
        /// 低保/特困 recipients.
        public var lowIncome: Double
        /// Villages/communities (村/居).
        public var villages: Double
        /// Year the street's station opened, nil when it has none yet.
        public var opened: Int?
        /// What the bundle recorded about the street's station, by year ascending (staffing.csv and
        /// evaluations.csv); the latest year before the simulation's start sets the initial state.
        public var observations: [Observation]

        public init(id: String, district: Int, name: String, isUrban: Bool, population: Double, elderly: Double,
                    children: Double, lowIncome: Double, villages: Double, opened: Int? = nil,
                    observations: [Observation] = []) {
            self.id = id
            self.district = district
            self.name = name
            self.isUrban = isUrban
            self.population = population
            self.elderly = elderly
            self.children = children
            self.lowIncome = lowIncome
            self.villages = villages
            self.opened = opened
            self.observations = observations
        }

        /// The latest observation of a year before `year` (nil when there is none).
        public func observation(before year: Int) -> Observation? {
            observations.last { $0.year < year }
        }
    }

    /// One year of a station as recorded in a bundle: its social workers (staffing.csv `social_workers`)
    /// and its total evaluation score (Σ evaluations.csv `score` over the items, 0–100).
    public struct Observation: Sendable, Equatable {
        public var year: Int
        /// Stationed social workers (people); nil when staffing.csv has no row for the year.
        public var workers: Int?
        /// Total evaluation score (points); nil when evaluations.csv has no row for the year.
        public var score: Double?

        public init(year: Int, workers: Int?, score: Double?) {
            self.year = year
            self.workers = workers
            self.score = score
        }
    }

    /// A label for reports (the bundle's name).
    public var name: String
    /// Districts in file order (unit k of the results is `districts[k − 1]`).
    public var districts: [District]
    /// Streets in file order.
    public var streets: [Street]

    /// Checks ids, references and counts.
    /// - Throws: `RegionError` listing every problem (exit status 65).
    public init(name: String, districts: [District], streets: [Street]) throws {
        self.name = name
        self.districts = districts
        self.streets = streets
        try validate()
    }

    /// Checks ids, references and counts (the fields are public and may change after `init`).
    /// - Throws: `RegionError` listing every problem (exit status 65).
    public func validate() throws {
        var problems: [String] = []
        if districts.isEmpty { problems.append("no districts") }
        if streets.isEmpty { problems.append("no streets") }
        var ids = Set<String>()
        for d in districts {
            if !ids.insert(d.id).inserted { problems.append("district \(d.id) appears twice") }
            if !(d.population > 0) || !d.population.isFinite { problems.append("district \(d.id): population must be positive") }
            if !(d.fiscalCapacity >= 0) || !d.fiscalCapacity.isFinite {
                problems.append("district \(d.id): fiscal capacity must be ≥ 0")
            }
        }
        ids = []
        for s in streets {
            if !ids.insert(s.id).inserted { problems.append("street \(s.id) appears twice") }
            if !districts.indices.contains(s.district) { problems.append("street \(s.id): unknown district") }
            for (value, what) in [(s.population, "population"), (s.elderly, "elderly"), (s.children, "children"),
                                  (s.lowIncome, "low_income"), (s.villages, "villages")]
            where !(value >= 0) || !value.isFinite {
                problems.append("street \(s.id): \(what) must be ≥ 0")
            }
        }
        if !problems.isEmpty { throw RegionError(region: name, problems: problems) }
    }

    /// Index of a district by id.
    public func districtIndex(_ id: String) -> Int? { districts.firstIndex { $0.id == id } }
}

/// A region built in code is inconsistent (exit status 65). Bundles report `DataErrors` with file:line:column.
public struct RegionError: StationKitError, Equatable, Sendable {
    /// The region's name.
    public var region: String
    /// Every problem found.
    public var problems: [String]
    public var exitStatus: ExitStatus { .dataError }
    public var description: String { "region \(region): " + problems.joined(separator: "; ") }
}
