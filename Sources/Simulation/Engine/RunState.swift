import Stats

/// The changing state of one Monte Carlo run, as arrays over streets (structure of arrays, in the slot
/// order of `StreetArrays`).
///
/// Random numbers and common random numbers: the run's own `Xoshiro256StarStar` stream gives one
/// 64-bit draw to seed the random rollout order, then one draw per year, the year key K. Street s
/// (region index) draws its numbers for the year from a SplitMix64 counter started at
/// K + s·2³²·γ (γ the golden-ratio increment), so its j-th draw is SplitMix64's output at counter
/// K + (s·2³² + j)·γ: disjoint from every other street's as long as a street draws fewer than 2³²
/// numbers a year. Every street-year therefore sees the same random numbers whatever happens in other
/// streets, so two scenarios run with the same seed differ only through their parameters (common random
/// numbers), not through shifted random streams.
struct RunState {
    let inputs: StreetArrays
    let scenario: Scenario
    /// Station open.
    var open: [Bool]
    /// Open stations per district.
    var openCount: [Int]
    /// Stationed social workers.
    var staff: [Int]
    /// Last evaluation score (the `initial_score` before the first evaluation).
    var lastScore: [Double]
    /// Last grade 0 (A) … 3 (D), −1 before the first evaluation.
    var lastGrade: [Int]
    /// This year's SplitMix64 counter of each street, carried from staffing to quality.
    var streetCounter: [UInt64]
    /// Rollout candidates still without a station, in priority order (slots).
    var candidates: [Int]
    /// The run's stream.
    var runRandom: Xoshiro256StarStar

    /// Offset of street `s`'s yearly counter from the year key: s·2³²·γ (wrapping).
    @inline(__always)
    static func streetOffset(_ s: Int) -> UInt64 {
        (UInt64(truncatingIfNeeded: s) &<< 32) &* 0x9e37_79b9_7f4a_7c15
    }

    init(inputs: StreetArrays, scenario: Scenario, random: Xoshiro256StarStar) {
        self.inputs = inputs
        self.scenario = scenario
        runRandom = random
        let n = inputs.streetCount
        open = inputs.openAtStart
        openCount = (0..<inputs.districtCount).map { d in
            (inputs.districtSlots[d]..<inputs.districtSlots[d + 1]).reduce(0) { $0 + (inputs.openAtStart[$1] ? 1 : 0) }
        }
        staff = inputs.initialStaff
        lastScore = inputs.initialScore
        lastGrade = inputs.initialGrade
        streetCounter = [UInt64](repeating: 0, count: n)
        var orderRandom = Xoshiro256StarStar(seed: runRandom.next())
        var order = inputs.priorityOrder
        if scenario.rollout.priority == .random { orderRandom.shuffle(&order) }
        candidates = order.filter { !inputs.openAtStart[$0] }
    }
}
