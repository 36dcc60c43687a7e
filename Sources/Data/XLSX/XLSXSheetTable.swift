/// Builds the `Table` of a sheet's cells with the CSV reader's header and typing rules (see `XLSXReader`).
enum XLSXSheetTable {
    /// - Throws: `DataError` when the table would exceed `limits.maxCells`.
    static func build(_ sheet: XLSXSheetCells, file: String, options: CSVReadOptions, limits: XLSXLimits) throws -> CSVFile {
        var problems = sheet.problems
        func add(_ row: Int, _ column: Int, _ message: String) {
            problems.append(DataError(at: SourceLocation(file: file, line: row, column: column),
                                      message + " (cell \(XLSXCellReference.name(row: row, column: column)))"))
        }
        // Rows of cells, in row order (the sheet handler keeps rows and columns increasing).
        var rows: [(number: Int, cells: ArraySlice<XLSXSheetCells.Cell>)] = []
        var i = 0
        let cells = sheet.cells
        while i < cells.count {
            var j = i
            while j < cells.count, cells[j].row == cells[i].row { j += 1 }
            rows.append((cells[i].row, cells[i..<j]))
            i = j
        }
        guard let header = rows.first, let headerFirst = header.cells.first?.column, let last = header.cells.last?.column else {
            problems.append(DataError(at: SourceLocation(file: file, line: 1, column: 1), "empty sheet: a header row is required"))
            return finish(Table(name: file), problems, options, file: file, map: .init(headerRow: 1, rows: [], firstColumn: 1))
        }
        let data = rows.dropFirst()
        // The leftmost used column: a label column under an empty top-left header cell belongs to the table.
        let first = min(headerFirst, data.compactMap { $0.cells.first?.column }.filter { $0 <= last }.min() ?? headerFirst)
        let width = last - first + 1
        guard data.count <= limits.maxCells / max(width, 1) else {
            throw DataError(at: SourceLocation(file: file),
                            "the sheet's table of \(data.count) rows × \(width) columns exceeds the limit of \(limits.maxCells) cells")
        }
        var names = HeaderNames(allowsEmptyFirst: options.allowsEmptyFirstHeaderName)
        var headerText = [String](repeating: "", count: width)
        for c in header.cells { headerText[c.column - first] = c.text }
        for k in 0..<width {
            let (_, problem) = names.add(headerText[k])
            if let problem { add(header.number, first + k, problem) }
        }
        // Column by column: each column's cells (nil = missing), then the CSV typing rules.
        var grid = [[[UInt8]?]](repeating: [[UInt8]?](repeating: nil, count: data.count), count: width)
        for (r, row) in data.enumerated() {
            var outside = false
            for c in row.cells {
                guard c.column >= first, c.column <= last else {
                    if !outside { add(row.number, c.column, "cell outside the header's columns \(XLSXCellReference.columnName(first))–\(XLSXCellReference.columnName(last))") }
                    outside = true
                    continue
                }
                grid[c.column - first][r] = Array(c.text.utf8)
            }
        }
        var table = Table(name: file, rowCount: data.count)
        let rowNumbers = data.map(\.number)
        for (k, name) in names.names.enumerated() {
            var builder = ColumnBuilder(type: options.schema[name])
            let column = grid[k]
            for (r, cell) in column.enumerated() {
                guard let cell, !cell.isEmpty else {
                    builder.appendMissing()
                    continue
                }
                cell.withUnsafeBufferPointer { b in
                    guard let q = b.baseAddress, !builder.append(q, b.count) else { return }
                    if let message = builder.appendWidening(q, b.count, name: name, previous: { Array(column[..<r]) }) {
                        add(rowNumbers[r], first + k, message)
                    }
                }
            }
            try? table.append(name, builder.build())
        }
        return finish(table, problems, options, file: file, map: .init(headerRow: header.number, rows: rowNumbers, firstColumn: first))
    }

    private static func finish(_ table: Table, _ all: [DataError], _ options: CSVReadOptions, file: String,
                               map: CSVFile.SheetCellMap) -> CSVFile {
        let sorted = all.sorted { $0.location < $1.location }
        let kept = Array(sorted.prefix(options.maxProblems))
        return CSVFile(path: file, table: table, problems: kept, omitted: sorted.count - kept.count, sheet: map)
    }
}
