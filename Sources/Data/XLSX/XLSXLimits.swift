/// Bounds on what an .xlsx file may make the reader do, so that a hostile or broken workbook (a zip
/// bomb, a sheet that claims cell XFD1048576) is refused with a message instead of exhausting memory.
public struct XLSXLimits: Sendable {
    /// Largest uncompressed size of one zip entry (bytes), checked against the entry's header and
    /// again while inflating (a header can lie). Default 256 MiB: a sheet of about 2 million numeric cells.
    public var maxEntryBytes: Int
    /// Largest table (data rows × header columns) built from a sheet. Default 50 million cells.
    public var maxCells: Int

    /// - Parameters:
    ///   - maxEntryBytes: largest uncompressed zip entry, in bytes.
    ///   - maxCells: largest rows × columns of the table.
    public init(maxEntryBytes: Int = 256 << 20, maxCells: Int = 50_000_000) {
        self.maxEntryBytes = maxEntryBytes
        self.maxCells = maxCells
    }
}
