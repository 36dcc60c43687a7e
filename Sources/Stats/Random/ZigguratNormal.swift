import RealModule

/// Standard normal variates by the ziggurat method with 256 layers: one 64-bit draw and one
/// comparison for about 98.5% of variates, no logarithm or square root on that path.
///
/// The area under the half density f(x) = exp(−x²/2) is covered by 255 rectangles and a base strip
/// (rectangle plus tail beyond r), all of the same area v. Layer i spans [0, x[i]] horizontally, with
/// x[0] = v / f(r), x[1] = r, x[i+1] = f⁻¹(v / x[i] + f(x[i])) and x[256] = 0. A draw picks a layer
/// and a sign from the low 9 bits of one 64-bit word and a uniform u from its high 53 bits; z = u·x[i]
/// is accepted at once when z < x[i+1] (inside the layer's core). Otherwise the wedge of layer i is
/// accepted when a second uniform y satisfies f(x[i]) + y·(f(x[i+1]) − f(x[i])) < f(z), and the base
/// strip's outer part samples the tail |z| > r by Marsaglia's exponential method. The layer, sign and
/// u come from disjoint bits, avoiding the correlation Doornik found in the original 32-bit version.
///
/// This is an alternative to `nextNormal` (the polar method, kept because published synthetic data
/// sets depend on its draws): the same distribution, a different sequence, about 7× faster.
///
/// References: G. Marsaglia and W. W. Tsang, "The ziggurat method for generating random variables",
/// *J. Stat. Softw.* 5(8), 2000 (r = 3.6541528853610088, v = 0.00492867323399 for 256 layers);
/// J. A. Doornik, "An improved ziggurat method to generate normal random samples", 2005.
///
/// ```swift
/// var g = SplitMix64(state: 42)
/// let z = ZigguratNormal.standard.next(using: &g)
/// ```
public struct ZigguratNormal: Sendable {
    /// Layer right edges x[0] … x[256] (decreasing; x[0] is the base strip's pseudo-width v/f(r)).
    @usableFromInline let edge: [Double]
    /// f(x[i]) = exp(−x[i]²/2) for each edge (f(x[0]) is unused; f(x[256]) = 1).
    @usableFromInline let density: [Double]

    /// Right edge of the last full layer: the tail starts here.
    @usableFromInline static let r = 3.6541528853610088
    /// Area of each layer.
    static let v = 0.00492867323399

    /// The shared tables (computed once, 4 KB).
    public static let standard = ZigguratNormal()

    init() {
        let r = Self.r, v = Self.v
        func f(_ x: Double) -> Double { Double.exp(-0.5 * x * x) }
        var x = [Double](repeating: 0, count: 257)
        x[0] = v / f(r)
        x[1] = r
        for i in 1..<255 { x[i + 1] = (-2 * Double.log(v / x[i] + f(x[i]))).squareRoot() }
        x[256] = 0
        edge = x
        density = x.map(f)
    }

    /// A standard normal draw N(0, 1) using `generator`.
    ///
    /// - Parameter generator: the source of 64-bit words; about 1.03 words per draw on average.
    /// - Returns: a draw from N(0, 1).
    /// - Complexity: O(1) expected.
    @inlinable
    public func next<G: RandomNumberGenerator>(using generator: inout G) -> Double {
        edge.withUnsafeBufferPointer { x in
            density.withUnsafeBufferPointer { fx in
                while true {
                    let bits = generator.next()
                    let i = Int(bits & 0xFF)
                    let negative = bits & 0x100 != 0
                    let z = Double(bits >> 11) * 0x1p-53 * x[i]
                    if z < x[i + 1] { return negative ? -z : z }
                    if i == 0 {
                        // Tail beyond r (Marsaglia 1964): a = −ln(U₁)/r, b = −ln(U₂), accept when 2b > a².
                        while true {
                            let a = -Double.log(1 - generator.nextUniform()) / Self.r
                            let b = -Double.log(1 - generator.nextUniform())
                            if 2 * b > a * a { return negative ? -(Self.r + a) : Self.r + a }
                        }
                    }
                    let y = fx[i] + generator.nextUniform() * (fx[i + 1] - fx[i])
                    if y < Double.exp(-0.5 * z * z) { return negative ? -z : z }
                }
            }
        }
    }
}
