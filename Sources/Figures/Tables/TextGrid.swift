import Data

/// A table of already formatted text cells: a header row, body rows, horizontal rules after some rows and notes
/// under the table. Rendered as LaTeX (booktabs), Markdown, HTML or CSV by `TableRenderer`.
public struct TextGrid: Sendable, Equatable {
    /// Column headings (the first is the row-label column).
    public var header: [String]
    /// Body rows (each as long as `header`).
    public var rows: [[String]]
    /// Indices of rows after which a rule is drawn (LaTeX `\midrule`, an HTML `<tbody>` break).
    public var rulesAfter: Set<Int>
    /// Lines printed under the table (star convention, standard errors).
    public var notes: [String]

    /// A grid; short rows are padded with "".
    public init(header: [String], rows: [[String]], rulesAfter: Set<Int> = [], notes: [String] = []) {
        self.header = header
        self.rows = rows.map { $0 + Array(repeating: "", count: max(0, header.count - $0.count)) }
        self.rulesAfter = rulesAfter
        self.notes = notes
    }
}

/// Output formats of tables.
public enum TableFormat: String, Sendable, CaseIterable {
    /// LaTeX `tabular` with booktabs rules.
    case latex
    /// GitHub-flavoured Markdown pipe table.
    case markdown
    /// HTML `<table>`.
    case html
    /// CSV (no notes).
    case csv
}

/// Renders a `TextGrid`; every format escapes the cell text for itself.
public enum TableRenderer {
    /// The grid as text in `format` (final newline).
    public static func render(_ g: TextGrid, as format: TableFormat) -> String {
        switch format {
        case .latex: return latex(g)
        case .markdown: return markdown(g)
        case .html: return html(g)
        case .csv: return csv(g)
        }
    }

    /// LaTeX special characters escaped (`\ & % $ # _ { } ~ ^`); "²" becomes `$^2$`.
    public static func latexEscape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\\": out += "\\textbackslash{}"
            case "&", "%", "$", "#", "_", "{", "}": out += "\\\(ch)"
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            case "²": out += "$^2$"
            default: out.append(ch)
            }
        }
        return out
    }

    /// booktabs table: `\toprule`, header, `\midrule`, body with `\midrule` at the rules, `\bottomrule`; numeric
    /// columns right-aligned; notes in a `\multicolumn` row per line.
    static func latex(_ g: TextGrid) -> String {
        let k = g.header.count
        var s = "\\begin{tabular}{l" + String(repeating: "r", count: max(0, k - 1)) + "}\n\\toprule\n"
        s += g.header.map(latexEscape).joined(separator: " & ") + " \\\\\n\\midrule\n"
        for (i, r) in g.rows.enumerated() {
            s += r.map(latexEscape).joined(separator: " & ") + " \\\\\n"
            if g.rulesAfter.contains(i) && i != g.rows.count - 1 { s += "\\midrule\n" }
        }
        s += "\\bottomrule\n"
        for n in g.notes { s += "\\multicolumn{\(k)}{l}{\\footnotesize \(latexEscape(n))} \\\\\n" }
        return s + "\\end{tabular}\n"
    }

    /// Markdown escaping of a cell: `|` and `\` backslash-escaped, `*` escaped so stars stay literal.
    static func markdownEscape(_ s: String) -> String {
        var out = ""
        for ch in s {
            if ch == "|" || ch == "\\" || ch == "*" || ch == "_" { out.append("\\") }
            out.append(ch == "\n" ? " " : ch)
        }
        return out
    }

    /// GitHub-flavoured Markdown pipe table with notes as paragraphs after it.
    static func markdown(_ g: TextGrid) -> String {
        func line(_ r: [String]) -> String { "| " + r.map(markdownEscape).joined(separator: " | ") + " |\n" }
        var s = line(g.header)
        s += "|" + g.header.indices.map { $0 == 0 ? ":---|" : "---:|" }.joined() + "\n"
        for r in g.rows { s += line(r) }
        if !g.notes.isEmpty { s += "\n" + g.notes.map { markdownEscape($0) + "\n" }.joined() }
        return s
    }

    /// HTML `<table>` with `<thead>`, one `<tbody>` per ruled section and notes in `<tfoot>`; text escaped.
    static func html(_ g: TextGrid) -> String {
        let e = XMLEscape.escape
        var s = "<table>\n<thead>\n<tr>" + g.header.map { "<th>\(e($0))</th>" }.joined() + "</tr>\n</thead>\n<tbody>\n"
        for (i, r) in g.rows.enumerated() {
            s += "<tr>" + r.enumerated().map { $0.offset == 0 ? "<th scope=\"row\">\(e($0.element))</th>" : "<td>\(e($0.element))</td>" }
                .joined() + "</tr>\n"
            if g.rulesAfter.contains(i) && i != g.rows.count - 1 { s += "</tbody>\n<tbody>\n" }
        }
        s += "</tbody>\n"
        if !g.notes.isEmpty {
            s += "<tfoot>\n" + g.notes.map { "<tr><td colspan=\"\(g.header.count)\">\(e($0))</td></tr>\n" }.joined() + "</tfoot>\n"
        }
        return s + "</table>\n"
    }

    /// CSV (RFC 4180 quoting via `CSVWriter`); no notes.
    static func csv(_ g: TextGrid) -> String {
        let w = CSVWriter()
        return ([g.header] + g.rows).map { $0.map { w.field($0) }.joined(separator: ",") + "\n" }.joined()
    }
}
