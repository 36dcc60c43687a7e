import Data
import Linalg

/// A hierarchy of AHP judgment matrices (goal → criteria groups → indicators, any depth), read from TOML.
///
/// Each table is one node: `criteria` lists its children, `judgments` is their pairwise matrix (rows of
/// numbers or fraction strings like "1/3"). A child with its own table is an inner node; one without is a
/// leaf (an indicator). The global weight of a leaf is the product of the local weights on its path from the
/// root (Saaty 1980, hierarchic composition). `root = "name"` picks the root table (default: the first table).
///
/// ```toml
/// root = "goal"
/// [goal]
/// criteria = ["service", "management"]
/// judgments = [[1, 3], ["1/3", 1]]
/// [service]
/// criteria = ["s1", "s2", "s3"]
/// judgments = [[1, 2, 4], ["1/2", 1, 3], ["1/4", "1/3", 1]]
/// [management]
/// criteria = ["m1", "m2"]
/// judgments = [[1, "1/2"], [2, 1]]
/// ```
public struct AHPHierarchy: Sendable {
    /// The root node's name.
    public let root: String
    /// Every inner node's judgments, by node name.
    public let nodes: [String: PairwiseComparisonMatrix]

    /// - Throws: `WeightingError.invalidInput` when the root is missing, a node is reachable twice (a cycle or a
    ///   shared child), or a leaf name repeats.
    public init(root: String, nodes: [String: PairwiseComparisonMatrix]) throws {
        guard nodes[root] != nil else { throw WeightingError.invalidInput("AHP hierarchy has no node '\(root)'") }
        var seen: Set<String> = [root]
        var stack = [root]
        while let name = stack.popLast() {
            for child in nodes[name]?.criteria ?? [] {
                guard seen.insert(child).inserted else {
                    throw WeightingError.invalidInput("AHP hierarchy: '\(child)' appears twice (the hierarchy must be a tree)")
                }
                if nodes[child] != nil { stack.append(child) }
            }
        }
        self.root = root
        self.nodes = nodes
    }

    /// Reads the TOML form described above.
    /// - Throws: `DataError` with file:line:column of the offending value (syntax, missing keys, a judgment
    ///   that is not a positive number or not reciprocal); `WeightingError` for a malformed tree.
    public static func read(toml path: String,
                            reciprocityTolerance: Double = PairwiseComparisonMatrix.defaultReciprocityTolerance)
        throws -> AHPHierarchy
    {
        let doc = try TOML.read(path)
        var nodes: [String: PairwiseComparisonMatrix] = [:]
        var firstTable: String?
        for entry in doc.entries {
            guard let table = entry.value.table else { continue }
            firstTable = firstTable ?? entry.key
            nodes[entry.key] = try node(table, at: entry.value.location, tolerance: reciprocityTolerance)
        }
        var root = firstTable ?? ""
        if let r = doc.entry("root") {
            guard let s = r.value.string else { throw DataError(at: r.value.location, "root must be a string (a table name)") }
            root = s
            guard nodes[s] != nil else { throw DataError(at: r.value.location, "no table [\(s)] for the root") }
        }
        guard !nodes.isEmpty else { throw DataError(at: SourceLocation(file: path), "no [node] tables with criteria and judgments") }
        try checkTree(doc, root: root, nodes: nodes, path: path)
        return try AHPHierarchy(root: root, nodes: nodes)
    }

    /// The tree check of `init(root:nodes:)`, located: a criterion reached twice (a cycle back to an ancestor,
    /// or a child shared by two nodes) is reported at its name in the `criteria` array that repeats it.
    private static func checkTree(_ doc: TOMLTable, root: String, nodes: [String: PairwiseComparisonMatrix],
                                  path: String) throws {
        var seen: Set<String> = [root]
        var stack = [root]
        while let name = stack.popLast() {
            let locations = doc.entry(name)?.value.table?.entry("criteria")?.value.array?.map(\.location) ?? []
            for (k, child) in (nodes[name]?.criteria ?? []).enumerated() {
                guard seen.insert(child).inserted else {
                    let at = k < locations.count ? locations[k] : SourceLocation(file: path)
                    throw DataError(at: at, "'\(child)' appears twice in the hierarchy (under [\(name)] again: a cycle "
                        + "or a shared child); AHP needs a tree, each criterion under exactly one parent")
                }
                if nodes[child] != nil { stack.append(child) }
            }
        }
    }

