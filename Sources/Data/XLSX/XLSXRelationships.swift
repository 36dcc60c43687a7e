import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An OPC relationships part (`_rels/.rels`, `xl/_rels/workbook.xml.rels`): id → (type, target),
/// with targets resolved against the folder of the part they belong to (ECMA-376 Part 2, §9.3).
struct XLSXRelationships {
    struct Relationship {
        var type: String
        var target: String
    }

    var byID: [String: Relationship] = [:]

    /// Reads the relationships of the part in folder `base` ("" for the package, "xl" for xl/workbook.xml).
    init(_ data: Data, entry: String, base: String, file: String) throws {
        let h = Handler()
        try h.parse(data, entry: entry, file: file)
        for (id, r) in h.found { byID[id] = Relationship(type: r.type, target: Self.resolve(r.target, base: base)) }
    }

    /// The first target whose type ends with `/suffix` (relationship types are URIs).
    func target(ofType suffix: String) -> String? {
        byID.values.filter { $0.type.hasSuffix("/" + suffix) }.map(\.target).min()
    }

    /// `worksheets/sheet1.xml` in `xl` → `xl/worksheets/sheet1.xml`; `/xl/x.xml` → `xl/x.xml`; `..` segments removed.
    static func resolve(_ target: String, base: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : base.split(separator: "/")
        for p in target.split(separator: "/") {
            if p == ".." { _ = parts.popLast() } else if p != "." { parts.append(p) }
        }
        return parts.joined(separator: "/")
    }

    private final class Handler: XLSXXMLHandler {
        var found: [String: (type: String, target: String)] = [:]

        override func start(_ parser: XMLParser, _ name: String, _ attributes: [String: String]) {
            guard name == "Relationship", let id = attribute(attributes, "Id"), let target = attribute(attributes, "Target") else { return }
            if attribute(attributes, "TargetMode") == "External" { return }
            found[id] = (attribute(attributes, "Type") ?? "", target)
        }
    }
}
