import Data

/// A checked pipeline: every `${name}` names an input or an earlier step, names are unique, outputs do not
/// collide. Made before anything runs, so a bad pipeline fails without side effects.
///
/// Checks, each reported at file:line:column (all at once, exit 65): a name used by both an input and a
/// step; an unknown name; a step referring to itself or to a later step (a cycle when that later step
/// depends, directly or through others, on this one; otherwise a forward reference, since steps run in
/// the order written); two steps writing the same output. Complexity O(steps × references).
public struct PipelinePlan: Sendable {
    /// The checked definition.
    public let definition: PipelineDefinition

    /// Checks `definition`.
    /// - Parameter definition: a parsed pipeline.
    /// - Throws: `DataErrors` (exit 65) listing every problem.
    public init(_ definition: PipelineDefinition) throws {
        var errors: [DataError] = []
        let inputs = Dictionary(definition.inputs.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        var stepIndex: [String: Int] = [:]
        for (i, step) in definition.steps.enumerated() {
            if let input = inputs[step.name] {
                errors.append(DataError(at: step.location, "step `\(step.name)` has the name of the input declared at \(input.location); ${\(step.name)} would be ambiguous"))
            }
            stepIndex[step.name] = i
        }
        var writer: [String: String] = [:]
        for step in definition.steps {
            for output in step.outputs {
                if let other = writer[output] {
                    errors.append(DataError(at: step.location, "step `\(step.name)` writes `\(output)`, which step `\(other)` writes too"))
                }
                writer[output] = step.name
            }
        }
        let known = (definition.inputs.map(\.name) + definition.steps.map(\.name)).joined(separator: ", ")
        for (i, step) in definition.steps.enumerated() {
            for argument in step.arguments {
                for (name, location) in argument.references {
                    if inputs[name] != nil { continue }
                    guard let j = stepIndex[name] else {
                        errors.append(DataError(at: location, "unknown step or input `\(name)` in ${\(name)} (known: \(known))"))
                        continue
                    }
                    if j == i {
                        errors.append(DataError(at: location, "cycle: step `\(step.name)` refers to its own output"))
                    } else if j > i {
                        if let path = PipelinePlan.path(from: j, to: i, in: definition.steps, index: stepIndex) {
                            let names = ([step.name] + path.map { definition.steps[$0].name }).map { "`\($0)`" }
                            errors.append(DataError(at: location, "cycle: \(names.joined(separator: " → "))"))
                        } else {
                            errors.append(DataError(at: location, "forward reference: step `\(name)` runs after `\(step.name)` (steps run in the order written); move it before `\(step.name)`"))
                        }
                    }
                }
            }
        }
        if !errors.isEmpty { throw DataErrors(errors.sorted { $0.location < $1.location }) }
        self.definition = definition
    }

    /// Steps on a reference path from step `from` to step `to` (both included), nil when there is none.
    private static func path(from: Int, to: Int, in steps: [PipelineStep], index: [String: Int]) -> [Int]? {
        var seen: Set<Int> = [from]
        var stack: [[Int]] = [[from]]
        while let path = stack.popLast() {
            guard let last = path.last else { continue }
            for argument in steps[last].arguments {
                for (name, _) in argument.references {
                    guard let next = index[name] else { continue }
                    if next == to { return path + [to] }
                    if seen.insert(next).inserted { stack.append(path + [next]) }
                }
            }
        }
        return nil
    }

    /// The path `${name}` stands for when outputs go to `outputFolder`.
    /// - Parameters:
    ///   - name: an input or step name (checked by `init`).
    ///   - outputFolder: the folder steps write into.
    /// - Returns: the input's path, or `outputFolder/<first output of the step>`.
    public func path(of name: String, outputFolder: String) -> String {
        if let input = definition.inputs.first(where: { $0.name == name }) { return input.path }
        let step = definition.steps.first { $0.name == name }
        return outputFolder + "/" + (step?.outputs.first ?? name)
    }

    /// The command line of `step` writing `output` into `outputFolder`: the resolved `run`, then
    /// `<output_option> <outputFolder>/<output>`. Seeds are added by `PipelineExecutor`.
    /// - Parameters:
    ///   - step: a step of this plan.
    ///   - output: one of its outputs.
    ///   - outputFolder: the folder outputs go to.
    /// - Returns: the argv without the program name.
    public func commandLine(_ step: PipelineStep, output: String, outputFolder: String) -> [String] {
        step.arguments.map { $0.resolved { path(of: $0, outputFolder: outputFolder) } }
            + [step.outputOption, outputFolder + "/" + output]
    }
}
