/// The `hoctap` command: the dashboard itself, and the subcommands around it.

import ArgumentParser
import Dashboard

@main
struct Hoctap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hoctap",
        abstract: "Bảng điều khiển của Trung tâm học tập cộng đồng — a terminal dashboard for a ward's Community Learning Center.",
        subcommands: [RenderCommand.self, ThemesCommand.self, InitCommand.self, CheckCommand.self, ReportCommand.self, AddCommand.self, RosterCommand.self, ConvertCommand.self]
    )

    @OptionGroup var display: DisplayOptions
    @OptionGroup var presentation: PresentOptions

    func run() throws {
        let status = try reportingFatalErrors {
            let session = try DashboardSession(options: display, present: presentation, interactive: true)
            return try session.runInteractive()
        }
        if status != 0 { throw ExitCode(status) }
    }
}
