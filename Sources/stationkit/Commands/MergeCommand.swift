import ArgumentParser
import Foundation
import StationKit

/// `stationkit merge`: combine the per-run records of `simulate --shard` into the full result.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine `simulate --shard K/N` outputs into exactly the unsharded result.",
        discussion: """
            Reads the N shard files (any order), checks that they come from the same scenario, seed and \
            region and cover runs 0..<runs without gaps or overlaps, and prints the summaries that one \
            unsharded `simulate` with the same options prints, byte for byte.

            Examples:
              stationkit merge shard-*.json
              stationkit merge shard-1.json shard-2.json --format json --output result.json
            """)

    @Argument(help: "Shard files written by `simulate --shard K/N`.")
    var shards: [String]

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if shards.isEmpty { throw ValidationError("give the shard files to merge") }
    }

    func run() throws {
        if let path = output.output { try AtomicFile.checkWritable(path) }
        let records = try shards.map { try RunRecords.read(path: $0) }
        let result = try SimulationResult(records: records)
        try Printer.emit(try ResultFormatter.render(result, as: output.format), to: output.output)
    }
}
