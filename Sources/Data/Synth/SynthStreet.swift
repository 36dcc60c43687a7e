/// One row of streets.csv.
public struct SynthStreet: Sendable, Equatable {
    /// street_id: the district id plus a 3-digit sequence number, e.g. "370102001".
    public var id: String
    /// Index of the street's unit in `SyntheticBundle.districts`.
    public var districtIndex: Int
    /// Synthetic name, e.g. "历下区第1街道".
    public var name: String
    /// true for a 镇 (town), false for a 街道 (street).
    public var isTown: Bool
    /// Persons.
    public var population: Int
    /// Persons aged 60 and over.
    public var elderly: Int
    /// Persons aged 0–17.
    public var children: Int
    /// 低保/特困 recipients.
    public var lowIncome: Int
    /// Number of villages/residential communities (村/居).
    public var villages: Int
    /// Area in hundredths of km².
    public var areaHundredths: Int
    /// Longitude and latitude in ten-thousandths of a degree.
    public var lonE4: Int
    public var latE4: Int
    /// The district the 2022 division codes list this street under (the host of a functional zone's street).
    public var divisionDistrictID: String
}
