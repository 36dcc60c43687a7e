// TEMPORARY: removed when the stats branch (StudentT, Normal, FDistribution) is merged; p-values/intervals are NaN meanwhile: stands in for Stats' distributions until the stats branch lands.
struct StudentT { init(degreesOfFreedom: Double) throws {}; func survival(_ x: Double) -> Double { .nan }; func quantile(_ p: Double) throws -> Double { .nan } }
struct Normal { init() throws {}; func survival(_ x: Double) -> Double { .nan }; func quantile(_ p: Double) throws -> Double { .nan } }
struct FDistribution { init(numeratorDegreesOfFreedom: Double, denominatorDegreesOfFreedom: Double) throws {}; func survival(_ x: Double) -> Double { .nan } }
