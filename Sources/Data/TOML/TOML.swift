// Why hand-written: TOMLKit 0.6.0 (the TOML package available offline) exposes no positions
// for keys or values, and manifest, scenario and pipeline validation must report
// file:line:column for unknown keys and bad values. This parser keeps a `SourceLocation` on
// every key and value.
import Foundation

/// Parses TOML (v1.0: https://toml.io/en/v1.0.0) into `TOMLTable`s that carry source locations.
///
/// Supported: comments; bare, quoted and dotted keys; `[tables]` and `[[arrays of tables]]`;
/// basic strings (escapes incl. `\uXXXX`/`\UXXXXXXXX`), literal strings, multi-line basic and
/// literal strings (line-ending backslash); integers (`_` separators, `0x`/`0o`/`0b`); floats
/// (fraction, exponent, `inf`, `nan`); booleans; arrays (multi-line, trailing comma, comments);
/// inline tables. Dates and times are refused with a clear error. Duplicate keys and tables
/// defined twice are errors. Columns count Unicode scalars from 1.
public enum TOML {
    /// Parses `text`; locations name `file`.
    /// - Throws: `DataError` at the first syntax error, duplicate key or unsupported value.
    public static func parse(_ text: String, file: String) throws -> TOMLTable {
        var p = TOMLParser(text, file: file)
        return try p.document()
    }

    /// Reads and parses the file at `path` (named `displayName` in locations).
    /// - Throws: `DataError` (`.missingInput`) when unreadable; syntax errors as in `parse`.
    public static func read(_ path: String, displayName: String? = nil) throws -> TOMLTable {
        let name = displayName ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DataError(.missingInput, at: SourceLocation(file: name), "cannot read the file (missing or unreadable)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DataError(.invalid, at: SourceLocation(file: name), "not valid UTF-8")
        }
        return try parse(text, file: name)
    }
}
