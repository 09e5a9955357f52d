/// `hoctap signin`: the sign-in sheet of one session of a class.

import ArgumentParser
import Exchange
import Reports
import Store

struct SigninCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "signin",
            abstract: CommandWording.text(
                "In danh sách học viên ký tên của một buổi học: text, md, csv, xlsx, docx, pdf.",
                "Print the sign-in sheet of one session of a class: text, md, csv, xlsx, docx, pdf."),
            discussion: CommandWording.text(
                "Ngày phải là một buổi học của lớp (hoặc nằm trong thời gian học khi lớp không ghi buổi). Không in số điện thoại, ngày sinh.",
                "The day must be one of the class's sessions (or within its dates when the class lists no sessions). Phone numbers and birth dates are never printed.")
        )
    }

    /// The main command's options: `--store` given after the subcommand is read there (the others are unused).
    @OptionGroup var display: DisplayOptions

    @Option(name: .customLong("class"), help: CommandWording.help(
        "Mã lớp, ví dụ LH03.",
        "The class's id, such as LH03."))
    var classId: String

    @Option(name: .long, help: CommandWording.help(
        "Ngày của buổi học (2022-10-06 hoặc 06/10/2022).",
        "The session's day (2022-10-06 or 06/10/2022)."))
    var date: String

    @Option(name: .long, help: CommandWording.help(
        "text, md, csv, xlsx, docx hoặc pdf.",
        "text, md, csv, xlsx, docx or pdf."))
    var format: String = "text"

    @OptionGroup var output: PaperOutputOptions

    func validate() throws {
        try PaperCommand.checkFormat(format)
        _ = try PaperDay.parse(date, option: "--date")
    }

    func run() throws {
        let (delivery, snapshot) = try PaperCommand.start(format: DocumentFormat(rawValue: format)!, output: output,
                                                          store: display.store)
        let session = try PaperDay.parse(date, option: "--date")
        let sheet = try reporting([PaperError.self], exitStatus: 1) { try SigninSheet(snapshot, classId: classId, session: session) }
        try PaperCommand.deliver(sheet.paper, by: delivery)
    }
}
