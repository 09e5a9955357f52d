/// The `hoctap` command: the dashboard itself, and the subcommands around it.

import ArgumentParser
import Dashboard
import Foundation

@main
struct Hoctap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hoctap",
        abstract: "Bảng điều khiển của Trung tâm học tập cộng đồng — a terminal dashboard for a ward's Community Learning Center.",
        subcommands: [RenderCommand.self, ThemesCommand.self, InitCommand.self, CheckCommand.self, ReportCommand.self, AwardsCommand.self, TitlesCommand.self, FundCommand.self, RosterCommand.self, SigninCommand.self, AddCommand.self, EditCommand.self, RemoveCommand.self, UndoCommand.self, ConvertCommand.self, ImportCommand.self, SyncCommand.self, MergeDriverCommand.self]
    )

    @OptionGroup var display: DisplayOptions
    @OptionGroup var presentation: PresentOptions

    /// Refuses options placed before a subcommand, then runs as usual.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let names = configuration.subcommands.map { $0.configuration.commandName ?? "" }
        if let refusal = OptionOrder.refusal(arguments, subcommands: names) {
            Output.error("hoctap: \(refusal)\n")
            Foundation.exit(2)
        }
        main(arguments)
    }

    func run() throws {
        if display.isArea {
            let status = try reportingFatalErrors { try AreaSession(options: display).runInteractive() }
            if status != 0 { throw ExitCode(status) }
            return
        }
        let status = try reportingFatalErrors {
            let session = try DashboardSession(options: display, present: presentation, interactive: true)
            return try session.runInteractive()
        }
        if status != 0 { throw ExitCode(status) }
    }
}
