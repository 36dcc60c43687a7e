import Stats

/// The changing state of one Monte Carlo run, as arrays over streets (structure of arrays).
///
/// Random numbers and common random numbers: the run's own `Xoshiro256StarStar` stream gives one
/// 64-bit draw to seed the random rollout order, then, each year, exactly one draw per street that
/// seeds that street's generator for the year. Every street-year therefore sees the same random
/// numbers whatever happens in other streets, so two scenarios run with the same seed differ only
/// through their parameters (common random numbers), not through shifted random streams.
struct RunState {
    let inputs: StreetArrays
    let scenario: Scenario
    /// Station open.
    var open: [Bool]
    /// Stationed social workers.
    var staff: [Int]
    /// Last evaluation score (the `initial_score` before the first evaluation).
    var lastScore: [Double]
    /// Last grade 0 (A) … 3 (D), −1 before the first evaluation.
    var lastGrade: [Int]
    /// This year's generator of each street.
    var streetRandom: [Xoshiro256StarStar]
    /// Rollout candidates in priority order.
    let order: [Int]
    /// The run's stream.
    var runRandom: Xoshiro256StarStar

    init(inputs: StreetArrays, scenario: Scenario, random: Xoshiro256StarStar) {
        self.inputs = inputs
        self.scenario = scenario
        runRandom = random
        let n = inputs.streetCount
        open = inputs.openAtStart
        staff = inputs.initialStaff
        lastScore = inputs.initialScore
        lastGrade = inputs.initialGrade
        streetRandom = [Xoshiro256StarStar](repeating: Xoshiro256StarStar(seed: 0), count: n)
        var orderRandom = Xoshiro256StarStar(seed: runRandom.next())
        var order = inputs.priorityOrder
        if scenario.rollout.priority == .random { orderRandom.shuffle(&order) }
        self.order = order
    }
}
