/// `hoctap themes`: the themes found and where each came from; `--check` validates them all.

import ArgumentParser
import Canvas
import Dashboard
import Foundation

struct ThemesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "themes",
            abstract: CommandWording.text(
                "Liệt kê các giao diện màu tìm thấy và nơi lấy mỗi giao diện; --check kiểm tra mọi tệp giao diện.",
                "List the themes found and where each came from; --check validates every theme file.")
        )
    }

    @Flag(name: .long, help: CommandWording.help(
        "Kiểm tra mọi tệp giao diện; có lỗi thì mã trạng thái 1.",
        "Validate every theme file; exit 1 on any error."))
    var check = false

    func run() throws {
        let catalog = ThemeCatalog.forThisProcess()
        if check {
            let problems = catalog.check()
            for p in problems { Output.print(p.description) }
            let files = catalog.files().count
            Output.print(problems.isEmpty
                  ? "\(files) theme files checked: no problems"
                  : "\(files) theme files checked: \(problems.count) problem(s)")
            if !problems.isEmpty { throw ExitCode(1) }
            return
        }
        let entries = catalog.entries()
        let nameWidth = entries.map(\.name.displayWidth).max() ?? 0
        for entry in entries {
            let name = entry.name.padded(toWidth: nameWidth)
            let origin = entry.folder.map { " (\($0.origin.rawValue))" } ?? ""
            Output.print("\(name)  \(entry.path ?? "built in")\(origin)")
        }
    }
}
