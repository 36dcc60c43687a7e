import ArgumentParser
import Foundation
import StationKit

extension FigureLanguage: ExpressibleByArgument {}

/// Options every `stationkit plot` kind shares: output file, title, language and size.
struct PlotOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output file: .svg, .png (300 dpi) or .pdf (PNG/PDF need rsvg-convert). Default: SVG on stdout.")
    var output: String?

    @Option(help: "Figure title (empty for none).")
    var title: String = ""

    @Option(help: "Language of built-in labels: zh or en.")
    var lang: FigureLanguage = .zh

    @Option(name: .customLong("width-mm"), help: "Width in millimetres.")
    var widthMM: Double = 160

    @Option(name: .customLong("height-mm"), help: "Height in millimetres.")
    var heightMM: Double = 100

    @Option(name: .customLong("x-title"), help: "x axis title (overrides the built-in one).")
    var xTitle: String?

    @Option(name: .customLong("y-title"), help: "y axis title (overrides the built-in one).")
    var yTitle: String?

    func validate() throws {
        guard widthMM >= 20, widthMM <= 1000, heightMM >= 20, heightMM <= 1000 else {
            throw ValidationError("--width-mm and --height-mm must be between 20 and 1000")
        }
    }

    /// The style the options describe.
    var style: FigureStyle { FigureStyle(widthMM: widthMM, heightMM: heightMM, language: lang, title: title) }

    /// Fails early (before reading inputs) when the output cannot be written or needs a missing rasterizer.
    func check() throws {
        if let output { try AtomicFile.checkWritable(output) }
        try Rasterizer.checkAvailable(FigureFormat(path: output))
    }

    /// Writes the document as SVG/PNG/PDF (by the output extension) atomically, or SVG to stdout.
    func emit(_ document: SVGDocument) throws {
        let svg = document.render()
        guard let output else { return try Printer.emit(svg, to: nil) }
        try AtomicFile.write(try Rasterizer.convert(svg, to: FigureFormat(path: output)), to: output)
    }
}

/// The input file of a plot, with its kind decided by the contents.
struct PlotInput: ParsableArguments {
    @Argument(help: "Input: JSON written by a stationkit command, or a CSV or .xlsx table.")
    var input: String

    @OptionGroup var csv: CSVInputOptions

    @Option(name: .customLong("where"), help: "CSV/JSON rows: keep rows whose COLUMN is one of the values, as COLUMN=V1,V2 (repeatable; all must hold).")
    var filters: [String] = []

    func validate() throws { _ = try conditions() }

    /// The input's rows (JSON rows, or a CSV/.xlsx table read with --encoding/--delimiter/--sheet), with the
    /// --where conditions applied.
    func records() throws -> RecordTable {
        try csv.records(input).filtered(where: conditions())
    }

    private func conditions() throws -> [(column: String, values: [String])] {
        try filters.map { f in
            guard let eq = f.firstIndex(of: "="), eq != f.startIndex else {
                throw ValidationError("--where needs COLUMN=VALUE[,VALUE…], got \"\(f)\"")
            }
            return (String(f[..<eq]), f[f.index(after: eq)...].split(separator: ",").map { String($0) })
        }
    }

    /// True when the file is a simulation result (`stationkit.simulation/1`).
    var isSimulation: Bool {
        guard input.lowercased().hasSuffix(".json"), let d = FileManager.default.contents(atPath: input),
              let o = try? JSONSerialization.jsonObject(with: d) as? [String: Any] else { return false }
        return (o["schema"] as? String) == "stationkit.simulation/1"
    }
}

/// Comma-separated list option values, trimmed, empty entries dropped.
func splitList(_ values: [String]) -> [String] {
    values.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
}
