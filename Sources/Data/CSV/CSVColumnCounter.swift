/// Maps byte offsets to 1-based character columns (Unicode scalars) on a line, remembering the last
/// answer so that offsets asked for left to right along one line cost O(line length) in total, not
/// O(line length) each: a header or record of 100,000 fields with a problem in every field stays linear.
struct CSVColumnCounter {
    private var lineStart = -1
    private var offset = 0
    private var column = 1

    /// The column of byte `offset` on the line starting at `lineStart` in `p[0..<n]`.
    /// - Complexity: O(distance from the previous offset asked for on the same line), else O(offset − lineStart).
    mutating func column(_ p: UnsafePointer<UInt8>, _ n: Int, of offset: Int, lineStart: Int) -> Int {
        var i = lineStart, c = 1
        if lineStart == self.lineStart, offset >= self.offset {
            i = self.offset
            c = column
        }
        while i < offset && i < n {
            if p[i] & 0xC0 != 0x80 { c += 1 }
            i += 1
        }
        self.lineStart = lineStart
        self.offset = i
        column = c
        return c
    }
}
