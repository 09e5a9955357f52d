/// `hoctap signin`: the sign-in sheet of one session of a class.

import ArgumentParser
import Exchange
import Reports
import Store

struct SigninCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signin",
        abstract: "In danh sách học viên ký tên của một buổi học: text, md, csv, xlsx, docx, pdf.",
        discussion: "Ngày phải là một buổi học của lớp (hoặc nằm trong thời gian học khi lớp không ghi buổi). Không in số điện thoại, ngày sinh."
    )

    /// The main command's options: `--store` given after the subcommand is read there (the others are unused).
    @OptionGroup var display: DisplayOptions

    @Option(name: .customLong("class"), help: "Mã lớp, ví dụ LH03.")
    var classId: String

    @Option(name: .long, help: "Ngày của buổi học (2022-10-06 hoặc 06/10/2022).")
    var date: String

    @Option(name: .long, help: "text, md, csv, xlsx, docx hoặc pdf.")
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
