extension DatasetBundle {
    /// Street ids of a district, in file order. O(streets).
    public func streetIDs(inDistrict district: String) -> [String] {
        guard let ids = try? streets.strings("street_id"), let ds = try? streets.strings("district_id") else { return [] }
        return zip(ids, ds).compactMap { id, d in d == district ? id : nil }
    }

    /// Street ids grouped by district id.
    public var streetsByDistrict: [String: [String]] {
        guard let ids = try? streets.strings("street_id"), let ds = try? streets.strings("district_id") else { return [:] }
        var out: [String: [String]] = [:]
        for (id, d) in zip(ids, ds) { if let id, let d { out[d, default: []].append(id) } }
        return out
    }

    /// The station of a street, nil when the street has none.
    public func stationID(ofStreet street: String) -> String? {
        guard let ids = try? stations.strings("station_id"), let ss = try? stations.strings("street_id") else { return nil }
        return zip(ids, ss).first { $0.1 == street }?.0 ?? nil
    }

    /// A station's opening year: nil when the station is unknown, `.some(nil)` when it never opened.
    public func openingYear(ofStation station: String) -> Int?? {
        guard let ids = try? stations.strings("station_id"), let opened = try? stations.ints("opened"),
              let i = ids.firstIndex(of: station) else { return nil }
        return .some(opened[i] == IntMissing ? nil : opened[i])
    }

    /// An optional table, or an empty table with the required columns when the bundle lacks it.
    public func table(_ name: String) -> Table {
        if let t = tables[name] { return t }
        var t = Table(name: name)
        for (c, type) in TableSpec.all[name]?.columns ?? [] {
            switch type {
            case .int: try? t.append(c, .int([]))
            case .double: try? t.append(c, .double([]))
            case .string: try? t.append(c, .string(StringColumn(codes: [], dictionary: [])))
            }
        }
        return t
    }
}
