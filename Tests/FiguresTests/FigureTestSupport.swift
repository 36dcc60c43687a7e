import Figures
import Foundation
import FoundationXML
import XCTest

/// Parses SVG text as XML and answers element/label questions about it.
struct ParsedSVG {
    let document: XMLDocument
    let text: String

    init(_ svg: String, file: StaticString = #filePath, line: UInt = #line) throws {
        text = svg
        document = try XMLDocument(data: Foundation.Data(svg.utf8), options: [])
    }

    /// Nodes matching an XPath (SVG elements are in the SVG namespace, so match on local-name()).
    func nodes(_ xpath: String) throws -> [XMLNode] { try document.nodes(forXPath: xpath) }

    /// Elements named `name` anywhere.
    func elements(_ name: String) throws -> [XMLNode] { try nodes("//*[local-name()='\(name)']") }

    /// Groups of class `cls`.
    func groups(_ cls: String) throws -> [XMLElement] {
        try nodes("//*[local-name()='g'][@class='\(cls)']").compactMap { $0 as? XMLElement }
    }

    /// Every `<text>` content (unescaped by the parser).
    func texts() throws -> [String] { try elements("text").compactMap(\.stringValue) }

    /// Child elements of `element` named `name` (recursive).
    func count(_ name: String, in element: XMLElement) throws -> Int {
        try element.nodes(forXPath: ".//*[local-name()='\(name)']").count
    }
}

/// Writes `text` to a new temporary file with extension `ext` and returns its path.
func temporaryFile(_ text: String, ext: String) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("figures-\(UUID().uuidString).\(ext)")
    try Foundation.Data(text.utf8).write(to: url)
    return url.path
}

/// A small `stationkit.simulation/1` document: two districts, three years, coverage and the two cost levels.
let sampleSimulationJSON = """
{"schema": "stationkit.simulation/1", "years": [2021, 2022, 2023], "runs": 10, "seed": 1, "region": "toy",
 "district_names": {"D01": "历下区", "D02": "市中区"},
 "city": {"coverage": {"mean": [0.2, 0.4, 0.6], "sd": [0, 0, 0], "p5": [0.1, 0.3, 0.5], "p50": [0.2, 0.4, 0.6], "p95": [0.3, 0.5, 0.7], "n": [10, 10, 10]}},
 "districts": {
  "D02": {"coverage": {"mean": [0.1, 0.3, 0.5], "sd": [0, 0, 0], "p5": [0.05, 0.2, 0.4], "p50": [0.1, 0.3, 0.5], "p95": [0.15, 0.4, 0.6], "n": [10, 10, 10]},
          "cost_city": {"mean": [10, 20, 30], "sd": [0, 0, 0], "p5": [9, 19, 29], "p50": [10, 20, 30], "p95": [11, 21, 31], "n": [10, 10, 10]},
          "cost_district": {"mean": [5, 6, 7], "sd": [0, 0, 0], "p5": [4, 5, 6], "p50": [5, 6, 7], "p95": [6, 7, 8], "n": [10, 10, 10]}},
  "D01": {"coverage": {"mean": [0.3, 0.5, null], "sd": [0, 0, null], "p5": [0.2, 0.4, null], "p50": [0.3, 0.5, null], "p95": [0.4, 0.6, null], "n": [10, 10, 0]},
          "cost_city": {"mean": [12, 22, 32], "sd": [0, 0, 0], "p5": [11, 21, 31], "p50": [12, 22, 32], "p95": [13, 23, 33], "n": [10, 10, 10]},
          "cost_district": {"mean": [8, 9, 10], "sd": [0, 0, 0], "p5": [7, 8, 9], "p50": [8, 9, 10], "p95": [9, 10, 11], "n": [10, 10, 10]}}}}
"""

extension XMLElement {
    /// An attribute's value by local name (FoundationXML on Linux does not find plain names on namespaced elements).
    func attr(_ name: String) -> String? {
        attributes?.first { $0.localName == name || $0.name == name }?.stringValue
    }

    /// Descendant elements by local name.
    func children(named name: String) -> [XMLElement] {
        ((try? nodes(forXPath: ".//*[local-name()='\(name)']")) ?? []).compactMap { $0 as? XMLElement }
    }
}
