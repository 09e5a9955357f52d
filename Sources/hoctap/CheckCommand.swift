/// `hoctap check`: validates the store and lists every problem at its place; the exit status says how it went.

import ArgumentParser
import Store

struct CheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "check",
            abstract: CommandWording.text(
                "Kiểm tra kho dữ liệu: mỗi lỗi ghi tệp:dòng, kèm dòng đó và dấu ^ dưới chỗ sai (tiếng Việt; --lang en: tiếng Anh).",
                "Validate the store: every problem as file:line, the line and a caret under each error (in Vietnamese; --lang en for English)."),
            discussion: CommandWording.text("Mã trạng thái: 0 khi không có lỗi (có thể có cảnh báo), 1 khi có lỗi, 2 khi không đọc được kho.", "Exit status: 0 when there is no error (warnings allowed), 1 with errors, 2 when the store cannot be read.")
        )
    }

    /// The main command's options: `--store` and `--lang` given after the subcommand are read there
    /// (the others are unused).
    @OptionGroup var display: DisplayOptions

    func run() throws {
        let language = try display.language()
        let directory = try reportingFatalErrors { try StoreLocation.resolve(option: display.store).directory }
        let snapshot = try reportingFatalErrors { try StoreLoader.load(directory: directory) }
        Output.print(CheckReport.text(snapshot, language), terminator: "")
        // Clash marks a merge left are comments to the reader; check refuses them all the same.
        let marks = MergeMarkProblems.lines(in: directory, language)
        for line in marks { Output.print(line) }
        if !marks.isEmpty || snapshot.problems.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}
