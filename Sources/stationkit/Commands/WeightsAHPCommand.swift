import ArgumentParser
import StationKit

/// `stationkit weights ahp FILE...`.
struct WeightsAHPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ahp",
        abstract: "AHP priorities from pairwise comparison matrices (层次分析法), one CSV per expert.",
        discussion: """
            Each CSV has the criterion names in the header row and the first column (same order); cells are \
            judgments such as 3, 1/5 or 0.2. Cells that are not positive or not reciprocal (a_ji = 1/a_ij within \
            --tolerance) are errors with FILE:LINE:COLUMN. A warning is printed when CR ≥ 0.10.
            Random index tables: saaty1980 (default, Chinese practice), saaty2005 (ahpy 'saaty'), \
            donegan-dodd (ahpy's default).

            A single .toml file is a hierarchy (goal → groups → indicators): one table per node with \
            `criteria = [...]` and `judgments = [[1, 3], ["1/3", 1]]`; leaves get global weights (products of \
            local weights down the tree) and every node's CR is reported.

            Examples:
              stationkit weights ahp judgments.csv
              stationkit weights ahp hierarchy.toml --format json
              stationkit weights ahp judgments.csv --method geometric --random-index donegan-dodd --format json
              stationkit weights ahp e1.csv e2.csv e3.csv --aggregate aij --expert-weights 0.5,0.3,0.2
            """
    )

    enum Method: String, ExpressibleByArgument, CaseIterable { case eigen, geometric }
    enum Aggregate: String, ExpressibleByArgument, CaseIterable { case aij, aip }
    enum RandomIndex: String, ExpressibleByArgument, CaseIterable {
        case saaty1980, saaty2005, doneganDodd = "donegan-dodd"
        var table: RandomIndexTable {
            switch self {
            case .saaty1980: return .saaty1980
            case .saaty2005: return .saaty2005
            case .doneganDodd: return .doneganDodd
            }
        }
    }

    @Argument(help: "Pairwise comparison CSV or .xlsx files (several = group AHP), or one hierarchy .toml.")
    var files: [String]

    @Option(help: "Group aggregation: aij (geometric mean of judgments) or aip (geometric mean of priorities).")
    var aggregate: Aggregate = .aij

    @Option(help: "Priority method: eigen (principal eigenvector) or geometric (row geometric mean).")
    var method: Method = .eigen

    @Option(name: .customLong("random-index"), help: "Random index table: saaty1980, saaty2005, donegan-dodd.")
    var randomIndex: RandomIndex = .saaty1980

    @Option(name: .customLong("expert-weights"), help: "Comma-separated expert weights (group AHP; default equal).")
    var expertWeights: String?

    @Option(help: "Accepted |a_ij·a_ji − 1| for reciprocity (default 0.05, so 0.33 passes for 1/3).")
    var tolerance: Double = PairwiseComparisonMatrix.defaultReciprocityTolerance

    @OptionGroup var csv: CSVInputOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one pairwise comparison CSV") }
    }

    func run() throws {
        if files.count == 1, files[0].hasSuffix(".toml") {
            return try runHierarchy(files[0])
        }
        let matrices = try files.map { try PairwiseComparisonMatrix.read(csv: $0, reciprocityTolerance: tolerance, options: csv.readOptions(for: $0)) }
        var json: WeightsJSON
        if matrices.count == 1 {
            let r = try ahp.evaluate(matrices[0])
            json = WeightsJSON(r.weightVector)
            json.setConsistency(r)
            if let w = r.warning { warn("\(files[0]): \(w)") }
        } else {
            let weights = try expertWeights.map { text in
                try commaList(text).map { s -> Double in
                    guard let v = Double(s) else { throw ValidationError("--expert-weights: '\(s)' is not a number") }
                    return v
                }
            }
            let g = try ahp.evaluateGroup(matrices, expertWeights: weights,
                                          aggregation: aggregate == .aij ? .aij : .aip)
            json = WeightsJSON(WeightVector(method: "ahp", criteria: g.criteria, weights: g.weights))
            json.aggregation = aggregate.rawValue
            if let r = g.aggregate {
                json.setConsistency(r)
                if let w = r.warning { warn("aggregated matrix: \(w)") }
            }
            json.experts = zip(files, g.experts).map {
                .init(file: $0, lambda_max: $1.lambdaMax, ci: $1.consistencyIndex, cr: $1.consistencyRatio)
            }
            for (f, r) in zip(files, g.experts) { if let w = r.warning { warn("\(f): \(w)") } }
        }
        json.priority_method = method.rawValue
        json.random_index_table = randomIndex.rawValue
        try json.emit(output)
    }

    private var ahp: AHP {
        AHP(method: method == .eigen ? .eigenvector : .geometricMean, randomIndex: randomIndex.table)
    }

    private func runHierarchy(_ path: String) throws {
        let r = try ahp.evaluate(AHPHierarchy.read(toml: path, reciprocityTolerance: tolerance))
        var json = WeightsJSON(r.weightVector)
        json.experts = r.nodes.map {
            .init(file: $0.name, lambda_max: $0.result.lambdaMax, ci: $0.result.consistencyIndex, cr: $0.result.consistencyRatio)
        }
        for n in r.inconsistentNodes { if let w = n.result.warning { warn("\(path) [\(n.name)]: \(w)") } }
        json.priority_method = method.rawValue
        json.random_index_table = randomIndex.rawValue
        try json.emit(output)
    }
}
