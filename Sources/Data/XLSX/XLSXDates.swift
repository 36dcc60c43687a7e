import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Which cell styles show numbers as dates or times (`xl/styles.xml`: `cellXfs` → `numFmtId` → built-in
/// or custom `numFmt`), and how a date serial number reads as ISO 8601 text, as a CSV export shows it
/// (ECMA-376 Part 1, §18.8.30 built-in formats, §18.17.4 date systems).
struct XLSXDates {
    enum Kind: Equatable { case date, time, dateTime }

    /// The kind of each `cellXfs` entry (a cell's `s` attribute), nil for non-date styles.
    var styles: [Kind?] = []
    /// The workbook counts days from 1904-01-01 (`<workbookPr date1904="1"/>`), not from 1900.
    var date1904 = false

    init() {}

    /// Reads the styles part.
    /// - Throws: `DataError` for malformed XML.
    init(_ data: Data, entry: String, file: String) throws {
        let h = Handler()
        try h.parse(data, entry: entry, file: file)
        styles = h.xfs.map { id in h.custom[id].map(Self.kind(ofFormat:)) ?? Self.builtin(id) }
    }

    /// Built-in number formats that are dates or times (14–22, 45–47, and the East Asian date formats
    /// 27–36 and 50–58, which render as dates in the Chinese, Japanese and Korean locales).
    static func builtin(_ id: Int) -> Kind? {
        switch id {
        case 14...17, 27...36, 50...58: return .date
        case 18...21, 45...47: return .time
        case 22: return .dateTime
        default: return nil
        }
    }

    /// The kind of a custom format code: its date (y, d, or m without h) and time (h, s) tokens outside
    /// quoted text, `[...]` sections (colours, locales, elapsed time) and escaped characters.
    static func kind(ofFormat code: String) -> Kind? {
        var date = false, time = false, month = false
        var quoted = false, bracket = false, escaped = false
        // Only the first section (positive numbers) decides.
        for ch in code.lowercased() {
            if escaped { escaped = false; continue }
            if quoted { if ch == "\"" { quoted = false }; continue }
            if bracket { if ch == "]" { bracket = false }; continue }
            switch ch {
            case "\"": quoted = true
            case "[": bracket = true
            case "\\", "_", "*": escaped = true
            case ";": return date || month ? (time ? .dateTime : .date) : time ? .time : nil
            case "y", "d": date = true
            case "m": month = true
            case "h", "s": time = true
            default: break
            }
        }
        if date || (month && !time) { return time ? .dateTime : .date }
        return time ? .time : nil
    }

    /// The ISO 8601 text of date serial `value` shown in style `kind`: `2021-03-01`, `2021-03-01 08:30:00`
    /// or `08:30:00`; nil when the value is outside Excel's dates (before 1900-01-01 or after 9999-12-31).
    /// In the 1900 system, serials below 61 count from 1899-12-31 (Excel keeps Lotus' 1900-02-29, serial 60).
    func text(_ value: Double, kind: Kind) -> String? {
        guard value.isFinite, value >= 0, value < 2_958_466 else { return nil }
        var seconds = Int((value * 86_400).rounded())
        if !date1904, value < 61 { seconds += 86_400 }
        var days = seconds / 86_400
        let rest = seconds % 86_400
        days += date1904 ? -24_107 : -25_569  // to days since 1970-01-01
        let (y, m, d) = Self.civil(days)
        let date = String(format: "%04ld-%02ld-%02ld", y, m, d)
        let time = String(format: "%02ld:%02ld:%02ld", rest / 3600, rest / 60 % 60, rest % 60)
        switch kind {
        case .date: return rest == 0 ? date : "\(date) \(time)"
        case .dateTime: return "\(date) \(time)"
        case .time: return value < 1 ? time : "\(date) \(time)"
        }
    }

    /// Year, month, day of a day count from 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm).
    static func civil(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    private final class Handler: XLSXXMLHandler {
        var custom: [Int: String] = [:]
        var xfs: [Int] = []
        var inCellXfs = false

        override func start(_ parser: XMLParser, _ name: String, _ attributes: [String: String]) {
            switch name {
            case "numFmt":
                if let id = attribute(attributes, "numFmtId").flatMap({ Int($0) }) { custom[id] = attribute(attributes, "formatCode") ?? "" }
            case "cellXfs": inCellXfs = true
            case "xf" where inCellXfs: xfs.append(attribute(attributes, "numFmtId").flatMap { Int($0) } ?? 0)
            default: break
            }
        }

        override func end(_ parser: XMLParser, _ name: String) {
            if name == "cellXfs" { inCellXfs = false }
        }
    }
}
