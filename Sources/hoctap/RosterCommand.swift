/// `hoctap roster`: one class's list of learners in Vietnamese order, as a paper with a column to sign.

import ArgumentParser
import Exchange
import Reports
import Store

struct RosterCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "roster",
            abstract: CommandWording.text(
                "In danh sách học viên của một lớp (thứ tự tên tiếng Việt, cột ký tên): text, md, csv, xlsx, docx, pdf.",
                "Print a class's list of learners (in Vietnamese name order, with a signature column): text, md, csv, xlsx, docx, pdf."),
            discussion: CommandWording.text(
                "Không in số điện thoại, ngày sinh. Mã trạng thái 1 khi không có lớp đó.",
                "Phone numbers and birth dates are never printed. Exit status 1 when there is no such class.")
        )
    }

    /// The main command's options: `--store` given after the subcommand is read there (the others are unused).
    @OptionGroup var display: DisplayOptions

    @Option(name: .customLong("class"), help: CommandWording.help(
        "Mã lớp, ví dụ LH03.",
        "The class's id, such as LH03."))
    var classId: String

    @Option(name: .long, help: CommandWording.help(
        "text, md, csv, xlsx, docx hoặc pdf.",
        "text, md, csv, xlsx, docx or pdf."))
    var format: String = "text"

    @Option(name: .long, help: CommandWording.help(
        "Ngày lập danh sách (mặc định: hôm nay).",
        "The list's date (default: today)."))
    var date: String?

    @OptionGroup var output: PaperOutputOptions

    func validate() throws {
        try PaperCommand.checkFormat(format)
        if let date { _ = try PaperDay.parse(date, option: "--date") }
    }

    func run() throws {
        let (delivery, snapshot) = try PaperCommand.start(format: DocumentFormat(rawValue: format)!, output: output,
                                                          store: display.store)
        let issued = try PaperCommand.issued(date)
        // Every class of the store, not only the campaign's year: a list may be printed for any class.
        let list = try reporting([PaperError.self], exitStatus: 1) { try ClassList(snapshot, classId: classId, issued: issued) }
        try PaperCommand.deliver(list.paper, by: delivery)
    }
}