    private static func node(_ t: TOMLTable, at location: SourceLocation, tolerance: Double) throws
        -> PairwiseComparisonMatrix
    {
        guard let c = t.entry("criteria"), let items = c.value.array else {
            throw DataError(at: location, "table needs criteria = [\"name\", …]")
        }
        let names = try items.map { v -> String in
            guard let s = v.string else { throw DataError(at: v.location, "criterion names must be strings") }
            return s
        }
        guard let j = t.entry("judgments"), let rows = j.value.array, rows.count == names.count else {
            throw DataError(at: t.entry("judgments")?.value.location ?? location,
                            "judgments must be a \(names.count) × \(names.count) array of rows")
        }
        var a = Matrix(rows: names.count, columns: names.count)
        var cells: [[SourceLocation]] = []
        for (i, row) in rows.enumerated() {
            guard let r = row.array, r.count == names.count else {
                throw DataError(at: row.location, "judgment row \(i + 1) must have \(names.count) entries")
            }
            cells.append(r.map(\.location))
            for (k, v) in r.enumerated() {
                guard let x = v.double ?? v.string.flatMap(PairwiseComparisonMatrix.parseJudgment) else {
                    throw DataError(at: v.location, "judgment must be a number or a fraction string like \"1/3\"")
                }
                a[i, k] = x
            }
        }
        if let p = PairwiseComparisonMatrix.firstProblem(a, tolerance: tolerance) {
            throw DataError(at: cells[p.i][p.j], "cell (\(names[p.i]), \(names[p.j])): \(p.message)")
        }
        return try PairwiseComparisonMatrix(criteria: names, values: a, reciprocityTolerance: tolerance)
    }
}

/// The result of a hierarchical AHP.
public struct AHPHierarchyResult: Codable, Sendable, Equatable {
    /// One inner node's local result.
    public struct Node: Codable, Sendable, Equatable {
        public let name: String
        /// Product of local weights from the root down to this node (1 for the root).
        public let globalWeight: Double
        public let result: AHPResult
    }

    /// Leaves (indicators) in depth-first order.
    public let leaves: [String]
    /// Global weight of each leaf; they sum to 1.
    public let globalWeights: [Double]
    /// Every inner node, root first (depth-first).
    public let nodes: [Node]

    /// Nodes whose CR reaches the threshold.
    public var inconsistentNodes: [Node] { nodes.filter { !$0.result.isConsistent } }

    public var weightVector: WeightVector { WeightVector(method: "ahp", criteria: leaves, weights: globalWeights) }
}

extension AHP {
    /// Local priorities at every node and the global weight of every leaf (product of local weights on its path).
    /// - Complexity: one eigen problem per inner node.
    public func evaluate(_ h: AHPHierarchy) throws -> AHPHierarchyResult {
        var leaves: [String] = [], weights: [Double] = [], nodes: [AHPHierarchyResult.Node] = []
        func visit(_ name: String, _ global: Double) throws {
            guard let m = h.nodes[name] else { return }
            let r = try evaluate(m)
            nodes.append(.init(name: name, globalWeight: global, result: r))
            for (child, w) in zip(m.criteria, r.weights) {
                if h.nodes[child] != nil {
                    try visit(child, global * w)
                } else {
                    leaves.append(child)
                    weights.append(global * w)
                }
            }
        }
        try visit(h.root, 1)
        return AHPHierarchyResult(leaves: leaves, globalWeights: weights, nodes: nodes)
    }
}
