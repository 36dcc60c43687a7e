/// A pointer view of `RunMoments` (from `RunMoments.withAccumulator`) through which runs are added.
///
/// Adding is exact (`ExactSum`), so runs added in any order, and cell ranges of one run added by
/// different threads at different times, give the same bits; callers only have to keep two threads
/// from adding to the same cell at the same time (the simulator locks blocks of cells).
struct MomentAccumulator: @unchecked Sendable {
    let cellCount: Int
    let shift: UnsafeMutableBufferPointer<Double>
    let count: UnsafeMutableBufferPointer<Int>
    let sums: UnsafeMutableBufferPointer<UInt64>
    let squares: UnsafeMutableBufferPointer<UInt64>

    /// Sets the shifts to run 0's values (0 where undefined). Before any run is added.
    func setShifts(fromRun0 run0: [Double]) {
        for i in 0..<min(cellCount, run0.count) { shift[i] = run0[i].isFinite ? run0[i] : 0 }
    }

    /// Adds the values of cells `cells` of one run (`run` holds every cell, in cell order).
    /// - Complexity: O(cells.count); one tight loop over raw pointers (this runs once per run over every
    ///   cell, 728,000 for a national region over 10 years).
    func add(run: UnsafeBufferPointer<Double>, cells: Range<Int>) {
        let k = ExactSum.limbs
        guard let x = run.baseAddress, let cb = shift.baseAddress, let nb = count.baseAddress,
              let s0 = sums.baseAddress, let q0 = squares.baseAddress,
              cells.lowerBound >= 0, cells.upperBound <= min(run.count, cellCount) else { return }
        var sb = s0 + k * cells.lowerBound
        var qb = q0 + k * cells.lowerBound
        for i in cells {
            let d = x[i] - cb[i]
            if d.isFinite && abs(d) < 0x1p48 {
                nb[i] += 1
                if d != 0 {
                    // Whole distances below 2²⁶ (counts; their squares are exact doubles) go
                    // straight into the integer limb: the same exact sums, fewer operations.
                    let v = Int64(d)  // |d| < 2⁴⁸: no overflow
                    if abs(d) < 0x1p26 && Double(v) == d {
                        ExactSum.add(integer: v, to: sb)
                        ExactSum.add(integer: v &* v, to: qb)
                    } else {
                        ExactSum.add(d, to: sb)
                        ExactSum.add(d * d, to: qb)
                    }
                }
            }
            sb += k
            qb += k
        }
    }
}
