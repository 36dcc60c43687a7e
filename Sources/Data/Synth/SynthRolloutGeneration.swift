import Stats

/// stations.csv: one (planned) station per street, its opening cohort and its operator.
///
/// Rollout: the cohort sizes are the largest-remainder apportionment of the street count
/// over `cohortShares` + `neverShare` (exact counts, not random). Streets are ordered by
/// u_s + townDelay·[town], u_s ~ U(0, 1) (ties by street order); the first cohort takes the
/// lowest keys, and so on; the last `never` streets get no opening year.
/// Operators: each unit has 1 + ⌊n/8⌋ operators ("OP<district_id>-NN"), drawn uniformly per station.
enum SynthRolloutGeneration {
    static func make(streets: [SynthStreet], calibration c: SynthCalibration, seed: UInt64) -> [SynthStation] {
        var rng = SynthStream.rollout.generator(seed: seed)
        let keys = streets.map { $0.isTown ? rng.nextUniform() + c.townDelay : rng.nextUniform() }
        let order = keys.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
        let counts = cohortCounts(streets.count, calibration: c)
        var cohort = [Int?](repeating: nil, count: streets.count)
        var position = 0
        for (k, year) in c.cohortYears.enumerated() {
            for _ in 0..<counts[k] {
                cohort[order[position]] = year
                position += 1
            }
        }
        return streets.enumerated().map { s, street in
            SynthStation(id: "S" + street.id, streetIndex: s, cohort: cohort[s], operatorID: "")
        }
    }

    /// The exact cohort sizes for `n` streets: `cohortYears.count` cohorts, then the never-opened count.
    static func cohortCounts(_ n: Int, calibration c: SynthCalibration) -> [Int] {
        SynthApportionment.largestRemainder(n, weights: c.cohortShares + [c.neverShare])
    }

    static func assignOperators(_ stations: inout [SynthStation], streets: [SynthStreet],
                                districts: [SynthDistrict], seed: UInt64) throws {
        var rng = SynthStream.operators.generator(seed: seed)
        var perDistrict = Array(repeating: 0, count: districts.count)
        for street in streets { perDistrict[street.districtIndex] += 1 }
        for s in stations.indices {
            let d = streets[stations[s].streetIndex].districtIndex
            let operators = 1 + perDistrict[d] / 8
            let k = try rng.nextInt(below: operators) + 1
            stations[s].operatorID = "OP" + districts[d].id + "-" + (k < 10 ? "0" : "") + String(k)
        }
    }
}
