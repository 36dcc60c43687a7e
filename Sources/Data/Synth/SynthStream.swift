import Stats

/// The random stream of each generator component. Each component draws only from its own
/// xoshiro256** stream (`Xoshiro256StarStar(seed:stream:)`), so adding or changing one
/// component never changes the numbers of another. Never renumber an existing case.
enum SynthStream: Int, CaseIterable {
    case districts = 0
    case streets = 1
    case rollout = 2
    case operators = 3
    case staffing = 4
    case scores = 5
    case items = 6
    case services = 7
    case peopleServed = 8
    case satisfaction = 9
    case funding = 10
    case nationalUnits = 11

    /// The generator of this component for `seed`.
    func generator(seed: UInt64) -> Xoshiro256StarStar {
        Xoshiro256StarStar(seed: seed, stream: rawValue)
    }
}
