/// The 15 units of Jinan (济南): 12 districts/counties and 3 functional zones, 161
/// streets/towns in all.
///
/// Source: /work/shared/DOMAIN.md (2020 census populations; streets and towns by the 2022
/// statistical division codes, which sum to 161). The functional zones 新旧动能转换起步区
/// and 南部山区 manage streets that the division codes list under host districts; here they
/// are units of their own that took 2 streets from 济阳区 and 2 from 天桥区 (起步区) and
/// 4 from 历城区 (南部山区), with the population carved out of the hosts as written below.
/// 高新区 has its own 5 streets in the codes; its population is carved out of 历下区
/// (100,000) and 历城区 (200,000). 历下区's "≈920,000" is set to 919,475 so the 15 units sum
/// to the city's 9,202,432 exactly. Fiscal capacities are calibration values (万元 per year,
/// general public budget revenue, rounded orders of magnitude), not official figures.
public enum JinanUnits {
    /// The units in the order districts.csv lists them.
    public static let all: [SynthUnitSpec] = [
        SynthUnitSpec(id: "370102", name: "历下区", kind: .district, population: 819_475, streets: 13, towns: 0,
                      fiscalCapacity: 950_000, lon: 117.076, lat: 36.666, radius: 0.035),
        SynthUnitSpec(id: "370103", name: "市中区", kind: .district, population: 903_714, streets: 17, towns: 0,
                      fiscalCapacity: 560_000, lon: 116.997, lat: 36.651, radius: 0.05),
        SynthUnitSpec(id: "370104", name: "槐荫区", kind: .district, population: 675_048, streets: 16, towns: 0,
                      fiscalCapacity: 380_000, lon: 116.901, lat: 36.651, radius: 0.05),
        SynthUnitSpec(id: "370105", name: "天桥区", kind: .district, population: 670_202, streets: 13, towns: 0,
                      fiscalCapacity: 330_000, lon: 116.987, lat: 36.693, radius: 0.05),
        SynthUnitSpec(id: "370112", name: "历城区", kind: .district, population: 1_210_000, streets: 13, towns: 0,
                      fiscalCapacity: 780_000, lon: 117.065, lat: 36.680, radius: 0.09),
        SynthUnitSpec(id: "370113", name: "长清区", kind: .district, population: 595_549, streets: 8, towns: 2,
                      fiscalCapacity: 220_000, lon: 116.751, lat: 36.553, radius: 0.15),
        SynthUnitSpec(id: "370114", name: "章丘区", kind: .district, population: 1_075_784, streets: 17, towns: 1,
                      fiscalCapacity: 600_000, lon: 117.526, lat: 36.681, radius: 0.18),
        SynthUnitSpec(id: "370115", name: "济阳区", kind: .district, population: 395_679, streets: 6, towns: 2,
                      fiscalCapacity: 210_000, lon: 117.173, lat: 36.978, radius: 0.15),
        SynthUnitSpec(id: "370116", name: "莱芜区", kind: .district, population: 969_632, streets: 8, towns: 7,
                      fiscalCapacity: 330_000, lon: 117.660, lat: 36.203, radius: 0.2),
        SynthUnitSpec(id: "370117", name: "钢城区", kind: .district, population: 286_966, streets: 5, towns: 0,
                      fiscalCapacity: 120_000, lon: 117.811, lat: 36.059, radius: 0.1),
        SynthUnitSpec(id: "370124", name: "平阴县", kind: .county, population: 323_072, streets: 2, towns: 6,
                      fiscalCapacity: 110_000, lon: 116.456, lat: 36.289, radius: 0.15),
        SynthUnitSpec(id: "370126", name: "商河县", kind: .county, population: 527_311, streets: 1, towns: 11,
                      fiscalCapacity: 90_000, lon: 117.157, lat: 37.309, radius: 0.18),
        SynthUnitSpec(id: "3701GX", name: "高新区", kind: .functionalZone, population: 300_000, streets: 5, towns: 0,
                      fiscalCapacity: 1_100_000, lon: 117.200, lat: 36.680, radius: 0.05),
        SynthUnitSpec(id: "3701QB", name: "新旧动能转换起步区", kind: .functionalZone, population: 220_000,
                      streets: 4, towns: 0, fiscalCapacity: 90_000, lon: 117.050, lat: 36.850, radius: 0.08,
                      hosted: [("370115", 2), ("370105", 2)]),
        SynthUnitSpec(id: "3701NS", name: "南部山区", kind: .functionalZone, population: 230_000, streets: 4, towns: 0,
                      fiscalCapacity: 40_000, lon: 117.100, lat: 36.450, radius: 0.1,
                      hosted: [("370112", 4)]),
    ]

    /// DOMAIN.md's table: streets and towns per division-code district (functional zones'
    /// streets counted under their hosts, 高新区 on its own). Used by tests and the README.
    public static let divisionCounts: [(id: String, streets: Int, towns: Int)] = [
        ("370102", 13, 0), ("370103", 17, 0), ("370104", 16, 0), ("370105", 15, 0), ("370112", 17, 0),
        ("370113", 8, 2), ("370114", 17, 1), ("370115", 8, 2), ("370116", 8, 7), ("370117", 5, 0),
        ("370124", 2, 6), ("370126", 1, 11), ("3701GX", 5, 0),
    ]

    /// The city's 2020 census population (persons).
    public static let cityPopulation = 9_202_432
}
