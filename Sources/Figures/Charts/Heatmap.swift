import Foundation

/// A heatmap of a matrix (rows × columns, e.g. district × year) on a sequential colour-blind-safe ramp,
/// each cell labelled with its value.
public enum Heatmap {
    /// The chart.
    /// - Parameters:
    ///   - rows: row labels (districts), top to bottom; `columns`: column labels (years).
    ///   - values: `values[r][c]`, nil for an empty (hatched grey) cell.
    ///   - decimals: decimals of the cell labels; `legendTitle`: the colour-bar title with unit.
    /// - Returns: the SVG; cells in `<g class="cells">`, labels in `<g class="cell-labels">`.
    public static func render(rows: [String], columns: [String], values: [[Double?]], style: FigureStyle,
                              xTitle: String, yTitle: String, legendTitle: String, decimals: Int = 1) -> SVGDocument {
        let finite = values.flatMap { $0.compactMap { $0 } }.filter(\.isFinite)
        let lo = finite.min() ?? 0, hi = finite.max() ?? 1
        let rowWidth = rows.map { FigureStyle.textWidth($0, size: style.textSize) }.max() ?? 20
        let left = 8 + style.labelSize + 8 + rowWidth
        let top = style.title.isEmpty ? 10.0 : style.titleSize + 16
        let right = style.width - 70
        let bottom = style.height - (6 + style.labelSize + 6 + style.textSize + 4)
        let cw = (right - left) / Double(max(1, columns.count)), ch = (bottom - top) / Double(max(1, rows.count))
        var cells: [SVGNode] = [], labels: [SVGNode] = [], axes: [SVGNode] = []
        let cellSize = min(style.textSize, ch * 0.6)
        for (r, name) in rows.enumerated() {
            axes.append(.label(name, x: left - 4, y: top + (Double(r) + 0.5) * ch + style.textSize * 0.35, size: style.textSize, anchor: .end))
            for c in columns.indices {
                let x = left + Double(c) * cw, y = top + Double(r) * ch
                let v = c < values[r].count ? values[r][c] : nil
                guard let v, v.isFinite else {
                    cells.append(.rect(x: x, y: y, width: cw, height: ch, fill: "#EEEEEE", stroke: "#FFFFFF"))
                    continue
                }
                let t = hi > lo ? (v - lo) / (hi - lo) : 0.5
                cells.append(.rect(x: x, y: y, width: cw, height: ch, fill: Palette.sequential(t), stroke: "#FFFFFF"))
                labels.append(.label(String(format: "%.\(decimals)f", v), x: x + cw / 2, y: y + ch / 2 + cellSize * 0.35,
                                     size: cellSize, anchor: .middle, fill: t > 0.5 ? "#FFFFFF" : "#000000"))
            }
        }
        for (c, name) in columns.enumerated() {
            axes.append(.label(name, x: left + (Double(c) + 0.5) * cw, y: bottom + style.textSize + 4, size: style.textSize, anchor: .middle))
        }
        axes.append(.label(xTitle, x: (left + right) / 2, y: style.height - 6, size: style.labelSize, anchor: .middle))
        axes.append(.label(yTitle, x: 8 + style.labelSize, y: (top + bottom) / 2, size: style.labelSize, anchor: .middle, rotate: -90))
        // Colour bar: 5 steps with the data range printed at both ends.
        var bar: [SVGNode] = [.label(legendTitle, x: right + 12, y: top + style.textSize, size: style.textSize)]
        let barTop = top + style.textSize + 8, barHeight = min(120, bottom - barTop)
        for i in 0..<20 {
            let t = 1 - Double(i) / 19
            bar.append(.rect(x: right + 12, y: barTop + Double(i) * barHeight / 20, width: 10, height: barHeight / 20 + 0.3,
                             fill: Palette.sequential(t), stroke: nil))
        }
        bar.append(.label(String(format: "%.\(decimals)f", hi), x: right + 26, y: barTop + style.textSize * 0.7, size: style.textSize))
        bar.append(.label(String(format: "%.\(decimals)f", lo), x: right + 26, y: barTop + barHeight, size: style.textSize))
        return style.document([.group("axes", axes), .group("cells", cells), .group("cell-labels", labels), .group("legend", bar)])
    }
}
