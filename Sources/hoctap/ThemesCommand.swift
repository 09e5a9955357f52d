/// `hoctap themes`: the themes found and where each came from; `--check` validates them all.

import ArgumentParser
import Dashboard
import Foundation

struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the themes found and where each came from; --check validates every theme file."
    )

    @Flag(name: .long, help: "Validate every theme file; exit 1 on any error.")
    var check = false

    func run() throws {
        let catalog = ThemeCatalog.standard(
            environment: ProcessInfo.processInfo.environment,
            currentDirectory: FileManager.default.currentDirectoryPath,
            executablePath: Bundle.main.executablePath
        )
        if check {
            let problems = catalog.check()
            for p in problems { print(p.description) }
            let files = catalog.entries().filter { $0.path != nil }.count
            print(problems.isEmpty
                  ? "\(files) theme files checked: no problems"
                  : "\(files) theme files checked: \(problems.count) problem(s)")
            if !problems.isEmpty { throw ExitCode(1) }
            return
        }
        for entry in catalog.entries() {
            print("\(entry.name)\t\(entry.path ?? "(built in)")")
        }
    }
}
