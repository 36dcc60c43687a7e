/// The state the generator's passes share: fixed tables and the growing station-year rows.
/// Rows cover every year from a station's opening to the last panel year (earlier years are
/// simulated so that lagged scores and staff stocks are right) and are cut to the panel
/// years at the end.
struct SynthContext {
    let options: SynthOptions
    let calibration: SynthCalibration
    let districts: [SynthDistrict]
    let streets: [SynthStreet]
    let stations: [SynthStation]
    /// Station-years sorted by station then year.
    var rows: [SynthStationYear] = []
    /// For each station, the range of its rows in `rows`.
    var rowRanges: [Range<Int>] = []
    /// Item scores (tenths), `SynthFramework.items.count` per row.
    var items: [UInt16] = []

    init(options: SynthOptions, calibration: SynthCalibration, districts: [SynthDistrict],
         streets: [SynthStreet], stations: [SynthStation]) {
        self.options = options
        self.calibration = calibration
        self.districts = districts
        self.streets = streets
        self.stations = stations
        var start = 0
        for (s, station) in stations.enumerated() {
            var count = 0
            if let g = station.cohort, g <= options.years.upperBound {
                for year in g...options.years.upperBound {
                    rows.append(SynthStationYear(stationIndex: s, year: year))
                    count += 1
                }
            }
            rowRanges.append(start..<(start + count))
            start += count
        }
    }

    /// The district of a station.
    func district(ofStation s: Int) -> SynthDistrict {
        districts[streets[stations[s].streetIndex].districtIndex]
    }

    /// Drops rows (and their item scores) before the first panel year.
    mutating func keepPanelYears() {
        let first = options.years.lowerBound
        guard rows.contains(where: { $0.year < first }) else { return }
        let n = SynthFramework.items.count
        var keptRows: [SynthStationYear] = []
        var keptItems: [UInt16] = []
        for (r, row) in rows.enumerated() where row.year >= first {
            keptRows.append(row)
            keptItems.append(contentsOf: items[(r * n)..<((r + 1) * n)])
        }
        rows = keptRows
        items = keptItems
        rowRanges = []
    }
}
