// libFuzzer entry point for Data's .xlsx reader (built only by Scripts/fuzz, see Tests/Fuzz/README.md).
import Data

/// Two shapes of input, so that mutations reach the XML layer and not only the zip's checksums:
/// - starts with `PK`: the whole file as an .xlsx workbook;
/// - anything else: a worksheet part, optionally followed by a NUL byte and a shared-strings part,
///   wrapped here in a minimal workbook (stored entries, correct CRCs).
/// Then every cell of the first rows is mapped back to its location. Any trap is a bug: the reader
/// must report problems.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSX(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    let bytes: [UInt8]
    if input.starts(with: [0x50, 0x4B]) {
        bytes = input
    } else {
        let parts = input.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false)
        var entries: [(String, [UInt8])] = [
            ("[Content_Types].xml", Array(#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#.utf8)),
            ("_rels/.rels", Array(#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.utf8)),
            ("xl/workbook.xml", Array(#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#.utf8)),
            ("xl/_rels/workbook.xml.rels", Array(#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#.utf8)),
            ("xl/worksheets/sheet1.xml", Array(parts.first ?? [])),
        ]
        if parts.count > 1 { entries.append(("xl/sharedStrings.xml", Array(parts[1]))) }
        bytes = StoredZip.make(entries)
    }
    let file = XLSXReader.parse(bytes, file: "fuzz.xlsx", limits: XLSXLimits(maxEntryBytes: 1 << 20, maxCells: 1 << 20))
    let table = file.table
    for r in 0..<min(table.rowCount, 20) {
        for c in 0..<min(table.columns.count, 20) {
            _ = file.location(row: r, column: c)
            _ = table.text(row: r, column: c)
        }
    }
    for c in 0..<min(table.columns.count, 20) { _ = file.headerLocation(column: c) }
    return 0
}
