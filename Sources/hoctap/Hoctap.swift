/// The `hoctap` command: the dashboard itself, and the subcommands around it.

import ArgumentParser
import Dashboard
import Foundation
import Store
import Terminal

@main
struct Hoctap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hoctap",
        abstract: "Bảng điều khiển của Trung tâm học tập cộng đồng — a terminal dashboard for a ward's Community Learning Center.",
        subcommands: [RenderCommand.self, ThemesCommand.self]
    )

    @OptionGroup var display: DisplayOptions

    func run() throws {
        do {
            var session = try DashboardSession(options: display)
            let status = try session.runInteractive()
            if status != 0 { throw ExitCode(status) }
        } catch let error as TerminalError {
            FileHandle.standardError.write(Data("\(error.description)\n".utf8))
            throw ExitCode(2)
        } catch let error as StoreError {
            FileHandle.standardError.write(Data("hoctap: \(error.description)\n".utf8))
            throw ExitCode(2)
        }
    }
}
