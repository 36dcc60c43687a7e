import ArgumentParser
import Foundation
import StationKit

/// `stationkit did [estimate] DATA.csv --outcome y --unit id --time year --cohort first_treat` (the default
/// subcommand of `did`).
struct DidEstimateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "estimate",
        abstract: "Staggered difference-in-differences: Callaway–Sant'Anna ATT(g,t) and aggregations, Sun–Abraham, or TWFE.",
        discussion: """
            DATA.csv is a long panel: one row per unit and period, balanced unless --panel-type says otherwise \
            (unbalanced: R did's allow_unbalanced_panel, estimated with DRDID's repeated cross-section \
            estimators and influence functions summed by unit; rcs: repeated cross-sections, every row its own \
            unit). --cohort holds the first treated period of the unit (empty or 0 = never treated). --weights \
            COL gives sampling weights (R did's weightsname). Conventions follow R did: not-yet-treated \
            comparison = never treated plus units first treated after max(t, base) + anticipation; varying base \
            period; --covariates by the doubly robust estimator (--estimator dr, R did's default), inverse \
            probability weighting (ipw), outcome regression (reg) or the improved doubly robust estimator \
            (dr-imp: DRDID's drdid_imp_panel, balanced panels), values in the base period; analytic \
            standard errors from influence functions, or --bootstrap B for R did's multiplier bootstrap \
            (Rademacher multipliers, or --multipliers mammen; clustered by unit or --cluster; \
            simultaneous sup-t bands). \
            --method twfe runs the two-way fixed effects event study (reference event time −1) and static DiD \
            with CRV1 errors (fixest's small-sample factor); --method sa the Sun–Abraham interaction-weighted \
            event study (never-treated or last-treated control, delta-method CRV1 errors). \
            `stationkit did bacon DATA.csv ...` prints the Goodman-Bacon decomposition of the TWFE DiD. \
            json: {"att_gt": [...], "aggregate": {"simple", "dynamic", "group", "calendar", "overall"}, \
            "n_units", "n_periods", ...}; csv: the ATT(g,t) (or TWFE coefficients).

            Examples:
              stationkit did mpdta.csv --outcome lemp --unit countyreal --time year --cohort first_treat
              stationkit did mpdta.csv --outcome lemp --unit countyreal --time year --cohort first_treat \\
                --control notyet --bootstrap 999 --seed 7 --format json --output did.json
              stationkit did mpdta.csv --outcome lemp --unit countyreal --time year --cohort first_treat --covariates lpop
              stationkit did mpdta.csv --outcome lemp --unit countyreal --time year --cohort first_treat \\
                --covariates lpop --estimator ipw
              stationkit did mpdta.csv --outcome lemp --unit countyreal --time year --cohort first_treat \\
                --covariates lpop --estimator dr-imp
              stationkit did mpdta_unbalanced.csv --outcome lemp --unit countyreal --time year --cohort first_treat \\
                --panel-type unbalanced --weights w
              stationkit did survey.csv --outcome y --unit respondent --time year --cohort first_treat --panel-type rcs
              stationkit did mpdta.csv --outcome lemp --unit countyreal --time year --cohort first_treat --method sa
              stationkit did bacon mpdta.csv --outcome lemp --unit countyreal --time year --cohort first_treat
              stationkit did mpdta.csv --outcome lemp --unit countyreal --time year --cohort first_treat --method twfe
            """
    )

    enum Method: String, ExpressibleByArgument, CaseIterable { case cs, sa, twfe }

    @OptionGroup var input: PanelInputOptions
    @Option(help: "Estimator: cs (Callaway–Sant'Anna), sa (Sun–Abraham) or twfe.")
    var method: Method = .cs
    @Option(help: "Comparison group for cs: never or notyet.")
    var control: CallawaySantAnna.ControlGroup = .never
    @Option(help: "Anticipation periods δ for cs.")
    var anticipation: Int = 0
    @Option(name: .customLong("base-period"), help: "Base period for cs: varying (R did default) or universal.")
    var basePeriod: CallawaySantAnna.BasePeriod = .varying
    @Option(help: "Time-invariant cluster column (default: cluster by unit).")
    var cluster: String?
    @Option(help: "Comma-separated covariate columns for cs (values in the base period).")
    var covariates: String?
    @Option(help: "How cs uses covariates: dr (doubly robust, R did default), ipw, reg or dr-imp (improved DR).")
    var estimator: CallawaySantAnna.EstimationMethod = .doublyRobust
    @Option(help: "Multiplier-bootstrap draws for cs (0 = analytic standard errors).")
    var bootstrap: Int = 0
    @Option(help: "Bootstrap multipliers: rademacher (R did) or mammen.")
    var multipliers: MultiplierBootstrap.Weights = .rademacher
    @Option(help: "Sampling-weight column for cs (R did's weightsname; constant within a unit on a balanced panel).")
    var weights: String?
    @Option(name: .customLong("panel-type"),
            help: "Sampling design for cs: balanced (default), unbalanced (R did's allow_unbalanced_panel) or rcs (repeated cross-sections).")
    var panelType: CallawaySantAnna.PanelType = .balanced
    @Option(name: .customLong("balance-e"), help: "Event study only over cohorts observed this many periods after treatment.")
    var balanceE: Int?
    @Option(name: .customLong("min-e"), help: "Smallest event time reported by the event study.")
    var minE: Int?
    @Option(name: .customLong("max-e"), help: "Largest event time reported by the event study.")
    var maxE: Int?
    @Option(help: "Significance level of intervals and bands.")
    var alpha: Double = 0.05
    @OptionGroup var seed: SeedOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if anticipation < 0 { throw ValidationError("--anticipation must be ≥ 0") }
        if bootstrap < 0 || bootstrap == 1 { throw ValidationError("--bootstrap needs 0 (analytic) or at least 2 draws") }
        if !(alpha > 0 && alpha < 1) { throw ValidationError("--alpha must lie in (0, 1)") }
    }

    func run() throws {
        if let path = output.output { try AtomicFile.checkWritable(path) }
        if method != .cs, weights != nil || panelType != .balanced {
            throw ValidationError("--weights and --panel-type apply to --method cs only")
        }
        let (file, panel) = try input.read(cluster: cluster, covariates: covariateNames, weights: weights)
        let text: String
        do {
            switch method {
            case .cs: text = try runCS(panel)
            case .twfe: text = try runTWFE(panel)
            case .sa: text = try runSA(panel)
            }
        } catch let error as DiDError {
            throw input.located(error, in: file)
        }
        try Printer.emit(text, to: output.output)
    }

    private var covariateNames: [String] {
        (covariates ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private func runCS(_ panel: PanelData) throws -> String {
        let inference: DiDInference = bootstrap > 0
            ? .multiplierBootstrap(MultiplierBootstrap(draws: bootstrap, seed: seed.seed, weights: multipliers))
            : .analytic
        let model = CallawaySantAnna(controlGroup: control, anticipation: anticipation, basePeriod: basePeriod,
                                     alpha: alpha, inference: inference, covariates: covariateNames,
                                     method: estimator, panelType: panelType)
        let report = try CSReport(model.fit(panel), dynamic: .dynamic(balanceE: balanceE, minE: minE, maxE: maxE))
        warnAboutSmallCohorts(panel)
        switch output.format {
        case .json: return try DiDReport.json(report)
        case .table: return report.table()
        case .csv:
            let w = CSVWriter()
            return w.document(header: ["group", "time", "base_period", "att", "std_error", "conf_low", "conf_high"],
                              rows: report.result.effects.map {
                                  [String($0.group), String($0.time), String($0.basePeriod), w.field($0.att),
                                   w.field($0.standardError), w.field($0.confLow), w.field($0.confHigh)]
                              })
        }
    }

    /// R did's small-group warning: fewer than 5 + covariates units in a cohort (or never treated).
    private func warnAboutSmallCohorts(_ panel: PanelData) {
        let minimum = 5 + covariateNames.count
        let small = panel.smallCohorts(minimum: minimum)
        guard !small.isEmpty else { return }
        let list = small.map { "\($0.cohort == 0 ? "never treated" : "cohort \($0.cohort)") has \($0.units) unit\($0.units == 1 ? "" : "s")" }
        warn("\(input.data): small groups: \(list.joined(separator: ", ")); their ATT(g,t) and standard errors rest on "
             + "fewer than \(minimum) units")
    }

    private func runTWFE(_ panel: PanelData) throws -> String {
        let report = try TWFEReport(eventStudy: TWFE(.eventStudy(), alpha: alpha).fit(panel),
                                    staticDiD: TWFE(.staticDiD, alpha: alpha).fit(panel))
        switch output.format {
        case .json: return try DiDReport.json(report)
        case .table: return report.table()
        case .csv:
            let w = CSVWriter()
            let rows = report.eventStudy.coefficients.map { ["event_study", String($0.index)] + cells($0, w) }
                + report.staticDiD.coefficients.map { ["static", ""] + cells($0, w) }
            return w.document(header: ["term", "e", "coef", "std_error", "conf_low", "conf_high"], rows: rows)
        }
    }

    private func runSA(_ panel: PanelData) throws -> String {
        let result = try SunAbraham(alpha: alpha).fit(panel)
        switch output.format {
        case .json: return try DiDReport.json(result)
        case .table: return result.summary()
        case .csv:
            let w = CSVWriter()
            let rows = result.eventStudy.map { ["event_study", String($0.index)] + cells($0, w) }
                + [["overall", ""] + cells(result.overall, w)]
            return w.document(header: ["term", "e", "coef", "std_error", "conf_low", "conf_high"], rows: rows)
        }
    }

    private func cells(_ c: TWFECoefficient, _ w: CSVWriter) -> [String] {
        [w.field(c.estimate), w.field(c.standardError), w.field(c.confLow), w.field(c.confHigh)]
    }
}

extension CallawaySantAnna.ControlGroup: ExpressibleByArgument {}
extension CallawaySantAnna.BasePeriod: ExpressibleByArgument {}
extension MultiplierBootstrap.Weights: ExpressibleByArgument {}
extension CallawaySantAnna.EstimationMethod: ExpressibleByArgument {}
extension CallawaySantAnna.PanelType: ExpressibleByArgument {}
