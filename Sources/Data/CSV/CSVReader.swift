// Why a hand-written reader. Measured 2026-11-29 on a 149 MB file (1.4 M rows: an id and a
// Chinese district name, some quoted with commas; 3 int and 5 double columns in shortest
// round-trip form), Swift 6.3.1 -c release, 2-core machine shared with other builds (load 8-11,
// so wall times are noisy). Medians of 3 reads, three back-to-back rounds with pandas:
//   StationKit CSVReader          32-42 MB/s (3.5-4.7 s; two threads, memory-mapped file)
//   pandas 3.1.1 read_csv, C      48-59 MB/s (2.5-3.1 s)
//   pandas read_csv, pyarrow 26   35-36 MB/s (4.2-4.3 s)
//   SwiftCSV 0.10.0               0.8 MB/s (190 s, one read; rows of String, no types)
//   CSV.swift 2.5.2               1.4 MB/s (107 s, one read; rows of String, no types)
// The two Swift packages are 50-100x slower: they build a `String` for every cell, infer no
// types and report no positions, and we need typed columns plus file:line:column for every
// problem. This reader was about 1.3x behind pandas' C engine on this loaded machine (ahead
// of its pyarrow engine), with correctly rounded numbers (tests check bit-exact round trips).
// Since then (word-at-a-time digits, field scanning and UTF-8 check) one thread reads it in
// about 1.17 s CPU against 0.95-1.02 s for pandas' C engine (2026-11-29 16:22-16:30 UTC, load 2.5-4.5):
// still about 15-25 % behind; two threads did not pay off on the shared machine (README, Performance).
// Reproduce with Scripts/bench_csv.py (pandas side) and Sources/StationKitBench/CSVBenchmarks.swift.
import Foundation

/// Reads CSV files (RFC 4180) into typed tables, reporting every problem with file:line:column.
///
/// - Input: UTF-8 (a leading BOM is skipped; UTF-16 with a BOM and GB18030/GBK are transcoded, see
///   `CSVEncoding`), comma separated (or `CSVReadOptions.delimiter`), first record = header, records
///   end with LF, CRLF or CR; quoted fields may hold commas, quotes (doubled) and line breaks.
/// - Trailing empty columns (as spreadsheets save them: a header ending in empty names, rows ending
///   in empty cells) are ignored; a non-empty cell under an empty trailing name is "too many fields".
/// - Empty cells (quoted or not) are missing. Empty lines are skipped.
/// - Types: from `CSVReadOptions.schema`, else inferred per column: int if every cell is an
///   integer, else double if every cell is a number, else string (a column with no values is int).
/// - Numbers with thousands separators (`"1,234"`) are refused with a message, not read as text.
/// - Line numbers are physical lines (a quoted line break advances them); columns count
///   Unicode scalars from 1 (a Chinese character is one column).
/// - A NUL byte is refused at its first occurrence (a binary, spreadsheet or zero-filled file), found
///   before the rest of the file is read or copied; files above 256 MiB are mapped without pre-faulting.
///
/// Complexity: one pass over the bytes, O(bytes); a column that turns out to be text after
/// numbers has its earlier cells re-read once (resuming per record, so a record of 100,000 such
/// columns is re-read once in total); problem columns are counted incrementally along each line.
public enum CSVReader {
    /// Reads the file at `path` into a `CSVFile` holding the table and any problems.
    /// - Parameters:
    ///   - path: the file to read.
    ///   - displayName: the name used in locations (default: `path`).
    /// - Throws: `DataError` (`.missingInput`, exit 66) when the file cannot be read. Problems in
    ///   its content are returned in `CSVFile.problems`, not thrown.
    public static func read(_ path: String, displayName: String? = nil, options: CSVReadOptions = .init()) throws -> CSVFile {
        let name = displayName ?? path
        if let mapped = ByteStorage(mapping: path) { return parse(mapped, file: name, options: options) }
        guard let bytes = readBytes(path) else {
            throw DataError(.missingInput, at: SourceLocation(file: name), "cannot read the file (missing or unreadable)")
        }
        return parse(bytes, file: name, options: options)
    }

    /// The whole file in one read into the array's own storage (no intermediate `Data` copy).
    static func readBytes(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var st = stat()
        guard fstat(fileno(f), &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(st.st_size)
        var ok = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buf, count in
            count = buf.baseAddress.map { fread($0, 1, size, f) } ?? 0
            ok = count == size
        }
        return ok ? bytes : nil
    }

    /// Reads the file at `path` and returns its table.
    /// - Throws: `DataError` when it cannot be read, `DataErrors` listing every problem in it.
    public static func table(_ path: String, displayName: String? = nil, options: CSVReadOptions = .init()) throws -> Table {
        try read(path, displayName: displayName, options: options).checked()
    }

    /// Parses CSV bytes. Never throws: problems are collected in the result.
    public static func parse(_ bytes: [UInt8], file: String, options: CSVReadOptions = .init()) -> CSVFile {
        parse(ByteStorage(bytes), file: file, options: options)
    }

    static func parse(_ raw: ByteStorage, file: String, options: CSVReadOptions) -> CSVFile {
        var parser = CSVParser(file: file, options: options)
        let (decoded, encodingProblems) = CSVDecoder.decode(raw, encoding: options.encoding, file: file)
        guard let bytes = decoded else {
            return CSVFile(path: file, table: Table(name: file), problems: encodingProblems, omitted: 0, bytes: raw,
                           recordStarts: [], recordLines: [], headerStart: 0, delimiter: options.delimiter)
        }
        parser.problems = encodingProblems
        bytes.withBytes { buf in
            guard let base = buf.baseAddress else { return }
            if buf.count >= options.parallelBytes, let merged = CSVParser.parallel(base, buf.count, file: file, options: options) {
                parser = merged
            } else {
                parser.run(base, buf.count)
            }
        }
        if bytes.isEmpty { parser.add(line: 1, column: 1, "empty file: a header row is required") }
        var table = Table(name: file, rowCount: parser.rowCount)
        for (name, b) in zip(parser.names, parser.builders) {
            // Names are unique: duplicates were renamed and reported.
            try? table.append(name, b.build())
        }
        parser.problems.sort { $0.location < $1.location }
        return CSVFile(path: file, table: table, problems: parser.problems, omitted: parser.omitted,
                       bytes: bytes, recordStarts: parser.recordStarts, recordLines: parser.recordLines,
                       headerStart: parser.headerStart, delimiter: options.delimiter)
    }
}
