import ArgumentParser
import Foundation
import StationKit

extension CatchmentAccess.Decay: ExpressibleByArgument {}

/// `stationkit access`: two-step floating catchment access of streets to station social workers.
struct AccessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access",
        abstract: "Spatial access (2SFCA / enhanced 2SFCA) of every street to station social workers.",
        discussion: """
            Stations open by --year sit at their street's lon/lat with capacity = staffing.social_workers of that \
            year; demand is the street population (--population elderly for another target group). Distances \
            are great-circle (one matrix product of unit vectors). --decay none is 2SFCA (Luo & Wang 2003), \
            gaussian the enhanced 2SFCA with Gaussian weights inside the radius (Luo & Qi 2009; Dai 2010).
            Output: access per street as workers per 10,000 people; the table and JSON also give the share of \
            the population with access ≥ --threshold per 10,000.
            JSON: {year, radius_km, decay, stations, threshold_per_10k, population_share_at_threshold, \
            streets: [{street_id, name, population, access_per_10k}]}.

            Examples:
              stationkit access Datasets/jinan --radius-km 10
              stationkit access Datasets/jinan --year 2023 --decay gaussian --threshold 2 --format json
            """
    )

    @Argument(help: "Dataset bundle folder (dataset.toml + CSV tables).")
    var bundle: String

    @Option(help: "Staffing year (default: the last year in staffing.csv).")
    var year: Int?

    @Option(help: "Catchment radius in km.")
    var radiusKm: Double = 10

    @Option(help: "Distance decay inside the catchment: none (2SFCA) or gaussian (enhanced 2SFCA).")
    var decay: CatchmentAccess.Decay = .none

    @Option(help: "Street column of the target population.")
    var population: String = "population"

    @Option(help: "Access threshold in social workers per 10,000 people for the population share.")
    var threshold: Double = 1

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard radiusKm > 0 else { throw ValidationError("--radius-km must be positive") }
    }

    struct Report: Encodable {
        struct Street: Encodable {
            let streetId, name: String?
            let population, accessPer10k: Double
            enum CodingKeys: String, CodingKey { case streetId, name, population, accessPer10k = "access_per_10k" }
        }
        let year: Int, radiusKm: Double, decay: String, stations: Int
        let thresholdPer10k, populationShareAtThreshold: Double
        let streets: [Street]
        enum CodingKeys: String, CodingKey {
            case year, radiusKm, decay, stations, populationShareAtThreshold, streets
            case thresholdPer10k = "threshold_per_10k"
        }
    }

    func run() throws {
        if let path = output.output { try AtomicFile.checkWritable(path) }
        let data = try DatasetBundle.load(at: bundle)
        let result = try StreetAccess(bundle: data, year: year, access: CatchmentAccess(radiusKm: radiusKm, decay: decay),
                                      populationColumn: population)
        let s = result.scores
        let share = s.populationShare(atLeastPer10k: threshold)
        let streets = result.streetIDs.indices.map {
            Report.Street(streetId: result.streetIDs[$0], name: result.streetNames[$0], population: s.population[$0],
                          accessPer10k: s.access[$0] * 1e4)
        }
        let table = ResultTable(header: ["street_id", "name", "population", "access_per_10k"], rows: streets.map {
            [$0.streetId ?? "", $0.name ?? "", cell($0.population), cell($0.accessPer10k)]
        })
        var text = try table.render(output.format) {
            try stableJSON(Report(year: result.year, radiusKm: radiusKm, decay: decay.rawValue, stations: result.stationCount,
                                  thresholdPer10k: threshold, populationShareAtThreshold: share, streets: streets))
        }
        if output.format == .table {
            text += "\(result.stationCount) stations in \(result.year); share of population with access ≥ \(cell(threshold)) "
                + "per 10,000: \(cell(share))\n"
        }
        try Printer.emit(text, to: output.output)
    }
}
