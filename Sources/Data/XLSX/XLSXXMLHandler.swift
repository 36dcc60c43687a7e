import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

// Why FoundationXML's XMLParser: it streams (SAX) over libxml2, so a sheet of a million cells is read
// without building a tree, it ships with the toolchain (no package), and it reports line:column of
// malformed XML. SWXMLHash builds a whole DOM on top of the same parser (memory ~10x the XML), and
// XMLCoder's Codable mapping fits fixed schemas, not a sparse sheet with mixed rich-text runs.

/// Base of the SAX handlers that read the parts of a workbook: element names arrive without their
/// namespace prefix, and a handler stops the parse with a located `DataError` through `fail`.
class XLSXXMLHandler: NSObject, XMLParserDelegate {
    /// The problem that stopped the parse.
    var failure: DataError?

    func fail(_ parser: XMLParser, _ error: DataError) {
        if failure == nil { failure = error }
        parser.abortParsing()
    }

    /// The attribute `name`, with or without a namespace prefix (`r:id` is found as `id`).
    func attribute(_ attributes: [String: String], _ name: String) -> String? {
        if let v = attributes[name] { return v }
        return attributes.first { $0.key.hasSuffix(":" + name) }?.value
    }

    func start(_ parser: XMLParser, _ name: String, _ attributes: [String: String]) {}
    func end(_ parser: XMLParser, _ name: String) {}
    func text(_ string: String) {}

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
                attributes attributeDict: [String: String] = [:]) {
        start(parser, Self.local(elementName), attributeDict)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        end(parser, Self.local(elementName))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text(string) }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) { text(String(decoding: CDATABlock, as: UTF8.self)) }

    static func local(_ name: String) -> String {
        guard let i = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: i)...])
    }

    /// Refuses a part that is not UTF-8 (what every spreadsheet program writes) or declares another
    /// encoding: FoundationXML traps (force-unwraps) when libxml2 hands it names that are not UTF-8, which
    /// FuzzXLSX found with one stray byte in an element name.
    static func requireUTF8(_ data: Data, entry: String, file: String) throws {
        let bad = data.withUnsafeBytes { raw in CSVDecoder.firstInvalidUTF8(raw.bindMemory(to: UInt8.self)) }
        if let bad {
            throw DataError(at: SourceLocation(file: file), "\(entry) is not UTF-8 text (byte \(bad + 1)): the workbook is damaged")
        }
        let head = String(decoding: data.prefix(200), as: UTF8.self).lowercased()
        if head.hasPrefix("<?xml"), let end = head.range(of: "?>"),
           let e = head[..<end.lowerBound].range(of: "encoding") {
            let declared = head[e.upperBound..<end.lowerBound].drop { " =\"'".contains($0) }.prefix { !" \"'?".contains($0) }
            if declared != "utf-8", declared != "utf8" {
                throw DataError(at: SourceLocation(file: file), "\(entry) declares the encoding '\(declared)'; workbooks are read in UTF-8 only")
            }
        }
    }

    /// Parses `data` (the zip entry `entry`) with this handler.
    /// - Throws: the handler's `DataError`, or one for malformed XML (with the XML's line and column in
    ///   the message) or for a document type declaration, which no workbook has (refused: entity expansion).
    func parse(_ data: Data, entry: String, file: String) throws {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw DataError(at: SourceLocation(file: file), "\(entry) declares a document type or entities, which no workbook does: refused")
        }
        try Self.requireUTF8(data, entry: entry, file: file)
        // A stream, not `XMLParser(data:)`: on Linux the latter fails with an internal error at the end of
        // parts past about 30 MB (a 100,000-row sheet), which the stream reads in chunks.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        let ok = parser.parse()
        if let failure { throw failure }
        if !ok {
            let reason = parser.parserError.map { " (\($0.localizedDescription))" } ?? ""
            throw DataError(at: SourceLocation(file: file),
                            "\(entry) is not well-formed XML at its line \(parser.lineNumber), column \(parser.columnNumber)\(reason): the workbook is damaged")
        }
    }
}
