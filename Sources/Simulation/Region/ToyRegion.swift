extension Region {
    /// A small built-in region for tests, examples and `stationkit simulate --builtin toy`:
    /// 3 districts (an urban core, a suburban district, a rural county) and 10 streets,
    /// two of which already have a station (opened 2020). Numbers are made up but of Jinan's orders
    /// of magnitude (people, 万元).
    public static var toy: Region {
        typealias S = Street
        let districts = [
            District(id: "core", name: "核心区", population: 300_000, fiscalCapacity: 400_000),
            District(id: "suburb", name: "近郊区", population: 250_000, fiscalCapacity: 150_000),
            District(id: "county", name: "远郊县", population: 200_000, fiscalCapacity: 40_000),
        ]
        let streets = [
            S(id: "core-1", district: 0, name: "泉城街道", isUrban: true, population: 90_000, elderly: 18_000,
              children: 14_000, lowIncome: 600, villages: 12, opened: 2020),
            S(id: "core-2", district: 0, name: "大明湖街道", isUrban: true, population: 80_000, elderly: 17_000,
              children: 12_000, lowIncome: 500, villages: 10),
            S(id: "core-3", district: 0, name: "千佛山街道", isUrban: true, population: 70_000, elderly: 15_000,
              children: 11_000, lowIncome: 400, villages: 9),
            S(id: "core-4", district: 0, name: "趵突泉街道", isUrban: true, population: 60_000, elderly: 12_000,
              children: 10_000, lowIncome: 350, villages: 8),
            S(id: "suburb-1", district: 1, name: "新城街道", isUrban: true, population: 100_000, elderly: 16_000,
              children: 19_000, lowIncome: 900, villages: 15, opened: 2020),
            S(id: "suburb-2", district: 1, name: "河西镇", isUrban: false, population: 80_000, elderly: 17_000,
              children: 14_000, lowIncome: 1_400, villages: 30),
            S(id: "suburb-3", district: 1, name: "山前镇", isUrban: false, population: 70_000, elderly: 16_000,
              children: 12_000, lowIncome: 1_600, villages: 28),
            S(id: "county-1", district: 2, name: "县城街道", isUrban: true, population: 80_000, elderly: 16_000,
              children: 15_000, lowIncome: 1_500, villages: 20),
            S(id: "county-2", district: 2, name: "黄河镇", isUrban: false, population: 65_000, elderly: 17_000,
              children: 11_000, lowIncome: 2_500, villages: 45),
            S(id: "county-3", district: 2, name: "青山乡", isUrban: false, population: 55_000, elderly: 15_000,
              children: 9_000, lowIncome: 2_800, villages: 50),
        ]
        // The values above satisfy every check of `init(name:districts:streets:)`.
        return Region(unchecked: "toy", districts: districts, streets: streets)
    }

    /// For built-in regions whose consistency is known.
    init(unchecked name: String, districts: [District], streets: [Street]) {
        self.name = name
        self.districts = districts
        self.streets = streets
    }
}

extension Scenario {
    /// The built-in scenario that goes with `Region.toy`: defaults, with budgets scaled to 3 districts
    /// (city 100 万元 a year, districts 0.05% of fiscal capacity: 200, 75 and 20 万元), at most 2 openings
    /// a year in the city, 2021–2027, 1000 runs. A station costs 3 + 5·3 = 18 万元, 9 for each level,
    /// so the county can pay for 2 of its 3 streets.
    public static var toy: Scenario {
        var s = Scenario(name: "toy")
        s.funding.cityBudget = 100
        s.rollout.maxOpeningsCity = 2
        s.funding.districtBudgetShare = 0.0005
        return s
    }
}
