/// One row of stations.csv: the (planned) station of one street.
public struct SynthStation: Sendable, Equatable {
    /// station_id: "S" + street_id.
    public var id: String
    /// Index of the street in `SyntheticBundle.streets`.
    public var streetIndex: Int
    /// Planted opening year (cohort); nil = never opens by 2025. Written empty when nil or
    /// after the bundle's last year.
    public var cohort: Int?
    /// The contracted social work organisation (承接机构), e.g. "OP370102-01".
    public var operatorID: String
}
