/// `hoctap report`: the tallies the panes show, as text for people or as JSON in a stable shape.

import ArgumentParser
import Reports
import Store

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the store's tallies: counts, learner-turns, awards, the fund, clans, targets and problems."
    )

    /// The main command's options: `--store` given after the subcommand is read there (the others are unused).
    @OptionGroup var display: DisplayOptions

    @Option(name: .long, help: "text (for people, in Vietnamese) or json (stable keys, for programs).")
    var format: String = "text"

    @Option(name: .long, help: "Count only dated records of one school year, such as 2022-2023 (1 September to 31 August).")
    var year: String?

    func validate() throws {
        guard ["text", "json"].contains(format) else {
            throw ValidationError("--format takes text or json, not \"\(format)\"")
        }
        if let year, SchoolYear(text: year) == nil {
            throw ValidationError("--year takes a school year such as 2022-2023, not \"\(year)\"")
        }
    }

    func run() throws {
        let snapshot = try reportingFatalErrors {
            try StoreLoader.load(directory: StoreLocation.resolve(option: display.store).directory)
        }
        let tallies = StoreReport(snapshot, detail: .figures).tallies(year.flatMap { SchoolYear(text: $0) })
        switch format {
        case "json": Output.print(ReportJSON.text(tallies, problems: snapshot.problems), terminator: "")
        default: Output.print(ReportText.text(tallies, snapshot: snapshot), terminator: "")
        }
    }
}
