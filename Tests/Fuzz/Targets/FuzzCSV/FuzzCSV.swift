// libFuzzer entry point for Data's CSV reader (built only by Scripts/fuzz, see Tests/Fuzz/README.md).
import Data

/// Parses the input as CSV and maps every cell of the first rows back to file:line:column.
/// Any trap (index out of range, overflow, force unwrap) is a bug: the reader must report problems.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let file = CSVReader.parse(bytes, file: "fuzz.csv")
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
