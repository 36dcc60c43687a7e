import Data

extension PipelineDefinition {
    private static let topKeys = ["name", "description", "seed", "inputs", "steps"]
    private static let stepKeys = ["run", "output", "output_option", "seed"]

    /// Reads and parses the pipeline file at `path`.
    /// - Parameter path: the PIPELINE.toml (locations name it as given).
    /// - Returns: the definition (not yet checked for references: see `PipelinePlan`).
    /// - Throws: `DataError` (exit 66) when unreadable; `DataErrors` (exit 65) listing every unknown key,
    ///   wrong type and malformed `${…}` with file:line:column.
    public static func load(path: String) throws -> PipelineDefinition {
        try parse(TOML.read(path), file: path)
    }

    /// Parses a pipeline from TOML text (for tests and embedding).
    /// - Parameters:
    ///   - text: the TOML.
    ///   - file: the name locations use; also the base for relative input paths.
    /// - Throws: as `load(path:)`.
    public static func parse(_ text: String, file: String) throws -> PipelineDefinition {
        try parse(TOML.parse(text, file: file), file: file)
    }

    static func parse(_ root: TOMLTable, file: String) throws -> PipelineDefinition {
        var errors: [DataError] = []
        checkKeys(root, known: topKeys, context: "", into: &errors)
        let name = string(root.entry("name"), into: &errors) ?? baseName(file)
        let description = string(root.entry("description"), into: &errors)
        let seed = seedValue(root.entry("seed"), into: &errors)
        var inputs: [PipelineInput] = []
        if let entry = root.entry("inputs") {
            if let table = entry.value.table {
                for e in table.entries {
                    checkName(e.key, at: e.keyLocation, into: &errors)
                    guard let written = string(e, into: &errors) else { continue }
                    inputs.append(PipelineInput(name: e.key, written: written,
                                                path: PipelinePaths.join(PipelinePaths.folder(of: file), written),
                                                location: e.value.location))
                }
            } else {
                errors.append(DataError(at: entry.value.location, "`inputs` must be a table: [inputs] name = \"path\""))
            }
        }
        var steps: [PipelineStep] = []
        if let entry = root.entry("steps") {
            if let table = entry.value.table {
                for e in table.entries {
                    checkName(e.key, at: e.keyLocation, into: &errors)
                    guard let body = e.value.table else {
                        errors.append(DataError(at: e.value.location, "step `\(e.key)` must be a table: [steps.\(e.key)] with run = [...] and output = \"…\""))
                        continue
                    }
                    if let step = parseStep(e.key, body, at: e.keyLocation, into: &errors) { steps.append(step) }
                }
            } else {
                errors.append(DataError(at: entry.value.location, "`steps` must hold tables: [steps.NAME]"))
            }
        }
        if steps.isEmpty && errors.isEmpty {
            errors.append(DataError(at: SourceLocation(file: file, line: 1, column: 1), "no steps: add [steps.NAME] tables with run = [...] and output = \"…\""))
        }
        if !errors.isEmpty { throw DataErrors(errors.sorted { $0.location < $1.location }) }
        return PipelineDefinition(file: file, name: name, description: description, seed: seed, inputs: inputs, steps: steps)
    }

    private static func parseStep(_ name: String, _ body: TOMLTable, at location: SourceLocation,
                                  into errors: inout [DataError]) -> PipelineStep? {
        checkKeys(body, known: stepKeys, context: "steps.\(name).", into: &errors)
        let before = errors.count
        var arguments: [ArgumentTemplate] = []
        if let run = body.entry("run") {
            if let items = run.value.array, !items.isEmpty {
                for item in items {
                    guard let s = item.string else {
                        errors.append(DataError(at: item.location, "`run` holds strings (the command and its arguments), found \(item.typeName)"))
                        continue
                    }
                    do { arguments.append(try ArgumentTemplate(parsing: s, at: item.location)) } catch let e as DataError { errors.append(e) } catch {}
                }
            } else {
                errors.append(DataError(at: run.value.location, "`run` must be a non-empty array: [\"command\", \"argument\", …]"))
            }
        } else {
            errors.append(DataError(at: location, "step `\(name)` has no `run = [\"command\", …]`"))
        }
        var outputs: [String] = []
        if let output = body.entry("output") {
            let values = output.value.array ?? [output.value]
            for v in values {
                guard let s = v.string else {
                    errors.append(DataError(at: v.location, "`output` is a file name or an array of file names, found \(v.typeName)"))
                    continue
                }
                if let problem = PipelinePaths.outputProblem(s) { errors.append(DataError(at: v.location, problem)) } else { outputs.append(s) }
            }
            if values.isEmpty { errors.append(DataError(at: output.value.location, "`output` needs at least one file name")) }
        } else {
            errors.append(DataError(at: location, "step `\(name)` has no `output = \"file\"` (its result is written there, inside the output folder)"))
        }
        var outputOption = "--output"
        if let e = body.entry("output_option"), let s = string(e, into: &errors) {
            if s.hasPrefix("-") { outputOption = s } else { errors.append(DataError(at: e.value.location, "`output_option` is an option such as \"--output\" or \"--out\"")) }
        }
        let seed = seedValue(body.entry("seed"), into: &errors)
        guard errors.count == before else { return nil }
        return PipelineStep(name: name, location: location, arguments: arguments, outputs: outputs, outputOption: outputOption, seed: seed)
    }

    private static func checkKeys(_ table: TOMLTable, known: [String], context: String, into errors: inout [DataError]) {
        for e in table.entries where !known.contains(e.key) {
            errors.append(DataError(at: e.keyLocation, "unknown key `\(context)\(e.key)` (known here: \(known.joined(separator: ", ")))"))
        }
    }

    private static func checkName(_ name: String, at location: SourceLocation, into errors: inout [DataError]) {
        if name.isEmpty || !name.unicodeScalars.allSatisfy(ArgumentTemplate.isNameScalar) {
            errors.append(DataError(at: location, "`\(name)` cannot be referred to as ${\(name)}: names use letters, digits, _ and -"))
        }
    }

    private static func string(_ entry: TOMLEntry?, into errors: inout [DataError]) -> String? {
        guard let entry else { return nil }
        guard let s = entry.value.string else {
            errors.append(DataError(at: entry.value.location, "`\(entry.key)` must be a string, found \(entry.value.typeName)"))
            return nil
        }
        return s
    }

    private static func seedValue(_ entry: TOMLEntry?, into errors: inout [DataError]) -> UInt64? {
        guard let entry else { return nil }
        guard let i = entry.value.integer, i >= 0 else {
            errors.append(DataError(at: entry.value.location, "`seed` must be a non-negative integer"))
            return nil
        }
        return UInt64(i)
    }

    private static func baseName(_ file: String) -> String {
        let last = file.split(separator: "/").last.map(String.init) ?? file
        if let dot = last.lastIndex(of: "."), dot != last.startIndex { return String(last[..<dot]) }
        return last
    }
}
