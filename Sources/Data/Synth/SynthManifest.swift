/// dataset.toml of a generated bundle, written as formatted text in a fixed key order
/// (the format of BUNDLE.md: name, description, synthetic, seed, generator, years,
/// money_unit, [tables], [planted]).
enum SynthManifest {
    /// The table keys and file names, in the order the manifest lists them.
    static let tables: [(key: String, file: String)] = [
        ("districts", "districts.csv"), ("streets", "streets.csv"), ("stations", "stations.csv"),
        ("staffing", "staffing.csv"), ("funding", "funding.csv"), ("services", "services.csv"),
        ("evaluations", "evaluations.csv"), ("framework", "framework.csv"), ("grades", "grades.csv"),
    ]

    static func text(_ b: SyntheticBundle) -> String {
        let o = b.options
        let description: String
        switch o.preset {
        case .jinan:
            description = "济南市街镇社工站合成面板 (synthetic): real district names and street/town counts, synthetic numbers"
        case .national:
            description = "全国街镇社工站合成面板 (synthetic): \(b.streets.count) streets/towns in \(b.districts.count) synthetic districts/counties"
        }
        var out = """
            name = \(SynthValue.quoted(o.preset.rawValue))
            description = \(SynthValue.quoted(description))
            synthetic = true
            seed = \(o.seed)
            generator = \(SynthValue.quoted(o.commandLine))
            first_year = \(o.years.lowerBound)
            last_year = \(o.years.upperBound)
            money_unit = "万元"

            [tables]

            """
        for t in tables { out += "\(t.key) = \(SynthValue.quoted(t.file))\n" }
        out += "\n" + SynthPlanted.toml(b)
        return out
    }
}
