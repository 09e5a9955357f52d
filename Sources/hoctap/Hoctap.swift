/// The `hoctap` command: the dashboard itself, and the subcommands around it.

import ArgumentParser
import Dashboard
import Foundation

@main
struct Hoctap: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "hoctap",
            abstract: CommandWording.text(
                "Bảng điều khiển của Trung tâm học tập cộng đồng và Hội Khuyến học phường, trên màn hình dòng lệnh.",
                "A terminal dashboard for a ward's Community Learning Center and its Study Promotion Association."),
            discussion: CommandWording.text(
                "Không có lệnh con: mở bảng điều khiển. Hướng dẫn của từng lệnh: hoctap LỆNH --help; "
                    + "thêm --lang en để xem bằng tiếng Anh.",
                "Without a subcommand: opens the dashboard. Each command's help: hoctap COMMAND --help --lang en."),
            subcommands: [RenderCommand.self, ThemesCommand.self, InitCommand.self, CheckCommand.self, ReportCommand.self, AwardsCommand.self, TitlesCommand.self, FundCommand.self, RosterCommand.self, SigninCommand.self, AddCommand.self, EditCommand.self, RemoveCommand.self, UndoCommand.self, ConvertCommand.self, ImportCommand.self, SyncCommand.self, MergeDriverCommand.self]
        )
    }

    @OptionGroup var display: DisplayOptions
    @OptionGroup var presentation: PresentOptions

    /// Refuses options placed before a subcommand, then runs as usual; the help and the parser's
    /// errors are printed in the run's language (`ParserWording`).
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let language = CommandWording.language(in: arguments)
        let names = configuration.subcommands.map { $0.configuration.commandName ?? "" }
        if let refusal = OptionOrder.refusal(arguments, subcommands: names, language: language) {
            Output.error("hoctap: \(refusal)\n")
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = ParserWording.reworded(fullMessage(for: error), language)
            if !message.isEmpty {
                if code == .success { Output.print(message) } else { Output.error(message + "\n") }
            }
            Foundation.exit(code.rawValue)
        }
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
