/// One district/county/functional zone as a preset describes it, before any random draw.
///
/// `streets` and `towns` are the counts of 街道 and 镇 the unit manages in the data set;
/// `divisionDistrictID` names the district that the statistical division codes list those
/// streets under (the unit itself, or the host district of a functional zone). Population is
/// the 2020 census figure (persons); fiscal capacity is the preset's calibration value of the
/// general public budget revenue (万元 per year) before the generator's ±10 % jitter.
public struct SynthUnitSpec: Sendable, Equatable {
    /// The division code (or a code-like id for a functional zone), e.g. "370102".
    public var id: String
    /// The Chinese name, e.g. "历下区".
    public var name: String
    /// district, county or functional_zone.
    public var kind: SynthDistrictKind
    /// Persons (2020 census; functional zones carved out of their hosts).
    public var population: Int
    /// Number of 街道 (urban streets).
    public var streets: Int
    /// Number of 镇 (towns).
    public var towns: Int
    /// Calibration value of the general public budget revenue, 万元 per year.
    public var fiscalCapacity: Double
    /// Approximate centre (degrees east, degrees north).
    public var lon: Double
    public var lat: Double
    /// Spread of street centres around the unit centre, degrees.
    public var radius: Double
    /// For each of this unit's streets and towns in order, the district the 2022 division
    /// codes list it under (equal to `id` except for streets a functional zone took over).
    public var divisionDistrictIDs: [String]

    /// A unit whose streets all belong to it in the division codes, or (for a functional
    /// zone) a unit that took `hosted` streets from each listed host, in order.
    public init(
        id: String, name: String, kind: SynthDistrictKind, population: Int, streets: Int, towns: Int,
        fiscalCapacity: Double, lon: Double, lat: Double, radius: Double, hosted: [(String, Int)] = []
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.population = population
        self.streets = streets
        self.towns = towns
        self.fiscalCapacity = fiscalCapacity
        self.lon = lon
        self.lat = lat
        self.radius = radius
        var codes: [String] = []
        for (host, count) in hosted { codes += Array(repeating: host, count: count) }
        let own = streets + towns - codes.count
        self.divisionDistrictIDs = codes + Array(repeating: id, count: max(0, own))
    }
}

/// The `kind` column of districts.csv.
public enum SynthDistrictKind: String, Sendable, CaseIterable {
    case district
    case county
    case functionalZone = "functional_zone"
}
